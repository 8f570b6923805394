"""Points in and out as CSV: File > Import points and File > Export points.

Import reads the file on a worker thread behind a progress dialog, so a
million rows never freeze the window, and replaces the points (and the
domain, which becomes the range of x) as one undo step. Export writes the
points atomically.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from core import limits
from core.atomic_write import write_atomic
from core.points_csv import DataFileError, PointTable, format_points_csv, read_points_csv
from core.polyfit import Domain
from gui.commands import ReplacePointsCommand
from gui.dialogs import Dialogs
from gui.file_history import FileHistory
from gui.state import LabState


class _AbandonedError(Exception):
    """Raised inside a read that nobody waits for any more (the window closed)."""


class CsvReader(QThread):
    """Reads a points CSV off the GUI thread, reporting progress in percent.

    ``read(path, progress=...)`` is the reader (the curve lab's by default;
    the classification lab passes its own); it raises DataFileError.
    """

    progressed = Signal(int)
    loaded = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        path: str,
        parent: QObject | None = None,
        read: Callable[..., object] = read_points_csv,
    ) -> None:
        super().__init__(parent)
        self._path = path
        self._read = read
        self._abandoned = False

    def abandon(self) -> None:
        """Stop at the next progress report and emit nothing (thread-safe: a flag)."""
        self._abandoned = True

    def run(self) -> None:
        try:
            table = self._read(self._path, progress=self._on_progress)
        except _AbandonedError:
            return
        except DataFileError as exc:
            if not self._abandoned:
                self.failed.emit(str(exc))
        else:
            if not self._abandoned:
                self.loaded.emit(table)

    def _on_progress(self, fraction: float) -> None:
        if self._abandoned:
            raise _AbandonedError
        self.progressed.emit(int(100 * fraction))


class CsvImports(QObject):
    """The CSV reads of one lab in progress, each behind a progress dialog.

    ``start`` reads a file on a worker thread and calls back on the GUI
    thread; ``abandon_all`` (the window closing) stops every read at its next
    progress report, waits for the threads and calls nothing back, so no
    thread outlives the window and no import lands in a closed one.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._readers: set[CsvReader] = set()

    def start(
        self,
        path: str,
        read: Callable[..., object],
        loaded: Callable[[object], None],
        failed: Callable[[str], None],
    ) -> None:
        """Read ``path`` with ``read``; then ``loaded(table)`` or ``failed(reason)``."""
        reader = CsvReader(path, self, read)
        progress = QProgressDialog(self.tr("Reading {0}…").format(path), "", 0, 100, self._parent)
        progress.setCancelButton(None)
        progress.setMinimumDuration(300)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        reader.progressed.connect(progress.setValue)
        reader.loaded.connect(loaded)
        reader.failed.connect(failed)
        reader.finished.connect(progress.close)
        reader.finished.connect(progress.deleteLater)
        reader.finished.connect(reader.deleteLater)
        reader.finished.connect(lambda: self._readers.discard(reader))
        self._readers.add(reader)
        reader.start()

    def abandon_all(self) -> None:
        """Stop every read in progress and wait for its thread; nothing is called back."""
        for reader in list(self._readers):
            reader.loaded.disconnect()
            reader.failed.disconnect()
            reader.abandon()
        for reader in list(self._readers):
            reader.wait()


