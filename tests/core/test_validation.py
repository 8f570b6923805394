"""Validation curves, cross-validation, paths and bootstrap against brute-force refits.

The references are independent of the shortcuts under test: every fold, every
leave-one-out fit and every resample is refitted from raw points with
``core.polyfit.fit``, and ridge is also checked against scikit-learn.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.linear_model import Ridge

from core.polyfit import Domain, features, fit, reduce, solve
from core.validation import (
    LAMBDA_MAX,
    LAMBDA_MIN,
    CrossValidation,
    PenaltyMix,
    best_index,
    bootstrap_fits,
    bootstrap_samples,
    coef_grid,
    combine,
    cross_validate,
    cross_validate_points,
    errors_vs_degree,
    lambda_grid,
    lambda_sweep,
    make_folds,
    penalty_mix,
    prepare_folds,
    reduce_split,
    ridge_coef_grid,
    ridge_loo,
)

RIDGE = PenaltyMix(0.0)
LASSO = PenaltyMix(1.0)
ENET = PenaltyMix(0.3)
GRID = np.logspace(-8, 1, 10)


def sin_data(n: int, seed: int, noise: float = 0.3):
    rng = np.random.default_rng(seed)
    x = rng.uniform(0.0, 1.0, n)
    y = np.sin(2 * np.pi * x) + rng.normal(0.0, noise, n)
    return x, y


def split_data(n_train: int, n_test: int, seed: int):
    x, y = sin_data(n_train + n_test, seed)
    is_test = np.zeros(x.size, bool)
    is_test[n_train:] = True
    return x, y, is_test


def brute_cv_mse(x, y, degree, lambdas, mix, folds, basis="monomial", penalize_intercept=False):
    """Pooled CV MSE by refitting every fold from raw points with core.polyfit.fit."""
    sse = np.zeros(len(lambdas))
    for held in folds:
        train = np.ones(x.size, bool)
        train[held] = False
        for i, lam in enumerate(lambdas):
            l1, l2 = mix.strengths(lam)
            f = fit(
                x[train], y[train], degree, l1, l2, basis, penalize_intercept=penalize_intercept
            )
            sse[i] += float(np.sum((y[held] - f.predict(x[held])) ** 2))
    return sse / x.size


# --------------------------------------------------------------------- grid, mix
def test_lambda_grid_spans_the_slider_range_evenly_in_log():
    grid = lambda_grid()
    assert grid[0] == pytest.approx(LAMBDA_MIN) and grid[-1] == pytest.approx(LAMBDA_MAX)
    steps = np.diff(np.log10(grid))
    np.testing.assert_allclose(steps, steps[0], rtol=1e-9)
    assert lambda_grid(5, 1e-2, 1e2).tolist() == pytest.approx([1e-2, 1e-1, 1, 10, 100])


@pytest.mark.parametrize(
    ("l1", "l2", "kind", "lam"),
    [
        (0.0, 0.0, "l2", 0.0),
        (0.0, 1e-3, "l2", 1e-3),
        (2e-4, 0.0, "l1", 2e-4),
        (1e-3, 3e-3, "elastic net", 4e-3),
    ],
)
def test_penalty_mix_recovers_the_setting(l1, l2, kind, lam):
    mix, total = penalty_mix(l1, l2)
    assert mix.kind == kind
    assert total == pytest.approx(lam)
    if lam:
        assert mix.strengths(total) == pytest.approx((l1, l2), rel=1e-12)


# ------------------------------------------------------------------ ridge grid
@pytest.mark.parametrize("basis", ["monomial", "legendre"])
@pytest.mark.parametrize("penalize_intercept", [False, True])
@pytest.mark.parametrize("degree", [0, 3, 9, 15])
def test_ridge_grid_from_one_svd_equals_a_solve_per_lambda(basis, penalize_intercept, degree):
    x, y = sin_data(10, 1)  # degree 15 > 9: rank deficient without the penalty
    red = reduce(x, y, degree, basis)
    grid = lambda_grid(25)
    coef = ridge_coef_grid(red, grid, penalize_intercept)
    for i, lam in enumerate(grid):
        expected = solve(red, 0.0, lam, penalize_intercept)
        scale = max(1.0, float(np.max(np.abs(expected))))
        np.testing.assert_allclose(coef[i], expected, rtol=0, atol=1e-9 * scale)


def test_ridge_grid_matches_sklearn_ridge():
    x, y = sin_data(40, 2)
    degree = 7
    red = reduce(x, y, degree)
    coef = ridge_coef_grid(red, GRID)
    phi = features(Domain().to_unit(x), degree)
    for i, lam in enumerate(GRID):
        # scikit-learn minimizes ||y - Phi w - b||^2 + alpha ||w||^2: alpha = N lam.
        model = Ridge(alpha=x.size * lam, solver="svd").fit(phi[:, 1:], y)
        np.testing.assert_allclose(coef[i, 1:], model.coef_, rtol=1e-6, atol=1e-8)
        assert coef[i, 0] == pytest.approx(model.intercept_, rel=1e-6, abs=1e-8)


@pytest.mark.parametrize("mix", [LASSO, ENET], ids=["lasso", "enet"])
def test_warm_started_path_equals_cold_solves(mix):
    x, y = sin_data(30, 3)
    red = reduce(x, y, 9)
    coef = coef_grid(red, GRID, mix)
    for i, lam in enumerate(GRID):
        l1, l2 = mix.strengths(lam)
        cold = solve(red, l1, l2)
        np.testing.assert_allclose(coef[i], cold, rtol=1e-7, atol=1e-9)
        assert np.array_equal(coef[i] == 0, cold == 0), lam


def test_l1_path_reaches_exact_zeros_and_ends_at_the_intercept_alone():
    x, y = sin_data(30, 4)
    red = reduce(x, y, 9)
    coef = coef_grid(red, lambda_grid(), LASSO)
    n_zero = np.count_nonzero(coef[:, 1:] == 0, axis=1)
    assert n_zero[0] < 9 and n_zero[-1] == 9
    assert coef[-1, 0] == pytest.approx(y.mean())
    # Ridge never gives an exact zero on the same grid.
    assert not np.any(ridge_coef_grid(red, lambda_grid())[:, 1:] == 0)


@pytest.mark.parametrize("penalize_intercept", [False, True])
@pytest.mark.parametrize("mix", [LASSO, ENET], ids=["lasso", "enet"])
def test_path_above_the_largest_gradient_is_the_null_fit_without_a_solve(
    mix, penalize_intercept, monkeypatch
):
    x, y = sin_data(60, 11)
    y = y + 2.0  # a mean far from 0, so a penalized intercept matters
    red = reduce(x, y, 12, "legendre")
    phi = features(Domain().to_unit(x), 12, "legendre")
    null = np.zeros(13)
    if not penalize_intercept:
        null[0] = y.mean()
    # Hand-derived: the largest |gradient| of the data term at the null fit.
    grad = 2.0 / x.size * phi.T @ (phi @ null - y)
    l1_max = float(np.max(np.abs(grad if penalize_intercept else grad[1:])))
    share = mix.l1_share
    grid = np.array([0.5, 0.999, 1.001, 2.0, 10.0]) * l1_max / share
    solves = []

    def counting_solve(*args, **kwargs):
        solves.append(args[1])
        return solve(*args, **kwargs)

    monkeypatch.setattr("core.validation.solve", counting_solve)
    coef = coef_grid(red, grid, mix, penalize_intercept)
    assert len(solves) == 2  # only the two strengths below l1_max
    for i, lam in enumerate(grid):
        l1, l2 = mix.strengths(lam)
        cold = solve(red, l1, l2, penalize_intercept)
        np.testing.assert_allclose(coef[i], cold, rtol=1e-9, atol=1e-12)
        penalized = coef[i] if penalize_intercept else coef[i][1:]
        if i >= 2:
            assert np.all(penalized == 0.0)
            np.testing.assert_allclose(coef[i], null, rtol=1e-12, atol=1e-15)
        else:
            assert np.count_nonzero(penalized) >= 1


# --------------------------------------------------------------------- combine
@pytest.mark.parametrize("n", [3, 12, 200])
def test_combined_reductions_fit_like_the_reduction_of_all_points(n):
    x, y = sin_data(n, 5)
    whole = reduce(x, y, 30)
    cuts = np.array_split(np.arange(n), 3)
    merged = combine([reduce(x[c], y[c], 30) for c in cuts])
    assert merged.n_samples == n
    for degree in (0, 2, 5, 12, 30):
        a, b = whole.truncated(degree), merged.truncated(degree)
        np.testing.assert_allclose(a.r.T @ a.r, b.r.T @ b.r, rtol=1e-10, atol=1e-10 * n)
        for l2 in (0.0, 1e-6):
            ca, cb = solve(a, 0.0, l2), solve(b, 0.0, l2)
            # The same minimum. At degree 30 (condition 1e11) a residual computed by
            # any backward-stable QR is good to about eps * condition, and the
            # coefficients themselves are ill-determined, so compare less there.
            tol = 1e-9 if degree <= 12 else 1e-5
            assert b.sum_squares(cb) == pytest.approx(a.sum_squares(ca), rel=tol, abs=1e-12)
            if degree <= 12:
                expected = a.sum_squares(ca)
                assert b.sum_squares(ca) == pytest.approx(expected, rel=1e-9, abs=1e-12)


def test_combine_weights_count_a_set_several_times():
    x, y = sin_data(20, 6)
    twice = combine([reduce(x[:8], y[:8], 6), reduce(x[8:], y[8:], 6)], weights=[2, 0])
    direct = reduce(np.tile(x[:8], 2), np.tile(y[:8], 2), 6)
    assert twice.n_samples == 16
    np.testing.assert_allclose(solve(twice, 0, 1e-4), solve(direct, 0, 1e-4), atol=1e-10)
    assert twice.rss_perp == pytest.approx(direct.rss_perp, rel=1e-9)


# ------------------------------------------------------------------ validation curves
@pytest.mark.parametrize(("l1", "l2"), [(0.0, 0.0), (0.0, 1e-4), (1e-3, 0.0), (1e-4, 1e-4)])
def test_errors_vs_degree_equal_a_fit_per_degree(l1, l2):
    x, y, is_test = split_data(12, 8, 7)
    data = reduce_split(x, y, is_test)
    curve = errors_vs_degree(data, l1, l2)
    assert curve.degrees.tolist() == list(range(31))
    for d in (0, 1, 4, 11, 20, 30):
        f = fit(x[~is_test], y[~is_test], d, l1, l2, x_test=x[is_test], y_test=y[is_test])
        assert curve.train_rmse[d] == pytest.approx(math.sqrt(f.train_mse), rel=1e-6, abs=1e-9)
        assert curve.test_rmse[d] == pytest.approx(math.sqrt(f.test_mse), rel=1e-6)


def test_errors_vs_degree_show_overfitting_on_the_textbook_data():
    x, y, is_test = split_data(10, 10, 0)
    curve = errors_vs_degree(reduce_split(x, y, is_test), 0.0, 0.0)
    assert curve.train_rmse[9] < 1e-6  # ten points, ten coefficients: interpolation
    assert curve.test_rmse[9] > 2 * curve.test_rmse[3]


def test_no_test_points_give_nan_test_errors():
    x, y = sin_data(10, 8)
    data = reduce_split(x, y, np.zeros(10, bool))
    assert np.all(np.isnan(errors_vs_degree(data, 0, 0).test_rmse))
    sweep = lambda_sweep(data, 3, GRID, RIDGE)
    assert np.all(np.isnan(sweep.test_rmse)) and np.all(np.isfinite(sweep.train_rmse))


@pytest.mark.parametrize("mix", [RIDGE, LASSO, ENET], ids=["ridge", "lasso", "enet"])
def test_lambda_sweep_equals_a_fit_per_lambda(mix):
    x, y, is_test = split_data(15, 10, 9)
    sweep = lambda_sweep(reduce_split(x, y, is_test), 8, GRID, mix)
    for i, lam in enumerate(GRID):
        l1, l2 = mix.strengths(lam)
        f = fit(x[~is_test], y[~is_test], 8, l1, l2, x_test=x[is_test], y_test=y[is_test])
        assert sweep.train_rmse[i] == pytest.approx(math.sqrt(f.train_mse), rel=1e-7)
        assert sweep.test_rmse[i] == pytest.approx(math.sqrt(f.test_mse), rel=1e-7)
        assert sweep.n_zero[i] == f.n_zero


# ---------------------------------------------------------------- cross-validation
def test_folds_partition_the_points_and_depend_only_on_the_seed():
    folds = make_folds(23, 5, seed=3)
    joined = np.concatenate(folds)
    assert sorted(joined.tolist()) == list(range(23))
    assert sorted(len(f) for f in folds) == [4, 4, 5, 5, 5]
    again = make_folds(23, 5, seed=3)
    assert all(np.array_equal(a, b) for a, b in zip(folds, again, strict=True))
    other = make_folds(23, 5, seed=4)
    assert not all(np.array_equal(a, b) for a, b in zip(folds, other, strict=True))
    assert [f.tolist() for f in make_folds(4, 4)] == [[0], [1], [2], [3]]


@pytest.mark.parametrize("mix", [RIDGE, LASSO, ENET], ids=["ridge", "lasso", "enet"])
@pytest.mark.parametrize("penalize_intercept", [False, True])
def test_kfold_cv_equals_brute_force_refits(mix, penalize_intercept):
    x, y = sin_data(23, 10)
    degree, k = 6, 4
    folds = prepare_folds(x, y, k, seed=1)
    cv = cross_validate(folds, degree, GRID, mix, penalize_intercept)
    expected = brute_cv_mse(
        x, y, degree, GRID, mix, make_folds(23, k, 1), penalize_intercept=penalize_intercept
    )
    np.testing.assert_allclose(cv.mse, expected, rtol=1e-7)
    assert not cv.closed_form and not cv.leave_one_out and cv.n_folds == k


def test_kfold_ridge_cv_matches_sklearn():
    x, y = sin_data(30, 11)
    degree, k = 5, 5
    folds = make_folds(30, k, seed=2)
    cv = cross_validate_points(x, y, degree, GRID, RIDGE, n_folds=k, seed=2)
    phi = features(Domain().to_unit(x), degree)[:, 1:]
    sse = np.zeros(GRID.size)
    for held in folds:
        train = np.setdiff1d(np.arange(30), held)
        for i, lam in enumerate(GRID):
            model = Ridge(alpha=train.size * lam, solver="svd").fit(phi[train], y[train])
            sse[i] += np.sum((y[held] - model.predict(phi[held])) ** 2)
    np.testing.assert_allclose(cv.mse, sse / 30, rtol=1e-6)


@pytest.mark.parametrize("penalize_intercept", [False, True])
@pytest.mark.parametrize(("n", "degree"), [(10, 0), (10, 3), (10, 9), (10, 14), (60, 12)])
def test_ridge_leave_one_out_in_closed_form_equals_refits(n, degree, penalize_intercept):
    x, y = sin_data(n, 12)
    grid = lambda_grid(13)
    cv = ridge_loo(x, y, degree, grid, penalize_intercept=penalize_intercept)
    assert cv.closed_form and cv.leave_one_out and cv.n_folds == n
    expected = brute_cv_mse(
        x, y, degree, grid, RIDGE, make_folds(n, n), penalize_intercept=penalize_intercept
    )
    np.testing.assert_allclose(cv.mse, expected, rtol=1e-5)


@pytest.mark.parametrize("penalize_intercept", [False, True])
@pytest.mark.parametrize(
    ("x", "degree"),
    [
        (sin_data(8, 16)[0], 7),  # N - 1 = D: each fit without a point interpolates
        (sin_data(8, 16)[0], 20),  # and from here on it is the minimum-norm one
        # Three x values three times each and one alone: at degree 4 the lone
        # point decides its own fit (leverage 1) though N > D + 1.
        (np.array([0.1, 0.1, 0.1, 0.5, 0.5, 0.5, 0.9, 0.9, 0.9, 0.3]), 4),
    ],
)
def test_ridge_leave_one_out_refits_points_that_decide_their_own_fit(x, degree, penalize_intercept):
    # The hat-matrix formula is 0 / 0 for such a point; it used to give inf.
    y = np.sin(2 * np.pi * x) + np.random.default_rng(17).normal(0.0, 0.3, x.size)
    grid = np.array([0.0, 1e-14, 1e-6, 1e-2])
    cv = ridge_loo(x, y, degree, grid, penalize_intercept=penalize_intercept)
    expected = brute_cv_mse(
        x, y, degree, grid, RIDGE, make_folds(x.size, x.size), penalize_intercept=penalize_intercept
    )
    assert np.all(np.isfinite(cv.mse)) and np.all(np.isfinite(cv.mse_se))
    np.testing.assert_allclose(cv.mse, expected, rtol=1e-6)


def test_leave_one_out_blocks_merge_to_the_same_mean_and_spread(monkeypatch):
    import core.validation as validation

    x, y = sin_data(25, 21)
    grid = lambda_grid(7)
    whole = ridge_loo(x, y, 6, grid)
    monkeypatch.setattr(validation, "_LOO_BLOCK", 3)  # 9 blocks, the last one short
    blocks = ridge_loo(x, y, 6, grid)
    np.testing.assert_allclose(blocks.mse, whole.mse, rtol=1e-12)
    np.testing.assert_allclose(blocks.mse_se, whole.mse_se, rtol=1e-9)
    sq = []  # the spread of the squared errors themselves, from refits
    for j in range(25):
        keep = np.arange(25) != j
        f = fit(x[keep], y[keep], 6, 0.0, grid[3])
        sq.append((y[j] - f.predict(x[j : j + 1])[0]) ** 2)
    assert whole.mse_se[3] == pytest.approx(np.std(sq, ddof=1) / 5, rel=1e-5)


def test_ridge_leave_one_out_matches_sklearn():
    x, y = sin_data(25, 13)
    degree = 6
    cv = ridge_loo(x, y, degree, GRID)
    phi = features(Domain().to_unit(x), degree)[:, 1:]
    for i, lam in enumerate(GRID):
        sq = []
        for j in range(25):
            keep = np.arange(25) != j
            model = Ridge(alpha=24 * lam, solver="svd").fit(phi[keep], y[keep])
            sq.append((y[j] - model.predict(phi[j : j + 1])[0]) ** 2)
        assert cv.mse[i] == pytest.approx(np.mean(sq), rel=1e-6)


def test_leave_one_out_by_refits_equals_the_closed_form():
    x, y = sin_data(12, 14)
    folds = prepare_folds(x, y, 12)
    by_refits = cross_validate(folds, 5, GRID, RIDGE)
    closed = cross_validate_points(x, y, 5, GRID, RIDGE, n_folds=None)
    assert by_refits.leave_one_out and not by_refits.closed_form and closed.closed_form
    np.testing.assert_allclose(by_refits.mse, closed.mse, rtol=1e-6)


def test_leave_one_out_with_l1_refits_each_point():
    x, y = sin_data(9, 15)
    cv = cross_validate_points(x, y, 4, GRID, LASSO, n_folds=None)
    assert cv.leave_one_out and not cv.closed_form
    np.testing.assert_allclose(
        cv.mse, brute_cv_mse(x, y, 4, GRID, LASSO, make_folds(9, 9)), rtol=1e-7
    )


def test_best_lambda_is_the_argmin_and_prefers_the_larger_on_ties():
    lam = np.array([1e-3, 1e-2, 1e-1, 1.0])

    def cv(mse):
        mse = np.asarray(mse, float)
        return CrossValidation(lam, RIDGE, 3, 5, False, False, mse, np.zeros(4))

    assert cv([3.0, 1.0, 2.0, 4.0]).best_lambda == 1e-2
    assert cv([3.0, 1.0, 1.0, 4.0]).best_lambda == 1e-1
    assert cv([np.inf, np.nan, 2.0, 4.0]).best_index == 2
    with pytest.raises(ValueError, match="finite"):
        _ = cv([np.inf] * 4).best_index


def test_best_index_breaks_ties_at_either_end_and_skips_what_is_not_finite():
    # The one rule behind CrossValidation, DegreeCv and ClassifierCV.
    assert best_index([3.0, 1.0, 1.0, 4.0], "last") == 2
    assert best_index([3.0, 1.0, 1.0, 4.0], "first") == 1
    assert best_index([np.nan, -np.inf, 2.0, 2.0, np.inf], "first") == 2
    assert best_index([np.nan, -np.inf, 2.0, 2.0, np.inf], "last") == 3
    assert best_index([np.nan, np.inf], "first") is None


def test_cross_validation_finds_a_penalty_that_helps_an_overfit_model():
    x, y = sin_data(20, 16)
    cv = cross_validate_points(x, y, 12, lambda_grid(), RIDGE, n_folds=5)
    best = cv.best_index
    assert cv.mse[best] < 0.5 * cv.mse[0]  # far better than almost no penalty
    assert cv.mse[best] < 0.5 * cv.mse[-1]  # and than a flat line


# ------------------------------------------------------------------- bootstrap
def test_bootstrap_fits_equal_fits_on_the_resampled_points():
    x, y = sin_data(15, 17)
    samples = bootstrap_samples(x, y, n_resamples=6, seed=4)
    assert samples.n_blocks == 0 and samples.n_resamples == 6
    fits = bootstrap_fits(samples, 7, 1e-4, 1e-5)
    rng = np.random.default_rng(4)  # the documented draw: N indices per resample
    grid = np.linspace(0, 1, 50)
    for b in range(6):
        idx = rng.integers(0, 15, 15)
        expected = fit(x[idx], y[idx], 7, 1e-4, 1e-5)
        np.testing.assert_allclose(fits.coef[b], expected.coef, rtol=1e-6, atol=1e-8)
        np.testing.assert_allclose(fits.predict(grid)[b], expected.predict(grid), atol=1e-7)
    assert fits.predict(grid).shape == (6, 50)


def test_bootstrap_spread_grows_with_degree_and_shrinks_with_a_penalty():
    # 30 points: with 10, a resample has only about 6.5 distinct x, so every
    # degree from 6 up interpolates it and the comparison says little.
    x, y = sin_data(30, 1)
    samples = bootstrap_samples(x, y, n_resamples=30)
    grid = np.linspace(0.05, 0.95, 200)
    tame = bootstrap_fits(samples, 3, 0, 0).spread(grid).mean()
    wild = bootstrap_fits(samples, 9, 0, 0).spread(grid).mean()
    calmed = bootstrap_fits(samples, 9, 0, 1e-3).spread(grid).mean()
    assert wild > 3 * tame
    assert calmed < wild / 3


def test_block_bootstrap_for_many_points_resamples_the_same_spread():
    x, y = sin_data(4000, 18)
    grid = np.linspace(0, 1, 100)
    by_points = bootstrap_samples(x, y, 40, seed=1)
    by_blocks = bootstrap_samples(x, y, 40, seed=1, max_point_bootstrap=1000)
    assert by_points.n_blocks == 0 and by_blocks.n_blocks > 0
    assert all(r.n_samples == 4000 for r in by_blocks.reductions)
    a = bootstrap_fits(by_points, 5, 0, 0).spread(grid).mean()
    b = bootstrap_fits(by_blocks, 5, 0, 0).spread(grid).mean()
    assert 0.6 < b / a < 1.6


# ----------------------------------------------------------------- properties
@settings(max_examples=25, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    n=st.integers(2, 40),
    degree=st.integers(0, 12),
    log_lam=st.floats(-8, 1),
    penalize_intercept=st.booleans(),
)
def test_ridge_grid_minimizes_the_objective(seed, n, degree, log_lam, penalize_intercept):
    x, y = sin_data(n, seed)
    red = reduce(x, y, degree)
    lam = 10.0**log_lam
    coef = ridge_coef_grid(red, [lam], penalize_intercept)[0]
    mask = np.ones(degree + 1, bool)
    mask[0] = penalize_intercept

    def objective(c):
        return red.sum_squares(c) / n + lam * float(c[mask] @ c[mask])

    best = objective(coef)
    rng = np.random.default_rng(seed)
    for _ in range(5):
        nudge = rng.normal(size=degree + 1) * 1e-4 * max(1.0, float(np.abs(coef).max()))
        assert objective(coef + nudge) >= best - 1e-12 * max(best, 1.0)


# ------------------------------------------------------------------ bad input
@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: lambda_grid(1), "n_points"),
        (lambda: lambda_grid(5, 0.0, 1.0), "lo"),
        (lambda: lambda_grid(5, 1.0, 0.1), "below hi"),
        (lambda: PenaltyMix(1.5), "l1_share"),
        (lambda: penalty_mix(-1.0, 0.0), "l1"),
        (lambda: make_folds(10, 1), "n_folds"),
        (lambda: make_folds(10, 11), "n_folds must be an integer from 2 to 10, got 11"),
        (lambda: make_folds(1, 1), "n_samples"),
        (lambda: make_folds(10, 2, seed=-1), "seed"),
        (lambda: ridge_coef_grid(reduce([0.5], [1.0], 2), [0.0]), "lambdas"),
        (lambda: ridge_coef_grid(reduce([0.5], [1.0], 2), [1.0, 0.5]), "increasing"),
        (lambda: ridge_coef_grid(reduce([], [], 2), [1.0]), "at least 1 training point"),
        (lambda: ridge_loo([0.5], [1.0], 2, [1.0]), "at least 2"),
        (lambda: bootstrap_samples([0.1, 0.2], [1, 2], n_resamples=0), "n_resamples"),
        (lambda: bootstrap_samples([], [], 3), "at least 1"),
        (lambda: combine([]), "at least one"),
        (lambda: combine([reduce([0.1], [1], 2), reduce([0.2], [1], 3)]), "share degree"),
        (
            lambda: errors_vs_degree(
                reduce_split([0.5], [1], [False], degree=3), 0, 0, degrees=[5]
            ),
            "degrees",
        ),
        (lambda: reduce_split([0.5], [1.0], [True, False]), "is_test"),
    ],
)
def test_invalid_arguments_raise_value_error_naming_them(call, message):
    with pytest.raises(ValueError, match=message):
        call()
