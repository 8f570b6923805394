"""Exact penalized polynomial regression: the model every view of the app shows.

For training points ``(x_i, y_i)``, ``i = 1..N``, a degree ``D`` and a basis
``phi_k`` (monomial ``z**k`` or Legendre ``P_k(z)``)::

    z = 2 (x - lo) / (hi - lo) - 1                 the session's domain [lo, hi] -> [-1, 1]
    f(x) = sum_{k=0..D} coef_k * phi_k(z)
    L(coef) = (1/N) sum_i (y_i - f(x_i))**2       data term (empirical risk)
              + l1 * sum_{k in P} |coef_k|        L1 term
              + l2 * sum_{k in P} coef_k**2       L2 term

where ``P = {1..D}`` (the intercept is free) or ``P = {0..D}`` when the
intercept is penalized. The returned ``coef`` is the true minimizer of ``L``
for every ``l1, l2 >= 0``: least squares (the minimum-norm solution where it is
not unique), ridge, lasso and elastic net alike.

Numerics. The monomial features at degree 30 have a condition number near
1e11, so the normal equations (condition 1e22) are never formed. The data
are reduced once by a Householder QR of ``[Phi | y]`` to a triangular system
of at most ``D + 1`` rows that has the same least-squares geometry; every
solver then works on that small system, so a change of ``l1`` or ``l2`` costs
microseconds whatever ``N`` is.

Methods (:func:`solve_with_info` reports which one ran, how it stopped and
after how many steps):

- ``l1 = 0``: least squares or ridge in closed form by one SVD of the
  (stacked) system, minimum norm where the minimizer is not unique, with
  numpy's ``lstsq`` rank cut-off ``s_k > s_max eps max(N, D + 1)`` (Golub and
  Van Loan, *Matrix Computations*, 4th ed., section 5.5). Distinct
  points determine ``min(distinct z, D + 1)`` directions in exact arithmetic
  (:attr:`Reduced.rank`); where the cut-off drops one of them (a condition
  number just above ``1/(eps N)``), the fit with every direction is kept if
  its objective is lower by more than its own rounding level.
- ``l1 > 0``: feature-sign search, an active-set method that solves the
  problem exactly in finitely many steps (H. Lee, A. Battle, R. Raina and
  A. Y. Ng, "Efficient sparse coding algorithms", NIPS 2006; the same
  optimality conditions as the lasso homotopy of M. R. Osborne, B. Presnell
  and B. A. Turlach, IMA J. Numer. Anal. 20, 2000). Coordinate descent stops
  early in this badly conditioned basis; this does not. It runs on the
  numerical range of the system, where the residual of each sign-fixed
  solution splits into a least-squares part, exactly zero once the active
  columns span the range, and a part of the order of ``l1`` computed without
  cancellation. So the gradient that decides the next step is accurate to
  rounding relative to ``l1``, not to ``eps ||A|| ||coef||`` (1e-7 when the
  coefficients reach 1e6), and a tiny ``l1`` on a few repeated points still
  finds the optimal set of nonzero coefficients.

Tolerances, all relative: :data:`KKT_RTOL` (the optimality test),
:data:`PROGRESS_RTOL` (a step that raises the objective, or a doubtful
coefficient that does not lower it, ends the search), :data:`NULL_RTOL`
(when a sign vector has no part in a null space), :data:`ZERO_RTOL` (when a
coefficient is tried at exactly zero), :data:`STEPS_PER_COEF` (the step cap)
and :data:`ROUNDING_FACTOR` (the margin on the gradient's rounding error).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
from numpy.typing import ArrayLike, NDArray

from core import limits
from core.limits import MAX_DEGREE

Basis = Literal["monomial", "legendre"]
BASES: tuple[Basis, ...] = ("monomial", "legendre")
_EPS = float(np.finfo(float).eps)

FloatArray = NDArray[np.float64]


@dataclass(frozen=True)
class Domain:
    """The x interval ``[lo, hi]`` that is mapped onto ``z`` in ``[-1, 1]``.

    Raises ValueError unless ``lo < hi`` are finite and within the limits of
    :func:`core.limits.check_domain` (ends, width, width relative to position).
    """

    lo: float = 0.0
    hi: float = 1.0

    def __post_init__(self) -> None:
        limits.check_domain(self.lo, self.hi)

    def to_unit(self, x: ArrayLike) -> FloatArray:
        """Map x to z = 2 (x - lo) / (hi - lo) - 1."""
        x = np.asarray(x, dtype=float)
        return (x - self.lo) * (2.0 / (self.hi - self.lo)) - 1.0

    def from_unit(self, z: ArrayLike) -> FloatArray:
        """Map z in [-1, 1] back to x in [lo, hi]."""
        z = np.asarray(z, dtype=float)
        return self.lo + (z + 1.0) * (0.5 * (self.hi - self.lo))


def check_degree(degree: int) -> int:
    """Return ``degree`` if it is an integer in 0..MAX_DEGREE, else raise ValueError."""
    if isinstance(degree, bool) or not isinstance(degree, int | np.integer):
        raise ValueError(f"degree must be an integer from 0 to {MAX_DEGREE}, got {degree!r}")
    if not 0 <= degree <= MAX_DEGREE:
        raise ValueError(f"degree must be from 0 to {MAX_DEGREE}, got {degree}")
    return int(degree)


def check_basis(basis: str) -> Basis:
    """Return ``basis`` if it is one of BASES, else raise ValueError."""
    if basis not in BASES:
        raise ValueError(f"basis must be one of {', '.join(BASES)}, got {basis!r}")
    return basis  # type: ignore[return-value]


def check_strength(name: str, value: float) -> float:
    """Return a penalty strength as float if it is finite and in 0..MAX_STRENGTH, else raise.

    Raises ValueError (`core.limits.LimitError` above ``limits.MAX_STRENGTH``).
    """
    try:
        value = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number >= 0, got {value!r}") from None
    return limits.check_strength(name, value)


def check_points(
    x: ArrayLike, y: ArrayLike, domain: Domain | None = None
) -> tuple[FloatArray, FloatArray]:
    """Return x and y as float arrays if they are finite 1-D arrays of one length.

    The one check of training or test points for every core module: also
    within the limits of :mod:`core.limits` (and, given the domain, not so far
    outside it that the degree-30 features overflow). Raises ValueError naming
    what is wrong.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.ndim != 1 or y.ndim != 1 or x.shape != y.shape:
        raise ValueError(
            f"x and y must be 1-D arrays of one length, got shapes {x.shape} and {y.shape}"
        )
    if not (np.all(np.isfinite(x)) and np.all(np.isfinite(y))):
        raise ValueError("points must be finite numbers (no nan or inf)")
    # Beyond these limits the degree-30 features or the squared errors overflow.
    limits.check_points(x, y, None if domain is None else (domain.lo, domain.hi))
    return x, y


