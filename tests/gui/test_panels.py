"""The explanatory panels: what they draw is the core's computation for the current points.

Each panel under test is built on its own over the window's state and undo
stack (so its size and visibility are the test's, not the dock layout's),
shown, and driven through the state, real controls and real mouse events;
background results are awaited with the panels' own ``wait_until_idle`` or
with ``qtbot.waitUntil``.
"""

from __future__ import annotations

import math
import threading
import time

import numpy as np
import pytest
import shiboken6
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from core.polyfit import fit
from core.validation import (
    PenaltyMix,
    bootstrap_fits,
    bootstrap_samples,
    coef_grid,
    cross_validate_points,
    errors_vs_degree,
    lambda_sweep,
    make_folds,
    penalty_mix,
    reduce_split,
    ridge_loo,
)
from core.validation_curves import FALLBACK_FOLDS, FOLD_SEED, MAX_LOO_REFITS, plan_cv
from gui import path_panel as path_panel_module
from gui import validation_job as validation_job_module
from gui import variance_overlay as variance_overlay_module
from gui.axes import nice_ceiling
from gui.background import MAX_HOLD_S, BackgroundWorker, LatestRunner
from gui.coefficient_panel import CoefficientPanel
from gui.panel_numbers import BOOTSTRAP_SAMPLES, CLIP_FACTOR, HEADROOM, drop_points
from gui.path_panel import PathPanel
from gui.validation_panel import ValidationPanel
from gui.variance_overlay import VarianceOverlay
from tests.gui.conftest import click

HOUR_MS = 3_600_000


# ----------------------------------------------------------------- helpers
def textbook(window, degree=9, l1=0.0, l2=0.0):
    window.load_example()
    window.state.set_model(window.state.model_with(degree=degree, l1=l1, l2=l2))


def shown(qtbot, panel):
    qtbot.addWidget(panel)
    panel.resize(380, 560)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def train_test(window):
    p = window.state.points
    return p.x[~p.is_test], p.y[~p.is_test], p.x[p.is_test], p.y[p.is_test]


def core_data(window):
    p = window.state.points
    return reduce_split(p.x, p.y, p.is_test, window.state.model.basis, window.state.domain)


def hover(plot_widget, x, y):
    """A real mouse move over a pyqtgraph plot at data coordinates (x, y)."""
    QTest.qWait(12)  # pyqtgraph ignores moves closer than 10 ms apart; layouts settle
    view = plot_widget.getPlotItem().getViewBox()
    pos = QPointF(plot_widget.mapFromScene(view.mapViewToScene(QPointF(x, y))))
    viewport = plot_widget.viewport()
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        pos,
        viewport.mapToGlobal(pos),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, event)


def refit_cv_rmse(x, y, folds, degree, l1, l2):
    """k-fold CV RMSE by refitting each fold from its raw points."""
    sse = 0.0
    for held in folds:
        model = fit(np.delete(x, held), np.delete(y, held), degree, l1, l2)
        sse += float(np.sum((y[held] - model.predict(x[held])) ** 2))
    return math.sqrt(sse / x.size)


def visible(values, drawn, top):
    """Where a clipped curve shows the true value (below the clip bound)."""
    keep = values < top
    assert keep.any()
    return drawn[keep], values[keep]


# ---------------------------------------------------------- pure helpers
def test_cv_plan_follows_the_choice_and_the_number_of_points():
    ridge, lasso = PenaltyMix(0.0), PenaltyMix(1.0)
    assert plan_cv(1, 5, False, ridge) is None
    assert plan_cv(3, 5, False, ridge).n_folds == 3  # k clamped to N: leave-one-out
    assert plan_cv(3, 5, False, ridge).leave_one_out
    closed = plan_cv(10_000, 5, True, ridge)
    assert closed.n_folds is None and closed.leave_one_out  # closed form, any N
    assert plan_cv(MAX_LOO_REFITS, 5, True, lasso).n_folds == MAX_LOO_REFITS
    fallback = plan_cv(MAX_LOO_REFITS + 1, 5, True, lasso)
    assert fallback.fallback and fallback.n_folds == FALLBACK_FOLDS


