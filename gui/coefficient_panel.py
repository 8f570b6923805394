"""The coefficient panel: one bar per coefficient, so exploding or vanishing weights show.

Bar k has height ``|coef_k|`` (linear or log scale) and its colour says the
sign; coefficients that are exactly 0 (an L1 penalty switches features off)
get a hollow marker on the axis instead of a bar, and are counted. Hovering a
bar shows its value. The panel redraws synchronously on ``fit_changed``: it
only reads the fit the state already computed, a few dozen numbers, so the
bars change in the same frame as the curve.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gui.state import LabState

POSITIVE_COLOR = "#4C72B0"
NEGATIVE_COLOR = "#DD8452"
ZERO_COLOR = "#404040"
HOVER_PEN = pg.mkPen("#111111", width=2)
AXIS_COLOR = "#303030"
BAR_WIDTH = 0.7
# A log axis shows at most this many decades below the largest |coef|: below
# that a coefficient is rounding noise next to the largest one.
MAX_DECADES = 16


def style_plot(plot: pg.PlotItem) -> None:
    """Dark axes and readable labels on white; the view is set by the panel, not the mouse."""
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.setMouseEnabled(x=False, y=False)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(AXIS_COLOR))
        axis.setTextPen(pg.mkPen(AXIS_COLOR))
        axis.enableAutoSIPrefix(False)
        axis.label.setDefaultTextColor(pg.mkColor(AXIS_COLOR))


def subscript(k: int) -> str:
    """``k`` in Unicode subscript digits (coef₁₂)."""
    return str(k).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))


def index_ticks(degree: int) -> list[list[tuple[float, str]]]:
    """Ticks for k = 0..degree: every index when few, every fifth labelled when many."""
    step = 1 if degree <= 12 else 5
    major = [(float(k), str(k)) for k in range(0, degree + 1, step)]
    minor = [(float(k), "") for k in range(degree + 1) if k % step]
    return [major, minor]


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

        self.plot_widget = pg.PlotWidget(background="w")
        self.plot_widget.setObjectName("coefficientPlot")
        self.plot_widget.setMinimumHeight(170)
        self.plot = self.plot_widget.getPlotItem()
        style_plot(self.plot)
        self.plot.showGrid(y=True, alpha=0.25)
        self.bars = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH, pen=None, brush=None)
        self.zero_marks = pg.ScatterPlotItem(
            symbol="o", size=9, pen=pg.mkPen(ZERO_COLOR, width=1.6), brush=pg.mkBrush(0, 0, 0, 0)
        )
        self.plot.addItem(self.bars)
        self.plot.addItem(self.zero_marks)

        self.log_scale = QCheckBox()
        self.log_scale.setObjectName("coefficientLogScale")
        self.legend = QLabel()
        self.summary = QLabel()
        self.summary.setObjectName("coefficientSummary")
        self.summary.setWordWrap(True)
        self.hover = QLabel()
        self.hover.setObjectName("coefficientHover")
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
                "<span style='color:{0}'>■</span> coefₖ &gt; 0 &nbsp; "
                "<span style='color:{1}'>■</span> coefₖ &lt; 0 &nbsp; "
                "<span style='color:{2}'>○</span> exactly 0"
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
        mag = np.abs(coef)
        nonzero = coef != 0
        brushes = [
            pg.mkBrush(POSITIVE_COLOR if c > 0 else NEGATIVE_COLOR if c < 0 else ZERO_COLOR)
            for c in coef
        ]
        pens = [HOVER_PEN if i == self._hovered else pg.mkPen(None) for i in range(n)]
        axis = self.plot.getAxis("left")
        if self.log_scale.isChecked():
            axis.setLogMode(True)
            top, base = self._log_range(mag[nonzero])
            height = np.where(nonzero, np.log10(np.where(nonzero, mag, 1.0)) - base, 0.0)
            self.bars.setOpts(x=k, y0=np.full(n, base), height=height, pens=pens, brushes=brushes)
            self.zero_marks.setData(
                k[~nonzero], np.full(int((~nonzero).sum()), base + 0.02 * (top - base))
            )
            self.plot.setYRange(base, top, padding=0)
        else:
            axis.setLogMode(False)
            top = float(mag.max()) * 1.08 if n and mag.max() > 0 else 1.0
            self.bars.setOpts(x=k, y0=np.zeros(n), height=mag, pens=pens, brushes=brushes)
            self.zero_marks.setData(k[~nonzero], np.full(int((~nonzero).sum()), 0.02 * top))
            self.plot.setYRange(0.0, top, padding=0)
        degree = max(n - 1, 0)
        self.plot.getAxis("bottom").setTicks(index_ticks(degree))
        self.plot.setXRange(-0.6, degree + 0.6, padding=0)
        self._update_summary()
        self._update_hover()

    @staticmethod
    def _log_range(mag: np.ndarray) -> tuple[float, float]:
        """(top, base) in log10 units: from a decade below the smallest bar to above the largest."""
        if mag.size == 0:
            return 1.0, -1.0
        high = math.log10(float(mag.max()))
        low = math.log10(float(mag.min()))
        base = max(math.floor(low) - 0.5, math.floor(high) - MAX_DECADES)
        top = high + 0.08 * max(high - base, 1.0)
        return top, base

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
