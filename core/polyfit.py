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
microseconds whatever ``N`` is. L1 problems are solved by an active-set
method (feature-sign search) whose sub-problems use an SVD of the active
columns, which terminates at the exact optimum rather than stopping early
as coordinate descent does in this badly conditioned basis.
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


def _check_points(x: ArrayLike, y: ArrayLike, domain: Domain) -> tuple[FloatArray, FloatArray]:
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.ndim != 1 or y.ndim != 1 or x.shape != y.shape:
        raise ValueError(
            f"x and y must be 1-D arrays of one length, got shapes {x.shape} and {y.shape}"
        )
    if not (np.all(np.isfinite(x)) and np.all(np.isfinite(y))):
        raise ValueError("points must be finite numbers (no nan or inf)")
    # Beyond these limits the degree-30 features or the squared errors overflow.
    limits.check_points(x, y, (domain.lo, domain.hi))
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
    where ``r`` has shape (min(N, D + 1), D + 1).
    """

    r: FloatArray
    qty: FloatArray
    rss_perp: float
    n_samples: int
    degree: int
    basis: Basis
    domain: Domain
    singular_values: FloatArray = field(repr=False)

    @property
    def n_coef(self) -> int:
        """Number of coefficients, D + 1."""
        return self.degree + 1

    @property
    def rank(self) -> int:
        """Numerical rank of the feature matrix (numpy's lstsq cutoff)."""
        s = self.singular_values
        if s.size == 0 or s[0] == 0.0:
            return 0
        return int(np.count_nonzero(s > s[0] * _rank_tol(self.n_samples, self.n_coef)))

    @property
    def condition(self) -> float:
        """2-norm condition number of the feature matrix (inf when rank deficient)."""
        s = self.singular_values
        if self.rank < self.n_coef:
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
            _singular_values(r, p),
        )

    def sum_squares(self, coef: FloatArray) -> float:
        """``sum_i (y_i - f(x_i))**2`` for the given basis coefficients."""
        res = self.qty - self.r @ coef
        return float(res @ res + self.rss_perp)


def _rank_tol(n_samples: int, n_coef: int) -> float:
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
    x, y = _check_points(x, y, domain)
    n, p = x.shape[0], degree + 1
    aug = np.empty((n, p + 1), order="F")
    _fill_features(aug[:, :p], domain.to_unit(x), basis)
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
    return Reduced(r, qty, rss_perp, n, degree, basis, domain, _singular_values(r, p))


def _singular_values(r: FloatArray, p: int) -> FloatArray:
    s = np.linalg.svd(r, compute_uv=False) if r.shape[0] else np.zeros(0)
    return np.concatenate([s, np.zeros(p - s.size)])


