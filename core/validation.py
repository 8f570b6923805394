"""Validation curves, cross-validation, regularization paths and bootstrap fits.

Everything the explanatory panels draw about the model of :mod:`core.polyfit`::

    L(coef) = (1/n) sum_i (y_i - f(x_i))**2 + l1 sum_{k in P} |coef_k| + l2 sum_{k in P} coef_k**2

with ``P = {1..D}`` (or ``{0..D}`` when the intercept is penalized). ``n`` is
the number of points the fit sees, so a fold or a resample is fitted with the
same ``l1, l2`` as the whole training set: lambda keeps its meaning whatever
``n`` is (scikit-learn's ``Ridge(alpha)`` is ``alpha = n l2``).

A sweep over penalties moves along one direction ``(l1, l2) = lam (s, 1 - s)``
(:class:`PenaltyMix`): pure L2 (``s = 0``), pure L1 (``s = 1``) or an elastic
net in a fixed ratio. Pure ridge has closed forms: one SVD of the reduced
system gives the whole lambda grid, and leave-one-out errors come from the
diagonal of the hat matrix without any refit. L1 and elastic-net sweeps call
the exact solver once per grid point, warm-started from the neighbouring
lambda, from the largest lambda (nearly all zeros) down.

Every function works on :class:`core.polyfit.Reduced` systems where it can, so
the O(N) work (a QR reduction of the points) is done once per point set and
reused for every degree, lambda and fold. Fold and resample reductions are
built from reductions of disjoint blocks of points (:func:`combine`), so
k-fold cross-validation costs one pass over the data, not k.

Functions with a loop of exact solves accept ``checkpoint``, a callable they
call between solves. It may pause (a GUI lets its own thread go first) or
raise to abandon the computation (a result nobody will show); nothing here
depends on it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
from numpy.typing import ArrayLike, NDArray

from core.polyfit import (
    MAX_DEGREE,
    Basis,
    Domain,
    Reduced,
    check_basis,
    check_degree,
    check_points,
    check_strength,
    evaluate,
    features,
    reduce,
    ridge_path,
    singular_values,
    solve,
)
from core.settings import check_int

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
Checkpoint = Callable[[], None]

LAMBDA_MIN = 1e-10
LAMBDA_MAX = 1e2
#: Four points per decade from 1e-10 to 1e2: fine enough to see the shape of a
#: validation curve, coarse enough that an L1 sweep stays near 50 ms.
DEFAULT_GRID_POINTS = 49
DEFAULT_FOLDS = 5
DEFAULT_RESAMPLES = 30
#: Up to this many points a bootstrap resamples points; above, it resamples
#: random blocks of points (see :func:`bootstrap_samples`).
MAX_POINT_BOOTSTRAP = 5_000
BOOTSTRAP_BLOCKS = 200
_EPS = float(np.finfo(float).eps)
# The l1 above which the null fit is taken as optimal without a solve is the
# largest gradient raised by this fraction: the gradient is known to a few
# ulps only, and a setting within that of the bound goes to the exact solver.
_NULL_FIT_MARGIN = 1e-9
# Rows per block of the leave-one-out matrices (N x G would not fit in cache).
_LOO_BLOCK = 4096
# 1 - h_ii is computed to a few ulps of 1; below this it has lost more than
# half its digits, and the leave-one-out error e_i / (1 - h_ii) with them, so
# such a point is refitted without itself instead (see ridge_loo).
_LEVERAGE_FLOOR = 1e-8


# --------------------------------------------------------------------- checks
def check_lambdas(lambdas: ArrayLike, allow_zero: bool = False) -> FloatArray:
    """Return a lambda grid as a float array if it is 1-D, non-empty, finite and ascending.

    Every entry must be > 0 (>= 0 with ``allow_zero``) and strictly above the
    one before; raises ValueError naming what is wrong otherwise.
    """
    lam = np.asarray(lambdas, dtype=float)
    if lam.ndim != 1 or lam.size == 0:
        raise ValueError(f"lambdas must be a non-empty 1-D array, got shape {lam.shape}")
    low = lam < 0 if allow_zero else lam <= 0
    if not np.all(np.isfinite(lam)) or np.any(low):
        bound = ">= 0" if allow_zero else "> 0"
        raise ValueError(f"lambdas must be finite and {bound}, got min {lam.min()!r}")
    if lam.size > 1 and np.any(np.diff(lam) <= 0):
        raise ValueError("lambdas must be strictly increasing")
    return lam


def run_checkpoint(checkpoint: Checkpoint | None) -> None:
    """Call ``checkpoint`` if there is one (see the module docstring)."""
    if checkpoint is not None:
        checkpoint()


def best_index(values: ArrayLike, ties: Literal["first", "last"]) -> int | None:
    """Index of the smallest finite entry of ``values``; None if no entry is finite.

    Among equal smallest entries ``ties`` picks the first or the last index.
    The curves here run along ascending grids, so ``"last"`` is the largest
    lambda and ``"first"`` the lowest degree: the simplest model either way.
    """
    values = np.asarray(values, dtype=float)
    finite = np.isfinite(values)
    if not finite.any():
        return None
    smallest = np.flatnonzero(values == values[finite].min())
    return int(smallest[-1] if ties == "last" else smallest[0])


def _need_points(reduced: Reduced, what: str, at_least: int = 1) -> None:
    if reduced.n_samples < at_least:
        raise ValueError(
            f"{what} needs at least {at_least} training points, got {reduced.n_samples}"
        )


def _rmse(sse: FloatArray, n: int) -> FloatArray:
    if n == 0:
        return np.full(np.shape(sse), np.nan)
    return np.sqrt(np.maximum(sse, 0.0) / n)


def lambda_grid(
    n_points: int = DEFAULT_GRID_POINTS, lo: float = LAMBDA_MIN, hi: float = LAMBDA_MAX
) -> FloatArray:
    """``n_points`` strengths spaced evenly in log10 from ``lo`` to ``hi``, ascending."""
    n_points = check_int("n_points", n_points, 2)
    for name, value in (("lo", lo), ("hi", hi)):
        if not (math.isfinite(value) and value > 0):
            raise ValueError(f"{name} must be a finite number > 0, got {value!r}")
    if not lo < hi:
        raise ValueError(f"lo must be below hi, got lo={lo!r}, hi={hi!r}")
    return np.logspace(math.log10(lo), math.log10(hi), n_points)


# ---------------------------------------------------------------- penalty mix
@dataclass(frozen=True)
class PenaltyMix:
    """A direction in the (l1, l2) plane: ``(l1, l2) = lam * (l1_share, 1 - l1_share)``.

    ``l1_share = 0`` is ridge, ``1`` is lasso, anything between an elastic
    net whose ratio ``l1 : l2`` stays fixed while ``lam = l1 + l2`` moves.
    """

    l1_share: float = 0.0

    def __post_init__(self) -> None:
        share = self.l1_share
        if not (isinstance(share, int | float) and math.isfinite(share) and 0 <= share <= 1):
            raise ValueError(f"l1_share must be a number from 0 to 1, got {share!r}")

    @property
    def is_ridge(self) -> bool:
        """True for pure L2, which has closed forms."""
        return self.l1_share == 0.0

    @property
    def kind(self) -> str:
        """``"l2"``, ``"l1"`` or ``"elastic net"``."""
        if self.l1_share == 0.0:
            return "l2"
        if self.l1_share == 1.0:
            return "l1"
        return "elastic net"

    def strengths(self, lam: float) -> tuple[float, float]:
        """``(l1, l2)`` at total strength ``lam``; exact for the pure kinds."""
        lam = check_strength("lam", lam)
        if self.l1_share == 0.0:
            return 0.0, lam
        if self.l1_share == 1.0:
            return lam, 0.0
        return lam * self.l1_share, lam * (1.0 - self.l1_share)


def penalty_mix(l1: float, l2: float) -> tuple[PenaltyMix, float]:
    """The direction and total strength ``lam = l1 + l2`` of a setting.

    With both strengths 0 (no penalty) the direction is ridge, the one a
    validation curve is usually drawn for, and ``lam`` is 0.
    """
    l1 = check_strength("l1", l1)
    l2 = check_strength("l2", l2)
    lam = l1 + l2
    if l1 == 0.0:
        return PenaltyMix(0.0), lam
    if l2 == 0.0:
        return PenaltyMix(1.0), lam
    return PenaltyMix(l1 / lam), lam


# ----------------------------------------------------------- reductions of sets
@dataclass(frozen=True, eq=False)
class TrainTest:
    """QR reductions of the training and the test points (test may hold 0 points)."""

    train: Reduced
    test: Reduced


def reduce_split(
    x: ArrayLike,
    y: ArrayLike,
    is_test: ArrayLike,
    basis: Basis = "monomial",
    domain: Domain | None = None,
    degree: int = MAX_DEGREE,
) -> TrainTest:
    """Reduce training and test points separately at ``degree`` (truncate for lower ones)."""
    x, y = check_points(x, y)
    is_test = np.asarray(is_test, dtype=bool)
    if is_test.shape != x.shape:
        raise ValueError(f"is_test must have shape {x.shape}, got {is_test.shape}")
    domain = Domain() if domain is None else domain
    train = reduce(x[~is_test], y[~is_test], degree, basis, domain)
    test = reduce(x[is_test], y[is_test], degree, basis, domain)
    return TrainTest(train, test)


def combine(reductions: Sequence[Reduced], weights: ArrayLike | None = None) -> Reduced:
    """The reduction of the union of disjoint point sets, from their reductions.

    Each ``Reduced`` stands for ``[Phi_j | y_j]`` through an upper triangular
    factor with the same Gram matrix: the rows ``[r_j | qty_j]`` and
    ``[0 .. 0 | sqrt(rss_perp_j)]``. Stacking those rows for every set (each
    scaled by ``sqrt(w_j)`` when a set counts ``w_j`` times) and one more QR
    gives a factor of the union, column order intact, so
    :meth:`Reduced.truncated` stays valid. Costs O(sum of (D + 2)**3), not O(N).

    Parameters
    ----------
    reductions : sequence of Reduced
        Same degree, basis and domain.
    weights : array_like of int, shape (len(reductions),), optional
        How often each set is counted (a bootstrap draws blocks with
        replacement); 0 leaves it out. Defaults to 1 each.
    """
    if not reductions:
        raise ValueError("reductions must hold at least one Reduced, got none")
    first = reductions[0]
    for red in reductions[1:]:
        if (red.degree, red.basis, red.domain) != (first.degree, first.basis, first.domain):
            raise ValueError("reductions must share degree, basis and domain")
    w = np.ones(len(reductions)) if weights is None else np.asarray(weights, dtype=float)
    if w.shape != (len(reductions),) or not np.all(np.isfinite(w)) or np.any(w < 0):
        raise ValueError(
            f"weights must be {len(reductions)} finite numbers >= 0, got shape {w.shape}"
        )
    p = first.n_coef
    blocks = []
    n = 0
    for red, wj in zip(reductions, w, strict=True):
        if wj == 0 or red.n_samples == 0:
            continue
        scale = math.sqrt(wj)
        blocks.append(np.column_stack([red.r, red.qty]) * scale)
        if red.rss_perp > 0:
            tail = np.zeros((1, p + 1))
            tail[0, p] = math.sqrt(red.rss_perp) * scale
            blocks.append(tail)
        n += round(wj * red.n_samples)
    if n == 0:
        empty = np.zeros((0, p))
        return Reduced(
            empty, np.zeros(0), 0.0, 0, first.degree, first.basis, first.domain, np.zeros(p)
        )
    r_aug = np.linalg.qr(np.vstack(blocks), mode="r")
    m = min(n, p)
    r = np.ascontiguousarray(r_aug[:m, :p])
    rest = r_aug[m:, p]
    return Reduced(
        r,
        r_aug[:m, p].copy(),
        float(rest @ rest),
        n,
        first.degree,
        first.basis,
        first.domain,
        singular_values(r, p),
    )


# ------------------------------------------------------------ degree sweep
@dataclass(frozen=True, eq=False)
class DegreeCurve:
    """Train and test RMSE of the fit at each degree, for fixed ``l1, l2``.

    ``test_rmse`` is nan where there are no test points.
    """

    degrees: IntArray
    train_rmse: FloatArray
    test_rmse: FloatArray
    l1: float
    l2: float
    penalize_intercept: bool


def errors_vs_degree(
    data: TrainTest,
    l1: float,
    l2: float,
    penalize_intercept: bool = False,
    degrees: ArrayLike | None = None,
    checkpoint: Checkpoint | None = None,
) -> DegreeCurve:
    """Train and test RMSE of the exact fit at each degree.

    ``RMSE = sqrt((1/n) sum_i (y_i - f_D(x_i))**2)`` with ``f_D`` the minimizer
    of ``L`` at degree ``D`` (module docstring), computed from the degree-30
    reductions by truncation. L1 fits start from the previous degree's
    coefficients padded with a zero.

    Parameters
    ----------
    data : TrainTest
        Reductions at a degree at least ``max(degrees)``.
    l1, l2 : float
        Penalty strengths, >= 0.
    penalize_intercept : bool
    degrees : array_like of int, optional
        Ascending degrees; default 0 .. ``data.train.degree``.
    checkpoint : callable, optional
        Called before each degree's fit (see the module docstring).
    """
    l1 = check_strength("l1", l1)
    l2 = check_strength("l2", l2)
    _need_points(data.train, "a fit")
    top = data.train.degree
    if degrees is None:
        degs = np.arange(top + 1)
    else:
        degs = np.asarray(degrees)
        if degs.ndim != 1 or degs.size == 0 or degs.dtype.kind not in "iu":
            raise ValueError(f"degrees must be a non-empty 1-D integer array, got {degrees!r}")
        if degs.min() < 0 or degs.max() > top or np.any(np.diff(degs) <= 0):
            raise ValueError(f"degrees must ascend within 0..{top}, got {degs.tolist()}")
    train_sse = np.empty(degs.size)
    test_sse = np.empty(degs.size)
    warm: FloatArray | None = None
    for i, degree in enumerate(degs.tolist()):
        run_checkpoint(checkpoint)
        train = data.train.truncated(degree)
        start = None
        if l1 > 0 and warm is not None:
            start = np.zeros(degree + 1)
            start[: min(warm.size, degree + 1)] = warm[: degree + 1]
        coef = solve(train, l1, l2, penalize_intercept, warm_start=start)
        warm = coef
        train_sse[i] = train.sum_squares(coef)
        test_sse[i] = data.test.truncated(degree).sum_squares(coef) if data.test.n_samples else 0
    return DegreeCurve(
        degrees=degs.astype(np.int64),
        train_rmse=_rmse(train_sse, data.train.n_samples),
        test_rmse=_rmse(test_sse, data.test.n_samples),
        l1=l1,
        l2=l2,
        penalize_intercept=penalize_intercept,
    )


# ------------------------------------------------------------ lambda sweeps
def ridge_coef_grid(
    reduced: Reduced, lambdas: ArrayLike, penalize_intercept: bool = False
) -> FloatArray:
    """Ridge coefficients for a whole grid of ``l2`` from one SVD (:func:`ridge_path`).

    Returns
    -------
    coef : ndarray, shape (len(lambdas), D + 1)
    """
    lam = check_lambdas(lambdas)
    _need_points(reduced, "ridge")
    return ridge_path(reduced, lam, penalize_intercept)


def coef_grid(
    reduced: Reduced,
    lambdas: ArrayLike,
    mix: PenaltyMix,
    penalize_intercept: bool = False,
    checkpoint: Checkpoint | None = None,
) -> FloatArray:
    """Exact coefficients at every ``lam`` of the grid along ``mix``.

    Ridge: :func:`ridge_coef_grid`. Otherwise the exact solver at each
    ``(l1, l2) = mix.strengths(lam)``, from the largest lam down, each
    warm-started from the last (the answer does not depend on the start);
    ``checkpoint`` is called before each of those solves. Where ``l1`` is
    above the largest gradient of the data term at the null fit, the null
    fit is the optimum and is returned without a solve.

    Returns
    -------
    coef : ndarray, shape (len(lambdas), D + 1)
    """
    lam = check_lambdas(lambdas)
    if mix.is_ridge:
        return ridge_coef_grid(reduced, lam, penalize_intercept)
    _need_points(reduced, "a fit")
    coef = np.empty((lam.size, reduced.n_coef))
    null, l1_max = _null_fit(reduced, penalize_intercept)
    warm = None
    for i in range(lam.size - 1, -1, -1):
        l1, l2 = mix.strengths(float(lam[i]))
        if l1 > l1_max:
            # Every penalized coefficient is exactly 0 here: the optimality
            # conditions hold at the null fit, so no solve is needed.
            coef[i] = warm = null
            continue
        run_checkpoint(checkpoint)
        warm = solve(reduced, l1, l2, penalize_intercept, warm_start=warm)
        coef[i] = warm
    return coef


def _null_fit(reduced: Reduced, penalize_intercept: bool) -> tuple[FloatArray, float]:
    """The fit with every penalized coefficient 0, and the l1 above which it is the optimum.

    With the intercept free the first column of the triangular ``R`` is
    ``(R_00, 0, ..., 0)``, so the null fit is ``c_0 = qty_0 / R_00`` (the mean
    of y in either basis); otherwise it is 0. The data term's gradient there,
    ``g = (2/n) R^T (R c - qty)``, decides: for ``l1 >= max_{k in P} |g_k|``
    zero satisfies every subgradient condition (the L2 term's gradient is 0
    at 0), whatever l2 is. The bound is raised by a relative `_NULL_FIT_MARGIN`
    so that a setting within rounding of it goes to the solver.
    """
    c = np.zeros(reduced.n_coef)
    if not penalize_intercept:
        c[0] = reduced.qty[0] / reduced.r[0, 0]
    grad = (2.0 / reduced.n_samples) * (reduced.r.T @ (reduced.r @ c - reduced.qty))
    penalized = grad if penalize_intercept else grad[1:]
    l1_max = float(np.max(np.abs(penalized), initial=0.0))
    return c, l1_max * (1.0 + _NULL_FIT_MARGIN)


def _grid_sse(reduced: Reduced, coef: FloatArray) -> FloatArray:
    # ||y - Phi c||^2 = ||qty - R c||^2 + rss_perp, for every row of coef at once.
    if reduced.n_samples == 0:
        return np.zeros(coef.shape[0])
    res = reduced.qty[None, :] - coef @ reduced.r.T
    return np.einsum("ij,ij->i", res, res) + reduced.rss_perp


@dataclass(frozen=True, eq=False)
class LambdaSweep:
    """The fit along a lambda grid at one degree: the regularization path and its errors.

    ``coef[i]`` is the exact minimizer at ``mix.strengths(lambdas[i])``;
    ``test_rmse`` is nan without test points.
    """

    lambdas: FloatArray
    mix: PenaltyMix
    degree: int
    penalize_intercept: bool
    coef: FloatArray
    train_rmse: FloatArray
    test_rmse: FloatArray

    @property
    def n_zero(self) -> IntArray:
        """Number of exactly zero coefficients at each lambda."""
        return np.count_nonzero(self.coef == 0.0, axis=1)


def lambda_sweep(
    data: TrainTest,
    degree: int,
    lambdas: ArrayLike,
    mix: PenaltyMix,
    penalize_intercept: bool = False,
    checkpoint: Checkpoint | None = None,
) -> LambdaSweep:
    """Coefficients and train/test RMSE along the lambda grid at ``degree``.

    Parameters
    ----------
    data : TrainTest
        Reductions at a degree >= ``degree``.
    degree : int
    lambdas : array_like, shape (G,)
        Strictly increasing, > 0 (see :func:`lambda_grid`).
    mix : PenaltyMix
        Which penalty the grid moves: ``(l1, l2) = mix.strengths(lam)``.
    penalize_intercept : bool
    checkpoint : callable, optional
        Passed to :func:`coef_grid`.
    """
    degree = check_degree(degree)
    lam = check_lambdas(lambdas)
    train = data.train.truncated(degree)
    test = data.test.truncated(degree)
    coef = coef_grid(train, lam, mix, penalize_intercept, checkpoint)
    return LambdaSweep(
        lambdas=lam,
        mix=mix,
        degree=degree,
        penalize_intercept=penalize_intercept,
        coef=coef,
        train_rmse=_rmse(_grid_sse(train, coef), train.n_samples),
        test_rmse=_rmse(_grid_sse(test, coef), test.n_samples),
    )


# ------------------------------------------------------------ cross-validation
def make_folds(n_samples: int, n_folds: int, seed: int = 0) -> tuple[IntArray, ...]:
    """Split ``0..n_samples-1`` into ``n_folds`` disjoint folds of near-equal size.

    A permutation drawn from ``seed`` decides who goes where, so the folds
    are the same every time for the same arguments. ``n_folds == n_samples``
    is leave-one-out (fold i is point i).
    """
    n_samples = check_int("n_samples", n_samples, 2)
    n_folds = check_int("n_folds", n_folds, 2, n_samples)
    seed = check_int("seed", seed, 0)
    if n_folds == n_samples:
        return tuple(np.array([i], dtype=np.int64) for i in range(n_samples))
    order = np.random.default_rng(seed).permutation(n_samples)
    return tuple(np.sort(f).astype(np.int64) for f in np.array_split(order, n_folds))


@dataclass(frozen=True, eq=False)
class Folds:
    """Reductions for k-fold cross-validation: per fold, the points left in and held out."""

    indices: tuple[IntArray, ...]
    train: tuple[Reduced, ...]
    held_out: tuple[Reduced, ...]
    n_samples: int
    seed: int

    @property
    def n_folds(self) -> int:
        """Number of folds k."""
        return len(self.indices)

    @property
    def leave_one_out(self) -> bool:
        """True when every fold holds one point."""
        return self.n_folds == self.n_samples


def prepare_folds(
    x: ArrayLike,
    y: ArrayLike,
    n_folds: int,
    basis: Basis = "monomial",
    domain: Domain | None = None,
    seed: int = 0,
    degree: int = MAX_DEGREE,
    checkpoint: Checkpoint | None = None,
) -> Folds:
    """Reduce each fold's points once; each fold's training set is the union of the others.

    One QR per fold over its own points (N rows in all) and one small
    :func:`combine` per fold, instead of k QRs over ``(k - 1) N / k`` rows.
    """
    x, y = check_points(x, y)
    basis = check_basis(basis)
    degree = check_degree(degree)
    domain = Domain() if domain is None else domain
    folds = make_folds(x.size, n_folds, seed)
    held_out = []
    for f in folds:
        run_checkpoint(checkpoint)
        held_out.append(reduce(x[f], y[f], degree, basis, domain))
    train = []
    for i in range(len(folds)):
        run_checkpoint(checkpoint)
        train.append(combine([h for j, h in enumerate(held_out) if j != i]))
    return Folds(folds, tuple(train), tuple(held_out), x.size, seed)


@dataclass(frozen=True, eq=False)
class CrossValidation:
    """Cross-validated error along a lambda grid.

    ``mse[i] = (1/N) sum_i (y_i - f^{(-fold(i))}(x_i))**2``, pooled over all N
    points (each predicted by the fit that did not see it); ``mse_se`` is the
    standard error of that mean across folds (across points for LOO).
    """

    lambdas: FloatArray
    mix: PenaltyMix
    degree: int
    n_folds: int
    leave_one_out: bool
    closed_form: bool
    mse: FloatArray
    mse_se: FloatArray

    @property
    def rmse(self) -> FloatArray:
        """Square root of the pooled CV MSE."""
        return np.sqrt(self.mse)

    @property
    def best_index(self) -> int:
        """Index of the smallest finite CV error; among ties the largest lambda (simplest)."""
        best = best_index(self.mse, "last")
        if best is None:
            raise ValueError("no lambda has a finite cross-validated error")
        return best

    @property
    def best_lambda(self) -> float:
        """The grid lambda with the smallest CV error."""
        return float(self.lambdas[self.best_index])


def cross_validate(
    folds: Folds,
    degree: int,
    lambdas: ArrayLike,
    mix: PenaltyMix,
    penalize_intercept: bool = False,
    checkpoint: Checkpoint | None = None,
) -> CrossValidation:
    """k-fold (or leave-one-out) CV error by refitting on each fold's training part.

    Each fold is fitted at ``mix.strengths(lam)`` with the objective's mean
    over that fold's own training points, then scored on its held-out points.
    Ridge folds use :func:`ridge_coef_grid` (one SVD per fold), others the
    warm-started exact path (``checkpoint`` is called before each fold and
    passed to :func:`coef_grid`).
    """
    degree = check_degree(degree)
    lam = check_lambdas(lambdas)
    sse = np.empty((folds.n_folds, lam.size))
    sizes = np.empty(folds.n_folds)
    for j in range(folds.n_folds):
        run_checkpoint(checkpoint)
        train = folds.train[j].truncated(degree)
        held = folds.held_out[j].truncated(degree)
        coef = coef_grid(train, lam, mix, penalize_intercept, checkpoint)
        sse[j] = _grid_sse(held, coef)
        sizes[j] = held.n_samples
    mse = sse.sum(axis=0) / folds.n_samples
    fold_mse = sse / sizes[:, None]
    # Fold MSEs are squares already, up to about 1e270 within the limits (a
    # held-out point far outside the others' range, see core.limits); squared
    # again for their spread they would overflow, in units of the largest not.
    scale = fold_mse.max(axis=0)
    scale[scale == 0.0] = 1.0
    se = (fold_mse / scale).std(axis=0, ddof=1) * scale / math.sqrt(folds.n_folds)
    return CrossValidation(
        lambdas=lam,
        mix=mix,
        degree=degree,
        n_folds=folds.n_folds,
        leave_one_out=folds.leave_one_out,
        closed_form=False,
        mse=mse,
        mse_se=se,
    )


def ridge_loo(
    x: ArrayLike,
    y: ArrayLike,
    degree: int,
    lambdas: ArrayLike,
    basis: Basis = "monomial",
    domain: Domain | None = None,
    penalize_intercept: bool = False,
) -> CrossValidation:
    """Leave-one-out CV of ridge in closed form, for a whole grid, without refits.

    Each leave-one-out fit sees ``N - 1`` points, so it is ridge with
    ``alpha = (N - 1) lam`` on the sum of squares. For a linear smoother
    ``y_hat = H y`` with ``H = Phi (Phi^T Phi + alpha P)^+ Phi^T`` the
    prediction for point i by the fit without it satisfies::

        y_i - f^{(-i)}(x_i) = e_i / (1 - h_ii),     e = y - H y

    With the intercept free the columns are centered first (``Phi_c``, no
    constant column), ``H = 11^T / N + U diag(f) U^T`` with ``Phi_c = U S V^T``
    and ``f_j = s_j**2 / (s_j**2 + alpha)``. Both e and ``1 - h_ii`` are formed
    from ``1 - f_j = alpha / (s_j**2 + alpha)`` so that nothing cancels when
    the fit nearly interpolates.

    A lambda of 0 is plain least squares (then ``1 - f_j = 0`` and the
    formula is the classic ``e_i / (1 - h_ii)`` of the hat matrix). Where
    ``1 - h_ii`` is at most ``_LEVERAGE_FLOOR`` (1e-8, mostly rounding) the
    point decides its own fit and the formula is 0 / 0: with no penalty and
    ``D >= N - 1`` every point, elsewhere a point alone at its x among too few
    distinct ones, or a lambda so small that it barely moves an interpolating
    fit. The fit without that point is still defined (at lambda 0 the
    minimum-norm least squares of :func:`core.polyfit.solve`, which the app
    shows), so those points are refitted without themselves at those
    lambdas: one reduction of N - 1 points each, and at most D + 1 such
    points per lambda (leverages sum to the rank).

    Costs one SVD of the N x D feature matrix and O(N D G) for G lambdas.
    """
    domain = Domain() if domain is None else domain
    # The features are built here, not by reduce(), so the domain's limits are checked here.
    x, y = check_points(x, y, domain)
    degree = check_degree(degree)
    basis = check_basis(basis)
    lam = check_lambdas(lambdas, allow_zero=True)
    n = x.size
    if n < 2:
        raise ValueError(f"leave-one-out needs at least 2 training points, got {n}")
    phi = features(domain.to_unit(x), degree, basis)
    if penalize_intercept:
        a, yc, base = phi, y, 0.0
    else:
        a = phi[:, 1:]
        a -= a.mean(axis=0)  # in place: phi is ours, and N x D copies cost at N = 100,000
        yc = y - y.mean()
        base = 1.0 / n
    alpha = (n - 1) * lam
    if a.shape[1]:
        u, s, _ = np.linalg.svd(a, full_matrices=False)
        # Only the numerical range of the features: a null direction (the
        # constant, once centered) would otherwise count twice below.
        keep = s > s[0] * _EPS * max(a.shape)
        if not keep.all():
            u, s = u[:, keep], s[keep]
        uty = u.T @ yc
        # Residual and leverage complement of least squares (0 when interpolating) ...
        resid_ls = yc - u @ uty
        free_ls = np.maximum(1.0 - base - np.einsum("ij,ij->i", u, u), 0.0)
        # ... plus what the penalty gives back: 1 - f_j = alpha / (s_j^2 + alpha).
        shrink = alpha[None, :] / (s[:, None] ** 2 + alpha[None, :])  # (r, G)
        give_back = shrink * uty[:, None]
    else:
        u = np.zeros((n, 0))
        resid_ls, free_ls = yc, np.full(n, 1.0 - base)
        shrink = give_back = np.zeros((0, lam.size))
    # The N x G matrices in blocks of rows that stay in cache; mean and spread
    # of the squared LOO errors are merged block by block (Chan et al.).
    count, mean, m2 = 0, np.zeros(lam.size), np.zeros(lam.size)
    for start in range(0, n, _LOO_BLOCK):
        rows = slice(start, start + _LOO_BLOCK)
        resid = resid_ls[rows, None] + u[rows] @ give_back
        free = free_ls[rows, None] + (u[rows] ** 2) @ shrink
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            sq = np.where(free > _LEVERAGE_FLOOR, resid / free, np.inf) ** 2
        for row, cols in _self_decided(free):
            errors = _refit_loo_errors(
                x, y, start + row, lam[cols], degree, basis, domain, penalize_intercept
            )
            with np.errstate(over="ignore"):
                sq[row, cols] = errors**2
        with np.errstate(invalid="ignore", over="ignore"):
            block_mean = sq.mean(axis=0)
            block_m2 = ((sq - block_mean) ** 2).sum(axis=0)
            size = sq.shape[0]
            delta = block_mean - mean
            total = count + size
            mean = mean + delta * (size / total)
            m2 = m2 + block_m2 + delta**2 * (count * size / total)
        count = total
    with np.errstate(invalid="ignore"):
        se = np.sqrt(m2 / (n - 1)) / math.sqrt(n)
    return CrossValidation(
        lambdas=lam,
        mix=PenaltyMix(0.0),
        degree=degree,
        n_folds=n,
        leave_one_out=True,
        closed_form=True,
        mse=mean,
        mse_se=se,
    )


def _self_decided(free: FloatArray) -> list[tuple[int, IntArray]]:
    """Rows of a block whose leverage complement is rounding noise, with those columns."""
    bad = ~(free > _LEVERAGE_FLOOR)
    return [(int(row), np.flatnonzero(bad[row])) for row in np.flatnonzero(bad.any(axis=1))]


def _refit_loo_errors(
    x: FloatArray,
    y: FloatArray,
    i: int,
    lambdas: FloatArray,
    degree: int,
    basis: Basis,
    domain: Domain,
    penalize_intercept: bool,
) -> FloatArray:
    """``y_i - f^{(-i)}(x_i)`` at each lambda, with ``f^{(-i)}`` refitted on the other points."""
    keep = np.ones(x.size, dtype=bool)
    keep[i] = False
    others = reduce(x[keep], y[keep], degree, basis, domain)
    coef = np.empty((lambdas.size, degree + 1))
    ridge = lambdas > 0
    if ridge.any():
        coef[ridge] = ridge_path(others, lambdas[ridge], penalize_intercept)
    if not ridge.all():
        coef[~ridge] = solve(others, 0.0, 0.0, penalize_intercept)
    z = domain.to_unit(x[i : i + 1])
    with np.errstate(over="ignore", invalid="ignore"):
        # As the app predicts (Horner or Clenshaw), not through the feature row.
        return y[i] - np.array([evaluate(c, z, basis)[0] for c in coef])


def cross_validate_points(
    x: ArrayLike,
    y: ArrayLike,
    degree: int,
    lambdas: ArrayLike,
    mix: PenaltyMix,
    n_folds: int | None = DEFAULT_FOLDS,
    basis: Basis = "monomial",
    domain: Domain | None = None,
    penalize_intercept: bool = False,
    seed: int = 0,
) -> CrossValidation:
    """Cross-validate from raw training points; ``n_folds=None`` means leave-one-out.

    Leave-one-out ridge uses the closed form (:func:`ridge_loo`); everything
    else refits on folds (:func:`prepare_folds`, :func:`cross_validate`).
    """
    x, y = check_points(x, y)
    if n_folds is None:
        if mix.is_ridge:
            return ridge_loo(x, y, degree, lambdas, basis, domain, penalize_intercept)
        n_folds = x.size
    folds = prepare_folds(x, y, n_folds, basis, domain, seed, degree)
    return cross_validate(folds, degree, lambdas, mix, penalize_intercept)


# ------------------------------------------------------------------ bootstrap
@dataclass(frozen=True, eq=False)
class BootstrapSamples:
    """Reductions of bootstrap resamples of the training points.

    ``n_blocks`` is 0 for an ordinary bootstrap (N points drawn with
    replacement) and the number of random blocks for a block bootstrap.
    """

    reductions: tuple[Reduced, ...]
    n_samples: int
    seed: int
    n_blocks: int

    @property
    def n_resamples(self) -> int:
        """Number of resamples B."""
        return len(self.reductions)


def bootstrap_samples(
    x: ArrayLike,
    y: ArrayLike,
    n_resamples: int = DEFAULT_RESAMPLES,
    basis: Basis = "monomial",
    domain: Domain | None = None,
    seed: int = 0,
    degree: int = MAX_DEGREE,
    max_point_bootstrap: int = MAX_POINT_BOOTSTRAP,
    checkpoint: Checkpoint | None = None,
) -> BootstrapSamples:
    """Reduce B resamples of the points, drawn with replacement from a seeded generator.

    Up to ``max_point_bootstrap`` points, each resample draws N points (a
    QR per resample). Above, the points are dealt at random into
    ``BOOTSTRAP_BLOCKS`` blocks reduced once, and each resample draws N
    blocks' worth by multinomial counts, combined with :func:`combine`: the
    statistics of a least-squares fit are sums over points, and sums over
    random blocks are independent, so this resamples the same distribution
    at a fraction of the cost (one pass over the data in all).
    ``checkpoint`` is called before each reduction.
    """
    x, y = check_points(x, y)
    n_resamples = check_int("n_resamples", n_resamples, 1)
    seed = check_int("seed", seed, 0)
    basis = check_basis(basis)
    degree = check_degree(degree)
    domain = Domain() if domain is None else domain
    n = x.size
    if n == 0:
        raise ValueError("a bootstrap needs at least 1 training point, got 0")
    rng = np.random.default_rng(seed)
    if n <= max_point_bootstrap or n < 2 * BOOTSTRAP_BLOCKS:
        reductions = []
        for _ in range(n_resamples):
            run_checkpoint(checkpoint)
            idx = rng.integers(0, n, n)
            reductions.append(reduce(x[idx], y[idx], degree, basis, domain))
        return BootstrapSamples(tuple(reductions), n, seed, 0)
    blocks = np.array_split(rng.permutation(n), BOOTSTRAP_BLOCKS)
    parts = []
    for b in blocks:
        run_checkpoint(checkpoint)
        parts.append(reduce(x[b], y[b], degree, basis, domain))
    uniform = np.full(BOOTSTRAP_BLOCKS, 1.0 / BOOTSTRAP_BLOCKS)
    counts = rng.multinomial(BOOTSTRAP_BLOCKS, uniform, size=n_resamples)
    reductions = []
    for c in counts:
        run_checkpoint(checkpoint)
        reductions.append(combine(parts, c))
    return BootstrapSamples(tuple(reductions), n, seed, BOOTSTRAP_BLOCKS)


@dataclass(frozen=True, eq=False)
class BootstrapFits:
    """The exact fit on each bootstrap resample: ``coef[b]`` for resample b."""

    coef: FloatArray
    degree: int
    basis: Basis
    domain: Domain

    def predict(self, x: ArrayLike) -> FloatArray:
        """Every resample's curve at x, shape (B, len(x))."""
        z = self.domain.to_unit(np.asarray(x, dtype=float))
        if self.basis == "monomial":
            # One Vandermonde product instead of B Horner passes.
            return self.coef @ features(z, self.degree, self.basis).T
        return np.stack([evaluate(c, z, self.basis) for c in self.coef])

    def spread(self, x: ArrayLike) -> FloatArray:
        """Standard deviation across resamples of f(x): the variance of the model, pointwise."""
        curves = self.predict(x)
        if curves.shape[0] < 2:
            return np.zeros(curves.shape[1])
        return curves.std(axis=0, ddof=1)


def bootstrap_fits(
    samples: BootstrapSamples,
    degree: int,
    l1: float,
    l2: float,
    penalize_intercept: bool = False,
    checkpoint: Checkpoint | None = None,
) -> BootstrapFits:
    """Fit every resample at ``degree`` with ``l1, l2`` (exact solver, L1 warm-started).

    ``checkpoint`` is called before each resample's fit.
    """
    degree = check_degree(degree)
    l1 = check_strength("l1", l1)
    l2 = check_strength("l2", l2)
    coef = np.empty((samples.n_resamples, degree + 1))
    warm = None
    for b, red in enumerate(samples.reductions):
        run_checkpoint(checkpoint)
        warm = solve(red.truncated(degree), l1, l2, penalize_intercept, warm_start=warm)
        coef[b] = warm
    first = samples.reductions[0]
    return BootstrapFits(coef, degree, first.basis, first.domain)