def test_drop_points_mark_where_a_coefficient_becomes_zero_for_good():
    lam = np.array([1e-3, 1e-2, 1e-1, 1.0])
    coef = np.array(
        [
            [1.0, 2.0, 0.0, 3.0],
            [1.0, 0.0, 0.5, 2.0],
            [1.0, 0.0, 0.0, 1.0],
            [1.0, 0.0, 0.0, 0.0],
        ]
    )
    where, which = drop_points(lam, coef, first=1)
    assert which.tolist() == [1, 2, 3]
    assert where.tolist() == [1e-2, 1e-1, 1.0]


@pytest.mark.parametrize(
    ("value", "expected"), [(0.9, 1.0), (1.0, 1.0), (1.1, 1.2), (63.13, 80.0), (3e-5, 3e-5)]
)
def test_axis_tops_are_rounded_up_to_nice_values(value, expected):
    assert nice_ceiling(value) == pytest.approx(expected)


# ------------------------------------------------------------- all panels
def test_panels_have_their_names_and_a_tooltip_on_every_control(window, qtbot):
    textbook(window)
    panels = [
        shown(qtbot, CoefficientPanel(window.state)),
        shown(qtbot, ValidationPanel(window.state, window.undo_stack)),
        shown(qtbot, PathPanel(window.state)),
    ]
    assert [p.objectName() for p in panels] == ["coefficientPanel", "validationPanel", "pathPanel"]
    for panel in panels:
        for child in panel.findChildren(QWidget):
            if child.metaObject().className() in ("QCheckBox", "QSpinBox", "QPushButton"):
                assert child.toolTip(), child.objectName()
        panel.retranslate()  # must not lose any text
        texts = {label.objectName(): label.text() for label in panel.findChildren(QLabel)}
        texts.pop("validationPanelStatus", None)  # notes only when there is something to note
        assert all(texts.values()), texts


# -------------------------------------------------------------- coefficients
def test_coefficient_bars_follow_every_refit_in_the_same_call(window, qtbot):
    textbook(window)
    panel = shown(qtbot, CoefficientPanel(window.state))
    x, y, _, _ = train_test(window)
    for l2 in (0.0, 1e-6, 1e-2):
        # No event processing between the change and the check: synchronous.
        window.state.set_model(window.state.model_with(l2=l2))
        expected = fit(x, y, 9, 0.0, l2).coef
        np.testing.assert_allclose(panel.coefficients(), expected, rtol=1e-9, atol=1e-12)
        np.testing.assert_allclose(panel.drawn_magnitudes(), np.abs(expected), rtol=1e-9)
    window.curve_lab.controls.degree.spin.setValue(4)
    assert panel.drawn_magnitudes().size == 5


def test_coefficient_panel_marks_and_counts_exact_zeros_on_both_scales(window, qtbot):
    textbook(window, l1=1e-3)
    panel = shown(qtbot, CoefficientPanel(window.state))
    coef = window.state.fit.coef
    zeros = np.flatnonzero(coef == 0)
    assert zeros.size >= 2  # L1 switched some features off
    assert panel.zero_indices().tolist() == zeros.tolist()
    assert f"Exactly zero: {zeros.size} of 10" in panel.summary.text()
    panel.log_scale.setChecked(True)
    np.testing.assert_allclose(panel.drawn_magnitudes(), np.abs(coef), rtol=1e-9)
    assert panel.zero_indices().tolist() == zeros.tolist()
    bottom, _ = panel.plot.getViewBox().viewRange()[1]
    _, mark_y = panel.zero_marks.getData()
    assert np.all(mark_y >= bottom)  # the rings stay in view on the log axis


def test_hovering_a_bar_shows_its_value(window, qtbot):
    textbook(window)
    panel = shown(qtbot, CoefficientPanel(window.state))
    coef = window.state.fit.coef
    top = panel.plot.getViewBox().viewRange()[1][1]
    hover(panel.plot_widget, 7.1, 0.3 * top)
    assert panel.hover_index() == 7
    assert f"{coef[7]:.6g}" in panel.hover.text()
    hover(panel.plot_widget, 6.5, 0.3 * top)  # between bars: nothing
    assert panel.hover_index() is None


