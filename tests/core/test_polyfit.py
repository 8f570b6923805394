"""The fitting core against independent references and its optimality conditions."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest
import scipy.linalg
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import ElasticNet, Ridge

from core.datasets import generate
from core.polyfit import (
    MAX_DEGREE,
    Domain,
    features,
    fit,
    penalty_mask,
    reduce,
    result_from_coef,
    solve,
    solve_with_info,
    to_power_basis,
)
from tests.core.lasso_reference import lasso_path, objective

BASES = ["monomial", "legendre"]
EPS = float(np.finfo(float).eps)


def sin_data(n: int, seed: int, noise: float = 0.3, lo: float = 0.0, hi: float = 1.0):
    rng = np.random.default_rng(seed)
    x = rng.uniform(lo, hi, n)
    y = np.sin(2 * np.pi * (x - lo) / (hi - lo)) + rng.normal(0.0, noise, n)
    return x, y


def design(x, degree, basis):
    return features(Domain().to_unit(x), degree, basis)


def kkt_violation(x, y, degree, basis, l1, l2, coef, penalize_intercept=False):
    """Largest violation of the subgradient conditions, relative to l1 (or 1 if l1 = 0).

    For a penalized k: grad_k + l1 sign(c_k) = 0 if c_k != 0, |grad_k| <= l1 if c_k = 0;
    for a free k: grad_k = 0; grad is the gradient of data term + L2 term.
    """
    phi = design(x, degree, basis)
    mask = penalty_mask(degree + 1, penalize_intercept)
    grad = 2.0 / x.size * phi.T @ (phi @ coef - y) + 2.0 * l2 * np.where(mask, coef, 0.0)
    scale = max(l1, 1e-300)
    nonzero = coef != 0
    on = mask & nonzero
    off = mask & ~nonzero
    worst = 0.0
    if on.any():
        worst = max(worst, float(np.max(np.abs(grad[on] + l1 * np.sign(coef[on])))) / scale)
    if off.any():
        worst = max(worst, float(np.max(np.abs(grad[off]) - l1)) / scale)
    return worst, float(np.max(np.abs(grad[~mask]), initial=0.0))


def sklearn_objective(x, y, degree, basis, l1, l2, penalize_intercept=False):
    """Our objective at scikit-learn's ElasticNet solution, mapped to its scaling.

    Ours: (1/N)||r||^2 + l1 |c|_1 + l2 |c|^2 = 2 * [1/(2N)||r||^2 + a*rho |c|_1 + a(1-rho)/2 |c|^2]
    with a = l1/2 + l2 and rho = (l1/2) / a.
    """
    phi = design(x, degree, basis)
    alpha = l1 / 2 + l2
    model = ElasticNet(
        alpha=alpha,
        l1_ratio=(l1 / 2) / alpha,
        fit_intercept=not penalize_intercept,
        tol=1e-12,
        max_iter=20_000,
        selection="cyclic",
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        if penalize_intercept:
            model.fit(phi, y)
            coef = model.coef_
        else:
            model.fit(phi[:, 1:], y)
            coef = np.concatenate([[model.intercept_], model.coef_])
    reduced = reduce(x, y, degree, basis)
    return result_from_coef(coef, reduced, None, l1, l2, penalize_intercept).objective


@pytest.mark.parametrize("basis", BASES)
@pytest.mark.parametrize("degree", [0, 1, 3, 10, 30])
@pytest.mark.parametrize("n", [1, 5, 31, 200])
def test_least_squares_matches_numpy_lstsq(n, degree, basis):
    x, y = sin_data(n, seed=n * 100 + degree)
    phi = design(x, degree, basis)
    expected, _, rank, sv = np.linalg.lstsq(phi, y, rcond=None)
    result = fit(x, y, degree, basis=basis)
    ours_rss = float(np.sum((phi @ result.coef - y) ** 2))
    their_rss = float(np.sum((phi @ expected - y) ** 2))
    if sv[0] / sv[-1] > 1e10:
        # Beyond ~1e10 double precision cannot tell the candidate answers apart
        # (coefficients reach 1e9 and cancel); ask only for an equally good fit.
        slack = 1e-6 * float(y @ y)
        assert ours_rss <= their_rss + slack
        assert result.train_mse * n == pytest.approx(ours_rss, abs=slack)
        return
    assert result.rank == rank
    # Never a worse fit, never a longer coefficient vector (minimum norm where not unique).
    assert ours_rss <= their_rss * (1 + 1e-8) + 1e-20
    assert np.linalg.norm(result.coef) <= np.linalg.norm(expected) * (1 + 1e-6) + 1e-9
    assert result.train_mse == pytest.approx(ours_rss / n, rel=1e-9, abs=1e-20)
    np.testing.assert_allclose(phi @ result.coef, phi @ expected, atol=1e-7)
    if rank == degree + 1 and sv[0] / sv[-1] < 1e8:
        np.testing.assert_allclose(result.coef, expected, rtol=1e-6, atol=1e-8)


def test_minimum_norm_with_repeated_x():
    # Three distinct x but degree 6: infinitely many interpolants, we want the shortest.
    x = np.repeat([0.1, 0.5, 0.9], 4)
    y = np.repeat([1.0, -2.0, 0.5], 4)
    phi = design(x, 6, "legendre")
    expected = np.linalg.lstsq(phi, y, rcond=None)[0]
    result = fit(x, y, 6, basis="legendre")
    np.testing.assert_allclose(result.coef, expected, atol=1e-9)
    assert result.rank == 3
    assert not result.is_unique
    assert result.train_mse == pytest.approx(0.0, abs=1e-20)


@pytest.mark.parametrize("basis", BASES)
@pytest.mark.parametrize("penalize_intercept", [False, True])
@pytest.mark.parametrize("l2", [1e-6, 1e-2, 1.0, 100.0])
def test_ridge_matches_closed_form(l2, penalize_intercept, basis):
    x, y = sin_data(60, seed=7)
    degree = 8
    phi = design(x, degree, basis)
    mask = penalty_mask(degree + 1, penalize_intercept)
    n = x.size
    # (Phi^T Phi / N + l2 S) c = Phi^T y / N, well conditioned at this degree.
    lhs = phi.T @ phi / n + l2 * np.diag(mask.astype(float))
    expected = np.linalg.solve(lhs, phi.T @ y / n)
    result = fit(x, y, degree, l2=l2, basis=basis, penalize_intercept=penalize_intercept)
    np.testing.assert_allclose(result.coef, expected, rtol=1e-8, atol=1e-10)


def test_ridge_matches_sklearn_ridge():
    x, y = sin_data(80, seed=3)
    phi = design(x, 12, "legendre")
    l2 = 0.01
    # sklearn Ridge minimizes ||r||^2 + alpha |w|^2 with a free intercept: alpha = N * l2.
    model = Ridge(alpha=x.size * l2, fit_intercept=True, tol=1e-14).fit(phi[:, 1:], y)
    result = fit(x, y, 12, l2=l2, basis="legendre")
    np.testing.assert_allclose(result.coef[1:], model.coef_, rtol=1e-7, atol=1e-10)
    assert result.coef[0] == pytest.approx(model.intercept_, rel=1e-8)


@pytest.mark.parametrize("l2", [1e6, 1e22, 1e40, 1e50])
@pytest.mark.parametrize("basis", BASES)
def test_a_huge_l2_keeps_the_free_intercept(l2, basis):
    # The penalty outweighs the data by up to 1e50 and must still leave the
    # intercept free: coef_0 tends to mean(y), as in sklearn's Ridge.
    x, y = sin_data(5_000, seed=8)
    y = y + 3.0
    phi = design(x, 6, basis)
    model = Ridge(alpha=x.size * l2, fit_intercept=True, solver="svd").fit(phi[:, 1:], y)
    result = fit(x, y, 6, l2=l2, basis=basis)
    np.testing.assert_allclose(result.coef[1:], model.coef_, rtol=1e-7, atol=1e-300)
    assert result.coef[0] == pytest.approx(model.intercept_, rel=1e-12)
    # With L1 on top every penalized coefficient is exactly 0 at this size.
    both = fit(x, y, 6, l1=l2, l2=l2, basis=basis)
    assert np.all(both.coef[1:] == 0.0)
    assert both.coef[0] == pytest.approx(float(np.mean(y)), rel=1e-12)


def _random_problems(count: int, seed: int):
    rng = np.random.default_rng(seed)
    for i in range(count):
        n = int(rng.choice([3, 10, 30, 200]))
        degree = int(rng.choice([2, 5, 10, 20, 30]))
        basis = str(rng.choice(BASES))
        x, y = sin_data(n, seed=seed * 1000 + i, noise=float(rng.uniform(0.0, 0.5)))
        l1 = float(10 ** rng.uniform(-8, 1))
        l2 = 0.0 if rng.random() < 0.5 else float(10 ** rng.uniform(-8, 0))
        yield x, y, degree, basis, l1, l2, bool(rng.random() < 0.2)


@pytest.mark.parametrize("chunk", range(4))
def test_l1_objective_never_above_sklearn(chunk):
    # Hundreds of random lasso / elastic-net problems, 60 per chunk.
    for x, y, degree, basis, l1, l2, pen0 in _random_problems(60, seed=chunk):
        ours = fit(x, y, degree, l1=l1, l2=l2, basis=basis, penalize_intercept=pen0)
        reference = sklearn_objective(x, y, degree, basis, l1, l2, pen0)
        assert ours.objective <= reference * (1 + 1e-9) + 1e-15, (degree, basis, l1, l2)


@pytest.mark.parametrize("l1", [1e-8, 1e-6, 1e-4, 1e-2, 1.0, 10.0])
def test_hard_case_degree_30_monomial(l1):
    x, y = sin_data(1000, seed=11)
    ours = fit(x, y, 30, l1=l1)
    reference = sklearn_objective(x, y, 30, "monomial", l1, 0.0)
    assert ours.objective <= reference * (1 + 1e-9)
    worst, free = kkt_violation(x, y, 30, "monomial", l1, 0.0, ours.coef)
    assert worst < 1e-4 and free < 1e-6


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    n=st.integers(1, 60),
    degree=st.integers(0, 15),
    basis=st.sampled_from(BASES),
    log_l1=st.floats(-6, 1),
    l2=st.sampled_from([0.0, 1e-6, 1e-3, 0.1]),
    penalize_intercept=st.booleans(),
)
def test_optimality_conditions_hold(seed, n, degree, basis, log_l1, l2, penalize_intercept):
    x, y = sin_data(n, seed=seed)
    l1 = 10.0**log_l1
    result = fit(x, y, degree, l1=l1, l2=l2, basis=basis, penalize_intercept=penalize_intercept)
    worst, free = kkt_violation(x, y, degree, basis, l1, l2, result.coef, penalize_intercept)
    # Relative to l1: active coefficients balance the gradient, zeros stay within [-l1, l1].
    assert worst < 1e-5
    assert free < 1e-7
    assert result.solver_status == "optimal"


def test_exact_zeros_where_they_hold():
    x, y = sin_data(40, seed=5)
    phi = design(x, 6, "legendre")
    centred = y - y.mean()
    # Above l1_max = max_k |2/N phi_k^T (y - mean)| every penalized coefficient is exactly 0.
    l1_max = float(np.max(np.abs(2.0 / x.size * phi[:, 1:].T @ centred)))
    above = fit(x, y, 6, l1=l1_max * 1.001, basis="legendre")
    assert np.all(above.coef[1:] == 0.0)
    assert above.coef[0] == pytest.approx(y.mean())
    assert above.n_zero == 6
    below = fit(x, y, 6, l1=l1_max * 0.9, basis="legendre")
    assert np.count_nonzero(below.coef[1:]) >= 1


def test_objective_parts_add_up_and_match_direct_evaluation():
    x, y = sin_data(50, seed=2)
    xt, yt = sin_data(20, seed=9)
    result = fit(x, y, 7, l1=1e-3, l2=1e-4, basis="monomial", x_test=xt, y_test=yt)
    assert result.data_term == pytest.approx(np.mean((result.predict(x) - y) ** 2), rel=1e-10)
    assert result.test_mse == pytest.approx(np.mean((result.predict(xt) - yt) ** 2), rel=1e-10)
    assert result.l1_term == pytest.approx(1e-3 * np.abs(result.coef[1:]).sum())
    assert result.l2_term == pytest.approx(1e-4 * (result.coef[1:] ** 2).sum())
    total = result.data_term + result.l1_term + result.l2_term
    assert result.objective == pytest.approx(total, rel=1e-14)


def test_degree_zero_is_the_mean_and_intercept_penalty_pulls_to_zero():
    x, y = sin_data(25, seed=4)
    y = y + 3.0
    assert fit(x, y, 0).coef[0] == pytest.approx(y.mean())
    # Unpenalized intercept: a huge L2 flattens the curve to the mean.
    flat = fit(x, y, 5, l2=1e9)
    np.testing.assert_allclose(flat.predict(x), y.mean(), atol=1e-6)
    # Penalized intercept: the whole polynomial goes to zero.
    zero = fit(x, y, 5, l2=1e9, penalize_intercept=True)
    np.testing.assert_allclose(zero.coef, 0.0, atol=1e-7)


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(2, 40), degree=st.integers(0, 12))
def test_point_order_does_not_matter(seed, n, degree):
    x, y = sin_data(n, seed=seed)
    perm = np.random.default_rng(seed + 1).permutation(n)
    for l1, l2 in [(0.0, 0.0), (0.0, 1e-3), (1e-3, 0.0), (1e-3, 1e-3)]:
        a = fit(x, y, degree, l1=l1, l2=l2, basis="legendre")
        b = fit(x[perm], y[perm], degree, l1=l1, l2=l2, basis="legendre")
        # Unpenalized, a square system of condition kappa leaves the fitted values
        # uncertain by about eps kappa max|y| (6e-8 at kappa = 1.5e9, 13 points).
        # With fewer points than coefficients the fit interpolates as the
        # degree N - 1 one does, whose condition then counts.
        kappa = a.condition if a.is_unique else fit(x, y, n - 1, basis="legendre").condition
        rounding = 4 * EPS * kappa * float(np.max(np.abs(y))) if l1 == l2 == 0 else 0.0
        atol = 1e-8 + (rounding if math.isfinite(rounding) else 0.0)
        np.testing.assert_allclose(a.predict(x), b.predict(x), rtol=1e-7, atol=atol)
        # A near-interpolating fit's objective is its residuals' rounding, squared.
        assert a.objective == pytest.approx(b.objective, rel=1e-8, abs=max(1e-14, atol**2))


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    n=st.integers(1, 40),
    degree=st.integers(0, 12),
    factor=st.floats(-1e3, 1e3).filter(lambda f: abs(f) > 1e-3),
)
def test_scaling_y_scales_least_squares(seed, n, degree, factor):
    x, y = sin_data(n, seed=seed)
    a = fit(x, y, degree, basis="legendre")
    b = fit(x, factor * y, degree, basis="legendre")
    np.testing.assert_allclose(b.coef, factor * a.coef, rtol=1e-6, atol=1e-8 * abs(factor))


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    degree=st.integers(0, 12),
    basis=st.sampled_from(BASES),
    lo=st.floats(-50, 50),
    width=st.floats(0.1, 20),
)
def test_coef_x_evaluates_to_the_same_curve(seed, degree, basis, lo, width):
    domain = Domain(lo, lo + width)
    rng = np.random.default_rng(seed)
    x = rng.uniform(domain.lo, domain.hi, 30)
    y = rng.normal(size=30)
    result = fit(x, y, degree, l2=1e-3, basis=basis, domain=domain)
    grid = np.linspace(domain.lo, domain.hi, 50)
    via_x = np.polynomial.polynomial.polyval(grid, result.coef_x)
    # Powers of x far from 0 cancel; rounding is bounded by eps * sum_k |a_k| |x|^k.
    bound = np.polynomial.polynomial.polyval(np.abs(grid), np.abs(result.coef_x))
    scale = np.maximum(bound, np.abs(result.predict(grid)))
    assert np.all(np.abs(via_x - result.predict(grid)) <= 1e-12 * (degree + 1) * scale + 1e-12)


def test_bases_span_the_same_polynomials():
    x, y = sin_data(100, seed=8)
    mono = fit(x, y, 9, basis="monomial")
    leg = fit(x, y, 9, basis="legendre")
    grid = np.linspace(0, 1, 200)
    np.testing.assert_allclose(mono.predict(grid), leg.predict(grid), atol=1e-8)
    np.testing.assert_allclose(to_power_basis(leg.coef, "legendre"), mono.coef, atol=1e-6)


def test_domain_mapping_and_warm_start_do_not_change_the_answer():
    x, y = sin_data(200, seed=6, lo=-3.0, hi=5.0)
    domain = Domain(-3.0, 5.0)
    reduced = reduce(x, y, 20, "monomial", domain)
    cold = solve(reduced, l1=1e-5)
    warm = solve(reduced, l1=1e-5, warm_start=solve(reduced, l1=2e-5))
    cold_value, warm_value = (
        result_from_coef(c, reduced, None, 1e-5, 0.0, False).objective for c in (cold, warm)
    )
    assert warm_value == pytest.approx(cold_value, rel=1e-12)
    np.testing.assert_allclose(domain.to_unit([-3.0, 1.0, 5.0]), [-1.0, 0.0, 1.0])


@pytest.mark.parametrize("seed", [0, 1, 5])
def test_l1_path_in_either_direction_reaches_the_cold_optimum_at_degree_30(seed):
    # Tiny l1 at degree 30 in the monomial basis (condition ~1e11): gradient
    # rounding used to hide optimality violations worth 1e-3 of the objective,
    # so the answer depended on the warm start.
    x, y = sin_data(800, seed=seed)
    reduced = reduce(x, y, 30)
    lambdas = np.logspace(-10, -6, 9)

    def along(order):
        coef, out = None, {}
        for lam in order:
            coef = out[lam] = solve(reduced, l1=lam, warm_start=coef)
        return out

    down, up = along(lambdas[::-1]), along(lambdas)
    for lam in lambdas:
        values = [
            result_from_coef(c, reduced, None, lam, 0.0, False).objective
            for c in (solve(reduced, l1=lam), down[lam], up[lam])
        ]
        assert max(values) <= min(values) * (1 + 1e-9), f"l1={lam:.0e}: {values}"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"degree": -1}, "degree must be from 0 to 30, got -1"),
        ({"degree": MAX_DEGREE + 1}, "degree must be from 0 to 30, got 31"),
        ({"degree": 2.5}, "degree must be an integer"),
        ({"l1": -1.0}, "l1 must be a finite number >= 0, got -1.0"),
        ({"l2": math.nan}, "l2 must be a finite number >= 0, got nan"),
        ({"l2": "much"}, "l2 must be a number >= 0, got 'much'"),
        ({"basis": "chebyshev"}, "basis must be one of monomial, legendre, got 'chebyshev'"),
    ],
)
def test_invalid_arguments_name_the_argument(kwargs, message):
    args = {"degree": 3, "l1": 0.0, "l2": 0.0, "basis": "monomial"} | kwargs
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(".", r"\.")):
        fit([0.1, 0.2], [1.0, 2.0], **args)


def test_invalid_points_and_domains():
    with pytest.raises(ValueError, match="at least 1"):
        fit([], [], 2)
    with pytest.raises(ValueError, match="finite"):
        fit([0.1, math.inf], [1.0, 2.0], 1)
    with pytest.raises(ValueError, match="one length"):
        fit([0.1, 0.2], [1.0], 1)
    with pytest.raises(ValueError, match="lo < hi"):
        Domain(1.0, 1.0)
    with pytest.raises(ValueError, match="finite"):
        Domain(0.0, math.inf)


def test_symmetric_data_gives_an_exact_zero_not_rounding_noise():
    # Odd data about the domain's centre: with L1 the even coefficient k = 2 is exactly 0.
    x = np.array([0.0, 0.25, 0.5, 0.75, 1.0])
    y = np.array([0.1, 1.2, 0.05, -1.0, 0.0])
    result = fit(x, y, 3, l1=0.01)
    assert result.coef[2] == 0.0
    assert result.n_zero == 1
    worst, _ = kkt_violation(x, y, 3, "monomial", 0.01, 0.0, result.coef)
    assert worst < 1e-9


@pytest.mark.parametrize("basis", BASES)
@pytest.mark.parametrize("n", [3, 12, 31, 100])
def test_truncated_reduction_equals_a_fresh_one(n, basis):
    x, y = sin_data(n, seed=n)
    full = reduce(x, y, MAX_DEGREE, basis)
    rng = np.random.default_rng(0)
    for degree in (0, 2, 7, 11, 30):
        fresh = reduce(x, y, degree, basis)
        cut = full.truncated(degree)
        assert cut.rank == fresh.rank
        for _ in range(3):
            coef = rng.normal(size=degree + 1)
            assert cut.sum_squares(coef) == pytest.approx(fresh.sum_squares(coef), rel=1e-9)
        np.testing.assert_allclose(solve(cut, 1e-3, 1e-4), solve(fresh, 1e-3, 1e-4), atol=1e-8)


@pytest.mark.parametrize("basis", BASES)
def test_max_abs_slope_matches_finite_differences(basis):
    x, y = sin_data(30, seed=1, lo=2.0, hi=6.0)
    result = fit(x, y, 7, l2=1e-5, basis=basis, domain=Domain(2.0, 6.0))
    grid = np.linspace(2.0, 6.0, 200_001)
    numeric = np.max(np.abs(np.gradient(result.predict(grid), grid)))
    assert result.max_abs_slope(n_grid=20_001) == pytest.approx(numeric, rel=1e-3)


def _repeated_points_problems(count: int, seed: int):
    """Pure lasso with a tiny l1 where the points fix fewer directions than coefficients."""
    rng = np.random.default_rng(seed)
    for _ in range(count):
        degree = int(rng.integers(2, MAX_DEGREE + 1))
        n = int(rng.integers(2, degree + 1))  # N below D + 1 ...
        distinct = int(rng.integers(1, n))  # ... and repeated x
        # Dyadic x keep z = 2 x - 1 exact, so Phi is the same for both solvers.
        nodes = rng.choice(257, size=distinct, replace=False) / 256.0
        x = rng.permutation(np.concatenate([nodes, rng.choice(nodes, n - distinct)]))
        noise = 0.0 if rng.random() < 0.5 else 0.2
        y = np.sin(2 * np.pi * x) + noise * rng.normal(size=n)
        basis = str(rng.choice(BASES))
        l1_values = sorted(float(v) for v in 10.0 ** rng.uniform(-12, -6, 3))
        yield x, y, degree, basis, bool(rng.random() < 0.2), l1_values


@pytest.mark.parametrize("chunk", range(3))
def test_tiny_l1_on_repeated_points_reaches_the_extended_precision_optimum(chunk):
    # Gradient rounding (eps ||A|| ||coef||, about 1e-7 here) is far above l1, so
    # the search must not trust residuals recomputed from huge coefficients.
    for x, y, degree, basis, pen0, l1_values in _repeated_points_problems(14, seed=40 + chunk):
        phi = design(x, degree, basis)
        mask = penalty_mask(degree + 1, pen0)
        reference = lasso_path(phi, y, l1_values, mask)
        reduced = reduce(x, y, degree, basis)
        for l1 in l1_values:
            coef, info = solve_with_info(reduced, l1, 0.0, pen0)
            ours, best = objective(phi, y, coef, l1, mask), reference[l1].objective
            case = f"D={degree} N={x.size} distinct={np.unique(x).size} {basis} l1={l1:.1e}"
            # (The floor covers a constant fit, whose optimum is exactly 0.)
            assert ours - best <= 1e-9 * best + 1e-24, f"{case}: {float(ours - best):.2e} above"
            assert info.converged, case


def test_tiny_l1_regression_case_with_nineteen_distinct_points_at_degree_29():
    # The search used to stop 2.8e-6 (relative) above the optimum here, with a
    # support that differed in two coefficients from the optimal one.
    rng = np.random.default_rng(93)
    degree = int(rng.integers(8, 31))
    n = int(rng.integers(3, degree + 1))
    distinct = int(rng.integers(2, n + 1))
    nodes = rng.choice(257, size=distinct, replace=False) / 256.0
    x = np.concatenate([nodes, rng.choice(nodes, size=n - distinct)])
    noise = 0.0 if rng.random() < 0.5 else 0.2
    y = np.sin(2 * np.pi * x) + noise * rng.normal(size=n)
    assert (degree, n, distinct) == (29, 29, 19)
    l1 = 1.1e-12
    phi = design(x, degree, "monomial")
    mask = penalty_mask(degree + 1, False)
    best = lasso_path(phi, y, [l1], mask)[l1].objective
    ours = objective(phi, y, fit(x, y, degree, l1=l1).coef, l1, mask)
    assert ours <= best * (1 + 1e-12)


def _thirty_one_points():
    # 31 distinct points at degree 30 (monomial): the exact condition number is
    # 2.3e14, just above numpy's rank cut-off 1 / (eps N) = 1.45e14.
    return sin_data(31, seed=5)


def test_full_rank_design_just_past_the_rank_cut_off_fits_like_a_qr_solve():
    x, y = _thirty_one_points()
    phi = design(x, 30, "monomial")
    result = fit(x, y, 30)
    assert result.rank == 31 and result.is_unique
    # The condition number is reported (scipy's SVD of the same matrix agrees).
    s = scipy.linalg.svdvals(phi)
    assert result.condition == pytest.approx(s[0] / s[-1], rel=0.05)
    assert 1.4e14 < result.condition < 3e14
    # A plain full-rank solve (QR, then back substitution) is the yardstick;
    # the fit truncated at the cut-off is 1e5 times worse.
    q, r = np.linalg.qr(phi)
    qr_coef = scipy.linalg.solve_triangular(r, q.T @ y)
    ours, qr, truncated = (
        objective(phi, y, c, 0.0, np.ones(31, bool))
        for c in (result.coef, qr_coef, np.linalg.lstsq(phi, y, rcond=None)[0])
    )
    assert ours <= 2 * qr
    assert truncated > 1e3 * ours


def test_points_closer_than_rounding_stay_truncated_and_say_so():
    x, y = _thirty_one_points()
    x[3] = x[4] + 1e-13  # distinct, so full rank in exact arithmetic, but beyond double precision
    phi = design(x, 30, "monomial")
    near = fit(x, y, 30)
    assert near.rank == 31 and near.is_unique and near.condition > 1e16
    # Fitting the rounding noise would need coefficients near 1e16; the
    # truncated minimum-norm fit is kept, and is as good as numpy's.
    reference = np.linalg.lstsq(phi, y, rcond=None)[0]
    mask = np.ones(31, bool)
    ours, theirs = (objective(phi, y, c, 0.0, mask) for c in (near.coef, reference))
    assert ours <= theirs * (1 + 1e-6)
    assert near.max_abs_coef < 1e12
    x[3] = x[4]  # an exact repeat: rank 30, not unique, no condition number
    repeat = fit(x, y, 30)
    assert repeat.rank == 30 and not repeat.is_unique and repeat.condition == math.inf


@pytest.mark.parametrize("basis", BASES)
def test_rank_counts_distinct_points_up_to_the_number_of_coefficients(basis):
    x = np.repeat([0.1, 0.4, 0.9], 5)
    y = np.arange(15.0)
    for degree, rank in [(0, 1), (1, 2), (2, 3), (6, 3)]:
        reduced = reduce(x, y, degree, basis)
        assert reduced.rank == rank == reduced.numerical_rank
        assert reduce(x, y, 30, basis).truncated(degree).rank == rank


def test_solve_reports_method_status_and_steps():
    x, y = sin_data(200, seed=4)
    reduced = reduce(x, y, 12)
    coef, info = solve_with_info(reduced, 0.0, 1e-3)
    assert (info.method, info.status, info.n_iter, info.converged) == ("direct", "optimal", 0, True)
    np.testing.assert_array_equal(coef, solve(reduced, 0.0, 1e-3))
    coef, info = solve_with_info(reduced, 1e-4, 0.0)
    assert info.method == "active_set" and info.status == "optimal" and info.n_iter > 0
    warm, warm_info = solve_with_info(reduced, 1e-4, 0.0, warm_start=coef)
    assert warm_info.status == "optimal" and warm_info.n_iter < info.n_iter
    np.testing.assert_allclose(warm, coef, rtol=1e-9, atol=1e-12)
    result = fit(x, y, 12, l1=1e-4)
    assert (result.solver_method, result.solver_status) == ("active_set", "optimal")
    assert result.n_iter == info.n_iter and result.solver_converged


def _far_start_case(seed: int, kind: str):
    """A random problem and a start ~1e6 from anything sensible (as a stress run drew them)."""
    rng = np.random.default_rng(seed)
    preset = ("sin", "cubic", "step", "runge", "line")[seed % 5]
    n, degree = int(rng.integers(3, 40)), int(rng.integers(0, 31))
    points = generate(preset, n, 0, 0.3, seed)
    reduced = reduce(points.x, points.y, degree, ("monomial", "legendre")[seed % 2])
    l1 = float(10 ** rng.uniform(-10, 0))
    l2 = float(rng.choice([0.0, 0.0, 1e-8, 1e-3]))
    penalize_intercept = bool(rng.integers(2))
    for name in ("normal", "ones", "uniform"):
        start = {
            "normal": rng.normal(0, 1e6, degree + 1),
            "ones": np.full(degree + 1, 1e6),
            "uniform": rng.uniform(-1e6, 1e6, degree + 1),
        }[name]
        if name == kind:
            return reduced, l1, l2, penalize_intercept, start
    raise AssertionError(kind)


@pytest.mark.parametrize(
    ("seed", "kind"), [(63, "ones"), (94, "uniform"), (141, "uniform"), (172, "normal")]
)
def test_a_far_warm_start_that_reaches_the_optimum_says_so(seed, kind):
    # Found by review: the search came back with the cold fit's coefficients
    # but said "no_progress", judging by residuals that still carried the far
    # start's rounding. Now the optimality test is made on a fresh residual.
    reduced, l1, l2, penalize_intercept, start = _far_start_case(seed, kind)
    cold, cold_info = solve_with_info(reduced, l1, l2, penalize_intercept)
    warm, info = solve_with_info(reduced, l1, l2, penalize_intercept, warm_start=start)
    assert cold_info.status == info.status == "optimal" and info.converged
    np.testing.assert_allclose(warm, cold, rtol=1e-9, atol=1e-12)
    # The optimality conditions from scratch, in the original coefficients.
    mask = np.ones(warm.size, bool)
    mask[0] = penalize_intercept
    grad = (2 / reduced.n_samples) * reduced.r.T @ (reduced.r @ warm - reduced.qty)
    grad[mask] += 2 * l2 * warm[mask]
    at_zero = mask & (warm == 0)
    assert np.all(np.abs(grad[at_zero]) <= l1 * (1 + 1e-8))


def test_step_cap_is_reported_and_returns_the_best_point_seen(monkeypatch):
    import core.polyfit as polyfit

    x, y = sin_data(300, seed=2)
    reduced = reduce(x, y, 30)
    optimum = result_from_coef(solve(reduced, 1e-6), reduced, None, 1e-6, 0.0, False).objective
    monkeypatch.setattr(polyfit, "STEPS_PER_COEF", 0)
    coef, info = solve_with_info(reduced, 1e-6)
    assert (info.status, info.n_iter, info.converged) == ("iteration_limit", 0, False)
    capped = result_from_coef(coef, reduced, None, 1e-6, 0.0, False, info)
    assert capped.solver_status == "iteration_limit" and not capped.solver_converged
    assert np.all(np.isfinite(coef)) and capped.objective >= optimum


def test_a_reduction_is_read_only():
    # Shared with worker threads: nobody may change one under another's feet.
    x, y = sin_data(20, seed=1)
    reduced = reduce(x, y, 5)
    for values in (reduced.r, reduced.qty, reduced.singular_values, reduced.truncated(3).r):
        with pytest.raises(ValueError, match="read-only"):
            values[0] = 1.0
