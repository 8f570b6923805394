"""Keep a QR reduction current while points are added, removed or moved, in time independent of N.

A :class:`core.polyfit.Reduced` stands for the points through the upper
triangular factor ``F`` of the augmented feature matrix ``[Phi | y]``
(``F^T F = [Phi | y]^T [Phi | y]``): the rows ``[r | qty]`` and, when
``N > D + 1``, one more row ``[0 .. 0 | sqrt(rss_perp)]``. A click, an undo or a
drag changes a handful of rows of ``[Phi | y]``; this module changes ``F`` to
match in ``O(D**2)`` per row instead of a new QR of all N rows:

- appending rows ``W``: one Householder QR of the small stack ``[F; W]``
  (at most ``D + 2 + k`` rows). Householder QR treats columns left to right,
  so the column order stays intact and :meth:`Reduced.truncated` stays valid.
- removing a row ``w = [phi | eta]``: the LINPACK downdate (``dchdd``;
  Golub and Van Loan, *Matrix Computations*, 4th ed., section 6.5.4). Solve
  ``R^T a = phi``; ``alpha**2 = 1 - a^T a`` is one minus the leverage of the
  point. Plane rotations that turn ``[a; alpha]`` into the last unit vector,
  applied bottom-up to ``[R | qty]`` stacked on ``[0 | t]`` with
  ``t = e / alpha`` (``e = eta - a^T qty``, the point's least-squares
  residual), leave the downdated ``[R' | qty']`` on top and ``w`` itself in
  the last row. The residual outside the features loses the point's
  leave-one-out share: with ``rho = sqrt(rss_perp)``,
  ``rho'**2 = rho**2 - t**2``, formed as ``(rho - |t|)(rho + |t|)`` and never
  below 0. (This is the downdate of the whole augmented factor, whose
  ``alpha`` is ``alpha rho' / rho``.)
- moving a row: append the new position, then remove the old one (the
  point being removed then has a smaller leverage than before the append).

Accuracy. Every update is backward stable, but errors add up, and a
downdate amplifies what is already there by up to ``1 / alpha`` (Stewart,
"The effects of rounding error on an algorithm for downdating a Cholesky
factorization", 1979). :class:`TrackedReduction` carries ``growth``, a bound
on the factor's rounding error in units of a fresh factorization's: 1 when
fresh, ``+ 1`` per append, and per removed row the larger of
``(growth + 1) / alpha`` (the factor) and
``(growth (rho + |t| ||a|| / alpha) + rho + |t| / alpha) / rho'`` (``rss_perp``,
whose subtraction divides absolute errors by ``rho'``; units of
``(D + 1) eps ||y||``). Above :data:`REFACTOR_GROWTH` the caller should
reduce the points afresh (for instance in the background, while the tracked
factor is still used); an update that would go above :data:`MAX_GROWTH`
raises :class:`RefactorNeededError` instead. A downdate is also refused when
it is unsafe: no more points than coefficients afterwards (they interpolate:
the augmented factor's ``alpha`` is 0), a singular ``R`` (fewer distinct x
than coefficients), ``alpha**2`` not clearly above its own rounding error,
estimated from the computed ``a`` as ``4 (D + 1) eps ||a|| |a|^T |R^-T| c``
with ``c`` the column norms of ``R`` (the perturbation of ``R`` a fresh QR
leaves, pushed through the triangular solve) times :data:`DOWNDATE_MARGIN`,
or ``|t| > rho`` beyond rounding (the point was not among those reduced).

Use. Keep one :class:`TrackedReduction` per point set at ``MAX_DEGREE`` and
truncate its ``reduced`` per degree as before; start afresh after a change of
basis, domain or the whole point set. For each edit call
:func:`append_points`, :func:`remove_points` or :func:`move_points`; on
:class:`RefactorNeededError` reduce the current points afresh (it happens
for small N, where that is cheap, for a point of leverage near 1, for data
with fewer distinct x than coefficients, and for bulk removals). When
``should_refactor`` turns true, reduce afresh soon: at once for small N, or
off the GUI thread for large N while the tracked factor stays in use (its
error is still within ``REFACTOR_GROWTH`` to ``MAX_GROWTH`` times a fresh
one's). An undo that restores earlier points can restore the earlier
``TrackedReduction``, and a drag can remove the dragged point once and
append each position to that base, so neither accumulates growth.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from core.polyfit import Reduced, check_points, features, rank_tolerance, singular_values

FloatArray = NDArray[np.float64]

#: Above this growth a tracked factor should be replaced by a fresh reduction
#: soon (its rounding error may be this many times a fresh one's).
REFACTOR_GROWTH = 64.0
#: An update that would take the growth above this raises RefactorNeededError.
MAX_GROWTH = 1024.0
#: A downdate needs alpha**2 at least this many times its rounding-error estimate.
DOWNDATE_MARGIN = 8.0
#: Removing more than one row per this many remaining points costs more than a
#: fresh reduction (about 0.3 ms per downdated row against about 1 us per
#: reduced point), so remove_points refuses and asks for one.
DOWNDATE_BREAK_EVEN = 256
_EPS = float(np.finfo(float).eps)


class RefactorNeededError(Exception):
    """An update that cannot be done accurately (or cheaply): reduce the points afresh.

    ``reason`` says why, in words fit for a log.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, eq=False)
