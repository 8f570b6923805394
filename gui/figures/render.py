"""Draw a :class:`gui.figures.model.Figure` with QPainter, and write it as PNG, SVG or PDF.

One painting routine serves every format, so the three files show the same
figure. It lays the figure out in layout pixels (1/96 inch) at the size
asked for; a PNG is the same drawing scaled by its pixel ratio, an SVG has
the layout as its view box, a PDF page is the layout at 96 per inch. What
makes the vector files render alike everywhere:

- every curve, bar, area and symbol is clipped to its plot area here, in
  the numbers (:func:`gui.figures.geometry.clip_polyline`), not by a clip
  path that some renderers ignore;
- pens are not cosmetic, with real widths in layout pixels, so no stroke
  depends on ``vector-effect: non-scaling-stroke``;
- text is plain runs at computed positions (no rich text, no HTML
  superscripts), in a font family that is installed.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPageSize,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPdfWriter,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtSvg import QSvgGenerator

from gui.figures.geometry import clip_polyline, nice_ticks
from gui.figures.model import (
    Area,
    Axis,
    Bars,
    Figure,
    LegendEntry,
    Line,
    Markers,
    Note,
    Plot,
    Rule,
    Table,
    TextPanel,
)

#: Text sizes in layout pixels: 12 px is the 9 pt of the screen's plots at 96 dpi.
TEXT_PX = 12.0
TITLE_PX = 12.5
CAPTION_PX = 12.0
AXIS_COLOR = "#303030"
GRID_COLOR = "#e4e4e4"
CAPTION_COLOR = "#333333"
LEGEND_FILL = "#ffffffd8"
LEGEND_EDGE = "#c8c8c8"
MARGIN = 10.0
TICK = 5.0
MINOR_TICK = 3.0
CELL_GAP = 14.0
PDF_DPI = 96
#: The families tried for figure text, Latin first; Qt falls back to one with Chinese.
FONT_FAMILIES = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica")
CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei")


class RenderError(ValueError):
    """A figure that cannot be drawn at the size asked for; the message is for the user."""


@dataclass(frozen=True)
class RenderInfo:
    """Where the renderer put things, in layout pixels (for tests and hit areas)."""

    width: float
    height: float
    plot_areas: tuple[QRectF, ...]
    caption_lines: tuple[str, ...]


def color(text: str) -> QColor:
    """``"#rrggbb"`` or ``"#rrggbbaa"`` as a QColor (Qt itself reads 8 digits as #aarrggbb)."""
    if re.fullmatch(r"#[0-9a-fA-F]{8}", text):
        r, g, b, a = (int(text[i : i + 2], 16) for i in (1, 3, 5, 7))
        return QColor(r, g, b, a)
    result = QColor(text)
    if not result.isValid():
        raise ValueError(f"color must be #rrggbb or #rrggbbaa, got {text!r}")
    return result


def pen(color_text: str, width: float, dash: bool = False) -> QPen:
    """A non-cosmetic pen ``width`` layout pixels wide: it scales with the drawing."""
    p = QPen(color(color_text))
    p.setWidthF(width)
    p.setCosmetic(False)
    p.setCapStyle(Qt.PenCapStyle.FlatCap)
    p.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dash:
        p.setDashPattern([4.0, 3.0])
    return p


_FAMILY: list[str] = []


def font(pixels: float, bold: bool = False) -> QFont:
    """The figure font at ``pixels`` layout pixels, unhinted so every format measures alike."""
    if not _FAMILY:
        installed = set(QFontDatabase.families())
        chosen = [f for f in FONT_FAMILIES if f in installed][:1]
        _FAMILY.extend(chosen + [f for f in CJK_FAMILIES if f in installed])
    f = QFont()
    if _FAMILY:
        f.setFamilies(_FAMILY)
    f.setPixelSize(max(1, round(pixels)))
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    f.setBold(bold)
    return f


def layout_size(figure: Figure, width: int, height: int | None, scale: float | None = None):
    """(layout width, layout height, scale) for an image of ``width`` x ``height`` pixels.

    The scale is width / design width, but never below 1: a narrow image is
    laid out anew rather than drawn with tiny text. Without a height, the
    figure's aspect gives one (the caption's lines added).
    """
    s = scale if scale is not None else max(1.0, width / figure.design_width)
    lw = width / s
    if height is None:
        lh = lw * figure.aspect + _caption_height(figure.caption, lw) + _legend_height(figure, lw)
        height = max(16, round(lh * s))
    lh = height / s
    return lw, lh, s, height


def _caption_height(caption: str, width: float) -> float:
    if not caption:
        return 0.0
    lines = wrap(caption, font(CAPTION_PX), width - 2 * MARGIN)
    return len(lines) * QFontMetricsF(font(CAPTION_PX)).lineSpacing() + MARGIN


def _legend_height(figure: Figure, width: float) -> float:
    if not figure.legend:
        return 0.0
    metrics = QFontMetricsF(font(TEXT_PX))
    return len(_legend_rows(figure.legend, width - 2 * MARGIN, metrics)) * metrics.lineSpacing() + 4


def wrap(text: str, f: QFont, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width``: at " · " first, then spaces."""
    metrics = QFontMetricsF(f)
    if metrics.horizontalAdvance(text) <= width:
        return [text]
    lines: list[str] = []
    for part in _tokens(text):
        if lines and metrics.horizontalAdvance(lines[-1] + part) <= width:
            lines[-1] += part
        else:
            if lines:
                lines[-1] = lines[-1].rstrip()
            lines.append(part.lstrip())
    return [line.rstrip() for line in lines if line.strip()]


def _tokens(text: str) -> list[str]:
    # Words with their trailing space; a word without spaces (Chinese) one character each.
    tokens = []
    for word in re.findall(r"\S+\s*", text):
        if len(word) > 12 and not any(c.isascii() for c in word.strip()):
            tokens.extend(word)
        else:
            tokens.append(word)
    return tokens


# --------------------------------------------------------------------- painting
def paint(painter: QPainter, figure: Figure, width: float, height: float) -> RenderInfo:
    """Draw ``figure`` in the rectangle (0, 0, width, height) of the painter's coordinates."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(QRectF(0, 0, width, height), QColor("white"))
    caption_lines: list[str] = []
    grid_bottom = height
    if figure.caption:
        f = font(CAPTION_PX)
        caption_lines = wrap(figure.caption, f, width - 2 * MARGIN)
        spacing = QFontMetricsF(f).lineSpacing()
        grid_bottom = height - len(caption_lines) * spacing - MARGIN
        painter.setFont(f)
        painter.setPen(pen(CAPTION_COLOR, 1))
        y = grid_bottom + QFontMetricsF(f).ascent() + 2
        for line in caption_lines:
            _text(painter, line, QPointF(width / 2, y), 0.5)
            y += spacing
    grid_top = MARGIN / 2
    if figure.legend:
        f = font(TEXT_PX)
        metrics = QFontMetricsF(f)
        painter.setFont(f)
        rows = _legend_rows(figure.legend, width - 2 * MARGIN, metrics)
        for row in rows:
            row_width = sum(_legend_width(e, metrics) + 14 for e in row) - 14
            _paint_legend_row(painter, row, QPointF((width - row_width) / 2, grid_top), metrics)
            grid_top += metrics.lineSpacing()
        grid_top += 4
    grid = QRectF(MARGIN / 2, grid_top, width - MARGIN, grid_bottom - grid_top)
    if grid.width() < 60 or grid.height() < 40:
        raise RenderError(f"{round(width)} x {round(height)} is too small for this figure")
    areas = []
    for cell, rect in zip(figure.cells, _cell_rects(figure, grid), strict=True):
        if isinstance(cell.content, Plot):
            areas.append(_paint_plot(painter, cell.content, rect))
        else:
            _paint_text_panel(painter, cell.content, rect)
    return RenderInfo(width, height, tuple(areas), tuple(caption_lines))


def _cell_rects(figure: Figure, grid: QRectF) -> list[QRectF]:
    def edges(weights: tuple[float, ...], start: float, length: float) -> list[float]:
        total = sum(weights)
        usable = length - CELL_GAP * (len(weights) - 1)
        out, at = [start], start
        for w in weights:
            at += usable * w / total
            out.append(at)
            at += CELL_GAP
            out.append(at)
        return out

    xs = edges(figure.column_weights, grid.left(), grid.width())
    ys = edges(figure.row_weights, grid.top(), grid.height())
    rects = []
    for cell in figure.cells:
        left, right = xs[2 * cell.column], xs[2 * (cell.column + cell.column_span) - 1]
        top, bottom = ys[2 * cell.row], ys[2 * (cell.row + cell.row_span) - 1]
        rects.append(QRectF(left, top, right - left, bottom - top))
    return rects


def _text(painter: QPainter, text: str, at: QPointF, align: float = 0.0) -> float:
    """Draw one run with its baseline at ``at``, aligned 0 left .. 1 right; return its width."""
    w = QFontMetricsF(painter.font()).horizontalAdvance(text)
    painter.drawText(QPointF(at.x() - align * w, at.y()), text)
    return w


def _ticks(axis: Axis, length: float, spacing: float) -> list[tuple[float, str]]:
    if axis.ticks is not None:
        return [t for t in axis.ticks if axis.lo - 1e-9 <= t[0] <= axis.hi + 1e-9]
    return nice_ticks(axis.lo, axis.hi, max(2, int(length / spacing) + 1))


def _paint_plot(painter: QPainter, plot: Plot, rect: QRectF) -> QRectF:
    f = font(TEXT_PX)
    metrics = QFontMetricsF(f)
    line = metrics.lineSpacing()
    top = rect.top() + line / 2
    if plot.title:
        top = rect.top() + QFontMetricsF(font(TITLE_PX)).lineSpacing() + 4
    legend_rows: list[list[LegendEntry]] = []
    if plot.legend and plot.legend_at == "above":
        legend_rows = _legend_rows(plot.legend, rect.width(), metrics)
        top += len(legend_rows) * line + 4
    bottom = rect.bottom() - (TICK + 3 + line + (line + 2 if plot.x.label else 0))
    if bottom - top < 20:
        raise RenderError("the figure is too small for its plots")
    y_ticks = _ticks(plot.y, bottom - top, 36.0)
    label_width = max((metrics.horizontalAdvance(t) for _, t in y_ticks), default=0.0)
    left = rect.left() + label_width + TICK + 4 + (line + 2 if plot.y.label else 0)
    right = rect.right() - 12
    area = QRectF(left, top, max(right - left, 10.0), bottom - top)
    if plot.equal_aspect:
        area = _equal_aspect(area, plot.x, plot.y)
    x_ticks = _ticks(plot.x, area.width(), 70.0)

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

    # Axes: left and bottom, ticks outward, as on screen.
    painter.setPen(pen(AXIS_COLOR, 1))
    painter.drawLine(area.bottomLeft(), area.bottomRight())
    painter.drawLine(area.bottomLeft(), area.topLeft())
    painter.setFont(f)
    for v, text in x_ticks:
        x = float(tx(v))
        painter.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() + TICK))
        if text:
            _text(painter, text, QPointF(x, area.bottom() + TICK + 2 + metrics.ascent()), 0.5)
    for v in plot.x.minor:
        if plot.x.lo <= v <= plot.x.hi:
            x = float(tx(v))
            painter.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() + MINOR_TICK))
    middle = (metrics.ascent() - metrics.descent()) / 2
    for v, text in y_ticks:
        y = float(ty(v))
        painter.drawLine(QPointF(area.left() - TICK, y), QPointF(area.left(), y))
        if text:
            _text(painter, text, QPointF(area.left() - TICK - 3, y + middle), 1.0)
    for v in plot.y.minor:
        if plot.y.lo <= v <= plot.y.hi:
            y = float(ty(v))
            painter.drawLine(QPointF(area.left() - MINOR_TICK, y), QPointF(area.left(), y))
    if plot.x.label:
        y = area.bottom() + TICK + 3 + line + metrics.ascent()
        _text(painter, plot.x.label, QPointF(area.center().x(), y), 0.5)
    if plot.y.label:
        painter.save()
        painter.translate(rect.left() + metrics.ascent(), area.center().y())
        painter.rotate(-90)
        _text(painter, plot.y.label, QPointF(0, 0), 0.5)
        painter.restore()
    if plot.title:
        painter.setFont(font(TITLE_PX))
        title_metrics = QFontMetricsF(font(TITLE_PX))
        title = title_metrics.elidedText(plot.title, Qt.TextElideMode.ElideRight, rect.width())
        _text(painter, title, QPointF(area.center().x(), rect.top() + title_metrics.ascent()), 0.5)
        painter.setFont(f)
    if plot.legend:
        if legend_rows:
            y = area.top() - 4 - len(legend_rows) * line
            for row in legend_rows:
                _paint_legend_row(painter, row, QPointF(area.left(), y), metrics)
                y += line
        else:
            _paint_legend_box(painter, plot, area, metrics)
    return area