# --------------------------------------------------------- validation panel
def test_validation_curves_are_the_core_computation_for_the_current_points(window, qtbot):
    textbook(window, l2=1e-6)
    panel = shown(qtbot, ValidationPanel(window.state, window.undo_stack))
    assert panel.wait_until_idle()
    data = core_data(window)
    top = HEADROOM * max(
        errors_vs_degree(data, 0, 0, degrees=[0]).train_rmse[0],
        errors_vs_degree(data, 0, 0, degrees=[0]).test_rmse[0],
    )
    assert panel.plots.degree_plot.getViewBox().viewRange()[1] == pytest.approx([0, top])

    curve = errors_vs_degree(data, 0.0, 1e-6)
    dx, dy = panel.plots.degree_train_item.getData()
    assert dx.tolist() == list(range(31))
    np.testing.assert_allclose(dy, np.minimum(curve.train_rmse, CLIP_FACTOR * top), rtol=1e-12)
    _, ty = panel.plots.degree_test_item.getData()
    np.testing.assert_allclose(*visible(curve.test_rmse, ty, CLIP_FACTOR * top), rtol=1e-12)

    sweep = lambda_sweep(data, 9, panel.lambdas, PenaltyMix(0.0))
    lx, ly = panel.plots.lambda_train_item.getData()
    np.testing.assert_allclose(10**lx, panel.lambdas, rtol=1e-12)
    np.testing.assert_allclose(ly, np.minimum(sweep.train_rmse, CLIP_FACTOR * top), rtol=1e-12)
    _, lty = panel.plots.lambda_test_item.getData()
    np.testing.assert_allclose(*visible(sweep.test_rmse, lty, CLIP_FACTOR * top), rtol=1e-12)

    x, y, _, _ = train_test(window)
    cv = cross_validate_points(x, y, 9, panel.lambdas, PenaltyMix(0.0), n_folds=5)
    _, cy = panel.plots.lambda_cv_item.getData()
    np.testing.assert_allclose(*visible(cv.rmse, cy, CLIP_FACTOR * top), rtol=1e-9)
    assert panel.best_lambda() == pytest.approx(cv.best_lambda)
    bx, _ = panel.plots.best_item.getData()
    assert 10 ** bx[0] == pytest.approx(cv.best_lambda)
    # The degree plot has its CV curve too, starred where CV would choose.
    folds = make_folds(x.size, 5, FOLD_SEED)
    cvd = [refit_cv_rmse(x, y, folds, d, 0.0, 1e-6) for d in range(31)]
    _, dcy = panel.plots.degree_cv_item.getData()
    np.testing.assert_allclose(*visible(np.asarray(cvd), dcy, CLIP_FACTOR * top), rtol=1e-6)
    best_degree = int(np.argmin(cvd))
    assert panel.best_degree == best_degree
    sx, _ = panel.plots.degree_best_item.getData()
    assert sx.tolist() == [best_degree]
    assert f"best degree by CV: {best_degree}" in panel.best_label.text()
    # The current setting is marked on both plots.
    assert panel.plots.degree_marker.value() == 9
    assert panel.plots.lambda_marker.value() == pytest.approx(-6.0)


def test_error_that_explodes_is_clipped_and_does_not_rescale_the_view(window, qtbot):
    textbook(window)
    panel = shown(qtbot, ValidationPanel(window.state, window.undo_stack))
    assert panel.wait_until_idle()
    y_range = panel.plots.degree_plot.getViewBox().viewRange()[1]
    _, test = panel.plots.degree_test_item.getData()
    true_test = errors_vs_degree(core_data(window), 0, 0).test_rmse
    assert true_test.max() > 5 * y_range[1]  # degree >= 10 on 10 points goes wild
    assert test.max() <= CLIP_FACTOR * y_range[1] + 1e-12
    window.state.set_model(window.state.model_with(degree=20))
    assert panel.wait_until_idle()
    assert panel.plots.degree_plot.getViewBox().viewRange()[1] == pytest.approx(y_range)


