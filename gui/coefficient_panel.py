"""The coefficient panel: one bar per coefficient, so exploding or vanishing weights show.

Bar k has height ``|coef_k|`` (linear or log scale) and its colour says the
sign; coefficients that are exactly 0 (an L1 penalty switches features off)
get a hollow marker on the axis instead of a bar, and are counted. Hovering a
bar shows its value. The panel redraws synchronously on ``fit_changed``: it
only reads the fit the state already computed, a few dozen numbers, so the
bars change in the same frame as the curve.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from gui.axes import index_ticks
from gui.labels import LinesLabel, subscript
from gui.panel_numbers import coefficient_bars
from gui.plot_style import (
    NEGATIVE_COLOR,
    NORMAL,
    POSITIVE_COLOR,
    ZERO_COLOR,
    Look,
    style_plot,
)
from gui.state import LabState

HOVER_COLOR = "#111111"
NO_PEN = pg.mkPen(None)
POSITIVE_BRUSH = pg.mkBrush(POSITIVE_COLOR)
NEGATIVE_BRUSH = pg.mkBrush(NEGATIVE_COLOR)
ZERO_BRUSH = pg.mkBrush(ZERO_COLOR)
BAR_WIDTH = 0.7


class CoefficientPanel(QWidget):
    """Bars of |coef_k| for k = 0..D (objectName ``coefficientPanel``).

    Parameters
    ----------
    state : LabState
        The session; the panel reads ``state.fit`` on ``fit_changed``.
    parent : QWidget, optional
    """

    def __init__(self, state: LabState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coefficientPanel")
        self._state = state
        self._coef = np.zeros(0)
        self._hovered: int | None = None
        self._axes: tuple | None = None  # (log, degree, y range) last set
        self._look = NORMAL

        self.plot_widget = pg.PlotWidget(background="w")
        self.plot_widget.setObjectName("coefficientPlot")
        self.plot_widget.setMinimumHeight(110)
        self.plot = self.plot_widget.getPlotItem()
        self.bars = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH, pen=None, brush=None)
        self.zero_marks = pg.ScatterPlotItem(symbol="o", brush=pg.mkBrush(0, 0, 0, 0))
        self.plot.addItem(self.bars)
        self.plot.addItem(self.zero_marks)

        self.log_scale = QCheckBox()
        self.log_scale.setObjectName("coefficientLogScale")
        self.legend = LinesLabel(2)  # room for longer translations
        self.summary = LinesLabel(2, "coefficientSummary")
        self.hover = LinesLabel(1, "coefficientHover")
        self.hover.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.addWidget(self.legend, 1)
        top.addWidget(self.log_scale)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.hover)
        self.retranslate()
        self.set_look(NORMAL)

        self.log_scale.toggled.connect(self._on_log_scale_toggled)
        self.plot.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)
        state.fit_changed.connect(self._on_state_fit_changed)
        self._on_state_fit_changed()

    # ------------------------------------------------------------------ public
    def retranslate(self) -> None:
        """Set every visible string (and the tooltips with their formulas)."""
        self.log_scale.setText(self.tr("Log scale"))
        self.log_scale.setToolTip(
            self.tr(
                "Bar heights on a log scale: log₁₀ |coefₖ|. Shows small and huge coefficients "
                "together; exact zeros have no logarithm and keep their ring at the bottom."
            )
        )
        self.legend.setText(
            self.tr(
                "<span style='color:{0}'>■</span>&nbsp;coefₖ&nbsp;&gt;&nbsp;0 &nbsp; "
                "<span style='color:{1}'>■</span>&nbsp;coefₖ&nbsp;&lt;&nbsp;0 &nbsp; "
                "<span style='color:{2}'>○</span>&nbsp;exactly&nbsp;0"
            ).format(POSITIVE_COLOR, NEGATIVE_COLOR, ZERO_COLOR)
        )
        tip = self.tr(
            "One bar per coefficient of f(x) = Σₖ coefₖ φₖ(z), k = 0..D; height |coefₖ|, "
            "colour the sign. Large coefficients make the curve swing between the points "
            "(overfitting); L2 shrinks them, L1 sets some exactly to 0."
        )
        self.plot_widget.setToolTip(tip)
        self.legend.setToolTip(tip)
        self.summary.setToolTip(
            self.tr(
                "Exactly zero: coefficients with coefₖ = 0 exactly (L1 removes those features). "
                "Largest: maxₖ |coefₖ|."
            )
        )
        self.hover.setToolTip(self.tr("Point at a bar to read its coefficient."))
        self.plot.setLabel("bottom", self.tr("k (coefₖ multiplies φₖ(z))"))
        self.plot.setLabel("left", self.tr("|coefₖ|"))
        self._update_summary()
        self._update_hover()

    def set_look(self, look: Look) -> None:
        """Draw axes and marks as large as ``look`` says (presentation mode)."""
        self._look = look
        style_plot(self.plot, look)
        self.zero_marks.setSize(look.size(9))
        self.zero_marks.setPen(look.pen(ZERO_COLOR, 1.6))
        self._redraw()

    def coefficients(self) -> np.ndarray:
        """The coefficients drawn, coef_0..coef_D (a copy)."""
        return self._coef.copy()

    def drawn_magnitudes(self) -> np.ndarray:
        """|coef_k| as the bars show them, read back from the bar item (0 where no bar)."""
        height = np.asarray(self.bars.opts.get("height", []), dtype=float)
        if not self.log_scale.isChecked() or height.size == 0:
            return height.copy()
        top = np.asarray(self.bars.opts["y0"], dtype=float) + height
        return np.where(height > 0, 10.0**top, 0.0)

    def zero_indices(self) -> np.ndarray:
        """The k whose ring marks an exact zero."""
        x, _ = self.zero_marks.getData()
        return np.asarray(x, dtype=float).astype(int)

    def hover_index(self) -> int | None:
        """The k under the mouse, if any."""
        return self._hovered

    # ------------------------------------------------------------------- slots
    def _on_state_fit_changed(self) -> None:
        fit = self._state.fit
        self._coef = np.zeros(0) if fit is None else np.asarray(fit.coef, dtype=float)
        if self._hovered is not None and self._hovered >= self._coef.size:
            self._hovered = None
        self._redraw()

    def _on_log_scale_toggled(self, _checked: bool) -> None:
        self._redraw()

    def _on_scene_mouse_moved(self, pos: QPointF) -> None:
        view = self.plot.getViewBox()
        hovered = None
        if view.sceneBoundingRect().contains(pos) and self._coef.size:
            x = view.mapSceneToView(pos).x()
            k = round(x)
            if 0 <= k < self._coef.size and abs(x - k) <= BAR_WIDTH / 2 + 0.1:
                hovered = k
        if hovered != self._hovered:
            self._hovered = hovered
            self._redraw()

    # ----------------------------------------------------------------- drawing
    def _redraw(self) -> None:
        coef = self._coef
        n = coef.size
        k = np.arange(n, dtype=float)
        nonzero = coef != 0
        brushes = [
            POSITIVE_BRUSH if c > 0 else NEGATIVE_BRUSH if c < 0 else ZERO_BRUSH for c in coef
        ]
        hover_pen = self._look.pen(HOVER_COLOR, 2)
        pens = [hover_pen if i == self._hovered else NO_PEN for i in range(n)]
        if n == 0:
            # pyqtgraph 0.14's BarGraphItem fails on empty pen and brush lists.
            pens = brushes = None
        log = self.log_scale.isChecked()
        bars = coefficient_bars(coef, log)
        self.bars.setOpts(x=k, y0=bars.y0, height=bars.height, pens=pens, brushes=brushes)
        self.zero_marks.setData(k[~nonzero], np.full(int((~nonzero).sum()), bars.zero_y))
        self._set_axes(log, max(n - 1, 0), (bars.lo, bars.top))
        self._update_summary()
        self._update_hover()

    def _set_axes(self, log: bool, degree: int, y_range: tuple[float, float]) -> None:
        # Axis changes make pyqtgraph re-lay and repaint the axis (milliseconds);
        # ranges are rounded to nice values so most refits change no axis at all.
        old = self._axes
        self._axes = (log, degree, y_range)
        if old is None or old[0] != log:
            self.plot.getAxis("left").setLogMode(log)
        if old is None or old[1] != degree:
            self.plot.getAxis("bottom").setTicks(index_ticks(degree))
            self.plot.setXRange(-0.6, degree + 0.6, padding=0)
        if old is None or old[0] != log or old[2] != y_range:
            low, high = y_range
            # A little headroom so that the top tick label is not cut in half.
            self.plot.setYRange(low, high + 0.03 * (high - low), padding=0)

    def _update_summary(self) -> None:
        coef = self._coef
        if coef.size == 0:
            self.summary.setText(self.tr("No fit yet: add training points."))
            return
        n_zero = int(np.count_nonzero(coef == 0))
        self.summary.setText(
            self.tr("Exactly zero: {0} of {1} · largest |coef|: {2}").format(
                n_zero, coef.size, f"{float(np.max(np.abs(coef))):.4g}"
            )
        )

    def _update_hover(self) -> None:
        k = self._hovered
        if k is None or k >= self._coef.size:
            self.hover.setText(self.tr("Point at a bar to read its value."))
            return
        value = float(self._coef[k])
        if value == 0:
            text = self.tr("coef{0} = 0 exactly (feature switched off)").format(subscript(k))
        else:
            text = self.tr("coef{0} = {1}").format(subscript(k), f"{value:.6g}")
        self.hover.setText(text)
