"""Faint fits on bootstrap resamples over the data plot: the variance of the model, made visible.

When enabled, the training points are resampled with replacement (30 times,
a fixed seed), each resample is fitted exactly like the main curve (same
degree, basis, penalties), and every resample's curve is drawn faintly under
the fitted one. A tame model gives a tight bundle; an overfit one a wild
spray: the same method on slightly different data gives very different
curves. That is what "high variance" means.

The resamples are reduced once per point set on a worker thread; a slider
move then costs one exact solve per resample, also off the GUI thread. Only
the evaluation of the curves across the visible x range (a few thousand
values) happens in the GUI thread, so zooming and panning stay smooth, and,
as for the main curve, a curve leaving the view is clipped just outside it
instead of rescaling the axes. If the fits cannot be computed, the overlay's
row in the plot's legend says why until they can.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor

from core.points_csv import PointTable
from core.polyfit import Basis, Domain
from core.validation import (
    DEFAULT_RESAMPLES,
    BootstrapFits,
    BootstrapSamples,
    Checkpoint,
    bootstrap_fits,
    bootstrap_samples,
)
from gui.background_results import BackgroundResults, Keys
from gui.panel_numbers import BOOTSTRAP_SAMPLES, clip_to_view
from gui.plot_style import FIT_COLOR, Look
from gui.state import LabState

BOOTSTRAP_SEED = 0
CURVE_ALPHA = 60


@dataclass(frozen=True, eq=False)
class BootstrapRequest:
    """Inputs of one bootstrap computation."""

    points: PointTable
    basis: Basis
    domain: Domain
    degree: int
    l1: float
    l2: float
    penalize_intercept: bool
    n_resamples: int
    samples: BootstrapSamples | None


def compute_bootstrap(
    request: BootstrapRequest, checkpoint: Checkpoint | None = None
) -> dict[str, BootstrapSamples | BootstrapFits]:
    """The worker's job (pure numpy): reduce the resamples if needed, fit each one.

    Returns ``{"samples": ..., "fits": ...}``: the resample reductions (for
    reuse) and the fits at the requested setting.

    ``checkpoint`` is called between steps (see :mod:`gui.background`).
    """
    samples = request.samples
    if samples is None:
        p = request.points
        train = ~p.is_test
        samples = bootstrap_samples(
            p.x[train],
            p.y[train],
            request.n_resamples,
            request.basis,
            request.domain,
            BOOTSTRAP_SEED,
            checkpoint=checkpoint,
        )
    fits = bootstrap_fits(
        samples, request.degree, request.l1, request.l2, request.penalize_intercept, checkpoint
    )
    return {"samples": samples, "fits": fits}


class VarianceOverlay(QObject):
    """Bootstrap curves drawn faintly on a plot (objectName ``varianceOverlay``).

    Parameters
    ----------
    state : LabState
    plot_item : pyqtgraph.PlotItem
        The data plot's PlotItem (``window.curve_lab.plot.getPlotItem()``).
    parent : QObject, optional
    n_resamples : int
        Number of bootstrap resamples B.

    Signals
    -------
    updated()
        The curves on screen changed (new fits, or cleared).
    """

    updated = Signal()

    def __init__(
        self,
        state: LabState,
        plot_item: pg.PlotItem,
        parent: QObject | None = None,
        n_resamples: int = DEFAULT_RESAMPLES,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("varianceOverlay")
        self._state = state
        self._plot = plot_item
        self._n_resamples = n_resamples
        self._enabled = False
        self.results = BackgroundResults(
            state, self._keys, self._start, ("fits",), lambda: self._enabled, self
        )

        color = QColor(FIT_COLOR)
        color.setAlpha(CURVE_ALPHA)
        # One item for all resamples, separated by NaN: one path to draw, not B.
        self._color = color
        self.curves = pg.PlotDataItem(pen=pg.mkPen(color, width=1), connect="finite")
        self.curves.setZValue(1.5)  # over the true function, under the fitted curve
        self.curves.setVisible(False)
        plot_item.addItem(self.curves, ignoreBounds=True)
        self.retranslate()

        self.results.delivered.connect(self._on_results_delivered)
        self.results.failed.connect(self._on_results_failed)
        state.fit_changed.connect(self._on_state_fit_changed)
        plot_item.getViewBox().sigRangeChanged.connect(self._on_view_range_changed)

    # ------------------------------------------------------------------ public
    def set_look(self, look: Look) -> None:
        """Draw the faint curves as thick as ``look`` says (presentation mode)."""
        self.curves.setPen(look.pen(self._color, 1))

    def retranslate(self) -> None:
        """Name the curves in the plot's legend in the current language."""
        self._relabel()

    def legend_name(self) -> str:
        """The curves' short name in the plot's legend, or why they could not be computed."""
        error = self.results.error if self._enabled else None
        if error is not None:
            return self.tr("Bootstrap fits could not be computed: {0}").format(error)
        return self.tr("{0} bootstrap fits: the spread is the variance").format(self._n_resamples)

    def description(self) -> str:
        """What the faint curves are, in the current language (for a legend or a status tip)."""
        return self.tr(
            "Faint curves: the same model fitted to {0} bootstrap resamples of the training "
            "points (drawn with replacement). A wide spread means high variance."
        ).format(self._n_resamples)

    @property
    def enabled(self) -> bool:
        """Whether the bootstrap curves are shown."""
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        """Show (and compute) or hide the bootstrap curves; connects to a checkable QAction."""
        enabled = bool(enabled)
        if enabled == self._enabled:
            return
        self._enabled = enabled
        self.curves.setVisible(enabled)
        if enabled:
            self.results.refresh()
            self._draw()  # fits still current from before are shown at once
        else:
            self.results.runner.cancel()
            self.curves.setData([], [])
            self.updated.emit()

    @property
    def fits(self) -> BootstrapFits | None:
        """The bootstrap fits for the current setting, once computed."""
        return self.results.value("fits")

    @property
    def is_busy(self) -> bool:
        """True while a computation is running or waiting."""
        return self.results.busy

    def wait_until_idle(self, timeout_ms: int = 10_000) -> bool:
        """Process events until the curves are up to date (for exports and tests)."""
        return self.results.wait_until_idle(timeout_ms)

    def drawn_curves(self) -> tuple[np.ndarray, np.ndarray]:
        """(x, y) of each drawn resample curve, shape (B, n) each; empty when off."""
        x, y = self.curves.getData()
        if x is None or len(x) == 0:
            return np.empty((0, 0)), np.empty((0, 0))
        n = BOOTSTRAP_SAMPLES
        rows = len(x) // (n + 1)
        x = np.asarray(x, dtype=float)[: rows * (n + 1)].reshape(rows, n + 1)[:, :n]
        y = np.asarray(y, dtype=float)[: rows * (n + 1)].reshape(rows, n + 1)[:, :n]
        return x, y

    # ------------------------------------------------------------------- slots
    def _on_view_range_changed(self, *_args: object) -> None:
        if self._enabled:
            self._draw()

    def _on_results_delivered(self, parts: dict) -> None:
        if "fits" in parts:
            self._draw()
        self._relabel()

    def _on_results_failed(self, _error: object) -> None:
        self._relabel()

    def _on_state_fit_changed(self) -> None:
        self.results.invalidate()
        self._relabel()  # an error belongs to the setting the user just left

    def _relabel(self) -> None:
        # The plot's legend lists the curves (by legend_name) while they are shown.
        legend = getattr(self._plot, "legend", None)
        label = None if legend is None else legend.getLabel(self.curves)
        if label is not None and label.text != self.legend_name():
            label.setText(self.legend_name())
            legend.updateSize()

    # ---------------------------------------------------------------- compute
    def _keys(self) -> Keys:
        s = self._state
        if s.fit is None:  # no training points
            return {"samples": None, "fits": None}
        m = s.model
        samples = (s.points, m.basis, s.domain, self._n_resamples)
        return {"samples": samples, "fits": (*samples, m.degree, m.l1, m.l2, m.penalize_intercept)}

    def _start(self, _wanted: frozenset[str], _keys: Keys) -> tuple:
        s, m = self._state, self._state.model
        request = BootstrapRequest(
            points=s.points,
            basis=m.basis,
            domain=s.domain,
            degree=m.degree,
            l1=m.l1,
            l2=m.l2,
            penalize_intercept=m.penalize_intercept,
            n_resamples=self._n_resamples,
            samples=self.results.value("samples"),
        )
        return compute_bootstrap, request

    # ----------------------------------------------------------------- drawing
    def _draw(self) -> None:
        fits = self.results.value("fits") if self._enabled else None
        if fits is None:
            self.curves.setData([], [])
            self.updated.emit()
            return
        (x0, x1), (y0, y1) = self._plot.getViewBox().viewRange()
        n = BOOTSTRAP_SAMPLES
        grid = np.linspace(x0, x1, n)
        with np.errstate(over="ignore", invalid="ignore"):  # zoomed far out, z**30 overflows
            values = np.nan_to_num(fits.predict(grid), nan=np.inf)
        values = clip_to_view(values, y0, y1)
        b = values.shape[0]
        # Rows of n values and one NaN y each, flattened: with connect="finite" the
        # NaN breaks the line between curves, so B curves are one item to draw.
        xs = np.empty((b, n + 1))
        ys = np.empty((b, n + 1))
        xs[:, :n] = grid
        xs[:, n] = grid[-1]
        ys[:, :n] = values
        ys[:, n] = np.nan
        self.curves.setData(xs.ravel(), ys.ravel())
        self.updated.emit()