def features(z: ArrayLike, degree: int, basis: Basis = "monomial") -> FloatArray:
    """Feature matrix ``Phi[i, k] = phi_k(z_i)``, shape (n_samples, degree + 1).

    Columns are built by recurrence (``z**k = z * z**(k-1)``; Bonnet's
    ``k P_k = (2k - 1) z P_{k-1} - (k - 1) P_{k-2}``) in Fortran order, which is
    what LAPACK wants.
    """
    degree = check_degree(degree)
    check_basis(basis)
    z = np.asarray(z, dtype=float)
    phi = np.empty((z.shape[0], degree + 1), order="F")
    _fill_features(phi, z, basis)
    return phi


def _fill_features(phi: FloatArray, z: FloatArray, basis: Basis) -> None:
    n_cols = phi.shape[1]
    phi[:, 0] = 1.0
    if n_cols > 1:
        phi[:, 1] = z
    for k in range(2, n_cols):
        if basis == "monomial":
            np.multiply(phi[:, k - 1], z, out=phi[:, k])
        else:
            phi[:, k] = ((2 * k - 1) * z * phi[:, k - 1] - (k - 1) * phi[:, k - 2]) / k


def evaluate(coef: ArrayLike, z: ArrayLike, basis: Basis = "monomial") -> FloatArray:
    """Evaluate ``sum_k coef_k phi_k(z)`` at every z (Horner or Clenshaw)."""
    coef = np.asarray(coef, dtype=float)
    if check_basis(basis) == "monomial":
        return np.polynomial.polynomial.polyval(z, coef)
    return np.polynomial.legendre.legval(z, coef)


def to_power_basis(coef: ArrayLike, basis: Basis) -> FloatArray:
    """The same polynomial in powers of z, ascending."""
    coef = np.asarray(coef, dtype=float)
    if check_basis(basis) == "monomial":
        return coef.copy()
    return np.polynomial.legendre.leg2poly(coef)


def to_x_power_basis(coef: ArrayLike, basis: Basis, domain: Domain) -> FloatArray:
    """The same polynomial in powers of the original x, ascending.

    Substitutes ``z = a x + b`` (a = 2 / (hi - lo), b = -(hi + lo) / (hi - lo))
    into the power form by Horner's scheme on coefficient arrays.
    """
    cz = to_power_basis(coef, basis)
    a = 2.0 / (domain.hi - domain.lo)
    b = -(domain.hi + domain.lo) / (domain.hi - domain.lo)
    out = np.zeros_like(cz)
    for k in range(cz.size - 1, -1, -1):
        shifted = np.zeros_like(out)
        shifted[1:] = a * out[:-1]
        out = shifted + b * out
        out[0] += cz[k]
    return out


@dataclass(frozen=True, eq=False)
class Reduced:
    """The training data reduced by QR to a small triangular least-squares system.

    ``||y - Phi coef||**2 == ||qty - r @ coef||**2 + rss_perp`` for every coef,
    where ``r`` has shape (min(N, D + 1), D + 1). ``n_nodes`` is the number of
    distinct z among the points, capped at ``min(N, D + 1)`` (all the rank
    needs), or None when unknown (a reduction combined from others).
    """

    r: FloatArray
    qty: FloatArray
    rss_perp: float
    n_samples: int
    degree: int
    basis: Basis
    domain: Domain
    singular_values: FloatArray = field(repr=False)
    n_nodes: int | None = None

    def __post_init__(self) -> None:
        # Reductions are shared with worker threads (the panels' background
        # jobs): read-only, so no one can change one under another's feet.
        for values in (self.r, self.qty, self.singular_values):
            values.flags.writeable = False

    @property
    def n_coef(self) -> int:
        """Number of coefficients, D + 1."""
        return self.degree + 1

    @property
    def numerical_rank(self) -> int:
        """Rank of the feature matrix by numpy's lstsq cut-off: ``s_k > s_max eps max(N, D + 1)``.

        This is how many directions the least-squares fit keeps by default.
        """
        s = self.singular_values
        if s.size == 0 or s[0] == 0.0:
            return 0
        return int(np.count_nonzero(s > s[0] * rank_tolerance(self.n_samples, self.n_coef)))

    @property
    def rank(self) -> int:
        """Rank of the feature matrix in exact arithmetic: ``min(distinct z, D + 1)``.

        Features of distinct points are linearly independent up to D + 1 of
        them (a Vandermonde matrix, or one times the triangular change to
        the Legendre basis), and rows of equal z are equal. Where the number
        of distinct z is unknown this is the numerical rank.
        """
        if self.n_nodes is None:
            return self.numerical_rank
        return min(self.n_nodes, self.n_coef, self.n_samples)

    @property
    def condition(self) -> float:
        """2-norm condition number ``s_max / s_min`` of the feature matrix.

        inf when the rank is below D + 1 (the minimizer is then not unique).
        Above ``1 / (eps max(N, D + 1))`` the matrix is full rank but so
        ill-conditioned that double precision barely resolves it.
        """
        s = self.singular_values
        if self.rank < self.n_coef or s[-1] == 0.0:
            return math.inf
        return float(s[0] / s[-1])

    def truncated(self, degree: int) -> Reduced:
        """The reduction for a lower degree, without touching the data again.

        Householder QR treats columns left to right, so the leading block of
        R and of Q^T y belong to the first D + 1 features; the rest of Q^T y
        joins the residual outside their span.
        """
        degree = check_degree(degree)
        if degree > self.degree:
            raise ValueError(f"degree must be at most {self.degree} here, got {degree}")
        if degree == self.degree:
            return self
        p = degree + 1
        m = min(self.n_samples, p)
        r = np.ascontiguousarray(self.r[:m, :p])
        rest = self.qty[m:]
        return Reduced(
            r,
            self.qty[:m].copy(),
            self.rss_perp + float(rest @ rest),
            self.n_samples,
            degree,
            self.basis,
            self.domain,
            singular_values(r, p),
            self.n_nodes,
        )

    def sum_squares(self, coef: FloatArray) -> float:
        """``sum_i (y_i - f(x_i))**2`` for the given basis coefficients."""
        res = self.qty - self.r @ coef
        return float(res @ res + self.rss_perp)


