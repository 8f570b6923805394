"""K-means clustering in the plane or in a lifted space, with a step-by-step API for the GUI.

The classification lab's claim is that lifting points into a higher-dimensional
space can make groups separable that are not in the plane: two rings are split
down the middle by K-means in the plane, but fall apart into inner and outer
ring on the paraboloid ``(z1, z2, h (z1**2 + z2**2))`` once ``h`` is large
enough. For points ``x_i`` in the space clustered (shape ``(N, d)``), ``K``
centroids ``c_j`` and labels ``l_i`` in ``0..K-1``, K-means minimizes the
inertia::

    I(l, c) = sum_{i=1..N} ||x_i - c_{l_i}||**2

(a plain sum, not a mean). It starts from k-means++ seeds and alternates
Lloyd's two steps: assign every point to its nearest centroid (ties to the
lowest index), then move every centroid to the mean of its points. It stops at
a fixed point, when an assignment changes no label, not when a tolerance is
met: the result is then exactly a Lloyd fixed point. Several seeded restarts
are run and the lowest inertia is kept. The lifts (:func:`plane_space`,
:func:`paraboloid_space`, :func:`scale_columns` for a polynomial lift) only
build the matrix that :func:`kmeans` clusters; agreement with known classes is
measured by :func:`purity` and :func:`adjusted_rand_index`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from fractions import Fraction
from typing import Literal

import numpy as np
from numpy.typing import ArrayLike, NDArray

from core.plane import Box
from core.settings import check_int

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
Phase = Literal["seeded", "assigned", "updated"]

MIN_K = 1
MAX_K = 10
MAX_HEIGHT = 5.0
#: Restarts of :func:`kmeans` unless asked otherwise (each a k-means++ seeding
#: followed by Lloyd iterations to a fixed point). Five keep 10,000 points under
#: 100 ms for every K (about 55 ms of CPU at K = 10 on the two rings, where a
#: run to a fixed point takes 30 to 90 steps); on the two rings at h = 1.5,
#: where one restart finds the ring split 60 to 98 % of the time, five all
#: miss it about 1 % of the time at worst.
DEFAULT_RESTARTS = 5
MAX_RESTARTS = 100
#: Cap on assignment steps per restart; a run that reaches it is reported as
#: not converged.
DEFAULT_MAX_ITER = 300
MAX_MAX_ITER = 100_000
_EPS = float(np.finfo(float).eps)


# --------------------------------------------------------------------- checks
def check_k(k: int) -> int:
    """Return ``k`` if it is an integer from MIN_K to MAX_K, else raise ValueError."""
    return check_int("k", k, MIN_K, MAX_K)


def check_height(height: float) -> float:
    """Return the paraboloid height as float if it is in [0, MAX_HEIGHT], else raise ValueError."""
    try:
        value = float(height)
    except (TypeError, ValueError):
        raise ValueError(
            f"height must be a number from 0 to {MAX_HEIGHT:g}, got {height!r}"
        ) from None
    if not (math.isfinite(value) and 0.0 <= value <= MAX_HEIGHT):
        raise ValueError(f"height must be from 0 to {MAX_HEIGHT:g}, got {value}")
    return value


def _check_matrix(name: str, x: ArrayLike) -> FloatArray:
    x = np.asarray(x, dtype=float)
    if x.ndim != 2 or x.shape[1] < 1:
        raise ValueError(
            f"{name} must be a 2-D array of shape (n_points, n_features), got {x.shape}"
        )
    if not np.all(np.isfinite(x)):
        raise ValueError(f"{name} must hold finite numbers (no nan or inf)")
    return x


def _rng(seed: int | np.random.Generator) -> np.random.Generator:
    if isinstance(seed, np.random.Generator):
        return seed
    if isinstance(seed, bool) or not isinstance(seed, int | np.integer) or seed < 0:
        raise ValueError(f"seed must be an integer >= 0 or a numpy Generator, got {seed!r}")
    return np.random.default_rng(int(seed))


# ---------------------------------------------------------------------- lifts
def _check_plane_points(points: ArrayLike, name: str = "points") -> FloatArray:
    points = _check_matrix(name, points)
    if points.shape[1] != 2:
        raise ValueError(f"{name} must have shape (n_points, 2), got {points.shape}")
    return points


def plane_space(points: ArrayLike, box: Box | None = None) -> FloatArray:
    """The plane in the lab's coordinates: ``(z1, z2)``, shape (N, 2).

    Clustering in ``z`` rather than ``x`` makes the plane the ``h = 0`` case
    of :func:`paraboloid_space` (same distances), and keeps both axes on one
    scale whatever units the box has.
    """
    points = _check_plane_points(points)
    z1, z2 = (Box() if box is None else box).to_unit(points[:, 0], points[:, 1])
    return np.column_stack([z1, z2])


def paraboloid_space(points: ArrayLike, height: float, box: Box | None = None) -> FloatArray:
    """The paraboloid lift ``(z1, z2, h (z1**2 + z2**2))``, shape (N, 3).

    ``h`` is from 0 to MAX_HEIGHT; at ``h = 0`` the third coordinate is 0 and
    every distance equals the one in :func:`plane_space`.
    """
    height = check_height(height)
    z = plane_space(points, box)
    lifted = np.empty((z.shape[0], 3))
    lifted[:, :2] = z
    lifted[:, 2] = height * (z[:, 0] ** 2 + z[:, 1] ** 2)
    return lifted


def scale_columns(features: ArrayLike) -> FloatArray:
    """Each column divided by its standard deviation (``1/N`` form); constant columns become 0.

    For a polynomial lift (every monomial ``z1**i z2**j``, ``1 <= i + j <= D``,
    on ``z`` in ``[-1, 1]``): high powers are small over most of the box
    (``z**8`` is below 0.1 for ``|z| < 0.74``), so unscaled, the Euclidean
    distance that K-means uses would hardly see them and the lift would act
    like the plane. Unit variance gives every monomial the same weight, a
    weight set by the points rather than by the few extreme ones (as scaling
    by the range would). A constant column carries no distance and is zeroed
    rather than divided by 0. Centring is left out: K-means does not change
    under a translation.
    """
    features = _check_matrix("features", features)
    if features.shape[0] == 0:
        return features.copy()
    std = features.std(axis=0)
    # Decided on the values, not on std > 0: the computed std of a constant
    # column is rounding noise, not always 0.
    varies = features.min(axis=0) < features.max(axis=0)
    scale = np.zeros_like(std)
    np.divide(1.0, std, out=scale, where=varies)
    return features * scale


# ----------------------------------------------------------- the data clustered
# Squared distances are compared as 64-bit integers with the centroid's index
# in the low 4 bits (K <= 10 < 16), so that one integer minimum gives both the
# nearest distance and its index. For non-negative doubles the integer order is
# the numeric order; overwriting 4 low bits moves a value by under 16 ulp,
# which the error budget below covers.
_INDEX_BITS = np.int64(15)
_VALUE_BITS = ~_INDEX_BITS
_ABS_VALUE_BITS = np.int64(0x7FFF_FFFF_FFFF_FFF0)
_INDEX_COLUMN = np.arange(16, dtype=np.int64)[:, None]
_TOP = np.int64(np.iinfo(np.int64).max)
# Coordinates at least this large would overflow squared distances.
_MAX_ABS = 1e150
# Elements of the N x K x d difference arrays that the direct formula builds at a time.
_DIRECT_BLOCK = 1 << 18


@dataclass(frozen=True, eq=False)
class _Space:
    """Points to cluster, with what every assignment step reuses.

    The expansion ``||x - c||**2 = ||x||**2 - 2 x.c + ||c||**2`` is evaluated
    on points centred at their mean: its rounding error grows with
    ``(||x|| + ||c||)**2``, which centring keeps small when the data sit far
    from the origin. Coordinates are also kept transposed (one contiguous row
    per coordinate), the layout the distance products and sums want.
    """

    x: FloatArray  # (N, d), read-only
    xt: FloatArray  # (d, N): x transposed
    shift: FloatArray  # (d,): the mean of x
    centred_t: FloatArray  # (d, N): x - shift, transposed
    sq: FloatArray  # (N,): ||x - shift||**2
    norm: FloatArray  # (N,): ||x - shift||

    @classmethod
    def of(cls, x: ArrayLike) -> _Space:
        x = np.array(_check_matrix("x", x), dtype=float, order="C")
        x.setflags(write=False)
        n, d = x.shape
        shift = x.mean(axis=0) if n else np.zeros(d)
        centred_t = np.ascontiguousarray((x - shift).T)
        if n and float(np.abs(x).max()) >= _MAX_ABS:
            raise ValueError(f"x must hold numbers below {_MAX_ABS:g} in size (squares overflow)")
        sq = np.einsum("ij,ij->j", centred_t, centred_t)
        return cls(x, np.ascontiguousarray(x.T), shift, centred_t, sq, np.sqrt(sq))

    @property
    def n(self) -> int:
        return self.x.shape[0]


def _direct_sq_dist(x: FloatArray, centroids: FloatArray) -> FloatArray:
    """``sum_t (x_it - c_jt)**2`` from the coordinate differences, shape (len(x), K).

    The definition of "nearest" that every assignment reproduces exactly.
    """
    diff = x[:, None, :] - centroids[None, :, :]
    return (diff * diff).sum(axis=2)


def _direct_nearest(x: FloatArray, centroids: FloatArray) -> IntArray:
    out = np.empty(x.shape[0], dtype=np.int64)
    rows = max(1, _DIRECT_BLOCK // centroids.size)
    for lo in range(0, x.shape[0], rows):
        hi = lo + rows
        out[lo:hi] = _direct_sq_dist(x[lo:hi], centroids).argmin(axis=1)
    return out


def _nearest(
    space: _Space, centroids: FloatArray, rows: IntArray | None = None, slack: bool = False
) -> tuple[IntArray, FloatArray | None]:
    """Nearest centroid of each point (of ``rows``, or all), ties to the lowest index.

    The fast path is the expansion, evaluated in the centred frame. Its
    error, together with that of the centring, of the 4 index bits and of the
    direct formula, is below ``err = (2 d + 40) eps (||x|| + ||c||)**2`` per
    squared distance (standard dot-product bounds, ``d`` the dimension). When
    the two smallest values are more than ``2 err`` apart the direct formula
    cannot order them otherwise; closer calls (ties included) are decided by
    the direct formula itself.

    With ``slack``, also returns ``lower - rho * upper`` per point (see
    :func:`_lloyd`): ``upper = sqrt(best + err)`` is at least the distance to
    the labelled centroid and ``lower = sqrt(second - err)`` at most the
    distance to any other one, in exact arithmetic on the stored numbers.
    Points decided by the direct formula get slack -inf, so that the next
    pruned step looks at them again.
    """
    k, d = centroids.shape
    ct = space.centred_t if rows is None else space.centred_t[:, rows]
    sq = space.sq if rows is None else space.sq[rows]
    m = ct.shape[1]
    cc = centroids - space.shift
    cc_sq = np.einsum("ij,ij->i", cc, cc)
    dist = (-2.0 * cc) @ ct
    dist += cc_sq[:, None]
    dist += sq
    norm = space.norm if rows is None else space.norm[rows]
    err = norm + math.sqrt(float(cc_sq.max()))
    err *= err
    err *= (2 * d + 40) * _EPS
    if k == 1:
        if not slack:
            return np.zeros(m, dtype=np.int64), None
        return np.zeros(m, dtype=np.int64), np.full(m, np.inf)
    coded = dist.view(np.int64)
    # Clearing the sign bit is abs(): a value just below 0 is rounding, and its
    # absolute value stays within err of the truth.
    coded &= _ABS_VALUE_BITS
    coded |= _INDEX_COLUMN[:k]
    first = coded.min(axis=0)
    labels = first & _INDEX_BITS
    np.put(coded, labels * m + np.arange(m), _TOP)
    second = (coded.min(axis=0) & _VALUE_BITS).view(np.float64)
    best = (first & _VALUE_BITS).view(np.float64)
    near = np.flatnonzero(second - best <= 2.0 * err)
    if near.size:
        points = space.x[near] if rows is None else space.x[rows[near]]
        labels[near] = _direct_nearest(points, centroids)
    if not slack:
        return labels, None
    second -= err
    np.maximum(second, 0.0, out=second)
    best += err
    out = np.sqrt(second)
    out -= _rho(d) * np.sqrt(best)
    out[near] = -np.inf
    return labels, out


def _rho(d: int) -> float:
    """``1 + (2 d + 8) eps``: a distance ratio that the direct formula's rounding cannot undo."""
    return 1.0 + (2 * d + 8) * _EPS


