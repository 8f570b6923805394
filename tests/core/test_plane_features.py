"""Tests of the plane's polynomial features: order, names, values and grid evaluation."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.polynomial import legendre

from core.plane_features import (
    MAX_PLANE_DEGREE,
    check_plane_degree,
    evaluate,
    evaluate_grid,
    exponents,
    feature_labels,
    features,
    n_features,
)


def test_graded_order_and_counts() -> None:
    assert exponents(2).tolist() == [[0, 0], [1, 0], [0, 1], [2, 0], [1, 1], [0, 2]]
    assert [n_features(d) for d in (0, 1, 2, 10)] == [1, 3, 6, 66]
    top = exponents(MAX_PLANE_DEGREE)
    assert len({tuple(e) for e in top.tolist()}) == 66
    assert np.all(top.sum(axis=1) <= 10)
    # Every lower degree is a prefix: a fit at degree D reads the first columns.
    for d in range(MAX_PLANE_DEGREE):
        assert np.array_equal(exponents(d), top[: n_features(d)])
        assert np.all(np.diff(top[: n_features(d)].sum(axis=1)) >= 0)


def test_labels_name_each_monomial() -> None:
    assert feature_labels(3) == (
        "1", "x1", "x2", "x1^2", "x1 x2", "x2^2", "x1^3", "x1^2 x2", "x1 x2^2", "x2^3",
    )  # fmt: skip
    assert feature_labels(2, "legendre")[3:] == ("P2(x1)", "P1(x1) P1(x2)", "P2(x2)")
    assert len(feature_labels(10)) == 66


@settings(max_examples=60, deadline=None)
@given(
    st.integers(0, MAX_PLANE_DEGREE),
    st.lists(st.tuples(st.floats(-1, 1), st.floats(-1, 1)), min_size=1, max_size=20),
)
def test_features_are_the_products_of_powers_and_legendre_polynomials(degree, points) -> None:
    z1 = np.array([p[0] for p in points])
    z2 = np.array([p[1] for p in points])
    mono = features(z1, z2, degree)
    leg = features(z1, z2, degree, "legendre")
    assert mono.flags.f_contiguous
    for k, (i, j) in enumerate(exponents(degree).tolist()):
        np.testing.assert_allclose(mono[:, k], z1**i * z2**j, rtol=1e-13, atol=1e-15)
        pi = legendre.legval(z1, np.eye(i + 1)[i])
        pj = legendre.legval(z2, np.eye(j + 1)[j])
        np.testing.assert_allclose(leg[:, k], pi * pj, rtol=1e-12, atol=1e-13)


@pytest.mark.parametrize("basis", ["monomial", "legendre"])
@pytest.mark.parametrize("degree", [0, 1, 4, 10])
def test_grid_evaluation_equals_pointwise_evaluation(degree, basis) -> None:
    rng = np.random.default_rng(degree)
    coef = rng.normal(size=n_features(degree))
    z1 = np.linspace(-1.2, 1.1, 17)
    z2 = np.linspace(-0.9, 1.3, 11)
    grid = evaluate_grid(coef, z1, z2, basis)
    assert grid.shape == (11, 17)
    g1, g2 = np.meshgrid(z1, z2)
    direct = evaluate(coef, g1.ravel(), g2.ravel(), basis).reshape(grid.shape)
    np.testing.assert_allclose(grid, direct, rtol=1e-12, atol=1e-12)
    # Row r is z2[r], column c is z1[c].
    assert grid[3, 5] == pytest.approx(evaluate(coef, [z1[5]], [z2[3]], basis)[0], rel=1e-12)


def test_bad_degree_basis_and_coefficient_counts() -> None:
    for bad in (-1, 11, 2.0, True, "3"):
        with pytest.raises(ValueError, match="degree must be"):
            check_plane_degree(bad)
    with pytest.raises(ValueError, match="basis must be one of"):
        features([0.0], [0.0], 2, "chebyshev")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="coef must have one of 1, 3, 6"):
        evaluate(np.zeros(5), [0.0], [0.0])
    with pytest.raises(ValueError, match="z1 and z2 must be 1-D arrays of one length"):
        features([0.0, 1.0], [0.0], 1)