def _equal_aspect(area: QRectF, x: Axis, y: Axis) -> QRectF:
    per_x = area.width() / (x.hi - x.lo)
    per_y = area.height() / (y.hi - y.lo)
    unit = min(per_x, per_y)
    w, h = unit * (x.hi - x.lo), unit * (y.hi - y.lo)
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
            painter.strokePath(path, pen(item.color, item.width, item.dash))
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
    elif isinstance(item, Note):
        x, y = float(tx(item.x)), float(ty(item.y))
        if area.contains(QPointF(x, y)):
            metrics = QFontMetricsF(painter.font())
            painter.setPen(pen(item.color, 1))
            w = metrics.horizontalAdvance(item.text)
            h = metrics.ascent() + metrics.descent()
            base = y - item.anchor[1] * h + metrics.ascent()
            painter.drawText(QPointF(x - item.anchor[0] * w, base), item.text)


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
    elif symbol == "t":
        path.addPolygon(QPolygonF([QPointF(0, -r), QPointF(r, r * 0.8), QPointF(-r, r * 0.8)]))
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
        raise ValueError(f"symbol must be one of o, s, t, star, x, +; got {symbol!r}")
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


SAMPLE_WIDTH = 24.0


def _legend_width(entry: LegendEntry, metrics: QFontMetricsF) -> float:
    return SAMPLE_WIDTH + 5 + metrics.horizontalAdvance(entry.text)


