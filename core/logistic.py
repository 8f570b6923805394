"""Exact penalized logistic regression on a feature matrix: the classifier's solver.

For features ``phi_i`` (rows of ``Phi``, N x p, column 0 the constant), labels
``t_i`` in {0, 1} and weights ``w``::

    f_i = phi_i^T w,        p_i = sigmoid(f_i) = 1 / (1 + exp(-f_i))
    L(w) = (1/N) sum_i [log(1 + exp(f_i)) - t_i f_i]        data term (nats)
           + l1 sum_{k>0} |w_k| + l2 sum_{k>0} w_k^2          (the intercept w_0 is free)

With ``s_i = 2 t_i - 1`` and the margin ``m_i = s_i f_i`` each data term is
``log(1 + exp(-m_i))``, computed as ``max(-m, 0) + log1p(exp(-|m|))`` and the
probabilities from ``exp(-|m|)`` alone, so nothing overflows for any f.

Method. Newton's method on the smooth part (L1 off) and proximal Newton with
L1 (Lee, Sun and Saunders, SIAM J. Optim. 2014): at ``w`` the smooth part
``S = data + L2`` is replaced by its quadratic model with the exact Hessian
``H = Phi^T diag(p (1 - p)) Phi / N + 2 l2 P`` and the model plus the exact L1
term is minimized exactly by feature-sign search (an active-set method, Lee,
Battle, Raina and Ng, NIPS 2006) on the p x p system; a line search on the
exact objective (Armijo, sufficient decrease 1e-4; longer steps while the
objective keeps falling steeply, shorter ones by quadratic interpolation)
makes each step a descent step. Variables are scaled by the Hessian's
diagonal (Jacobi); where the scaled Hessian is numerically singular, or a
step fails, a multiple of the identity is added (Levenberg-Marquardt).
None of this changes the fixed point, which is the minimizer. A cold fit at
strengths below 1e-3 starts from the minimizers at ten-fold larger
strengths, largest first (continuation, as glmnet does). No step count stops
the search early: it ends when the optimality (KKT) conditions hold to the
rounding level of the computed gradient, or when no step can lower the
objective any more, and says which (a cap of `MAX_ITER` steps only guards
against hanging).

Optimality (KKT) conditions, with ``g`` the gradient of the smooth part::

    g_0 = 0;   g_k + l1 sign(w_k) = 0  where w_k != 0;   |g_k| <= l1  where w_k = 0.

``kkt_residual`` is the largest violation, each divided by its feature's
size ``c_k = max_i |phi_ik|`` (``g_k`` averages terms of that size, so the
test means the same however the features are scaled; inside the box every
``c_k <= 1``). The search stops when it is at most ``noise``, the rounding
level of the computed (scaled) gradient::

    noise = 8 eps max_k (1/c_k) [ (1/N) sum_i |phi_ik| (h_i F_i + sqrt(N) sigma_i)
                                  + 2 l2_k |w_k| ]
    F_i = sum_k |phi_ik w_k|,   sigma_i = sigmoid(-m_i),   h_i = sigma_i (1 - sigma_i)

(``f_i`` is a sum of terms of total size ``F_i``, known to a few ulps of it;
``sigma_i`` moves by ``h_i`` times ``f_i``'s error, and a sum of N terms adds
a few ulps of its terms per ``sqrt(N)``). On nearly separable points ``h_i``
and ``sigma_i`` are tiny, and so is this level, however large the weights:
the search goes on while the conditions can still be resolved, and a start
near some other minimizer (a warm start at a larger strength) cannot end it
early. A fit counts as ``"optimal"`` when the residual is at most::

    kkt_tol = min(KKT_TOL, PENALTY_RTOL * lambda_min / max(1, max_k c_k)) + 100 * noise

with ``lambda_min`` the smallest positive strength (l1, l2 or the fallback
below; without any, the first term is ``KKT_TOL``). ``KKT_TOL = 1e-9`` is far
below anything visible and far above the rounding level of well-scaled
fits; the penalty share ``PENALTY_RTOL = 1e-6`` keeps the test finer than a
tiny penalty (a residual ``r`` at a zero weight means ``|g_k| <= l1 + r``:
with ``r`` of the size of ``l1`` the L1 term would decide nothing), so the
weights are optimal for per-coefficient L1 strengths within a millionth of
the ones asked; the factor 100 leaves room for the sums' rounding beyond
the estimate. Where the search ends above ``kkt_tol`` (the cap, or no step
lowers the objective) the status says so.

Where no minimizer exists. With the intercept free, one class alone has none
(the loss falls forever as w_0 grows, whatever the penalty), and without any
penalty neither have separable data (``core/separability.py``): the loss falls
forever along a separating direction. Then the solver says so (status
``"one class"`` or ``"separable"``) and returns the minimizer of the
objective plus ``FALLBACK_L2 * sum_k w_k^2`` over *every* coefficient,
intercept included, which exists and is unique. As that penalty tends to 0
the direction of the weights tends to the widest-margin separating rule
(Rosset, Zhu and Hastie, JMLR 2004) and their size grows like its logarithm,
so the boundary drawn is (nearly) the separating curve with the widest margin
and the probabilities are nearly 0 and 1 away from it: what the weights
"growing without bound" tend to, drawn at a stated, finite place.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

import numpy as np
from numpy.typing import ArrayLike, NDArray

from core.polyfit import check_strength
from core.separability import Separation, separation, strict_separation
from core.settings import check_int

__all__ = [
    "FALLBACK_L2",
    "KKT_TOL",
    "MAX_ITER",
    "PENALTY_RTOL",
    "SolveInfo",
    "Status",
    "data_losses",
    "find_separation",
    "kkt_residual",
    "objective_terms",
    "sigmoid",
    "solve",
]

FloatArray = NDArray[np.float64]
Status = Literal["optimal", "separable", "one class", "iteration_limit", "no_progress"]

#: The ridge strength on every coefficient that stands in when no minimizer exists.
FALLBACK_L2 = 1e-6
#: Absolute part of the optimality tolerance, at most (see the module docstring).
KKT_TOL = 1e-9
#: With a penalty the absolute part is also at most this fraction of the smallest
#: strength (module docstring): a certificate looser than a tiny l1 would let
#: the warm start decide which weights are zero.
PENALTY_RTOL = 1e-6
#: Newton steps before the search gives up with status "iteration_limit" (a guard
#: against hanging; fits in the lab take from 1 to about 200).
MAX_ITER = 500
_EPS = float(np.finfo(float).eps)
# Armijo's sufficient-decrease fraction.
_ARMIJO = 1e-4
# Line search halvings before a direction counts as useless.
_MAX_HALVINGS = 30
# When a (proximal) Newton step fails (no predicted decrease, or no step size
# passes the line search, both from rounding in a nearly singular model), the
# step is recomputed with these multiples of I added to the Jacobi-scaled
# Hessian: ever shorter steps that tend to scaled (proximal) gradient steps,
# which always descend. The fixed point, the minimizer, is the same.
_DAMPING = (1e-8, 1e-5, 1e-2, 1.0, 1e2)
# Steps in a row that change the objective only at rounding level before stopping.
_MAX_FLAT_STEPS = 3
# The certified tolerance is this many times the gradient's rounding level.
_NOISE_FACTOR = 100
# Ulps of rounding per operation in the gradient's error estimate (`_noise`):
# a dot product of up to 66 terms is off by a few ulps of their size in practice.
_ROUNDING_ULPS = 8
# Cold fits at strengths below this start from a continuation path (see _path).
_PATH_TOP = 1e-3
_PATH_STEP = 10.0
_PATH_STAGE_STEPS = 50
# Without any penalty the path is a ridge from _PATH_TOP down to this.
_PATH_BOTTOM = 1e-8
# A stage within this fraction of the target strength is the target itself
# (the repeated division by _PATH_STEP must not add a stage by rounding).
_PATH_RTOL = 1e-9
# The default start matches the class balance, clipped to this share of the
# rarer class so that its intercept stays moderate for a nearly pure class.
_MIN_CLASS_SHARE = 1e-3
# The overlap certificate's balance A^T y must vanish to this many ulps of its
# terms' size per point: N sums' worth of rounding, with room to spare.
_CERTIFICATE_ULPS = 64
# _make_definite tries mu = 0, then mu = _DEFINITE_SHIFT times ever larger powers
# of 10, _DEFINITE_TRIES in all, on a matrix with unit diagonal: from a few
# dozen ulps of that diagonal to 1e4, a shift no rounding can defeat.
_DEFINITE_SHIFT = 1e-14
_DEFINITE_TRIES = 20
# Feature-sign search: each change of the active set lowers the model, so no
# set repeats; this cap (per coefficient) only guards against rounding loops.
_FEATURE_SIGN_STEPS_PER_COEF = 10
# An inactive coefficient enters the active set only if its model gradient
# exceeds its l1 by more than this fraction (less is the model's rounding).
_FEATURE_SIGN_RTOL = 1e-12
# The overlap certificate must leave every weight at least this far from 0
# (relative), so rounding in its own check cannot fake it.
_CERTIFICATE_MARGIN = 0.5


@dataclass(frozen=True)
class SolveInfo:
    """How the solver ended.

    Attributes
    ----------
    status : {"optimal", "separable", "one class", "iteration_limit", "no_progress"}
        ``"optimal"``: the KKT conditions hold within `kkt_tol`.
        ``"separable"``, ``"one class"``: no minimizer exists (module
        docstring); the weights minimize the objective plus `fallback_l2`
        times the squared norm of all weights, certified optimal for that.
        ``"iteration_limit"``, ``"no_progress"``: the search stopped without
        meeting the tolerance (its best point is returned).
    n_iter : int
        Newton (or proximal Newton) steps taken.
    kkt_residual : float
        Largest violation of the optimality conditions at the returned weights
        (for the objective actually minimized, fallback included).
    kkt_tol : float
        The tolerance it was held to.
    fallback_l2 : float
        0, or `FALLBACK_L2` when no minimizer of the stated objective exists.
    separation : Separation or None
        The separability test's answer when it was run (it is needed only
        without any penalty). When it is ``"undecided"`` the unpenalized
        objective is minimized as if a minimizer existed, and `status` says
        whether the optimality test was met.
    """

    status: Status
    n_iter: int
    kkt_residual: float
    kkt_tol: float
    fallback_l2: float = 0.0
    separation: Separation | None = None

    @property
    def converged(self) -> bool:
        """Whether the optimality conditions were met (for the fallback objective if used)."""
        return self.kkt_residual <= self.kkt_tol


def sigmoid(f: ArrayLike) -> FloatArray:
    """``1 / (1 + exp(-f))`` without overflow for any f."""
    f = np.asarray(f, dtype=float)
    # exp(-|f|) never overflows; p = 1 / (1 + e) for f >= 0 and e / (1 + e) below.
    e = np.exp(-np.abs(f))
    top = np.where(f >= 0, 1.0, e)
    e += 1.0
    return top / e


def data_losses(f: ArrayLike, label: ArrayLike) -> FloatArray:
    """Each point's loss ``log(1 + exp(f)) - t f`` in nats, stable for any f."""
    m = (2.0 * np.asarray(label, dtype=float) - 1.0) * np.asarray(f, dtype=float)
    return np.maximum(-m, 0.0) + np.log1p(np.exp(-np.abs(m)))


