"""Guided scenarios: load one as a single undo step and keep its explanation in step.

A scenario (``resources/scenarios.json``) sets the points and settings of
one lab, the curve lab or the classification lab, and comes with a paragraph
on what to look at, shown by that lab's scenario panel. The explanation stays
while the scenario's load is on the undo stack (the user follows it by
editing) and goes when the load is undone; each lab keeps its own. Unsaved
work is never replaced silently: the user is asked first, unless what is on
screen in that lab is an unedited scenario, which is reproducible, or the lab
has no points.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from core.polyfit import Domain
from core.scenarios import Scenario, load_scenarios, plane_scenario_data, scenario_session
from gui.commands import GroupCommand, ReplacePointsCommand, SetModelCommand
from gui.dialogs import Button, Dialogs
from gui.document import SessionDocument
from gui.plane_commands import ReplacePlanePointsCommand, SetClassifierCommand, SetClusteringCommand
from gui.plane_state import PlaneState
from gui.state import LabState


class ScenarioController(QObject):
    """Loads scenarios and says which one's explanation belongs on screen.

    Signals
    -------
    loaded(str)
        A scenario was loaded (or chosen again while on screen): its key.
    shown_changed(str, object)
        A lab ("curves" or "classification") and the key of the scenario to
        explain in it now, or None (its load was undone).
    """

    loaded = Signal(str)
    shown_changed = Signal(str, object)

    def __init__(
        self,
        state: LabState,
        undo_stack: QUndoStack,
        document: SessionDocument,
        dialogs: Dialogs,
        parent: QObject | None = None,
        plane: PlaneState | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._plane = plane if plane is not None else PlaneState(self)
        self._undo = undo_stack
        self._document = document
        self._dialogs = dialogs
        self.scenarios: dict[str, Scenario] = {s.key: s for s in load_scenarios()}
        # Per lab: (key, undo index after its load, the load's command) of the
        # last scenario loaded there.
        self._steps: dict[str, tuple[str, int, GroupCommand]] = {}
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
        lab = scenario.lab
        showing = self.on_screen(lab)
        if showing != key:
            if showing is None and not self._undo.isClean() and self._has_points(lab):
                answer = self._dialogs.ask_before_scenario()
                if answer == Button.Cancel:
                    return False
                if answer == Button.Save and not self._document.save():
                    return False

            def name() -> str:
                title = scenario.title(self._language)
                return self.tr("Load scenario “{0}”").format(title)

            parts: list[QUndoCommand]
            if lab == "curves":
                session = scenario_session(scenario)
                parts = [
                    ReplacePointsCommand(
                        self._state,
                        name,
                        session.points,
                        Domain(*session.domain),
                        session.generator,
                    ),
                    SetModelCommand(self._state, name, session.model),
                ]
            else:
                data = plane_scenario_data(scenario)
                settings = data.settings
                plane = self._plane
                parts = [
                    ReplacePlanePointsCommand(
                        plane, name, data.points, data.box, settings.generator
                    ),
                    SetClassifierCommand(plane, name, settings.model),
                    SetClusteringCommand(plane, name, settings.clustering),
                ]
            step = GroupCommand(name, parts)
            self._undo.push(step)
            self._steps[lab] = (key, self._undo.index(), step)
        self.shown_changed.emit(lab, key)
        self.loaded.emit(key)
        return True

    def on_screen(self, lab: str = "curves") -> str | None:
        """The key of the scenario whose exact, unedited setup is on screen in ``lab``, if any."""
        for key, scenario in self.scenarios.items():
            if scenario.lab != lab:
                continue
            if lab == "curves":
                if (
                    self._state.model == scenario.model
                    and self._state.generator == scenario.generator
                    and self._state.points == scenario_session(scenario).points
                ):
                    return key
            elif self._plane.to_data() == plane_scenario_data(scenario):
                return key
        return None

    def _has_points(self, lab: str) -> bool:
        return bool(len(self._plane.points) if lab != "curves" else self._state.points.x.size)

    def _on_undo_stack_index_changed(self, index: int) -> None:
        stack = self._undo
        for lab, (key, step, command) in self._steps.items():
            loaded = step <= index and step <= stack.count() and stack.command(step - 1) is command
            self.shown_changed.emit(lab, key if loaded else None)