def test_use_best_lambda_moves_the_slider_in_one_undo_step(window, qtbot):
    textbook(window)
    panel = shown(qtbot, ValidationPanel(window.state, window.undo_stack))
    assert panel.wait_until_idle()
    best = panel.best_lambda()
    assert best is not None and panel.use_best_button.isEnabled()
    count = window.undo_stack.count()
    qtbot.mouseClick(panel.use_best_button, Qt.MouseButton.LeftButton)
    assert window.state.model.l2 == best and window.state.model.l1 == 0
    control = window.curve_lab.controls.l2
    assert control.value() == best
    assert control.field.text() == f"{best:.4g}"
    assert window.undo_stack.count() == count + 1
    assert "best" in window.undo_stack.undoText().lower()
    window.undo_stack.undo()
    assert window.state.model.l2 == 0.0 and control.slider.value() == 0
    window.undo_stack.redo()
    assert window.state.model.l2 == best


def test_use_best_lambda_keeps_the_l1_to_l2_ratio(window, qtbot):
    textbook(window, degree=7, l1=1e-4, l2=3e-4)
    panel = shown(qtbot, ValidationPanel(window.state, window.undo_stack))
    assert panel.wait_until_idle()
    x, y, _, _ = train_test(window)
    mix, _ = penalty_mix(1e-4, 3e-4)
    cv = cross_validate_points(x, y, 7, panel.lambdas, mix, n_folds=5)
    assert panel.best_lambda() == pytest.approx(cv.best_lambda)
    panel.use_best_button.click()
    m = window.state.model
    assert m.l1 / (m.l1 + m.l2) == pytest.approx(0.25)
    assert m.l1 + m.l2 == pytest.approx(cv.best_lambda)
    window.undo_stack.undo()
    assert (window.state.model.l1, window.state.model.l2) == (1e-4, 3e-4)


def test_leave_one_out_uses_the_closed_form_for_ridge_and_refits_for_l1(window, qtbot):
    textbook(window, l2=1e-5)
    panel = shown(qtbot, ValidationPanel(window.state, window.undo_stack))
    panel.loo_check.setChecked(True)
    assert not panel.folds_spin.isEnabled()
    assert panel.wait_until_idle()
    x, y, _, _ = train_test(window)
    assert panel.cv.closed_form and panel.cv.leave_one_out
    np.testing.assert_allclose(panel.cv.mse, ridge_loo(x, y, 9, panel.lambdas).mse, rtol=1e-12)
    assert "leave-one-out" in panel.plots.legend.text()

    window.state.set_model(window.state.model_with(l1=1e-4, l2=0.0))
    assert panel.wait_until_idle()
    assert panel.cv.leave_one_out and not panel.cv.closed_form
    expected = cross_validate_points(x, y, 9, panel.lambdas, PenaltyMix(1.0), n_folds=None)
    np.testing.assert_allclose(panel.cv.mse, expected.mse, rtol=1e-9)

    panel.loo_check.setChecked(False)
    panel.folds_spin.setValue(3)
    assert panel.wait_until_idle()
    assert panel.cv.n_folds == 3 and "3-fold" in panel.plots.legend.text()


# --------------------------------------------------------------- path panel
def test_path_is_the_core_path_and_l1_coefficients_hit_exactly_zero(window, qtbot):
    textbook(window, l1=1e-3)
    panel = shown(qtbot, PathPanel(window.state))
    assert panel.wait_until_idle()
    expected = coef_grid(window.state.reduced(test=False), panel.lambdas, PenaltyMix(1.0))
    lam, drawn = panel.drawn_coefficients()
    np.testing.assert_allclose(lam, panel.lambdas, rtol=1e-12)
    assert drawn.shape == (panel.lambdas.size, 10)
    scale = np.max(np.abs(expected))
    inside = np.abs(expected) < panel.plot.getViewBox().viewRange()[1][1]
    np.testing.assert_allclose(drawn[inside], expected[inside], rtol=1e-9, atol=1e-12 * scale)
    assert np.array_equal(drawn == 0, expected == 0)  # zeros are drawn exactly on the axis
    x_marks, y_marks = panel.drop_marks.getData()
    assert len(x_marks) >= 5 and np.all(y_marks == 0)
    assert panel.marker.value() == pytest.approx(-3.0)
    assert "exactly zero" in panel.summary.text()
    # Linear by default: what is drawn inside the view is the coefficient itself.
    assert not panel.asinh_check.isChecked()
    top = panel.plot.getViewBox().viewRange()[1][1]
    _, linear = panel.drawn_coefficients()
    inside = np.abs(expected) < top
    np.testing.assert_allclose(linear[inside], expected[inside], rtol=1e-12)
    panel.asinh_check.setChecked(True)
    _, symlog = panel.drawn_coefficients()
    np.testing.assert_allclose(symlog, expected, rtol=1e-9, atol=1e-12 * scale)


