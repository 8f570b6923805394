"""Guided scenarios: load one as a single undo step and keep its explanation in step.

A scenario (``resources/scenarios.json``) sets points and model settings and
comes with a paragraph on what to look at, shown by the scenario panel. The
explanation stays while the scenario's load is on the undo stack (the user
follows it by editing) and goes when the load is undone. Unsaved work is
never replaced silently: the user is asked first, unless what is on screen
is an unedited scenario, which is reproducible.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from core.polyfit import Domain
from core.scenarios import Scenario, load_scenarios, scenario_session
from gui.commands import GroupCommand, ReplacePointsCommand, SetModelCommand
from gui.dialogs import Button, Dialogs
from gui.document import SessionDocument
from gui.state import LabState


class ScenarioController(QObject):
    """Loads scenarios and says which one's explanation belongs on screen.

    Signals
    -------
    loaded(str)
        A scenario was loaded (or chosen again while on screen): its key.
    shown_changed(object)
        The key of the scenario to explain now, or None (its load was undone).
    """

    loaded = Signal(str)
    shown_changed = Signal(object)

    def __init__(
        self,
        state: LabState,
        undo_stack: QUndoStack,
        document: SessionDocument,
        dialogs: Dialogs,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._undo = undo_stack
        self._document = document
        self._dialogs = dialogs
        self.scenarios: dict[str, Scenario] = {s.key: s for s in load_scenarios()}
        # (key, undo index after its load, the load's undo text) of the last scenario loaded.
        self._step: tuple[str, int, GroupCommand] | None = None
        self._language = "en"
        undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)

    @property
    def language(self) -> str:
        """The language scenarios are named in."""
        return self._language

    def set_language(self, language: str) -> None:
        """Name scenarios in ``language`` from now on (in undo texts and actions)."""
        self._language = language

    def load(self, key: str) -> bool:
        """Load a scenario as one undo step and show its explanation; False if cancelled."""
        scenario = self.scenarios[key]
        session = scenario_session(scenario)
        showing = self.on_screen()
        if showing != key:
            if showing is None and not self._undo.isClean() and self._state.points.x.size:
                answer = self._dialogs.ask_before_scenario()
                if answer == Button.Cancel:
                    return False
                if answer == Button.Save and not self._document.save():
                    return False

            def name() -> str:
                title = scenario.title(self._language)
                return self.tr("Load scenario “{0}”").format(title)

            parts = [
                ReplacePointsCommand(
                    self._state, name, session.points, Domain(*session.domain), session.generator
                ),
                SetModelCommand(self._state, name, session.model),
            ]
            step = GroupCommand(name, parts)
            self._undo.push(step)
            self._step = (key, self._undo.index(), step)
        self.shown_changed.emit(key)
        self.loaded.emit(key)
        return True

    def on_screen(self) -> str | None:
        """The key of the scenario whose exact, unedited setup is on screen, if any."""
        for key, scenario in self.scenarios.items():
            if (
                self._state.model == scenario.model
                and self._state.generator == scenario.generator
                and self._state.points == scenario_session(scenario).points
            ):
                return key
        return None

    def _on_undo_stack_index_changed(self, index: int) -> None:
        if self._step is None:
            return
        key, step, command = self._step
        stack = self._undo
        loaded = step <= index and step <= stack.count() and stack.command(step - 1) is command
        self.shown_changed.emit(key if loaded else None)
