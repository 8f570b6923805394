"""The classifier's validation numbers: the background job and how its results are measured.

The job (:func:`plane_validation_job`, run off the GUI thread by the
validation panel) computes the curves against the degree and against λ with
their k-fold cross-validation, from ``core.logistic_validation``, on the
design the state already lifted. The functions after it turn the results
into what is drawn, the measure (cross-entropy in bits or error rate), the
axes' top and title, for the panel (:mod:`gui.plane_validation`) and its
figure (:mod:`gui.figures.classifier`) alike.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication

from core.classifier import PlaneDesign
from core.logistic_validation import (
    CLASSIFY_LAMBDA_MAX,
    CLASSIFY_LAMBDA_MIN,
    ClassifierCV,
    DegreeCurve,
    LambdaCurve,
    cross_validate,
    curve_vs_degree,
    curve_vs_lambda,
)
from core.validation import Checkpoint, PenaltyMix
from gui.plane_readouts import label_entropy_bits

LOG_MIN = math.log10(CLASSIFY_LAMBDA_MIN)
LOG_MAX = math.log10(CLASSIFY_LAMBDA_MAX)
MAX_FOLDS = 20
#: The y axes reach this far above the constant model's error.
HEADROOM = 1.6
MEASURES = ("bits", "error")


@dataclass(frozen=True, eq=False)
class PlaneValidationRequest:
    """What one background job computes, on immutable inputs."""

    design: PlaneDesign
    degree: int
    l1: float
    l2: float
    mix: PenaltyMix
    lambdas: np.ndarray
    n_folds: int
    want_degree: bool
    want_lambda: bool


@dataclass(frozen=True, eq=False)
class PlaneLambdaCurves:
    """The curves against λ and their cross-validation (None with fewer than 2 points)."""

    curve: LambdaCurve
    cv: ClassifierCV | None


def plane_validation_job(
    request: PlaneValidationRequest, checkpoint: Checkpoint | None = None
) -> dict:
    """The worker's job: the parts asked for (see the module docstring)."""
    r = request
    parts: dict = {}
    if r.want_degree:
        parts["degree"] = curve_vs_degree(r.design, r.l1, r.l2, checkpoint=checkpoint)
    if r.want_lambda:
        curve = curve_vs_lambda(r.design, r.degree, r.lambdas, r.mix, checkpoint)
        cv = None
        if r.design.n_train >= 2:
            cv = cross_validate(
                r.design, r.degree, r.lambdas, r.mix, r.n_folds, checkpoint=checkpoint
            )
        parts["lambda"] = PlaneLambdaCurves(curve, cv)
    return parts


def validation_top(train_labels: np.ndarray, measure: str) -> float:
    """The top of both y axes: HEADROOM above the constant model's error, at least 0.1.

    The constant model's error is the entropy of the training labels in bits
    (``measure`` "bits") or the minority's share ("error"); 1 without labels.
    """
    labels = np.asarray(train_labels)
    if labels.size == 0:
        return 1.0
    if measure == "bits":
        null = label_entropy_bits(labels)
    else:
        null = float(min(np.mean(labels), 1 - np.mean(labels)))
    top = HEADROOM * null if math.isfinite(null) else 1.0
    return max(top, 0.1)


def measured(curve: DegreeCurve | LambdaCurve, measure: str) -> tuple[np.ndarray, np.ndarray]:
    """(train, test) scores of ``curve`` in bits, or as error rates 1 − accuracy ("error")."""
    if measure == "bits":
        return curve.train_bits, curve.test_bits
    return 1.0 - curve.train_accuracy, 1.0 - curve.test_accuracy


def cv_measured(cv: ClassifierCV, measure: str) -> np.ndarray:
    """The cross-validated scores of ``cv`` in bits, or as error rates ("error")."""
    return cv.bits if measure == "bits" else cv.error


def measure_name(measure: str) -> str:
    """The y axes' title for ``measure``, in the current language."""
    if measure == "bits":
        return QCoreApplication.translate("PlaneValidationPanel", "cross-entropy (bits)")
    return QCoreApplication.translate("PlaneValidationPanel", "error rate")