def test_path_for_ridge_never_reaches_zero_and_moves_only_the_marker(window, qtbot):
    textbook(window, l2=1e-6)
    panel = shown(qtbot, PathPanel(window.state))
    assert panel.wait_until_idle()
    _, drawn = panel.drawn_coefficients()
    assert not np.any(drawn[:, 1:] == 0)
    assert len(panel.drop_marks.getData()[0]) == 0
    coef = panel.coef
    window.state.set_model(window.state.model_with(l2=1e-2))
    assert not panel.is_busy  # same path: nothing to compute
    assert panel.coef is coef
    assert panel.marker.value() == pytest.approx(-2.0)


def test_hovering_a_path_line_reads_its_coefficient(window, qtbot):
    textbook(window, l2=1e-6)
    panel = shown(qtbot, PathPanel(window.state))
    panel.asinh_check.setChecked(True)
    assert panel.wait_until_idle()
    i = 30
    k = int(np.argmax(np.abs(panel.coef[i])))
    target = np.arcsinh(panel.coef[i, k] / panel.y_scale)
    hover(panel.plot_widget, math.log10(panel.lambdas[i]), target)
    assert f"coef{'₀₁₂₃₄₅₆₇₈₉'[k]}" in panel.hover.text()
    assert f"{panel.coef[i, k]:.4g}" in panel.hover.text()


# ------------------------------------------------------------ point edits
def test_every_panel_follows_a_point_added_with_the_mouse(window, qtbot):
    textbook(window, l2=1e-4)
    coefficients = shown(qtbot, CoefficientPanel(window.state))
    errors = shown(qtbot, ValidationPanel(window.state, window.undo_stack))
    path = shown(qtbot, PathPanel(window.state))
    for panel in (errors, path):
        assert panel.wait_until_idle()
    before = errors.sweep
    window.activateWindow()
    click(window, 0.5, 1.2)
    assert window.state.n_train == 11
    x, y, _, _ = train_test(window)
    np.testing.assert_allclose(
        coefficients.coefficients(), fit(x, y, 9, 0, 1e-4).coef, rtol=1e-9, atol=1e-12
    )
    for panel in (errors, path):
        assert panel.wait_until_idle()
    assert errors.sweep is not before
    expected = lambda_sweep(core_data(window), 9, errors.lambdas, PenaltyMix(0.0))
    np.testing.assert_allclose(errors.sweep.train_rmse, expected.train_rmse, rtol=1e-12)
    np.testing.assert_allclose(
        errors.degree_curve.train_rmse, errors_vs_degree(core_data(window), 0, 1e-4).train_rmse
    )
    np.testing.assert_allclose(path.coef, expected.coef, rtol=1e-9, atol=1e-12)


def test_removing_every_training_point_clears_the_panels(window, qtbot):
    textbook(window)
    errors = shown(qtbot, ValidationPanel(window.state, window.undo_stack))
    coefficients = shown(qtbot, CoefficientPanel(window.state))
    assert errors.wait_until_idle()
    window.clear_points()
    assert errors.wait_until_idle()
    assert errors.plots.degree_train_item.getData()[0] is None or not len(
        errors.plots.degree_train_item.getData()[0]
    )
    assert not errors.use_best_button.isEnabled()
    assert coefficients.drawn_magnitudes().size == 0
    window.undo_stack.undo()
    assert errors.wait_until_idle() and errors.best_lambda() is not None


