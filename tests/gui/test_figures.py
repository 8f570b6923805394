"""Figures for slides and papers: every panel rendered fresh, alike in PNG, SVG and PDF."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QMouseEvent
from PySide6.QtWidgets import QApplication

from core.validation import (
    PenaltyMix,
    coef_grid,
    errors_vs_degree,
    lambda_sweep,
    penalty_mix,
    reduce_split,
)
from gui.export import export_figure
from gui.figures import render
from gui.figures.model import Bars, Line, Markers, Note, Plot, Table, TextPanel
from gui.figures.snapshot import SnapshotSeries, snapshot_of_window
from gui.figures.sources import curve_frames
from gui.panel_numbers import CLIP_FACTOR
from gui.sweep import Sweep
from tests.gui.figure_checks import (
    layout_info,
    outside_areas,
    poppler,
    qt_svg,
    rsvg,
    stray_ink,
)
from tests.gui.images import differing_fraction, pixels

ROOT = Path(__file__).resolve().parents[2]
PANELS = ("plot", "coefficients", "validation", "path", "entropy", "window")
WIDTH = 1200


@pytest.fixture
def lab(window):
    """The textbook data at degree 12 (a wild curve), bootstrap fits and the true function on."""
    window.load_example()
    window.state.set_model(window.state.model_with(degree=12, show_true_function=True))
    window.action_table.variance.setChecked(True)
    window.wait_for_panels()
    return window


def _strings(figure) -> list[str]:
    """Every text a figure draws."""
    out = [figure.caption]
    for cell in figure.cells:
        c = cell.content
        if isinstance(c, Plot):
            out += [c.title, c.x.label, c.y.label]
            out += [t for axis in (c.x, c.y) for _, t in (axis.ticks or ())]
            out += [e.text for e in c.legend]
            out += [i.text for i in c.items if isinstance(i, Note)]
        elif isinstance(c, TextPanel):
            out.append(c.title)
            for block in c.blocks:
                if isinstance(block, Table):
                    out += [block.title, *block.header, *(t for row in block.rows for t in row)]
                else:
                    out.append(block)
    out += [e.text for e in figure.legend]
    return out


def test_svg_and_pdf_of_every_panel_look_like_the_png_in_two_renderers(lab, tmp_path):
    for key in PANELS:
        figure = lab.image_export.figure(key)
        png, svg, pdf = (tmp_path / f"{key}.{ext}" for ext in ("png", "svg", "pdf"))
        for path in (png, svg, pdf):
            export_figure(figure, path, WIDTH)
        reference = pixels(QImage(str(png)))
        height, width = reference.shape[:2]
        info, scale = layout_info(figure, WIDTH)
        outside = outside_areas((height, width), info, scale)
        renderings = {
            "Qt SVG": qt_svg(svg, width, height),
            "rsvg-convert": rsvg(svg, tmp_path / f"{key}-rsvg.png", width, height),
            "pdftoppm": poppler(pdf, tmp_path / f"{key}-pdf.png", width, height),
        }
        for name, other in renderings.items():
            differing = differing_fraction(reference, other)
            assert differing < 0.02, f"{key}: {name} differs from the PNG in {differing:.2%}"
            stray = stray_ink(reference, other, outside)
            assert stray < 2e-4, f"{key}: {name} has ink outside the plots: {stray:.3%}"


def test_svg_strokes_do_not_rely_on_non_scaling_stroke_and_curves_stay_in_their_plot(lab, tmp_path):
    figure = lab.image_export.figure("plot")
    path = tmp_path / "plot.svg"
    export_figure(figure, path, WIDTH)
    text = path.read_text(encoding="utf-8")
    assert "non-scaling-stroke" not in text
    root = ET.fromstring(text)
    assert root.get("width") == f"{WIDTH}px"
    info, _ = layout_info(figure, WIDTH)
    (area,) = info.plot_areas
    fitted = [
        g for g in root.iter() if g.get("stroke") == "#c81e2d" and g.get("stroke-opacity") == "1"
    ]
    assert fitted, "the fitted curve is in the SVG"
    coordinates = []
    for group in fitted:
        assert group.get("transform") in (None, "matrix(1,0,0,1,0,0)")
        for shape in group.iter():
            d = shape.get("d") or shape.get("points") or ""
            coordinates += [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?(?:e-?\d+)?", d)]
    xs, ys = np.array(coordinates[0::2]), np.array(coordinates[1::2])
    assert xs.size > 500  # the curve, sampled finely
    tolerance = 0.01
    assert xs.min() >= area.left() - tolerance and xs.max() <= area.right() + tolerance
    assert ys.min() >= area.top() - tolerance and ys.max() <= area.bottom() + tolerance
    # The degree-12 curve does leave the view: it touches the plot's top or bottom edge.
    assert np.isclose(ys, area.top(), atol=0.01).any() or np.isclose(ys, area.bottom()).any()


def test_figures_hold_no_controls_and_state_the_model(lab):
    controls = ("Log scale", "Use best", "CV folds", "Leave-one-out", "Point at", "Symmetric log")
    for key in PANELS:
        figure = lab.image_export.figure(key)
        texts = " ".join(_strings(figure))
        for word in controls:
            assert word not in texts, (key, word)
        if key == "entropy":
            assert "unit: bits" in figure.caption
            assert "p = (0.5, 0.25, 0.25)" in figure.caption
        else:
            assert figure.caption.startswith("Degree 12, monomial basis · λ₁ = 0 · λ₂ = 0")
            assert "N train 10 / N test 10" in figure.caption
            fit = lab.state.fit
            assert f"{np.sqrt(fit.test_mse):.4g}" in figure.caption
        assert lab.image_export.figure(key, caption=False).caption == ""


def test_caption_can_be_switched_off(lab, tmp_path):
    with_caption, without = tmp_path / "a.png", tmp_path / "b.png"
    assert lab.image_export.export_image("plot", str(with_caption), 800)
    assert lab.image_export.export_image("plot", str(without), 800, caption=False)
    assert QImage(str(without)).height() < QImage(str(with_caption)).height()


def _assert_window_figure_is_at_degree(window, degree):
    """The path and λ curves of the "window" export are the core's at ``degree``."""
    figure = window.image_export.figure("window")
    assert figure.caption.startswith(f"Degree {degree},")
    _, _, path, _, errors_vs_lambda = figure.plots()
    p = window.state.points
    data = reduce_split(p.x, p.y, p.is_test, "monomial", window.state.domain)
    lambdas = window.curve_lab.path.lambdas
    coef = coef_grid(data.train.truncated(degree), lambdas, PenaltyMix(0.0))
    lines = [i for i in path.items if isinstance(i, Line)]
    assert len(lines) == degree + 1  # one line per coefficient of this degree
    top = path.y.hi
    for k, line in enumerate(lines):
        np.testing.assert_allclose(
            line.y, np.clip(coef[:, k], -CLIP_FACTOR * top, CLIP_FACTOR * top), rtol=1e-9
        )
    train = next(i for i in errors_vs_lambda.items if isinstance(i, Line))
    expected = lambda_sweep(data, degree, lambdas, PenaltyMix(0.0)).train_rmse
    top = errors_vs_lambda.y.hi
    np.testing.assert_allclose(train.y, np.minimum(expected, CLIP_FACTOR * top), rtol=1e-9)


