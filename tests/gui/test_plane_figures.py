"""The classification lab's panels as figures, and what the renderer gained for them.

The renderer: a raster (the plane's shading) stretched over its extent and
cut to the axes in PNG, SVG and PDF alike, more marker shapes, plots without
axes, boxes drawn square, captions that keep "name = value" on one line.
"""

from __future__ import annotations

import dataclasses
import itertools

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage

from core.lifted_view import edge_on_view, oblique_view, principal_view
from core.logistic_validation import cross_validate, curve_vs_degree
from core.plane import Box
from core.scenarios import load_scenarios, plane_scenario_data
from core.session_file import SessionData
from core.validation import PenaltyMix
from gui.export import export_figure
from gui.figures import render
from gui.figures.drawing import CAPTION_PX, font, wrap
from gui.figures.model import (
    Axis,
    Bars,
    Cell,
    Figure,
    Image,
    Line,
    Markers,
    Plot,
    Rule,
    TextPanel,
)
from gui.figures.plane import CENTROID_SIZE, FIGURE_SYMBOLS, POINT_SIZE
from gui.figures.plot_painter import SYMBOLS, symbol_path
from gui.plane_plot import BOUNDARY_COLOR, CLASS_COLORS, MISCLASSIFIED_COLOR, probability_tint
from gui.plot_style import CV_COLOR, TRAIN_COLOR, hex_color
from tests.gui.figure_checks import (
    layout_info,
    outside_areas,
    poppler,
    qt_svg,
    rsvg,
    stray_ink,
)
from tests.gui.images import differing_fraction, pixels
from tests.gui.test_plane_lab import in_plane, rings, set_model

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


# ------------------------------------------------------------------ the figures
KEYS = ("plane", "plane-coefficients", "plane-validation", "lifted")


@pytest.fixture
def lab(window):
    """Two noisy rings, 60 training and 40 test points, fitted at degree 2 with a little L2."""
    in_plane(window, rings(60, 40, 1))
    set_model(window, degree=2, l2=1e-3)
    window.wait_for_panels()
    return window


def _items(plot: Plot, kind: type) -> list:
    return [item for item in plot.items if isinstance(item, kind)]


def _pairs(x: np.ndarray, y: np.ndarray) -> list[tuple[float, float]]:
    return sorted(zip(np.asarray(x).tolist(), np.asarray(y).tolist(), strict=True))


def _strings(figure: Figure) -> list[str]:
    """Every text a figure draws."""
    out = [figure.caption, *(e.text for e in figure.legend)]
    for cell in figure.cells:
        c = cell.content
        if isinstance(c, Plot):
            out += [c.title, c.x.label, c.y.label, *(e.text for e in c.legend)]
            out += [t for axis in (c.x, c.y) for _, t in (axis.ticks or ())]
        else:
            out += [c.title, *(b for b in c.blocks if isinstance(b, str))]
    return out