# ------------------------------------------------------------ variance view
def test_variance_overlay_draws_the_bootstrap_fits_when_enabled(window, qtbot):
    textbook(window)
    overlay = VarianceOverlay(window.state, window.curve_lab.plot.getPlotItem())
    assert overlay.drawn_curves()[0].size == 0
    overlay.set_enabled(True)
    assert overlay.wait_until_idle()
    x, y, _, _ = train_test(window)
    expected = bootstrap_fits(bootstrap_samples(x, y, 30), 9, 0, 0)
    np.testing.assert_allclose(overlay.fits.coef, expected.coef, rtol=1e-9, atol=1e-9)
    gx, gy = overlay.drawn_curves()
    assert gx.shape == (30, BOOTSTRAP_SAMPLES)
    (x0, x1), (y0, y1) = window.curve_lab.plot.getPlotItem().getViewBox().viewRange()
    assert gx[0, 0] == pytest.approx(x0) and gx[0, -1] == pytest.approx(x1)
    values = expected.predict(gx[0])
    inside = (values > y0) & (values < y1)
    np.testing.assert_allclose(gy[inside], values[inside], rtol=1e-7, atol=1e-9)
    assert gy.max() <= y1 + (y1 - y0) + 1e-12  # clipped just outside the view

    window.state.set_model(window.state.model_with(l2=1e-2))
    assert overlay.wait_until_idle()
    calmed = bootstrap_fits(bootstrap_samples(x, y, 30), 9, 0, 1e-2)
    np.testing.assert_allclose(overlay.fits.coef, calmed.coef, rtol=1e-9, atol=1e-9)

    overlay.set_enabled(False)
    assert overlay.drawn_curves()[0].size == 0 and not overlay.curves.isVisible()


# --------------------------------------------------------------- failures
def _refused(*_args, **_kwargs):
    raise ValueError("the core refuses these numbers")


def test_a_failed_computation_is_named_under_its_panel_until_one_succeeds(
    window, qtbot, monkeypatch
):
    textbook(window, degree=5)
    errors = shown(qtbot, ValidationPanel(window.state, window.undo_stack))
    path = shown(qtbot, PathPanel(window.state))
    for panel in (errors, path):
        assert panel.wait_until_idle()
    monkeypatch.setattr(validation_job_module, "compute_curves", _refused)
    monkeypatch.setattr(path_panel_module, "coef_grid", _refused)
    window.curve_lab.controls.degree.spin.setValue(7)
    for panel in (errors, path):
        assert panel.wait_until_idle()
    # Still there once the panels are idle again (the busy note went away after it).
    assert "Could not compute the curves: the core refuses" in errors.status.text()
    assert "Could not compute the path: the core refuses" in path.summary.text()
    monkeypatch.undo()
    window.curve_lab.controls.degree.spin.setValue(8)
    for panel in (errors, path):
        assert panel.wait_until_idle()
    assert "refuses" not in errors.status.text() and errors.sweep.degree == 8
    assert "refuses" not in path.summary.text() and path.coef.shape[1] == 9


def test_bootstrap_fits_that_fail_say_so_in_the_plot_legend(window, qtbot, monkeypatch):
    textbook(window, degree=5)
    legend = window.curve_lab.plot.getPlotItem().legend
    overlay = window.curve_lab.variance_overlay
    monkeypatch.setattr(variance_overlay_module, "bootstrap_fits", _refused)
    window.action_table.variance.setChecked(True)
    assert overlay.wait_until_idle()
    assert overlay.fits is None
    text = legend.getLabel(overlay.curves).text
    assert "Bootstrap fits could not be computed: the core refuses" in text
    monkeypatch.undo()
    window.curve_lab.controls.degree.spin.setValue(6)
    assert overlay.wait_until_idle()
    assert overlay.fits is not None
    assert legend.getLabel(overlay.curves).text.startswith("30 bootstrap fits")


# -------------------------------------------------------- background runner
def test_runner_delivers_only_the_latest_result(qtbot):
    runner = LatestRunner()
    gate = threading.Event()
    delivered = []
    runner.result_ready.connect(delivered.append)

    def slow(value):
        gate.wait(5)
        return value

    runner.submit(slow, "first")
    runner.submit(slow, "second")  # waits while the first runs
    runner.submit(slow, "third")  # replaces the second
    gate.set()
    assert runner.wait(5000)
    assert delivered == ["third"]
    runner.submit(slow, "fourth")
    runner.cancel()
    assert runner.wait(5000)
    assert delivered == ["third"]


