"""Write figures (and, for panels that have none yet, widgets) to PNG, SVG or PDF files.

:func:`export_figure` writes a :class:`gui.figures.model.Figure`, rendered
fresh for the file (:mod:`gui.figures.render`); the file's suffix picks
the format. :func:`export_widget` is the fallback for a panel registered
without a figure (the documented way a new lab plugs in before it has one,
see :mod:`gui.image_export`): it draws the widget as the screen shows it
(a screenshot, controls and all), at the requested width. Both write
atomically and work offscreen. A refusal is an :class:`ExportError`,
English in ``str()`` (the command line) and translated for the window.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QIODevice,
    QMarginsF,
    QPoint,
    QRect,
    QSize,
    QSizeF,
)
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QWidget

from core.atomic_write import write_atomic
from gui.figures import render
from gui.figures.model import Figure
from gui.figures.render import MIN_SIDE, PDF_DPI, POINTS_PER_INCH
from gui.messages import UserMessageError

DEFAULT_WIDTH = 1600
MAX_SIDE = 20_000
FORMATS = (".png", ".svg", ".pdf")
# Animated formats: a sweep's frames (see :mod:`gui.sweep`).
ANIMATED_FORMATS = (".gif", ".apng")
MAX_CRISP_SYMBOLS = 400


class ExportError(UserMessageError):
    """An export that cannot be made; the message is one line for the user."""

    context = "ExportMessages"


def check_target(
    path: str | os.PathLike[str],
    width: int,
    height: int | None,
    formats: tuple[str, ...] = FORMATS,
) -> str:
    """The format (suffix) of ``path``, after checking it and the size; raise ExportError."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in formats:
        raise ExportError(
            QT_TRANSLATE_NOOP("ExportMessages", "{name}: the file name must end in {formats}"),
            name=target.name,
            formats=", ".join(formats),
        )
    sides = (width,) if height is None else (width, height)
    if not all(MIN_SIDE <= side <= MAX_SIDE for side in sides):
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "ExportMessages", "the image must be {low} to {high} pixels a side, got {size}"
            ),
            low=MIN_SIDE,
            high=MAX_SIDE,
            size=" x ".join(str(side) for side in sides),
        )
    return suffix


def figure_bytes(figure: Figure, suffix: str, width: int, height: int | None = None) -> bytes:
    """The figure as the contents of a .png, .svg or .pdf file."""
    try:
        if suffix == ".png":
            return render.png_bytes(figure, width, height)
        if suffix == ".svg":
            return render.svg_bytes(figure, width, height)
        if suffix == ".pdf":
            return render.pdf_bytes(figure, width, height)
    except render.RenderError as exc:
        raise ExportError(exc.template, **exc.values) from None
    raise ExportError(
        QT_TRANSLATE_NOOP("ExportMessages", "no figure format for {suffix}"), suffix=suffix
    )


def export_figure(
    figure: Figure,
    path: str | os.PathLike[str],
    width: int = DEFAULT_WIDTH,
    height: int | None = None,
) -> Path:
    """Write ``figure`` to ``path`` (.png, .svg or .pdf) and return the path.

    Parameters
    ----------
    figure : Figure
    path : path-like
        Target file; its suffix picks the format. Written atomically.
    width, height : int
        Size of a PNG in pixels (height None: the figure's own proportions);
        an SVG gets the same size in pixels, a PDF page the same proportions.
    """
    suffix = check_target(path, width, height)
    write_atomic(Path(path), figure_bytes(figure, suffix, width, height))
    return Path(path)


