"""The classification lab's points in and out as CSV: columns x1, x2, label and role.

Import reads the file on a worker thread behind a progress dialog and
replaces the lab's points as one undo step; the box becomes the bounding
box of the file's points (training and test), as ``main.py classify`` takes
it, so every imported point lies inside it. Export writes the points
atomically with a header ``x1,x2,label,role``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QWidget

from core import limits
from core.atomic_write import write_atomic
from core.plane import Box, PlaneTable
from core.plane_csv import format_plane_csv, read_plane_csv
from gui.dialogs import Dialogs
from gui.file_history import FileHistory
from gui.plane_commands import ReplacePlanePointsCommand
from gui.plane_state import PlaneState
from gui.points_io import CsvImports


class PlaneIO(QObject):
    """CSV import and export of the classification lab's points.

    Signals
    -------
    import_finished(bool, str)
        An import ended: whether it succeeded, and the message shown.
    """

    import_finished = Signal(bool, str)

    def __init__(
        self,
        state: PlaneState,
        undo_stack: QUndoStack,
        history: FileHistory,
        dialogs: Dialogs,
        parent: QWidget,
        other_points: Callable[[], int] = lambda: 0,
    ) -> None:
        super().__init__(parent)
        self._other_points = other_points
        self._state = state
        self._undo = undo_stack
        self._history = history
        self._dialogs = dialogs
        self._parent = parent
        self.imports = CsvImports(parent)

    def import_points(self, path: str) -> None:
        """Replace the lab's points by a CSV file's (one undo step), read on a worker thread."""
        self.imports.start(
            path,
            read_plane_csv,
            lambda table: self._apply_import(path, table),
            lambda reason: self._finish_import(False, reason),
        )

    def export_points(self, path: str) -> bool:
        """Write the lab's points to a CSV file (atomically)."""
        try:
            write_atomic(path, format_plane_csv(self._state.points))
        except OSError as exc:
            self._dialogs.warn(self.tr("Cannot export points"), str(exc))
            return False
        self._dialogs.status(
            self.tr("Wrote {0} points to {1}").format(len(self._state.points), path)
        )
        return True

    def choose_and_import(self) -> None:
        """File > Import points in this lab: ask for a CSV file and import it."""
        path, _ = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Import points of two classes"),
            self._history.last_dir(),
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if path:
            self._history.remember_dir(path)
            self.import_points(path)

    def choose_and_export(self) -> None:
        """File > Export points in this lab: ask for a file name and write the points there."""
        path, _ = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Export points of two classes"),
            str(Path(self._history.last_dir()) / "classes.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self._history.remember_dir(path)
            self.export_points(path)

    def _apply_import(self, path: str, table: PlaneTable) -> None:
        try:
            box = Box.bounding(table.x1, table.x2)
            limits.check_point_count(len(table) + self._other_points(), "both labs")
        except ValueError as exc:
            self._finish_import(False, f"{path}: {exc}")
            return
        self._undo.push(
            ReplacePlanePointsCommand(
                self._state, lambda: self.tr("Classification: import points"), table, box
            )
        )
        message = self.tr("Imported {0} points from {1}").format(len(table), path)
        self._finish_import(True, message)

    def _finish_import(self, ok: bool, message: str) -> None:
        if ok:
            self._dialogs.status(message)
        else:
            self._dialogs.warn(self.tr("Cannot import points"), message)
        self.import_finished.emit(ok, message)
