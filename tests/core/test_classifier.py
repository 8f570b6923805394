"""Tests of the classification lab's model: readouts, prepared designs and warm starts."""

from __future__ import annotations

import math

import numpy as np
import pytest
from sklearn.metrics import accuracy_score, log_loss

from core.classifier import fit, fit_design, prepare, prepare_from
from core.logistic import FALLBACK_L2
from core.plane import Box, PlaneTable
from core.plane_datasets import DEFAULT_BOX, generate_plane
from core.plane_features import features, n_features


@pytest.fixture(scope="module")
def moons() -> PlaneTable:
    return generate_plane("moons", 150, 100, 0.25, 4)


def test_readouts_match_independent_metrics(moons: PlaneTable) -> None:
    result = fit(moons, 4, l1=1e-3, l2=1e-3, box=DEFAULT_BOX)
    assert result.status == "optimal" and result.certified and result.has_minimizer
    train, test = ~moons.is_test, moons.is_test
    p = result.predict_proba(moons.x1, moons.x2)
    np.testing.assert_allclose(result.probability, p, rtol=1e-12)
    predicted = (p > 0.5).astype(int)
    assert result.train_accuracy == pytest.approx(
        accuracy_score(moons.label[train], predicted[train])
    )
    assert result.test_accuracy == pytest.approx(accuracy_score(moons.label[test], predicted[test]))
    bits = log_loss(moons.label[train], p[train]) / math.log(2)
    assert result.train_cross_entropy_bits == pytest.approx(bits, rel=1e-12)
    test_bits = log_loss(moons.label[test], p[test]) / math.log(2)
    assert result.test_cross_entropy_bits == pytest.approx(test_bits, rel=1e-12)
    assert result.data_term == pytest.approx(bits * math.log(2), rel=1e-12)
    assert result.l1_term == pytest.approx(1e-3 * np.abs(result.coef[1:]).sum())
    assert result.l2_term == pytest.approx(1e-3 * (result.coef[1:] ** 2).sum())
    assert result.objective == result.data_term + result.l1_term + result.l2_term
    assert result.misclassified.tolist() == (predicted != moons.label).tolist()
    assert result.n_zero == int(np.count_nonzero(result.coef == 0))
    assert result.max_abs_coef == np.abs(result.coef).max()
    assert (result.n_train, result.n_test) == (150, 100)
    assert result.labels[:3] == ("1", "x1", "x2") and result.exponents.shape == (15, 2)
    assert result.message == ""


def test_decision_map_of_a_fit_covers_its_box(moons: PlaneTable) -> None:
    result = fit(moons, 3, l2=1e-2, box=DEFAULT_BOX)
    grid = result.decision_map(n1=30, n2=20)
    assert grid.logit.shape == (20, 30)
    assert (grid.x1[0], grid.x1[-1]) == (DEFAULT_BOX.x1lo, DEFAULT_BOX.x1hi)
    g1, g2 = np.meshgrid(grid.x1, grid.x2)
    expected = result.logit(g1.ravel(), g2.ravel()).reshape(grid.logit.shape)
    np.testing.assert_allclose(grid.logit, expected, rtol=1e-10, atol=1e-10)
    assert len(grid.boundary) > 0


def test_logit_uses_the_box(moons: PlaneTable) -> None:
    box = Box(-2.0, 2.0, -1.0, 3.0)
    result = fit(moons, 3, l2=1e-2, box=box)
    z1, z2 = box.to_unit(moons.x1, moons.x2)
    np.testing.assert_allclose(result.logit(moons.x1, moons.x2), features(z1, z2, 3) @ result.coef)


