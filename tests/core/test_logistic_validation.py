"""Tests of the classifier's validation curves, stratified folds and cross-validation."""

from __future__ import annotations

import math

import numpy as np
import pytest
from sklearn.metrics import log_loss

from core.classifier import PlaneDesign, fit_design, prepare
from core.logistic import solve
from core.logistic_validation import (
    ClassifierCV,
    classifier_lambda_grid,
    cross_validate,
    curve_vs_degree,
    curve_vs_lambda,
    stratified_folds,
)
from core.plane_datasets import DEFAULT_BOX, generate_plane
from core.validation import PenaltyMix


@pytest.fixture(scope="module")
def design() -> PlaneDesign:
    return prepare(generate_plane("xor", 80, 60, 0.15, 2), DEFAULT_BOX, "legendre")


def test_degree_curve_matches_single_fits(design: PlaneDesign) -> None:
    curve = curve_vs_degree(design, 1e-3, 1e-4, degrees=[0, 2, 5])
    assert curve.degrees.tolist() == [0, 2, 5]
    for i, degree in enumerate(curve.degrees.tolist()):
        single = fit_design(design, degree, 1e-3, 1e-4, separability=False)
        assert curve.train_accuracy[i] == pytest.approx(single.train_accuracy)
        assert curve.test_accuracy[i] == pytest.approx(single.test_accuracy)
        assert curve.train_bits[i] == pytest.approx(single.train_cross_entropy_bits, rel=1e-8)
        assert curve.test_bits[i] == pytest.approx(single.test_cross_entropy_bits, rel=1e-8)
        assert curve.status[i] == single.status
    # XOR needs the product x1 x2: degree 0 is a coin, degree 2 nearly perfect.
    assert curve.test_accuracy[0] <= 0.6 < 0.9 <= curve.test_accuracy[1]
    full = curve_vs_degree(design, 0.0, 1e-2)
    assert full.degrees.tolist() == list(range(11))
    with pytest.raises(ValueError, match=r"degrees must ascend within 0\.\.10"):
        curve_vs_degree(design, 0.0, 1e-2, degrees=[3, 2])


@pytest.mark.parametrize("share", [0.0, 1.0, 0.5])
def test_lambda_curve_is_the_exact_path(design: PlaneDesign, share: float) -> None:
    lambdas = classifier_lambda_grid(9)
    mix = PenaltyMix(share)
    calls: list[None] = []
    curve = curve_vs_lambda(design, 4, lambdas, mix, checkpoint=lambda: calls.append(None))
    assert len(calls) == lambdas.size
    phi = design.train_features(4)
    t = design.labels_train
    for i, lam in enumerate(lambdas):
        l1, l2 = mix.strengths(float(lam))
        cold, info = solve(phi, t, l1, l2)
        assert curve.status[i] == info.status == "optimal"
        np.testing.assert_allclose(curve.coef[i], cold, rtol=1e-6, atol=1e-8)
    if share > 0:
        # An L1 path sheds coefficients as lambda grows.
        assert curve.n_zero[-1] >= curve.n_zero[0]
        assert curve.n_zero[-1] >= curve.coef.shape[1] - 1


def test_a_raising_checkpoint_abandons_the_work(design: PlaneDesign) -> None:
    class StopError(Exception):
        pass

    def stop() -> None:
        raise StopError

    with pytest.raises(StopError):
        cross_validate(design, 2, classifier_lambda_grid(5), PenaltyMix(0.0), checkpoint=stop)


def test_stratified_folds_partition_and_balance_the_classes() -> None:
    label = np.array([0] * 23 + [1] * 12)
    folds = stratified_folds(label, 5, seed=3)
    joined = np.sort(np.concatenate(folds))
    assert joined.tolist() == list(range(35))
    ones = [int(label[f].sum()) for f in folds]
    assert max(ones) - min(ones) <= 1 and sum(ones) == 12
    assert stratified_folds(label, 5, seed=3)[2].tolist() == folds[2].tolist()
    # Too few of a class to spread: the plain fold maker deals all points.
    few = np.array([0] * 20 + [1] * 3)
    assert sorted(np.concatenate(stratified_folds(few, 5)).tolist()) == list(range(23))


def test_cross_validation_pools_held_out_losses_like_a_manual_loop(design: PlaneDesign) -> None:
    lambdas = classifier_lambda_grid(5)
    cv = cross_validate(design, 3, lambdas, PenaltyMix(0.0), n_folds=4, seed=1)
    phi = design.train_features(3)
    t = design.labels_train
    folds = stratified_folds(t, 4, 1)
    for j, lam in enumerate(lambdas):
        probs = np.empty(t.size)
        for held in folds:
            keep = np.setdiff1d(np.arange(t.size), held)
            w, _ = solve(phi[keep], t[keep], 0.0, float(lam))
            probs[held] = 1 / (1 + np.exp(-(phi[held] @ w)))
        bits = log_loss(t, probs, labels=[0, 1]) / math.log(2)
        assert cv.bits[j] == pytest.approx(bits, rel=1e-6)
        assert cv.error[j] == pytest.approx(np.mean((probs > 0.5) != (t == 1)))
    assert cv.n_folds == 4 and np.all(cv.bits_se >= 0)
    assert cv.best_lambda == lambdas[int(np.argmin(cv.bits))]


def test_best_lambda_prefers_the_largest_among_ties() -> None:
    cv = ClassifierCV(
        lambdas=np.array([1e-3, 1e-2, 1e-1]),
        mix=PenaltyMix(0.0),
        degree=1,
        n_folds=5,
        bits=np.array([0.5, 0.4, 0.4]),
        bits_se=np.zeros(3),
        error=np.zeros(3),
    )
    assert cv.best_index == 2 and cv.best_lambda == 0.1


def test_bad_lambdas() -> None:
    design = prepare(generate_plane("blobs", 10, 0, 0.3, 0))
    with pytest.raises(ValueError, match="strictly increasing"):
        curve_vs_lambda(design, 1, [1e-2, 1e-3], PenaltyMix(0.0))
    with pytest.raises(ValueError, match="finite and > 0"):
        cross_validate(design, 1, [0.0, 1.0], PenaltyMix(0.0))
