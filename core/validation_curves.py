"""What the validation-curve view computes in one background job, as pure functions.

The view shows train and test RMSE against the degree (at the current
penalty) and against λ (at the current degree), with cross-validated error
along λ. :func:`plan_cv` decides which cross-validation to run for the
settings; :func:`compute_curves` runs the reductions that are missing and
the requested curves. Everything here is numpy on immutable inputs, so it
runs on a worker thread; ``checkpoint`` is called between steps.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.points_csv import PointTable
from core.polyfit import MAX_DEGREE, Basis, Domain
from core.validation import (
    Checkpoint,
    CrossValidation,
    DegreeCurve,
    Folds,
    LambdaSweep,
    PenaltyMix,
    TrainTest,
    cross_validate,
    errors_vs_degree,
    lambda_sweep,
    prepare_folds,
    reduce_split,
    ridge_loo,
)

#: The folds are drawn with this seed, so the CV curve does not jitter between refits.
FOLD_SEED = 0
#: Leave-one-out with an L1 penalty refits once per point and lambda; above
#: this many points 10-fold CV is used instead (ridge LOO has a closed form).
MAX_LOO_REFITS = 50
FALLBACK_FOLDS = 10


@dataclass(frozen=True, eq=False)
class CvPlan:
    """Which cross-validation to run: ``n_folds`` None is closed-form leave-one-out."""

    n_folds: int | None
    leave_one_out: bool
    fallback: bool = False  # LOO was asked for but k-fold is used (L1 with many points)


def plan_cv(n_train: int, folds: int, leave_one_out: bool, mix: PenaltyMix) -> CvPlan | None:
    """The CV the panel runs for these settings; None with fewer than 2 training points."""
    if n_train < 2:
        return None
    if leave_one_out:
        if mix.is_ridge:
            return CvPlan(None, True)
        if n_train <= MAX_LOO_REFITS:
            return CvPlan(n_train, True)
        return CvPlan(min(FALLBACK_FOLDS, n_train), False, fallback=True)
    k = min(folds, n_train)
    return CvPlan(k, k == n_train)


@dataclass(frozen=True, eq=False)
class ValidationRequest:
    """Everything one background computation needs (immutable inputs only)."""

    points: PointTable
    basis: Basis
    domain: Domain
    degree: int
    l1: float
    l2: float
    penalize_intercept: bool
    mix: PenaltyMix
    lambdas: np.ndarray
    cv: CvPlan | None
    data: TrainTest | None
    folds: Folds | None
    want_degree: bool
    want_lambda: bool


@dataclass(frozen=True, eq=False)
class ValidationCurves:
    """What came back: fresh reductions and whichever curves were asked for."""

    request: ValidationRequest
    data: TrainTest
    folds: Folds | None
    null_rmse: float
    degree_curve: DegreeCurve | None
    sweep: LambdaSweep | None
    cv: CrossValidation | None


def compute_curves(
    request: ValidationRequest, checkpoint: Checkpoint | None = None
) -> ValidationCurves:
    """The worker's job: reductions if missing, then the requested curves (pure numpy).

    ``checkpoint`` is called between steps (see :mod:`gui.background`).
    """
    p = request.points
    data = request.data
    if data is None:
        data = reduce_split(p.x, p.y, p.is_test, request.basis, request.domain, MAX_DEGREE)
    if checkpoint is not None:
        checkpoint()
    null = errors_vs_degree(data, 0.0, 0.0, False, degrees=[0])
    null_rmse = float(np.nanmax([null.train_rmse[0], null.test_rmse[0]]))
    curve = None
    if request.want_degree:
        curve = errors_vs_degree(
            data, request.l1, request.l2, request.penalize_intercept, checkpoint=checkpoint
        )
    sweep = cv = None
    folds = request.folds
    if request.want_lambda:
        sweep = lambda_sweep(
            data,
            request.degree,
            request.lambdas,
            request.mix,
            request.penalize_intercept,
            checkpoint,
        )
        plan = request.cv
        if plan is not None:
            train = ~p.is_test
            if plan.n_folds is None:
                if checkpoint is not None:
                    checkpoint()
                cv = ridge_loo(
                    p.x[train],
                    p.y[train],
                    request.degree,
                    request.lambdas,
                    request.basis,
                    request.domain,
                    request.penalize_intercept,
                )
            else:
                if folds is None or folds.n_folds != plan.n_folds:
                    folds = prepare_folds(
                        p.x[train],
                        p.y[train],
                        plan.n_folds,
                        request.basis,
                        request.domain,
                        FOLD_SEED,
                        checkpoint=checkpoint,
                    )
                cv = cross_validate(
                    folds,
                    request.degree,
                    request.lambdas,
                    request.mix,
                    request.penalize_intercept,
                    checkpoint,
                )
    return ValidationCurves(request, data, folds, null_rmse, curve, sweep, cv)