class TrackedReduction:
    """A reduction together with how far it is from a fresh factorization.

    ``TrackedReduction(reduce(x, y, MAX_DEGREE, basis, domain))`` is fresh;
    the update functions return new objects and never change their input.

    Attributes
    ----------
    reduced : Reduced
        The reduction of the current points (truncate it for lower degrees).
    n_updates : int
        Rows appended plus rows removed since the fresh factorization.
    growth : float
        Bound on the factor's rounding error in units of a fresh
        factorization's (module docstring); 1.0 when fresh.
    """

    reduced: Reduced
    n_updates: int = 0
    growth: float = 1.0

    @property
    def should_refactor(self) -> bool:
        """True when a fresh reduction of the points is due (growth above REFACTOR_GROWTH)."""
        return self.growth > REFACTOR_GROWTH


def append_points(tracked: TrackedReduction, x: ArrayLike, y: ArrayLike) -> TrackedReduction:
    """The reduction with the points ``(x, y)`` added: one small QR of ``[F; W]``.

    Costs ``O((D + 2 + k) (D + 2)**2)`` for k points, whatever N is. The row
    count of the result is ``min(N + k, D + 2)`` for the augmented factor, as
    :func:`core.polyfit.reduce` gives.

    Parameters
    ----------
    tracked : TrackedReduction
    x, y : array_like, shape (k,)
        The new points (k may be 0).

    Raises
    ------
    RefactorNeededError
        When the growth would exceed MAX_GROWTH, or when the result is
        numerically rank deficient while the points reduced so far had fewer
        than D + 1 distinct x: the exact rank (:attr:`Reduced.rank`) then
        needs a count of the distinct x, which only the points themselves
        give (say, 12 points at 3 distinct x and one more at degree 30).
    """
    rows, z = _rows(tracked.reduced, x, y)
    if rows.shape[0] == 0:
        return tracked
    growth = tracked.growth + 1.0
    if growth > MAX_GROWTH:
        raise RefactorNeededError(
            f"{tracked.n_updates} updates since the last fresh reduction"
            f" (error growth {growth:.3g} > {MAX_GROWTH:g})"
        )
    red = tracked.reduced
    factor = np.linalg.qr(np.vstack([_augmented(red), rows]), mode="r")
    reduced = _from_factor(factor, red.n_samples + rows.shape[0], red, z)
    return TrackedReduction(reduced, tracked.n_updates + rows.shape[0], growth)