def _assign(space: _Space, centroids: FloatArray) -> IntArray:
    """Label of the nearest centroid of every point, ties to the lowest index."""
    if space.n == 0:
        return np.zeros(0, dtype=np.int64)
    return _nearest(space, centroids)[0]


def _means(xt: FloatArray, labels: IntArray, k: int) -> tuple[FloatArray, IntArray]:
    """Per-cluster sums divided by counts (rows of empty clusters are 0), and the counts.

    ``xt`` is the points transposed, shape (d, N).
    """
    counts = np.bincount(labels, minlength=k)
    sums = np.empty((k, xt.shape[0]))
    for t, column in enumerate(xt):
        sums[:, t] = np.bincount(labels, weights=column, minlength=k)
    # An empty cluster's sum is 0; dividing it by 1 instead of 0 keeps it 0.
    sums /= np.maximum(counts, 1)[:, None]
    return sums, counts


def _update(
    space: _Space, labels: IntArray, previous: FloatArray
) -> tuple[FloatArray, IntArray, tuple[int, ...]]:
    """Centroids as cluster means; empty clusters re-seeded; the labels after re-seeding.

    Rule for an empty cluster: the point farthest from its own cluster's mean
    (lowest index among equals) leaves its cluster and becomes the empty
    cluster's only point and centroid; repeated, lowest empty index first,
    until no cluster is empty. That point is never the only point of its
    cluster (its distance would be 0) nor equal to its old cluster's new mean,
    so the inertia strictly falls. When there are at least K distinct points
    a cluster with two distinct points exists, so the rule always finds a
    point; otherwise (not reachable through :func:`start`, which refuses such
    data) the empty centroid keeps its previous position.
    """
    k = previous.shape[0]
    means, counts = _means(space.xt, labels, k)
    reseeded: list[int] = []
    while True:
        empty = np.flatnonzero(counts == 0)
        if empty.size == 0:
            break
        diff = space.x - means[labels]
        far = np.einsum("ij,ij->i", diff, diff)
        i = int(far.argmax())
        if far[i] == 0.0:
            means[empty] = previous[empty]
            break
        if not reseeded:
            labels = labels.copy()
        j = int(empty[0])
        labels[i] = j
        reseeded.append(j)
        means, counts = _means(space.xt, labels, k)
    return means, labels, tuple(reseeded)