def test_the_plane_figure_draws_the_points_the_fit_and_its_boundary(lab, tmp_path):
    path = lab.image_export.write("plane", str(tmp_path / "plane.png"), 900)
    assert QImage(str(path)).width() == 900
    figure = lab.image_export.figure("plane")
    (plot,) = figure.plots()
    s = lab.plane_state
    p, fit = s.points, s.fit
    assert (plot.x.label, plot.y.label) == ("x₁", "x₂")
    assert plot.equal_aspect and plot.y_scale == 1.0
    # The box and every point, whatever the screen's zoom.
    assert plot.x.lo < min(s.box.x1lo, p.x1.min()) and plot.x.hi > max(s.box.x1hi, p.x1.max())
    assert plot.y.lo < min(s.box.x2lo, p.x2.min()) and plot.y.hi > max(s.box.x2hi, p.x2.max())
    markers = _items(plot, Markers)
    for label in (0, 1):
        color = hex_color(CLASS_COLORS[label])
        for test, chosen in ((False, markers), (True, markers)):
            if test:
                drawn = [m for m in chosen if m.edge == color and m.fill == "#ffffff"]
            else:
                drawn = [m for m in chosen if m.fill == color]
            xs = np.concatenate([m.x for m in drawn])
            ys = np.concatenate([m.y for m in drawn])
            expected = (p.label == label) & (p.is_test == test)
            assert _pairs(xs, ys) == _pairs(p.x1[expected], p.x2[expected])
    (ring,) = [m for m in markers if m.edge == hex_color(MISCLASSIFIED_COLOR)]
    assert fit.misclassified.any()
    assert _pairs(ring.x, ring.y) == _pairs(p.x1[fit.misclassified], p.x2[fit.misclassified])
    # The boundary: where the fit gives p = 1/2 (evaluated point by point, not on a grid).
    (line,) = [i for i in _items(plot, Line) if i.color == hex_color(BOUNDARY_COLOR)]
    keep = np.isfinite(line.x)
    assert keep.sum() > 100
    np.testing.assert_allclose(fit.predict_proba(line.x[keep], line.y[keep]), 0.5, atol=0.01)
    # The shading covers the axes, rows upwards, each pixel the tint of p at its centre.
    (shade,) = _items(plot, Image)
    assert shade.extent == (plot.x.lo, plot.x.hi, plot.y.lo, plot.y.hi)
    rows, columns = shade.rgba.shape[:2]
    r, c = np.meshgrid([0, rows // 2, rows - 1], [0, columns // 2, columns - 1], indexing="ij")
    x0, x1, y0, y1 = shade.extent
    centre_x = x0 + (c + 0.5) * (x1 - x0) / columns
    centre_y = y0 + (r + 0.5) * (y1 - y0) / rows
    expected = probability_tint(fit.predict_proba(centre_x, centre_y).reshape(r.shape))
    np.testing.assert_allclose(shade.rgba[r, c].astype(int), expected.astype(int), atol=2)
    assert [e.text for e in plot.legend] == [
        "Class 0",
        "Class 1",
        "Test point (hollow)",
        "Misclassified",
        "Boundary p = ½",
    ]
    assert figure.caption.startswith(
        "Degree 2, monomial basis · λ₁ = 0 · λ₂ = 0.001 · N train 60 / N test 40 · "
        f"accuracy train {100 * fit.train_accuracy:.1f}% / test {100 * fit.test_accuracy:.1f}%"
    )
    assert f"cross-entropy train {fit.train_cross_entropy_bits:.4g} / test " in figure.caption


def test_a_wide_box_is_drawn_square_as_the_features_see_it(window):
    in_plane(window, rings(40, 0, 2), Box(-3.0, 3.0, -1.0, 1.0))
    figure = window.image_export.figure("plane")
    (plot,) = figure.plots()
    assert plot.y_scale == pytest.approx(3.0)
    _, info = render.render_image(figure, 800)
    (area,) = info.plot_areas
    across = 6.0 / (plot.x.hi - plot.x.lo) * area.width()
    down = 2.0 / (plot.y.hi - plot.y.lo) * area.height()
    assert across == pytest.approx(down, rel=1e-6)


def test_selection_and_presentation_mode_leave_every_figure_as_it_was(lab, tmp_path):
    def exported(name: str) -> dict[str, bytes]:
        out = {}
        for key in KEYS:
            path = tmp_path / f"{key}-{name}.png"
            lab.image_export.write(key, str(path), 600)
            out[key] = pixels(QImage(str(path))).tobytes()
        return out

    before = exported("before")
    lab.plane_lab.plot.select_all()
    assert lab.plane_lab.plot.selected.size == len(lab.plane_state.points)
    assert exported("selected") == before  # no selection ring
    lab.action_table.presentation.setChecked(True)
    try:
        assert exported("presenting") == before
    finally:
        lab.action_table.presentation.setChecked(False)


def test_clusters_keep_their_shapes_and_centroids_in_the_plane_and_on_the_paraboloid(window):
    scenario = next(s for s in load_scenarios() if s.key == "kmeans_lift")
    data = plane_scenario_data(scenario)
    clustering = dataclasses.replace(data.settings.clustering, height=2.5, shown=True)
    data = dataclasses.replace(
        data, settings=dataclasses.replace(data.settings, clustering=clustering)
    )
    window.workspace.restore(SessionData(classification=data))
    window.rooms.show_room("classification")
    window.wait_for_panels()
    shown = window.plane_lab.clustering.shown
    assert shown is not None and shown.labels is not None
    (plot,) = window.image_export.figure("plane").plots()
    points = window.plane_state.points
    drawn = {}
    for m in _items(plot, Markers):
        if m.size == POINT_SIZE:
            drawn.update({xy: m.symbol for xy in zip(m.x.tolist(), m.y.tolist(), strict=True)})
    expected = [FIGURE_SYMBOLS[s] for s in window.plane_lab.plot.cluster_symbols()]
    assert [drawn[xy] for xy in zip(points.x1.tolist(), points.x2.tolist(), strict=True)] == (
        expected
    )
    assert len(set(expected)) == 2  # the two rings, two shapes
    centroids = [m for m in _items(plot, Markers) if m.size == CENTROID_SIZE]
    np.testing.assert_allclose(
        sorted((m.x[0], m.y[0]) for m in centroids), sorted(map(tuple, shown.plane_centroids))
    )
    assert "Cluster centroid" in [e.text for e in plot.legend]
    # The paraboloid: the points where the panel draws them, the centroids lifted.
    panel = window.plane_lab.lifted
    panel.set_mode("paraboloid")
    figure = window.image_export.figure("lifted")
    plot = figure.plots()[0]
    assert not plot.frame and plot.equal_aspect
    u, v, _ = panel.drawn_points()
    small = [m for m in _items(plot, Markers) if m.size == 8.0]
    xs = np.concatenate([m.x for m in small])
    ys = np.concatenate([m.y for m in small])
    np.testing.assert_allclose(_pairs(xs, ys), _pairs(u, v))
    cu, cv = oblique_view(shown.centroids, panel.azimuth, panel.elevation)
    big = [m for m in _items(plot, Markers) if m.size == 18.0]
    np.testing.assert_allclose(sorted((m.x[0], m.y[0]) for m in big), _pairs(cu, cv))
    assert "K-means with K = 2 on the paraboloid (h = 2.5)" in figure.caption
    (note,) = [c.content for c in figure.cells if isinstance(c.content, TextPanel)]
    assert "h = 2.5" in note.blocks[0] and "Drag" not in note.blocks[0]


def test_the_weights_figure_is_the_fit_on_the_panels_scale(lab):
    set_model(lab, degree=8, l1=3e-3, l2=0.0)
    fit = lab.plane_state.fit
    assert fit.n_zero > 5
    (plot,) = lab.image_export.figure("plane-coefficients").plots()
    (bars,) = _items(plot, Bars)
    np.testing.assert_allclose(bars.height, np.abs(fit.coef))
    (zeros,) = _items(plot, Markers)
    assert zeros.x.tolist() == np.flatnonzero(fit.coef == 0).tolist()
    assert plot.title == (
        f"Weights at D = 8: {fit.n_zero} of 45 exactly zero, largest |w| {fit.max_abs_coef:.4g}"
    )
    assert plot.x.label == "feature (grouped by degree i + j)"
    panel = lab.plane_lab.coefficients
    assert [t for _, t in plot.x.ticks] == panel.tick_labels()[: len(plot.x.ticks)]
    panel.log_scale.setChecked(True)
    (bars,) = _items(lab.image_export.figure("plane-coefficients").plots()[0], Bars)
    nonzero = fit.coef != 0
    np.testing.assert_allclose(
        10.0 ** (bars.y0 + bars.height)[nonzero], np.abs(fit.coef[nonzero]), rtol=1e-9
    )
    set_model(lab, degree=2)
    (plot,) = lab.image_export.figure("plane-coefficients").plots()
    named = ["1", "x₁", "x₂", "x₁²", "x₁ x₂", "x₂²"]
    assert [t for _, t in plot.x.ticks] == panel.tick_labels() == named


def test_the_validation_figure_draws_the_current_curves_even_with_nothing_on_screen(lab):
    set_model(lab, degree=3, l2=1e-2)
    lab.hide()  # no panel is visible: they compute for the figure alone
    figure = lab.image_export.figure("plane-validation")
    degree_plot, lambda_plot = figure.plots()
    design = lab.plane_state.design
    p = lab.plane_state.points
    top = degree_plot.y.hi
    train = hex_color(TRAIN_COLOR)
    expected = curve_vs_degree(design, 0.0, 1e-2)
    (line,) = [i for i in _items(degree_plot, Line) if i.color == train]
    np.testing.assert_allclose(line.x, np.arange(11))
    np.testing.assert_allclose(line.y, np.clip(expected.train_bits, 0, 3 * top))
    lambdas = lab.plane_lab.validation.lambdas
    cv = cross_validate(design, 3, lambdas, PenaltyMix(0.0), 5)
    (cv_line,) = [i for i in _items(lambda_plot, Line) if i.color == CV_COLOR]
    assert cv_line.dash
    np.testing.assert_allclose(cv_line.y, np.clip(cv.bits, 0, 3 * top))
    (star,) = [m for m in _items(lambda_plot, Markers) if m.symbol == "star"]
    assert star.x[0] == pytest.approx(np.log10(cv.best_lambda))
    rules = [r.at for plot in (degree_plot, lambda_plot) for r in _items(plot, Rule)]
    assert rules == [3.0, pytest.approx(-2.0)]
    assert degree_plot.y.label == "cross-entropy (bits)"
    assert [e.text for e in figure.legend] == ["train", "test", "5-fold CV", "CV best"]
    assert lambda_plot.title == "Error vs λ at D = 3 (dashed: λ = 0.01)"
    # The error rate, as the panel's measure says.
    panel = lab.plane_lab.validation
    panel.measure.setCurrentIndex(panel.measure.findData("error"))
    degree_plot, _ = lab.image_export.figure("plane-validation").plots()
    assert degree_plot.y.label == "error rate"
    minority = min(np.mean(p.label[~p.is_test]), 1 - np.mean(p.label[~p.is_test]))
    assert degree_plot.y.hi == pytest.approx(max(1.6 * minority, 0.1))
    (line,) = [i for i in _items(degree_plot, Line) if i.color == train]
    np.testing.assert_allclose(line.y, 1.0 - expected.train_accuracy, atol=1e-12)


@pytest.mark.parametrize("mode", ["edge", "pca"])
def test_the_lifted_figure_is_the_panels_view(lab, mode):
    panel = lab.plane_lab.lifted
    panel.set_mode(mode)
    figure = lab.image_export.figure("lifted")
    plot = figure.plots()[0]
    state = lab.plane_state
    if mode == "edge":
        view = edge_on_view(state.design, state.fit)
    else:
        view = principal_view(state.design, 2, state.fit.decision_map().boundary)
    points = [m for m in _items(plot, Markers)]
    xs = np.concatenate([m.x for m in points])
    ys = np.concatenate([m.y for m in points])
    np.testing.assert_allclose(_pairs(xs, ys), _pairs(view.u, view.v), atol=1e-12)
    assert plot.x.label == panel.plot.getAxis("bottom").labelText
    assert plot.y.label == panel.plot.getAxis("left").labelText
    (note,) = [c.content for c in figure.cells if isinstance(c.content, TextPanel)]
    assert note.blocks == (panel.caption.text(),)
    if mode == "edge":
        (rule,) = _items(plot, Rule)
        assert rule.vertical and rule.at == 0.0
        assert plot.x.lo < 0.0 < plot.x.hi
    else:
        (trace,) = _items(plot, Line)
        # The trace's segments, joined: every segment the view has, in order along the curve.
        joined = {
            frozenset(pair)
            for pair in itertools.pairwise(zip(trace.x.tolist(), trace.y.tolist(), strict=True))
        }
        wanted = {frozenset(map(tuple, seg.tolist())) for seg in view.trace}
        assert wanted <= joined and len(joined) <= len(wanted) + 1


def test_nothing_to_draw_still_makes_a_figure(window):
    in_plane(window)  # no points: no fit
    for key in KEYS:
        figure = window.image_export.figure(key)
        assert "N train 0 / N test 0" in figure.caption
        render.render_image(figure, 500)
    (plot,) = window.image_export.figure("plane").plots()
    assert not _items(plot, Image)
    in_plane(window, rings(30, 0, 3))
    set_model(window, degree=0)
    figure = window.image_export.figure("lifted")
    (note,) = [c.content for c in figure.cells if isinstance(c.content, TextPanel)]
    assert note.blocks[0].startswith("Degree 0 has no features to lift")


def test_figures_hold_no_controls_and_state_the_model_in_the_interface_language(lab):
    controls = ("Log scale", "Error measure", "CV folds", "Use best", "Point at", "Drag to turn",
                "View", "Edge-on:", "computing")  # fmt: skip
    for key in KEYS:
        figure = lab.image_export.figure(key)
        texts = " ".join(_strings(figure))
        for word in controls:
            assert word not in texts, (key, word)
        assert figure.caption.startswith("Degree 2, monomial basis")
        assert lab.image_export.figure(key, caption=False).caption == ""
    lab.set_language("zh_CN")
    try:
        for key in KEYS:
            figure = lab.image_export.figure(key)
            assert figure.caption.startswith("次数 2，单项式基"), key
            assert "准确率" in figure.caption and "交叉熵" in figure.caption
        (plot,) = lab.image_export.figure("plane").plots()
        assert [e.text for e in plot.legend][:2] == ["类别 0", "类别 1"]
    finally:
        lab.set_language("en")


def test_svg_and_pdf_of_every_plane_figure_look_like_the_png_with_the_shading_in_the_axes(
    lab, tmp_path
):
    width = 1200
    for key in KEYS:
        figure = lab.image_export.figure(key)
        png, svg, pdf = (tmp_path / f"{key}.{ext}" for ext in ("png", "svg", "pdf"))
        for path in (png, svg, pdf):
            export_figure(figure, path, width)
        reference = pixels(QImage(str(png)))
        height = reference.shape[0]
        info, scale = layout_info(figure, width)
        outside = outside_areas((height, width), info, scale)
        renderings = {
            "PNG": reference,
            "Qt SVG": qt_svg(svg, width, height),
            "rsvg-convert": rsvg(svg, tmp_path / f"{key}-rsvg.png", width, height),
            "pdftoppm": poppler(pdf, tmp_path / f"{key}-pdf.png", width, height),
        }
        for name, other in renderings.items():
            differing = differing_fraction(reference, other)
            assert differing < 0.02, f"{key}: {name} differs from the PNG in {differing:.2%}"
            stray = stray_ink(reference, other, outside)
            assert stray < 2e-4, f"{key}: {name} has ink outside the plots: {stray:.3%}"
            if key != "plane":
                continue
            # The tint fills the axes to their edge and nothing beyond them.
            tinted = other.max(axis=-1).astype(int) - other.min(axis=-1) > 40
            assert tinted[outside].mean() < 1e-3, name
            (area,) = info.plot_areas
            rows = slice(round(area.top() * scale) + 10, round(area.bottom() * scale) - 10)
            for x in (area.left() * scale + 4, area.right() * scale - 4):
                assert tinted[rows, round(x)].mean() > 0.9, (name, x)
