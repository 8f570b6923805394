"""Undo commands of the classification lab: every edit of its points and settings.

They share the window's one undo stack with the curve lab, so each names
the lab in its text ("Classification: add point of class 1"), which Edit >
Undo shows. As in ``gui.commands``, a command captures the values before and
after and calls ``PlaneState`` methods only, and a drag or a slider gesture
is one command from its first event (commands sharing a
:class:`gui.commands.Gesture` merge into the first).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication

from core.classify_settings import ClassifierSettings, ClusterSettings, PlaneGeneratorSettings
from core.plane import Box, PlaneTable
from gui.commands import ChangeCommand, Gesture, Name, NamedCommand
from gui.plane_state import PlaneState


class AddPlanePointCommand(NamedCommand):
    """Add one point of a class at the end of the table."""

    def __init__(self, state: PlaneState, x1: float, x2: float, label: int, is_test: bool) -> None:
        super().__init__(
            (
                lambda: QCoreApplication.translate(
                    "PlaneCommands", "Classification: add test point of class {0}"
                ).format(label)
            )
            if is_test
            else (
                lambda: QCoreApplication.translate(
                    "PlaneCommands", "Classification: add point of class {0}"
                ).format(label)
            )
        )
        self._state = state
        self._point = PlaneTable(
            np.array([x1]), np.array([x2]), np.array([label]), np.array([is_test])
        )

    def redo(self) -> None:
        self._state.insert_points(len(self._state.points), self._point)

    def undo(self) -> None:
        self._state.remove_points(np.array([len(self._state.points) - 1]))


class RemovePlanePointsCommand(NamedCommand):
    """Remove some points; undo puts them back where they were."""

    def __init__(self, state: PlaneState, indices: np.ndarray) -> None:
        indices = np.unique(np.asarray(indices, dtype=int))
        count = indices.size
        super().__init__(
            (lambda: QCoreApplication.translate("PlaneCommands", "Classification: remove point"))
            if count == 1
            else (
                lambda: QCoreApplication.translate(
                    "PlaneCommands", "Classification: remove {0} points"
                ).format(count)
            )
        )
        self._state = state
        self._indices = indices
        self._removed: PlaneTable | None = None

    def redo(self) -> None:
        self._removed = self._state.remove_points(self._indices)

    def undo(self) -> None:
        assert self._removed is not None
        self._state.insert_points_at(self._indices, self._removed)


class MovePlanePointCommand(ChangeCommand):
    """Move one point; the moves of one drag (same gesture) merge into one command."""

    MERGE_ID = 2002

    def __init__(
        self,
        state: PlaneState,
        index: int,
        new: tuple[float, float],
        gesture: Gesture | None = None,
    ) -> None:
        p = state.points
        old = (float(p.x1[index]), float(p.x2[index]))
        super().__init__(
            lambda: QCoreApplication.translate("PlaneCommands", "Classification: move point"),
            old,
            new,
            gesture,
        )
        self._state = state
        self._index = index

    def _same_target(self, other: ChangeCommand) -> bool:
        return isinstance(other, MovePlanePointCommand) and other._index == self._index

    def _apply(self, value: Any) -> None:
        self._state.move_point(self._index, *value)


class ReplacePlanePointsCommand(ChangeCommand):
    """Replace all points, and optionally the box and generator (clear, generate, import)."""

    def __init__(
        self,
        state: PlaneState,
        name: Name,
        table: PlaneTable,
        box: Box | None = None,
        generator: PlaneGeneratorSettings | None = None,
    ) -> None:
        old = (state.points, state.box, state.generator)
        new = (table, box or state.box, generator or state.generator)
        super().__init__(name, old, new, None)
        self._state = state

    def _apply(self, value: Any) -> None:
        table, box, generator = value
        self._state.set_generator(generator)
        self._state.replace_points(table, box)


class SetClassifierCommand(ChangeCommand):
    """Change the classifier settings; commands of one gesture merge into one."""

    MERGE_ID = 2001

    def __init__(
        self,
        state: PlaneState,
        name: Name,
        new: ClassifierSettings,
        gesture: Gesture | None = None,
    ) -> None:
        super().__init__(name, state.model, new, gesture)
        self._state = state

    def _apply(self, value: Any) -> None:
        self._state.set_model(value)


class SetPlaneGeneratorCommand(ChangeCommand):
    """Change the generator settings."""

    def __init__(self, state: PlaneState, new: PlaneGeneratorSettings) -> None:
        super().__init__(
            lambda: QCoreApplication.translate(
                "PlaneCommands", "Classification: change generator settings"
            ),
            state.generator,
            new,
            None,
        )
        self._state = state

    def _apply(self, value: Any) -> None:
        self._state.set_generator(value)


class SetClusteringCommand(ChangeCommand):
    """Change the K-means settings; commands of one gesture (the h slider) merge into one."""

    MERGE_ID = 2003

    def __init__(
        self,
        state: PlaneState,
        name: Name,
        new: ClusterSettings,
        gesture: Gesture | None = None,
    ) -> None:
        super().__init__(name, state.clustering, new, gesture)
        self._state = state

    def _apply(self, value: Any) -> None:
        self._state.set_clustering(value)
