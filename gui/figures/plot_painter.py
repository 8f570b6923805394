"""Draw one plot of a figure: axes, ticks, grid, its items clipped to its area, and its legend.

Every curve, bar, area and symbol is clipped to the plot area here, in the
numbers (:func:`gui.figures.geometry.clip_polyline`), not by a clip path
that some renderers ignore, so SVG and PDF show what the PNG shows.

Over 400 lines because it draws every kind of item of the figure model
(lines, markers of ten shapes, bars, areas, rules, notes, images, axes,
legends) through one transform and one clipping rule; split by kind, each
part would repeat them.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPolygonF,
    QTransform,
)

from gui.figures.drawing import (
    AXIS_COLOR,
    LEGEND_EDGE,
    LEGEND_FILL,
    MARGIN,
    TEXT_PX,
    TITLE_PX,
    color,
    font,
    pen,
    text_run,
    too_small,
)
from gui.figures.geometry import clip_polyline, nice_ticks
from gui.figures.model import (
    Area,
    Axis,
    Bars,
    Image,
    LegendEntry,
    Line,
    Markers,
    Note,
    Plot,
    Rule,
)

GRID_COLOR = "#e4e4e4"
TICK = 5.0
MINOR_TICK = 3.0
# Tick labels at most this close, in layout pixels: along y, along x.
Y_TICK_SPACING = 36.0
X_TICK_SPACING = 70.0
SAMPLE_WIDTH = 24.0
# The gap between entries of a legend row.
LEGEND_GAP = 14.0
# Triangles: the turn (degrees, clockwise on the page) from one pointing up.
TRIANGLE_TURNS = {"t": 0.0, "t-right": 90.0, "t-down": 180.0, "t-left": 270.0}
SYMBOLS = ("o", "s", "d", "p", "h", "star", "x", "+", *TRIANGLE_TURNS)


def _ticks(axis: Axis, length: float, spacing: float) -> list[tuple[float, str]]:
    if axis.ticks is not None:
        return [t for t in axis.ticks if axis.lo - 1e-9 <= t[0] <= axis.hi + 1e-9]
    return nice_ticks(axis.lo, axis.hi, max(2, int(length / spacing) + 1))


def paint_plot(painter: QPainter, plot: Plot, rect: QRectF) -> QRectF:
    """Draw ``plot`` in ``rect`` and return its plot area (inside the axes)."""
    f = font(TEXT_PX)
    metrics = QFontMetricsF(f)
    line = metrics.lineSpacing()
    top = rect.top() + line / 2
    if plot.title:
        top = rect.top() + QFontMetricsF(font(TITLE_PX)).lineSpacing() + 4
    rows_above: list[list[LegendEntry]] = []
    if plot.legend and plot.legend_at == "above":
        rows_above = legend_rows(plot.legend, rect.width(), metrics)
        top += len(rows_above) * line + 4
    if plot.frame:
        bottom = rect.bottom() - (TICK + 3 + line + (line + 2 if plot.x.label else 0))
    else:
        bottom = rect.bottom() - 4
    if bottom - top < 20:
        raise too_small()
    y_ticks = _ticks(plot.y, bottom - top, Y_TICK_SPACING) if plot.frame else []
    label_width = max((metrics.horizontalAdvance(t) for _, t in y_ticks), default=0.0)
    left = rect.left() + label_width + TICK + 4 + (line + 2 if plot.y.label else 0)
    right = rect.right() - 12
    if not plot.frame:
        left, right = rect.left() + 4, rect.right() - 4
    area = QRectF(left, top, max(right - left, 10.0), bottom - top)
    if plot.equal_aspect:
        area = _equal_aspect(area, plot.x, plot.y, plot.y_scale)
    x_ticks = _ticks(plot.x, area.width(), X_TICK_SPACING) if plot.frame else []

    def tx(v: np.ndarray | float) -> np.ndarray | float:
        return area.left() + (np.asarray(v) - plot.x.lo) * (area.width() / (plot.x.hi - plot.x.lo))

    def ty(v: np.ndarray | float) -> np.ndarray | float:
        return area.bottom() - (np.asarray(v) - plot.y.lo) * (
            area.height() / (plot.y.hi - plot.y.lo)
        )

    if plot.grid:
        painter.setPen(pen(GRID_COLOR, 1))
        for v, _ in x_ticks:
            painter.drawLine(QPointF(tx(v), area.top()), QPointF(tx(v), area.bottom()))
        for v, _ in y_ticks:
            painter.drawLine(QPointF(area.left(), ty(v)), QPointF(area.right(), ty(v)))
    for item in plot.items:
        _paint_item(painter, item, area, tx, ty)

    painter.setFont(f)
    if plot.frame:
        _paint_axes(painter, plot, rect, area, (x_ticks, y_ticks), tx, ty)
    if plot.title:
        painter.setFont(font(TITLE_PX))
        title_metrics = QFontMetricsF(font(TITLE_PX))
        title = title_metrics.elidedText(plot.title, Qt.TextElideMode.ElideRight, rect.width())
        text_run(
            painter, title, QPointF(area.center().x(), rect.top() + title_metrics.ascent()), 0.5
        )
        painter.setFont(f)
    if plot.legend:
        if rows_above:
            y = area.top() - 4 - len(rows_above) * line
            for row in rows_above:
                paint_legend_row(painter, row, QPointF(area.left(), y), metrics)
                y += line
        else:
            _paint_legend_box(painter, plot, area, metrics)
    return area


def _paint_axes(painter, plot: Plot, rect: QRectF, area: QRectF, ticks, tx, ty) -> None:
    """The left and bottom axes with their ticks, tick labels and titles."""
    x_ticks, y_ticks = ticks
    metrics = QFontMetricsF(painter.font())
    line = metrics.lineSpacing()
    # Axes: left and bottom, ticks outward, as on screen.
    painter.setPen(pen(AXIS_COLOR, 1))
    painter.drawLine(area.bottomLeft(), area.bottomRight())
    painter.drawLine(area.bottomLeft(), area.topLeft())
    for v, text in x_ticks:
        x = float(tx(v))
        painter.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() + TICK))
        if text:
            text_run(painter, text, QPointF(x, area.bottom() + TICK + 2 + metrics.ascent()), 0.5)
    for v in plot.x.minor:
        if plot.x.lo <= v <= plot.x.hi:
            x = float(tx(v))
            painter.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() + MINOR_TICK))
    middle = (metrics.ascent() - metrics.descent()) / 2
    for v, text in y_ticks:
        y = float(ty(v))
        painter.drawLine(QPointF(area.left() - TICK, y), QPointF(area.left(), y))
        if text:
            text_run(painter, text, QPointF(area.left() - TICK - 3, y + middle), 1.0)
    for v in plot.y.minor:
        if plot.y.lo <= v <= plot.y.hi:
            y = float(ty(v))
            painter.drawLine(QPointF(area.left() - MINOR_TICK, y), QPointF(area.left(), y))
    if plot.x.label:
        y = area.bottom() + TICK + 3 + line + metrics.ascent()
        text_run(painter, plot.x.label, QPointF(area.center().x(), y), 0.5)
    if plot.y.label:
        painter.save()
        painter.translate(rect.left() + metrics.ascent(), area.center().y())
        painter.rotate(-90)
        text_run(painter, plot.y.label, QPointF(0, 0), 0.5)
        painter.restore()


def _equal_aspect(area: QRectF, x: Axis, y: Axis, y_scale: float = 1.0) -> QRectF:
    per_x = area.width() / (x.hi - x.lo)
    per_y = area.height() / (y_scale * (y.hi - y.lo))
    unit = min(per_x, per_y)
    w, h = unit * (x.hi - x.lo), unit * y_scale * (y.hi - y.lo)
    # Centred across, at the top: the title and legend above stay next to it.
    return QRectF(area.center().x() - w / 2, area.top(), w, h)


# ------------------------------------------------------------------------ items
def _paint_item(painter: QPainter, item, area: QRectF, tx, ty) -> None:
    bounds = (area.left(), area.top(), area.right(), area.bottom())
    clip = QPainterPath()
    clip.addRect(area)
    if isinstance(item, Line):
        path = QPainterPath()
        for xs, ys in clip_polyline(tx(item.x), ty(item.y), bounds):
            path.addPolygon(QPolygonF([QPointF(a, b) for a, b in zip(xs, ys, strict=True)]))
        if not path.isEmpty():
            stroke = pen(item.color, item.width, item.dash)
            if item.join == "miter":
                stroke.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.strokePath(path, stroke)
    elif isinstance(item, Rule):
        value = float(tx(item.at) if item.vertical else ty(item.at))
        lo, hi = (area.left(), area.right()) if item.vertical else (area.top(), area.bottom())
        if lo - 1e-6 <= value <= hi + 1e-6:
            painter.setPen(pen(item.color, item.width, item.dash))
            if item.vertical:
                painter.drawLine(QPointF(value, area.top()), QPointF(value, area.bottom()))
            else:
                painter.drawLine(QPointF(area.left(), value), QPointF(area.right(), value))
    elif isinstance(item, Bars):
        _paint_bars(painter, item, area, tx, ty)
    elif isinstance(item, Area):
        polygon = QPolygonF([QPointF(a, b) for a, b in zip(tx(item.x), ty(item.y), strict=True)])
        path = QPainterPath()
        path.addPolygon(polygon)
        path.closeSubpath()
        painter.fillPath(path.intersected(clip), QBrush(color(item.fill)))
        if item.edge:
            x = np.append(item.x, item.x[:1])
            y = np.append(item.y, item.y[:1])
            _paint_item(painter, Line(x, y, item.edge, item.edge_width), area, tx, ty)
    elif isinstance(item, Markers):
        _paint_markers(painter, item, area, tx, ty, clip)
    elif isinstance(item, Image):
        _paint_image(painter, item, area, tx, ty)
    elif isinstance(item, Note):
        x, y = float(tx(item.x)), float(ty(item.y))
        if area.contains(QPointF(x, y)):
            metrics = QFontMetricsF(painter.font())
            painter.setPen(pen(item.color, 1))
            w = metrics.horizontalAdvance(item.text)
            h = metrics.ascent() + metrics.descent()
            base = y - item.anchor[1] * h + metrics.ascent()
            painter.drawText(QPointF(x - item.anchor[0] * w, base), item.text)


def _paint_image(painter: QPainter, item: Image, area: QRectF, tx, ty) -> None:
    """The raster over its extent, cut to the plot area in whole pixels.

    Clipped here rather than by a clip path (which an SVG renderer may
    ignore) or a source rectangle (which Qt's SVG generator drops): only
    the pixels that show are drawn, into the part of the area they cover,
    stretched by less than a pixel at a cut edge.
    """
    x0, x1, y0, y1 = item.extent
    rows, columns = item.rgba.shape[:2]
    left, right = float(tx(x0)), float(tx(x1))
    top, bottom = float(ty(y1)), float(ty(y0))
    whole = QRectF(QPointF(min(left, right), min(top, bottom)), QPointF(max(left, right),
                   max(top, bottom)))  # fmt: skip
    shown = whole.intersected(area)
    if shown.isEmpty():
        return
    # Pixel rows counted from the top of the drawing (the raster's rows run upwards).
    width, height = whole.width() / columns, whole.height() / rows
    c0 = max(0, math.floor((shown.left() - whole.left()) / width + 1e-9))
    c1 = min(columns, math.ceil((shown.right() - whole.left()) / width - 1e-9))
    r0 = max(0, math.floor((shown.top() - whole.top()) / height + 1e-9))
    r1 = min(rows, math.ceil((shown.bottom() - whole.top()) / height - 1e-9))
    if c1 <= c0 or r1 <= r0:
        return
    pixels = np.ascontiguousarray(item.rgba[::-1][r0:r1, c0:c1])
    h, w = pixels.shape[:2]
    image = QImage(pixels.tobytes(), w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(shown, image)
    painter.restore()


def _paint_bars(painter: QPainter, bars: Bars, area: QRectF, tx, ty) -> None:
    paths: dict[str, QPainterPath] = {}
    for x, h, y0, c in zip(bars.x, bars.height, bars.y0, bars.colors, strict=True):
        if not (math.isfinite(x) and math.isfinite(h) and math.isfinite(y0)) or h == 0:
            continue
        a = float(tx(x - bars.width / 2))
        b = float(tx(x + bars.width / 2))
        top, bottom = float(ty(y0 + h)), float(ty(y0))
        rect = QRectF(QPointF(a, min(top, bottom)), QPointF(b, max(top, bottom))).intersected(area)
        if rect.isEmpty():
            continue
        paths.setdefault(c, QPainterPath()).addRect(rect)
    for c, path in paths.items():
        painter.fillPath(path, QBrush(color(c)))


def symbol_path(symbol: str, size: float) -> QPainterPath:
    """The outline of a marker symbol of width ``size``, centred on (0, 0)."""
    r = size / 2
    path = QPainterPath()
    if symbol == "o":
        path.addEllipse(QPointF(0, 0), r, r)
    elif symbol == "s":
        path.addRect(QRectF(-r, -r, size, size))
    elif symbol in TRIANGLE_TURNS:
        up = QPolygonF([QPointF(0, -r), QPointF(r, r * 0.8), QPointF(-r, r * 0.8)])
        path.addPolygon(QTransform().rotate(TRIANGLE_TURNS[symbol]).map(up))
        path.closeSubpath()
    elif symbol == "d":
        # Narrower than tall, as the screen's diamond.
        d = 0.8 * r
        path.addPolygon(QPolygonF([QPointF(0, -r), QPointF(d, 0), QPointF(0, r), QPointF(-d, 0)]))
        path.closeSubpath()
    elif symbol in ("p", "h"):
        # A regular pentagon or hexagon with a corner at the top.
        n = 5 if symbol == "p" else 6
        corners = [
            QPointF(r * math.sin(2 * math.pi * k / n), -r * math.cos(2 * math.pi * k / n))
            for k in range(n)
        ]
        path.addPolygon(QPolygonF(corners))
        path.closeSubpath()
    elif symbol == "star":
        points = []
        for k in range(10):
            radius = r if k % 2 == 0 else r * 0.45
            angle = -math.pi / 2 + k * math.pi / 5
            points.append(QPointF(radius * math.cos(angle), radius * math.sin(angle)))
        path.addPolygon(QPolygonF(points))
        path.closeSubpath()
    elif symbol == "x":
        d = r * 0.8
        path.moveTo(-d, -d)
        path.lineTo(d, d)
        path.moveTo(-d, d)
        path.lineTo(d, -d)
    elif symbol == "+":
        path.moveTo(-r, 0)
        path.lineTo(r, 0)
        path.moveTo(0, -r)
        path.lineTo(0, r)
    else:
        raise ValueError(f"symbol must be one of {', '.join(SYMBOLS)}; got {symbol!r}")
    path.setFillRule(Qt.FillRule.WindingFill)
    return path


def _paint_markers(painter: QPainter, m: Markers, area: QRectF, tx, ty, clip) -> None:
    if m.x.size == 0:
        return
    shape = symbol_path(m.symbol, m.size)
    stroked = m.symbol in ("x", "+")
    edge = pen(m.edge or m.fill, m.edge_width) if (m.edge or stroked) else None
    brush = QBrush(color(m.fill)) if m.fill and not stroked else QBrush(Qt.BrushStyle.NoBrush)
    reach = m.size / 2 + (m.edge_width if edge is not None else 0)
    painter.setPen(edge if edge is not None else Qt.PenStyle.NoPen)
    painter.setBrush(brush)
    circle = m.symbol == "o"
    r = m.size / 2
    straddling = []
    # One small shape per marker, each filled then outlined as on screen (a
    # single path of every marker costs far more to fill and stroke).
    for x, y in zip(np.asarray(tx(m.x)).tolist(), np.asarray(ty(m.y)).tolist(), strict=True):
        if not (math.isfinite(x) and math.isfinite(y)):
            continue
        box = QRectF(x - reach, y - reach, 2 * reach, 2 * reach)
        if area.contains(box):
            if circle:
                painter.drawEllipse(QPointF(x, y), r, r)
            else:
                painter.drawPath(shape.translated(x, y))
        elif area.intersects(box):
            straddling.append(shape.translated(x, y))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for path in straddling:
        if m.fill and not stroked:
            painter.fillPath(path.intersected(clip), brush)
        if edge is not None:
            stroker = QPainterPathStroker(edge)
            outline = stroker.createStroke(path).intersected(clip)
            painter.fillPath(outline, QBrush(edge.color()))


# ----------------------------------------------------------------------- legend
def _sample(painter: QPainter, item, rect: QRectF) -> None:
    """A legend's sample of ``item`` in ``rect`` (a short line, a symbol or a block)."""
    mid = rect.center()
    if isinstance(item, (Line, Rule)):
        painter.setPen(pen(item.color, item.width, item.dash))
        painter.drawLine(QPointF(rect.left(), mid.y()), QPointF(rect.right(), mid.y()))
    elif isinstance(item, Markers):
        shape = symbol_path(item.symbol, min(item.size, rect.height())).translated(mid)
        if item.fill and item.symbol not in ("x", "+"):
            painter.fillPath(shape, QBrush(color(item.fill)))
        if item.edge or item.symbol in ("x", "+"):
            painter.strokePath(shape, pen(item.edge or item.fill, item.edge_width))
    elif isinstance(item, (Bars, Area)):
        c = item.colors[0] if isinstance(item, Bars) else item.fill
        side = min(rect.height(), 10.0)
        painter.fillRect(QRectF(mid.x() - side / 2, mid.y() - side / 2, side, side), color(c))


def legend_width(entry: LegendEntry, metrics: QFontMetricsF) -> float:
    """The width of a legend entry: its sample, a gap and its text."""
    return SAMPLE_WIDTH + 5 + metrics.horizontalAdvance(entry.text)


def legend_rows(
    entries: tuple[LegendEntry, ...], width: float, metrics: QFontMetricsF
) -> list[list[LegendEntry]]:
    """The entries in rows no wider than ``width``, in order."""
    rows: list[list[LegendEntry]] = [[]]
    used = 0.0
    for entry in entries:
        w = legend_width(entry, metrics) + LEGEND_GAP
        if rows[-1] and used + w > width:
            rows.append([])
            used = 0.0
        rows[-1].append(entry)
        used += w
    return rows


def paint_legend_row(
    painter: QPainter, row: list[LegendEntry], at: QPointF, metrics: QFontMetricsF
) -> None:
    """Draw one row of legend entries from ``at`` (its top left) rightwards."""
    x = at.x()
    line = metrics.lineSpacing()
    for entry in row:
        _sample(painter, entry.item, QRectF(x, at.y(), SAMPLE_WIDTH, line))
        painter.setPen(pen(AXIS_COLOR, 1))
        text_run(painter, entry.text, QPointF(x + SAMPLE_WIDTH + 5, at.y() + metrics.ascent()))
        x += legend_width(entry, metrics) + LEGEND_GAP


def _paint_legend_box(painter: QPainter, plot: Plot, area: QRectF, metrics) -> None:
    line = metrics.lineSpacing() + 2
    available = area.width() - 2 * MARGIN - SAMPLE_WIDTH - 18
    texts = [
        metrics.elidedText(e.text, Qt.TextElideMode.ElideRight, available) for e in plot.legend
    ]
    width = max(metrics.horizontalAdvance(t) for t in texts) + SAMPLE_WIDTH + 18
    height = len(texts) * line + 8
    right = "right" in plot.legend_at
    bottom = "bottom" in plot.legend_at
    left = area.right() - MARGIN - width if right else area.left() + MARGIN
    top = area.bottom() - MARGIN - height if bottom else area.top() + MARGIN
    box = QRectF(left, top, width, height)
    painter.setPen(pen(LEGEND_EDGE, 1))
    painter.setBrush(QBrush(color(LEGEND_FILL)))
    painter.drawRect(box)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    y = top + 4
    for entry, text in zip(plot.legend, texts, strict=True):
        _sample(painter, entry.item, QRectF(left + 6, y, SAMPLE_WIDTH, line))
        painter.setPen(pen(AXIS_COLOR, 1))
        base = y + (line - metrics.height()) / 2 + metrics.ascent()
        text_run(painter, text, QPointF(left + 12 + SAMPLE_WIDTH, base))
        y += line