def objective_terms(
    phi: ArrayLike, label: ArrayLike, w: ArrayLike, l1: float, l2: float
) -> tuple[float, float, float]:
    """``(data term, l1 term, l2 term)`` of the objective at ``w`` (intercept free)."""
    phi = np.asarray(phi, dtype=float)
    w = np.asarray(w, dtype=float)
    data = float(np.mean(data_losses(phi @ w, label))) if phi.shape[0] else 0.0
    return data, l1 * float(np.abs(w[1:]).sum()), l2 * float(w[1:] @ w[1:])


@dataclass(frozen=True, eq=False)
class _Problem:
    """The data and per-coefficient penalties of one minimization."""

    phi: FloatArray
    s: FloatArray
    l1v: FloatArray
    l2v: FloatArray
    scale: float  # max |phi_ik|, at least 1
    col_scale: FloatArray  # c_k = max_i |phi_ik| per column (1 for a zero column)
    abs_phi: FloatArray

    @property
    def n(self) -> int:
        return self.phi.shape[0]

    @property
    def p(self) -> int:
        return self.phi.shape[1]


@dataclass
class _State:
    """An iterate with what the line search already computed there."""

    w: FloatArray
    value: float
    m: FloatArray
    e: FloatArray  # exp(-|m|)


def _evaluate(prob: _Problem, w: FloatArray) -> _State:
    m = prob.s * (prob.phi @ w)
    e = np.exp(-np.abs(m))
    data = float(np.mean(np.maximum(-m, 0.0) + np.log1p(e)))
    value = data + float(prob.l1v @ np.abs(w)) + float(prob.l2v @ (w * w))
    return _State(w, value, m, e)