def test_window_export_draws_current_numbers_with_the_panels_docks_closed(window, qtbot):
    window.load_example()
    window.curve_lab.controls.degree.spin.setValue(3)
    window.wait_for_panels()
    for dock in (window.curve_lab.docks.validation, window.curve_lab.docks.path):
        dock.close()
    window.curve_lab.controls.degree.spin.setValue(12)
    _assert_window_figure_is_at_degree(window, 12)


def test_window_export_from_the_entropy_room_draws_the_current_curves(window, qtbot):
    window.load_example()
    window.curve_lab.controls.degree.spin.setValue(3)
    window.wait_for_panels()
    window.curve_lab.controls.degree.spin.setValue(12)
    window.wait_for_panels()
    window.rooms.show_room("entropy")
    window.action_table.undo.trigger()  # back to degree 3, out of sight of every panel
    assert window.state.model.degree == 3
    _assert_window_figure_is_at_degree(window, 3)


def test_hovering_a_bar_leaves_the_coefficient_figure_as_it_was(lab, tmp_path):
    before = tmp_path / "before.png"
    lab.image_export.write("coefficients", str(before), 800)
    panel = lab.curve_lab.coefficients
    view = panel.plot.getViewBox()
    scene_point = view.mapViewToScene(QPointF(3, 0.0))
    viewport = panel.plot_widget.viewport()
    local = QPointF(panel.plot_widget.mapFromScene(scene_point))
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        local,
        viewport.mapToGlobal(local),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, event)
    QApplication.processEvents()
    assert panel.hover_index() == 3  # the screen shows the hover outline and readout
    after = tmp_path / "after.png"
    lab.image_export.write("coefficients", str(after), 800)
    assert pixels(QImage(str(before))).tobytes() == pixels(QImage(str(after))).tobytes()


