"""The classifier drawn on the plane: probability on a grid and the p = 1/2 boundary.

On a rectangular grid the model is evaluated as a product of small matrices
(``core.plane_features.evaluate_grid``), so a 200 x 200 shading at degree 10
costs well under a millisecond. The boundary ``f = 0`` (``p = 1/2``) is traced
by marching squares on the grid of ``f`` (linear interpolation along each
cell edge; a saddle cell, where opposite corners agree, is resolved by the
value at its centre, the mean of its corners) and returned as independent line
segments, which a plot draws with one call (pairs of points).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from core.logistic import sigmoid
from core.plane import Box
from core.plane_features import evaluate_grid
from core.polyfit import Basis

__all__ = ["DEFAULT_GRID", "MAX_GRID", "DecisionMap", "boundary_segments", "decision_map"]

FloatArray = NDArray[np.float64]
#: The grid size the lab's shading uses by default (per side).
DEFAULT_GRID = 200
#: The largest grid per side: 10,000 x 10,000 values already take 800 MB each
#: for f and p, far beyond any screen.
MAX_GRID = 10_000


@dataclass(frozen=True, eq=False)
class DecisionMap:
    """f and p on a grid of the plane, and the boundary f = 0.

    Attributes
    ----------
    x1 : ndarray, shape (n1,)
        Grid positions along x1 (columns), ascending.
    x2 : ndarray, shape (n2,)
        Grid positions along x2 (rows), ascending.
    logit : ndarray, shape (n2, n1)
        ``f(x1[c], x2[r])`` at row r, column c (image layout).
    probability : ndarray, shape (n2, n1)
        ``sigmoid(logit)``: p(class 1).
    boundary : ndarray, shape (n_segments, 2, 2)
        Segments ``[[x1_a, x2_a], [x1_b, x2_b]]`` of the curve f = 0.
    """

    x1: FloatArray
    x2: FloatArray
    logit: FloatArray
    probability: FloatArray
    boundary: FloatArray


def decision_map(
    coef: ArrayLike,
    basis: Basis,
    box: Box,
    x1_range: tuple[float, float] | None = None,
    x2_range: tuple[float, float] | None = None,
    n1: int = DEFAULT_GRID,
    n2: int = DEFAULT_GRID,
) -> DecisionMap:
    """Evaluate the classifier with coefficients ``coef`` on an ``n2 x n1`` grid.

    Parameters
    ----------
    coef : array_like, shape (n_features,)
        In graded order (``core.plane_features``); its length gives the degree.
    basis : {"monomial", "legendre"}
    box : Box
        The box the coefficients were fitted in.
    x1_range, x2_range : (float, float), optional
        The area to cover (say, the visible view); defaults to the box.
    n1, n2 : int, default DEFAULT_GRID
        Grid points per side, 2 to `MAX_GRID` each.
    """
    for name, n in (("n1", n1), ("n2", n2)):
        if isinstance(n, bool) or not isinstance(n, int | np.integer) or not 2 <= n <= MAX_GRID:
            raise ValueError(f"{name} must be an integer from 2 to {MAX_GRID:,}, got {n!r}")
    lo1, hi1 = (box.x1lo, box.x1hi) if x1_range is None else x1_range
    lo2, hi2 = (box.x2lo, box.x2hi) if x2_range is None else x2_range
    for name, lo, hi in (("x1_range", lo1, hi1), ("x2_range", lo2, hi2)):
        if not (np.isfinite(lo) and np.isfinite(hi) and lo < hi):
            raise ValueError(f"{name} must be finite with low < high, got ({lo}, {hi})")
    x1 = np.linspace(lo1, hi1, int(n1))
    x2 = np.linspace(lo2, hi2, int(n2))
    z1, z2 = box.to_unit(x1, x2)
    logit = evaluate_grid(coef, z1, z2, basis)
    return DecisionMap(x1, x2, logit, sigmoid(logit), boundary_segments(x1, x2, logit))


def boundary_segments(
    x1: ArrayLike, x2: ArrayLike, values: ArrayLike, level: float = 0.0
) -> FloatArray:
    """Segments of the curve ``values = level`` on a grid, by marching squares.

    Parameters
    ----------
    x1 : array_like, shape (n1,)
        Column positions, strictly increasing.
    x2 : array_like, shape (n2,)
        Row positions, strictly increasing.
    values : array_like, shape (n2, n1)
        The function on the grid (row r at x2[r]).
    level : float, default 0

    Returns
    -------
    ndarray, shape (n_segments, 2, 2)
        Each segment's two end points ``(x1, x2)``; a point counts as above
        the level when its value is > level.
    """
    x1 = np.asarray(x1, dtype=float)
    x2 = np.asarray(x2, dtype=float)
    v = np.asarray(values, dtype=float) - level
    if v.shape != (x2.size, x1.size) or x1.size < 2 or x2.size < 2:
        raise ValueError(
            f"values must have shape (len(x2), len(x1)) with both >= 2, got {v.shape} "
            f"for {x2.size} x {x1.size}"
        )
    above = v > 0
    # Cells with corners on both sides of the level; only they are visited.
    h_cross = above[:, :-1] != above[:, 1:]  # edges along x1, shape (n2, n1 - 1)
    v_cross = above[:-1, :] != above[1:, :]  # edges along x2, shape (n2 - 1, n1)
    bottom, top = h_cross[:-1, :], h_cross[1:, :]
    left, right = v_cross[:, :-1], v_cross[:, 1:]
    rows, cols = np.nonzero(bottom | top | left | right)
    if rows.size == 0:
        return np.zeros((0, 2, 2))

    def along_x1(r: NDArray[np.int64], c: NDArray[np.int64]) -> FloatArray:
        a, b = v[r, c], v[r, c + 1]
        with np.errstate(invalid="ignore", divide="ignore"):
            s = np.clip(a / (a - b), 0.0, 1.0)
        return np.stack([x1[c] + s * (x1[c + 1] - x1[c]), x2[r]], axis=-1)

    def along_x2(r: NDArray[np.int64], c: NDArray[np.int64]) -> FloatArray:
        a, b = v[r, c], v[r + 1, c]
        with np.errstate(invalid="ignore", divide="ignore"):
            s = np.clip(a / (a - b), 0.0, 1.0)
        return np.stack([x1[c], x2[r] + s * (x2[r + 1] - x2[r])], axis=-1)

    # Edge crossings in the order bottom, right, top, left, shape (cells, 4, 2).
    points = np.stack(
        [
            along_x1(rows, cols),
            along_x2(rows, cols + 1),
            along_x1(rows + 1, cols),
            along_x2(rows, cols),
        ],
        axis=1,
    )
    crossed = np.stack(
        [bottom[rows, cols], right[rows, cols], top[rows, cols], left[rows, cols]], axis=1
    )
    count = crossed.sum(axis=1)
    two = count == 2
    # The two crossed edges of an ordinary cell, in edge order.
    order = np.argsort(~crossed[two], axis=1, kind="stable")[:, :2]
    picked = np.take_along_axis(points[two], order[:, :, None], axis=1)
    segments = [picked]
    four = np.flatnonzero(count == 4)
    if four.size:
        r, c = rows[four], cols[four]
        centre = (v[r, c] + v[r, c + 1] + v[r + 1, c] + v[r + 1, c + 1]) > 0
        corner_above = above[r, c]
        p = points[four]
        # Centre on the side of the bottom-left corner: the boundary cuts off
        # the bottom-right and top-left corners; otherwise the other two.
        joined = centre == corner_above
        first = np.where(joined[:, None], p[:, [0, 1]].reshape(-1, 4), p[:, [0, 3]].reshape(-1, 4))
        second = np.where(joined[:, None], p[:, [2, 3]].reshape(-1, 4), p[:, [2, 1]].reshape(-1, 4))
        segments.append(first.reshape(-1, 2, 2))
        segments.append(second.reshape(-1, 2, 2))
    return np.concatenate(segments, axis=0)