def export_widget(
    widget: QWidget,
    path: str | os.PathLike[str],
    width: int = DEFAULT_WIDTH,
    height: int | None = None,
) -> Path:
    """Write ``widget`` to ``path`` (.png, .svg or .pdf) as the screen shows it.

    Parameters
    ----------
    widget : QWidget
        What to draw; it is laid out at its current size.
    path : path-like
        Target file; its suffix picks the format. Written atomically.
    width, height : int
        Size of a PNG in pixels (height defaults to the widget's aspect
        ratio); for SVG only the aspect ratio of the widget counts.
    """
    target = Path(path)
    suffix = check_target(target, width, height)
    size = widget.size()
    if size.width() < 1 or size.height() < 1:
        raise ExportError(
            QT_TRANSLATE_NOOP("ExportMessages", "the panel has no size yet; show it first")
        )
    if height is None:
        height = max(MIN_SIDE, round(width * size.height() / size.width()))
    with _uncached(widget):
        if suffix == ".png":
            data = _png_bytes(widget, width, height)
        elif suffix == ".svg":
            data = _svg_bytes(widget)
        else:
            data = _pdf_bytes(widget)
    write_atomic(target, data)
    return target


@contextmanager
def _uncached(widget: QWidget) -> Iterator[None]:
    """Draw every graphics item afresh: pixmap caches hold screen-resolution pictures.

    pyqtgraph items are also put in export mode, which makes scatter plots
    draw each symbol as a path instead of stamping a screen-sized bitmap.
    """
    views = widget.findChildren(QGraphicsView)
    if isinstance(widget, QGraphicsView):
        views.append(widget)
    cached = [
        (item, item.cacheMode())
        for view in views
        if view.scene() is not None
        for item in view.scene().items()
        if item.cacheMode() != QGraphicsItem.CacheMode.NoCache
    ]
    exporting = [
        item
        for view in views
        if view.scene() is not None
        for item in view.scene().items()
        if isinstance(item, pg.GraphicsItem) and _draw_as_paths(item)
    ]
    for item, _ in cached:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    for item in exporting:
        item.setExportMode(True, {"antialias": True})
    try:
        yield
    finally:
        for item in exporting:
            item.setExportMode(False)
        for item, mode in cached:
            item.setCacheMode(mode)


def _draw_as_paths(item: pg.GraphicsItem) -> bool:
    # Drawing symbols one by one costs ~0.2 ms each; beyond a few hundred
    # points the screen-resolution stamps stay (they are small there anyway).
    return not isinstance(item, pg.ScatterPlotItem) or len(item.data) <= MAX_CRISP_SYMBOLS


def _png_bytes(widget: QWidget, width: int, height: int) -> bytes:
    size = widget.size()
    # Render at the scale that gives the requested width; a different
    # requested height keeps the scale and letterboxes with white.
    scale = min(width / size.width(), height / size.height())
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    image.setDevicePixelRatio(scale)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        offset_x = (width / scale - size.width()) / 2
        offset_y = (height / scale - size.height()) / 2
        painter.translate(offset_x, offset_y)
        # QWidget.render explicitly: QGraphicsView overloads render() for its scene.
        QWidget.render(widget, painter, QPoint())
    finally:
        painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ExportError(
            QT_TRANSLATE_NOOP("ExportMessages", "the PNG could not be encoded (out of memory?)")
        )
    return bytes(buffer.data())


def _svg_bytes(widget: QWidget) -> bytes:
    size = widget.size()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(size.width(), size.height()))
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle("Overfit Lab")
    painter = QPainter(generator)
    try:
        QWidget.render(widget, painter, QPoint())
    finally:
        painter.end()
    return bytes(buffer.data())


def _pdf_bytes(widget: QWidget) -> bytes:
    size = widget.size()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    # One widget pixel is one layout pixel, 1/96 inch, as in a figure's PDF.
    writer.setResolution(PDF_DPI)
    per_pixel = POINTS_PER_INCH / PDF_DPI
    points = QSizeF(size.width() * per_pixel, size.height() * per_pixel)
    writer.setPageSize(QPageSize(points, QPageSize.Unit.Point))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    painter = QPainter(writer)
    try:
        painter.scale(writer.width() / size.width(), writer.height() / size.height())
        QWidget.render(widget, painter, QPoint())
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data())
