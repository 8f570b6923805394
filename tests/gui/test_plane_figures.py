"""The classification lab's panels as figures, and what the renderer gained for them.

The renderer: a raster (the plane's shading) stretched over its extent and
cut to the axes in PNG, SVG and PDF alike, more marker shapes, plots without
axes, boxes drawn square, captions that keep "name = value" on one line.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage

from gui.export import export_figure
from gui.figures import render
from gui.figures.drawing import CAPTION_PX, font, wrap
from gui.figures.model import Axis, Cell, Figure, Image, Line, Markers, Plot
from gui.figures.plot_painter import SYMBOLS, symbol_path
from tests.gui.figure_checks import poppler, qt_svg, rsvg
from tests.gui.images import pixels

RED, BLUE = (200, 30, 30), (30, 30, 200)


# --------------------------------------------------------------------- renderer
def _two_rows() -> Image:
    """Two rows of four pixels: red at the bottom (row 0), blue on top, reaching past the axes."""
    rgba = np.zeros((2, 4, 4), dtype=np.uint8)
    rgba[0, :, :3], rgba[1, :, :3] = RED, BLUE
    rgba[..., 3] = 255
    return Image(rgba, (-1.0, 5.0, -1.0, 3.0))


def _near(image: np.ndarray, point: QPointF, color: tuple[int, int, int], scale: float) -> bool:
    pixel = image[round(point.y() * scale), round(point.x() * scale)].astype(int)
    return bool(np.abs(pixel - np.array(color)).max() <= 40)


def test_a_raster_lies_rows_upwards_over_its_extent_cut_at_the_axes_in_every_format(qapp, tmp_path):
    plot = Plot(Axis("x", 0.0, 4.0), Axis("y", 0.0, 2.0), (_two_rows(),))
    figure = Figure((Cell(plot),), aspect=0.6, design_width=400)
    width = 800
    _, info = render.render_image(figure, width)
    (area,) = info.plot_areas
    scale = width / info.width
    png, svg, pdf = (tmp_path / f"raster.{ext}" for ext in ("png", "svg", "pdf"))
    for path in (png, svg, pdf):
        export_figure(figure, path, width)
    reference = pixels(QImage(str(png)))
    height = reference.shape[0]
    assert b"<image" in svg.read_bytes() and b"/Subtype /Image" in pdf.read_bytes()
    renderings = {
        "PNG": reference,
        "Qt SVG": qt_svg(svg, width, height),
        "rsvg-convert": rsvg(svg, tmp_path / "raster-rsvg.png", width, height),
        "pdftoppm": poppler(pdf, tmp_path / "raster-pdf.png", width, height),
    }
    c = area.center()
    lower = QPointF(c.x(), area.top() + 0.75 * area.height())  # y = 0.5: row 0
    upper = QPointF(c.x(), area.top() + 0.25 * area.height())  # y = 1.5: row 1
    for name, image in renderings.items():
        assert _near(image, lower, RED, scale), name
        assert _near(image, upper, BLUE, scale), name
        # The extent reaches a unit beyond the axes: none of it is drawn there.
        for outside in (
            QPointF(area.right() + 6, c.y()),
            QPointF(c.x(), area.top() - 6),
            QPointF(area.left() - 30, c.y()),
        ):
            assert _near(image, outside, (255, 255, 255), scale), (name, outside)


def test_a_raster_refuses_what_is_not_one():
    with pytest.raises(ValueError, match="rgba"):
        Image(np.zeros((2, 2, 3), dtype=np.uint8), (0, 1, 0, 1))
    with pytest.raises(ValueError, match="rgba"):
        Image(np.zeros((2, 2, 4)), (0, 1, 0, 1))
    with pytest.raises(ValueError, match="extent"):
        Image(np.zeros((2, 2, 4), dtype=np.uint8), (1, 0, 0, 1))
    with pytest.raises(ValueError, match="y_scale"):
        Plot(Axis("x", 0, 1), Axis("y", 0, 1), (), y_scale=0.0)
    with pytest.raises(ValueError, match="join"):
        Line([0, 1], [0, 1], "#000000", join="bevel")  # type: ignore[arg-type]


@pytest.mark.parametrize("symbol", SYMBOLS)
def test_every_marker_shape_fits_its_size(qapp, symbol):
    box = symbol_path(symbol, 20.0).boundingRect()
    assert box.width() <= 20.0 + 1e-9 and box.height() <= 20.0 + 1e-9
    assert box.width() >= 10.0 and box.height() >= 10.0


@pytest.mark.parametrize(
    ("symbol", "tip"),
    [("t", (0, -1)), ("t-down", (0, 1)), ("t-right", (1, 0)), ("t-left", (-1, 0))],
)
def test_triangles_point_where_their_names_say(qapp, symbol, tip):
    path = symbol_path(symbol, 20.0)
    corners = [path.elementAt(i) for i in range(path.elementCount())]
    # The corner farthest along the named direction is the tip, on the centre line.
    far = max(corners, key=lambda e: e.x * tip[0] + e.y * tip[1])
    assert far.x * tip[0] + far.y * tip[1] == pytest.approx(10.0)
    assert abs(far.x * tip[1] + far.y * tip[0]) < 1e-9


def test_a_plot_without_frame_draws_no_axes_and_equal_units_follow_y_scale(qapp):
    marker = Markers([0.5], [0.5], "h", 12, "#303030")
    framed = Plot(Axis("x", 0, 1), Axis("y", 0, 1), (marker,))
    bare = Plot(Axis("x", 0, 1), Axis("y", 0, 1), (marker,), frame=False)
    for plot, ink in ((framed, True), (bare, False)):
        image, info = render.render_image(Figure((Cell(plot),), design_width=300), 300)
        array = pixels(image)
        (area,) = info.plot_areas
        # Left of the plot area: tick labels and the axis, or nothing at all.
        strip = array[:, : max(int(area.left()) - 1, 1)]
        assert bool((strip < 128).any()) == ink
    # x runs over 2 units, y over 1: drawn twice as long per unit, the box is square.
    square = Plot(Axis("x", 0, 2), Axis("y", 0, 1), (), equal_aspect=True, y_scale=2.0)
    _, info = render.render_image(Figure((Cell(square),), aspect=0.5, design_width=600), 600)
    (area,) = info.plot_areas
    assert area.width() == pytest.approx(area.height())


def test_a_caption_never_breaks_next_to_the_equals_sign_of_a_setting(qapp):
    text = "Degree 2, monomial basis · λ₁ = 0 · λ₂ = 0.001 · K-means on the paraboloid (h = 2.5)"
    f = font(CAPTION_PX)
    words = text.split()
    for width in range(60, 700, 7):
        lines = wrap(text, f, float(width))
        assert " ".join(lines).split() == words  # nothing lost, nothing added
        for line in lines:
            assert not line.endswith("=") and not line.startswith("="), (width, lines)