def _inertia(x: FloatArray, labels: IntArray, centroids: FloatArray) -> float:
    """``sum_i ||x_i - c_{l_i}||**2`` from the coordinate differences (never negative)."""
    diff = x - centroids[labels]
    return float(np.einsum("ij,ij->", diff, diff))


def _seed(space: _Space, k: int, rng: np.random.Generator) -> FloatArray:
    """Greedy k-means++ seeds, shape (k, d): k distinct points of ``x``.

    The first seed is a uniformly drawn point. Each next one: draw
    ``2 + floor(ln k)`` candidates with probability proportional to their
    squared distance to the nearest seed so far, and keep the candidate that
    leaves the smallest sum of those squared distances (the greedy variant
    of Arthur and Vassilvitskii). A point equal to a seed must have weight
    exactly 0, so that it is never drawn again: distances within rounding of
    0 are recomputed from the coordinate differences.
    """
    x = space.x
    n, d = x.shape
    if n == 0:
        raise ValueError(f"k must be at most the number of distinct points (0), got {k}")
    seeds = np.empty((k, d))
    first = int(rng.integers(n))
    seeds[0] = x[first]
    closest = _seed_distances(space, x[first][None, :])[0]
    n_trials = 2 + int(math.log(k))
    for c in range(1, k):
        cumulative = np.cumsum(closest)
        total = cumulative[-1]
        if not total > 0.0:
            raise ValueError(f"k must be at most the number of distinct points ({c}), got {k}")
        picks = np.searchsorted(cumulative, rng.random(n_trials) * total, side="right")
        if picks.max() == n:
            # A draw that rounded up to the total fell off the end: take the
            # last point of positive weight instead.
            picks = np.minimum(picks, n - 1 - int(np.argmax(closest[::-1] > 0.0)))
        trial = _seed_distances(space, x[picks])
        np.minimum(trial, closest, out=trial)
        best = int(trial.sum(axis=1).argmin())
        seeds[c] = x[picks[best]]
        closest = trial[best]
    return seeds


