"""The curve lab assembled: its data plot, panels and docks, and what ties them together.

The window owns the lab's state (:class:`gui.state.LabState`, part of the
session) and the undo stack; a :class:`CurveLab` builds everything the lab
shows from them: the data plot with the bootstrap overlay, the model and
generator controls, the fit numbers, the coefficients, validation curves,
regularization path and scenario panels, in docks of the main window (its
room is the window's own dock area, :class:`gui.window_layout.CurveLabDocks`).
It names its docks in the current language and says which of its panels
still compute in the background. As :mod:`gui.plane_lab` does for the
classification lab.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from core.scenarios import Scenario
from gui.coefficient_panel import CoefficientPanel
from gui.generator_controls import GeneratorControls
from gui.image_export import Exportable
from gui.model_controls import ModelControls
from gui.path_panel import PathPanel
from gui.plot_view import DataPlot
from gui.readouts import Readouts
from gui.rooms import Rooms
from gui.scenario_panel import ScenarioPanel
from gui.state import LabState
from gui.validation_panel import ValidationPanel
from gui.variance_overlay import VarianceOverlay
from gui.window_layout import CurveLabDocks, scrolled

#: The lab's key among the window's rooms.
ROOM = "curves"


class CurveLab(QObject):
    """The curve lab's views and docks, built on its state and the shared undo stack.

    Signals
    -------
    message(str)
        A status message from the plot or a control (a refused click, say),
        or what the bootstrap overlay's faint curves are, as they appear.
    """

    message = Signal(str)

    def __init__(
        self,
        state: LabState,
        undo_stack: QUndoStack,
        scenarios: list[Scenario],
        other_points: Callable[[], int],
        window: QMainWindow,
    ) -> None:
        super().__init__(window)
        self.state = state
        self._window = window
        self.plot = DataPlot(state, undo_stack)
        self.controls = ModelControls(state, undo_stack)
        self.generator = GeneratorControls(state, undo_stack, other_points=other_points)
        self.readouts = Readouts(state)
        self.coefficients = CoefficientPanel(state)
        self.validation = ValidationPanel(state, undo_stack)
        self.path = PathPanel(state)
        self.variance_overlay = VarianceOverlay(state, self.plot.getPlotItem(), self)
        self.scenario_panel = ScenarioPanel([s for s in scenarios if s.lab == ROOM], "en")
        self.docks = CurveLabDocks(
            model=self._dock("modelDock", self.controls),
            readouts=self._dock("readoutsDock", self.readouts),
            generator=self._dock("generatorDock", self.generator),
            coefficients=self._dock("coefficientDock", self.coefficients),
            validation=self._dock("validationDock", self.validation),
            path=self._dock("pathDock", self.path),
            scenario=self._dock("scenarioDock", self.scenario_panel),
        )
        self._variance_in_legend = False

        for source in (self.controls, self.plot, self.generator):
            source.message.connect(self.message)
        self.plot.add_legend_entry(self.variance_overlay.curves, self.variance_overlay.legend_name)
        self.variance_overlay.updated.connect(self._on_variance_overlay_updated)

    def _dock(self, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(self._window)
        dock.setObjectName(name)
        dock.setWidget(scrolled(widget))
        self._window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return dock

    def add_to(self, rooms: Rooms, label: Callable[[], str]) -> None:
        """Become the room ``ROOM`` of ``rooms``, named by ``label``."""
        rooms.add_room(ROOM, self.plot, self.docks.all(), label)

    def views(self) -> list[QWidget | QObject]:
        """Every view with its own texts (each has ``retranslate``)."""
        return [
            self.controls,
            self.generator,
            self.readouts,
            self.plot,
            self.coefficients,
            self.validation,
            self.path,
            self.variance_overlay,
        ]

    def figures(self) -> list[QWidget | QObject]:
        """The views that draw plots (presentation mode restyles them)."""
        return [self.plot, self.coefficients, self.validation, self.path, self.variance_overlay]

    def secondary_docks(self) -> list[QDockWidget]:
        """The docks presentation mode puts away: all but the controls and numbers."""
        d = self.docks
        return [d.generator, d.coefficients, d.validation, d.path, d.scenario]

    def retranslate(self) -> None:
        """Name the docks and set every view's text in the current language."""
        d = self.docks
        for dock, title in (
            (d.model, self.tr("Model")),
            (d.readouts, self.tr("Fit numbers")),
            (d.generator, self.tr("Data generator")),
            (d.scenario, self.tr("Scenarios")),
            (d.coefficients, self.tr("Coefficients")),
            (d.validation, self.tr("Validation curves")),
            (d.path, self.tr("Regularization path")),
        ):
            dock.setWindowTitle(title)
        for view in self.views():
            view.retranslate()

    def wait_until_idle(self) -> None:
        """Let every background computation of the lab finish."""
        for panel in (self.validation, self.path, self.variance_overlay):
            panel.wait_until_idle()

    def open_scenario(self) -> None:
        """Show a scenario's explanation and reset the view."""
        self.docks.open_scenario(self._window)
        self.plot.reset_view()

    def register_exports(
        self,
        register: Callable[[str, Exportable], None],
        reveal: Callable[[QDockWidget | None, str], Callable[[], None]],
    ) -> None:
        """Make the plot and the panels exportable (``reveal(dock, room)`` brings one forward)."""
        register(
            "plot", Exportable(lambda: self.tr("Data plot"), lambda: self.plot, reveal(None, ROOM))
        )
        d = self.docks
        for key, label, panel, dock in (
            (
                "coefficients",
                lambda: self.tr("Coefficient panel"),
                self.coefficients,
                d.coefficients,
            ),
            ("validation", lambda: self.tr("Validation curves"), self.validation, d.validation),
            ("path", lambda: self.tr("Regularization path"), self.path, d.path),
        ):
            register(key, Exportable(label, lambda panel=panel: panel, reveal(dock, ROOM)))

    # ------------------------------------------------------------------ layout
    def arrange(self, available: QRect) -> None:
        """Put the docks for a screen of this available geometry."""
        self.docks.arrange(self._window, available)

    def fit_model(self) -> None:
        """Give the model controls the room they ask for now (after the text grew)."""
        self.docks.fit_model(self._window)

    # -------------------------------------------------------------------- slots
    def _on_variance_overlay_updated(self) -> None:
        shown = self.variance_overlay.curves.isVisible()
        if shown != self._variance_in_legend:
            self._variance_in_legend = shown
            self.plot.refresh_legend()
            if shown:  # one line on what the faint curves are, as they appear
                self.message.emit(self.variance_overlay.description())
