"""Checking exported figures with independent renderers: Qt's SVG renderer, rsvg-convert, pdftoppm.

Each renderer's picture of the SVG or PDF is compared with the PNG export of
the same figure: few pixels may differ (anti-aliasing, font rasterizers),
and none may carry ink outside the plot areas where the PNG has none (a
curve that escaped its clipping, a misplaced superscript).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from gui.figures import render
from gui.figures.model import Figure
from tests.gui.images import pixels

INK = 160  # a channel darker than this is ink (anti-aliased fringes are not)
DEBIAN = {"rsvg-convert": "librsvg2-bin", "pdftoppm": "poppler-utils"}


def tool(name: str) -> str:
    """The path of a renderer; the test fails (not skips) without it: CI installs it."""
    path = shutil.which(name)
    if path is None:
        pytest.fail(
            f"{name} is missing: install the Debian package {DEBIAN[name]} "
            "(.ci/run installs it) to check exported figures with a second renderer"
        )
    return path


def qt_svg(path: Path, width: int, height: int) -> np.ndarray:
    """The SVG drawn by Qt's own renderer at width x height."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    QSvgRenderer(str(path)).render(painter, QRectF(0, 0, width, height))
    painter.end()
    return pixels(image)


def rsvg(path: Path, out: Path, width: int, height: int) -> np.ndarray:
    """The SVG drawn by librsvg (rsvg-convert) at width x height, on white."""
    subprocess.run(
        [tool("rsvg-convert"), "-w", str(width), "-h", str(height), "-b", "white",
         "-o", str(out), str(path)],
        check=True,
        timeout=60,
    )  # fmt: skip
    return pixels(QImage(str(out)))


def poppler(path: Path, out: Path, width: int, height: int) -> np.ndarray:
    """The PDF's page drawn by poppler (pdftoppm) at width x height."""
    subprocess.run(
        [tool("pdftoppm"), "-png", "-singlefile", "-scale-to-x", str(width), "-scale-to-y",
         str(height), str(path), str(out.with_suffix(""))],
        check=True,
        timeout=60,
    )  # fmt: skip
    return pixels(QImage(str(out)))


def ink(image: np.ndarray) -> np.ndarray:
    """Where the picture has ink: any channel clearly darker than the white ground."""
    return image.min(axis=-1) < INK


def dilate(mask: np.ndarray, radius: int) -> np.ndarray:
    """``mask`` grown by ``radius`` pixels in every direction (a square neighbourhood)."""
    out = mask.copy()
    for dy in range(-radius, radius + 1):
        for dx in range(-radius, radius + 1):
            out |= np.roll(np.roll(mask, dy, axis=0), dx, axis=1)
    return out


def outside_areas(shape: tuple[int, int], info: render.RenderInfo, scale: float) -> np.ndarray:
    """True outside every plot area (by a margin of 2 pixels, for the axis lines)."""
    mask = np.ones(shape, dtype=bool)
    for area in info.plot_areas:
        top = max(int(area.top() * scale) - 2, 0)
        left = max(int(area.left() * scale) - 2, 0)
        bottom = int(area.bottom() * scale) + 3
        right = int(area.right() * scale) + 3
        mask[top:bottom, left:right] = False
    return mask


def stray_ink(reference: np.ndarray, other: np.ndarray, outside: np.ndarray) -> float:
    """Share of the pixels outside the plots where ``other`` has ink and the PNG none near."""
    stray = ink(other) & ~dilate(ink(reference), 3) & outside
    return float(stray.sum()) / max(int(outside.sum()), 1)


def layout_info(figure: Figure, width: int) -> tuple[render.RenderInfo, float]:
    """Where the renderer puts the plots of ``figure`` at ``width``, and the scale."""
    _, info = render.render_image(figure, width)
    return info, width / info.width