def rank_tolerance(n_samples: int, n_coef: int) -> float:
    """numpy's lstsq cut-off: singular values below ``s_max`` times this are rounding."""
    return _EPS * max(n_samples, n_coef)


def reduce(
    x: ArrayLike,
    y: ArrayLike,
    degree: int,
    basis: Basis = "monomial",
    domain: Domain | None = None,
) -> Reduced:
    """QR-reduce points for a fit of the given degree and basis.

    Parameters
    ----------
    x, y : array_like, shape (n_samples,)
        The points; n_samples may be 0 (then every residual is 0).
    degree : int
        0 to MAX_DEGREE.
    basis : {"monomial", "legendre"}
    domain : Domain, optional
        Defaults to [0, 1].

    Raises
    ------
    ValueError
        For an invalid degree or basis, or points that are not finite;
        `core.limits.LimitError` for a point beyond the limits (|x|, |y| or
        |z| too large).
    """
    degree = check_degree(degree)
    basis = check_basis(basis)
    domain = Domain() if domain is None else domain
    x, y = check_points(x, y, domain)
    n, p = x.shape[0], degree + 1
    aug = np.empty((n, p + 1), order="F")
    z = domain.to_unit(x)
    _fill_features(aug[:, :p], z, basis)
    aug[:, p] = y
    if n == 0:
        r_aug = np.zeros((0, p + 1))
    else:
        # One QR of [Phi | y] gives R, Q^T y and the residual norm outside range(Phi).
        r_aug = np.linalg.qr(aug, mode="r")
    m = min(n, p)
    r = np.ascontiguousarray(r_aug[:m, :p])
    qty = r_aug[:m, p].copy()
    rss_perp = float(r_aug[p, p] ** 2) if n > p else 0.0
    sv = singular_values(r, p)
    n_nodes = m
    if m and not sv[m - 1] > sv[0] * rank_tolerance(n, p):
        # Numerically rank deficient: repeated points, or distinct ones so close
        # that rounding hides them. Only the count of distinct z tells which.
        n_nodes = min(int(np.unique(z).size), m)
    return Reduced(r, qty, rss_perp, n, degree, basis, domain, sv, n_nodes)


def singular_values(r: FloatArray, n_coef: int) -> FloatArray:
    """Singular values of the feature matrix from its reduced factor ``r``, descending.

    ``Phi = Q r`` with orthonormal Q, so they are those of ``r``, padded with
    zeros to ``n_coef`` when r has fewer rows than columns (fewer points than
    coefficients).
    """
    s = np.linalg.svd(r, compute_uv=False) if r.shape[0] else np.zeros(0)
    return np.concatenate([s, np.zeros(n_coef - s.size)])


def penalty_mask(n_coef: int, penalize_intercept: bool) -> NDArray[np.bool_]:
    """Which coefficients the penalties apply to: k = 1..D, or 0..D if asked."""
    mask = np.ones(n_coef, dtype=bool)
    mask[0] = penalize_intercept
    return mask


# ------------------------------------------------------------------ the solver
#: The optimality test of the L1 search: a penalized coefficient at zero passes
#: when ``|g_k| <= l1 * (1 + KKT_RTOL)``, g the gradient of data and L2 terms.
KKT_RTOL = 1e-12
#: A step that raises the objective by more than this fraction ends the search
#: (in exact arithmetic no step raises it), and a coefficient added on a doubtful
#: gradient must lower the objective by more than this fraction to stay.
PROGRESS_RTOL = 1e-12
#: A sign vector whose part in the null space of the active columns is below
#: this fraction of it has none: the sign-fixed problem then has a minimizer.
NULL_RTOL = 1e-12
#: Nonzero coefficients below this fraction of the largest are tried at exactly 0.
ZERO_RTOL = 1e-9
#: The search stops after ``STEPS_PER_COEF * (D + 1) + STEPS_PER_COEF`` steps.
STEPS_PER_COEF = 50
#: Safety factor on the estimated rounding error of the gradient: a violation
#: below it is tried, but has to lower the objective to stay.
ROUNDING_FACTOR = 64

SolveMethod = Literal["direct", "active_set"]
SolveStatus = Literal["optimal", "rounding", "no_progress", "iteration_limit"]
SOLVE_STATUSES: tuple[SolveStatus, ...] = ("optimal", "rounding", "no_progress", "iteration_limit")


@dataclass(frozen=True)
class SolveInfo:
    """How :func:`solve_with_info` ended.

    Attributes
    ----------
    method : {"direct", "active_set"}
        ``"direct"``: a closed form (least squares or ridge by one SVD);
        ``"active_set"``: the L1 search of the module docstring.
    status : {"optimal", "rounding", "no_progress", "iteration_limit"}
        ``"optimal"``: the optimality test passed (closed forms always do).
        ``"rounding"``: the only violations left were within the estimated
        rounding error of the gradient, and the largest, tried, did not
        lower the objective by ``PROGRESS_RTOL``: optimal as far as double
        precision can tell. ``"no_progress"``: steps stopped lowering the
        objective before the test passed. ``"iteration_limit"``: the step cap
        ran out. In the last two cases the best point seen is returned.
    n_iter : int
        Active-set steps taken (sign-fixed solves); 0 for a closed form.
        scikit-learn calls this ``n_iter_``.
    """

    method: SolveMethod
    status: SolveStatus
    n_iter: int

    def __post_init__(self) -> None:
        if self.method not in ("direct", "active_set"):
            raise ValueError(f"method must be 'direct' or 'active_set', got {self.method!r}")
        if self.status not in SOLVE_STATUSES:
            raise ValueError(
                f"status must be one of {', '.join(SOLVE_STATUSES)}, got {self.status!r}"
            )
        if isinstance(self.n_iter, bool) or not isinstance(self.n_iter, int) or self.n_iter < 0:
            raise ValueError(f"n_iter must be an integer >= 0, got {self.n_iter!r}")

    @property
    def converged(self) -> bool:
        """Whether the search ended on the optimality test (``"optimal"`` or ``"rounding"``)."""
        return self.status in ("optimal", "rounding")


