"""The window's menus, built from its action table, with their titles in one place."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from core.scenarios import LABS
from gui.actions import WindowActions


def _fill(menu: QMenu, entries: Sequence[QAction | None]) -> None:
    for act in entries:
        menu.addSeparator() if act is None else menu.addAction(act)


class Menus(QObject):
    """File, Edit, Data, Scenarios, View (with Language) and Help.

    ``dock_toggles`` is the View menu's place for the docks' show/hide actions.
    """

    def __init__(self, window: QMainWindow, actions: WindowActions, recent: QMenu) -> None:
        super().__init__(window)
        a, bar = actions, window.menuBar()
        self.file = bar.addMenu("")
        _fill(
            self.file,
            (
                a.new,
                a.open,
                recent.menuAction(),
                a.save,
                a.save_as,
                None,
                a.import_points,
                a.export_points,
                a.export_image,
                a.export_animation,
                None,
                a.quit,
            ),
        )
        self.edit = bar.addMenu("")
        _fill(
            self.edit, (a.undo, a.redo, None, a.copy_figure, None, a.delete, a.select_all, a.clear)
        )
        self.data = bar.addMenu("")
        _fill(self.data, (a.generate, None, *a.click_classes.values()))
        self.scenarios = bar.addMenu("")
        # The curve lab's scenarios, then the classification lab's.
        labs = window.scenario_controller.scenarios  # type: ignore[attr-defined]
        for lab in LABS:
            chosen = [a.scenarios[key] for key, s in labs.items() if s.lab == lab]
            if chosen and self.scenarios.actions():
                self.scenarios.addSeparator()
            self.scenarios.addActions(chosen)
        self.view = bar.addMenu("")
        _fill(
            self.view,
            (
                *a.rooms.values(),
                None,
                a.reset_view,
                a.variance,
                None,
                a.presentation,
                a.full_screen,
                None,
            ),
        )
        self.dock_toggles = self.view.addSeparator()
        self.language = self.view.addMenu("")
        self.language.addActions(a.languages.actions())
        self.help = bar.addMenu("")
        _fill(self.help, (a.guide, None, a.about))

    def retranslate(self) -> None:
        """Set the menu titles in the current language."""
        for menu, title in (
            (self.file, self.tr("&File")),
            (self.edit, self.tr("&Edit")),
            (self.data, self.tr("&Data")),
            (self.scenarios, self.tr("&Scenarios")),
            (self.view, self.tr("&View")),
            (self.help, self.tr("&Help")),
            (self.language, self.tr("&Language")),
        ):
            menu.setTitle(title)
