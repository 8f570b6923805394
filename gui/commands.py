"""Undo commands: every edit of the session is one of these.

Each command captures the values before and after, calls ``LabState``
methods only, and names itself (the name shows in Edit > Undo). The name is
a function that translates it, so the stack speaks the current language
after a switch (:func:`retranslate_stack`). A slider
gesture or a drag is one command from its first event: commands that share
a gesture token merge into the first, so the live preview is on the undo
stack too and nothing can change the session behind the gesture's back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from core.points_csv import PointTable
from core.polyfit import Domain
from core.settings import GeneratorSettings, ModelSettings
from gui.state import LabState

#: A command's name in the current language, e.g. ``lambda: self.tr("Clear points")``.
Name = Callable[[], str]


class Gesture:
    """Identity token shared by the commands of one drag (of a point or a slider)."""


class NamedCommand(QUndoCommand):
    """A command whose name follows the interface language."""

    def __init__(self, name: Name) -> None:
        super().__init__(name())
        self._name = name

    def retranslate(self) -> None:
        """Name the command again in the current language."""
        self.setText(self._name())


class GroupCommand(NamedCommand):
    """Several commands as one step: redo runs them in order, undo backwards."""

    def __init__(self, name: Name, parts: list[QUndoCommand]) -> None:
        super().__init__(name)
        self._parts = parts

    def redo(self) -> None:
        for part in self._parts:
            part.redo()

    def undo(self) -> None:
        for part in reversed(self._parts):
            part.undo()


class ChangeCommand(NamedCommand):
    """A change from one value to another; the commands of one gesture merge into the first.

    A subclass sets ``MERGE_ID`` (its own: commands of other kinds never
    merge) and says how a value is applied; ``_same_target`` may narrow what
    merges further (the same point, say). A merged change that ends where it
    began is obsolete and leaves the stack.
    """

    MERGE_ID = -1

    def __init__(self, name: Name, old: object, new: object, gesture: Gesture | None) -> None:
        super().__init__(name)
        self._old = old
        self._new = new
        self._gesture = gesture

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if type(other) is not type(self) or self._gesture is None:
            return False
        assert isinstance(other, ChangeCommand)
        if other._gesture is not self._gesture or not self._same_target(other):
            return False
        self._new = other._new
        self.setObsolete(self._new == self._old)
        return True

    def redo(self) -> None:
        self._apply(self._new)

    def undo(self) -> None:
        self._apply(self._old)

    def _apply(self, value: Any) -> None:
        raise NotImplementedError

    def _same_target(self, other: ChangeCommand) -> bool:
        return True


def retranslate_stack(stack: QUndoStack) -> None:
    """Name every command on ``stack`` in the current language."""
    for i in range(stack.count()):
        command = stack.command(i)
        if isinstance(command, NamedCommand):
            command.retranslate()


class AddPointCommand(NamedCommand):
    """Add one point at the end of the table."""

    def __init__(self, state: LabState, x: float, y: float, is_test: bool) -> None:
        super().__init__(
            (lambda: QCoreApplication.translate("Commands", "Add test point"))
            if is_test
            else (lambda: QCoreApplication.translate("Commands", "Add training point"))
        )
        self._state = state
        self._point = PointTable(np.array([x]), np.array([y]), np.array([is_test]))

    def redo(self) -> None:
        self._state.insert_points(self._state.points.x.size, self._point)

    def undo(self) -> None:
        self._state.remove_points(np.array([self._state.points.x.size - 1]))


class RemovePointsCommand(NamedCommand):
    """Remove some points; undo puts them back where they were."""

    def __init__(self, state: LabState, indices: np.ndarray) -> None:
        indices = np.unique(np.asarray(indices, dtype=int))
        count = str(indices.size)
        super().__init__(
            (lambda: QCoreApplication.translate("Commands", "Remove point"))
            if indices.size == 1
            else (
                lambda: QCoreApplication.translate("Commands", "Remove %1 points").replace(
                    "%1", count
                )
            )
        )
        self._state = state
        self._indices = indices
        self._removed: PointTable | None = None

    def redo(self) -> None:
        self._removed = self._state.remove_points(self._indices)

    def undo(self) -> None:
        assert self._removed is not None
        self._state.insert_points_at(self._indices, self._removed)


class MovePointCommand(ChangeCommand):
    """Move one point; the moves of one drag (same gesture) merge into one command."""

    MERGE_ID = 1002

    def __init__(
        self,
        state: LabState,
        index: int,
        new: tuple[float, float],
        gesture: Gesture | None = None,
    ) -> None:
        p = state.points
        old = (float(p.x[index]), float(p.y[index]))
        super().__init__(
            lambda: QCoreApplication.translate("Commands", "Move point"), old, new, gesture
        )
        self._state = state
        self._index = index

    def _same_target(self, other: ChangeCommand) -> bool:
        return isinstance(other, MovePointCommand) and other._index == self._index

    def _apply(self, value: Any) -> None:
        self._state.move_point(self._index, *value)


class ReplacePointsCommand(ChangeCommand):
    """Replace all points, and optionally the domain (clear, generate, import)."""

    def __init__(
        self,
        state: LabState,
        name: Name,
        table: PointTable,
        domain: Domain | None = None,
        generator: GeneratorSettings | None = None,
    ) -> None:
        old = (state.points, state.domain, state.generator)
        new = (table, domain or state.domain, generator or state.generator)
        super().__init__(name, old, new, None)
        self._state = state

    def _apply(self, value: Any) -> None:
        table, domain, generator = value
        self._state.set_generator(generator)
        self._state.replace_points(table, domain)


class SetModelCommand(ChangeCommand):
    """Change model settings; the commands of one gesture (same token) merge into one."""

    MERGE_ID = 1001

    def __init__(
        self,
        state: LabState,
        name: Name,
        new: ModelSettings,
        gesture: Gesture | None = None,
    ) -> None:
        super().__init__(name, state.model, new, gesture)
        self._state = state

    def _apply(self, value: Any) -> None:
        self._state.set_model(value)


class SetGeneratorCommand(ChangeCommand):
    """Change the generator settings."""

    def __init__(self, state: LabState, new: GeneratorSettings) -> None:
        super().__init__(
            lambda: QCoreApplication.translate("Commands", "Change generator settings"),
            state.generator,
            new,
            None,
        )
        self._state = state

    def _apply(self, value: Any) -> None:
        self._state.set_generator(value)
