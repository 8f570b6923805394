"""How the lab's plots look: one palette, dark axes on white, markers for the current setting.

Every plot draws training points, test points and fits in the same colours,
so a student learns them once; the side panels' plots are read, not
navigated, so the mouse does not pan or zoom them.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

TRAIN_COLOR = QColor(31, 119, 180)
TEST_COLOR = QColor(230, 110, 10)
FIT_COLOR = QColor(200, 30, 45)
TRUE_COLOR = QColor(60, 150, 60)
SELECT_COLOR = QColor(20, 20, 20)
CV_COLOR = "#2E8B57"
HIGHLIGHT_COLOR = "#C44E52"
AXIS_COLOR = "#303030"
MARK_COLOR = "#555555"
#: Values far outside a view are drawn at this multiple of its extent, so a
#: line visibly leaves the frame without dragging the renderer to 1e12.
CLIP_FACTOR = 3.0


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


def marker_line() -> pg.InfiniteLine:
    """A dashed vertical line for the current setting (name its value outside the plot)."""
    return pg.InfiniteLine(
        angle=90, pen=pg.mkPen(MARK_COLOR, width=1.5, style=Qt.PenStyle.DashLine)
    )
