"""The entropy panel's per-outcome chart: each outcome's probability over its surprisal.

:class:`OutcomeChartBox` draws p_i as bars on top and -log p_i (in the
chosen unit) below, on a shared x axis with one bar per outcome; an outcome
of probability 0, whose surprisal is infinite, gets a triangle instead of a
bar. The plot items are made once and updated with ``setOpts`` / ``setData``.
The wheel scrolls the panel; Ctrl+wheel zooms along the outcomes.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QVBoxLayout, QWidget

from core import entropy as ent
from gui.entropy.common import (
    MARKER_BRUSH,
    MAX_TICK_LABELS,
    P_BRUSH,
    STALE_BRUSH,
    SURPRISAL_BRUSH,
    ChartView,
    ResultBox,
    elide,
    fit_left_axis,
    unit_name,
)
from gui.plot_style import AXIS_COLOR, Look, style_axes, style_plot

CHART_HEIGHT = 250


class OutcomeChartBox(ResultBox):
    """Bars of p_i and of the surprisal -log p_i for each outcome of the last good input.

    The chart's plot items are public for tests and export; nothing outside
    should change them.

    Parameters
    ----------
    parent : QWidget, optional
        The usual Qt parent.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("entropyChartBox", parent)
        self._unit: str | None = None
        self.chart = ChartView()
        self.chart.setObjectName("entropyChart")
        self.chart.setBackground("w")
        self.chart.setFixedHeight(CHART_HEIGHT)
        self.p_plot = self.chart.addPlot(row=0, col=0)
        self.surprisal_plot = self.chart.addPlot(row=1, col=0)
        for plot in (self.p_plot, self.surprisal_plot):
            style_plot(plot)
            # Zooming along x helps with many outcomes; y follows the data.
            plot.setMouseEnabled(x=True, y=False)
            fit_left_axis(plot)
        self.surprisal_plot.setXLink(self.p_plot)
        self.p_bars = pg.BarGraphItem(
            x=np.zeros(0), height=np.zeros(0), width=0.7, brush=P_BRUSH, pen=None
        )
        self.surprisal_bars = pg.BarGraphItem(
            x=np.zeros(0), height=np.zeros(0), width=0.7, brush=SURPRISAL_BRUSH, pen=None
        )
        self.infinite_marks = pg.ScatterPlotItem(symbol="t1", size=10, brush=MARKER_BRUSH, pen=None)
        self.p_plot.addItem(self.p_bars)
        self.surprisal_plot.addItem(self.surprisal_bars)
        self.surprisal_plot.addItem(self.infinite_marks)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stale_note)
        layout.addWidget(self.chart)
        self.retranslate()

    def set_look(self, look: Look) -> None:
        """Draw axes and marks as large as ``look`` says (presentation mode)."""
        self.chart.setFixedHeight(round(CHART_HEIGHT * look.text))
        for plot in (self.p_plot, self.surprisal_plot):
            style_axes(plot, look, AXIS_COLOR, AXIS_COLOR)
            fit_left_axis(plot, look.text)
        self.infinite_marks.setSize(look.size(10))

    def title_text(self) -> str:
        return self.tr("Per outcome: p and surprisal −log p")

    def show_distribution(
        self, distribution: ent.Distribution, summary: ent.EntropySummary
    ) -> None:
        """Draw the bars of ``distribution`` with the surprisals of ``summary`` (in its unit)."""
        self._unit = summary.unit
        x = np.arange(1, summary.n_outcomes + 1, dtype=float)
        info = summary.surprisal
        finite = np.isfinite(info)
        self.p_bars.setOpts(x=x, height=distribution.probabilities)
        # An infinite bar cannot be drawn; a triangle at the top of the
        # finite bars stands for it.
        self.surprisal_bars.setOpts(x=x[finite], height=info[finite])
        top = float(info[finite].max()) if finite.any() else 1.0
        if top == 0.0:
            top = 1.0
        self.infinite_marks.setData(x=x[~finite], y=np.full((~finite).sum(), top))
        if summary.n_outcomes <= MAX_TICK_LABELS:
            ticks = [[(float(i + 1), elide(label)) for i, label in enumerate(distribution.labels)]]
        else:
            ticks = None
        for plot in (self.p_plot, self.surprisal_plot):
            plot.getAxis("bottom").setTicks(ticks)
            plot.enableAutoRange()
        self.p_plot.setYRange(0.0, float(distribution.probabilities.max()), padding=0.05)
        self._show_axis_labels()

    def retranslate(self) -> None:
        """Set every text of the box in the current interface language."""
        self.setToolTip(
            self.tr("Each outcome's probability and how surprising it is, side by side.")
        )
        self.chart.setToolTip(
            self.tr(
                "Top: probability pᵢ of each outcome. Bottom: its surprisal −log_b pᵢ; "
                "rare outcomes are more surprising, and H is the p-weighted mean of the "
                "bottom bars. A triangle marks an outcome with p = 0, whose surprisal is "
                "infinite. The mouse wheel scrolls the panel; Ctrl+wheel zooms along the "
                "outcomes, and dragging moves along them."
            )
        )
        self.show_stale_state()
        self._show_axis_labels()

    def apply_stale_look(self, stale: bool) -> None:
        super().apply_stale_look(stale)
        self.p_bars.setOpts(brush=STALE_BRUSH if stale else P_BRUSH)
        self.surprisal_bars.setOpts(brush=STALE_BRUSH if stale else SURPRISAL_BRUSH)

    def _show_axis_labels(self) -> None:
        self.p_plot.setLabel("left", self.tr("p"))
        if self._unit is not None:
            self.surprisal_plot.setLabel(
                "left", self.tr("−log p ({unit})").format(unit=unit_name(self._unit))
            )
