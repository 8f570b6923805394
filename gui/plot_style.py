"""How the lab's plots look: one palette, dark axes on white, markers for the current setting.

Every plot draws training points, test points and fits in the same colours,
so a student learns them once; the side panels' plots are read, not
navigated, so the mouse does not pan or zoom them. A :class:`Look` says how
large things are drawn: the normal look for a screen, and the presentation
look for the back row of a lecture hall (larger text, thicker lines, bigger
points); every plot restyles itself when it is given a new look.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPen

TRAIN_COLOR = QColor(31, 119, 180)
TEST_COLOR = QColor(230, 110, 10)
FIT_COLOR = QColor(200, 30, 45)
TRUE_COLOR = QColor(60, 150, 60)
SELECT_COLOR = QColor(20, 20, 20)
CV_COLOR = "#2E8B57"
HIGHLIGHT_COLOR = "#C44E52"
AXIS_COLOR = "#303030"
MARK_COLOR = "#555555"
#: The line at 0 under curves that cross it (the regularization path).
ZERO_LINE_COLOR = "#999999"
#: Coefficient bars: the sign by colour, exact zeros as dark rings.
POSITIVE_COLOR = "#4C72B0"
NEGATIVE_COLOR = "#DD8452"
ZERO_COLOR = "#404040"
#: Text that warns (a note under a panel, a stale result) and text that refuses input.
WARNING_COLOR = "#8A5300"
ERROR_COLOR = "#C62828"


#: Font size of tick labels, axis labels and plot titles in the normal look.
PLOT_TEXT_PT = 9.0


@dataclass(frozen=True)
class Look:
    """How large plots draw their text, lines and points, relative to normal."""

    text: float = 1.0
    line: float = 1.0
    point: float = 1.0

    def pen(
        self, color: object, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine
    ) -> QPen:
        """A pen of ``width`` (in the normal look) scaled for this look."""
        return pg.mkPen(color, width=width * self.line, style=style)

    def size(self, base: float) -> float:
        """A symbol size (in the normal look) scaled for this look."""
        return base * self.point

    def font_size(self, base_pt: float = PLOT_TEXT_PT) -> str:
        """A CSS font size, as pyqtgraph's labels and titles take it."""
        return f"{base_pt * self.text:.3g}pt"

    def font(self, base_pt: float = PLOT_TEXT_PT) -> QFont:
        """A font of ``base_pt`` points (in the normal look) scaled for this look."""
        font = QFont()
        font.setPointSizeF(base_pt * self.text)
        return font


NORMAL = Look()
#: For a projector seen from the back row: half as large again and more.
PRESENTATION = Look(text=1.6, line=2.0, point=1.7)


def style_plot(plot: pg.PlotItem, look: Look = NORMAL) -> None:
    """Dark axes and readable labels on white; the view is set by the panel, not the mouse."""
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.setMouseEnabled(x=False, y=False)
    style_axes(plot, look, AXIS_COLOR, AXIS_COLOR)


def style_axes(plot: pg.PlotItem, look: Look, line_color: object, text_color: object) -> None:
    """Axes, tick labels, axis labels and the title of ``plot`` drawn in ``look``."""
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(look.pen(line_color))
        axis.setTextPen(pg.mkPen(text_color))
        # No SI prefix ever: pyqtgraph still scales the tick labels (by 1000 on
        # a range inside (0, 1)) when it is switched off, unless no range allows one.
        axis.setSIPrefixEnableRanges(())
        axis.enableAutoSIPrefix(False)
        axis.setTickFont(look.font())
        axis.setLabel(
            axis.labelText,
            axis.labelUnits,
            color=pg.mkColor(text_color).name(),
            **{"font-size": look.font_size()},
        )
    # Later titles keep this size (set_text passes only the text and colour).
    plot.titleLabel.opts["size"] = look.font_size()
    if plot.titleLabel.text:
        plot.titleLabel.setText(plot.titleLabel.text)


def hex_color(color: object) -> str:
    """A colour of this palette as ``"#rrggbb"`` (what figures take)."""
    return pg.mkColor(color).name()


def path_color(k: int, n: int) -> str:
    """The colour of coefficient k of n on the regularization path (viridis, violet to yellow)."""
    # Up to 0.9 of the map: its last tenth is too pale to read on white.
    return pg.colormap.get("viridis").map(0.9 * k / max(n - 1, 1), mode="qcolor").name()


def marker_pen(look: Look = NORMAL) -> QPen:
    """The dashed pen of the line that marks the current setting."""
    return look.pen(MARK_COLOR, 1.5, Qt.PenStyle.DashLine)


def marker_line() -> pg.InfiniteLine:
    """A dashed vertical line for the current setting (name its value outside the plot)."""
    return pg.InfiniteLine(angle=90, pen=marker_pen())
