"""The window's actions: each made in one place with its shortcut, slot, text and tip.

Every action is created by :meth:`ActionTable.add` with a function that
returns its text and tip in the current language; :meth:`retranslate` calls
the same functions again, so an action's words live in exactly one place.
The tip is also the action's tooltip and status tip (a tool-bar button
shows its own tip, never another's). Undo and Redo name the step they would
take, from the undo stack.

Over 400 lines on purpose: every action of the window, with its text, tip
and shortcut, is in this one table, so that none is defined anywhere else.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from gui.i18n import LANGUAGES

if TYPE_CHECKING:
    from gui.main_window import MainWindow
    from gui.scenario_controller import ScenarioController

Texts = Callable[[], tuple[str, str]]
Shortcut = QKeySequence | QKeySequence.StandardKey | Qt.Key | str | None

std = QKeySequence.StandardKey


def without_mnemonic(text: str) -> str:
    """``text`` without its keyboard mnemonic: "&Undo" and "撤销(&U)" become "Undo", "撤销"."""
    return re.sub(r"\(&[^&]\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


class ActionTable(QObject):
    """Creates actions with their words and keeps those words in the current language."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._widget = parent
        self._texts: list[tuple[QAction, Texts]] = []

    def add(
        self,
        shortcut: Shortcut,
        slot: Callable[..., object] | None,
        texts: Texts,
        *,
        checkable: bool = False,
    ) -> QAction:
        """A new action with its shortcut, slot (``triggered``, or ``toggled`` if checkable)
        and texts: ``texts()`` returns (text with mnemonic, tip; "" for the text itself)."""
        act = QAction(self._widget)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.setCheckable(checkable)
        if slot is not None:
            (act.toggled if checkable else act.triggered).connect(slot)
        self._texts.append((act, texts))
        self._apply(act, texts)
        return act

    def retranslate(self) -> None:
        """Set every action's text and tip again, in the current language."""
        for act, texts in self._texts:
            self._apply(act, texts)

    @staticmethod
    def _apply(act: QAction, texts: Texts) -> None:
        text, tip = texts()
        tip = tip or without_mnemonic(text)
        act.setText(text)
        act.setIconText(without_mnemonic(text))
        act.setToolTip(tip)
        act.setStatusTip(tip)


class UndoActions(QObject):
    """Undo and Redo as our own actions, so that their texts are translated."""

    def __init__(self, table: ActionTable, stack: QUndoStack) -> None:
        super().__init__(table)
        self._stack = stack
        self.undo = table.add(std.Undo, stack.undo, self._undo_texts)
        self.redo = table.add(std.Redo, stack.redo, self._redo_texts)
        for signal in (
            stack.canUndoChanged,
            stack.canRedoChanged,
            stack.undoTextChanged,
            stack.redoTextChanged,
        ):
            signal.connect(self.update)
        self.update()

    def update(self, *_args: object) -> None:
        """Enable and name Undo and Redo after the step they would take."""
        if not shiboken6.isValid(self._stack):
            return  # the stack clears itself while the window is destroyed
        table: ActionTable = self.parent()  # type: ignore[assignment]
        self.undo.setEnabled(self._stack.canUndo())
        self.redo.setEnabled(self._stack.canRedo())
        table._apply(self.undo, self._undo_texts)
        table._apply(self.redo, self._redo_texts)
        # The tool bar stays short: "Undo", not "Undo Add training point".
        self.undo.setIconText(without_mnemonic(self.tr("&Undo")))
        self.redo.setIconText(without_mnemonic(self.tr("&Redo")))

    def _undo_texts(self) -> tuple[str, str]:
        name = self._stack.undoText()
        if self._stack.canUndo() and name:
            return self.tr("&Undo {0}").format(name), ""
        return self.tr("&Undo"), ""

    def _redo_texts(self) -> tuple[str, str]:
        name = self._stack.redoText()
        if self._stack.canRedo() and name:
            return self.tr("&Redo {0}").format(name), ""
        return self.tr("&Redo"), ""


def language_group(parent: QWidget, chosen: Callable[[str], object]) -> QActionGroup:
    """One checkable action per interface language, named in that language."""
    group = QActionGroup(parent)
    for code, name in LANGUAGES.items():
        act = QAction(name, parent)
        act.setCheckable(True)
        act.setData(code)
        group.addAction(act)
    group.triggered.connect(lambda act: chosen(act.data()))
    return group


