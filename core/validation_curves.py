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
from core.polyfit import MAX_DEGREE, Basis, Domain, solve
from core.validation import (
    Checkpoint,
    CrossValidation,
    DegreeCurve,
    Folds,
    LambdaSweep,
    PenaltyMix,
    TrainTest,
    best_index,
    cross_validate,
    errors_vs_degree,
    lambda_sweep,
    prepare_folds,
    reduce_split,
    ridge_loo,
    run_checkpoint,
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
class DegreeCv:
    """Cross-validated RMSE at each degree 0..MAX_DEGREE, at fixed ``l1, l2``.

    ``rmse[d]`` is nan where a degree could not be scored.
    """

    rmse: np.ndarray
    plan: CvPlan

    @property
    def best_degree(self) -> int | None:
        """The degree with the smallest CV error (the simplest among ties), if any."""
        return best_index(self.rmse, "first")


@dataclass(frozen=True, eq=False)
class ValidationCurves:
    """What came back: fresh reductions and whichever curves were asked for."""

    request: ValidationRequest
    data: TrainTest
    folds: Folds | None
    null_rmse: float
    degree_curve: DegreeCurve | None
    degree_cv: DegreeCv | None
    sweep: LambdaSweep | None
    cv: CrossValidation | None


def compute_curves(
    request: ValidationRequest, checkpoint: Checkpoint | None = None
) -> ValidationCurves:
    """The worker's job: reductions if missing, then the requested curves (pure numpy).

    ``checkpoint`` is called between steps (see :mod:`gui.background`).
    """
    run_checkpoint(checkpoint)
    p = request.points
    data = request.data
    if data is None:
        data = reduce_split(p.x, p.y, p.is_test, request.basis, request.domain, MAX_DEGREE)
    run_checkpoint(checkpoint)
    null = errors_vs_degree(data, 0.0, 0.0, False, degrees=[0])
    null_rmse = float(np.nanmax([null.train_rmse[0], null.test_rmse[0]]))
    plan, folds = request.cv, request.folds
    stale = folds is None or plan is None or folds.n_folds != plan.n_folds
    if plan is not None and plan.n_folds is not None and stale:
        x, y = _training_points(request)
        folds = prepare_folds(
            x, y, plan.n_folds, request.basis, request.domain, FOLD_SEED, checkpoint=checkpoint
        )
    curve = degree_cv = None
    if request.want_degree:
        curve = errors_vs_degree(
            data, request.l1, request.l2, request.penalize_intercept, checkpoint=checkpoint
        )
        if plan is not None:
            degree_cv = cv_by_degree(request, folds, checkpoint)
    sweep = cv = None
    if request.want_lambda:
        sweep = lambda_sweep(
            data,
            request.degree,
            request.lambdas,
            request.mix,
            request.penalize_intercept,
            checkpoint,
        )
        if plan is not None and plan.n_folds is None:
            run_checkpoint(checkpoint)
            x, y = _training_points(request)
            cv = ridge_loo(
                x,
                y,
                request.degree,
                request.lambdas,
                request.basis,
                request.domain,
                request.penalize_intercept,
            )
        elif plan is not None:
            assert folds is not None
            cv = cross_validate(
                folds,
                request.degree,
                request.lambdas,
                request.mix,
                request.penalize_intercept,
                checkpoint,
            )
    return ValidationCurves(request, data, folds, null_rmse, curve, degree_cv, sweep, cv)


def cv_by_degree(
    request: ValidationRequest, folds: Folds | None, checkpoint: Checkpoint | None = None
) -> DegreeCv:
    """Cross-validated RMSE of the fit at every degree, at the request's ``l1, l2``.

    The same cross-validation as along λ (``request.cv``): each fold's
    training part fitted at each degree and scored on the held-out part, or,
    for the closed-form ridge leave-one-out, the hat-matrix formula at each
    degree. Choosing the degree by this curve is choosing model complexity by
    CV, as the λ curve chooses the penalty.

    Raises
    ------
    ValueError
        Without a CV plan, for the closed-form plan with ``request.l1 > 0``
        (it has no closed form), or for a k-fold plan without folds.
    """
    plan = request.cv
    if plan is None:
        raise ValueError("cross-validation needs at least 2 training points")
    rmse = np.full(MAX_DEGREE + 1, np.nan)
    if plan.n_folds is None:
        if request.l1 > 0:
            # The closed form is ridge's alone; an L1 fit needs refits (plan_cv).
            raise ValueError(
                f"closed-form leave-one-out needs l1 = 0 (pure ridge), got l1={request.l1!r}"
            )
        x, y = _training_points(request)
        for degree in range(MAX_DEGREE + 1):
            run_checkpoint(checkpoint)
            loo = ridge_loo(
                x,
                y,
                degree,
                [request.l2],
                request.basis,
                request.domain,
                request.penalize_intercept,
            )
            rmse[degree] = loo.rmse[0]
        return DegreeCv(rmse, plan)
    if folds is None:
        raise ValueError("k-fold cross-validation needs the folds")
    # With an L1 penalty each fold's fit at degree d starts from its fit at
    # d - 1 (one more coefficient, zero): the answer does not depend on the
    # start, the number of solver steps does.
    warm: list[np.ndarray | None] = [None] * folds.n_folds
    for degree in range(MAX_DEGREE + 1):
        run_checkpoint(checkpoint)
        sse = 0.0
        for i, (train, held) in enumerate(zip(folds.train, folds.held_out, strict=True)):
            start = warm[i]
            if start is not None:
                start = np.append(start, 0.0)
            coef = solve(
                train.truncated(degree),
                request.l1,
                request.l2,
                request.penalize_intercept,
                warm_start=start if request.l1 > 0 else None,
            )
            warm[i] = coef
            sse += held.truncated(degree).sum_squares(coef)
        rmse[degree] = np.sqrt(sse / folds.n_samples)
    return DegreeCv(rmse, plan)


def _training_points(request: ValidationRequest) -> tuple[np.ndarray, np.ndarray]:
    train = ~request.points.is_test
    return request.points.x[train], request.points.y[train]
