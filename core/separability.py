"""Whether two classes can be separated by a linear rule in feature space (so no fit exists).

Logistic regression without a penalty has a minimizer exactly when the
classes overlap in feature space. With ``s_i = 2 t_i - 1`` and the rows
``a_i = s_i phi_i`` of ``A`` (N x p), the data are *separable* when some
weights ``w`` classify every point correctly or on the boundary and at least
one strictly::

    A w >= 0,  A w != 0                     (then the loss falls forever along w)

and they *overlap* otherwise, which by Stiemke's theorem of the alternative
happens exactly when some strictly positive ``y`` balances the rows::

    y > 0,  A^T y = 0                       (then the loss grows in every direction)

(Albert and Anderson, Biometrika 1984, for the link with the maximum
likelihood estimate). ``A w > 0`` everywhere is *complete* separation (the loss
tends to 0), otherwise *quasi-complete* (some points stay on the boundary).

The test is the linear program ``y = 1 + v``, ``v >= 0``, ``A^T v = -A^T 1``,
solved by phase one of the revised simplex method (Devex pricing, Bland's
rule after a run of degenerate pivots, product-form updates of the p x p
basis inverse with a fresh inversion every 32 pivots). Phase one ends either with the
artificial variables at zero, which gives the overlap certificate ``y``, or
with a positive minimum, whose dual ``pi`` satisfies ``A pi <= 0`` and
``1^T A pi < 0`` by LP duality, so ``w = -pi`` separates. Both certificates
are checked on the original data before the answer is returned: ``y`` must
balance the rows to rounding, and ``w`` must put every point on its own side
or on the boundary, ``s_i phi_i^T w >= -tol ||phi_i||_1 max|w|``, and at least
one point clearly on its own side (``> tol ||phi_i||_1 max|w|``), with
``tol = VERIFY_TOL``. Where neither certificate passes its check (the program
stopped at its pivot cap, or rounding spoiled it) the answer is
``"undecided"`` (``separable`` None), never a guess. Rows and equations are
scaled to unit size first (that changes neither answer).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

import numpy as np
from numpy.typing import ArrayLike, NDArray

__all__ = ["VERIFY_TOL", "Separation", "separates", "separation", "strict_separation"]

FloatArray = NDArray[np.float64]
Kind = Literal["overlap", "complete", "quasi-complete", "one class", "undecided"]

#: A separating direction must leave every margin above ``-VERIFY_TOL`` times
#: its row's size ``||phi_i||_1 max|w|``, and one above ``+VERIFY_TOL`` times it.
#: The program's own tolerances are 1e-9 (scaled data); the rounding left on
#: points that lie on the boundary is about 1e-14 of that size (measured on
#: thousands of random problems up to degree 10), and a failed program leaves
#: violations of order 1.
VERIFY_TOL = 1e-9

_EPS = float(np.finfo(float).eps)
# A reduced cost below -_PRICE_TOL (the data scaled to unit rows) lets a column enter.
_PRICE_TOL = 1e-9
# A direction entry below this is treated as zero in the ratio test.
_PIVOT_TOL = 1e-9
# Phase one's minimum at or below this (relative to the start) counts as zero.
_FEASIBLE_TOL = 1e-9
# Consecutive degenerate pivots before Bland's rule takes over (no cycling).
_DEGENERATE_RUN = 30
# Singular values below this (relative, times the matrix size) are rank deficiency.
_RANK_TOL = _EPS
# Pivots between fresh inversions of the basis (updates in between), which
# keeps the rounding of the eta updates from piling up.
_REFACTOR_EVERY = 32
# Ratios within this fraction of the smallest (at least 1) tie in the ratio
# test: rounding in the basis inverse must not decide which variable leaves.
_TIE_RTOL = 1e-12
# A pivot whose step is below this (the data scaled to unit size) is
# degenerate: it moves no variable, and a run of them hands over to Bland.
_DEGENERATE_STEP = 1e-14
# The overlap certificate must balance the rows to this fraction of the size
# of their terms (``|A^T y| <= CERTIFY_RTOL |A|^T y``).
_CERTIFY_RTOL = 1e-8
# Pivots phase one may take, per point and feature, on top of a fixed allowance.
_PIVOTS_PER_COLUMN = 20
_PIVOTS_EXTRA = 100


@dataclass(frozen=True, eq=False)
class Separation:
    """The answer of :func:`separation` with its certificate.

    Attributes
    ----------
    separable : bool or None
        True when no unpenalized minimizer exists (complete or quasi-complete
        separation, or a single class); None when the test could not decide
        (kind ``"undecided"``: neither certificate passed its check).
    kind : {"overlap", "complete", "quasi-complete", "one class", "undecided"}
    direction : ndarray of shape (n_features,) or None
        For separable data, weights ``w`` with ``s_i phi_i^T w >= 0`` for every
        point (strictly for complete separation), scaled to max |w| = 1.
    weights : ndarray of shape (n_points,) or None
        For overlapping data, the strictly positive ``y`` with
        ``sum_i y_i s_i phi_i ~ 0`` (scaled to max y = 1).
    n_pivots : int
        Simplex pivots spent (0 when a shortcut decided).
    """

    separable: bool | None
    kind: Kind
    direction: FloatArray | None
    weights: FloatArray | None
    n_pivots: int


def separates(phi: ArrayLike, label: ArrayLike, w: ArrayLike) -> bool:
    """Whether ``w`` puts every point strictly on its own side: ``s_i phi_i^T w > 0``.

    The margin must exceed the rounding error of ``phi_i^T w`` (a few ulps of
    ``sum_k |phi_ik w_k|``), so a True answer holds in exact arithmetic too.
    """
    phi = np.asarray(phi, dtype=float)
    s = 2.0 * np.asarray(label, dtype=float) - 1.0
    w = np.asarray(w, dtype=float)
    if phi.shape[0] == 0:
        return False
    margin = s * (phi @ w)
    slack = 4 * phi.shape[1] * _EPS * (np.abs(phi) @ np.abs(w))
    return bool(np.all(margin > slack))


def strict_separation(phi: ArrayLike, label: ArrayLike, w: ArrayLike) -> Separation | None:
    """Complete separation certified by ``w`` (see `separates`), or None if ``w`` does not do it.

    The direction is ``w`` scaled to max |w| = 1.
    """
    w = np.asarray(w, dtype=float)
    if not separates(phi, label, w):
        return None
    return Separation(True, "complete", w / np.max(np.abs(w)), None, 0)


def separation(phi: ArrayLike, label: ArrayLike, hint: ArrayLike | None = None) -> Separation:
    """Decide whether the two classes are separable by a linear rule in the features.

    Parameters
    ----------
    phi : array_like, shape (n_points, n_features)
        Features of the training points (the first column may be the constant).
    label : array_like, shape (n_points,)
        Classes, 0 or 1.
    hint : array_like, shape (n_features,), optional
        Candidate weights (say, a fit at some penalty); if they separate the
        points strictly, that settles it without the linear program.

    Returns
    -------
    Separation
        With its certificate checked on the data, or ``"undecided"``.

    Raises
    ------
    ValueError
        Without points, or with shapes that do not match.
    """
    phi = np.asarray(phi, dtype=float)
    t = np.asarray(label, dtype=float)
    if phi.ndim != 2 or t.shape != (phi.shape[0],):
        raise ValueError(
            f"phi must be (n_points, n_features) and label (n_points,), got {phi.shape}, {t.shape}"
        )
    if phi.shape[0] == 0:
        raise ValueError("separation needs at least 1 point, got 0")
    p = phi.shape[1]
    if np.all(t == t[0]):
        # The intercept alone pushes every point to its class; without a
        # constant column the LP below still decides.
        const = np.flatnonzero(np.all(phi == 1.0, axis=0))
        if const.size:
            direction = np.zeros(p)
            direction[const[0]] = 1.0 if t[0] == 1 else -1.0
            return Separation(True, "one class", direction, None, 0)
    if hint is not None and np.shape(hint) == (p,):
        known = strict_separation(phi, t, hint)
        if known is not None:
            return known
    return _simplex_test(phi, t)


def _simplex_test(phi: FloatArray, t: FloatArray) -> Separation:
    s = 2.0 * t - 1.0
    a_rows = s[:, None] * phi
    # Scaling rows (y_i -> y_i c_i) and equations (w_k -> w_k / d_k) keeps
    # both alternatives intact and makes the tolerances mean something.
    row_scale = np.max(np.abs(a_rows), axis=1)
    row_scale[row_scale == 0] = 1.0
    a = a_rows / row_scale[:, None]
    col_scale = np.max(np.abs(a), axis=0)
    col_scale[col_scale == 0] = 1.0
    a /= col_scale[None, :]
    # An orthonormal basis of the span of the rows' features (rank-revealing:
    # QR, then an SVD of the small factor) keeps the program well conditioned;
    # separability depends on that span only.
    q, r = np.linalg.qr(a)
    u, sv, vt = np.linalg.svd(r, full_matrices=False)
    keep = sv > sv[0] * _RANK_TOL * max(a.shape) if sv.size and sv[0] > 0 else sv > 0
    y, pi, pivots = _phase_one(q @ u[:, keep])
    # Back to the scaled features: a @ (V S^-1 pi) = (Q U) pi.
    pi = vt[keep].T @ (pi / sv[keep])
    if y is not None:
        weights = y / row_scale
        weights /= weights.max()
        return Separation(False, "overlap", None, weights, pivots)
    return _checked_direction(phi, s, -pi / col_scale, pivots)


def _checked_direction(phi: FloatArray, s: FloatArray, w: FloatArray, pivots: int) -> Separation:
    """The separable answer for the direction ``w`` if it passes the check, else undecided.

    See the module docstring: every margin at least ``-VERIFY_TOL`` times its
    row's size, one above ``+VERIFY_TOL`` times it.
    """
    undecided = Separation(None, "undecided", None, None, pivots)
    biggest = float(np.max(np.abs(w))) if w.size else 0.0
    if not (math.isfinite(biggest) and biggest > 0):
        return undecided
    w = w / biggest
    margin = s * (phi @ w)
    size = np.abs(phi).sum(axis=1)  # ||phi_i||_1 max|w|, with max|w| = 1
    if not (np.all(margin >= -VERIFY_TOL * size) and np.any(margin > VERIFY_TOL * size)):
        return undecided
    slack = 4 * phi.shape[1] * _EPS * (np.abs(phi) @ np.abs(w))
    kind: Kind = "complete" if np.all(margin > slack) else "quasi-complete"
    return Separation(True, kind, w, None, pivots)


def _phase_one(a: FloatArray) -> tuple[FloatArray | None, FloatArray, int]:
    """Phase one of ``A^T v = -A^T 1``, ``v >= 0`` by the revised simplex method.

    Returns ``(y, pi, pivots)``: ``y = 1 + v`` when the system is feasible
    (overlap), else None and the phase-one dual ``pi``.
    """
    n, p = a.shape
    b = -a.sum(axis=0)
    # Artificial column k is sign(b_k) e_k, so the artificials start at |b|.
    art_sign = np.where(b < 0, -1.0, 1.0)
    basis = np.arange(n, n + p)  # column indices; >= n are artificial
    start = float(np.abs(b).sum())
    degenerate = 0
    pivots = 0
    max_pivots = _PIVOTS_PER_COLUMN * (n + p) + _PIVOTS_EXTRA
    pi = np.zeros(p)
    # Devex reference weights (Forrest and Goldfarb): pricing by the reduced cost
    # per unit of (approximate) edge length takes far fewer pivots than Dantzig's.
    weight = np.ones(n)
    inverse = np.diag(art_sign)
    while pivots <= max_pivots:
        if pivots % _REFACTOR_EVERY == 0:
            try:
                inverse = np.linalg.inv(_basis_matrix(a, art_sign, basis))
            except np.linalg.LinAlgError:
                break  # cannot happen with exact pivots; treated as not decided below
        x_b = inverse @ b
        cost = (basis >= n).astype(float)
        pi = inverse.T @ cost
        # Reduced costs: 0 - a_j . pi for real columns, 1 - sign_k pi_k for artificials.
        reduced = -(a @ pi)
        reduced_art = 1.0 - art_sign * pi
        in_basis = np.zeros(n + p, dtype=bool)
        in_basis[basis] = True
        reduced_all = np.concatenate([reduced, reduced_art])
        reduced_all[in_basis] = 0.0
        # An artificial that has left never comes back (it only slows phase one).
        reduced_all[n:] = 0.0
        candidates = np.flatnonzero(reduced_all < -_PRICE_TOL)
        if candidates.size == 0:
            break
        if degenerate >= _DEGENERATE_RUN:
            entering = int(candidates[0])  # Bland: the lowest index
        else:
            score = reduced_all[candidates] ** 2 / weight[candidates]
            entering = int(candidates[np.argmax(score)])
        column = _column(a, art_sign, entering)
        direction = inverse @ column
        rows = np.flatnonzero(direction > _PIVOT_TOL)
        if rows.size == 0:
            break  # unbounded: impossible, phase one is bounded below by 0
        ratios = np.maximum(x_b[rows], 0.0) / direction[rows]
        best = ratios.min()
        ties = rows[ratios <= best + _TIE_RTOL * max(1.0, best)]
        # Among ties, let an artificial leave first, then the lowest column (Bland).
        leave = ties[np.lexsort((basis[ties], basis[ties] < n))][0]
        degenerate = degenerate + 1 if best <= _DEGENERATE_STEP else 0
        pivot_row = (a @ inverse[leave]) / direction[leave]
        weight = np.maximum(weight, pivot_row**2 * weight[entering])
        if basis[leave] < n:
            weight[basis[leave]] = max(weight[entering] / direction[leave] ** 2, 1.0)
        basis[leave] = entering
        # Product-form update of the basis inverse (an eta step), O(p^2).
        row = inverse[leave] / direction[leave]
        inverse -= np.outer(direction, row)
        inverse[leave] = row
        pivots += 1
    mat = _basis_matrix(a, art_sign, basis)
    x_b = np.linalg.lstsq(mat, b, rcond=None)[0]
    infeasibility = float(np.maximum(x_b[basis >= n], 0.0).sum())
    if infeasibility <= _FEASIBLE_TOL * max(start, 1.0):
        v = np.zeros(n)
        real = basis < n
        v[basis[real]] = np.maximum(x_b[real], 0.0)
        y = 1.0 + v
        # The certificate must hold on its own: A^T y ~ 0 relative to its terms.
        residual = np.abs(a.T @ y)
        scale = np.abs(a.T) @ y
        if np.all(residual <= _CERTIFY_RTOL * np.maximum(scale, 1.0)):
            return y, pi, pivots
    return None, pi, pivots


def _basis_matrix(a: FloatArray, art_sign: FloatArray, basis: NDArray[np.int64]) -> FloatArray:
    n, p = a.shape
    mat = np.zeros((p, p))
    real = basis < n
    mat[:, real] = a[basis[real]].T
    art = np.flatnonzero(~real)
    mat[basis[art] - n, art] = art_sign[basis[art] - n]
    return mat


def _column(a: FloatArray, art_sign: FloatArray, index: int) -> FloatArray:
    n, p = a.shape
    if index < n:
        return a[index].copy()
    column = np.zeros(p)
    column[index - n] = art_sign[index - n]
    return column