class LabPointsIO(QObject):
    """CSV import and export of one lab's points: what both labs do alike.

    A lab's subclass says how its files are read (``_read``, run on a
    worker) and written (``_format``), how many points it has
    (``_count``), how an imported table replaces its points (``_apply_import``,
    one undo step) and what its file dialogs say. Both labs together must fit
    a session file: ``other_points`` counts the other lab's points.

    Signals
    -------
    import_finished(bool, str)
        An import ended: whether it succeeded, and the message shown.
    """

    import_finished = Signal(bool, str)
    #: The file name the export dialog proposes.
    DEFAULT_NAME = "points.csv"

    def __init__(
        self,
        state: QObject,
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
        """Replace the lab's points by a CSV file's (one undo step), read on a worker thread.

        ``import_finished`` reports the outcome.
        """
        self.imports.start(
            path,
            self._read,
            lambda table: self._apply_import(path, table),
            lambda reason: self._finish_import(False, reason),
        )

    def export_points(self, path: str) -> bool:
        """Write the lab's points to a CSV file (atomically)."""
        try:
            write_atomic(path, self._format())
        except (OSError, ValueError) as exc:
            self._dialogs.warn(
                QCoreApplication.translate("LabPointsIO", "Cannot export points"), str(exc)
            )
            return False
        self._dialogs.status(
            QCoreApplication.translate("LabPointsIO", "Wrote {0} points to {1}").format(
                self._count(), path
            )
        )
        return True

    def choose_and_import(self) -> None:
        """File > Import points: ask for a CSV file and import it."""
        path, _ = QFileDialog.getOpenFileName(
            self._parent,
            self._import_title(),
            self._history.last_dir(),
            QCoreApplication.translate("LabPointsIO", "CSV files (*.csv *.txt);;All files (*)"),
        )
        if path:
            self._history.remember_dir(path)
            self.import_points(path)

    def choose_and_export(self) -> None:
        """File > Export points: ask for a file name and write the points there."""
        path, _ = QFileDialog.getSaveFileName(
            self._parent,
            self._export_title(),
            str(Path(self._history.last_dir()) / self.DEFAULT_NAME),
            QCoreApplication.translate("LabPointsIO", "CSV files (*.csv)"),
        )
        if path:
            self._history.remember_dir(path)
            self.export_points(path)

    # ------------------------------------------------------- for the subclass
    def _read(self, path: str, progress: Callable[[float], None]) -> object:
        raise NotImplementedError

    def _format(self) -> str:
        raise NotImplementedError

    def _count(self) -> int:
        raise NotImplementedError

    def _apply_import(self, path: str, table: object) -> None:
        raise NotImplementedError

    def _import_title(self) -> str:
        raise NotImplementedError

    def _export_title(self) -> str:
        raise NotImplementedError

    # ------------------------------------------------------------- shared steps
    def _room_for(self, path: str, n_points: int) -> bool:
        """Whether ``n_points`` more fit a session beside the other lab's; if not, say so."""
        try:
            limits.check_point_count(n_points + self._other_points(), "both labs")
        except limits.LimitError as exc:
            self._finish_import(False, f"{path}: {exc}")
            return False
        return True

    def _imported(self, path: str, n_points: int) -> None:
        self._finish_import(
            True,
            QCoreApplication.translate("LabPointsIO", "Imported {0} points from {1}").format(
                n_points, path
            ),
        )

    def _finish_import(self, ok: bool, message: str) -> None:
        if ok:
            self._dialogs.status(message)
        else:
            self._dialogs.warn(
                QCoreApplication.translate("LabPointsIO", "Cannot import points"), message
            )
        self.import_finished.emit(ok, message)


class PointsIO(LabPointsIO):
    """The curve lab's points in and out: columns x, y and an optional role."""

    _state: LabState

    def _read(self, path: str, progress: Callable[[float], None]) -> PointTable:
        return read_points_csv(path, progress=progress)

    def _format(self) -> str:
        return format_points_csv(self._state.points)

    def _count(self) -> int:
        return int(self._state.points.x.size)

    def _import_title(self) -> str:
        return self.tr("Import points")

    def _export_title(self) -> str:
        return self.tr("Export points")

    def _apply_import(self, path: str, table: PointTable) -> None:  # type: ignore[override]
        lo, hi = float(table.x.min()), float(table.x.max())
        if lo == hi:
            reason = self.tr("{0}: all x values equal {1}, so they span no domain.")
            self._finish_import(False, reason.format(path, lo))
            return
        try:
            domain = Domain(lo, hi)
        except ValueError as exc:  # a range too narrow for its distance from 0, say
            reason = self.tr("{0}: the range of x cannot be the domain: {1}")
            self._finish_import(False, reason.format(path, exc))
            return
        if not self._room_for(path, table.x.size):
            return
        self._undo.push(
            ReplacePointsCommand(self._state, lambda: self.tr("Import points"), table, domain)
        )
        self._imported(path, table.x.size)