def test_a_stale_panel_result_is_never_shown(window, qtbot, monkeypatch):
    textbook(window, degree=5)
    gate = threading.Event()
    requests = []
    compute = validation_job_module.compute_curves

    def gated(request, checkpoint=None):
        requests.append(request.degree)
        if request.degree == 5:
            gate.wait(5)  # the user moves on while this one runs
        return compute(request, checkpoint)

    monkeypatch.setattr(validation_job_module, "compute_curves", gated)
    panel = shown(qtbot, ValidationPanel(window.state, window.undo_stack))
    applied = []
    panel.results.delivered.connect(
        lambda parts: applied.append(parts["lambda"].sweep.degree if "lambda" in parts else None)
    )
    qtbot.waitUntil(lambda: requests == [5])
    window.state.set_model(window.state.model_with(degree=8))
    gate.set()
    assert panel.wait_until_idle()
    assert applied == [8]
    assert panel.sweep.degree == 8
    np.testing.assert_allclose(
        panel.sweep.train_rmse,
        lambda_sweep(core_data(window), 8, panel.lambdas, PenaltyMix(0.0)).train_rmse,
    )


def test_closing_while_a_job_runs_does_not_crash(window, qtbot, monkeypatch):
    textbook(window)
    gate = threading.Event()
    compute = validation_job_module.compute_curves

    def gated(request, checkpoint=None):
        gate.wait(5)
        return compute(request, checkpoint)

    monkeypatch.setattr(validation_job_module, "compute_curves", gated)
    panel = ValidationPanel(window.state, window.undo_stack)
    panel.show()
    assert panel.is_busy
    runner = panel.results.runner
    panel.close()
    panel.deleteLater()
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(runner)  # gone with its panel, its job still running
    gate.set()
    qtbot.wait(100)  # the late result arrives nowhere
    window.state.set_model(window.state.model_with(degree=4))  # and the state carries on
    assert window.state.fit.degree == 4


def test_runner_reports_value_errors_and_reraises_bugs(qtbot):
    runner = LatestRunner()
    errors = []
    runner.failed.connect(errors.append)

    def refuse():
        raise ValueError("degree must be from 0 to 30, got 31")

    runner.submit(refuse)
    assert runner.wait(5000)
    assert isinstance(errors[0], ValueError)

    def bug():
        raise KeyError("oops")

    with qtbot.captureExceptions() as raised:
        runner.submit(bug)
        assert runner.wait(5000)
    assert isinstance(errors[1], KeyError)
    assert raised and raised[0][0] is KeyError


def test_a_superseded_cooperative_job_stops_at_its_next_checkpoint(qtbot):
    runner = LatestRunner()
    steps = {"first": 0}
    started = threading.Event()
    delivered = []
    runner.result_ready.connect(delivered.append)

    def long_job(name, checkpoint):
        for _ in range(10_000):
            checkpoint()
            if name == "first":
                steps["first"] += 1
                started.set()
                threading.Event().wait(0.001)
        return name

    runner.submit(long_job, "first", cooperative=True)
    assert started.wait(5)
    runner.submit(long_job, "second", cooperative=True)
    assert runner.wait(5000)
    assert delivered == ["second"]
    assert steps["first"] < 10_000  # abandoned, not run to the end


def test_cooperative_jobs_make_way_while_the_gui_thread_is_busy_but_are_never_starved(qtbot):
    runner = LatestRunner()
    started = []

    def job(checkpoint):
        started.append(time.perf_counter())
        return True

    worker = BackgroundWorker.shared()
    worker.hold(HOUR_MS)  # say the GUI thread is busy for an hour
    try:
        begin = time.perf_counter()
        runner.submit(job, cooperative=True)
        # It ran while the hold was still in force: one checkpoint waits at most
        # MAX_HOLD_S, so a long hold delays a job but never starves it.
        assert runner.wait(10_000)
        assert not worker.gui_idle.is_set()
    finally:
        worker.release()
    # It did make way first: at its first checkpoint, for MAX_HOLD_S. (A lower
    # bound only: a loaded machine can only make the wait longer.)
    assert started[0] - begin >= 0.9 * MAX_HOLD_S
