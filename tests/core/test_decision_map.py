"""Tests of the probability shading grid and the p = 1/2 boundary (marching squares)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.special import expit

from core.decision_map import boundary_segments, decision_map
from core.plane import Box
from core.plane_features import evaluate, n_features


def _circle_coef(radius: float) -> np.ndarray:
    coef = np.zeros(n_features(2))
    coef[0], coef[3], coef[5] = radius**2, -1.0, -1.0  # f = r^2 - z1^2 - z2^2
    return coef


def test_a_circle_boundary_lies_on_the_circle_and_closes() -> None:
    m = decision_map(_circle_coef(0.49), "monomial", Box(), n1=101, n2=81)
    seg = m.boundary
    assert seg.shape[1:] == (2, 2) and len(seg) > 50
    radius = np.hypot(seg[..., 0], seg[..., 1])
    # Linear interpolation of a quadratic: within a grid step squared of the circle.
    assert np.abs(radius - 0.49).max() < 2e-3
    # Closed curve: every end point is shared by exactly two segments.
    ends = np.round(seg.reshape(-1, 2), 12)
    _, counts = np.unique(ends, axis=0, return_counts=True)
    assert np.all(counts == 2)


def test_grid_values_match_the_model_and_the_sigmoid() -> None:
    rng = np.random.default_rng(2)
    coef = rng.normal(size=n_features(4))
    box = Box(0.0, 4.0, -2.0, 2.0)
    m = decision_map(coef, "legendre", box, x1_range=(1.0, 3.0), n1=7, n2=5)
    assert m.x1.tolist() == pytest.approx(np.linspace(1, 3, 7).tolist())
    assert m.x2[0] == box.x2lo and m.x2[-1] == box.x2hi
    z1, z2 = box.to_unit(m.x1[4], m.x2[2])
    assert m.logit[2, 4] == pytest.approx(evaluate(coef, [z1], [z2], "legendre")[0], rel=1e-12)
    np.testing.assert_allclose(m.probability, expit(m.logit), rtol=1e-15)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 2**31 - 1), st.integers(2, 30), st.integers(2, 30))
def test_every_segment_end_is_on_a_crossed_cell_edge(seed, n1, n2) -> None:
    rng = np.random.default_rng(seed)
    x1 = np.sort(rng.uniform(-1, 1, n1)) + np.arange(n1) * 1e-3
    x2 = np.sort(rng.uniform(-1, 1, n2)) + np.arange(n2) * 1e-3
    values = rng.normal(size=(n2, n1))
    seg = boundary_segments(x1, x2, values)
    above = values > 0
    h = above[:, 1:] != above[:, :-1]  # crossed edges along x1
    v = above[1:, :] != above[:-1, :]  # crossed edges along x2
    # Each cell joins its crossed edges in pairs: two ends per segment.
    uses = h[:-1, :].sum() + h[1:, :].sum() + v[:, :-1].sum() + v[:, 1:].sum()
    assert 2 * len(seg) == uses
    for point in seg.reshape(-1, 2):
        on_vertical_line = np.isclose(point[0], x1, rtol=0, atol=1e-12).any()
        on_horizontal_line = np.isclose(point[1], x2, rtol=0, atol=1e-12).any()
        assert on_vertical_line or on_horizontal_line


def test_no_boundary_when_one_class_everywhere_and_saddles_pair_by_the_centre() -> None:
    x = np.array([0.0, 1.0])
    assert boundary_segments(x, x, np.ones((2, 2))).shape == (0, 2, 2)
    # Saddle: bottom-left and top-right above; the centre mean decides the pairing.
    high_centre = boundary_segments(x, x, np.array([[1.0, -0.5], [-0.5, 1.0]]))
    low_centre = boundary_segments(x, x, np.array([[0.5, -1.0], [-1.0, 0.5]]))
    assert high_centre.shape == low_centre.shape == (2, 2, 2)
    # High centre: the above region connects, so each segment cuts off a low corner.
    cut = {tuple(np.round(s.mean(axis=0), 6)) for s in high_centre}
    assert all(abs(cx - cy) > 0.1 for cx, cy in cut)
    joined = {tuple(np.round(s.mean(axis=0), 6)) for s in low_centre}
    assert all(abs(cx - cy) < 0.6 for cx, cy in joined)


def test_bad_grid_arguments() -> None:
    with pytest.raises(ValueError, match="n1 must be an integer from 2"):
        decision_map(np.zeros(1), "monomial", Box(), n1=1)
    with pytest.raises(ValueError, match="x2_range must be finite with low < high"):
        decision_map(np.zeros(1), "monomial", Box(), x2_range=(1.0, 1.0))
    with pytest.raises(ValueError, match="values must have shape"):
        boundary_segments([0, 1], [0, 1, 2], np.zeros((2, 2)))