def _seed_distances(space: _Space, candidates: FloatArray) -> FloatArray:
    """Squared distances from candidates (T, d) to every point, shape (T, N); exact 0 for copies."""
    pc = candidates - space.shift
    pc_sq = np.einsum("ij,ij->i", pc, pc)
    err = space.norm + math.sqrt(float(pc_sq.max()))
    err *= err
    err *= (2 * space.x.shape[1] + 40) * _EPS
    dist = (-2.0 * pc) @ space.centred_t
    dist += pc_sq[:, None]
    dist += space.sq
    np.abs(dist, out=dist)
    t_idx, i_idx = np.nonzero(dist <= err)
    if t_idx.size:
        diff = space.x[i_idx] - candidates[t_idx]
        dist[t_idx, i_idx] = np.einsum("ij,ij->i", diff, diff)
    return dist


def _lloyd(
    space: _Space, seeds: FloatArray, max_iter: int
) -> tuple[IntArray, FloatArray, int, bool]:
    """Lloyd's iterations from ``seeds``: labels, centroids, assignment steps, converged.

    The same sequence of states as :func:`start` then :func:`run` (tested to
    be), but an assignment step skips every point whose label provably stays
    (Hamerly's bounds, folded into one number per point):
    ``slack = lower - rho * upper``, where ``upper`` bounds the distance to
    the point's centroid and ``lower`` the distance to every other one.
    Moving the centroids by ``shift_j`` raises ``upper`` by the own
    centroid's shift and lowers ``lower`` by the largest shift, so ``slack``
    falls by ``max_j shift_j + rho shift_own``. A point with positive slack
    keeps its label; ``rho = 1 + (2 d + 8) eps`` covers the rounding of the
    direct formula, so a kept label is the one the direct formula gives.
    Late Lloyd steps move few points, and most of the others are skipped.
    """
    d = seeds.shape[1]
    labels, slack = _nearest(space, seeds, slack=True)
    assert slack is not None
    rho = _rho(d)
    # Every distance here is below 2 max ||x - m|| (centroids are means of
    # points or points); ``tau`` covers the rounding of one update of slack.
    tau = 16 * _EPS * 2.0 * float(space.norm.max())
    centroids = seeds
    n_assign = 1
    while True:
        new, labels, reseeded = _update(space, labels, centroids)
        if n_assign >= max_iter:
            return labels, new, n_assign, False
        step = new - centroids
        shift = np.sqrt(np.einsum("ij,ij->i", step, step)) * (1.0 + (d + 4) * _EPS)
        centroids = new
        slack -= ((shift.max() + rho * shift) * (1.0 + 4 * _EPS) + tau)[labels]
        if reseeded:
            # A point moved into an empty cluster: its bounds speak of its old one.
            slack[np.isin(labels, reseeded)] = -np.inf
        n_assign += 1
        check = np.flatnonzero(slack <= 0.0)
        if check.size == 0:
            return labels, centroids, n_assign, True
        fresh, fresh_slack = _nearest(space, centroids, check, slack=True)
        slack[check] = fresh_slack
        moved = fresh != labels[check]
        if not moved.any():
            return labels, centroids, n_assign, True
        labels[check] = fresh