def _gradient(prob: _Problem, st: _State) -> FloatArray:
    # d loss_i / d f_i = p_i - t_i = -s_i sigmoid(-m_i).
    sig_neg = np.where(st.m >= 0, st.e / (1.0 + st.e), 1.0 / (1.0 + st.e))
    return -(prob.phi.T @ (prob.s * sig_neg)) / prob.n + 2.0 * prob.l2v * st.w


def _hessian(prob: _Problem, st: _State) -> FloatArray:
    # p (1 - p) = sigmoid(m) sigmoid(-m) = e / (1 + e)^2 with e = exp(-|m|).
    h = st.e / (1.0 + st.e) ** 2
    root = prob.phi * np.sqrt(h / prob.n)[:, None]
    # X^T X of one array is a symmetric rank-k update in BLAS: half the work.
    hess = root.T @ root
    hess[np.diag_indices_from(hess)] += 2.0 * prob.l2v
    return hess


def _kkt(prob: _Problem, w: FloatArray, grad: FloatArray) -> float:
    """Largest violation of the optimality conditions, each over its column's size c_k."""
    nonzero = w != 0
    viol = np.where(
        nonzero,
        np.abs(grad + prob.l1v * np.sign(w)),
        np.maximum(np.abs(grad) - prob.l1v, 0.0),
    )
    return float(np.max(viol / prob.col_scale)) if viol.size else 0.0


