"""Updated QR reductions against fresh ones of the same points, and the refactor signals."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.polyfit import MAX_DEGREE, Domain, features, reduce, solve
from core.qr_update import (
    DOWNDATE_BREAK_EVEN,
    MAX_GROWTH,
    REFACTOR_GROWTH,
    RefactorNeededError,
    TrackedReduction,
    append_points,
    move_points,
    remove_points,
)

BASES = ["monomial", "legendre"]
P = MAX_DEGREE + 1


def sin_data(n: int, rng: np.random.Generator, lo: float = 0.0, hi: float = 1.0):
    x = rng.uniform(lo, hi, n)
    return x, np.sin(2 * np.pi * x) + rng.normal(0.0, 0.3, n)


def fresh(x, y, basis, domain=None) -> TrackedReduction:
    return TrackedReduction(reduce(x, y, MAX_DEGREE, basis, domain))


def assert_matches_fresh(tracked: TrackedReduction, x, y, basis, domain=None, seed=0):
    """The tracked reduction answers as a fresh reduce of the same points does.

    Tolerances are those of tests/core/test_polyfit.py: sum of squares at rel
    1e-9, penalized solves at atol 1e-8, least squares at rtol 1e-6 (normwise) /
    atol 1e-8 where it is well conditioned (full rank, condition below 1e8). Beyond that
    least squares is decided by rounding at the rank cut-off: two fresh
    reductions of the same points in another order then disagree too (in about
    1.5 % of random cases at N < 120), so only well-posed answers are compared.
    """
    red = tracked.reduced
    ref = reduce(x, y, MAX_DEGREE, basis, domain)
    # The shape of the factor is exactly reduce's, row count included.
    assert red.n_samples == ref.n_samples
    assert red.r.shape == ref.r.shape
    assert red.qty.shape == ref.qty.shape
    assert red.rss_perp >= 0.0
    if ref.n_samples <= P:
        assert red.rss_perp == 0.0
    if ref.n_samples == 0:
        return
    rng = np.random.default_rng(seed)
    for degree in (0, 3, 8, MAX_DEGREE):
        ours, theirs = red.truncated(degree), ref.truncated(degree)
        assert ours.r.shape == theirs.r.shape
        for coef in rng.normal(size=(3, degree + 1)):
            assert ours.sum_squares(coef) == pytest.approx(theirs.sum_squares(coef), rel=1e-9)
        np.testing.assert_allclose(solve(ours, 1e-3, 1e-4), solve(theirs, 1e-3, 1e-4), atol=1e-8)
        s = theirs.singular_values
        if theirs.rank == degree + 1 and s[0] / s[-1] < 1e8:
            assert ours.rank == theirs.rank
            ls_ours, ls_theirs = solve(ours), solve(theirs)
            # Normwise: a coefficient far below the largest carries the others' error.
            gap = float(np.linalg.norm(ls_ours - ls_theirs))
            assert gap <= 1e-6 * float(np.linalg.norm(ls_theirs)) + 1e-8
            best = theirs.sum_squares(ls_theirs)
            assert ours.sum_squares(ls_ours) == pytest.approx(best, rel=1e-7, abs=1e-12 * (y @ y))


def apply_or_refactor(tracked, x, y, basis, update):
    """What a caller does: try the update; on RefactorNeededError or advice, reduce afresh."""
    try:
        tracked = update(tracked)
    except RefactorNeededError as exc:
        # Only points that are in the set are ever removed here.
        assert "not among the points" not in exc.reason
        return fresh(x, y, basis), True
    if tracked.should_refactor:
        return fresh(x, y, basis), True
    return tracked, False


# ----------------------------------------------------------------- appending
@pytest.mark.parametrize("basis", BASES)
@pytest.mark.parametrize("n0", [0, 1, 5, P - 1, P, P + 1, 40])
@pytest.mark.parametrize("k", [1, 3, 40])
def test_append_gives_what_reduce_gives_row_count_included(n0, k, basis):
    rng = np.random.default_rng(n0 * 100 + k)
    x, y = sin_data(n0 + k, rng)
    start = fresh(x[:n0], y[:n0], basis)
    try:
        tracked = append_points(start, x[n0:], y[n0:])
    except RefactorNeededError as exc:
        # Only where the distinct points must be counted again: the set had
        # fewer than D + 1 distinct ones and the result is numerically deficient.
        assert start.reduced.n_nodes is not None and start.reduced.n_nodes < P, exc
        assert "rank deficient" in exc.reason
        return
    assert tracked.n_updates == k
    assert tracked.growth == 2.0
    assert tracked.reduced.r.shape == (min(n0 + k, P), P)
    assert_matches_fresh(tracked, x, y, basis)


@pytest.mark.parametrize("basis", BASES)
def test_appending_one_point_at_a_time_from_nothing(basis):
    rng = np.random.default_rng(1)
    x, y = sin_data(120, rng)
    tracked = fresh([], [], basis)
    last_fresh = -1  # the index of the last point a fresh reduction took in
    for i in range(x.size):
        try:
            tracked = append_points(tracked, x[i : i + 1], y[i : i + 1])
        except RefactorNeededError as exc:
            # As a caller does: reduce the points afresh (cheap at this size).
            assert i < 2 * P and "rank deficient" in exc.reason
            last_fresh = i
            tracked = fresh(x[: i + 1], y[: i + 1], basis)
        if i in (0, 10, P - 1, P, P + 1, 119):
            assert_matches_fresh(tracked, x[: i + 1], y[: i + 1], basis, seed=i)
    assert tracked.n_updates == x.size - 1 - last_fresh
    assert tracked.growth == 1.0 + tracked.n_updates
    assert tracked.should_refactor == (tracked.growth > REFACTOR_GROWTH)


@pytest.mark.parametrize("basis", BASES)
def test_appends_stay_exact_up_to_the_growth_limit_then_ask_for_a_refactor(basis):
    rng = np.random.default_rng(2)
    x, y = sin_data(1000 + int(MAX_GROWTH), rng)
    tracked = fresh(x[:1000], y[:1000], basis)
    for i in range(1000, x.size - 1):
        tracked = append_points(tracked, x[i : i + 1], y[i : i + 1])
    assert tracked.growth == MAX_GROWTH
    assert_matches_fresh(tracked, x[:-1], y[:-1], basis)
    with pytest.raises(RefactorNeededError, match="updates since the last fresh reduction"):
        append_points(tracked, x[-1:], y[-1:])


def test_appending_to_too_few_distinct_points_asks_for_a_fresh_count():
    # Found by review: the docstring named only the growth limit. 12 points at
    # 3 distinct x and one more at degree 30: the factor is rank deficient and
    # the new count of distinct x needs the points themselves.
    x = np.repeat([0.1, 0.5, 0.9], 4)
    tracked = fresh(x, np.arange(12.0), "monomial")
    assert tracked.reduced.n_nodes == 3
    with pytest.raises(RefactorNeededError, match="rank deficient") as info:
        append_points(tracked, [0.3], [1.0])
    assert tracked.growth + 1.0 <= MAX_GROWTH  # not the growth limit
    refreshed = fresh(np.append(x, 0.3), np.append(np.arange(12.0), 1.0), "monomial")
    assert refreshed.reduced.rank == 4, info.value.reason


def test_appending_nothing_is_free():
    rng = np.random.default_rng(3)
    tracked = fresh(*sin_data(50, rng), "legendre")
    assert append_points(tracked, [], []) is tracked
    assert remove_points(tracked, [], []) is tracked


def test_append_keeps_domain_and_basis():
    rng = np.random.default_rng(4)
    domain = Domain(-3.0, 5.0)
    x, y = sin_data(300, rng, -3.0, 5.0)
    tracked = TrackedReduction(reduce(x[:200], y[:200], MAX_DEGREE, "legendre", domain))
    tracked = append_points(tracked, x[200:], y[200:])
    assert tracked.reduced.domain == domain
    assert tracked.reduced.basis == "legendre"
    assert_matches_fresh(tracked, x, y, "legendre", domain)


# ------------------------------------------------------------------ removing
@pytest.mark.parametrize("basis", BASES)
def test_remove_matches_a_fresh_reduction(basis):
    rng = np.random.default_rng(5)
    x, y = sin_data(2000, rng)
    tracked = fresh(x, y, basis)
    keep = np.ones(x.size, dtype=bool)
    for i in rng.choice(x.size, 40, replace=False):
        tracked = remove_points(tracked, x[i : i + 1], y[i : i + 1])
        keep[i] = False
    assert tracked.n_updates == 40
    assert 40 < tracked.growth < REFACTOR_GROWTH
    assert_matches_fresh(tracked, x[keep], y[keep], basis)


@pytest.mark.parametrize("basis", BASES)
def test_remove_several_at_once_when_n_is_large(basis):
    rng = np.random.default_rng(6)
    x, y = sin_data(5000, rng)
    drop = rng.choice(x.size, 5, replace=False)
    tracked = remove_points(fresh(x, y, basis), x[drop], y[drop])
    assert tracked.n_updates == 5
    assert_matches_fresh(tracked, np.delete(x, drop), np.delete(y, drop), basis)


def test_removing_many_points_asks_for_a_fresh_reduction_instead():
    rng = np.random.default_rng(7)
    x, y = sin_data(1000, rng)
    k = 1000 // DOWNDATE_BREAK_EVEN + 1
    with pytest.raises(RefactorNeededError, match="a fresh reduction is cheaper"):
        remove_points(fresh(x, y, "legendre"), x[:k], y[:k])


def test_remove_then_append_undoes_to_the_original():
    rng = np.random.default_rng(8)
    x, y = sin_data(500, rng)
    tracked = fresh(x, y, "monomial")
    for i in range(0, 500, 50):
        # A click undone and redone: removal and append of the same point.
        tracked = remove_points(tracked, x[i : i + 1], y[i : i + 1])
        tracked = append_points(tracked, x[i : i + 1], y[i : i + 1])
    assert tracked.n_updates == 20
    assert_matches_fresh(tracked, x, y, "monomial")


@pytest.mark.parametrize("basis", BASES)
def test_removal_down_to_zero_points(basis):
    rng = np.random.default_rng(9)
    x, y = sin_data(80, rng)
    tracked = fresh(x, y, basis)
    downdated = refactored = 0
    while x.size:
        i = int(rng.integers(x.size))
        point = (x[i : i + 1].copy(), y[i : i + 1].copy())
        x, y = np.delete(x, i), np.delete(y, i)
        tracked, again = apply_or_refactor(
            tracked, x, y, basis, lambda t, point=point: remove_points(t, *point)
        )
        refactored += again
        downdated += not again
        assert_matches_fresh(tracked, x, y, basis, seed=x.size)
    assert tracked.reduced.n_samples == 0
    assert tracked.reduced.r.shape == (0, P)
    # Some removals are downdates, and the last P + 1 always need a fresh reduction.
    assert downdated > 0
    assert refactored >= P + 1


# -------------------------------------------------------------------- moving
@pytest.mark.parametrize("basis", BASES)
def test_move_matches_a_fresh_reduction(basis):
    rng = np.random.default_rng(10)
    x, y = sin_data(1500, rng)
    tracked = fresh(x, y, basis)
    for _ in range(20):
        i = int(rng.integers(x.size))
        new_x, new_y = rng.uniform(0.0, 1.0), rng.normal()
        tracked = move_points(tracked, x[i : i + 1], y[i : i + 1], [new_x], [new_y])
        x[i], y[i] = new_x, new_y
    assert tracked.n_updates == 40
    assert_matches_fresh(tracked, x, y, basis)


def test_drag_from_a_base_without_the_point_does_not_accumulate_growth():
    # The pattern for a drag: downdate the point once, then append each position to that base.
    rng = np.random.default_rng(11)
    x, y = sin_data(3000, rng)
    base = remove_points(fresh(x, y, "monomial"), x[:1], y[:1])
    for step in range(200):
        x[0], y[0] = 0.5 + 0.4 * math.sin(step / 10), math.cos(step / 7)
        shown = append_points(base, x[:1], y[:1])
    assert shown.growth == base.growth + 1.0
    assert_matches_fresh(shown, x, y, "monomial")


def test_move_lengths_must_agree():
    tracked = fresh(*sin_data(100, np.random.default_rng(12)), "legendre")
    with pytest.raises(ValueError, match="x_old and x_new must have one length, got 1 and 2"):
        move_points(tracked, [0.1], [0.2], [0.3, 0.4], [0.5, 0.6])


# ----------------------------------------------------------- hypothesis mixes
@settings(max_examples=100, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    n0=st.integers(0, 400),
    basis=st.sampled_from(BASES),
    ops=st.lists(st.sampled_from(["add", "add3", "remove", "move"]), min_size=1, max_size=25),
)
def test_any_sequence_of_edits_matches_a_fresh_reduction(seed, n0, basis, ops):
    rng = np.random.default_rng(seed)
    x, y = sin_data(n0, rng)
    tracked = fresh(x, y, basis)
    n_updates = 0
    for op in ops:
        if op.startswith("add") or x.size == 0:
            k = 3 if op == "add3" else 1
            new_x, new_y = sin_data(k, rng)
            x, y = np.concatenate([x, new_x]), np.concatenate([y, new_y])

            def update(t, new_x=new_x, new_y=new_y):
                return append_points(t, new_x, new_y)

            n_step = k
        else:
            i = int(rng.integers(x.size))
            old = (x[i : i + 1].copy(), y[i : i + 1].copy())
            if op == "remove":
                x, y = np.delete(x, i), np.delete(y, i)

                def update(t, old=old):
                    return remove_points(t, *old)

                n_step = 1
            else:
                x, y = x.copy(), y.copy()
                x[i], y[i] = rng.uniform(0.0, 1.0), rng.normal()
                new = (x[i : i + 1].copy(), y[i : i + 1].copy())

                def update(t, old=old, new=new):
                    return move_points(t, *old, *new)

                n_step = 2
        tracked, refactored = apply_or_refactor(tracked, x, y, basis, update)
        n_updates = 0 if refactored else n_updates + n_step
        assert tracked.n_updates == n_updates
        assert tracked.reduced.rss_perp >= 0.0
        assert 1.0 <= tracked.growth <= REFACTOR_GROWTH
    assert_matches_fresh(tracked, x, y, basis, seed=seed % 1000)


# --------------------------------------------------- ill-conditioned and unsafe
def test_degree_30_monomial_with_clustered_points():
    # Five tight clusters: numerically fewer than 31 independent columns at degree 30.
    rng = np.random.default_rng(13)
    centres = rng.uniform(0.0, 1.0, 5)
    x = np.repeat(centres, 200) + rng.normal(0.0, 1e-3, 1000)
    y = np.sin(2 * np.pi * x) + rng.normal(0.0, 0.3, 1000)
    tracked = append_points(fresh(x[:900], y[:900], "monomial"), x[900:], y[900:])
    assert_matches_fresh(tracked, x, y, "monomial")
    # The factor is singular to rounding: a downdate would invent information.
    with pytest.raises(RefactorNeededError, match=r"singular|unsafe downdate"):
        remove_points(tracked, x[:1], y[:1])


def test_degree_30_monomial_on_a_narrow_interval_appends_exactly():
    rng = np.random.default_rng(14)
    x, y = sin_data(600, rng, 0.45, 0.55)
    tracked = fresh(x[:300], y[:300], "monomial")
    for chunk in np.array_split(np.arange(300, 600), 10):
        tracked = append_points(tracked, x[chunk], y[chunk])
    assert_matches_fresh(tracked, x, y, "monomial")


def test_unsafe_downdate_of_a_point_with_leverage_one_is_reported():
    # Degree 1: every point but one at x = 0, so the one at x = 1 alone fixes the slope.
    x = np.concatenate([np.zeros(100), [1.0]])
    y = np.concatenate([np.linspace(-1.0, 1.0, 100), [3.0]])
    tracked = TrackedReduction(reduce(x, y, 1, "legendre"))
    with pytest.raises(RefactorNeededError, match="unsafe downdate") as info:
        remove_points(tracked, [1.0], [3.0])
    assert "leverage" in info.value.reason
    # Any other point is an ordinary downdate.
    fine = remove_points(tracked, [0.0], [y[3]])
    ref = reduce(np.delete(x, 3), np.delete(y, 3), 1, "legendre")
    np.testing.assert_allclose(solve(fine.reduced), solve(ref), rtol=1e-12, atol=1e-14)


def test_unsafe_downdate_of_a_lone_far_point_at_degree_30():
    # 300 points on [0, 0.5] and one at x = 1: that point decides the fit's right end.
    rng = np.random.default_rng(15)
    x = np.concatenate([rng.uniform(0.0, 0.5, 300), [1.0]])
    y = np.sin(2 * np.pi * x)
    tracked = fresh(x, y, "legendre")
    with pytest.raises(RefactorNeededError, match=r"unsafe downdate|amplify rounding errors"):
        remove_points(tracked, [1.0], [y[-1]])


def test_no_more_points_than_coefficients_cannot_be_downdated():
    # P points interpolate at degree 30: the augmented factor has alpha = 0.
    rng = np.random.default_rng(16)
    x, y = sin_data(P + 1, rng)
    with pytest.raises(RefactorNeededError, match=f"{P} points would remain"):
        remove_points(fresh(x, y, "legendre"), x[:1], y[:1])
    # From P + 2 points down to P + 1 the downdate may go ahead (or be refused).
    x, y = sin_data(P + 2, rng)
    tracked, _ = apply_or_refactor(
        fresh(x, y, "legendre"), x[1:], y[1:], "legendre", lambda t: remove_points(t, x[:1], y[:1])
    )
    assert_matches_fresh(tracked, x[1:], y[1:], "legendre")


def test_repeated_x_makes_the_factor_singular():
    x = np.repeat(np.linspace(0.0, 1.0, 10), 50)
    y = np.cos(3 * x) + np.random.default_rng(17).normal(0.0, 0.1, x.size)
    tracked = fresh(x, y, "legendre")
    with pytest.raises(RefactorNeededError, match=r"singular|unsafe downdate"):
        remove_points(tracked, x[:1], y[:1])
    # Every point at the domain's centre: the odd Legendre columns are exactly 0.
    centre = TrackedReduction(reduce(np.full(50, 0.5), np.arange(50.0), 3, "legendre"))
    with pytest.raises(RefactorNeededError, match="the factor is singular"):
        remove_points(centre, [0.5], [7.0])
    # At a degree the points do determine, the same removal is an ordinary downdate.
    low = TrackedReduction(reduce(x, y, 5, "legendre"))
    ref = reduce(x[1:], y[1:], 5, "legendre")
    np.testing.assert_allclose(
        solve(remove_points(low, x[:1], y[:1]).reduced), solve(ref), rtol=1e-10, atol=1e-12
    )


def test_removing_a_point_that_was_never_there_is_caught():
    rng = np.random.default_rng(18)
    x, y = sin_data(2000, rng)
    tracked = fresh(x, y, "legendre")
    with pytest.raises(RefactorNeededError, match=r"not among the points|unsafe downdate"):
        remove_points(tracked, [0.5], [1e6])


def test_rss_perp_never_goes_negative_on_exact_polynomial_data():
    # y is exactly a cubic: rss_perp is rounding noise and removals must not push it below 0.
    rng = np.random.default_rng(19)
    x = rng.uniform(0.0, 1.0, 3000)
    y = 1.0 - 2.0 * x + 0.5 * x**3
    tracked = fresh(x, y, "legendre")
    for i in range(30):
        tracked = remove_points(tracked, x[i : i + 1], y[i : i + 1])
        assert tracked.reduced.rss_perp >= 0.0
    assert tracked.reduced.rss_perp <= 1e-20 * float(y @ y)
    assert_matches_fresh(tracked, x[30:], y[30:], "legendre")


def test_long_removal_run_at_moderate_n_is_flagged_before_accuracy_is_lost():
    rng = np.random.default_rng(20)
    x, y = sin_data(300, rng)
    tracked = fresh(x, y, "monomial")
    removed = 0
    while not tracked.should_refactor:
        tracked = remove_points(tracked, x[removed : removed + 1], y[removed : removed + 1])
        removed += 1
    # Each removal at N ~ 300 amplifies errors by 1 / alpha ~ 1.05: flagged early.
    assert 10 < removed < 60
    assert_matches_fresh(tracked, x[removed:], y[removed:], "monomial")


@pytest.mark.parametrize("basis", BASES)
def test_rank_and_condition_after_edits_at_large_n_equal_a_fresh_reductions(basis):
    # At N = 100,000 the monomial features at degree 30 sit just past numpy's
    # rank cut-off 1 / (eps N): what is reported as rank and condition, and
    # the least-squares fit built on them, must not change because of an edit.
    rng = np.random.default_rng(23)
    x, y = sin_data(100_000, rng)
    tracked = fresh(x[:-1], y[:-1], basis)
    edits = [
        (lambda t: append_points(t, x[-1:], y[-1:]), x, y),
        (lambda t: remove_points(t, x[:1], y[:1]), x[1:-1], y[1:-1]),
        (
            lambda t: move_points(t, x[:1], y[:1], [0.25], [0.5]),
            np.r_[0.25, x[1:-1]],
            np.r_[0.5, y[1:-1]],
        ),
    ]
    for update, xs, ys in edits:
        ours = update(tracked).reduced
        ref = reduce(xs, ys, MAX_DEGREE, basis)
        assert ours.rank == ref.rank
        assert ours.condition == pytest.approx(ref.condition, rel=1e-3)
        np.testing.assert_allclose(
            solve(ours.truncated(12)), solve(ref.truncated(12)), rtol=1e-7, atol=1e-9
        )
        assert ours.sum_squares(solve(ours)) == pytest.approx(ref.sum_squares(solve(ref)), rel=1e-9)


def test_independent_reference_numpy_lstsq():
    rng = np.random.default_rng(21)
    x, y = sin_data(800, rng)
    tracked = fresh(x[:500], y[:500], "legendre")
    tracked = append_points(tracked, x[500:], y[500:])
    for i in range(0, 40, 2):
        tracked = remove_points(tracked, x[i : i + 1], y[i : i + 1])
    keep = np.ones(800, dtype=bool)
    keep[0:40:2] = False
    phi = features(Domain().to_unit(x[keep]), 12, "legendre")
    expected, residual, _, _ = np.linalg.lstsq(phi, y[keep], rcond=None)
    cut = tracked.reduced.truncated(12)
    np.testing.assert_allclose(solve(cut), expected, rtol=1e-10, atol=1e-12)
    assert cut.sum_squares(solve(cut)) == pytest.approx(float(residual[0]), rel=1e-10)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (([0.1, 0.2], [1.0]), "x and y must be 1-D arrays of one length"),
        (([0.1, math.nan], [1.0, 2.0]), "points must be finite"),
        (([[0.1]], [[1.0]]), "x and y must be 1-D arrays of one length"),
    ],
)
def test_invalid_points_name_the_problem(args, message):
    tracked = fresh(*sin_data(100, np.random.default_rng(22)), "legendre")
    for update in (append_points, remove_points):
        with pytest.raises(ValueError, match=message):
            update(tracked, *args)