# ----------------------------------------------------------------- step by step
@dataclass(frozen=True, eq=False)
class KMeansState:
    """One moment of Lloyd's algorithm, for a GUI that shows it step by step.

    Made by :func:`start` and advanced by :func:`assign_step`,
    :func:`update_step`, :func:`next_step` and :func:`run`; never changed in
    place (its arrays are read-only).

    Attributes
    ----------
    x : ndarray, shape (N, d)
        The points in the space clustered.
    centroids : ndarray, shape (K, d)
        Current centroids in that space.
    labels : ndarray of int, shape (N,), or None
        Cluster of each point; None before the first assignment step.
    inertia : float or None
        ``sum_i ||x_i - c_{l_i}||**2`` for these labels and centroids; None
        before the first assignment step.
    phase : {"seeded", "assigned", "updated"}
        The step that made this state.
    n_assign, n_update : int
        Assignment and update steps done since :func:`start`.
    n_changed : int
        Labels the last step changed (all N for the first assignment; the
        points moved into empty clusters for an update step; 0 when seeded).
    reseeded : tuple of int
        Clusters the last update step found empty and re-seeded.
    converged : bool
        Whether this is a Lloyd fixed point: the last assignment, made with
        the means of the labels it started from, changed no label.
    """

    x: FloatArray
    centroids: FloatArray
    labels: IntArray | None
    inertia: float | None
    phase: Phase
    n_assign: int
    n_update: int
    n_changed: int
    reseeded: tuple[int, ...]
    converged: bool
    _space: _Space = field(repr=False)

    @property
    def k(self) -> int:
        """Number of clusters."""
        return self.centroids.shape[0]

    @property
    def next_phase(self) -> Literal["assign", "update"]:
        """Which step Lloyd's algorithm takes next."""
        return "update" if self.phase == "assigned" else "assign"


def _frozen(array: NDArray) -> NDArray:
    array.setflags(write=False)
    return array


def start(x: ArrayLike, k: int, seed: int | np.random.Generator = 0) -> KMeansState:
    """Seed K centroids by greedy k-means++ (see :func:`kmeans`); no point is assigned yet.

    Parameters
    ----------
    x : array_like, shape (N, d)
        Points in the space to cluster (for instance from :func:`paraboloid_space`).
    k : int
        1 to MAX_K, and at most the number of distinct points.
    seed : int >= 0 or numpy.random.Generator
        The same seed gives the same centroids; ``start(x, k, s)`` seeds
        exactly as the first restart of ``kmeans(x, k, seed=s)``.

    Raises
    ------
    ValueError
        For a bad argument, or when ``x`` has fewer than ``k`` distinct points
        (K non-empty clusters with distinct centroids are then impossible).
    """
    k = check_k(k)
    space = _Space.of(x)
    return _seeded(space, k, _rng(seed))