def solve(
    reduced: Reduced,
    l1: float = 0.0,
    l2: float = 0.0,
    penalize_intercept: bool = False,
    warm_start: ArrayLike | None = None,
) -> FloatArray:
    """The exact minimizer of the objective in the module docstring.

    Parameters
    ----------
    reduced : Reduced
        Training data from :func:`reduce`; must hold at least one point.
    l1, l2 : float
        Penalty strengths, finite and >= 0.
    penalize_intercept : bool
        Whether coef_0 is penalized too.
    warm_start : array_like, shape (D + 1,), optional
        A nearby solution; speeds up L1 problems, never changes the answer.

    Returns
    -------
    coef : ndarray, shape (D + 1,)
        Basis coefficients, ascending k: those of :func:`solve_with_info`,
        which also says how the solver stopped.
    """
    return solve_with_info(reduced, l1, l2, penalize_intercept, warm_start)[0]


def solve_with_info(
    reduced: Reduced,
    l1: float = 0.0,
    l2: float = 0.0,
    penalize_intercept: bool = False,
    warm_start: ArrayLike | None = None,
) -> tuple[FloatArray, SolveInfo]:
    """The exact minimizer of the objective in the module docstring, and how it was found.

    Parameters
    ----------
    reduced : Reduced
        Training data from :func:`reduce`; must hold at least one point.
    l1, l2 : float
        Penalty strengths, finite and >= 0.
    penalize_intercept : bool
        Whether coef_0 is penalized too.
    warm_start : array_like, shape (D + 1,), optional
        A nearby solution (for instance at the previous l1); speeds up L1
        problems, never changes the answer.

    Returns
    -------
    coef : ndarray, shape (D + 1,)
        Basis coefficients, ascending k.
    info : SolveInfo
        The method, how it stopped and after how many steps.
    """
    l1 = check_strength("l1", l1)
    l2 = check_strength("l2", l2)
    if reduced.n_samples == 0:
        raise ValueError("cannot fit without training points (need at least 1, got 0)")
    if l1 == 0.0 and l2 > 0.0:
        coef = ridge_path(reduced, np.array([l2]), penalize_intercept)[0]
        return coef, SolveInfo("direct", "optimal", 0)
    p = reduced.n_coef
    mask = penalty_mask(p, penalize_intercept)
    scale = 1.0 / math.sqrt(reduced.n_samples)
    start = None if warm_start is None else np.asarray(warm_start, dtype=float)
    if start is not None and start.shape != (p,):
        raise ValueError(f"warm_start must have shape ({p},), got {start.shape}")
    # With L2 the rows sqrt(l2) I join the data's rows, and a large l2 would
    # push the free intercept's direction below the rank cut-off: it is taken
    # out first, as in ridge_path.
    free = 1 if l2 > 0 and not penalize_intercept else 0
    a = reduced.r[free:, free:] * scale
    b = reduced.qty[free:] * scale
    part_mask = mask[free:]
    if l2 > 0:
        rows = np.flatnonzero(part_mask)
        pen = np.zeros((rows.size, p - free))
        pen[np.arange(rows.size), rows] = math.sqrt(l2)
        a = np.vstack([a, pen])
        b = np.concatenate([b, np.zeros(rows.size)])
    tol = rank_tolerance(reduced.n_samples, p)
    part, info, rank = _solve_stacked(a, b, l1, part_mask, start, tol, free)
    coef = np.empty(p)
    coef[free:] = part
    if free:
        r = reduced.r
        coef[0] = (reduced.qty[0] - r[0, 1:] @ part) / r[0, 0]
    if l2 == 0.0 and reduced.rank > rank:
        coef = _full_rank_if_better(reduced, coef, l1, mask)
    return coef, info


def ridge_path(reduced: Reduced, l2s: ArrayLike, penalize_intercept: bool = False) -> FloatArray:
    """Ridge coefficients for several ``l2`` (all > 0) from one SVD.

    Minimizes ``(1/N) ||qty - R c||**2 + l2 ||c_P||**2`` for each l2. With
    the intercept free, the first column of the triangular ``R`` is
    ``(R_00, 0, ..., 0)``, so ``c_0`` takes up the first row exactly and the
    rest is plain ridge on ``A = R[1:, 1:]``, ``b = qty[1:]``::

        A = U S V^T,   c_P(l2) = V diag(s / (s**2 + N l2)) U^T b
        c_0 = (qty_0 - R[0, 1:] c_P) / R_00

    Every factor is computed to working precision relative to itself, so
    the coefficients stay exact however large l2 is (a stacked system
    ``[R; sqrt(N l2) I]`` would lose the data's part below rounding).

    Returns
    -------
    coef : ndarray, shape (len(l2s), D + 1)
    """
    r, qty = reduced.r, reduced.qty
    alpha = reduced.n_samples * np.asarray(l2s, dtype=float)
    first = 0 if penalize_intercept else 1
    a, b = r[first:, first:], qty[first:]
    coef = np.zeros((alpha.size, reduced.n_coef))
    if a.size:
        u, s, vt = np.linalg.svd(a, full_matrices=False)
        filt = s[None, :] / (s[None, :] ** 2 + alpha[:, None])
        coef[:, first:] = (filt * (u.T @ b)[None, :]) @ vt
    if not penalize_intercept:
        coef[:, 0] = (qty[0] - coef[:, 1:] @ r[0, 1:]) / r[0, 0]
    return coef


def _solve_stacked(
    a: FloatArray,
    b: FloatArray,
    l1: float,
    mask: NDArray[np.bool_],
    start: FloatArray | None,
    tol: float,
    skip: int,
) -> tuple[FloatArray, SolveInfo, int]:
    """``min ||b - a c||**2 + l1 sum_{k in mask} |c_k|``: the minimum-norm least squares or
    the active-set search, and the rank kept (``skip`` leading entries of ``start`` dropped)."""
    if a.shape[1] == 0:  # degree 0 with its intercept taken out: nothing left to solve
        return np.empty(0), SolveInfo("direct", "optimal", 0), 0
    if l1 == 0.0:
        u, s, vt = np.linalg.svd(a, full_matrices=False)
        rank = int(np.count_nonzero(s > s[0] * tol)) if s.size else 0
        coef = vt[:rank].T @ ((u[:, :rank].T @ b) / s[:rank])
        return coef, SolveInfo("direct", "optimal", 0), rank
    s = np.linalg.svd(a, compute_uv=False)
    rank = int(np.count_nonzero(s > s[0] * tol))
    system = _range_system(a, b, float(s[0]), rank)
    warm = None if start is None else start[skip:]
    coef, status, n_iter = _feature_sign(system, l1, mask, warm, tol)
    return coef, SolveInfo("active_set", status, n_iter), rank