def test_exports_keep_the_normal_look_in_presentation_mode(lab, tmp_path):
    normal = tmp_path / "normal.png"
    lab.image_export.write("plot", str(normal), 800)
    lab.action_table.presentation.setChecked(True)
    try:
        presenting = tmp_path / "presenting.png"
        lab.image_export.write("plot", str(presenting), 800)
    finally:
        lab.action_table.presentation.setChecked(False)
    assert pixels(QImage(str(normal))).tobytes() == pixels(QImage(str(presenting))).tobytes()


def test_entropy_figure_has_every_outcome_not_the_scrolled_part(window):
    words = " ".join(f"w{i}" * 1 for i in range(30)) + " w0 w0 w1"
    window.entropy_panel.show_distribution(words, "words")
    figure = window.image_export.figure("entropy")
    (panel,) = [c.content for c in figure.cells if isinstance(c.content, TextPanel)]
    huffman = next(b for b in panel.blocks if isinstance(b, Table) and b.header)
    assert len(huffman.rows) == 30
    assert huffman.rows[0][0] == "w0"  # most likely first
    (p_bars,) = [i for i in figure.plots()[0].items if isinstance(i, Bars)]
    assert p_bars.x.size == 30
    assert "30 outcomes" in figure.caption and "word frequencies" in figure.caption


def test_entropy_caption_quotes_the_last_readable_text_while_the_input_cannot_be_read(window):
    panel = window.entropy_panel
    panel.show_distribution("abracadabra", "characters")
    panel.input_box.input_edit.setPlainText("   ")  # nothing to count: the results go stale
    assert not panel.input_valid
    figure = window.image_export.figure("entropy")
    assert "character frequencies of “abracadabra”" in figure.caption
    assert "5 outcomes" in figure.caption


def test_entropy_figure_compares_with_q_as_the_panel_does(window):
    panel = window.entropy_panel
    panel.show_distribution("0.5 0.25 0.25")
    box = panel.divergence_box
    box.model_edit.setPlainText("2 1 1")  # normalized: q = (0.5, 0.25, 0.25)
    figure = window.image_export.figure("entropy")
    (numbers,) = [c.content for c in figure.cells if isinstance(c.content, TextPanel)]
    rows = dict(numbers.blocks[0].rows)
    assert rows["Cross-entropy H(p, q)"] == box.cross_entropy_value.text() == "1.5000 bits"
    assert rows["KL(p‖q)"] == box.kl_value.text() == "0.0000 bits"
    box.model_edit.setPlainText("0.5 0.5")  # two values for three outcomes: no comparison
    numbers = next(c.content for c in window.image_export.figure("entropy").cells
                   if isinstance(c.content, TextPanel))  # fmt: skip
    assert "KL(p‖q)" not in dict(numbers.blocks[0].rows)


def test_copy_figure_puts_a_hidpi_image_and_an_svg_on_the_clipboard(lab):
    assert lab.image_export.copy_figure("coefficients")
    data = QGuiApplication.clipboard().mimeData()
    image = QGuiApplication.clipboard().image()
    figure = lab.image_export.figure("coefficients")
    assert image.width() == round(2 * figure.design_width)
    assert b"<svg" in bytes(data.data("image/svg+xml"))


def test_copy_figure_takes_the_panel_under_the_mouse(lab):
    for key, widget in (("coefficients", lab.curve_lab.coefficients), ("plot", lab.curve_lab.plot)):
        lab.image_export.panel_widget(key)  # its dock brought forward
        assert lab.image_export.key_at(widget.mapToGlobal(widget.rect().center())) == key
    assert lab.image_export.key_at(QPoint(-10_000, -10_000)) is None