def from_centroids(x: ArrayLike, centroids: ArrayLike) -> KMeansState:
    """A state seeded with given centroids instead of k-means++ (a user's placement, say).

    Parameters
    ----------
    x : array_like, shape (N, d)
        Points in the space to cluster.
    centroids : array_like, shape (K, d)
        Starting centroids, K from 1 to MAX_K; they need not be points of
        ``x`` and may coincide (the later copies then start empty and are
        re-seeded by the first update step).

    Raises
    ------
    ValueError
        For a bad argument, or when ``x`` has fewer than K distinct points.
    """
    space = _Space.of(x)
    centroids = np.array(_check_matrix("centroids", centroids), dtype=float, order="C")
    k, d = centroids.shape
    if not MIN_K <= k <= MAX_K:
        raise ValueError(f"centroids must have {MIN_K} to {MAX_K} rows (K), got {k}")
    if d != space.x.shape[1]:
        raise ValueError(f"centroids must have {space.x.shape[1]} columns like x, got {d}")
    distinct = np.unique(space.x, axis=0).shape[0]
    if distinct < k:
        raise ValueError(f"k must be at most the number of distinct points ({distinct}), got {k}")
    return KMeansState(space.x, _frozen(centroids), None, None, "seeded", 0, 0, 0, (), False, space)


def _seeded(space: _Space, k: int, rng: np.random.Generator) -> KMeansState:
    centroids = _frozen(_seed(space, k, rng))
    return KMeansState(space.x, centroids, None, None, "seeded", 0, 0, 0, (), False, space)


def assign_step(state: KMeansState) -> KMeansState:
    """Assign every point to its nearest centroid (ties to the lowest index)."""
    labels = _assign(state._space, state.centroids)
    if state.labels is None:
        changed = labels.size
    else:
        changed = int(np.count_nonzero(labels != state.labels))
    converged = (
        state.phase != "seeded" and changed == 0 and (state.phase == "updated" or state.converged)
    )
    return replace(
        state,
        labels=_frozen(labels),
        inertia=_inertia(state.x, labels, state.centroids),
        phase="assigned",
        n_assign=state.n_assign + 1,
        n_changed=changed,
        reseeded=(),
        converged=converged,
    )


def update_step(state: KMeansState) -> KMeansState:
    """Move every centroid to the mean of its points; re-seed empty clusters (see :func:`kmeans`).

    Raises
    ------
    ValueError
        If no assignment step was made yet (there are no labels to average).
    """
    if state.labels is None:
        raise ValueError("update_step needs labels: make an assignment step first")
    centroids, labels, reseeded = _update(state._space, state.labels, state.centroids)
    changed = int(np.count_nonzero(labels != state.labels)) if reseeded else 0
    converged = state.converged and not reseeded and np.array_equal(centroids, state.centroids)
    return replace(
        state,
        centroids=_frozen(centroids),
        labels=state.labels if not reseeded else _frozen(labels),
        inertia=_inertia(state.x, labels, centroids),
        phase="updated",
        n_update=state.n_update + 1,
        n_changed=changed,
        reseeded=reseeded,
        converged=converged,
    )


def next_step(state: KMeansState) -> KMeansState:
    """The step Lloyd's algorithm takes next: an update after an assignment, else an assignment."""
    return update_step(state) if state.phase == "assigned" else assign_step(state)


def run(state: KMeansState, max_iter: int = DEFAULT_MAX_ITER) -> KMeansState:
    """Alternate the steps until a fixed point, at most ``max_iter`` more assignment steps.

    A converged state is returned as it is. Otherwise the result is the state
    after the assignment step that changed no label (``converged`` True), or,
    when ``max_iter`` assignment steps were not enough, the state after the
    update step that follows the last of them (``converged`` False; every
    centroid then is the mean of its points, and no cluster is empty).
    """
    max_iter = check_int("max_iter", max_iter, 1, MAX_MAX_ITER)
    if state.converged:
        return state
    budget = state.n_assign + max_iter
    if state.phase == "assigned":
        state = update_step(state)
    while state.n_assign < budget:
        state = assign_step(state)
        if state.converged:
            return state
        state = update_step(state)
    return state


# ---------------------------------------------------------------------- K-means
@dataclass(frozen=True, eq=False)
class KMeansResult:
    """The kept restart of :func:`kmeans`.

    Attributes
    ----------
    labels : ndarray of int, shape (N,)
        Cluster of each point, 0..K-1; no cluster is empty.
    centroids : ndarray, shape (K, d)
        In the space clustered; each the mean of its points.
    inertia : float
        ``sum_i ||x_i - c_{l_i}||**2`` in the space clustered.
    plane_centroids : ndarray, shape (K, m), or None
        Mean position of each cluster's points in the ``plane`` coordinates
        given to :func:`kmeans`; None if none were given.
    n_iter : int
        Assignment steps of the kept restart, the last one (if converged) the
        one that changed nothing; what scikit-learn's ``KMeans.n_iter_`` counts.
    converged : bool
        True when the kept restart reached a fixed point (every point nearest
        its own centroid), False when it stopped at ``max_iter``.
    restart : int
        Index of the kept restart (the first one of lowest inertia).
    restart_inertias : tuple of float
        Final inertia of every restart, in order.
    n_unconverged : int
        Restarts that stopped at ``max_iter``.
    """

    labels: IntArray
    centroids: FloatArray
    inertia: float
    plane_centroids: FloatArray | None
    n_iter: int
    converged: bool
    restart: int
    restart_inertias: tuple[float, ...]
    n_unconverged: int

    @property
    def k(self) -> int:
        """Number of clusters."""
        return self.centroids.shape[0]