def _legend_rows(
    entries: tuple[LegendEntry, ...], width: float, metrics: QFontMetricsF
) -> list[list[LegendEntry]]:
    rows: list[list[LegendEntry]] = [[]]
    used = 0.0
    for entry in entries:
        w = _legend_width(entry, metrics) + 14
        if rows[-1] and used + w > width:
            rows.append([])
            used = 0.0
        rows[-1].append(entry)
        used += w
    return rows


def _paint_legend_row(
    painter: QPainter, row: list[LegendEntry], at: QPointF, metrics: QFontMetricsF
) -> None:
    x = at.x()
    line = metrics.lineSpacing()
    for entry in row:
        _sample(painter, entry.item, QRectF(x, at.y(), SAMPLE_WIDTH, line))
        painter.setPen(pen(AXIS_COLOR, 1))
        _text(painter, entry.text, QPointF(x + SAMPLE_WIDTH + 5, at.y() + metrics.ascent()))
        x += _legend_width(entry, metrics) + 14


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
        _text(painter, text, QPointF(left + 12 + SAMPLE_WIDTH, base))
        y += line


# ------------------------------------------------------------------- text panel
def _paint_text_panel(painter: QPainter, panel: TextPanel, rect: QRectF) -> None:
    f = font(TEXT_PX)
    bold = font(TEXT_PX, bold=True)
    metrics = QFontMetricsF(f)
    line = metrics.lineSpacing() + 2
    y = rect.top() + metrics.ascent()
    painter.setPen(pen(AXIS_COLOR, 1))
    if panel.title:
        painter.setFont(font(TITLE_PX, bold=True))
        _text(painter, panel.title, QPointF(rect.left(), y))
        y += line + 4
    for block in panel.blocks:
        if y > rect.bottom():
            break
        if isinstance(block, str):
            painter.setFont(f)
            for text in wrap(block, f, rect.width()):
                if y > rect.bottom():
                    break
                _text(painter, text, QPointF(rect.left(), y))
                y += line
            y += 4
            continue
        y = _paint_table(painter, block, rect, y, f, bold, line) + 6


