"""An independent lasso reference in extended precision (mpmath), for the tests.

Solves ``min_c (1/N) ||y - Phi c||**2 + l1 sum_{k in P} |c_k|`` for a given
design ``Phi`` (its double entries taken as exact) by the homotopy of
Osborne, Presnell and Turlach (the LARS-lasso path): start at the largest
useful l1 with only the free coefficients, and follow the piecewise-linear
path of the minimizer down, adding a coefficient when its gradient reaches
l1 and dropping one when it crosses zero. Every quantity is computed with
60 significant digits, and each answer is certified by its optimality
conditions before it is returned, so a test can trust it at 1e-20.

Rows of Phi that are equal (repeated x) are merged first: the data term is
``sum_j w_j (ybar_j - phi_j c)**2 / N`` plus a constant, which keeps the
systems as small as the number of distinct points.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import mpmath as mp
import numpy as np

DIGITS = 60


@dataclass(frozen=True)
class LassoSolution:
    """The certified minimizer at one l1: coefficients and objective, both in mpmath."""

    coef: list
    objective: object
    kkt_violation: object


def objective(phi: np.ndarray, y: np.ndarray, coef: Sequence, l1: float, mask: np.ndarray):
    """The lasso objective of ``coef`` (doubles or mpf) in extended precision."""
    with mp.workdps(DIGITS):
        c = [mp.mpf(v) for v in coef]
        total = mp.mpf(0)
        for row, target in zip(phi.tolist(), y.tolist(), strict=True):
            fitted = mp.fsum(mp.mpf(a) * b for a, b in zip(row, c, strict=True))
            total += (mp.mpf(target) - fitted) ** 2
        penalty = mp.fsum(abs(c[k]) for k in range(len(c)) if mask[k])
        return total / len(y) + mp.mpf(l1) * penalty


def lasso_path(
    phi: np.ndarray, y: np.ndarray, l1_values: Sequence[float], mask: np.ndarray
) -> dict[float, LassoSolution]:
    """The exact lasso minimizer at each of ``l1_values`` (all > 0).

    ``mask[k]`` says whether coefficient k is penalized.
    """
    with mp.workdps(DIGITS):
        return _path(phi, y, sorted(set(l1_values), reverse=True), np.asarray(mask, bool))


def _path(phi, y, targets, mask):
    n, p = phi.shape
    groups: dict[tuple, list] = {}
    for row, target in zip(phi.tolist(), y.tolist(), strict=True):
        groups.setdefault(tuple(row), []).append(mp.mpf(target))
    a_rows, b = [], []
    for row, values in groups.items():
        weight = mp.sqrt(mp.mpf(len(values)) / n)
        a_rows.append([mp.mpf(v) * weight for v in row])
        b.append(mp.fsum(values) / len(values) * weight)
    gram = [[mp.fsum(r[j] * r[k] for r in a_rows) for k in range(p)] for j in range(p)]
    corr = [mp.fsum(r[j] * bi for r, bi in zip(a_rows, b, strict=True)) for j in range(p)]
    active = [k for k in range(p) if not mask[k]]
    sign = dict.fromkeys(active, 0)

    def solve_active():
        # c_S(l1) = u + l1 v with G_SS u = A_S^T b and G_SS v = -sign_S / 2.
        if not active:
            return [], []
        # One LU decomposition for both right-hand sides.
        lu, pivots = mp.mp.LU_decomp(mp.matrix([[gram[j][k] for k in active] for j in active]))

        def solve(rhs):
            return list(mp.mp.U_solve(lu, mp.mp.L_solve(lu, mp.matrix(rhs), pivots)))

        return solve([corr[j] for j in active]), solve([-mp.mpf(sign[j]) / 2 for j in active])

    def gradient_parts(u, v):
        # Gradient of the data term along the path: g_k(l1) = alpha_k + l1 beta_k.
        alpha = [
            2 * (mp.fsum(gram[k][j] * uj for j, uj in zip(active, u, strict=True)) - corr[k])
            for k in range(p)
        ]
        beta = [
            2 * mp.fsum(gram[k][j] * vj for j, vj in zip(active, v, strict=True)) for k in range(p)
        ]
        return alpha, beta

    out: dict[float, LassoSolution] = {}
    level = mp.inf
    u, v = solve_active()
    alpha, beta = gradient_parts(u, v)
    while targets:
        # The next event below the current l1: a gradient reaching +-l1, or a zero crossing.
        event, event_level = None, mp.mpf(0)
        for k in range(p):
            if k in sign or not mask[k]:
                continue
            for side in (1, -1):
                if side == beta[k]:
                    continue
                at = alpha[k] / (side - beta[k])
                if event_level < at < level * (1 - mp.mpf(10) ** -40):
                    event, event_level = ("add", k, side), at
        for i, j in enumerate(active):
            if mask[j] and v[i] != 0:
                at = -u[i] / v[i]
                if event_level < at < level * (1 - mp.mpf(10) ** -40):
                    event, event_level = ("drop", j, 0), at
        while targets and mp.mpf(targets[0]) >= event_level:
            l1 = targets.pop(0)
            coef = [mp.mpf(0)] * p
            for i, j in enumerate(active):
                coef[j] = u[i] + mp.mpf(l1) * v[i]
            out[l1] = _certified(phi, y, coef, l1, mask)
        if event is None or not targets:
            break
        kind, k, side = event
        level = event_level
        if kind == "add":
            active.append(k)
            sign[k] = -side  # the coefficient moves against its gradient
        else:
            active.remove(k)
            del sign[k]
        u, v = solve_active()
        alpha, beta = gradient_parts(u, v)
    return out


def _certified(phi, y, coef, l1, mask) -> LassoSolution:
    n, p = phi.shape
    rows = [[mp.mpf(a) for a in row] for row in phi.tolist()]
    res = [
        mp.fsum(a * c for a, c in zip(row, coef, strict=True)) - mp.mpf(t)
        for row, t in zip(rows, y.tolist(), strict=True)
    ]
    grad = [2 * mp.fsum(rows[i][k] * res[i] for i in range(n)) / n for k in range(p)]
    scale = mp.mpf(l1)
    worst = mp.mpf(0)
    for k in range(p):
        if not mask[k]:
            worst = max(worst, abs(grad[k]) / scale)
        elif coef[k] != 0:
            worst = max(worst, abs(grad[k] + scale * mp.sign(coef[k])) / scale)
        else:
            worst = max(worst, (abs(grad[k]) - scale) / scale)
    if worst > mp.mpf(10) ** -20:
        raise AssertionError(f"reference not optimal at l1={l1}: KKT violation {worst}")
    return LassoSolution(coef, objective(phi, y, coef, l1, mask), worst)