def kmeans(
    x: ArrayLike,
    k: int,
    *,
    restarts: int = DEFAULT_RESTARTS,
    seed: int | np.random.Generator = 0,
    max_iter: int = DEFAULT_MAX_ITER,
    plane: ArrayLike | None = None,
) -> KMeansResult:
    """Cluster points by K-means: k-means++ seeds, Lloyd iterations to a fixed point, restarts.

    Minimizes (locally) the inertia ``I = sum_i ||x_i - c_{l_i}||**2`` over
    labels ``l`` and centroids ``c``, in the space ``x`` lives in.

    Each restart seeds by greedy k-means++ (see :func:`start`), then
    alternates an assignment step (nearest centroid, ties to the lowest
    index, decided exactly as the direct formula ``sum_t (x_it - c_jt)**2``
    decides) and an update step (each centroid the mean of its points; an
    empty cluster takes the point farthest from its own cluster's mean), until
    an assignment step changes no label. The restart with the lowest inertia
    is kept (the first of equals).

    Parameters
    ----------
    x : array_like, shape (N, d)
        Points in the space to cluster: :func:`plane_space`,
        :func:`paraboloid_space`, or any feature matrix (for a polynomial
        lift, scale it first with :func:`scale_columns`).
    k : int
        Number of clusters, 1 to MAX_K and at most the number of distinct
        points.
    restarts : int
        1 to MAX_RESTARTS.
    seed : int >= 0 or numpy.random.Generator
        Source of the seeding's randomness; restarts draw from it in turn, so
        restart 0 of ``seed=s`` is ``start(x, k, s)``.
    max_iter : int
        Cap on assignment steps per restart, 1 to MAX_MAX_ITER.
    plane : array_like, shape (N, m), optional
        The same points in other coordinates (the plane ``(x1, x2)`` for a
        lift) in which to report each cluster's mean.

    Returns
    -------
    KMeansResult

    Raises
    ------
    ValueError
        For a bad argument, or fewer than ``k`` distinct points (including
        N = 0).
    """
    k = check_k(k)
    restarts = check_int("restarts", restarts, 1, MAX_RESTARTS)
    max_iter = check_int("max_iter", max_iter, 1, MAX_MAX_ITER)
    rng = _rng(seed)
    space = _Space.of(x)
    plane_points = None
    if plane is not None:
        plane_points = _check_matrix("plane", plane)
        if plane_points.shape[0] != space.n:
            raise ValueError(
                f"plane must have one row per point ({space.n}), got {plane_points.shape[0]}"
            )
    runs: list[tuple[IntArray, FloatArray, int, bool]] = []
    inertias: list[float] = []
    for _ in range(restarts):
        labels, centroids, n_assign, converged = _lloyd(space, _seed(space, k, rng), max_iter)
        runs.append((labels, centroids, n_assign, converged))
        inertias.append(_inertia(space.x, labels, centroids))
    kept = int(np.argmin(inertias))
    labels, centroids, n_assign, converged = runs[kept]
    plane_centroids = None
    if plane_points is not None:
        plane_centroids = _frozen(cluster_means(plane_points, labels, k))
    return KMeansResult(
        labels=_frozen(labels),
        centroids=_frozen(centroids),
        inertia=inertias[kept],
        plane_centroids=plane_centroids,
        n_iter=n_assign,
        converged=converged,
        restart=kept,
        restart_inertias=tuple(inertias),
        n_unconverged=sum(not run[3] for run in runs),
    )


def nearest_centroid(x: ArrayLike, centroids: ArrayLike) -> IntArray:
    """Index of the nearest centroid of each point (ties to the lowest index), shape (N,).

    Decides exactly as the direct ``sum_t (x_it - c_jt)**2`` does; use it to
    colour the regions of a clustering (lift a grid of the plane first).
    """
    centroids = _check_matrix("centroids", centroids)
    space = _Space.of(x)
    if centroids.shape[1] != space.x.shape[1]:
        raise ValueError(
            f"centroids must have {space.x.shape[1]} columns like x, got {centroids.shape[1]}"
        )
    if centroids.shape[0] == 0:
        raise ValueError("centroids must have at least one row")
    return _assign(space, np.ascontiguousarray(centroids))