def _noise(prob: _Problem, st: _State) -> float:
    """Rounding level of the computed (scaled) gradient at ``st.w`` (module docstring)."""
    if not prob.n:
        return 0.0
    # f_i is known to a few ulps of the size of its terms; sigma(-m_i) moves by
    # p_i (1 - p_i) times that, and each sum over the points adds a few ulps of
    # its terms per sqrt(N) of them.
    size = prob.abs_phi @ np.abs(st.w)
    sig_neg = np.where(st.m >= 0, st.e / (1.0 + st.e), 1.0 / (1.0 + st.e))
    curvature = st.e / (1.0 + st.e) ** 2
    per_point = curvature * size + math.sqrt(prob.n) * sig_neg
    error = (prob.abs_phi.T @ per_point) / prob.n + 2.0 * prob.l2v * np.abs(st.w)
    return _ROUNDING_ULPS * _EPS * float(np.max(error / prob.col_scale))


def kkt_residual(
    phi: ArrayLike, label: ArrayLike, w: ArrayLike, l1: float, l2: float, fallback_l2: float = 0.0
) -> float:
    """Largest violation of the optimality conditions of the objective at ``w``.

    ``fallback_l2`` adds that ridge strength on every coefficient (see
    `SolveInfo`). Zero at the exact minimizer, up to rounding.
    """
    prob = _problem(np.asarray(phi, dtype=float), label, l1, l2, fallback_l2)
    w = np.asarray(w, dtype=float)
    return _kkt(prob, w, _gradient(prob, _evaluate(prob, w)))


def _problem(phi: FloatArray, label: ArrayLike, l1: float, l2: float, fallback: float) -> _Problem:
    t = np.asarray(label, dtype=float)
    p = phi.shape[1]
    l1v = np.full(p, l1)
    l2v = np.full(p, l2)
    l1v[0] = 0.0
    l2v[0] = 0.0
    l2v += fallback
    abs_phi = np.abs(phi)
    col_max = np.max(abs_phi, axis=0) if phi.shape[0] else np.zeros(p)
    scale = float(col_max.max()) if col_max.size else 1.0
    col_scale = np.where(col_max > 0, col_max, 1.0)
    return _Problem(phi, 2.0 * t - 1.0, l1v, l2v, max(scale, 1.0), col_scale, abs_phi)


def solve(
    phi: ArrayLike,
    label: ArrayLike,
    l1: float = 0.0,
    l2: float = 0.0,
    warm_start: ArrayLike | None = None,
    max_iter: int = MAX_ITER,
    known_separation: Separation | None = None,
) -> tuple[FloatArray, SolveInfo]:
    """The exact minimizer of the objective in the module docstring, and how it was found.

    Parameters
    ----------
    phi : array_like, shape (n_points, n_features)
        Features of the training points; column 0 is the constant 1 (the
        intercept, never penalized). At least one point.
    label : array_like, shape (n_points,)
        Classes, 0 or 1.
    l1, l2 : float
        Penalty strengths, finite and >= 0.
    warm_start : array_like, shape (n_features,), optional
        A nearby solution (say, at the previous slider position, or the
        previous degree's padded with zeros). Used when its objective is
        below the default start's; it never changes the answer.
    max_iter : int, default MAX_ITER
        Newton steps before giving up (status "iteration_limit"), at least 1.
    known_separation : Separation, optional
        A separability answer for these points and features, if the caller
        has one (it is needed, and otherwise computed, only when
        ``l1 == l2 == 0``).

    Returns
    -------
    coef : ndarray, shape (n_features,)
    info : SolveInfo

    Raises
    ------
    ValueError
        For shapes that do not match, labels other than 0 and 1, no points,
        non-finite features, a strength that is negative, not finite or
        above ``core.limits.MAX_STRENGTH`` (`core.limits.LimitError`), or a
        `max_iter` that is not an integer >= 1.
    """
    phi = np.asarray(phi, dtype=float)
    t = np.asarray(label, dtype=float)
    l1 = check_strength("l1", l1)
    l2 = check_strength("l2", l2)
    max_iter = check_int("max_iter", max_iter, 1)
    if phi.ndim != 2 or phi.shape[1] == 0 or t.shape != (phi.shape[0],):
        raise ValueError(
            "phi must be (n_points, n_features >= 1) and label (n_points,), "
            f"got {phi.shape} and {t.shape}"
        )
    if phi.shape[0] == 0:
        raise ValueError("cannot fit without training points (need at least 1, got 0)")
    if not np.all((t == 0) | (t == 1)):
        raise ValueError("label must hold only 0 and 1")
    if not np.all(np.isfinite(phi)):
        raise ValueError("phi must be finite")
    p = phi.shape[1]
    start = None
    if warm_start is not None:
        start = np.asarray(warm_start, dtype=float)
        if start.shape != (p,):
            raise ValueError(f"warm_start must have shape ({p},), got {start.shape}")
        if not np.all(np.isfinite(start)):
            start = None
    if np.all(t == t[0]):
        w, n_iter, status, res, prob = _fit(phi, t, l1, l2, FALLBACK_L2, start, max_iter)
        return w, _info("one class", status, n_iter, res, prob, w)
    if l1 == 0.0 and l2 == 0.0:
        return _solve_unpenalized(phi, t, start, max_iter, known_separation)
    w, n_iter, status, res, prob = _fit(phi, t, l1, l2, 0.0, start, max_iter)
    return w, _info(None, status, n_iter, res, prob, w)


