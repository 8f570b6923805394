"""The validation view's job: the CV plan and the cross-validated error against the degree.

References are brute force: every fold's fit made again from its raw points
with :func:`core.polyfit.fit`, never through the reductions the job reuses.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from core.datasets import generate
from core.polyfit import MAX_DEGREE, Domain, fit
from core.validation import lambda_grid, make_folds, penalty_mix
from core.validation_curves import (
    FOLD_SEED,
    ValidationRequest,
    compute_curves,
    cv_by_degree,
    plan_cv,
)


def _request(points, l1=0.0, l2=0.0, folds=5, loo=False, degree=4):
    mix, _ = penalty_mix(l1, l2)
    n_train = int(np.count_nonzero(~points.is_test))
    return ValidationRequest(
        points=points,
        basis="monomial",
        domain=Domain(),
        degree=degree,
        l1=l1,
        l2=l2,
        penalize_intercept=False,
        mix=mix,
        lambdas=lambda_grid(),
        cv=plan_cv(n_train, folds, loo, mix),
        data=None,
        folds=None,
        want_degree=True,
        want_lambda=False,
    )


def _brute_force_cv(x, y, folds, l1, l2, degree):
    sse = 0.0
    for held in folds:
        keep = np.ones(x.size, dtype=bool)
        keep[held] = False
        result = fit(x[keep], y[keep], degree, l1, l2)
        sse += float(np.sum((y[held] - result.predict(x[held])) ** 2))
    return np.sqrt(sse / x.size)


@pytest.mark.parametrize(("l1", "l2"), [(0.0, 0.0), (0.0, 1e-4), (1e-3, 0.0), (1e-3, 1e-3)])
def test_k_fold_cv_by_degree_is_refitting_each_fold(l1, l2):
    points = generate("sin", 30, 10, 0.3, 3)
    request = _request(points, l1, l2)
    out = compute_curves(request)
    x, y = points.x[~points.is_test], points.y[~points.is_test]
    folds = make_folds(x.size, 5, FOLD_SEED)
    for degree in (0, 1, 3, 7, 12):
        expected = _brute_force_cv(x, y, folds, l1, l2, degree)
        assert out.degree_cv.rmse[degree] == pytest.approx(expected, rel=1e-7)
    assert out.degree_cv.rmse.shape == (MAX_DEGREE + 1,)


@pytest.mark.parametrize("l2", [0.0, 1e-3])
def test_leave_one_out_by_degree_matches_refits(l2):
    points = generate("cubic", 15, 0, 0.2, 5)
    request = _request(points, 0.0, l2, loo=True)
    assert request.cv.n_folds is None  # ridge: the closed form
    cv = cv_by_degree(request, None)
    x, y = points.x, points.y
    folds = make_folds(x.size, x.size)
    # From degree N - 1 = 14 on, each fit without a point interpolates the
    # others (without a penalty: the minimum-norm one), and the full fit
    # interpolates every point, so the hat-matrix formula is 0 / 0 there.
    for degree in (0, 2, 5, 9, 13, 14, 15, 22, MAX_DEGREE):
        assert cv.rmse[degree] == pytest.approx(
            _brute_force_cv(x, y, folds, 0.0, l2, degree), rel=1e-6
        )


def test_closed_form_leave_one_out_refuses_an_l1_penalty():
    # It used to fit ridge at request.l2 and ignore l1 without a word.
    from core.validation_curves import CvPlan

    points = generate("cubic", 15, 0, 0.2, 5)
    request = _request(points, 1e-3, 1e-3, loo=True)
    assert request.cv.n_folds == 15  # what plan_cv asks for with L1: refits
    forced = replace(request, cv=CvPlan(None, True))
    with pytest.raises(ValueError, match=r"needs l1 = 0 \(pure ridge\), got l1=0.001"):
        cv_by_degree(forced, None)


def test_cv_chooses_a_moderate_degree_on_the_textbook_data():
    # sin 2πx with noise: the constant underfits and degree 30 on 40 points
    # overfits wildly; CV picks something in between, as test error does.
    points = generate("sin", 40, 200, 0.3, 0)
    out = compute_curves(_request(points))
    best = out.degree_cv.best_degree
    assert 3 <= best <= 10
    test = out.degree_curve.test_rmse
    assert test[best] < test[0] and test[best] < test[25]


def test_best_degree_prefers_the_simplest_among_ties_and_skips_nan():
    from core.validation_curves import CvPlan, DegreeCv

    cv = DegreeCv(np.array([np.nan, 2.0, 1.0, 1.0, 3.0]), CvPlan(5, False))
    assert cv.best_degree == 2
    assert DegreeCv(np.full(3, np.nan), CvPlan(5, False)).best_degree is None
