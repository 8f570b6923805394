"""Clipping polylines to a plot area, joining contour segments, and nice tick values:
hand cases and properties."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.decision_map import boundary_segments
from gui.figures.geometry import chain_segments, clip_polyline, nice_step, nice_ticks

RECT = (0.0, 0.0, 10.0, 5.0)  # left, top, right, bottom


def test_a_line_inside_stays_whole():
    (run,) = clip_polyline(np.array([1.0, 2.0, 3.0]), np.array([1.0, 4.0, 2.0]), RECT)
    np.testing.assert_array_equal(run[0], [1, 2, 3])
    np.testing.assert_array_equal(run[1], [1, 4, 2])


def test_a_line_leaving_and_coming_back_is_cut_at_the_edge():
    # Up through the top edge (y = 0) at x = 2.5 and back down at x = 7.5.
    x = np.array([0.0, 5.0, 10.0])
    y = np.array([5.0, -5.0, 5.0])
    runs = clip_polyline(x, y, RECT)
    assert len(runs) == 2
    np.testing.assert_allclose(runs[0][0], [0.0, 2.5])
    np.testing.assert_allclose(runs[0][1], [5.0, 0.0])
    np.testing.assert_allclose(runs[1][0], [7.5, 10.0])
    np.testing.assert_allclose(runs[1][1], [0.0, 5.0])


def test_a_segment_crossing_the_whole_rectangle_keeps_its_middle():
    (run,) = clip_polyline(np.array([-5.0, 15.0]), np.array([2.0, 2.0]), RECT)
    np.testing.assert_allclose(run[0], [0.0, 10.0])


def test_nan_breaks_the_line_and_lines_outside_vanish():
    runs = clip_polyline(np.array([1.0, 2.0, np.nan, 3.0, 4.0]), np.ones(5), RECT)
    assert [r[0].tolist() for r in runs] == [[1.0, 2.0], [3.0, 4.0]]
    assert clip_polyline(np.array([20.0, 30.0]), np.array([1.0, 1.0]), RECT) == []
    assert clip_polyline(np.array([1.0]), np.array([1.0]), RECT) == []


coordinate = st.floats(-50, 50, allow_nan=False)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.tuples(coordinate, coordinate), min_size=2, max_size=30))
def test_clipped_runs_lie_in_the_rectangle_and_keep_every_inside_vertex(points):
    x = np.array([p[0] for p in points])
    y = np.array([p[1] for p in points])
    runs = clip_polyline(x, y, RECT)
    left, top, right, bottom = RECT
    eps = 1e-9
    kept = set()
    for xs, ys in runs:
        assert xs.size >= 2
        assert (xs >= left - eps).all() and (xs <= right + eps).all()
        assert (ys >= top - eps).all() and (ys <= bottom + eps).all()
        kept.update(zip(xs.tolist(), ys.tolist(), strict=True))
    inside = (x > left) & (x < right) & (y > top) & (y < bottom)
    for i in np.flatnonzero(inside):
        # A vertex strictly inside belongs to a kept segment, so it is drawn.
        assert (x[i], y[i]) in kept


@settings(max_examples=200, deadline=None, derandomize=True)
@given(
    st.floats(-1e6, 1e6, allow_nan=False),
    st.floats(1e-6, 1e6, allow_nan=False),
    st.integers(2, 12),
)
def test_nice_ticks_are_round_in_range_and_few_enough(lo, span, most):
    hi = lo + span
    if not hi > lo:
        return
    ticks = nice_ticks(lo, hi, most)
    step = nice_step(hi - lo, most)
    mantissa = step / 10 ** math.floor(math.log10(step))
    assert any(math.isclose(mantissa, m) for m in (1, 2, 5, 10))
    assert len(ticks) <= most + 1
    for value, _ in ticks:
        assert lo - 1e-6 * step <= value <= hi + 1e-6 * step
        # k = value / step is exact up to the rounding of numbers as large as k.
        k = value / step
        assert math.isclose(k, round(k), abs_tol=1e-6 + 1e-14 * abs(k))


def test_tick_labels_use_a_true_minus_and_enough_decimals():
    assert nice_ticks(-1.0, 1.0, 5) == [
        (-1.0, "−1.0"),
        (-0.5, "−0.5"),
        (0.0, "0.0"),
        (0.5, "0.5"),
        (1.0, "1.0"),
    ]
    assert [t for _, t in nice_ticks(0, 30, 4)] == ["0", "10", "20", "30"]


def test_bad_ranges_are_refused():
    with pytest.raises(ValueError, match="span"):
        nice_step(0.0, 5)
    with pytest.raises(ValueError, match="lo"):
        nice_ticks(1.0, 1.0, 5)


def _runs(x: np.ndarray, y: np.ndarray) -> list[list[tuple[float, float]]]:
    """The polylines of chain_segments' output, split at its NaNs."""
    runs: list[list[tuple[float, float]]] = [[]]
    for a, b in zip(x.tolist(), y.tolist(), strict=True):
        if math.isnan(a):
            runs.append([])
        else:
            runs[-1].append((a, b))
    return runs


def _pairs(run: list[tuple[float, float]]) -> list[frozenset]:
    return [frozenset(pair) for pair in itertools.pairwise(run)]


def test_a_shuffled_square_becomes_one_closed_line_joined_at_every_corner():
    corners = [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)]
    sides = [(corners[i], corners[(i + 1) % 4]) for i in range(4)]
    # Out of order, two of them backwards, as marching squares hands them out.
    segments = np.array([sides[2], sides[0][::-1], sides[3], sides[1][::-1]])
    x, y = chain_segments(segments)
    (run,) = _runs(x, y)
    # Round once and on to the second point, so the start is a joint too.
    assert len(run) == 6 and run[0] == run[4] and run[1] == run[5]
    assert set(_pairs(run)) == {frozenset(side) for side in sides}


def test_separate_pieces_are_separated_by_nan():
    segments = np.array([[[0, 0], [1, 0]], [[5, 5], [6, 5]], [[1, 0], [2, 1]]], dtype=float)
    x, y = chain_segments(segments)
    assert sorted(_runs(x, y)) == [[(0.0, 0.0), (1.0, 0.0), (2.0, 1.0)], [(5.0, 5.0), (6.0, 5.0)]]
    empty_x, empty_y = chain_segments(np.zeros((0, 2, 2)))
    assert empty_x.size == empty_y.size == 0


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    st.lists(st.floats(-3, 3, allow_nan=False), min_size=6, max_size=6),
    st.integers(4, 30),
)
def test_a_contour_is_drawn_segment_for_segment(coef, n):
    # The level set of a random quadratic, traced by marching squares.
    grid = np.linspace(-1.0, 1.0, n)
    g1, g2 = np.meshgrid(grid, grid)
    a, b, c, d, e, f = coef
    values = a + b * g1 + c * g2 + d * g1 * g1 + e * g1 * g2 + f * g2 * g2
    segments = boundary_segments(grid, grid, values)
    x, y = chain_segments(segments)
    drawn: list[frozenset] = []
    for run in _runs(x, y):
        if not run:
            continue
        assert len(run) >= 2
        pairs = _pairs(run)
        # A closed run repeats its first segment to join there; count it once.
        closed = len(run) > 3 and run[0] == run[-2] and run[1] == run[-1]
        drawn.extend(pairs[:-1] if closed else pairs)
    wanted = [frozenset(map(tuple, s.tolist())) for s in segments]
    # Every segment exactly once (degenerate, zero-length ones included).
    assert sorted(map(sorted, drawn)) == sorted(map(sorted, wanted))