def remove_points(tracked: TrackedReduction, x: ArrayLike, y: ArrayLike) -> TrackedReduction:
    """The reduction with the points ``(x, y)`` taken out, one downdate per point.

    The points must be among those reduced (each one once per copy). Costs
    about 0.3 ms per point, whatever N is.

    Parameters
    ----------
    tracked : TrackedReduction
    x, y : array_like, shape (k,)
        Points to remove (k may be 0).

    Raises
    ------
    RefactorNeededError
        When a downdate is unsafe or inaccurate (module docstring), when
        no more than D + 1 points would remain, when k is so large that a
        fresh reduction is cheaper, or, as in :func:`append_points`, when the
        result is numerically rank deficient and the count of distinct x is
        not known. The caller must then reduce the remaining points from
        scratch.
    """
    rows, _ = _rows(tracked.reduced, x, y)
    red = tracked.reduced
    k, p = rows.shape[0], red.n_coef
    if k == 0:
        return tracked
    n_after = red.n_samples - k
    if n_after <= p:
        raise RefactorNeededError(
            f"{n_after} points would remain, no more than the {p} coefficients: they"
            " interpolate, which a downdate cannot resolve (reduce them afresh, it is cheap)"
        )
    if k > 1 and k * DOWNDATE_BREAK_EVEN > n_after:
        raise RefactorNeededError(
            f"removing {k} of {red.n_samples} points: a fresh reduction is cheaper"
        )
    r = red.r.copy()
    qty = red.qty.copy()
    rho = math.sqrt(red.rss_perp)
    growth = tracked.growth
    for row in rows:
        r, qty, rho, growth = _downdate(r, qty, rho, row, growth)
    factor = np.zeros((p + 1, p + 1))
    factor[:p, :p] = r
    factor[:p, p] = qty
    factor[p, p] = rho
    reduced = _from_factor(factor, n_after, red)
    return TrackedReduction(reduced, tracked.n_updates + k, growth)


def move_points(
    tracked: TrackedReduction,
    x_old: ArrayLike,
    y_old: ArrayLike,
    x_new: ArrayLike,
    y_new: ArrayLike,
) -> TrackedReduction:
    """The reduction with the points ``(x_old, y_old)`` replaced by ``(x_new, y_new)``.

    Appends the new positions, then removes the old ones; raises
    :class:`RefactorNeededError` as :func:`remove_points` does.
    """
    domain = tracked.reduced.domain
    old = check_points(x_old, y_old, domain)
    new = check_points(x_new, y_new, domain)
    if old[0].shape != new[0].shape:
        raise ValueError(
            f"x_old and x_new must have one length, got {old[0].size} and {new[0].size}"
        )
    return remove_points(append_points(tracked, *new), *old)


# ------------------------------------------------------------------ internals
def _rows(red: Reduced, x: ArrayLike, y: ArrayLike) -> tuple[FloatArray, FloatArray]:
    # Rows [phi(z) | y] of the augmented matrix, in the reduction's basis and
    # domain, and the points' z.
    x, y = check_points(x, y, red.domain)
    p = red.n_coef
    z = red.domain.to_unit(x)
    rows = np.empty((x.size, p + 1))
    rows[:, :p] = features(z, red.degree, red.basis)
    rows[:, p] = y
    return rows, z


def _augmented(red: Reduced) -> FloatArray:
    # F: [r | qty] over [0 .. 0 | sqrt(rss_perp)] (that row only when N > D + 1).
    p = red.n_coef
    m = red.r.shape[0]
    factor = np.zeros((m + 1 if red.n_samples > p else m, p + 1))
    factor[:m, :p] = red.r
    factor[:m, p] = red.qty
    if red.n_samples > p:
        factor[m, p] = math.sqrt(red.rss_perp)
    return factor


def _from_factor(factor: FloatArray, n: int, like: Reduced, z: FloatArray | None = None) -> Reduced:
    # The inverse of _augmented, as core.polyfit.reduce slices its own QR, and
    # the count of distinct z the exact rank needs (see Reduced.rank).
    p = like.n_coef
    m = min(n, p)
    r = np.ascontiguousarray(factor[:m, :p])
    rss_perp = float(factor[p, p] ** 2) if n > p else 0.0
    s = singular_values(r, p)
    return Reduced(
        r, factor[:m, p].copy(), rss_perp, n, like.degree, like.basis, like.domain, s,
        _distinct_nodes(s, m, n, like, z),
    )  # fmt: skip


def _distinct_nodes(
    s: FloatArray, m: int, n: int, like: Reduced, z: FloatArray | None
) -> int | None:
    # As reduce(): numerically full rank means m distinct nodes; otherwise only
    # a count of distinct z tells. An unknown count stays unknown, and a full
    # count (D + 1) stays full; from nothing, the new points are all there is.
    if m == 0 or s[m - 1] > s[0] * rank_tolerance(n, like.n_coef):
        return m
    if like.n_nodes is None or like.n_nodes == like.n_coef:
        return like.n_nodes
    if like.n_samples == 0 and z is not None:
        return min(int(np.unique(z).size), m)
    raise RefactorNeededError(
        "numerically rank deficient after the edit: the count of distinct points"
        " needs the points themselves (reduce them afresh, it is cheap at this size)"
    )