def cluster_means(points: ArrayLike, labels: ArrayLike, k: int) -> FloatArray:
    """Mean of each cluster's points, shape (K, m): a centroid in other coordinates.

    Raises
    ------
    ValueError
        If a label is outside 0..K-1, or a cluster has no point (its mean is
        undefined).
    """
    k = check_k(k)
    points = _check_matrix("points", points)
    labels = _check_labels("labels", labels, points.shape[0])
    if labels.size and (labels.min() < 0 or labels.max() >= k):
        raise ValueError(f"labels must be from 0 to {k - 1}, got {labels.min()}..{labels.max()}")
    means, counts = _means(np.ascontiguousarray(points.T), labels, k)
    if np.any(counts == 0):
        raise ValueError(f"cluster {int(np.argmin(counts))} has no point: its mean is undefined")
    return means


def _check_labels(name: str, labels: ArrayLike, n: int | None = None) -> IntArray:
    array = np.asarray(labels)
    if array.ndim != 1:
        raise ValueError(f"{name} must be a 1-D array, got shape {array.shape}")
    if array.size and not np.issubdtype(array.dtype, np.integer):
        raise ValueError(f"{name} must be integers, got dtype {array.dtype}")
    if n is not None and array.size != n:
        raise ValueError(f"{name} must have one entry per point ({n}), got {array.size}")
    return array.astype(np.int64, copy=False)


# ---------------------------------------------------------- agreement measures
def contingency_table(labels: ArrayLike, classes: ArrayLike) -> IntArray:
    """``n[a, b]`` = points in the a-th cluster and the b-th class, shape (clusters, classes).

    Clusters and classes are the distinct values of ``labels`` and
    ``classes``, in increasing order; neither needs to be 0-based or dense.
    """
    labels = _check_labels("labels", labels)
    classes = _check_labels("classes", classes, labels.size)
    cluster_ids, rows = np.unique(labels, return_inverse=True)
    class_ids, cols = np.unique(classes, return_inverse=True)
    cells = rows.ravel() * class_ids.size + cols.ravel()
    table = np.bincount(cells, minlength=cluster_ids.size * class_ids.size)
    return table.reshape(cluster_ids.size, class_ids.size).astype(np.int64, copy=False)


def purity(labels: ArrayLike, classes: ArrayLike) -> float:
    """Fraction of points whose class is the most common class of their cluster.

    ``purity = (1/N) sum_a max_b n[a, b]`` over the contingency table; 1 when
    every cluster holds one class, at least ``max_b (class b's share)``
    always.

    Raises
    ------
    ValueError
        For N = 0 (no points to agree on) or mismatched lengths.
    """
    table = contingency_table(labels, classes)
    n = int(table.sum())
    if n == 0:
        raise ValueError("purity needs at least one point, got 0")
    return int(table.max(axis=1).sum()) / n


def adjusted_rand_index(labels: ArrayLike, classes: ArrayLike) -> float:
    """Hubert and Arabie's adjusted Rand index of a clustering against classes.

    With ``n[a, b]`` the contingency table, row sums ``r_a``, column sums
    ``s_b``, ``C(m) = m (m - 1) / 2`` (pairs among m points)::

        index    = sum_ab C(n[a, b])
        expected = sum_a C(r_a) * sum_b C(s_b) / C(N)
        maximum  = (sum_a C(r_a) + sum_b C(s_b)) / 2
        ARI      = (index - expected) / (maximum - expected)

    1 for identical partitions, about 0 for a random one, negative below
    chance. Computed in exact integer arithmetic, rounded once. When
    ``maximum == expected`` (both partitions a single cluster, or both all
    singletons, which includes N = 1) the partitions are identical and the
    index is 1.

    Raises
    ------
    ValueError
        For N = 0 or mismatched lengths.
    """
    table = contingency_table(labels, classes)
    n = int(table.sum())
    if n == 0:
        raise ValueError("adjusted_rand_index needs at least one point, got 0")

    def pairs(counts: NDArray) -> int:
        return sum(int(m) * (int(m) - 1) // 2 for m in counts.ravel())

    index = pairs(table)
    rows = pairs(table.sum(axis=1))
    cols = pairs(table.sum(axis=0))
    total = n * (n - 1) // 2
    if total == 0:
        return 1.0
    expected = Fraction(rows * cols, total)
    maximum = Fraction(rows + cols, 2)
    if maximum == expected:
        return 1.0
    return float((index - expected) / (maximum - expected))
