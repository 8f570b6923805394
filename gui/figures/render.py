"""Draw a :class:`gui.figures.model.Figure` with QPainter, and write it as PNG, SVG or PDF.

One painting routine serves every format, so the three files show the same
figure. It lays the figure out in layout pixels (1/96 inch) at the size
asked for: the caption and a legend row above the grid, and a cell for
each plot (:mod:`gui.figures.plot_painter`) or text panel
(:mod:`gui.figures.text_painter`), all drawn with the pens and fonts of
:mod:`gui.figures.drawing`. A PNG is that drawing scaled by its pixel
ratio, an SVG has the layout as its view box, a PDF page is the layout at
96 per inch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
)
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPageSize, QPainter, QPdfWriter, QTransform
from PySide6.QtSvg import QSvgGenerator

from gui.figures.drawing import (
    CAPTION_PX,
    MARGIN,
    TEXT_PX,
    RenderError,
    font,
    pen,
    text_run,
    wrap,
)
from gui.figures.model import Figure, Plot
from gui.figures.plot_painter import (
    LEGEND_GAP,
    legend_rows,
    legend_width,
    paint_legend_row,
    paint_plot,
)
from gui.figures.text_painter import paint_text_panel

CAPTION_COLOR = "#333333"
CELL_GAP = 14.0
PDF_DPI = 96
POINTS_PER_INCH = 72
# The title (and creator) in the metadata of SVG and PDF files.
FILE_TITLE = "Overfit Lab"
# The smallest side of an image, in pixels (a computed height as a requested one).
MIN_SIDE = 16
# The grid of cells needs at least this much room (layout pixels) to be drawn.
MIN_GRID = (60.0, 40.0)


@dataclass(frozen=True)
class RenderInfo:
    """Where the renderer put things, in layout pixels (for tests and hit areas)."""

    width: float
    height: float
    plot_areas: tuple[QRectF, ...]
    caption_lines: tuple[str, ...]


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
        height = max(MIN_SIDE, round(lh * s))
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
    return len(legend_rows(figure.legend, width - 2 * MARGIN, metrics)) * metrics.lineSpacing() + 4


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
            text_run(painter, line, QPointF(width / 2, y), 0.5)
            y += spacing
    grid_top = MARGIN / 2
    if figure.legend:
        f = font(TEXT_PX)
        metrics = QFontMetricsF(f)
        painter.setFont(f)
        rows = legend_rows(figure.legend, width - 2 * MARGIN, metrics)
        for row in rows:
            row_width = sum(legend_width(e, metrics) + LEGEND_GAP for e in row) - LEGEND_GAP
            paint_legend_row(painter, row, QPointF((width - row_width) / 2, grid_top), metrics)
            grid_top += metrics.lineSpacing()
        grid_top += 4
    grid = QRectF(MARGIN / 2, grid_top, width - MARGIN, grid_bottom - grid_top)
    if grid.width() < MIN_GRID[0] or grid.height() < MIN_GRID[1]:
        raise RenderError(
            QT_TRANSLATE_NOOP("ExportMessages", "{width} x {height} is too small for this figure"),
            width=round(width),
            height=round(height),
        )
    areas = []
    for cell, rect in zip(figure.cells, _cell_rects(figure, grid), strict=True):
        if isinstance(cell.content, Plot):
            areas.append(paint_plot(painter, cell.content, rect))
        else:
            paint_text_panel(painter, cell.content, rect)
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
        raise RenderError(
            QT_TRANSLATE_NOOP("ExportMessages", "the PNG could not be encoded (out of memory?)")
        )
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
    generator.setTitle(FILE_TITLE)
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
    points = QSizeF(lw * POINTS_PER_INCH / PDF_DPI, lh * POINTS_PER_INCH / PDF_DPI)
    writer.setPageSize(
        QPageSize(points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)
    )
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setTitle(FILE_TITLE)
    writer.setCreator(FILE_TITLE)
    painter = QPainter(writer)
    try:
        # The device's pixels are 1/96 inch, but rounded to whole pixels: scale exactly.
        _scaled(painter, writer.width() / lw)
        paint(painter, figure, lw, lh)
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data())