def _downdate(
    r: FloatArray,
    qty: FloatArray,
    rho: float,
    row: FloatArray,
    growth: float,
) -> tuple[FloatArray, FloatArray, float, float]:
    """Remove one row ``[phi | eta]`` from the square factor ``[[r, qty], [0, rho]]``.

    Returns the new ``r``, ``qty``, ``rho`` and ``growth`` (module docstring).
    At least D + 2 points remain, so ``rho`` keeps its row.
    """
    p = r.shape[0]
    phi, eta = row[:p], float(row[p])
    diag = np.abs(np.diagonal(r))
    if not np.all(diag > 0.0):
        raise RefactorNeededError("the factor is singular (fewer distinct x than coefficients)")
    a = _solve_transposed(r, phi)
    if not np.all(np.isfinite(a)):
        raise RefactorNeededError("the factor is too close to singular to downdate")
    norm_a = float(np.linalg.norm(a))
    alpha2 = 1.0 - norm_a * norm_a
    # How far rounding (a fresh QR's perturbation of r, pushed through the
    # triangular solve) can move alpha**2.
    with np.errstate(all="ignore"):  # a nearly singular r: inf or nan here refuses below
        spread = np.abs(np.linalg.inv(r).T) @ np.linalg.norm(r, axis=0)
        noise = 4.0 * p * _EPS * norm_a * float(np.abs(a) @ spread)
    if not alpha2 > DOWNDATE_MARGIN * noise:
        raise RefactorNeededError(
            f"unsafe downdate: the point's leverage 1 - alpha^2 = {1.0 - alpha2:.6g} is 1"
            f" within rounding (alpha^2 = {alpha2:.3g}, its error up to {noise:.2g})"
        )
    alpha = math.sqrt(alpha2)
    t = (eta - float(a @ qty)) / alpha
    work = np.column_stack([r, qty])
    extra = np.zeros(p + 1)
    extra[p] = t
    beta = alpha
    for i in range(p - 1, -1, -1):
        if a[i] == 0.0:
            continue
        radius = math.hypot(beta, a[i])
        c, s = beta / radius, a[i] / radius
        top = work[i, i:].copy()
        work[i, i:] = c * top - s * extra[i:]
        extra[i:] = s * top + c * extra[i:]
        beta = radius
    # Errors already in the factor grow by up to 1 / alpha in the worst direction,
    # and the downdate's own are those of a fresh factorization, amplified alike.
    new_growth = (growth + 1.0) / alpha
    # rho'^2 = rho^2 - t^2: the leave-one-out residual leaves with the point.
    # In units of eps ||y||, rho and qty carry errors up to `growth`, the
    # residual e picks up ||a|| = sqrt(leverage) of those, and the
    # subtraction divides every absolute error by rho'.
    floor = p * _EPS * math.hypot(float(np.linalg.norm(qty)), rho)
    gap = rho - abs(t)
    # t inherits the relative error of alpha**2 (noise / alpha**2) on top.
    slack = (growth + 1.0) * floor + abs(t) * noise / (2.0 * alpha2)
    if gap < -DOWNDATE_MARGIN * slack:
        raise RefactorNeededError(
            "the point's residual exceeds the residual left: it was not among the points"
        )
    new_rho = math.sqrt(max(gap, 0.0) * (rho + abs(t)))
    below = max(new_rho, floor, math.ulp(0.0))
    inherited = growth * (rho + abs(t) * norm_a / alpha) / below
    new_growth = max(new_growth, inherited + (rho + abs(t) / alpha) / below)
    if new_growth > MAX_GROWTH:
        raise RefactorNeededError(
            f"the downdate would amplify rounding errors to {new_growth:.3g} times"
            f" a fresh reduction's (limit {MAX_GROWTH:g})"
        )
    return work[:, :p], work[:, p].copy(), new_rho, new_growth


def _solve_transposed(r: FloatArray, b: FloatArray) -> FloatArray:
    # Forward substitution for r^T a = b (r upper triangular, nonzero diagonal):
    # backward stable componentwise, which the noise estimate above assumes.
    p = r.shape[0]
    a = np.empty(p)
    with np.errstate(over="ignore", invalid="ignore"):
        for i in range(p):
            a[i] = (b[i] - r[:i, i] @ a[:i]) / r[i, i]
    return a