def _fit(
    phi: FloatArray,
    t: FloatArray,
    l1: float,
    l2: float,
    fallback: float,
    start: FloatArray | None,
    max_iter: int,
    detect: bool = False,
) -> tuple[FloatArray, int, Status, float, _Problem]:
    """Minimize from the warm start, or from a continuation path when starting cold."""
    prob = _problem(phi, t, l1, l2, fallback)
    w, warm = _start(prob, t, start)
    steps = 0
    if not warm:
        w, steps = _path(phi, t, l1, l2, fallback, w, max_iter)
    w, more, status, res = _minimize(prob, w, max(max_iter - steps, 1), detect)
    return w, steps + more, status, res, prob


def _path(
    phi: FloatArray,
    t: FloatArray,
    l1: float,
    l2: float,
    fallback: float,
    w: FloatArray,
    max_iter: int,
) -> tuple[FloatArray, int]:
    """A start for small strengths: the minimizers at ten-fold larger ones, largest first.

    Newton's quadratic model is good near the minimizer; from the constant
    model, a fit at a small strength on nearly separable points has weights
    that must grow by orders of magnitude, and damped steps crawl there.
    Each stage of the path starts close to its minimizer instead (the
    pathwise strategy of glmnet). Without any penalty the path is a ridge
    from `_PATH_TOP` down to `_PATH_BOTTOM`. Returns the last stage's weights and the
    Newton steps spent.
    """
    size = max(l1, l2, fallback)
    if size >= _PATH_TOP:
        return w, 0
    if size > 0:
        stages = []
        factor = _PATH_TOP / size
        while factor > 1.0 + _PATH_RTOL:
            stages.append((l1 * factor, l2 * factor, fallback * factor))
            factor /= _PATH_STEP
    else:
        n_stages = round(math.log(_PATH_TOP / _PATH_BOTTOM, _PATH_STEP)) + 1
        stages = [(0.0, _PATH_TOP / _PATH_STEP**k, 0.0) for k in range(n_stages)]
    steps = 0
    for a, b, c in stages:
        # A stage only provides a start: it gets a modest budget of its own.
        budget = min(_PATH_STAGE_STEPS, max(max_iter - steps, 0))
        w, n_iter, _, _ = _minimize(_problem(phi, t, a, b, c), w, budget)
        steps += n_iter
    return w, steps


def _info(
    reason: Status | None,
    status: Status,
    n_iter: int,
    residual: float,
    prob: _Problem,
    w: FloatArray,
    sep: Separation | None = None,
) -> SolveInfo:
    tol = _tolerance(prob, _evaluate(prob, w))
    if reason is not None and status == "optimal":
        status = reason
    fallback = FALLBACK_L2 if reason is not None else 0.0
    return SolveInfo(status, n_iter, residual, tol, fallback, sep)


def _tolerance(prob: _Problem, st: _State) -> float:
    """``kkt_tol`` at ``st``: a part below the penalties plus a margin over the rounding level."""
    strengths = np.concatenate([prob.l1v, prob.l2v])
    strengths = strengths[strengths > 0]
    absolute = KKT_TOL
    if strengths.size:
        # Scaled residuals below this leave every unscaled violation below
        # PENALTY_RTOL times the smallest strength (c_k <= prob.scale).
        absolute = min(absolute, PENALTY_RTOL * float(strengths.min()) / prob.scale)
    return absolute + _NOISE_FACTOR * _noise(prob, st)


def _start(prob: _Problem, t: FloatArray, warm: FloatArray | None) -> tuple[FloatArray, bool]:
    """The warm start if it beats the default (the best constant model); and whether it did."""
    base = np.zeros(prob.p)
    mean = float(np.clip(t.mean(), _MIN_CLASS_SHARE, 1 - _MIN_CLASS_SHARE))
    # The constant column's weight that matches the class balance.
    base[0] = math.log(mean / (1.0 - mean)) / (prob.phi[0, 0] if prob.phi[0, 0] != 0 else 1.0)
    if warm is None:
        return base, False
    if _evaluate(prob, warm).value < _evaluate(prob, base).value:
        return warm, True
    return base, False


def _solve_unpenalized(
    phi: FloatArray,
    t: FloatArray,
    start: FloatArray | None,
    max_iter: int,
    known: Separation | None,
) -> tuple[FloatArray, SolveInfo]:
    """No penalty: the minimizer if the classes overlap, else the fallback fit."""
    sep = known
    n_iter = 0
    if sep is None:
        w, n_iter, status, res, prob = _fit(phi, t, 0.0, 0.0, 0.0, start, max_iter, detect=True)
        sep = _decide(prob, t, w, status)
        if not sep.separable and status == "optimal":
            return w, _info(None, status, n_iter, res, prob, w, sep)
        if not sep.separable:
            w, more, status, res = _minimize(prob, w, max(max_iter - n_iter, 1))
            return w, _info(None, status, n_iter + more, res, prob, w, sep)
    if sep.separable:
        w, more, status, res, prob = _fit(phi, t, 0.0, 0.0, FALLBACK_L2, start, max_iter)
        return w, _info("separable", status, n_iter + more, res, prob, w, sep)
    w, more, status, res, prob = _fit(phi, t, 0.0, 0.0, 0.0, start, max_iter)
    return w, _info(None, status, more, res, prob, w, sep)


