"""File > Export image: any panel, the data plot or the whole window as PNG or SVG.

The window registers what can be exported (a key, a label, the widget and
how to bring it on screen) and what computes in the background; an export
brings the panel forward, lets every background computation finish, then
renders the widget (:func:`gui.export.export_widget`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from gui.dialogs import Dialogs
from gui.export import ExportError, export_widget
from gui.export_dialog import ExportDialog
from gui.file_history import FileHistory


@dataclass(frozen=True)
class Exportable:
    """A panel that can be exported: its label (a function: it follows the language)."""

    label: Callable[[], str]
    widget: Callable[[], QWidget]
    reveal: Callable[[], None] | None = None


class ImageExport(QObject):
    """Exports registered panels to image files."""

    def __init__(
        self,
        history: FileHistory,
        dialogs: Dialogs,
        wait_for_background: Callable[[], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._history = history
        self._dialogs = dialogs
        self._wait = wait_for_background
        self._parent = parent
        self._panels: dict[str, Exportable] = {}

    def register(self, key: str, panel: Exportable) -> None:
        """Make a panel exportable under ``key`` (the key of ``main.py export --panel``)."""
        self._panels[key] = panel

    def panels(self) -> dict[str, str]:
        """Panels that can be exported: key -> label in the current language."""
        return {key: panel.label() for key, panel in self._panels.items()}

    def panel_widget(self, key: str) -> QWidget:
        """The widget of an exportable panel, its dock brought to the front."""
        if key not in self._panels:
            choices = ", ".join(self._panels)
            raise ExportError(f"unknown panel {key!r}; choose from {choices}")
        panel = self._panels[key]
        if panel.reveal is not None:
            panel.reveal()
            QApplication.processEvents()
        return panel.widget()

    def export_image(self, key: str, path: str, width: int, height: int | None = None) -> bool:
        """Export a panel to PNG or SVG; say so on failure."""
        try:
            widget = self.panel_widget(key)
            self._wait()
            export_widget(widget, path, width, height)
        except (ExportError, OSError) as exc:
            self._dialogs.warn(self.tr("Cannot export the image"), str(exc))
            return False
        self._dialogs.status(self.tr("Exported {0}").format(path))
        return True

    def choose_and_export(self) -> None:
        """File > Export image: ask what, where and how large, then export."""
        dialog = ExportDialog(self.panels(), self._history.last_dir(), self._parent)
        if dialog.exec():
            key, path, width, height = dialog.choice()
            self._history.remember_dir(path)
            self.export_image(key, path, width, height)