def _paint_table(painter, table: Table, rect: QRectF, y: float, f, bold, line: float) -> float:
    metrics = QFontMetricsF(f)
    bold_metrics = QFontMetricsF(bold)
    if table.title:
        painter.setFont(bold)
        _text(painter, table.title, QPointF(rect.left(), y))
        y += line
    columns = max([len(table.header), *(len(r) for r in table.rows)], default=0)
    widths = [0.0] * columns
    for row, m in ((table.header, bold_metrics), *((r, metrics) for r in table.rows)):
        for i, text in enumerate(row):
            widths[i] = max(widths[i], m.horizontalAdvance(text))
    gap = 14.0
    # Columns too wide for the panel give up their share from the last one.
    excess = sum(widths) + gap * (columns - 1) - rect.width()
    if excess > 0 and columns:
        widths[-1] = max(widths[-1] - excess, 20.0)
    starts, at = [], rect.left()
    for w in widths:
        starts.append(at)
        at += w + gap

    def draw_row(row: tuple[str, ...], m: QFontMetricsF) -> None:
        for i, text in enumerate(row):
            shown = m.elidedText(text, Qt.TextElideMode.ElideRight, widths[i])
            if i in table.numeric:
                _text(painter, shown, QPointF(starts[i] + widths[i], y), 1.0)
            else:
                _text(painter, shown, QPointF(starts[i], y))

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
            _text(painter, f"… (+{left})", QPointF(rect.left(), y))
            return y + line
        draw_row(row, metrics)
        y += line
    return y


