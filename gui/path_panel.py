"""The regularization path: every coefficient as the penalty strength λ sweeps 1e-10..1e2.

One line per coefficient coef_k of the current degree, against λ on a log
axis, for the penalty in use (L2, L1, or both in their current ratio), with
a dashed marker at the current λ. Ridge lines glide towards 0; L1 lines hit
exactly 0 and stay there, and a cross on the zero line marks where each one
drops out. The y axis is linear by default, following the current λ, so a
coefficient changing sign crosses zero as it does; a symmetric log (asinh)
axis is one click away for when the coefficients of an overfit polynomial
are a million times those of a tame one.

The path is computed on a worker thread from the state's cached reduction
(one SVD for the whole ridge grid; warm-started exact solves for L1); a λ
move along a pure penalty only moves the marker. A computation that fails
says why under the plot until the next one succeeds. The axes and drop-outs
follow :mod:`gui.panel_numbers`, as the exported figure does.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from core.points_csv import PointTable
from core.polyfit import MAX_DEGREE, Basis, Domain, Reduced
from core.validation import (
    Checkpoint,
    PenaltyMix,
    coef_grid,
    lambda_grid,
    penalty_mix,
)
from gui.axes import (
    LOG_LAMBDA_MAX,
    LOG_LAMBDA_MIN,
    asinh_ticks,
    lambda_axis_title,
    lambda_position,
    lambda_ticks,
)
from gui.background_results import BackgroundResults, Keys
from gui.labels import LinesLabel, set_text, subscript
from gui.panel_numbers import PathScale, drop_points, path_scale
from gui.plot_style import (
    HIGHLIGHT_COLOR,
    MARK_COLOR,
    NORMAL,
    ZERO_LINE_COLOR,
    Look,
    marker_line,
    marker_pen,
    path_color,
    style_plot,
)
from gui.state import LabState

DROP_COLOR = HIGHLIGHT_COLOR
HOVER_PX = 12.0


@dataclass(frozen=True, eq=False)
class PathRequest:
    """Inputs of one path computation."""

    points: PointTable
    basis: Basis
    domain: Domain
    degree: int
    penalize_intercept: bool
    mix: PenaltyMix
    lambdas: np.ndarray
    train: Reduced


def compute_path(
    request: PathRequest, checkpoint: Checkpoint | None = None
) -> dict[str, np.ndarray]:
    """The worker's job (pure numpy): ``{"path": coef}``, ``coef[i, k]`` at ``lambdas[i]``.

    ``checkpoint`` is called between solves.
    """
    coef = coef_grid(
        request.train, request.lambdas, request.mix, request.penalize_intercept, checkpoint
    )
    return {"path": coef}


class PathPanel(QWidget):
    """coef_k against λ for the current degree (objectName ``pathPanel``).

    Parameters
    ----------
    state : LabState
    parent : QWidget, optional
    """

    def __init__(self, state: LabState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pathPanel")
        self._state = state
        self.lambdas = lambda_grid()
        self.lambdas.flags.writeable = False  # shared with the worker thread
        self.results = BackgroundResults(
            state, self._keys, self._start, ("path",), self.isVisible, self
        )
        self.coef: np.ndarray | None = None  # the path on screen, (len(lambdas), D + 1)
        self._scale = PathScale(False, 1.0, 1.0, 1.0)  # the y axis the lines are drawn on
        self._hover: tuple[int, int] | None = None
        self._texts: dict[object, str] = {}  # last text set on each label or axis
        self._axes: tuple = (False, math.nan)  # (left ticks, y top) last set
        self._drawn: tuple | None = None  # (path, symmetric log, top, look) of the lines

        self.plot_widget = pg.PlotWidget(background="w")
        self.plot_widget.setObjectName("pathPlot")
        self.plot_widget.setMinimumHeight(130)
        self.plot = self.plot_widget.getPlotItem()
        self._look = NORMAL
        self.plot.getAxis("bottom").setTicks(lambda_ticks())
        self.plot.setXRange(LOG_LAMBDA_MIN, LOG_LAMBDA_MAX, padding=0.02)
        self.zero_line = pg.InfiniteLine(pos=0.0, angle=0, pen=pg.mkPen(ZERO_LINE_COLOR, width=1))
        self.plot.addItem(self.zero_line, ignoreBounds=True)
        # One item per possible coefficient, made once; unused ones hold no data.
        # Bare curve items: setting their data costs a seventh of a PlotDataItem's.
        self.curve_items = [pg.PlotCurveItem() for _ in range(MAX_DEGREE + 1)]
        for item in self.curve_items:
            item.setZValue(1)
            self.plot.addItem(item)
        self.drop_marks = pg.ScatterPlotItem(symbol="x", brush=pg.mkBrush(DROP_COLOR))
        self.drop_marks.setZValue(3)
        self.plot.addItem(self.drop_marks)
        self.marker = marker_line()
        self.plot.addItem(self.marker, ignoreBounds=True)

        self.asinh_check = QCheckBox()
        self.asinh_check.setObjectName("pathSymlogControl")
        self.legend = LinesLabel(2)
        self.summary = LinesLabel(2, "pathSummary")
        self.hover = LinesLabel(1, "pathHover")
        top = QHBoxLayout()
        top.addWidget(self.legend, 1)
        top.addWidget(self.asinh_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.hover)
        self.retranslate()
        self.set_look(NORMAL)

        self.results.delivered.connect(self._on_results_delivered)
        self.results.failed.connect(self._on_results_failed)
        self.results.busy_changed.connect(self._on_results_busy_changed)
        self.asinh_check.toggled.connect(self._on_asinh_toggled)
        self.plot.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)
        state.fit_changed.connect(self._on_state_fit_changed)
        self._on_state_fit_changed()

    # ------------------------------------------------------------------ public
    def retranslate(self) -> None:
        """Set every visible string and tooltip in the current language."""
        self.asinh_check.setText(self.tr("Symmetric log"))
        self.asinh_check.setToolTip(
            self.tr(
                "Draw asinh(coefₖ / s): linear near 0 (|coefₖ| < s), logarithmic beyond, and "
                "keeping the sign, so that 0.01 and 10⁵ fit on one axis. Off: plain coefₖ."
            )
        )
        self.legend.setText(
            self.tr(
                "Colour: k = 0 violet … k = D yellow · "
                "<span style='color:{0}'>✕</span> drops to exactly 0"
            ).format(DROP_COLOR)
        )
        tip = self.tr(
            "Regularization path: each line is one coefficient coefₖ of the exact fit at the "
            "current degree, as the penalty strength λ grows (log axis). L2 shrinks all of them "
            "smoothly towards 0; L1 sets them exactly to 0 one after another. Dashed line: "
            "the current λ."
        )
        self.plot_widget.setToolTip(tip)
        self.legend.setToolTip(tip)
        self.summary.setToolTip(self.tr("Coefficients with coefₖ = 0 exactly at the current λ."))
        self.hover.setToolTip(self.tr("Point at a line to read its coefficient."))
        self.plot.setLabel("left", self.tr("coefₖ"))
        self._update_axis_label()
        self._update_texts()

    def set_look(self, look: Look) -> None:
        """Draw axes, lines and marks as large as ``look`` says (presentation mode)."""
        self._look = look
        style_plot(self.plot, look)
        self.drop_marks.setSize(look.size(10))
        self.drop_marks.setPen(look.pen(DROP_COLOR, 1.5))
        self.marker.setPen(marker_pen(look))
        self._redraw()

    @property
    def is_busy(self) -> bool:
        """True while a computation is running or waiting."""
        return self.results.busy

    @property
    def y_scale(self) -> float:
        """The s of the symmetric log axis asinh(coefₖ / s); 1 on the linear axis."""
        return self._scale.scale

    def wait_until_idle(self, timeout_ms: int = 10_000) -> bool:
        """Process events until the path is up to date, shown or not (for exports and tests)."""
        return self.results.wait_until_idle(timeout_ms, hidden=True)

    def drawn_coefficients(self) -> tuple[np.ndarray, np.ndarray]:
        """(λ, coef) as drawn, transformed back: shape (G,), (G, D + 1); empty without a path."""
        n = 0 if self.coef is None else self.coef.shape[1]
        if n == 0:
            return np.empty(0), np.empty((0, 0))
        columns = []
        lam = np.empty(0)
        for item in self.curve_items[:n]:
            x, y = item.getData()
            lam = 10.0 ** np.asarray(x, dtype=float)
            y = np.asarray(y, dtype=float)
            columns.append(self.y_scale * np.sinh(y) if self.asinh_check.isChecked() else y)
        return lam, np.column_stack(columns)

    # ------------------------------------------------------------------- slots
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.results.catch_up()

    def _on_state_fit_changed(self) -> None:
        self._update_marker()
        self._update_axis_label()
        if not self.asinh_check.isChecked() and self.coef is not None:
            self._redraw()  # the linear view follows the current λ
        self.results.invalidate()
        self._update_texts()

    def _on_asinh_toggled(self, _checked: bool) -> None:
        self._redraw()

    def _on_results_delivered(self, parts: dict) -> None:
        self.coef = parts["path"]
        self._redraw()

    def _on_results_failed(self, _error: object) -> None:
        self._update_texts()

    def _on_results_busy_changed(self, _busy: bool) -> None:
        self._update_texts()

    def _on_scene_mouse_moved(self, pos: QPointF) -> None:
        view = self.plot.getViewBox()
        hover = None
        if self.coef is not None and view.sceneBoundingRect().contains(pos):
            at = view.mapSceneToView(pos)
            i = int(np.argmin(np.abs(np.log10(self.lambdas) - at.x())))
            ys = self._transform(self.coef[i])
            _, py = view.viewPixelSize()
            k = int(np.argmin(np.abs(ys - at.y())))
            if abs(ys[k] - at.y()) <= HOVER_PX * py:
                hover = (i, k)
        if hover != self._hover:
            self._hover = hover
            self._update_texts()

    # ---------------------------------------------------------------- compute
    def _keys(self) -> Keys:
        s = self._state
        if s.fit is None:  # no training points
            return {"path": None}
        m = s.model
        mix, _ = penalty_mix(m.l1, m.l2)
        share = round(mix.l1_share, 9)
        return {"path": (s.points, m.basis, s.domain, m.degree, share, m.penalize_intercept)}

    def _start(self, _wanted: frozenset[str], keys: Keys) -> tuple:
        s, m = self._state, self._state.model
        request = PathRequest(
            points=s.points,
            basis=m.basis,
            domain=s.domain,
            degree=m.degree,
            penalize_intercept=m.penalize_intercept,
            mix=PenaltyMix(keys["path"][4]),
            lambdas=self.lambdas,
            train=s.reduced(test=False),
        )
        return compute_path, request

    # ----------------------------------------------------------------- drawing
    def _transform(self, values: np.ndarray) -> np.ndarray:
        return self._scale.transform(values)

    def _redraw(self) -> None:
        coef = self.coef
        n = 0 if coef is None else coef.shape[1]
        lx = np.log10(self.lambdas)
        for k, item in enumerate(self.curve_items):
            if k >= n:
                item.setData([], [])
        if coef is None or n == 0:
            self.drop_marks.setData([], [])
            self._update_texts()
            return
        _, lam = penalty_mix(self._state.model.l1, self._state.model.l2)
        asinh = self.asinh_check.isChecked()
        self._scale = scale = path_scale(coef, self.lambdas, lam, asinh)
        top, bound = scale.top, scale.bound
        ticks = asinh_ticks(scale.scale, float(np.max(np.abs(coef)))) if asinh else None
        # The same lines as drawn already (a λ step that kept the axis): nothing to redo.
        drawn = (id(coef), self.asinh_check.isChecked(), top, self._look)
        if drawn == self._drawn:
            self._update_texts()
            return
        self._drawn = drawn
        for k in range(n):
            pen = self._look.pen(path_color(k, n), 1.6)
            values = np.clip(self._transform(coef[:, k]), -bound, bound)
            self.curve_items[k].setData(lx, values, pen=pen)
        first = 0 if self._state.model.penalize_intercept else 1
        drop_lam, _ = drop_points(self.lambdas, coef, first)
        self.drop_marks.setData(np.log10(drop_lam), np.zeros(drop_lam.size))
        # Axis changes re-lay and repaint the axis: only when they are real.
        if ticks != self._axes[0]:
            self.plot.getAxis("left").setTicks(ticks)
        if top != self._axes[1]:
            self.plot.setYRange(-top, top, padding=0)
        self._axes = (ticks, top)
        self._update_texts()

    def _update_marker(self) -> None:
        m = self._state.model
        _, lam = penalty_mix(m.l1, m.l2)
        self.marker.setValue(lambda_position(lam))

    def _update_axis_label(self) -> None:
        m = self._state.model
        mix, _ = penalty_mix(m.l1, m.l2)
        set_text(self._texts, self.plot.getAxis("bottom"), lambda_axis_title(mix))
        title = self.tr("Path of the {0} coefficients at D = {1}").format(m.degree + 1, m.degree)
        set_text(self._texts, self.plot, title, MARK_COLOR)

    def _update_texts(self) -> None:
        fit = self._state.fit
        if fit is None:
            set_text(self._texts, self.summary, self.tr("No fit yet: add training points."))
        else:
            _, lam = penalty_mix(fit.l1, fit.l2)
            text = self.tr("At the current λ = {0}: {1} of {2} coefficients exactly zero").format(
                "0" if lam == 0 else f"{lam:.3g}", fit.n_zero, fit.degree + 1
            )
            error = self.results.error
            if error is not None:
                text += " · " + self.tr("Could not compute the path: {0}").format(error)
            elif self.results.busy:
                text += " · " + self.tr("computing…")  # the label's height is reserved
            set_text(self._texts, self.summary, text)
        if self._hover is None or self.coef is None:
            set_text(self._texts, self.hover, self.tr("Point at a line to read its value."))
            return
        i, k = self._hover
        value = float(self.coef[i, k])
        shown = self.tr("0 exactly") if value == 0 else f"{value:.4g}"
        text = self.tr("coef{0} = {1} at λ = {2}").format(
            subscript(k), shown, f"{self.lambdas[i]:.2g}"
        )
        set_text(self._texts, self.hover, text)
