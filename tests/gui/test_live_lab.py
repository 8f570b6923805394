"""The live lab driven as a user drives it: mouse on the plot, controls, undo."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QSlider, QStyle, QStyleOptionSlider

from core.points_csv import PointTable
from core.polyfit import fit
from gui.slider_controls import SLIDER_STEPS, slider_to_strength, strength_to_slider
from tests.gui.conftest import click, drag


def set_points(window, x, y, is_test=None):
    is_test = np.zeros(len(x), bool) if is_test is None else np.asarray(is_test)
    window.state.replace_points(PointTable(np.asarray(x, float), np.asarray(y, float), is_test))
    window.curve_lab.plot.reset_view()


def core_fit(window):
    s = window.state
    p, m = s.points, s.model
    train = ~p.is_test
    return fit(
        p.x[train],
        p.y[train],
        m.degree,
        l1=m.l1,
        l2=m.l2,
        basis=m.basis,
        domain=s.domain,
        penalize_intercept=m.penalize_intercept,
        x_test=p.x[p.is_test],
        y_test=p.y[p.is_test],
    )


def assert_curve_is_core_fit(window):
    x, y = window.curve_lab.plot.curve_data()
    assert x.size > 100
    expected = core_fit(window).predict(x)
    (_, _), (y0, y1) = window.curve_lab.plot.getPlotItem().vb.viewRange()
    visible = (expected > y0) & (expected < y1)
    assert visible.any()
    np.testing.assert_allclose(y[visible], expected[visible], rtol=1e-9, atol=1e-9)


def test_objects_the_design_names_exist(window):
    for name in ("dataPlot", "degreeControl", "l1Control", "l2Control"):
        assert window.findChild(object, name) is not None, name
    assert "[*]" in window.windowTitle()


def test_click_adds_training_point_at_the_cursor_and_shift_click_a_test_point(window):
    set_points(window, [], [])
    click(window, 0.3, 0.4)
    click(window, 0.7, -0.2, modifiers=Qt.KeyboardModifier.ShiftModifier)
    p = window.state.points
    assert p.is_test.tolist() == [False, True]
    # One pixel of tolerance: the click lands on a whole pixel.
    px, py = window.curve_lab.plot.getPlotItem().vb.viewPixelSize()
    assert abs(p.x[0] - 0.3) <= px and abs(p.y[0] - 0.4) <= py
    assert abs(p.x[1] - 0.7) <= px and abs(p.y[1] + 0.2) <= py
    assert window.isWindowModified()


def test_click_noise_is_added_to_y_only(window):
    set_points(window, [], [])
    window.curve_lab.controls.noise.setValue(0.5)
    window.curve_lab.plot.noise_rng = np.random.default_rng(7)
    expected = np.random.default_rng(7).normal(0.0, 0.5, 40)
    for i in range(40):
        click(window, 0.1 + 0.02 * i, 0.0)
    p = window.state.points
    px, py = window.curve_lab.plot.getPlotItem().vb.viewPixelSize()
    assert np.all(np.abs(p.x - (0.1 + 0.02 * np.arange(40))) <= px)
    # y is where the click landed (within a pixel of 0) plus exactly the drawn noise.
    assert np.all(np.abs(p.y - expected) <= py)


def test_drag_moves_a_point_in_one_undo_step(window):
    set_points(window, [0.2, 0.5, 0.8], [0.0, 0.5, 0.0])
    before = window.undo_stack.count()
    drag(window, (0.5, 0.5), (0.6, -0.5))
    p = window.state.points
    px, py = window.curve_lab.plot.getPlotItem().vb.viewPixelSize()
    assert abs(p.x[1] - 0.6) <= 2 * px and abs(p.y[1] + 0.5) <= 2 * py
    assert window.undo_stack.count() == before + 1
    window.undo_stack.undo()
    assert window.state.points.x[1] == 0.5 and window.state.points.y[1] == 0.5


def test_drag_on_empty_space_pans_without_editing(window):
    set_points(window, [0.2, 0.8], [0.0, 0.0])
    x_range = window.curve_lab.plot.getPlotItem().vb.viewRange()[0]
    drag(window, (0.5, 0.1), (0.3, 0.1))
    assert window.state.points.x.tolist() == [0.2, 0.8]
    assert window.curve_lab.plot.getPlotItem().vb.viewRange()[0][0] > x_range[0]


def test_right_click_removes_the_point_under_the_cursor(window):
    set_points(window, [0.2, 0.5, 0.8], [0.0, 0.5, 0.0])
    click(window, 0.5, 0.5, button=Qt.MouseButton.RightButton)
    assert window.state.points.x.tolist() == [0.2, 0.8]
    click(window, 0.35, 0.9, button=Qt.MouseButton.RightButton)  # empty space: nothing
    assert window.state.points.x.size == 2


def test_rubber_band_selection_and_delete(window, qtbot):
    set_points(window, [0.1, 0.3, 0.5, 0.7, 0.9], [0.0, 0.1, 0.2, 0.1, 0.0])
    drag(window, (0.2, 0.35), (0.6, -0.15), modifiers=Qt.KeyboardModifier.ControlModifier)
    assert window.curve_lab.plot.selected.tolist() == [1, 2]
    click(window, 0.9, 0.0, modifiers=Qt.KeyboardModifier.ControlModifier)
    assert window.curve_lab.plot.selected.tolist() == [1, 2, 4]
    window.curve_lab.plot.setFocus()
    qtbot.keyClick(window.curve_lab.plot, Qt.Key.Key_Delete)
    assert window.state.points.x.tolist() == [0.1, 0.7]
    window.undo_stack.undo()
    assert window.state.points.x.tolist() == [0.1, 0.3, 0.5, 0.7, 0.9]


def test_curve_is_the_core_fit_and_follows_each_control(window, qtbot):
    window.load_example()
    assert_curve_is_core_fit(window)
    controls = window.curve_lab.controls
    controls.degree.spin.setValue(9)
    assert window.state.fit.degree == 9
    assert_curve_is_core_fit(window)
    controls.l2.slider.setValue(strength_to_slider(1e-3))
    assert window.state.model.l2 == pytest.approx(1e-3, rel=0.03)
    assert_curve_is_core_fit(window)
    controls.l1.field.setText("0.002")
    controls.l1.field.editingFinished.emit()
    assert window.state.model.l1 == 0.002
    assert_curve_is_core_fit(window)
    controls.basis.setCurrentIndex(1)
    assert window.state.fit.basis == "legendre"
    assert_curve_is_core_fit(window)
    controls.penalize_intercept.setChecked(True)
    assert window.state.fit.penalize_intercept
    assert_curve_is_core_fit(window)


def test_slider_drag_refits_while_moving_and_is_one_undo_step(window, qtbot):
    window.load_example()
    slider: QSlider = window.curve_lab.controls.degree.slider
    start = window.undo_stack.count()
    seen = []
    window.state.fit_changed.connect(lambda: seen.append(window.state.fit.degree))
    slider.sliderPressed.emit()
    for value in range(4, 13):
        slider.setValue(value)  # what a drag does, one position at a time
    slider.sliderReleased.emit()
    assert seen == list(range(4, 13))
    assert window.undo_stack.count() == start + 1
    window.undo_stack.undo()
    assert window.state.model.degree == 3
    window.undo_stack.redo()
    assert window.state.model.degree == 12


def test_real_mouse_drag_on_the_l2_slider(window, qtbot):
    window.load_example()
    window.curve_lab.controls.degree.spin.setValue(9)
    slider = window.curve_lab.controls.l2.slider
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    handle = slider.style().subControlRect(
        QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, slider
    )
    assert slider.value() == 0 and window.state.model.l2 == 0.0
    before = window.undo_stack.count()
    seen = []
    window.state.fit_changed.connect(lambda: seen.append(window.state.fit.l2))
    start = handle.center()
    qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(slider, pos=start + QPoint(step * slider.width() // 10, 0))
    qtbot.mouseRelease(
        slider, Qt.MouseButton.LeftButton, pos=start + QPoint(slider.width() // 2, 0)
    )
    # The fit followed the handle while it moved, to the strength the slider shows.
    assert len(seen) >= 3 and seen == sorted(seen) and seen[-1] > 0
    l2 = slider_to_strength(slider.value())
    assert window.state.model.l2 == window.state.fit.l2 == l2 > 0
    assert window.curve_lab.controls.l2.field.text() == f"{l2:.4g}"
    assert window.undo_stack.count() == before + 1  # the whole drag is one step
    window.undo_stack.undo()
    assert window.state.model.l2 == 0.0 and slider.value() == 0


def test_strength_field_rejects_bad_input_and_keeps_the_value(window):
    control = window.curve_lab.controls.l2
    control.field.setText("0.5")
    control.field.editingFinished.emit()
    assert window.state.model.l2 == 0.5
    for bad in ("-1", "abc", "nan", "inf"):
        control.field.setText(bad)
        control.field.editingFinished.emit()
        assert window.state.model.l2 == 0.5
        assert "not a strength" in window.statusBar().currentMessage()
    # Beyond the limit every fit holds strengths to: refused, not raised from the slot.
    for control_of in (window.curve_lab.controls, window.plane_lab.controls):
        field = control_of.l2.field
        field.setText("1e60")
        field.editingFinished.emit()
        assert "at most 1e+50" in window.statusBar().currentMessage()
        assert field.styleSheet()
    assert window.state.model.l2 == 0.5 and window.plane_state.model.l2 < 1e60
    control.field.setText("off")
    control.field.editingFinished.emit()
    assert window.state.model.l2 == 0.0 and control.slider.value() == 0
    window.set_language("zh_CN")
    try:
        control.field.setText("0.5")
        control.field.editingFinished.emit()
        control.field.setText("关闭")  # "off" in the interface's language
        control.field.editingFinished.emit()
        assert window.state.model.l2 == 0.0
    finally:
        window.set_language("en")


def test_strength_slider_scale_has_an_exact_off_end():
    assert slider_to_strength(0) == 0.0
    assert slider_to_strength(1) == pytest.approx(1e-10)
    assert slider_to_strength(SLIDER_STEPS) == pytest.approx(1e2)
    for value in (1e-9, 1e-4, 0.3, 50.0):
        assert slider_to_strength(strength_to_slider(value)) == pytest.approx(value, rel=0.03)


def test_readouts_show_the_core_numbers(window):
    window.load_example()
    window.curve_lab.controls.degree.spin.setValue(5)
    window.curve_lab.controls.l1.field.setText("0.001")
    window.curve_lab.controls.l1.field.editingFinished.emit()
    window.curve_lab.controls.l2.field.setText("0.0001")
    window.curve_lab.controls.l2.field.editingFinished.emit()
    expected = core_fit(window)
    values = window.curve_lab.readouts.values
    assert values["train_rmse"].text() == f"{math.sqrt(expected.train_mse):.4g}"
    assert values["test_rmse"].text() == f"{math.sqrt(expected.test_mse):.4g}"
    assert values["data_term"].text() == f"{expected.data_term:.4g}"
    assert values["l1_term"].text() == f"{expected.l1_term:.4g}"
    assert values["l2_term"].text() == f"{expected.l2_term:.4g}"
    assert values["objective"].text() == f"{expected.objective:.4g}"
    assert values["n_zero"].text() == f"{expected.n_zero} of 6"
    assert values["max_coef"].text() == f"{expected.max_abs_coef:.4g}"


def test_not_unique_note_and_no_points_message(window):
    set_points(window, [0.1, 0.5, 0.9], [0.0, 1.0, 0.0])
    window.curve_lab.controls.degree.spin.setValue(6)
    assert "Not unique" in window.curve_lab.readouts.note.text()
    window.curve_lab.controls.l2.field.setText("0.01")
    window.curve_lab.controls.l2.field.editingFinished.emit()
    assert "Not unique" not in window.curve_lab.readouts.note.text()
    window.clear_points()
    assert window.state.fit is None
    assert "No training points" in window.curve_lab.readouts.note.text()
    assert window.curve_lab.plot.curve_data()[0].size == 0


def test_view_does_not_rescale_when_the_fit_goes_wild(window):
    window.load_example()
    vb = window.curve_lab.plot.getPlotItem().vb
    before = vb.viewRange()
    window.curve_lab.controls.degree.spin.setValue(30)
    assert vb.viewRange() == before
    _, y = window.curve_lab.plot.curve_data()
    (_, _), (y0, y1) = before
    span = y1 - y0
    assert np.all(y >= y0 - span - 1e-9) and np.all(y <= y1 + span + 1e-9)
    # Reset view brings every point into view.
    window.action_table.reset_view.trigger()
    (x0, x1), (y0, y1) = vb.viewRange()
    p = window.state.points
    assert x0 <= p.x.min() and p.x.max() <= x1 and y0 <= p.y.min() and p.y.max() <= y1


def test_generate_is_reproducible_and_undoable(window):
    gen = window.curve_lab.generator
    gen.n_train.setValue(25)
    gen.seed.setValue(7)
    gen.generate()
    first = window.state.points
    assert np.count_nonzero(~first.is_test) == 25
    window.clear_points()
    gen.generate()
    assert window.state.points == first
    window.undo_stack.undo()
    assert window.state.points.x.size == 0


def test_generate_uses_the_sessions_settings_not_the_fields_rounding(window):
    from core.datasets import generate

    # A session may hold a noise the field shows rounded (3 decimals, at most 100).
    for noise in (0.12345, 250.0):
        g = dataclasses.replace(window.state.generator, noise=noise, n_train=30, n_test=5)
        window.state.set_generator(g)
        window.curve_lab.generator.generate()
        expected = generate(g.preset, g.n_train, g.n_test, noise, g.seed)
        np.testing.assert_array_equal(window.state.points.y, expected.y)
    # A value still being typed counts.
    gen = window.curve_lab.generator
    gen.n_train.lineEdit().setText("12")
    gen.generate()
    assert np.count_nonzero(~window.state.points.is_test) == 12


def _assert_drawn_points_are_the_state(window) -> None:
    p = window.state.points
    for test in (False, True):
        chosen = p.is_test if test else ~p.is_test
        x, y = window.curve_lab.plot.points_data(test)
        np.testing.assert_array_equal(x, p.x[chosen])
        np.testing.assert_array_equal(y, p.y[chosen])


def test_undo_redo_through_a_long_random_sequence_of_edits(window):
    rng = np.random.default_rng(1)
    window.load_example()
    stack = window.undo_stack
    history = {stack.index(): (window.state.points, window.state.model)}
    for _ in range(120):
        action = rng.integers(0, 6)
        n = window.state.points.x.size
        p = window.state.points
        if action == 0 or n < 3:
            shift = rng.random() < 0.3
            mods = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
            click(window, float(rng.uniform(0.05, 0.95)), float(rng.uniform(-1, 1)), modifiers=mods)
        elif action == 1:
            i = int(rng.integers(0, n))
            click(window, float(p.x[i]), float(p.y[i]), button=Qt.MouseButton.RightButton)
        elif action == 2:
            window.curve_lab.controls.degree.spin.setValue(int(rng.integers(0, 31)))
        elif action == 3:
            window.curve_lab.controls.l1.slider.setValue(int(rng.integers(0, SLIDER_STEPS + 1)))
        elif action == 4:
            window.curve_lab.controls.l2.slider.setValue(int(rng.integers(0, SLIDER_STEPS + 1)))
        else:
            i = int(rng.integers(0, n))
            target = (float(rng.uniform(0.05, 0.95)), float(rng.uniform(-1, 1)))
            drag(window, (float(p.x[i]), float(p.y[i])), target, steps=2)
        history[stack.index()] = (window.state.points, window.state.model)
    assert stack.count() > 60
    _assert_drawn_points_are_the_state(window)
    final = stack.index()
    for index in sorted(history, reverse=True):
        stack.setIndex(index)
        assert (window.state.points, window.state.model) == history[index], index
        _assert_drawn_points_are_the_state(window)
    stack.setIndex(final)
    assert (window.state.points, window.state.model) == history[final]


def test_full_rank_but_ill_conditioned_fit_says_so_not_not_unique(window):
    # 31 distinct points at degree 30: past numpy's rank cut-off, yet full rank.
    rng = np.random.default_rng(5)
    x = rng.uniform(0.0, 1.0, 31)
    set_points(window, x, np.sin(2 * np.pi * x))
    window.curve_lab.controls.degree.spin.setValue(30)
    note = window.curve_lab.readouts.note.text()
    assert "Ill-conditioned" in note and "Not unique" not in note
    assert f"{window.state.fit.condition:.1e}" in note
    assert window.state.fit.rank == 31


def test_solver_that_did_not_pass_its_optimality_test_is_noted(window, monkeypatch):
    import gui.state
    from core.polyfit import SolveInfo, solve_with_info

    def stalled(*args, **kwargs):
        coef, info = solve_with_info(*args, **kwargs)
        return coef, SolveInfo(info.method, "no_progress", 17)

    window.load_example()
    window.curve_lab.controls.l1.field.setText("0.001")
    window.curve_lab.controls.l1.field.editingFinished.emit()
    assert "Solver" not in window.curve_lab.readouts.note.text()
    assert window.state.fit.solver_status == "optimal" and window.state.fit.n_iter > 0
    monkeypatch.setattr(gui.state, "solve_with_info", stalled)
    window.curve_lab.controls.l1.field.setText("0.002")
    window.curve_lab.controls.l1.field.editingFinished.emit()
    assert window.state.fit.solver_status == "no_progress"
    assert "Solver: stopped after 17 steps" in window.curve_lab.readouts.note.text()


def test_edits_update_the_reduction_row_by_row(window, monkeypatch):
    # 2,000 points: a click, a drag frame and an undo must not reduce them again.
    rng = np.random.default_rng(5)
    x = rng.uniform(0.0, 1.0, 2000)
    set_points(window, x.tolist(), np.sin(6 * x).tolist())
    window.curve_lab.controls.degree.spin.setValue(12)
    assert window.state.fit is not None
    import gui.state

    calls = []
    real_reduce = gui.state.reduce
    monkeypatch.setattr(
        gui.state, "reduce", lambda *a, **k: calls.append(1) or real_reduce(*a, **k)
    )
    steps = window.undo_stack.count()
    click(window, 0.5, 1.1)
    click(window, 0.3, -1.1, modifiers=Qt.KeyboardModifier.ShiftModifier)
    drag(window, (0.5, 1.1), (0.6, 0.9), steps=3)
    assert window.undo_stack.count() == steps + 3
    window.undo_stack.undo()  # the drag
    window.undo_stack.undo()  # the test point
    # Only tiny sets are ever reduced afresh (here the test set going back to none).
    assert all(n <= 31 for n in calls), calls
    assert window.state.points.x.size == 2001
    # ... and the updated reductions are those of the points, to rounding.
    p = window.state.points
    for test in (False, True):
        chosen = p.is_test == test
        fresh = real_reduce(p.x[chosen], p.y[chosen], 12, "monomial", window.state.domain)
        ours = window.state.reduced(test)
        coef = window.state.fit.coef
        assert ours.n_samples == fresh.n_samples
        assert ours.sum_squares(coef) == pytest.approx(fresh.sum_squares(coef), rel=1e-9)
    refit = fit(p.x[~p.is_test], p.y[~p.is_test], 12)
    np.testing.assert_allclose(window.state.fit.coef, refit.coef, rtol=1e-7, atol=1e-9)


def test_many_points_are_drawn_as_density_and_edits_follow_in_place(window, qtbot):
    from gui.point_layers import DENSITY_ABOVE

    rng = np.random.default_rng(9)
    n = DENSITY_ABOVE + 1000
    x = rng.uniform(0.0, 1.0, n)
    is_test = rng.random(n) < 0.25
    set_points(window, x.tolist(), (np.sin(6 * x) * 0.5).tolist(), is_test)
    layers = window.curve_lab.plot.layers
    assert layers.dense and layers.density.isVisible()
    # Every point in view is counted once, in its role's layer.
    assert layers.drawn_count(False) == np.count_nonzero(~is_test)
    assert layers.drawn_count(True) == np.count_nonzero(is_test)
    click(window, 0.5, 0.65)
    click(window, 0.4, -0.65, modifiers=Qt.KeyboardModifier.ShiftModifier)
    assert layers.drawn_count(False) == np.count_nonzero(~is_test) + 1
    assert layers.drawn_count(True) == np.count_nonzero(is_test) + 1
    # The newest points are also drawn as symbols, so a click is seen at once.
    rx, ry = layers.recent_train.getData()
    assert len(rx) == 1 and abs(ry[0] - 0.65) < 0.05
    drag(window, (0.5, 0.65), (0.6, 0.6), steps=3)
    assert layers.drawn_count(False) == np.count_nonzero(~is_test) + 1
    window.undo_stack.undo()
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert layers.drawn_count(False) == np.count_nonzero(~is_test)
    assert layers.drawn_count(True) == np.count_nonzero(is_test)
    assert len(layers.recent_train.getData()[0]) == 0
    # Zoom in: only what is in view is counted.
    window.curve_lab.plot.getPlotItem().vb.setRange(xRange=(0.0, 0.5), padding=0)
    qtbot.wait(10)
    inside = (x >= 0.0) & (x < 0.5)
    counted = layers.drawn_count(False) + layers.drawn_count(True)
    assert abs(counted - np.count_nonzero(inside)) <= 0.01 * n
    # Back below the threshold: symbols again.
    window.clear_points()
    click(window, 0.5, 0.0)
    assert not layers.dense and window.curve_lab.plot.points_data(False)[0].size == 1