def test_copy_figure_action_is_ctrl_shift_c_in_the_edit_menu(lab):
    action = lab.action_table.copy_figure
    assert action.shortcut().toString() == "Ctrl+Shift+C"
    assert action in lab.menus.edit.actions()
    assert lab.action_table.export_animation in lab.menus.file.actions()


def test_a_degree_sweep_shows_the_curve_going_wild(lab):
    base = snapshot_of_window(lab)
    sweep = Sweep("degree", 1, 15, 0, 3.0)
    figures = list(curve_frames(base, "plot", sweep, True))
    assert [f.caption.split(",")[0] for f in figures] == [f"Degree {d}" for d in range(1, 16)]

    def escaped(figure) -> float:
        # Share of the fitted curve's samples outside the plot's y range.
        plot = figure.plots()[0]
        curve = next(i for i in plot.items if isinstance(i, Line) and i.width == 2.5)
        return float(np.mean((curve.y < plot.y.lo) | (curve.y > plot.y.hi)))

    assert escaped(figures[0]) == 0.0 and escaped(figures[2]) == 0.0
    assert escaped(figures[-1]) > 0.02
    # The legend stays in one corner for the whole animation.
    assert len({f.plots()[0].legend_at for f in figures}) == 1


@pytest.mark.parametrize(
    "sweep", [Sweep("degree", 2, 5, 0, 3.0), Sweep("l1", 1e-6, 1e-2, 3, 3.0)], ids=str
)
def test_sweep_frames_share_work_but_every_number_is_the_frames_own(lab, sweep):
    base = snapshot_of_window(lab)
    series = SnapshotSeries(base, "window")
    p = base.points
    data = reduce_split(p.x, p.y, p.is_test, "monomial", base.domain)
    for model in sweep.models(base.model):
        frame = series.at(model)
        mix, _ = penalty_mix(model.l1, model.l2)
        train = data.train.truncated(model.degree)
        np.testing.assert_allclose(
            frame.path, coef_grid(train, base.lambdas, mix), rtol=1e-9, atol=1e-12
        )
        v = frame.validation
        expected = errors_vs_degree(data, model.l1, model.l2)
        np.testing.assert_allclose(v.degree_curve.test_rmse, expected.test_rmse, rtol=1e-9)
        assert v.sweep.degree == model.degree
        expected = lambda_sweep(data, model.degree, base.lambdas, mix)
        np.testing.assert_allclose(v.sweep.test_rmse, expected.test_rmse, rtol=1e-9)
        assert frame.fit.degree == model.degree and frame.fit.l1 == model.l1


def test_gif_export_of_a_sweep(lab, tmp_path):
    from PIL import Image

    path = tmp_path / "sweep.gif"
    sweep = Sweep("degree", 1, 15, 0, 4.0)
    lab.image_export.write_sweep("plot", str(path), sweep, 400)
    with Image.open(path) as gif:
        assert gif.n_frames == 15
        assert gif.info["loop"] == 0
        assert gif.info["duration"] == 250
        gif.seek(0)
        first = np.asarray(gif.convert("RGB"))
        gif.seek(14)
        last = np.asarray(gif.convert("RGB"))
    assert first.shape == last.shape and (first != last).any()


def test_apng_export_of_an_l2_sweep(lab, tmp_path):
    from PIL import Image

    path = tmp_path / "ridge.apng"
    sweep = Sweep("l2", 1e-6, 1.0, 4, 8.0)
    lab.image_export.write_sweep("coefficients", str(path), sweep, 400, caption=False)
    with Image.open(path) as apng:
        assert apng.format == "PNG" and apng.n_frames == 4


@pytest.mark.parametrize(
    ("fields", "name"),
    [
        (("speed", 0, 3, 0, 3.0), "parameter"),
        (("degree", 0, 31, 0, 3.0), "stop"),
        (("degree", 1.5, 3, 0, 3.0), "start"),
        (("l1", 0.0, 1.0, 10, 3.0), "start"),
        (("l2", 1e-3, 1.0, 1, 3.0), "frames"),
        (("l2", 1e-3, 1.0, 10, 0.0), "fps"),
    ],
)
def test_sweep_refuses_what_it_cannot_play(fields, name):
    with pytest.raises(ValueError, match=f"^{name} "):
        Sweep(*fields)


