"""The classification lab's side panels: weights, validation curves with CV, the lifted view."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import QPointF

from core.lifted_view import edge_on_view, oblique_view, principal_view
from core.logistic_validation import (
    classifier_lambda_grid,
    cross_validate,
    curve_vs_degree,
    curve_vs_lambda,
)
from core.plane_datasets import generate_plane
from core.validation import PenaltyMix
from gui.plane_coefficients import feature_ticks, pretty_feature
from tests.gui.test_plane_lab import in_plane, set_model


def show_dock(window, name: str):
    dock = next(d for d in window.plane_lab.docks.all() if d.objectName() == name)
    dock.show()
    dock.raise_()
    return dock


def moons(n_train=60, n_test=30, seed=2):
    return generate_plane("moons", n_train, n_test, 0.2, seed)


# ---------------------------------------------------------------- weights
def test_feature_names_read_as_math():
    assert pretty_feature("x1^2 x2") == "x₁² x₂"
    assert pretty_feature("x2^10") == "x₂¹⁰"
    assert pretty_feature("P2(x1) P1(x2)") == "P₂(x₁) P₁(x₂)"
    assert pretty_feature("1") == "1"
    labels = ("1", "x1", "x2", "x1^2", "x1 x2", "x2^2")
    assert [t for _, t in feature_ticks(6, labels)[0]] == ["1", "x₁", "x₂", "x₁²", "x₁ x₂", "x₂²"]
    # Many features: the first of each total degree is marked with the degree.
    ticks = feature_ticks(66, tuple("f" for _ in range(66)))
    assert [k for k, _ in ticks[0]] == [0, 1, 3, 6, 10, 15, 21, 28, 36, 45, 55]
    assert [t for _, t in ticks[0]] == [str(d) for d in range(11)]


def test_the_bars_are_the_fit_and_follow_it_in_the_same_call(window):
    in_plane(window, moons())
    show_dock(window, "planeCoefficientDock")
    panel = window.plane_lab.coefficients
    set_model(window, degree=2, l2=1e-3)
    np.testing.assert_allclose(panel.drawn_magnitudes(), np.abs(window.plane_state.fit.coef))
    assert panel.tick_labels() == ["1", "x₁", "x₂", "x₁²", "x₁ x₂", "x₂²"]
    assert panel.plot.getAxis("bottom").labelText == "feature φₖ = z₁ⁱ z₂ʲ"
    set_model(window, degree=8, l1=3e-3, l2=0.0)
    fit = window.plane_state.fit
    assert fit.n_zero > 5
    np.testing.assert_allclose(panel.drawn_magnitudes(), np.abs(fit.coef))
    assert panel.zero_indices().tolist() == np.flatnonzero(fit.coef == 0).tolist()
    assert panel.tick_labels()[:3] == ["0", "1", "2"]
    assert panel.summary.text() == (
        f"Exactly zero: {fit.n_zero} of 45 · largest |w|: {fit.max_abs_coef:.4g}"
    )
    panel.log_scale.setChecked(True)
    np.testing.assert_allclose(panel.drawn_magnitudes(), np.abs(fit.coef), rtol=1e-9)


def test_pointing_at_a_bar_names_its_monomial(window, qtbot):
    in_plane(window, moons())
    show_dock(window, "planeCoefficientDock")
    panel = window.plane_lab.coefficients
    set_model(window, degree=2, l1=1e-2)
    qtbot.waitUntil(lambda: panel.plot_widget.isVisible())
    view = panel.plot.getViewBox()
    fit = window.plane_state.fit
    for k in (3, 4):
        scene = view.mapViewToScene(QPointF(k, 0.01))
        panel.plot.scene().sigMouseMoved.emit(scene)
        assert panel.hover_index() == k
        name = pretty_feature(fit.labels[k])
        value = float(fit.coef[k])
        expected = (
            f"w for {name} = 0 exactly (monomial switched off)"
            if value == 0
            else f"w for {name} = {value:.6g}"
        )
        assert panel.hover.text() == expected


# ------------------------------------------------------------- validation
def test_the_curves_are_the_core_computation_for_the_points(window):
    in_plane(window, moons())
    show_dock(window, "planeValidationDock")
    panel = window.plane_lab.validation
    set_model(window, degree=3, l2=1e-3)
    assert panel.wait_until_idle()
    design = window.plane_state.design
    degree = curve_vs_degree(design, 0.0, 1e-3)
    x, y = panel.drawn("degree_train")
    np.testing.assert_allclose(x, np.arange(11))
    np.testing.assert_allclose(y, np.clip(degree.train_bits, 0, 3 * panel._top()))
    lambdas = classifier_lambda_grid()
    curve = curve_vs_lambda(design, 3, lambdas, PenaltyMix(0.0))
    cv = cross_validate(design, 3, lambdas, PenaltyMix(0.0), 5)
    np.testing.assert_allclose(
        panel.drawn("lambda_test")[1], np.clip(curve.test_bits, 0, 3 * panel._top())
    )
    np.testing.assert_allclose(panel.drawn("lambda_cv")[1], np.clip(cv.bits, 0, 3 * panel._top()))
    assert panel.best_lambda() == cv.best_lambda
    assert f"{cv.best_lambda:.2g}" in panel.best_label.text()
    # The error rate is the other view of the same fits.
    panel.measure.setCurrentIndex(panel.measure.findData("error"))
    np.testing.assert_allclose(panel.drawn("lambda_cv")[1], cv.error)
    np.testing.assert_allclose(
        panel.drawn("degree_test")[1], 1.0 - degree.test_accuracy, atol=1e-12
    )
    assert panel.degree_plot.getAxis("left").labelText == "error rate"


def test_a_lambda_move_only_moves_the_marker_and_a_degree_move_only_the_degree_marker(window):
    in_plane(window, moons())
    show_dock(window, "planeValidationDock")
    panel = window.plane_lab.validation
    set_model(window, degree=3, l2=1e-3)
    assert panel.wait_until_idle()
    lambda_curves = panel.lambda_curves
    set_model(window, l2=1e-2)
    assert panel.results.value("lambda") is lambda_curves
    assert panel.lambda_marker.value() == pytest.approx(-2.0)
    assert panel.wait_until_idle()
    assert panel.lambda_curves is lambda_curves
    set_model(window, degree=4)
    assert panel.degree_marker.value() == 4
    assert panel.wait_until_idle()
    assert panel.lambda_curves is not lambda_curves


def test_use_best_lambda_moves_the_sliders_in_one_undo_step_keeping_the_ratio(window):
    in_plane(window, moons(80, 30, 5))
    show_dock(window, "planeValidationDock")
    panel = window.plane_lab.validation
    set_model(window, degree=6, l1=1e-4, l2=3e-4)
    window.undo_stack.clear()
    assert panel.wait_until_idle()
    best = panel.best_lambda()
    assert best is not None and panel.use_best_button.isEnabled()
    panel.use_best_button.click()
    m = window.plane_state.model
    assert m.l1 + m.l2 == pytest.approx(best)
    assert m.l1 / (m.l1 + m.l2) == pytest.approx(0.25, rel=1e-9)
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Classification: use best λ"
    window.undo_stack.undo()
    assert (window.plane_state.model.l1, window.plane_state.model.l2) == (1e-4, 3e-4)


# -------------------------------------------------------------- the lift
def test_edge_on_rings_at_degree_two_are_split_by_the_vertical_line(window):
    in_plane(window, generate_plane("circles", 100, 40, 0.08, 3))
    show_dock(window, "liftedDock")
    panel = window.plane_lab.lifted
    panel.set_mode("edge")
    set_model(window, degree=2, l2=1e-3)
    assert panel.wait_until_idle()
    state = window.plane_state
    expected = edge_on_view(state.design, state.fit)
    u, v, label = panel.drawn_points()
    assert u.size == len(state.points)
    assert sorted(u.tolist()) == pytest.approx(sorted(expected.u.tolist()))
    assert sorted(v.tolist()) == pytest.approx(sorted(expected.v.tolist()))
    assert panel.boundary_line.isVisible() and panel.boundary_line.value() == 0.0
    # A straight line splits the lifted rings as the circle splits them in the plane:
    # the same points on the same side, and almost every point on its own side.
    agree = np.mean((u > 0) == (label == 1))
    fit = state.fit
    right = (fit.n_train * fit.train_accuracy + fit.n_test * fit.test_accuracy) / len(u)
    assert agree == pytest.approx(right) and agree > 0.97
    assert "5 features" in panel.caption.text()
    set_model(window, degree=1)
    assert panel.wait_until_idle()
    u, _, label = panel.drawn_points()
    assert np.mean((u > 0) == (label == 1)) < 0.8  # degree 1 fails: no line in the plane does


def test_the_principal_view_draws_the_trace_of_the_boundary(window):
    in_plane(window, moons())
    show_dock(window, "liftedDock")
    panel = window.plane_lab.lifted
    panel.set_mode("pca")
    set_model(window, degree=3, l2=1e-3)
    assert panel.wait_until_idle()
    state = window.plane_state
    expected = principal_view(state.design, 3, state.fit.decision_map().boundary)
    np.testing.assert_allclose(panel.trace_segments(), expected.trace)
    assert not panel.boundary_line.isVisible()
    assert "component 1" in panel.plot.getAxis("bottom").labelText


def test_the_paraboloid_lifts_by_the_k_means_height_and_turns_with_a_drag(window):
    in_plane(window, generate_plane("circles", 60, 0, 0.05, 1))
    show_dock(window, "liftedDock")
    panel = window.plane_lab.lifted
    panel.set_mode("paraboloid")
    state = window.plane_state
    state.set_clustering(state.clustering_with(height=2.0))
    z1, z2 = state.box.to_unit(state.points.x1, state.points.x2)
    lifted = np.column_stack([z1, z2, 2.0 * (z1**2 + z2**2)])
    u, v = oblique_view(lifted, panel.azimuth, panel.elevation)
    du, dv, _ = panel.drawn_points()
    assert sorted(du.tolist()) == pytest.approx(sorted(u.tolist()))
    assert sorted(dv.tolist()) == pytest.approx(sorted(v.tolist()))
    assert "h = 2" in panel.caption.text()
    # Seen from the side, the two rings sit at two heights: a flat cut splits them.
    panel.elevation = 0.0
    panel._redraw()
    _, height, label = panel.drawn_points()
    assert height[label == 1].max() < height[label == 0].min()
    before = panel.azimuth
    panel._box.turned.emit(40.0, 0.0)
    assert panel.azimuth == pytest.approx((before + 0.4) % (2 * math.pi))


def test_degree_zero_has_nothing_to_lift(window):
    in_plane(window, moons())
    show_dock(window, "liftedDock")
    set_model(window, degree=0)
    assert window.plane_lab.lifted.wait_until_idle()
    assert window.plane_lab.lifted.drawn_points()[0].size == 0
    assert "Degree 0" in window.plane_lab.lifted.caption.text()


def test_the_side_panels_are_exportable(window, tmp_path):
    in_plane(window, moons())
    for key in ("plane", "plane-coefficients", "plane-validation", "lifted"):
        assert key in window.image_export.panels()
    widget = window.image_export.panel_widget("lifted")
    assert widget is window.plane_lab.lifted and widget.isVisible()
    assert window.image_export.export_image("plane-validation", str(tmp_path / "v.png"), 400)
    assert (tmp_path / "v.png").stat().st_size > 1000


def test_the_lifted_views_axis_titles_follow_the_language(window):
    window.scenario_controller.load("circles_need_a_lift")
    panel = window.plane_lab.lifted
    panel.set_mode("edge")
    panel.wait_until_idle()
    bottom = panel.plot.getAxis("bottom")
    assert bottom.labelText == "fitted logit f"
    window.set_language("zh_CN")
    try:
        assert bottom.labelText not in ("", "fitted logit f")
    finally:
        window.set_language("en")
    assert bottom.labelText == "fitted logit f"