def test_one_design_serves_every_degree_with_warm_starts(moons: PlaneTable) -> None:
    design = prepare(moons, DEFAULT_BOX, "legendre")
    previous = None
    for degree in range(0, 11, 2):
        warm = fit_design(design, degree, 1e-4, 1e-4, warm_start=previous)
        cold = fit(moons, degree, 1e-4, 1e-4, "legendre", DEFAULT_BOX)
        assert warm.coef.size == n_features(degree)
        assert warm.objective == pytest.approx(cold.objective, rel=1e-10)
        previous = warm.coef
    with pytest.raises(ValueError, match="degree must be at most 4 here"):
        fit_design(prepare(moons, degree=4), 5)


def test_separable_points_without_penalty_are_named_and_drawn_finite() -> None:
    rings = generate_plane("circles", 80, 0, 0.05, 1)
    result = fit(rings, 2, box=DEFAULT_BOX)
    assert result.status == "separable" and result.separable is True
    assert not result.has_minimizer and result.fallback_l2 == FALLBACK_L2
    assert "separable: without a penalty the weights grow without bound" in result.message
    assert result.train_accuracy == 1.0 and result.test_accuracy is None
    assert math.isfinite(result.objective) and np.all(np.isfinite(result.coef))
    assert result.test_cross_entropy_bits is None
    # With a penalty the fit is an ordinary minimizer; separability is still reported.
    penalized = fit(rings, 2, l2=0.5, box=DEFAULT_BOX)
    assert penalized.status == "optimal" and penalized.separable is True


def test_separability_is_reported_for_penalized_fits_and_cached(moons: PlaneTable) -> None:
    design = prepare(moons, DEFAULT_BOX)
    result = fit_design(design, 1, l2=1.0)
    assert result.separable is False
    assert design.separation(1).separable is False
    assert design.separation(1) is design.separation(1)
    quiet = fit_design(prepare(moons, DEFAULT_BOX), 1, l2=1.0, separability=False)
    assert quiet.separable is None


def test_one_class_is_named() -> None:
    table = PlaneTable([0.0, 1.0, 2.0], [0.0, 1.0, 0.5], [1, 1, 1], np.zeros(3, bool))
    result = fit(table, 1, l2=1e-3, box=Box(0, 2, 0, 1))
    assert result.status == "one class" and result.separable is True
    assert "one class only" in result.message
    assert result.train_accuracy == 1.0


def test_no_training_points_is_an_error() -> None:
    table = PlaneTable([0.0, 1.0], [0.0, 1.0], [0, 1], np.ones(2, bool))
    with pytest.raises(ValueError, match="without training points"):
        fit(table, 1)
    with pytest.raises(ValueError, match="table must be a PlaneTable"):
        prepare("points")  # type: ignore[arg-type]


def test_prepare_from_reuses_lifted_rows_and_equals_prepare_bit_for_bit() -> None:
    table = generate_plane("spiral", 40, 10, 0.05, 3)
    box = Box(-1.2, 1.3, -1.1, 1.0)
    for basis in ("monomial", "legendre"):
        design = prepare(table, box, basis)
        more = PlaneTable(
            np.append(table.x1, [0.3, -1.5]),
            np.append(table.x2, [0.2, 1.9]),
            np.append(table.label, [1, 0]),
            np.append(table.is_test, [False, True]),
        )
        fewer = PlaneTable(table.x1[:30], table.x2[:30], table.label[:30], table.is_test[:30])
        moved_x1 = table.x1.copy()
        moved_x1[5] += 0.1
        moved = PlaneTable(moved_x1, table.x2, table.label, table.is_test)
        relabelled = PlaneTable(table.x1, table.x2, 1 - table.label, table.is_test)
        for other in (more, fewer, moved, relabelled, table):
            ours = prepare_from(design, other)
            expected = prepare(other, box, basis)
            assert ours.phi.tobytes() == expected.phi.tobytes()
            assert ours.train_features(10).tobytes() == expected.train_features(10).tobytes()
            assert ours.table is other and ours.box == box and ours.basis == basis
            assert not ours.phi.flags.writeable
            np.testing.assert_array_equal(
                fit_design(ours, 3, l2=1e-3).coef, fit_design(expected, 3, l2=1e-3).coef
            )