def test_sweep_values_and_durations():
    degree = Sweep("degree", 5, 2, 0, 2.0)
    assert degree.values().tolist() == [5, 4, 3, 2] and degree.frames == 4
    ridge = Sweep("l2", 1e-4, 1.0, 5, 10.0)
    np.testing.assert_allclose(ridge.values(), [1e-4, 1e-3, 1e-2, 1e-1, 1.0])
    assert ridge.durations_ms() == [100, 100, 100, 100, 1600]


def _played(control, qtbot, window):
    control.player.interval_ms = 1
    steps = window.undo_stack.count()
    control.play.click()
    assert control.player.running
    qtbot.waitUntil(lambda: not control.player.running, timeout=10_000)
    assert not control.play.isChecked()
    return window.undo_stack.count() - steps


def test_degree_play_button_animates_to_the_top_as_one_undo_step(lab, qtbot):
    control = lab.curve_lab.controls.degree
    assert _played(control, qtbot, lab) == 1
    assert lab.state.model.degree == control.slider.maximum() == 30
    lab.action_table.undo.trigger()
    assert lab.state.model.degree == 12
    # From the top, play starts again at the bottom (and, back at the top where it
    # started, the run leaves no step to undo, like a drag that returns).
    lab.action_table.redo.trigger()
    seen = []
    lab.state.model_changed.connect(lambda: seen.append(lab.state.model.degree))
    assert _played(control, qtbot, lab) == 0
    assert seen[0] == 0 and seen == sorted(seen) and seen[-1] == 30


def test_strength_play_button_sweeps_l2_from_off_to_its_end(lab, qtbot):
    control = lab.curve_lab.controls.l2
    assert lab.state.model.l2 == 0
    assert _played(control, qtbot, lab) == 1
    assert lab.state.model.l2 == pytest.approx(100.0)
    lab.action_table.undo.trigger()
    assert lab.state.model.l2 == 0


def test_pressing_play_again_stops_where_it_is(lab, qtbot):
    control = lab.curve_lab.controls.degree
    control.player.interval_ms = 20
    control.play.click()
    qtbot.waitUntil(lambda: lab.state.model.degree >= 14, timeout=10_000)
    control.play.click()
    stopped = lab.state.model.degree
    qtbot.wait(100)
    assert not control.player.running and lab.state.model.degree == stopped < 30
    assert lab.undo_stack.undoText() == "Change degree"


def test_taking_the_slider_stops_the_animation(lab, qtbot):
    control = lab.curve_lab.controls.l1
    control.player.interval_ms = 20
    control.play.click()
    qtbot.waitUntil(lambda: lab.state.model.l1 > 0, timeout=10_000)
    control.slider.sliderPressed.emit()
    assert not control.player.running


def test_a_figure_plot_clips_markers_that_straddle_its_edge(qapp, tmp_path):
    from gui.figures.model import Axis, Cell, Figure

    # A big dot centred on the right edge: half of it is drawn, none beyond the axis.
    plot = Plot(Axis("x", 0, 1), Axis("y", 0, 1), (Markers([1.0], [0.5], "o", 40, "#000000"),))
    figure = Figure((Cell(plot),), aspect=0.5, design_width=400)
    image, info = render.render_image(figure, 400)
    (area,) = info.plot_areas
    array = pixels(image)
    y = round(area.center().y())
    inside = array[y, round(area.right()) - 15 : round(area.right()) - 2]
    beyond = array[y, round(area.right()) + 2 : round(area.right()) + 15]
    assert (inside < 60).all() and (beyond > 250).all()


def test_quitting_after_copy_figure_exits_cleanly(tmp_path):
    # Qt deletes the clipboard's data after Python's teardown unless it is handed over first.
    script = textwrap.dedent(
        f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from PySide6.QtCore import QSettings
        from gui.app import application
        from gui.main_window import MainWindow
        app = application()
        settings = QSettings({str(tmp_path / "s.ini")!r}, QSettings.Format.IniFormat)
        window = MainWindow(settings=settings, data_dir=Path({str(tmp_path)!r}))
        window.show()
        window.load_example()
        assert window.image_export.copy_figure("plot")
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert proc.returncode == 0, proc.stderr[-2000:]


def test_the_command_line_offers_exactly_the_windows_panels_and_sweeps(window):
    from cli import export_command

    assert set(window.image_export.panels()) == set(export_command.PANELS)
    assert set(window.image_export.sweepable()) == set(export_command.SWEEP_PANELS)