def find_separation(
    phi: ArrayLike, label: ArrayLike, start: ArrayLike | None = None, max_iter: int = MAX_ITER
) -> Separation:
    """Whether the classes are separable in these features, with a certificate.

    The same answer as ``core.separability.separation`` (see there for the
    theory), found faster in most cases: ``start`` (say, a fit at some
    penalty) may separate every point strictly itself; if not, unpenalized
    Newton steps from it either separate every point
    strictly (complete separation, certified by that iterate) or reach a
    stationary point that `_overlap_certificate` turns into Stiemke's
    certificate of overlap. Only when neither happens (quasi-complete
    separation, where the gradient also vanishes along a path to infinity)
    does the linear program decide.

    Parameters
    ----------
    phi : array_like, shape (n_points, n_features)
        Features of the training points, column 0 the constant.
    label : array_like, shape (n_points,)
        Classes, 0 or 1; at least one point.
    start : array_like, shape (n_features,), optional
        Weights to start from.
    max_iter : int
        Newton steps before the linear program is asked, at least 1.
    """
    max_iter = check_int("max_iter", max_iter, 1)
    phi = np.asarray(phi, dtype=float)
    t = np.asarray(label, dtype=float)
    if phi.ndim != 2 or phi.shape[1] == 0 or t.shape != (phi.shape[0],) or t.size == 0:
        raise ValueError(
            "phi must be (n_points >= 1, n_features >= 1) and label (n_points,), "
            f"got {phi.shape} and {t.shape}"
        )
    if np.all(t == t[0]):
        return separation(phi, t)
    w0 = None if start is None else np.asarray(start, dtype=float)
    if w0 is not None and (w0.shape != (phi.shape[1],) or not np.all(np.isfinite(w0))):
        raise ValueError(f"start must be {phi.shape[1]} finite numbers, got shape {w0.shape}")
    if w0 is not None:
        known = strict_separation(phi, t, w0)
        if known is not None:
            return known
    w, _, status, _, prob = _fit(phi, t, 0.0, 0.0, 0.0, w0, max_iter, detect=True)
    return _decide(prob, t, w, status)


def _decide(prob: _Problem, t: FloatArray, w: FloatArray, status: Status) -> Separation:
    """The separability answer after an unpenalized Newton run in detect mode."""
    if status == "separable":
        known = strict_separation(prob.phi, t, w)
        if known is not None:
            return known
    elif status == "optimal":
        weights = _overlap_certificate(prob, w)
        if weights is not None:
            return Separation(False, "overlap", None, weights, 0)
    return separation(prob.phi, t)


def _overlap_certificate(prob: _Problem, w: FloatArray) -> FloatArray | None:
    """Stiemke's certificate from the unpenalized stationary point ``w``, or None.

    With ``y_i = sigmoid(-m_i) > 0`` the rows ``a_i = s_i phi_i`` satisfy
    ``A^T y = -N g``, nearly 0. Correcting ``y`` by ``delta_i = y_i a_i^T z``
    with ``(A^T Y A) z = N g`` makes ``A^T (y + delta) = 0`` exactly; if every
    ``|a_i^T z| < 1`` the corrected weights stay positive, which is Stiemke's
    certificate that no separating direction exists (``core/separability.py``).
    Along a path to infinity (separable data) no such correction exists.
    Returns the corrected weights scaled to max 1 (None if the check fails).
    """
    st = _evaluate(prob, w)
    # A y_i that underflows to 0 stands for a positive number whose share of
    # A^T y lies far below rounding; y_i (1 + change_i) > 0 holds for it too.
    y = np.where(st.m >= 0, st.e / (1.0 + st.e), 1.0 / (1.0 + st.e))
    a = prob.phi * prob.s[:, None]
    rhs = -(a.T @ y)
    root = a * np.sqrt(y)[:, None]
    z = np.linalg.lstsq(root.T @ root, rhs, rcond=None)[0]
    change = a @ z
    if not np.all(np.isfinite(change)) or np.max(np.abs(change)) > _CERTIFICATE_MARGIN:
        return None
    corrected = y * (1.0 + change)
    residual = a.T @ corrected
    size = np.abs(a.T) @ y
    if np.any(np.abs(residual) > _CERTIFICATE_ULPS * _EPS * (size + 1.0) * prob.n):
        return None
    # Underflowed entries are positive in exact arithmetic; show them as the
    # smallest normal number rather than 0.
    corrected = np.maximum(corrected, np.finfo(float).tiny)
    return corrected / corrected.max()