# ---------------------------------------------------------------------- formats
def _scaled(painter: QPainter, scale: float) -> None:
    painter.setTransform(QTransform.fromScale(scale, scale))


def render_image(
    figure: Figure, width: int, height: int | None = None, scale: float | None = None
) -> tuple[QImage, RenderInfo]:
    """The figure as a ``width`` x ``height`` image (height from the aspect if None)."""
    lw, lh, s, height = layout_size(figure, width, height, scale)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        _scaled(painter, s)
        info = paint(painter, figure, lw, lh)
    finally:
        painter.end()
    return image, info


def png_bytes(
    figure: Figure, width: int, height: int | None = None, scale: float | None = None
) -> bytes:
    """The figure as PNG file contents."""
    image, _ = render_image(figure, width, height, scale)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RenderError("the PNG could not be encoded (out of memory?)")
    return bytes(buffer.data())


def svg_bytes(figure: Figure, width: int, height: int | None = None) -> bytes:
    """The figure as SVG: ``width`` x ``height`` pixels, the layout as its view box."""
    lw, lh, _, height = layout_size(figure, width, height)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRectF(0, 0, lw, lh))
    generator.setTitle(figure.title or "Overfit Lab")
    generator.setDescription(figure.caption)
    painter = QPainter(generator)
    try:
        paint(painter, figure, lw, lh)
    finally:
        painter.end()
    text = bytes(buffer.data()).decode("utf-8")
    # Qt states the size in millimetres at its own resolution; pixels are what
    # the PNG has and what every renderer reads the same way.
    text = re.sub(
        r'<svg width="[^"]*" height="[^"]*"',
        f'<svg width="{width}px" height="{height}px"',
        text,
        count=1,
    )
    return text.encode("utf-8")


def pdf_bytes(figure: Figure, width: int, height: int | None = None) -> bytes:
    """The figure as a one-page vector PDF, the page as large as the layout at 96 per inch."""
    lw, lh, _, _ = layout_size(figure, width, height)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    points = QSizeF(lw * 72 / PDF_DPI, lh * 72 / PDF_DPI)
    writer.setPageSize(
        QPageSize(points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)
    )
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setTitle(figure.title or "Overfit Lab")
    writer.setCreator("Overfit Lab")
    painter = QPainter(writer)
    try:
        # The device's pixels are 1/96 inch, but rounded to whole pixels: scale exactly.
        _scaled(painter, writer.width() / lw)
        paint(painter, figure, lw, lh)
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data())