def _range_system(a: FloatArray, b: FloatArray, norm: float, rank: int) -> _RangeSystem:
    """``||b - a c||**2 = ||rhs - mat c||**2 + (a constant)`` with ``mat`` of full row rank.

    Over the numerical range of ``a``: where the active columns span it is
    then a plain count, and the residual there needs no subtraction. A
    square ``a`` of full rank already is such a system; a tall one of full
    column rank becomes its triangular factor; otherwise ``mat = S_r V_r^T``
    and ``rhs = U_r^T b`` from the SVD, tiny singular values dropped.
    """
    p = a.shape[1]
    if rank == p:
        if a.shape[0] == p:
            return _RangeSystem(a, b, norm)
        r_aug = np.linalg.qr(np.column_stack([a, b]), mode="r")
        return _RangeSystem(np.ascontiguousarray(r_aug[:p, :p]), r_aug[:p, p].copy(), norm)
    u, s, vt = np.linalg.svd(a, full_matrices=False)
    return _RangeSystem(s[:rank, None] * vt[:rank], u[:, :rank].T @ b, norm)


def _full_rank_if_better(
    reduced: Reduced, coef: FloatArray, l1: float, mask: NDArray[np.bool_]
) -> FloatArray:
    """The least-squares fit with every direction the points determine, if it is better.

    The points pin down ``reduced.rank`` directions in exact arithmetic, more
    than the rank cut-off kept (a condition number just above ``1/(eps N)``).
    Solve with all of them (back substitution when R is square) and keep the
    result when its objective, with its residual norm raised by its own
    rounding level ``eps ||R|| ||coef|| sqrt(D + 1)``, is below that of
    ``coef``: near-duplicate points then stay truncated, because fitting
    their rounding noise needs coefficients whose rounding level is larger
    than what the fit gains.
    """
    r, qty = reduced.r, reduced.qty
    k = reduced.rank
    with np.errstate(all="ignore"):
        if r.shape[0] == r.shape[1] == k:
            full = _back_substitution(r, qty)
        else:
            u, s, vt = np.linalg.svd(r, full_matrices=False)
            full = vt[:k].T @ ((u[:, :k].T @ qty) / s[:k])
    if not np.all(np.isfinite(full)):
        return coef
    noise = _EPS * float(reduced.singular_values[0]) * float(np.linalg.norm(full))
    noise *= math.sqrt(reduced.n_coef)

    def objective(c: FloatArray, residual_error: float) -> float:
        residual = float(np.linalg.norm(qty - r @ c)) + residual_error
        data = (residual**2 + reduced.rss_perp) / reduced.n_samples
        return data + l1 * float(np.abs(c[mask]).sum())

    with np.errstate(over="ignore"):
        better = objective(full, noise) < objective(coef, 0.0)
    return full if better else coef


def _back_substitution(r: FloatArray, rhs: FloatArray) -> FloatArray:
    # R x = rhs for upper triangular R, row by row from the bottom.
    n = rhs.size
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        x[i] = (rhs[i] - r[i, i + 1 :] @ x[i + 1 :]) / r[i, i]
    return x


@dataclass(frozen=True, eq=False)
class _RangeSystem:
    """``min ||rhs - mat c||**2 + gamma sum_{k in P} |c_k|`` with ``mat`` of full row rank.

    ``norm`` is the 2-norm of ``mat`` (its largest singular value).
    """

    mat: FloatArray
    rhs: FloatArray
    norm: float


@dataclass(frozen=True, eq=False)
class _Point:
    """A point of the search with its residual ``mat @ c - rhs``, computed without cancellation.

    The residual is carried along rather than recomputed from ``c``: for a
    tiny gamma the coefficients reach 1e6 while the residual that decides
    the search is of order gamma, and ``mat @ c - rhs`` would bury it under
    rounding of order ``eps ||mat|| ||c||``.
    """

    c: FloatArray
    res: FloatArray
    value: float
    # Estimated rounding error of res (0 where it is exact or unknown).
    res_error: float = 0.0


def _uncertainty(point: _Point) -> float:
    # How far rounding in the residual can move the objective's data term.
    return 2.0 * float(np.linalg.norm(point.res)) * point.res_error + point.res_error**2


def _point(
    c: FloatArray, res: FloatArray, gamma: float, mask: NDArray[np.bool_], error: float = 0.0
) -> _Point:
    """The point ``c`` with residual ``res`` and its objective ``||res||**2 + gamma |c_mask|_1``."""
    return _Point(c, res, float(res @ res) + gamma * float(np.abs(c[mask]).sum()), error)