def _minimize(
    prob: _Problem, w: FloatArray, max_iter: int, detect: bool = False
) -> tuple[FloatArray, int, Status, float]:
    """(Proximal) Newton from ``w``; returns ``(w, n_iter, status, kkt_residual)``.

    With ``detect`` (no penalty at all) it also stops with status
    ``"separable"`` as soon as an iterate separates every point strictly.
    """
    has_l1 = bool(np.any(prob.l1v > 0))
    st = _evaluate(prob, w.copy())
    grad = _gradient(prob, st)
    residual = _kkt(prob, st.w, grad)
    flat = 0
    n_iter = 0
    status: Status = "iteration_limit"
    while True:
        if detect and _strictly_separates(prob, st):
            return st.w, n_iter, "separable", residual
        if residual <= _noise(prob, st):
            status = "optimal"
            break
        if n_iter >= max_iter:
            status = "iteration_limit"
            break
        hess = _hessian(prob, st)
        moved = None
        for damping in (0.0, *_DAMPING):
            step = _direction(prob, st.w, grad, hess, has_l1, damping)
            moved = None if step is None else _line_search(prob, st, *step)
            if moved is not None:
                break
        if moved is None:
            status = "no_progress"
            break
        n_iter += 1
        new, is_flat, _ = moved
        new_grad = _gradient(prob, new)
        new_residual = _kkt(prob, new.w, new_grad)
        if is_flat:
            # The objective no longer resolves the step; keep going only
            # while the optimality conditions still improve markedly.
            flat += 1
            if new_residual > 0.5 * residual or flat > _MAX_FLAT_STEPS:
                if new_residual < residual:
                    st, grad, residual = new, new_grad, new_residual
                status = "no_progress"
                break
        else:
            flat = 0
        st, grad, residual = new, new_grad, new_residual
    if status != "optimal" and residual <= _tolerance(prob, st):
        status = "optimal"
    return st.w, n_iter, status, residual


def _strictly_separates(prob: _Problem, st: _State) -> bool:
    slack = 4 * prob.p * _EPS * prob.scale * float(np.abs(st.w).sum())
    return bool(np.all(st.m > slack))


def _direction(
    prob: _Problem,
    w: FloatArray,
    grad: FloatArray,
    hess: FloatArray,
    has_l1: bool,
    damping: float = 0.0,
) -> tuple[FloatArray, float] | None:
    """The (proximal) Newton target point and the model's predicted decrease (< 0).

    Returns None if the model predicts no decrease (we are at the optimum to
    rounding).
    """
    diag = np.sqrt(np.maximum(np.diag(hess), 0.0))
    diag[diag == 0] = 1.0
    scaled = hess / diag[:, None] / diag[None, :]
    if damping:
        scaled[np.diag_indices_from(scaled)] += damping
    scaled = _make_definite(scaled)
    g_hat = grad / diag
    if not has_l1:
        d = -np.linalg.solve(scaled, g_hat) / diag
        decrease = float(grad @ d)
        if not decrease < 0:
            return None
        return w + d, decrease
    u_hat = _feature_sign(scaled, g_hat, w * diag, prob.l1v / diag)
    u = u_hat / diag
    u[u_hat == 0] = 0.0
    decrease = float(grad @ (u - w) + prob.l1v @ (np.abs(u) - np.abs(w)))
    if not decrease < 0:
        return None
    return u, decrease


def _make_definite(scaled: FloatArray) -> FloatArray:
    """Add the smallest multiple of I (by decades) that makes Cholesky succeed."""
    mu = 0.0
    eye = np.eye(scaled.shape[0])
    for _ in range(_DEFINITE_TRIES):
        try:
            np.linalg.cholesky(scaled + mu * eye)
            return scaled + mu * eye if mu else scaled
        except np.linalg.LinAlgError:
            mu = _DEFINITE_SHIFT if mu == 0 else mu * 10
    return scaled + mu * eye


