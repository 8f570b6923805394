"""The classification lab's points in and out as CSV: columns x1, x2, label and role.

Import reads the file on a worker thread behind a progress dialog and
replaces the lab's points as one undo step; the box becomes the bounding
box of the file's points (training and test), as ``main.py classify`` takes
it, so every imported point lies inside it. Export writes the points
atomically with a header ``x1,x2,label,role``.
"""

from __future__ import annotations

from collections.abc import Callable

from core.plane import Box, PlaneTable
from core.plane_csv import format_plane_csv, read_plane_csv
from gui.plane_commands import ReplacePlanePointsCommand
from gui.plane_state import PlaneState
from gui.points_io import LabPointsIO


class PlaneIO(LabPointsIO):
    """The classification lab's points in and out: columns x1, x2, label and role."""

    _state: PlaneState
    DEFAULT_NAME = "classes.csv"

    def _read(self, path: str, progress: Callable[[float], None]) -> PlaneTable:
        return read_plane_csv(path, progress=progress)

    def _format(self) -> str:
        return format_plane_csv(self._state.points)

    def _count(self) -> int:
        return len(self._state.points)

    def _import_title(self) -> str:
        return self.tr("Import points of two classes")

    def _export_title(self) -> str:
        return self.tr("Export points of two classes")

    def _apply_import(self, path: str, table: PlaneTable) -> None:  # type: ignore[override]
        try:
            box = Box.bounding(table.x1, table.x2)
        except ValueError as exc:
            self._finish_import(False, f"{path}: {exc}")
            return
        if not self._room_for(path, len(table)):
            return
        self._undo.push(
            ReplacePlanePointsCommand(
                self._state, lambda: self.tr("Classification: import points"), table, box
            )
        )
        self._imported(path, len(table))
