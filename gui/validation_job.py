"""What the validation curves are computed from, off the GUI thread: parts, keys and the job.

The curves come in parts (see :mod:`gui.background_results`), each with a
key naming the inputs it depends on:

- ``data``: the QR reductions of the training and test points at the
  highest degree (truncated for any lower one); ``scale``: the constant
  model's RMSE, which fixes both y axes; both depend on the points alone;
- ``folds``: the reductions of the CV folds (the points and k);
- ``degree``: train, test and CV RMSE against the degree, at the current
  penalties: a degree move changes none of it;
- ``lambda``: the same against λ, at the current degree, along the current
  L1 : L2 direction: a λ move along a pure penalty changes none of it.

:func:`validation_setting` derives the keys (and the CV plan) from a model
setting, for the validation panel and for an animation's frames alike;
:func:`validation_job` is the worker's job; :func:`cv_name` names the CV
plan in a legend, on screen and in the figure.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from core.points_csv import PointTable
from core.polyfit import Domain
from core.settings import ModelSettings
from core.validation import (
    Checkpoint,
    CrossValidation,
    DegreeCurve,
    LambdaSweep,
    PenaltyMix,
    penalty_mix,
)
from core.validation_curves import (
    CvPlan,
    DegreeCv,
    ValidationRequest,
    compute_curves,
    plan_cv,
)
from gui.background_results import Keys


@dataclass(frozen=True, eq=False)
class DegreeCurves:
    """The curves against the degree: train and test, and cross-validated if possible."""

    errors: DegreeCurve
    cv: DegreeCv | None


@dataclass(frozen=True, eq=False)
class LambdaCurves:
    """The curves against λ, and the cross-validation plan they were computed with."""

    sweep: LambdaSweep
    cv: CrossValidation | None
    plan: CvPlan | None


@dataclass(frozen=True, eq=False)
class ValidationSetting:
    """What the curves depend on at one model setting: counts, direction, CV plan, part keys."""

    n_train: int
    n_test: int
    mix: PenaltyMix
    plan: CvPlan | None
    keys: Keys


def validation_setting(
    points: PointTable,
    domain: Domain,
    model: ModelSettings,
    n_train: int,
    n_test: int,
    folds: int,
    leave_one_out: bool,
) -> ValidationSetting:
    """The keys of every part and the CV plan for ``model`` on ``points``.

    ``n_train`` and ``n_test`` are the numbers of training and test points
    (the fit's counts: counting the table would cost O(N) per refit);
    ``folds`` and ``leave_one_out`` are the CV the user asked for.
    """
    m = model
    mix, _ = penalty_mix(m.l1, m.l2)
    # Rounded so that "use best λ" (which keeps the ratio up to rounding)
    # does not count as a new direction.
    mix = PenaltyMix(round(mix.l1_share, 9))
    plan = plan_cv(n_train, folds, leave_one_out, mix)
    data = None if n_train == 0 else (points, m.basis, domain)
    cv = None if plan is None else (plan.n_folds, plan.leave_one_out)
    k_fold = plan is not None and plan.n_folds is not None
    keys = {
        "data": data,
        "scale": data,
        "folds": (*data, plan.n_folds) if data and k_fold else None,
        "degree": data and (*data, m.l1, m.l2, m.penalize_intercept, cv),
        "lambda": data and (*data, m.degree, mix.l1_share, m.penalize_intercept, cv),
    }
    return ValidationSetting(n_train, n_test, mix, plan, keys)


def validation_job(request: ValidationRequest, checkpoint: Checkpoint | None = None) -> dict:
    """The worker's job: the curves of :func:`compute_curves`, as the panel's parts."""
    out = compute_curves(request, checkpoint)
    parts: dict = {"data": out.data, "scale": out.null_rmse, "folds": out.folds}
    if out.degree_curve is not None:
        parts["degree"] = DegreeCurves(out.degree_curve, out.degree_cv)
    if out.sweep is not None:
        parts["lambda"] = LambdaCurves(out.sweep, out.cv, request.cv)
    return parts


def cv_name(plan: CvPlan | None) -> str:
    """The cross-validation in a legend, in the interface language ("5-fold CV")."""
    if plan is None:
        return QCoreApplication.translate("ValidationPanel", "CV")
    if plan.leave_one_out:
        return QCoreApplication.translate("ValidationPanel", "leave-one-out CV")
    return QCoreApplication.translate("ValidationPanel", "{0}-fold CV").format(plan.n_folds)