def _line_search(
    prob: _Problem, st: _State, target: FloatArray, decrease: float
) -> tuple[_State, bool, float] | None:
    """A step along ``d = target - w`` passing Armijo's test; ``(state, flat, alpha)`` or None.

    Along the ray the margins move linearly, ``m + alpha q`` with ``q = s (Phi d)``,
    so once ``q`` is known each trial costs O(N) instead of O(N p). The full
    step comes first and lands exactly on the target (so L1's zeros are
    exact). If it passes but the objective still falls steeply beyond it
    (the quadratic model undershoots, as it does on nearly separable points
    where the loss is exponential), the step is doubled while that helps;
    if it fails, it is shortened by safeguarded quadratic interpolation.
    ``flat`` marks a full step whose change of the objective is within its
    rounding error (the caller keeps it only if the KKT residual falls).
    """
    d = target - st.w
    q = prob.s * (prob.phi @ d)
    n = prob.n

    def value(alpha: float) -> float:
        m = st.m + alpha * q
        w = st.w + alpha * d
        data = float(np.mean(np.maximum(-m, 0.0) + np.log1p(np.exp(-np.abs(m)))))
        return data + float(prob.l1v @ np.abs(w)) + float(prob.l2v @ (w * w))

    def slope(alpha: float) -> float:
        m = st.m + alpha * q
        e = np.exp(-np.abs(m))
        sig_neg = np.where(m >= 0, e / (1.0 + e), 1.0 / (1.0 + e))
        w = st.w + alpha * d
        # Right derivative of the L1 term where a coefficient sits at 0.
        sign = np.where(w != 0, np.sign(w), np.sign(d))
        return float(-(q @ sig_neg) / n + 2 * prob.l2v @ (w * d) + prob.l1v @ (sign * d))

    rounding = _ROUNDING_ULPS * _EPS * max(abs(st.value), 1e-300)
    full = value(1.0)
    if full <= st.value + _ARMIJO * decrease:
        alpha, best = 1.0, full
        if slope(1.0) < 0.5 * decrease:
            # Still falling at twice the rate Armijo asks: try longer steps.
            for _ in range(_MAX_HALVINGS):
                trial = value(2 * alpha)
                if not trial < best:
                    break
                alpha, best = 2 * alpha, trial
        new = _evaluate(prob, target.copy() if alpha == 1.0 else st.w + alpha * d)
        if new.value <= st.value + _ARMIJO * alpha * decrease:
            return new, False, alpha
        # Rounding in the cheap values: fall back to the checked full step.
        new = _evaluate(prob, target.copy())
        if new.value <= st.value + _ARMIJO * decrease:
            return new, False, 1.0
    if full <= st.value + rounding:
        return _evaluate(prob, target.copy()), True, 1.0
    alpha, current = 1.0, full
    for _ in range(_MAX_HALVINGS):
        # Minimizer of the quadratic through h(0), h'(0) = decrease and h(alpha).
        curvature = current - st.value - decrease * alpha
        guess = -decrease * alpha * alpha / (2 * curvature) if curvature > 0 else 0.5 * alpha
        alpha = float(np.clip(guess, 0.1 * alpha, 0.5 * alpha))
        current = value(alpha)
        if current <= st.value + _ARMIJO * alpha * decrease:
            new = _evaluate(prob, st.w + alpha * d)
            if new.value <= st.value + _ARMIJO * alpha * decrease:
                return new, False, alpha
    return None


def _feature_sign(hess: FloatArray, grad: FloatArray, w: FloatArray, l1v: FloatArray) -> FloatArray:
    """Minimize ``q(u) = g^T (u - w) + (u - w)^T H (u - w) / 2 + sum_k l1v_k |u_k|`` exactly.

    Feature-sign search: on the active set with fixed signs ``theta`` the
    model is the smooth quadratic with minimizer ``H_AA u_A = (H w - g -
    l1v theta)_A``; of that point and the points on the way to it where a
    coefficient changes sign (that coefficient set exactly to 0) take the one
    with the lowest q; once the sign-fixed minimizer is reached with every
    sign as assumed, add the inactive coefficient whose model gradient most
    exceeds its l1v. ``H`` must be positive definite. Every step lowers q,
    so no active set repeats; a step that does not lower q ends the search.
    """
    penalized = l1v > 0
    u = w.copy()
    rhs_base = hess @ w - grad
    theta = np.where(penalized, np.sign(u), 0.0)
    active = (u != 0) | ~penalized
    for _ in range(_FEATURE_SIGN_STEPS_PER_COEF * (w.size + 1)):
        idx = np.flatnonzero(active)
        settled = True
        if idx.size:
            sub = hess[idx][:, idx]
            target = np.linalg.solve(sub, (rhs_base - l1v * theta)[idx])
            x = u[idx]
            cross = penalized[idx] & (np.sign(target) != theta[idx])
            if cross.any():
                ratio = np.full(idx.size, np.inf)
                ratio[cross] = np.clip(x[cross] / (x[cross] - target[cross]), 0.0, 1.0)
                stops = np.sort(ratio[cross])
                trials = x + stops[:, None] * (target - x)
                trials[ratio[None, :] <= stops[:, None]] = 0.0
                trials = np.vstack([target, trials])
                # q at each trial minus q at u, all at once (only the active entries move).
                moves = trials - x
                slope = (grad + hess @ (u - w))[idx]
                l1a = l1v[idx]
                change = (
                    moves @ slope
                    + 0.5 * np.einsum("ij,jk,ik->i", moves, sub, moves)
                    + (np.abs(trials) - np.abs(x)) @ l1a
                )
                best = int(np.argmin(change))
                if change[best] >= 0 and best != 0:
                    break  # rounding only: the current point is as good as it gets
                u[idx] = trials[best]
                settled = False
            else:
                u[idx] = target
        theta = np.where(penalized, np.sign(u), 0.0)
        active = (u != 0) | ~penalized
        if not settled:
            continue
        model_grad = grad + hess @ (u - w)
        excess = np.where(penalized & ~active, np.abs(model_grad) - l1v, -np.inf)
        k = int(np.argmax(excess))
        if not excess[k] > _FEATURE_SIGN_RTOL * l1v[k]:
            break
        theta[k] = -np.sign(model_grad[k])
        active[k] = True
    return u
