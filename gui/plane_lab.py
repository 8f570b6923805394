"""The classification lab assembled: its plane, panels and docks, and what ties them together.

The window owns the lab's state (:class:`gui.plane_state.PlaneState`, part of
the session) and the undo stack; a :class:`PlaneLab` builds everything the
lab shows from them: the plane with its own room of docks (a
:class:`gui.rooms.DockRoom`), the controls, numbers, weights, validation
curves, lifted view, K-means and scenario panels. It keeps the clusters
drawn where the clustering says, names its docks in the current language,
arranges them for the screen (once the room is first shown, as hidden docks
cannot be sized), and says which of its panels still compute in the
background. The window registers it as the ``"classification"`` room and
forwards the lab's status messages.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRect, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDockWidget, QWidget

from core.scenarios import Scenario
from gui.cluster_panel import ClusterPanel
from gui.clustering import Clustering
from gui.image_export import Exportable
from gui.lifted_panel import LiftedPanel
from gui.plane_coefficients import PlaneCoefficientPanel
from gui.plane_controls import PlaneModelControls
from gui.plane_generator import PlaneGeneratorControls
from gui.plane_plot import ClassPlot
from gui.plane_readouts import PlaneReadouts
from gui.plane_state import PlaneState
from gui.plane_validation import PlaneValidationPanel
from gui.rooms import DockRoom, Rooms
from gui.scenario_panel import ScenarioPanel
from gui.window_layout import PlaneLabDocks

#: The lab's key among the window's rooms.
ROOM = "classification"


class PlaneLab(QObject):
    """The classification lab's views and docks, built on its state and the shared undo stack.

    Signals
    -------
    message(str)
        A status message from the plane or a control (a refused click, say).
    entropy_requested(str)
        The readouts asked for the entropy calculator with these class counts.
    """

    message = Signal(str)
    entropy_requested = Signal(str)

    def __init__(
        self,
        state: PlaneState,
        undo_stack: QUndoStack,
        scenarios: list[Scenario],
        other_points: Callable[[], int],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.plot = ClassPlot(state, undo_stack)
        self.room = DockRoom(self.plot, "planeRoom")
        self.controls = PlaneModelControls(state, undo_stack)
        self.generator = PlaneGeneratorControls(state, undo_stack, other_points=other_points)
        self.readouts = PlaneReadouts(state)
        self.coefficients = PlaneCoefficientPanel(state)
        self.validation = PlaneValidationPanel(state, undo_stack)
        self.lifted = LiftedPanel(state)
        self.clustering = Clustering(state, self)
        self.cluster_panel = ClusterPanel(state, self.clustering, undo_stack)
        self.scenario_panel = ScenarioPanel([s for s in scenarios if s.lab == ROOM], "en")
        self.scenario_panel.setObjectName("planeScenarioPanel")
        add = self.room.add_dock
        self.docks = PlaneLabDocks(
            model=add("planeModelDock", self.controls),
            readouts=add("planeReadoutsDock", self.readouts),
            generator=add("planeGeneratorDock", self.generator),
            extra=[
                (add("liftedDock", self.lifted), "left"),
                (add("planeValidationDock", self.validation), "right"),
                (add("planeCoefficientDock", self.coefficients), "right"),
                (add("clusterDock", self.cluster_panel), "right"),
                (add("planeScenarioDock", self.scenario_panel), "bottom"),
            ],
        )
        # Whether the docks have their sizes for the screen (set when first shown).
        self._fitted = True
        self._rooms: Rooms | None = None

        for source in (self.controls, self.plot, self.generator):
            source.message.connect(self.message)
        self.readouts.entropy_requested.connect(self.entropy_requested)
        self.clustering.changed.connect(self._on_clustering_changed)
        state.clustering_changed.connect(self._on_clustering_changed)

    def dock(self, name: str) -> QDockWidget:
        """The dock with objectName ``name``."""
        return next(d for d in self.docks.all() if d.objectName() == name)

    def add_to(self, rooms: Rooms, label: Callable[[], str]) -> None:
        """Become the room ``ROOM`` of ``rooms``, named by ``label``."""
        self._rooms = rooms
        rooms.add_room(ROOM, self.room, self.docks.all(), label)

    @property
    def shown(self) -> bool:
        """Whether the lab's room is the one shown."""
        return self._rooms is not None and self._rooms.current == ROOM

    def views(self) -> list[QWidget]:
        """Every view with its own texts (each has ``retranslate``)."""
        return [
            self.plot,
            self.controls,
            self.generator,
            self.readouts,
            self.coefficients,
            self.validation,
            self.lifted,
            self.cluster_panel,
        ]

    def figures(self) -> list[QWidget]:
        """The views that draw plots (presentation mode restyles them)."""
        return [self.plot, self.coefficients, self.validation, self.lifted]

    def secondary_docks(self) -> list[QDockWidget]:
        """The docks presentation mode puts away: all but the controls and numbers."""
        return [self.docks.generator, *(dock for dock, _ in self.docks.extra)]

    def retranslate(self) -> None:
        """Name the docks and set every view's text in the current language."""
        for name, title in (
            ("planeModelDock", self.tr("Classifier")),
            ("planeReadoutsDock", self.tr("Classifier numbers")),
            ("planeGeneratorDock", self.tr("Two-class generator")),
            ("liftedDock", self.tr("Lifted view")),
            ("planeValidationDock", self.tr("Classifier curves")),
            ("planeCoefficientDock", self.tr("Weights")),
            ("clusterDock", self.tr("K-means")),
            ("planeScenarioDock", self.tr("Scenarios")),
        ):
            self.dock(name).setWindowTitle(title)
        for view in self.views():
            view.retranslate()

    def wait_until_idle(self) -> None:
        """Let every background computation of the lab finish."""
        for panel in (self.readouts, self.validation, self.lifted, self.clustering):
            panel.wait_until_idle()

    def open_scenario(self, clustering_shown: bool) -> None:
        """Show a scenario's explanation (and the K-means panel if it clusters); reset the view."""
        self.docks.open_scenario(self.room, self.dock("planeScenarioDock"))
        if clustering_shown:
            cluster = self.dock("clusterDock")
            cluster.show()
            cluster.raise_()
        self.plot.reset_view()

    def register_exports(
        self,
        register: Callable[[str, Exportable], None],
        reveal: Callable[[QDockWidget | None, str], Callable[[], None]],
    ) -> None:
        """Make the plane and the panels exportable (``reveal(dock, room)`` brings one forward)."""
        register(
            "plane",
            Exportable(
                lambda: self.tr("Classification plane"), lambda: self.plot, reveal(None, ROOM)
            ),
        )
        for key, label, panel, dock in (
            (
                "plane-coefficients",
                lambda: self.tr("Classifier weights"),
                self.coefficients,
                "planeCoefficientDock",
            ),
            (
                "plane-validation",
                lambda: self.tr("Classifier validation curves"),
                self.validation,
                "planeValidationDock",
            ),
            ("lifted", lambda: self.tr("Lifted view"), self.lifted, "liftedDock"),
        ):
            register(
                key, Exportable(label, lambda panel=panel: panel, reveal(self.dock(dock), ROOM))
            )

    # ------------------------------------------------------------------ layout
    def arrange(self, available: QRect) -> None:
        """Put the docks for a screen of this available geometry, open those that fit."""
        self.docks.arrange(self.room, available)
        closed = self.docks.closed_on(available)
        if self.shown:
            for dock in self.docks.all():
                dock.setVisible(dock not in closed)
        elif self._rooms is not None:
            opened = {d.objectName() for d in self.docks.all() if d not in closed}
            self._rooms.set_open_docks(ROOM, opened)
        # The docks get their final sizes once the room is first shown.
        self._fitted = False
        if self.shown:
            QTimer.singleShot(0, self._fit)

    def room_shown(self) -> None:
        """The room was just shown: size the docks if that is still to do."""
        if not self._fitted:
            QTimer.singleShot(0, self._fit)

    def fit_model(self) -> None:
        """Give the model controls the room they ask for now (after the text grew)."""
        self.docks.fit_model(self.room)

    def _fit(self) -> None:
        if self.shown and not self.docks.model.isHidden():
            self._fitted = True
            self.docks.fit(self.room)
            # Once more after the room's own layout has settled at its final size.
            QTimer.singleShot(0, self._fit_model_if_shown)

    def _fit_model_if_shown(self) -> None:
        if self.shown:
            self.fit_model()

    # -------------------------------------------------------------------- slots
    def _on_clustering_changed(self) -> None:
        shown = self.clustering.shown if self.state.clustering.shown else None
        if shown is None:
            self.plot.set_clusters(None, None)
            self.lifted.set_clusters(None, None)
            return
        self.plot.set_clusters(shown.labels, shown.plane_centroids)
        lifted = shown.centroids if shown.space == "paraboloid" else None
        self.lifted.set_clusters(shown.labels, lifted)