def _feature_sign(
    system: _RangeSystem,
    gamma: float,
    mask: NDArray[np.bool_],
    start: FloatArray | None,
    tol: float,
) -> tuple[FloatArray, SolveStatus, int]:
    """Minimize ``||rhs - mat c||**2 + gamma * sum_{k in mask} |c_k|`` exactly.

    Feature-sign search (an active-set method): on the active set with fixed
    signs theta the problem is the smooth quadratic
    ``||rhs - mat c||**2 + gamma theta^T c``; solve it, walk back to the best
    sign change on the segment, drop coefficients that reached zero, and
    add the inactive coefficient whose gradient most exceeds gamma. Each
    step strictly lowers the objective and no active set repeats, so it
    ends at a point that satisfies the optimality conditions.

    Returns the coefficients, the status (see :class:`SolveInfo`) and the
    number of steps.
    """
    mat, rhs = system.mat, system.rhs
    p = mat.shape[1]
    norm_mat = system.norm
    if start is None:
        here = _best_start(system, gamma, mask, tol)
    else:
        c = start.copy()
        c[mask & (c == 0.0)] = 0.0  # -0.0 is no sign
        # Computed from c, this residual carries the rounding the search avoids.
        error = (
            _EPS * math.sqrt(p) * (norm_mat * float(np.linalg.norm(c)) + float(np.linalg.norm(rhs)))
        )
        here = _point(c, mat @ c - rhs, gamma, mask, error)
    theta = np.where(mask, np.sign(here.c), 0.0)
    active = (here.c != 0.0) | ~mask
    best = here
    status: SolveStatus = "iteration_limit"
    answer = None
    idle = 0  # steps in a row that did not lower the objective
    # The point before adding a coefficient whose gradient excess is within
    # rounding error: the addition must then prove itself.
    checkpoint: _Point | None = None
    n_iter = 0
    while n_iter < STEPS_PER_COEF * (p + 1):
        n_iter += 1
        step = _feature_sign_step(system, gamma, mask, here, theta, active, tol)
        if step is None:
            status = "no_progress"  # rounding left the descent step nothing to follow
            break
        here, reached = step
        theta = np.where(mask, np.sign(here.c), 0.0)
        active = (here.c != 0.0) | ~mask
        if here.value < best.value:
            best, idle = here, 0
        else:
            idle += 1
        # Steps that only shuffle rounding error: stop at the best point seen.
        uphill = here.value - best.value - _uncertainty(here) - _uncertainty(best)
        if uphill > PROGRESS_RTOL * best.value or idle > p:
            status = "no_progress"
            break
        if not reached:
            continue  # a coefficient reached zero: re-solve on the smaller active set
        if checkpoint is not None:
            if here.value > checkpoint.value * (1 - PROGRESS_RTOL):
                answer, status = checkpoint, "rounding"  # the doubtful coefficient bought nothing
                break
            checkpoint = None
        grad = 2.0 * (mat.T @ here.res)
        excess = np.where(mask & ~active, np.abs(grad) - gamma, -np.inf)
        k = int(np.argmax(excess))
        if excess[k] <= KKT_RTOL * gamma:
            answer, status = here, "optimal"
            break
        # Rounding error of the computed gradient. In an ill-conditioned
        # problem with a tiny gamma a violation can hide below it and still
        # be worth a lot, so such a coefficient is tried, not ruled out.
        res_error = here.res_error + _EPS * float(np.linalg.norm(here.res))
        slack = ROUNDING_FACTOR * 2.0 * norm_mat * res_error
        if excess[k] <= slack:
            checkpoint = here
        theta[k] = -np.sign(grad[k])
        active[k] = True
    if answer is None:
        answer = best
        # The search judged progress by residuals carried along the way; from
        # a far start they carry its rounding, and two equal points may then
        # differ by more than the estimate allows. The optimality test itself,
        # on a freshly solved residual, settles whether the best point is the
        # minimizer after all.
        certified = _certified(system, gamma, mask, best, tol)
        if certified is not None:
            answer, status = certified, "optimal"
    return _snap_to_zero(system, gamma, mask, answer, tol), status, n_iter


def _certified(
    system: _RangeSystem, gamma: float, mask: NDArray[np.bool_], point: _Point, tol: float
) -> _Point | None:
    """The minimizer with ``point``'s signs, solved afresh, if it passes the optimality test.

    On the active set of ``point`` (its nonzero and unpenalized coefficients)
    with its signs, the sign-fixed minimizer satisfies the active optimality
    conditions by construction; if its signs are those assumed and every
    inactive coefficient has ``|g_k| <= gamma (1 + KKT_RTOL)``, it satisfies them
    all, so it is the minimizer (the problem is convex). Returns None otherwise.
    """
    p = point.c.size
    theta = np.where(mask, np.sign(point.c), 0.0)
    active = (point.c != 0.0) | ~mask
    idx = np.flatnonzero(active)
    c = np.zeros(p)
    res, error = -system.rhs, 0.0
    if idx.size:
        solved = _sign_fixed_minimizer(system, idx, gamma * theta[idx], point.c[idx], tol)
        if isinstance(solved, np.ndarray):
            return None  # unbounded along a null direction: these signs are wrong
        target, res, error = solved
        if np.any((np.sign(target) != theta[idx]) & mask[idx]):
            return None
        c[idx] = target
    grad = 2.0 * (system.mat.T @ res)
    excess = np.where(mask & ~active, np.abs(grad) - gamma, -np.inf)
    if p and float(np.max(excess)) > KKT_RTOL * gamma:
        return None
    return _point(c, res, gamma, mask, error)


def _feature_sign_step(
    system: _RangeSystem,
    gamma: float,
    mask: NDArray[np.bool_],
    here: _Point,
    theta: FloatArray,
    active: NDArray[np.bool_],
    tol: float,
) -> tuple[_Point, bool] | None:
    """One feature-sign step from ``here``.

    Returns the new point and True when it is the minimizer of the
    sign-fixed quadratic (then the active coefficients are optimal), False
    when the step stopped where a coefficient changes sign (that coefficient
    is now 0). Returns None when rounding made the step useless: a descent
    direction along which no coefficient moves towards zero.
    """
    idx = np.flatnonzero(active)
    c = here.c.copy()
    if idx.size == 0:
        return _point(c, -system.rhs, gamma, mask), True
    x = c[idx]
    solved = _sign_fixed_minimizer(system, idx, gamma * theta[idx], x, tol)
    if isinstance(solved, np.ndarray):
        # The objective falls linearly along the descent direction while
        # mat @ c stays put: follow it to the first zero crossing. In exact
        # arithmetic a penalized coefficient moves towards zero on it.
        descent = solved
        moving = (x * descent < 0) & mask[idx]
        if not moving.any():
            return None
        ratios = np.full(idx.size, np.inf)
        ratios[moving] = -x[moving] / descent[moving]
        j = int(np.argmin(ratios))
        x = x + ratios[j] * descent
        x[j] = 0.0
        c[idx] = x
        return _point(c, here.res, gamma, mask, here.res_error), False
    target, res_target, res_error = solved
    # Discrete line search over the sign changes on the segment x -> target;
    # a newly added coefficient (x = 0) going the wrong way changes sign at once.
    cross = mask[idx] & (np.sign(target) != theta[idx])
    ratio = np.full(idx.size, np.inf)
    ratio[cross] = np.clip(x[cross] / (x[cross] - target[cross]), 0.0, 1.0)
    steps = np.concatenate(([1.0], ratio[cross]))
    trials = x + steps[:, None] * (target - x)
    trials[0] = target
    trials[ratio[None, :] == steps[:, None]] = 0.0  # exactly zero where the sign changes
    # The residual is affine along the segment, so it interpolates the two
    # accurate end points instead of being recomputed from the coefficients.
    res = here.res[None, :] + steps[:, None] * (res_target - here.res)[None, :]
    values = np.einsum("ij,ij->i", res, res) + gamma * np.abs(trials[:, mask[idx]]).sum(axis=1)
    best = int(np.argmin(values))
    c[idx] = trials[best]
    error = res_error if best == 0 else max(res_error, here.res_error)
    point = _Point(c, res[best], float(values[best]), error)
    # Only a step that reached target with every sign as assumed solved the
    # sign-fixed problem; otherwise the caller re-solves with the new signs.
    return point, best == 0 and not cross.any()