def for_plot(act: QAction, *widgets: QWidget) -> QAction:
    """Make ``act``'s shortcut work only while one of ``widgets`` (or a child) has focus.

    Delete and Ctrl+A belong to the plots, not to a text field with focus.
    """
    act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    for widget in widgets:
        widget.addAction(act)
    return act


class WindowActions(ActionTable):
    """Every action of the main window's menus and tool bar.

    Attributes are the actions (``new``, ``open``, ``save``, ...);
    ``scenarios`` maps scenario keys to theirs, ``rooms`` room keys to the
    actions that show them, ``click_classes`` the classes a click adds to
    theirs (keys 1 and 2), and ``languages`` is the group of interface
    languages. Actions on points act on the lab shown (see
    :meth:`follow_room`).
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        doc, images = window.document, window.image_export
        plots, scenarios = (
            (window.curve_lab.plot, window.plane_lab.plot),
            window.scenario_controller,
        )
        self.new = self.add(
            std.New,
            doc.start_new,
            lambda: (self.tr("&New session"), self.tr("Start over with no points")),
        )
        self.open = self.add(
            std.Open,
            doc.choose_and_open,
            lambda: (self.tr("&Open session…"), self.tr("Open a saved session")),
        )
        self.save = self.add(
            std.Save, doc.save, lambda: (self.tr("&Save session"), self.tr("Save the session"))
        )
        self.save_as = self.add(
            std.SaveAs,
            doc.save_as,
            lambda: (self.tr("Save session &as…"), self.tr("Save the session under a new name")),
        )
        self.import_points = self.add(
            "Ctrl+I",
            window.import_points,
            lambda: (self.tr("&Import points (CSV)…"), self._import_tip()),
        )
        self.export_points = self.add(
            "Ctrl+E",
            window.export_points,
            lambda: (
                self.tr("&Export points (CSV)…"),
                self.tr("Write the points of the lab shown to a CSV file"),
            ),
        )
        self.export_image = self.add(
            "Ctrl+Shift+E",
            lambda: images.choose_and_export(),
            lambda: (
                self.tr("Export i&mage (PNG, SVG, PDF)…"),
                self.tr(
                    "Save a panel or the whole lab as a figure for slides and papers, "
                    "with a caption stating the model"
                ),
            ),
        )
        self.export_animation = self.add(
            None,
            images.choose_and_export_animation,
            lambda: (
                self.tr("Export anima&tion (GIF)…"),
                self.tr("Save a sweep of the degree, λ₁ or λ₂ as an animated GIF"),
            ),
        )
        self.copy_figure = self.add(
            "Ctrl+Shift+C",
            lambda: images.copy_figure(),
            lambda: (
                self.tr("Copy &figure"),
                self.tr(
                    "Copy the figure of the panel under the mouse (else the data plot) to the "
                    "clipboard, ready to paste into slides"
                ),
            ),
        )
        self.quit = self.add(
            std.Quit, window.close, lambda: (self.tr("&Quit"), self.tr("Close Overfit Lab"))
        )
        self._undo_actions = undo = UndoActions(self, window.undo_stack)
        self.undo, self.redo = undo.undo, undo.redo
        self.delete = for_plot(
            self.add(
                std.Delete,
                window.delete_selected,
                lambda: (
                    self.tr("&Delete selected points"),
                    self.tr("Remove the selected points (Ctrl+click or Ctrl+drag selects)"),
                ),
            ),
            *plots,
        )
        self.select_all = for_plot(
            self.add(
                std.SelectAll, window.select_all_points, lambda: (self.tr("Select &all points"), "")
            ),
            *plots,
        )
        self.clear = self.add(
            "Ctrl+Shift+Del",
            window.clear_points,
            lambda: (self.tr("&Clear all points"), self.tr("Remove every point of the lab shown")),
        )
        self.generate = self.add(
            "Ctrl+G",
            window.generate_data,
            lambda: (
                self.tr("&Generate data"),
                self.tr("Replace the points of the lab shown by a fresh sample from its generator"),
            ),
        )
        self.reset_view = self.add(
            "Ctrl+0",
            window.reset_view,
            lambda: (
                self.tr("&Reset view"),
                self.tr("Show the whole domain (box) and every point"),
            ),
        )
        plane = window.plane_state
        self.click_classes = {
            label: self.add(
                str(label + 1),
                partial(_set_click_label, plane, label),
                partial(self._click_class_texts, label),
                checkable=True,
            )
            for label in (0, 1)
        }
        group = QActionGroup(window)
        for act in self.click_classes.values():
            group.addAction(act)
        self.click_classes[plane.click_label].setChecked(True)
        plane.click_label_changed.connect(self._on_plane_click_label_changed)
        rooms = QActionGroup(window)
        self.rooms = {}
        for number, (key, texts) in enumerate(
            (
                ("curves", lambda: (self.tr("&Curve fitting"), self.tr("The curve-fitting lab"))),
                (
                    "classification",
                    lambda: (
                        self.tr("Cl&assification"),
                        self.tr("The classification lab: two classes in the plane, and K-means"),
                    ),
                ),
                (
                    "entropy",
                    lambda: (self.tr("&Entropy calculator"), self.tr("The entropy calculator")),
                ),
            ),
            start=1,
        ):
            act = self.add(
                f"Ctrl+{number}", partial(_show_room, window, key), texts, checkable=True
            )
            rooms.addAction(act)
            self.rooms[key] = act
        self.variance = self.add(
            "Ctrl+B",
            window.curve_lab.variance_overlay.set_enabled,
            lambda: (
                self.tr("Show &variance (bootstrap fits)"),
                window.curve_lab.variance_overlay.description(),
            ),
            checkable=True,
        )
        self.presentation = self.add(
            Qt.Key.Key_F5,
            window.presentation.set_enabled,
            lambda: (
                self.tr("&Presentation mode"),
                self.tr(
                    "Larger text, thicker curves, bigger points; secondary panels out of the "
                    "way, for the back row of a lecture hall (F5 switches back)"
                ),
            ),
            checkable=True,
        )
        self.presentation.setObjectName("presentationModeAction")
        self.full_screen = self.add(
            std.FullScreen,
            window.set_full_screen,
            lambda: (self.tr("&Full screen"), self.tr("Use the whole screen, without a frame")),
            checkable=True,
        )
        self.guide = self.add(
            std.HelpContents,
            lambda: window.show_guide(),
            lambda: (
                self.tr("&Concepts guide"),
                self.tr("Short illustrated pages on overfitting, regularization and entropy"),
            ),
        )
        self.about = self.add(
            None, window.dialogs.show_about, lambda: (self.tr("&About Overfit Lab"), "")
        )
        self.scenarios = {
            key: self.add(
                None,
                partial(_ignore_checked, scenarios.load, key),
                partial(_scenario_texts, scenarios, key),
            )
            for key in scenarios.scenarios
        }
        self.languages = language_group(window, window.set_language)

    def retranslate(self) -> None:
        """Set every action's text and tip again, Undo and Redo's short tool-bar names too."""
        super().retranslate()
        self._undo_actions.update()

    def follow_room(self, room: str) -> None:
        """Enable the actions that make sense in ``room`` and mark it in the View menu."""
        lab = room in ("curves", "classification")
        for act in (
            self.import_points,
            self.export_points,
            self.select_all,
            self.clear,
            self.generate,
            self.reset_view,
        ):
            act.setEnabled(lab)
        for act in self.click_classes.values():
            act.setEnabled(room == "classification")
        # The bootstrap fits are the curve lab's: elsewhere Ctrl+B would change what is not shown.
        self.variance.setEnabled(room == "curves")
        if room in self.rooms:
            self.rooms[room].setChecked(True)
        self._apply(
            self.import_points, lambda: (self.tr("&Import points (CSV)…"), self._import_tip())
        )

    def _import_tip(self) -> str:
        if self._window.lab == "classification":
            return self.tr(
                "Replace the classification lab's points by a CSV file's: columns x1, x2, label "
                "(0 or 1) and optionally role"
            )
        return self.tr("Replace the points by a CSV file's: columns x, y and optionally role")

    def _click_class_texts(self, label: int) -> tuple[str, str]:
        return (
            self.tr("Clicks add class &{0}").format(label),
            self.tr("A click on the classification plane adds a point of class {0}").format(label),
        )

    def _on_plane_click_label_changed(self, label: int) -> None:
        self.click_classes[label].setChecked(True)


def _ignore_checked(load: Callable[[str], object], key: str, *_checked: object) -> None:
    load(key)


def _set_click_label(state: object, label: int, checked: bool) -> None:
    if checked:
        state.set_click_label(label)  # type: ignore[attr-defined]


def _show_room(window: MainWindow, key: str, checked: bool) -> None:
    if checked:
        window.rooms.show_room(key)


def _scenario_texts(controller: ScenarioController, key: str) -> tuple[str, str]:
    scenario, language = controller.scenarios[key], controller.language
    return scenario.title(language), scenario.explanation(language)
