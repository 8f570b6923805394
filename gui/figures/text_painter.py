"""Draw a text panel of a figure: a title, lines of text and tables in aligned columns."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter

from gui.figures.drawing import (
    AXIS_COLOR,
    LEGEND_EDGE,
    TEXT_PX,
    TITLE_PX,
    font,
    pen,
    text_run,
    wrap,
)
from gui.figures.model import Table, TextPanel

# The gap between columns of a table, and the narrowest a squeezed last column gets.
COLUMN_GAP = 14.0
MIN_COLUMN = 20.0


def paint_text_panel(painter: QPainter, panel: TextPanel, rect: QRectF) -> None:
    """Draw ``panel`` top to bottom in ``rect``; what does not fit is cut (tables say how much)."""
    f = font(TEXT_PX)
    bold = font(TEXT_PX, bold=True)
    metrics = QFontMetricsF(f)
    line = metrics.lineSpacing() + 2
    y = rect.top() + metrics.ascent()
    painter.setPen(pen(AXIS_COLOR, 1))
    if panel.title:
        painter.setFont(font(TITLE_PX, bold=True))
        text_run(painter, panel.title, QPointF(rect.left(), y))
        y += line + 4
    for block in panel.blocks:
        if y > rect.bottom():
            break
        if isinstance(block, str):
            painter.setFont(f)
            for text in wrap(block, f, rect.width()):
                if y > rect.bottom():
                    break
                text_run(painter, text, QPointF(rect.left(), y))
                y += line
            y += 4
            continue
        y = _paint_table(painter, block, rect, y, f, bold, line) + 6


def _paint_table(painter, table: Table, rect: QRectF, y: float, f, bold, line: float) -> float:
    metrics = QFontMetricsF(f)
    bold_metrics = QFontMetricsF(bold)
    if table.title:
        painter.setFont(bold)
        text_run(painter, table.title, QPointF(rect.left(), y))
        y += line
    columns = max([len(table.header), *(len(r) for r in table.rows)], default=0)
    widths = [0.0] * columns
    for row, m in ((table.header, bold_metrics), *((r, metrics) for r in table.rows)):
        for i, text in enumerate(row):
            widths[i] = max(widths[i], m.horizontalAdvance(text))
    gap = COLUMN_GAP
    # Columns too wide for the panel give up their share from the last one.
    excess = sum(widths) + gap * (columns - 1) - rect.width()
    if excess > 0 and columns:
        widths[-1] = max(widths[-1] - excess, MIN_COLUMN)
    starts, at = [], rect.left()
    for w in widths:
        starts.append(at)
        at += w + gap

    def draw_row(row: tuple[str, ...], m: QFontMetricsF) -> None:
        for i, text in enumerate(row):
            shown = m.elidedText(text, Qt.TextElideMode.ElideRight, widths[i])
            if i in table.numeric:
                text_run(painter, shown, QPointF(starts[i] + widths[i], y), 1.0)
            else:
                text_run(painter, shown, QPointF(starts[i], y))

    painter.setPen(pen(AXIS_COLOR, 1))
    if table.header:
        painter.setFont(bold)
        draw_row(table.header, bold_metrics)
        painter.setPen(pen(LEGEND_EDGE, 1))
        rule_y = y + metrics.descent() + 1
        painter.drawLine(QPointF(rect.left(), rule_y), QPointF(at - gap, rule_y))
        painter.setPen(pen(AXIS_COLOR, 1))
        y += line + 2
    painter.setFont(f)
    for index, row in enumerate(table.rows):
        if y + line > rect.bottom() and index < len(table.rows) - 1:
            left = len(table.rows) - index
            text_run(painter, f"… (+{left})", QPointF(rect.left(), y))
            return y + line
        draw_row(row, metrics)
        y += line
    return y