def _sign_fixed_minimizer(
    system: _RangeSystem, idx: NDArray[np.intp], t: FloatArray, x: FloatArray, tol: float
) -> tuple[FloatArray, FloatArray, float] | FloatArray:
    """Minimize ``||rhs - sub x||**2 + t^T x`` over x, ``sub = mat[:, idx]`` (signs fixed).

    With ``sub = U S V^T`` (singular values below ``tol * s_max`` dropped)
    the minimizer nearest to ``x`` is
    ``V (U^T rhs / S - V^T t / (2 S**2)) + (the null-space part of x)`` and
    its residual ``sub x - rhs = (U U^T rhs - rhs) - U (V^T t / (2 S))``; the
    first part vanishes exactly when the active columns span the range
    (``rank sub == rows``), the second is of the order of gamma and
    computed as such. Returns ``(target, residual, its rounding error)``,
    or, when ``t`` has a part in the null space of ``sub`` (the objective
    is then unbounded below along it), the descent direction alone.
    """
    mat, rhs = system.mat, system.rhs
    sub = mat[:, idx]
    m, n = sub.shape
    if m >= n:
        # Fast path for clearly full column rank, sub = Q R: the same formulas
        # with R in place of S V^T (R^T R x = R^T Q^T rhs - t / 2).
        q, r = np.linalg.qr(sub)
        diag = np.abs(np.diag(r))
        if diag.min() > 100 * tol * diag.max():
            inv = np.linalg.inv(r)
            shift = inv.T @ (t / 2)
            weights = q.T @ rhs - shift
            target = inv @ weights
            cond = float(diag.max() / diag.min())
            if m == n:
                res = -(q @ shift)  # Q is square: Q Q^T rhs - rhs is exactly 0
                error = _EPS * cond * float(np.linalg.norm(res))
            else:
                res = q @ weights - rhs
                error = _EPS * (cond * float(np.linalg.norm(res)) + float(np.linalg.norm(rhs)))
            return target, res, error
    u, s, vt = np.linalg.svd(sub, full_matrices=False)
    keep = s > (s[0] * tol if s.size else 0.0)
    v_null = np.vstack([vt[~keep], _complement_rows(vt, n)])
    if v_null.shape[0]:
        pull = v_null @ t
        if np.linalg.norm(pull) > NULL_RTOL * max(float(np.linalg.norm(t)), 1e-300):
            return -(v_null.T @ pull)
    ur, sr, vr = u[:, keep], s[keep], vt[keep]
    shift = (vr @ t) / (2 * sr)
    weights = ur.T @ rhs - shift
    target = vr.T @ (weights / sr)
    if v_null.shape[0]:
        target = target + v_null.T @ (v_null @ x)
    if sr.size == rhs.size:
        res = -(ur @ shift)  # U is square: U U^T rhs - rhs is exactly 0
        error = _EPS * float(sr[0] / sr[-1]) * float(np.linalg.norm(res))
    else:
        res = ur @ weights - rhs
        cond = float(sr[0] / sr[-1]) if sr.size else 1.0
        error = _EPS * cond * float(np.linalg.norm(res)) + _EPS * float(np.linalg.norm(rhs))
    return target, res, error


def _best_start(system: _RangeSystem, gamma: float, mask: NDArray[np.bool_], tol: float) -> _Point:
    # Small gamma: the answer is near least squares; large gamma: near zero.
    # Starting from the better of the two saves most of the active-set steps.
    mat, rhs = system.mat, system.rhs
    p = mat.shape[1]
    zero = np.zeros(p)
    if (~mask).any():
        free = np.flatnonzero(~mask)
        solved = _sign_fixed_minimizer(system, free, np.zeros(free.size), zero[free], tol)
        assert not isinstance(solved, np.ndarray)  # t = 0 has no part anywhere
        zero[free] = solved[0]
        at_zero = _point(zero, solved[1], gamma, mask, solved[2])
    else:
        at_zero = _point(zero, -rhs, gamma, mask)
    # mat has full row rank, so some c fits rhs exactly: the least-squares
    # end, with no residual. (A wide mat is S V^T with orthonormal rows in
    # V^T, whose minimum-norm solution is V S^-1 rhs.)
    if mat.shape[0] == p:
        full = np.linalg.solve(mat, rhs)
    else:
        s = np.linalg.norm(mat, axis=1)
        full = mat.T @ (rhs / s**2) if s.size else np.zeros(p)
    at_full = _point(full, np.zeros(rhs.size), gamma, mask)
    return at_full if at_full.value < at_zero.value else at_zero


def _snap_to_zero(
    system: _RangeSystem, gamma: float, mask: NDArray[np.bool_], here: _Point, tol: float
) -> FloatArray:
    """Set coefficients that are zero up to rounding exactly to zero.

    The sign-fixed solve can leave 1e-16 where the optimum has an exact
    zero (a symmetric data set, say). Zero them, re-solve the rest, and keep
    the result when the objective is no worse and the zeros satisfy
    ``|grad_k| <= gamma``, so the count of exact zeros is right.
    """
    c = here.c
    tiny = mask & (c != 0) & (np.abs(c) <= ZERO_RTOL * np.max(np.abs(c)))
    if not tiny.any():
        return c
    trial = c.copy()
    trial[tiny] = 0.0
    keep = (trial != 0) | ~mask
    res = -system.rhs
    if keep.any():
        idx = np.flatnonzero(keep)
        theta = np.where(mask, np.sign(trial), 0.0)[idx]
        solved = _sign_fixed_minimizer(system, idx, gamma * theta, trial[idx], tol)
        if isinstance(solved, np.ndarray):
            return c
        target, res, _ = solved
        if np.any((np.sign(target) != theta) & mask[idx]):
            return c
        trial[idx] = target
    snapped = _point(trial, res, gamma, mask)
    grad = 2.0 * (system.mat.T @ res)
    worse = snapped.value - here.value - _uncertainty(here) > 8 * _EPS * here.value
    if worse or np.any(np.abs(grad[tiny]) > gamma * (1 + ZERO_RTOL)):
        return c
    return trial