def penalty_mask(n_coef: int, penalize_intercept: bool) -> NDArray[np.bool_]:
    """Which coefficients the penalties apply to: k = 1..D, or 0..D if asked."""
    mask = np.ones(n_coef, dtype=bool)
    mask[0] = penalize_intercept
    return mask


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
        A nearby solution (for instance at the previous l1); speeds up L1
        problems, never changes the answer.

    Returns
    -------
    coef : ndarray, shape (D + 1,)
        Basis coefficients, ascending k.
    """
    l1 = check_strength("l1", l1)
    l2 = check_strength("l2", l2)
    if reduced.n_samples == 0:
        raise ValueError("cannot fit without training points (need at least 1, got 0)")
    p = reduced.n_coef
    mask = penalty_mask(p, penalize_intercept)
    scale = 1.0 / math.sqrt(reduced.n_samples)
    # min (1/N)||qty - R c||^2 + l2 ||c_P||^2  ==  min ||b - A c||^2 with A, b stacked.
    if l2 > 0:
        rows = np.flatnonzero(mask)
        pen = np.zeros((rows.size, p))
        pen[np.arange(rows.size), rows] = math.sqrt(l2)
        a = np.vstack([reduced.r * scale, pen])
        b = np.concatenate([reduced.qty * scale, np.zeros(rows.size)])
    else:
        a = reduced.r * scale
        b = reduced.qty * scale
    tol = _rank_tol(reduced.n_samples, p)
    if l1 == 0.0:
        return _lstsq(a, b, tol)
    start = None if warm_start is None else np.asarray(warm_start, dtype=float)
    if start is not None and start.shape != (p,):
        raise ValueError(f"warm_start must have shape ({p},), got {start.shape}")
    return _feature_sign(a, b, l1, mask, start, tol)


def _lstsq(a: FloatArray, b: FloatArray, tol: float) -> FloatArray:
    # Minimum-norm least squares by SVD: coef = V diag(1/s) U^T b over s > tol * s_max.
    u, s, vt = np.linalg.svd(a, full_matrices=False)
    keep = s > (s[0] * tol if s.size else 0.0)
    return vt[keep].T @ ((u[:, keep].T @ b) / s[keep])


def _objective(a: FloatArray, b: FloatArray, gamma: float, mask: NDArray[np.bool_], c: FloatArray):
    res = a @ c - b
    return float(res @ res + gamma * np.abs(c[mask]).sum())


def _feature_sign(
    a: FloatArray,
    b: FloatArray,
    gamma: float,
    mask: NDArray[np.bool_],
    start: FloatArray | None,
    tol: float,
) -> FloatArray:
    """Minimize ``||b - a c||**2 + gamma * sum_{k in mask} |c_k|`` exactly.

    Feature-sign search (an active-set method): on the active set with fixed
    signs theta the problem is the smooth quadratic
    ``||b - a c||**2 + gamma theta^T c``; solve it, walk back to the best
    sign change on the segment, drop coefficients that reached zero, and
    add the inactive coefficient whose gradient most exceeds gamma. Each
    step strictly lowers the objective and no active set repeats, so it
    ends at a point that satisfies the optimality conditions.
    """
    p = a.shape[1]
    if start is None:
        start = _best_start(a, b, gamma, mask, tol)
    c = start.copy()
    c[mask & (np.abs(c) == 0.0)] = 0.0
    theta = np.where(mask, np.sign(c), 0.0)
    active = (c != 0.0) | ~mask
    norm_a = float(np.linalg.norm(a, 2)) if a.size else 0.0
    best = _objective(a, b, gamma, mask, c)
    answer = c.copy()  # the best point so far, unless a stopping rule says otherwise
    idle = 0  # steps in a row that did not lower the objective
    # (objective, coefficients) before adding a coefficient whose gradient
    # excess is within rounding error: the addition must then prove itself.
    checkpoint: tuple[float, FloatArray] | None = None
    for _ in range(50 * p + 50):
        reached = _feature_sign_step(a, b, gamma, mask, c, theta, active, tol)
        theta = np.where(mask, np.sign(c), 0.0)
        active = (c != 0.0) | ~mask
        value = _objective(a, b, gamma, mask, c)
        if value < best:
            best, answer, idle = value, c.copy(), 0
        else:
            idle += 1
        # Steps that only shuffle rounding error: stop at the best point seen.
        if value > best * (1 + 1e-12) or idle > p:
            break
        if not reached:
            continue  # a coefficient reached zero: re-solve on the smaller active set
        if checkpoint is not None:
            if value > checkpoint[0] * (1 - 1e-12):
                answer = checkpoint[1]  # the doubtful coefficient bought nothing
                break
            checkpoint = None
        grad = 2.0 * a.T @ (a @ c - b)
        excess = np.where(mask & ~active, np.abs(grad) - gamma, -np.inf)
        k = int(np.argmax(excess))
        if excess[k] <= 1e-12 * gamma:
            answer = c  # the optimality conditions hold
            break
        # Rounding error of the computed gradient. In an ill-conditioned
        # problem with a tiny gamma a violation can hide below it and still
        # be worth a lot, so such a coefficient is tried, not ruled out.
        slack = 64 * _EPS * norm_a * (norm_a * float(np.linalg.norm(c)) + float(np.linalg.norm(b)))
        if excess[k] <= slack:
            checkpoint = (value, c.copy())
        theta[k] = -np.sign(grad[k])
        active[k] = True
    return _snap_to_zero(a, b, gamma, mask, answer, tol)


def _snap_to_zero(
    a: FloatArray, b: FloatArray, gamma: float, mask: NDArray[np.bool_], c: FloatArray, tol: float
) -> FloatArray:
    """Set coefficients that are zero up to rounding exactly to zero.

    The sign-fixed solve can leave 1e-16 where the optimum has an exact
    zero (a symmetric data set, say). Zero them, re-solve the rest, and keep
    the result when the objective is no worse and the zeros satisfy
    ``|grad_k| <= gamma``, so the count of exact zeros is right.
    """
    tiny = mask & (c != 0) & (np.abs(c) <= 1e-9 * np.max(np.abs(c)))
    if not tiny.any():
        return c
    trial = c.copy()
    trial[tiny] = 0.0
    keep = (trial != 0) | ~mask
    if keep.any():
        target, descent = _sign_fixed_minimizer(
            a[:, keep], b, gamma * np.where(mask, np.sign(trial), 0.0)[keep], trial[keep], tol
        )
        flipped = (np.sign(target) != np.sign(trial[keep])) & mask[keep]
        if descent is not None or flipped.any():
            return c
        trial[keep] = target
    grad = 2.0 * a.T @ (a @ trial - b)
    worse = _objective(a, b, gamma, mask, trial) > _objective(a, b, gamma, mask, c) * (1 + 8 * _EPS)
    if worse or np.any(np.abs(grad[tiny]) > gamma * (1 + 1e-9)):
        return c
    return trial


def _best_start(
    a: FloatArray, b: FloatArray, gamma: float, mask: NDArray[np.bool_], tol: float
) -> FloatArray:
    # Small gamma: the answer is near least squares; large gamma: near zero.
    # Starting from the better of the two saves most of the active-set steps.
    p = a.shape[1]
    zero = np.zeros(p)
    if (~mask).any():
        zero[~mask] = _lstsq(a[:, ~mask], b, tol)
    full, null = _sign_fixed_minimizer(a, b, np.zeros(p), np.zeros(p), tol)
    if null is not None:
        full = _lstsq(a, b, tol)
    f_zero = _objective(a, b, gamma, mask, zero)
    f_full = _objective(a, b, gamma, mask, full)
    return full if f_full < f_zero else zero


def _sign_fixed_minimizer(
    sub: FloatArray, b: FloatArray, t: FloatArray, x: FloatArray, tol: float
) -> tuple[FloatArray, FloatArray | None]:
    """Minimize ``||b - sub x||**2 + t^T x``, the objective with signs fixed.

    Returns ``(target, None)`` with the minimizer nearest to ``x``, or, when
    ``t`` has a part in the null space of ``sub`` (the objective is then
    unbounded below along it), ``(x, d)`` with the descent direction ``d``.
    """
    m, n = sub.shape
    if m >= n:
        # Fast path, clearly full column rank: R^T R x = R^T Q^T b - t / 2.
        r = np.linalg.qr(np.column_stack([sub, b]), mode="r")
        diag = np.abs(np.diag(r[:n, :n]))
        if diag.min() > 100 * tol * diag.max():
            inv = np.linalg.inv(r[:n, :n])
            return inv @ (r[:n, n] - inv.T @ (t / 2)), None
    u, s, vt = np.linalg.svd(sub, full_matrices=False)
    keep = s > (s[0] * tol if s.size else 0.0)
    v_null = np.vstack([vt[~keep], _complement_rows(vt, n)])
    if v_null.shape[0]:
        pull = v_null @ t
        if np.linalg.norm(pull) > 1e-12 * max(float(np.linalg.norm(t)), 1e-300):
            return x, -(v_null.T @ pull)
    ur, sr, vr = u[:, keep], s[keep], vt[keep]
    target = vr.T @ ((ur.T @ b) / sr - (vr @ t) / (2 * sr**2))
    if v_null.shape[0]:
        target = target + v_null.T @ (v_null @ x)
    return target, None


def _feature_sign_step(
    a: FloatArray,
    b: FloatArray,
    gamma: float,
    mask: NDArray[np.bool_],
    c: FloatArray,
    theta: FloatArray,
    active: NDArray[np.bool_],
    tol: float,
) -> bool:
    """One feature-sign step, updating ``c`` in place.

    Returns True when the step reached the minimizer of the sign-fixed
    quadratic (then the active coefficients are optimal), False when it
    stopped where a coefficient changes sign (that coefficient is now 0).
    """
    idx = np.flatnonzero(active)
    if idx.size == 0:
        return True
    sub = a[:, idx]
    x = c[idx]
    target, descent = _sign_fixed_minimizer(sub, b, gamma * theta[idx], x, tol)
    if descent is not None:
        # The objective falls linearly along the descent direction while
        # sub @ x stays put: follow it to the first zero crossing, which exists.
        ratios = np.full(idx.size, np.inf)
        moving = (x * descent < 0) & mask[idx]
        ratios[moving] = -x[moving] / descent[moving]
        j = int(np.argmin(ratios))
        x = x + ratios[j] * descent
        x[j] = 0.0
        c[idx] = x
        return False
    # Discrete line search over the sign changes on the segment x -> target;
    # a newly added coefficient (x = 0) going the wrong way changes sign at once.
    cross = mask[idx] & (np.sign(target) != theta[idx])
    ratio = np.full(idx.size, np.inf)
    ratio[cross] = np.clip(x[cross] / (x[cross] - target[cross]), 0.0, 1.0)
    steps = np.concatenate(([1.0], ratio[cross]))
    trials = x + steps[:, None] * (target - x)
    trials[ratio[None, :] == steps[:, None]] = 0.0  # exactly zero where the sign changes
    res = trials @ sub.T + (a @ c - b - sub @ x)[None, :]
    values = np.einsum("ij,ij->i", res, res) + gamma * np.abs(trials[:, mask[idx]]).sum(axis=1)
    best = int(np.argmin(values))
    c[idx] = trials[best]
    # Only a step that reached target with every sign as assumed solved the
    # sign-fixed problem; otherwise the caller re-solves with the new signs.
    return best == 0 and not cross.any()


def _complement_rows(vt: FloatArray, n: int) -> FloatArray:
    # svd with full_matrices=False returns min(m, n) rows; a wide sub-matrix
    # (fewer rows than active columns) has a null space the thin SVD omits.
    k = vt.shape[0]
    if k >= n:
        return np.zeros((0, n))
    q, _ = np.linalg.qr(vt.T, mode="complete")
    return q[:, k:].T


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
) -> FitResult:
    """Compute every reported number for ``coef`` from the reduced train/test data."""
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
    coef = solve(train, l1, l2, penalize_intercept)
    return result_from_coef(coef, train, test, l1, l2, penalize_intercept)
