"""Validation curves and cross-validation for the classifier (``core/classifier.py``).

What the lab's error panel draws, for the objective of ``core.logistic``::

    L(w) = (1/n) sum_i [log(1 + exp(f_i)) - t_i f_i] + l1 sum_{k>0} |w_k| + l2 sum_{k>0} w_k^2

with ``n`` the number of points the fit sees, so a fold is fitted with the
same ``l1, l2`` as the whole training set. Errors are shown two ways: the
error rate (1 - accuracy, predicting class 1 iff f > 0) and the
cross-entropy in bits (the mean loss / ln 2).

A sweep over penalties moves along one direction ``(l1, l2) = lam (s, 1 - s)``
(``core.validation.PenaltyMix``, shared with the curve lab, as are its lambda
grid and fold maker). Each sweep fits from the largest lambda down, each fit
warm-started from the previous one, and a degree sweep from degree 0 up, each
warm-started from the previous degree's weights padded with zeros (the
features are in graded order). Every fit is the exact one of
``core.logistic.solve``; where no minimizer exists (one class in a fold, say)
its stated fallback is scored, and the statuses are returned alongside.

Functions with a loop of fits accept ``checkpoint`` (``core.validation``'s
Checkpoint), called between fits: it may pause or raise to abandon the work.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from core.classifier import PlaneDesign
from core.logistic import data_losses, solve
from core.validation import (
    DEFAULT_FOLDS,
    Checkpoint,
    PenaltyMix,
    best_index,
    check_lambdas,
    lambda_grid,
    make_folds,
    run_checkpoint,
)

__all__ = [
    "CLASSIFY_LAMBDA_MAX",
    "CLASSIFY_LAMBDA_MIN",
    "ClassifierCV",
    "DegreeCurve",
    "LambdaCurve",
    "classifier_lambda_grid",
    "cross_validate",
    "curve_vs_degree",
    "curve_vs_lambda",
    "stratified_folds",
]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]

#: The classifier's lambda grid: below 1e-8 nothing visible changes any more
#: at degree <= 10, above 1 every weight but the intercept is (nearly) zero.
CLASSIFY_LAMBDA_MIN = 1e-8
CLASSIFY_LAMBDA_MAX = 1.0
#: Four points per decade.
CLASSIFY_GRID_POINTS = 33
_LN2 = math.log(2.0)


def classifier_lambda_grid(n_points: int = CLASSIFY_GRID_POINTS) -> FloatArray:
    """``n_points`` strengths evenly spaced in log10 from 1e-8 to 1, ascending."""
    return lambda_grid(n_points, CLASSIFY_LAMBDA_MIN, CLASSIFY_LAMBDA_MAX)


def _scores(f: FloatArray, t: FloatArray) -> tuple[float, float]:
    """(accuracy, cross-entropy in bits) of logits ``f`` on labels ``t``; nan without points."""
    if t.size == 0:
        return math.nan, math.nan
    accuracy = float(np.mean((f > 0) == (t == 1)))
    return accuracy, float(np.mean(data_losses(f, t))) / _LN2


def _pad(coef: FloatArray | None, size: int) -> FloatArray | None:
    if coef is None:
        return None
    out = np.zeros(size)
    out[: min(size, coef.size)] = coef[:size]
    return out


@dataclass(frozen=True, eq=False)
class DegreeCurve:
    """Train and test scores of the exact fit at each degree, for fixed ``l1, l2``.

    Test scores are nan without test points; ``status[i]`` is the solver's
    status at ``degrees[i]``.
    """

    degrees: IntArray
    train_accuracy: FloatArray
    test_accuracy: FloatArray
    train_bits: FloatArray
    test_bits: FloatArray
    status: tuple[str, ...]
    l1: float
    l2: float


def curve_vs_degree(
    design: PlaneDesign,
    l1: float,
    l2: float,
    degrees: ArrayLike | None = None,
    checkpoint: Checkpoint | None = None,
) -> DegreeCurve:
    """Scores of the fit at each degree (default 0 .. ``design.degree``), ascending.

    ``checkpoint`` is called before each degree's fit.
    """
    degs = np.arange(design.degree + 1) if degrees is None else np.asarray(degrees)
    if degs.ndim != 1 or degs.size == 0 or degs.dtype.kind not in "iu":
        raise ValueError(f"degrees must be a non-empty 1-D integer array, got {degrees!r}")
    if degs.min() < 0 or degs.max() > design.degree or np.any(np.diff(degs) <= 0):
        raise ValueError(f"degrees must ascend within 0..{design.degree}, got {degs.tolist()}")
    t_train = design.labels_train
    t_test = design.table.label[design.table.is_test].astype(float)
    rows = np.empty((degs.size, 4))
    status = []
    warm = None
    for i, degree in enumerate(degs.tolist()):
        run_checkpoint(checkpoint)
        phi = design.train_features(degree)
        coef, info = solve(phi, t_train, l1, l2, warm_start=_pad(warm, phi.shape[1]))
        warm = coef
        status.append(info.status)
        rows[i, [0, 2]] = _scores(phi @ coef, t_train)
        rows[i, [1, 3]] = _scores(design.test_features(degree) @ coef, t_test)
    return DegreeCurve(
        degrees=degs.astype(np.int64),
        train_accuracy=rows[:, 0],
        test_accuracy=rows[:, 1],
        train_bits=rows[:, 2],
        test_bits=rows[:, 3],
        status=tuple(status),
        l1=float(l1),
        l2=float(l2),
    )


def _path(
    phi: FloatArray,
    t: FloatArray,
    lam: FloatArray,
    mix: PenaltyMix,
    checkpoint: Checkpoint | None,
) -> tuple[FloatArray, list[str]]:
    """Exact fits at every lambda, from the largest down, each warm-started from the last."""
    coef = np.empty((lam.size, phi.shape[1]))
    status = [""] * lam.size
    warm = None
    for i in range(lam.size - 1, -1, -1):
        run_checkpoint(checkpoint)
        l1, l2 = mix.strengths(float(lam[i]))
        warm, info = solve(phi, t, l1, l2, warm_start=warm)
        coef[i] = warm
        status[i] = info.status
    return coef, status


@dataclass(frozen=True, eq=False)
class LambdaCurve:
    """The fit along a lambda grid at one degree: its path and its scores.

    ``coef[i]`` is the fit at ``mix.strengths(lambdas[i])``; test scores are
    nan without test points.
    """

    lambdas: FloatArray
    mix: PenaltyMix
    degree: int
    coef: FloatArray
    train_accuracy: FloatArray
    test_accuracy: FloatArray
    train_bits: FloatArray
    test_bits: FloatArray
    status: tuple[str, ...]

    @property
    def n_zero(self) -> IntArray:
        """Number of exactly zero coefficients at each lambda."""
        return np.count_nonzero(self.coef == 0.0, axis=1)


def curve_vs_lambda(
    design: PlaneDesign,
    degree: int,
    lambdas: ArrayLike,
    mix: PenaltyMix,
    checkpoint: Checkpoint | None = None,
) -> LambdaCurve:
    """Coefficients and scores along the lambda grid at ``degree`` (see the module docstring)."""
    lam = check_lambdas(lambdas)
    phi = design.train_features(degree)
    t_train = design.labels_train
    if phi.shape[0] == 0:
        raise ValueError("a lambda curve needs at least 1 training point, got 0")
    coef, status = _path(phi, t_train, lam, mix, checkpoint)
    t_test = design.table.label[design.table.is_test].astype(float)
    f_train = coef @ phi.T
    f_test = coef @ design.test_features(degree).T
    train = np.array([_scores(f, t_train) for f in f_train])
    test = np.array([_scores(f, t_test) for f in f_test])
    return LambdaCurve(
        lambdas=lam,
        mix=mix,
        degree=degree,
        coef=coef,
        train_accuracy=train[:, 0],
        test_accuracy=test[:, 0],
        train_bits=train[:, 1],
        test_bits=test[:, 1],
        status=tuple(status),
    )


def stratified_folds(label: ArrayLike, n_folds: int, seed: int = 0) -> tuple[IntArray, ...]:
    """Folds of the points ``0..n-1`` with each class spread evenly across them.

    ``core.validation.make_folds`` deals each class out separately (with
    seeds ``seed`` and ``seed + 1``) and fold i takes fold i of both, so every
    fold sees both classes whenever each class has at least ``n_folds``
    points; otherwise the points are dealt out together.
    """
    t = np.asarray(label)
    groups = [np.flatnonzero(t == c) for c in (0, 1)]
    if min(g.size for g in groups) < max(n_folds, 2):
        return make_folds(t.size, n_folds, seed)
    parts = [make_folds(g.size, n_folds, seed + c) for c, g in enumerate(groups)]
    return tuple(
        np.sort(np.concatenate([groups[0][parts[0][i]], groups[1][parts[1][i]]])).astype(np.int64)
        for i in range(n_folds)
    )


@dataclass(frozen=True, eq=False)
class ClassifierCV:
    """Cross-validated scores along a lambda grid.

    ``bits[j]`` is the held-out cross-entropy pooled over all N training
    points (each scored by the fit that did not see it) and ``error[j]`` the
    pooled error rate; ``bits_se`` is the standard error of the mean
    cross-entropy across folds.
    """

    lambdas: FloatArray
    mix: PenaltyMix
    degree: int
    n_folds: int
    bits: FloatArray
    bits_se: FloatArray
    error: FloatArray

    @property
    def best_index(self) -> int:
        """Index of the smallest cross-validated cross-entropy; among ties the largest lambda."""
        best = best_index(self.bits, "last")
        if best is None:
            raise ValueError("no lambda has a finite cross-validated score")
        return best

    @property
    def best_lambda(self) -> float:
        """The grid lambda with the smallest cross-validated cross-entropy."""
        return float(self.lambdas[self.best_index])


def cross_validate(
    design: PlaneDesign,
    degree: int,
    lambdas: ArrayLike,
    mix: PenaltyMix,
    n_folds: int = DEFAULT_FOLDS,
    seed: int = 0,
    checkpoint: Checkpoint | None = None,
) -> ClassifierCV:
    """k-fold cross-validation of the training points along the lambda grid.

    Folds come from `stratified_folds`; each fold's training part is fitted
    along the whole grid (`curve_vs_lambda`'s warm-started path) and scored
    on its held-out part. ``checkpoint`` is called before every fit.
    """
    lam = check_lambdas(lambdas)
    phi = design.train_features(degree)
    t = design.labels_train
    n = t.size
    if n < 2:
        raise ValueError(f"cross-validation needs at least 2 training points, got {n}")
    folds = stratified_folds(t, n_folds, seed)
    losses = np.zeros((len(folds), lam.size))
    wrong = np.zeros((len(folds), lam.size))
    sizes = np.array([f.size for f in folds], dtype=float)
    for j, held in enumerate(folds):
        keep = np.ones(n, dtype=bool)
        keep[held] = False
        coef, _ = _path(phi[keep], t[keep], lam, mix, checkpoint)
        f = coef @ phi[held].T  # (G, fold size)
        losses[j] = data_losses(f, t[held][None, :]).sum(axis=1)
        wrong[j] = ((f > 0) != (t[held] == 1)[None, :]).sum(axis=1)
    fold_bits = losses / sizes[:, None] / _LN2
    return ClassifierCV(
        lambdas=lam,
        mix=mix,
        degree=degree,
        n_folds=len(folds),
        bits=losses.sum(axis=0) / n / _LN2,
        bits_se=fold_bits.std(axis=0, ddof=1) / math.sqrt(len(folds)),
        error=wrong.sum(axis=0) / n,
    )