def _complement_rows(vt: FloatArray, n: int) -> FloatArray:
    # svd with full_matrices=False returns min(m, n) rows; a wide sub-matrix
    # (fewer rows than active columns) has a null space the thin SVD omits.
    k = vt.shape[0]
    if k >= n:
        return np.zeros((0, n))
    q, _ = np.linalg.qr(vt.T, mode="complete")
    return q[:, k:].T


#: Above this condition number of the feature matrix at the points, rounding
#: visibly moves the coefficients (about 1e10 at degree 25 in the monomial
#: basis): the readouts and ``main.py fit`` say so.
ILL_CONDITIONED = 1e10


@dataclass(frozen=True, eq=False)
class FitResult:
    """A fitted polynomial and every number the app shows about it.

    ``objective == data_term + l1_term + l2_term``; ``data_term`` is the
    training MSE (empirical risk), the sum the structural risk.
    """

    coef: FloatArray
    degree: int
    basis: Basis
    domain: Domain
    l1: float
    l2: float
    penalize_intercept: bool
    n_train: int
    n_test: int
    train_mse: float
    test_mse: float | None
    data_term: float
    l1_term: float
    l2_term: float
    objective: float
    n_zero: int
    rank: int
    condition: float
    solver_method: SolveMethod = "direct"
    solver_status: SolveStatus = "optimal"
    n_iter: int = 0

    @property
    def solver_converged(self) -> bool:
        """Whether the solver ended on its optimality test (see :class:`SolveInfo`)."""
        return self.solver_status in ("optimal", "rounding")

    @property
    def coef_x(self) -> FloatArray:
        """The polynomial in powers of the original x, ascending."""
        return to_x_power_basis(self.coef, self.basis, self.domain)

    @property
    def is_unique(self) -> bool:
        """Whether the minimizer is unique (full rank, or a ridge penalty makes it so)."""
        return self.rank == self.degree + 1 or self.l2 > 0

    @property
    def max_abs_coef(self) -> float:
        """Largest |coef_k|."""
        return float(np.max(np.abs(self.coef)))

    def max_abs_slope(self, n_grid: int = 1001) -> float:
        """Largest |f'(x)| over the domain (on a grid): how steep the fit gets."""
        z = np.linspace(-1.0, 1.0, n_grid)
        if self.basis == "monomial":
            dz = np.polynomial.polynomial.polyval(z, np.polynomial.polynomial.polyder(self.coef))
        else:
            dz = np.polynomial.legendre.legval(z, np.polynomial.legendre.legder(self.coef))
        dz_dx = 2.0 / (self.domain.hi - self.domain.lo)
        return float(np.max(np.abs(dz))) * dz_dx

    def predict(self, x: ArrayLike) -> FloatArray:
        """f(x) at every x."""
        return evaluate(self.coef, self.domain.to_unit(x), self.basis)


def result_from_coef(
    coef: FloatArray,
    train: Reduced,
    test: Reduced | None,
    l1: float,
    l2: float,
    penalize_intercept: bool,
    info: SolveInfo | None = None,
) -> FitResult:
    """Compute every reported number for ``coef`` from the reduced train/test data.

    ``info`` (from :func:`solve_with_info`) says how the solver stopped; without
    it the result claims a closed form that ended on the optimality test.
    """
    info = SolveInfo("direct", "optimal", 0) if info is None else info
    mask = penalty_mask(train.n_coef, penalize_intercept)
    train_mse = train.sum_squares(coef) / train.n_samples
    test_mse = None
    if test is not None and test.n_samples:
        test_mse = test.sum_squares(coef) / test.n_samples
    l1_term = l1 * float(np.abs(coef[mask]).sum())
    l2_term = l2 * float(coef[mask] @ coef[mask])
    return FitResult(
        coef=coef,
        degree=train.degree,
        basis=train.basis,
        domain=train.domain,
        l1=l1,
        l2=l2,
        penalize_intercept=penalize_intercept,
        n_train=train.n_samples,
        n_test=0 if test is None else test.n_samples,
        train_mse=train_mse,
        test_mse=test_mse,
        data_term=train_mse,
        l1_term=l1_term,
        l2_term=l2_term,
        objective=train_mse + l1_term + l2_term,
        n_zero=int(np.count_nonzero(coef == 0.0)),
        rank=train.rank,
        condition=train.condition,
        solver_method=info.method,
        solver_status=info.status,
        n_iter=info.n_iter,
    )


def fit(
    x: ArrayLike,
    y: ArrayLike,
    degree: int,
    l1: float = 0.0,
    l2: float = 0.0,
    basis: Basis = "monomial",
    domain: Domain | None = None,
    penalize_intercept: bool = False,
    x_test: ArrayLike | None = None,
    y_test: ArrayLike | None = None,
) -> FitResult:
    """Fit the penalized polynomial of the module docstring to training points.

    Parameters
    ----------
    x, y : array_like, shape (n_train,)
        Training points, at least one.
    degree : int
        0 to MAX_DEGREE.
    l1, l2 : float
        L1 and L2 strengths, >= 0.
    basis : {"monomial", "legendre"}
    domain : Domain, optional
        Mapped onto z in [-1, 1]; defaults to [0, 1].
    penalize_intercept : bool
    x_test, y_test : array_like, shape (n_test,), optional
        Held-out points for the test MSE.
    """
    l1 = check_strength("l1", l1)
    l2 = check_strength("l2", l2)
    train = reduce(x, y, degree, basis, domain)
    test = None
    if x_test is not None or y_test is not None:
        test = reduce(
            [] if x_test is None else x_test,
            [] if y_test is None else y_test,
            degree,
            basis,
            train.domain,
        )
    coef, info = solve_with_info(train, l1, l2, penalize_intercept)
    return result_from_coef(coef, train, test, l1, l2, penalize_intercept, info)
