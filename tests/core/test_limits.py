"""Tests of the limits: exactly at each bound everything fits finitely, one step beyond is refused.

Each bound is tested at the last accepted float and the first refused one
(``nextafter``), through every door a value comes in by: the check itself,
`Domain` and `fit`, `SessionData`, the session loader and the CSV reader.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
import sys
import threading
import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core import limits, polyfit, session_file
from core import validation as v
from core.datasets import generate
from core.limits import (
    MAX_ABS_X,
    MAX_ABS_Y,
    MAX_ABS_Z,
    MAX_FILE_BYTES,
    MAX_GENERATED_POINTS,
    MAX_NOISE,
    MAX_POINTS,
    MAX_STRENGTH,
    MIN_DOMAIN_WIDTH,
    MIN_RELATIVE_WIDTH,
    FileReadError,
    LimitError,
)
from core.points_csv import DataFileError, PointTable, format_points_csv, parse_points_csv
from core.polyfit import BASES, Domain, fit, reduce, solve
from core.session_file import SessionData, SessionFileError, session_from_json, session_to_json
from core.settings import GeneratorSettings, ModelSettings


def _up(value: float) -> float:
    return float(np.nextafter(value, math.inf))


def _down(value: float) -> float:
    return float(np.nextafter(value, -math.inf))


def _session_text(domain: Any, points: list[dict[str, Any]], **model: Any) -> str:
    document = json.loads(session_to_json(SessionData()))
    document["domain"] = domain
    document["points"] = points
    document["model"].update(model)
    return json.dumps(document)


# --- how the limits relate --------------------------------------------------------


def test_the_limits_agree_with_each_other() -> None:
    assert polyfit.MAX_DEGREE == limits.MAX_DEGREE == 30
    # A generated set (training and test points) is a session.
    assert 2 * MAX_GENERATED_POINTS <= MAX_POINTS
    # One file limit for loading and saving.
    assert session_file.MAX_SESSION_BYTES == MAX_FILE_BYTES
    # numpy's normal deviates never exceed 14 in size, so noise keeps y in range.
    assert 1.5 + 14 * MAX_NOISE < MAX_ABS_Y


@settings(max_examples=300, deadline=None)
@given(st.floats(min_value=-MAX_ABS_Y, max_value=MAX_ABS_Y))
def test_every_number_within_the_limits_is_written_in_at_most_24_characters(value: float) -> None:
    # The basis of the byte counts below: repr is what both file formats write.
    assert len(repr(value)) <= 24


# The longest text a number within the limits has (sign, 17 digits, 3-digit exponent).
LONGEST = -1.2345678901234567e-300


def test_a_session_of_the_most_points_with_the_longest_numbers_fits_the_file_limit() -> None:
    def size(n: int) -> int:
        points = PointTable(np.full(n, LONGEST), np.full(n, LONGEST), np.zeros(n, dtype=bool))
        model = ModelSettings(l1=-LONGEST, l2=-LONGEST, noise_sigma=1.2345678901234567e-300)
        session = SessionData((-MAX_ABS_X, MAX_ABS_X), points, model)
        return len(session_to_json(session))

    per_point = (size(2000) - size(1000)) / 1000
    assert per_point == 85
    assert size(1000) - 1000 * per_point + MAX_POINTS * per_point < MAX_FILE_BYTES


def test_a_csv_of_the_most_points_with_the_longest_numbers_fits_the_file_limit() -> None:
    def size(n: int) -> int:
        table = PointTable(np.full(n, LONGEST), np.full(n, LONGEST), np.ones(n, dtype=bool))
        return len(format_points_csv(table).replace("test", "train"))

    per_row = (size(2000) - size(1000)) / 1000
    assert per_row == 56
    assert size(1000) - 1000 * per_row + MAX_POINTS * per_row < MAX_FILE_BYTES


# --- the domain -------------------------------------------------------------------


def _relative_boundary(hi: float) -> tuple[float, float]:
    """The lowest accepted lo below `hi` by the relative width rule, and the next float up."""
    least = MIN_RELATIVE_WIDTH * hi
    lo = hi - least
    while hi - lo < MIN_RELATIVE_WIDTH * max(abs(lo), hi):
        lo = _down(lo)
    while hi - _up(lo) >= MIN_RELATIVE_WIDTH * max(abs(_up(lo)), hi):
        lo = _up(lo)
    return lo, _up(lo)


@pytest.mark.parametrize(
    ("accepted", "refused", "limit"),
    [
        ((-MAX_ABS_X, MAX_ABS_X), (-MAX_ABS_X, _up(MAX_ABS_X)), "|x| <= 1e+50"),
        ((-MAX_ABS_X, MAX_ABS_X), (_down(-MAX_ABS_X), 0.0), "|x| <= 1e+50"),
        ((0.0, MIN_DOMAIN_WIDTH), (0.0, _down(MIN_DOMAIN_WIDTH)), "hi - lo >= 1e-50"),
        ((-5e-51, 5e-51), (-5e-51, _down(5e-51)), "hi - lo >= 1e-50"),
        (
            (_relative_boundary(1e15)[0], 1e15),
            (_relative_boundary(1e15)[1], 1e15),
            "hi - lo >= 1e-09 * max(|lo|, |hi|)",
        ),
        (
            (-1e15, -_relative_boundary(1e15)[0]),
            (-1e15, -_relative_boundary(1e15)[1]),
            "hi - lo >= 1e-09 * max(|lo|, |hi|)",
        ),
    ],
)
def test_a_domain_at_the_bound_is_accepted_and_one_float_beyond_refused(
    accepted: tuple[float, float], refused: tuple[float, float], limit: str
) -> None:
    assert limits.check_domain(*accepted) == accepted
    assert (Domain(*accepted).lo, Domain(*accepted).hi) == accepted
    assert SessionData(domain=accepted).domain == accepted
    assert session_from_json(_session_text(list(accepted), [])).domain == accepted
    for make in (lambda: limits.check_domain(*refused), lambda: Domain(*refused)):
        with pytest.raises(LimitError) as info:
            make()
        assert limit in str(info.value)
    with pytest.raises(SessionFileError) as load_info:
        session_from_json(_session_text(list(refused), []), "s.json")
    assert str(load_info.value).startswith("s.json: domain: [")
    assert limit in str(load_info.value)


@pytest.mark.parametrize(
    "domain",
    [
        (0.0, 1e-300),  # a width near underflow
        (0.0, 5e-324),  # a subnormal width: 2 / width overflows
        (1e15, 1e15 + 0.125),  # one ulp
        (-1e308, 1e308),  # hi - lo overflows
    ],
)
def test_the_degenerate_domains_of_the_issue_are_refused(domain: tuple[float, float]) -> None:
    with pytest.raises(LimitError, match="limit"):
        Domain(*domain)


def test_malformed_domains_are_value_errors_but_not_limit_errors() -> None:
    for domain in [(1.0, 1.0), (2.0, 1.0), (0.0, math.inf), (math.nan, 1.0)]:
        with pytest.raises(ValueError) as info:
            limits.check_domain(*domain)
        assert not isinstance(info.value, LimitError)


# --- points -----------------------------------------------------------------------

# Domain [0, 1]: z = 2 x - 1 exactly, so x = 50.5 is z = 100 and x = -49.5 is z = -100.
UNIT = (0.0, 1.0)


@pytest.mark.parametrize(
    ("field", "accepted", "refused", "domain", "limit"),
    [
        ("y", MAX_ABS_Y, _up(MAX_ABS_Y), None, "|y| <= 1e+50"),
        ("y", -MAX_ABS_Y, _down(-MAX_ABS_Y), None, "|y| <= 1e+50"),
        ("x", MAX_ABS_X, _up(MAX_ABS_X), (-MAX_ABS_X, MAX_ABS_X), "|x| <= 1e+50"),
        ("x", -MAX_ABS_X, _down(-MAX_ABS_X), (-MAX_ABS_X, MAX_ABS_X), "|x| <= 1e+50"),
        ("x", 50.5, _up(50.5), UNIT, "|z| <= 100"),
        ("x", -49.5, _down(-49.5), UNIT, "|z| <= 100"),
    ],
)
def test_a_point_at_the_bound_is_accepted_and_one_float_beyond_refused(
    field: str, accepted: float, refused: float, domain: tuple[float, float] | None, limit: str
) -> None:
    def point(value: float) -> tuple[list[float], list[float]]:
        return ([value, 0.25], [1.0, 2.0]) if field == "x" else ([0.25, 0.5], [value, 2.0])

    dom = UNIT if domain is None else domain
    assert limits.find_point_violation(*point(accepted), dom) is None
    reduce(*point(accepted), 30, "legendre", Domain(*dom))
    with pytest.raises(LimitError) as info:
        limits.check_points(*point(refused), dom)
    assert str(info.value).startswith(f"{field}[0]: {refused!r} ")
    assert limit in str(info.value)
    with pytest.raises(LimitError, match=re.escape(limit)):
        fit(*point(refused), 3, domain=Domain(*dom))

    x, y = point(refused)
    text = _session_text(
        list(dom), [{"x": a, "y": b, "role": "train"} for a, b in zip(x, y, strict=True)]
    )
    with pytest.raises(SessionFileError) as load_info:
        session_from_json(text, "s.json")
    assert str(load_info.value).startswith(f"s.json: points[0].{field}: {refused!r} ")
    assert limit in str(load_info.value)
    with pytest.raises(LimitError, match=re.escape(limit)):
        SessionData(dom, PointTable(x, y, np.zeros(2, dtype=bool)))


def test_points_beyond_x_and_y_limits_are_refused_by_the_csv_reader_naming_the_line() -> None:
    ok = parse_points_csv(f"x,y\n{MAX_ABS_X!r},{-MAX_ABS_Y!r}\n")
    assert ok.x.tolist() == [MAX_ABS_X]
    for text, expected in [
        ("x,y\n0,1\n1,1.0000000000000003e50\n", "s.csv, line 3: '1.0000000000000003e50' in "),
        ("x,y\n0,1\n1,2\n-1e51,0\n", "s.csv, line 4: '-1e51' in column x is beyond the limit"),
    ]:
        with pytest.raises(DataFileError) as info:
            parse_points_csv(text, "s.csv")
        assert str(info.value).startswith(expected)
        assert "limit |" in str(info.value)


def test_a_far_point_of_the_issue_is_refused_before_anything_overflows() -> None:
    # x = 1e12 with domain [0, 1]: z**30 would be 1e372.
    with pytest.raises(LimitError, match=r"x\[1\]: 1000000000000\.0 lies too far outside"):
        fit([0.5, 1e12], [0.0, 1.0], 30)


def test_subnormal_data_in_an_ordinary_domain_fits() -> None:
    result = fit([5e-324, 1e-310, 0.5, 1.0], [5e-324, -5e-324, 1e-300, 0.0], 3)
    assert np.isfinite(result.coef).all()


@settings(max_examples=200, deadline=None)
@given(
    lo=st.floats(-MAX_ABS_X, MAX_ABS_X),
    width=st.floats(1.0, 1e20),
    t=st.floats(-60, 60),
)
def test_the_z_the_limit_checks_is_the_z_the_fit_uses(lo: float, width: float, t: float) -> None:
    hi = lo + width
    try:
        domain = Domain(lo, hi)
    except ValueError:
        return
    x = min(max(lo + t * (hi - lo), -MAX_ABS_X), MAX_ABS_X)
    z = float(domain.to_unit(np.array([x]))[0])
    refused = limits.find_point_violation([x], [0.0], (lo, hi)) is not None
    assert refused == (abs(z) > MAX_ABS_Z)


@settings(max_examples=200, deadline=None)
@given(
    domain=st.sampled_from([(0.0, 1.0), (-3.0, 7.0), (1e15, 1e15 + 2e6), (0.0, 1e-50)]),
    t=st.lists(
        st.one_of(st.floats(-50.5, 51.5), st.sampled_from([-49.5, 50.5, 1e60, math.nan])),
        min_size=1,
        max_size=12,
    ),
    y=st.floats(-2e50, 2e50),
)
def test_the_first_violation_is_found_as_an_element_by_element_check_finds_it(
    domain: tuple[float, float], t: list[float], y: float
) -> None:
    lo, hi = domain
    x = np.array([lo + s * (hi - lo) if abs(s) < 100 else s for s in t])
    ys = np.full(x.size, 1.0)
    ys[-1] = y
    z = Domain(lo, hi).to_unit(np.where(np.abs(x) <= MAX_ABS_X, x, lo))
    bad = ~(np.abs(x) <= MAX_ABS_X) | ~(np.abs(z) <= MAX_ABS_Z) | ~(np.abs(ys) <= MAX_ABS_Y)
    found = limits.find_point_violation(x, ys, domain)
    if not bad.any():
        assert found is None
    else:
        assert found is not None and found.index == int(np.argmax(bad))


# --- settings -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "bound"),
    [
        (lambda v: ModelSettings(l1=v), MAX_STRENGTH),
        (lambda v: ModelSettings(l2=v), MAX_STRENGTH),
        (lambda v: ModelSettings(noise_sigma=v), MAX_NOISE),
        (lambda v: GeneratorSettings(noise=v), MAX_NOISE),
        (lambda v: polyfit.check_strength("l1", v), MAX_STRENGTH),
        (lambda v: generate("sin", 3, 3, v, 0), MAX_NOISE),
    ],
)
def test_settings_at_the_bound_are_accepted_and_one_float_beyond_refused(
    make: Any, bound: float
) -> None:
    make(bound)
    with pytest.raises(ValueError) as info:
        make(_up(bound))
    message = str(info.value)
    assert "limit" in message and f"{bound:g}" in message and "\n" not in message


def test_generated_data_at_the_noise_limit_stays_within_the_y_limit() -> None:
    table = generate("runge", 20_000, 20_000, MAX_NOISE, 3)
    assert np.abs(table.y).max() <= 14 * MAX_NOISE < MAX_ABS_Y
    SessionData(points=table)


def test_point_count_at_the_bound_is_accepted_and_one_more_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert limits.check_point_count(MAX_POINTS) == MAX_POINTS
    with pytest.raises(LimitError, match="2,000,001 points are beyond the limit of 2,000,000"):
        limits.check_point_count(MAX_POINTS + 1)
    # The loaders read the limit where it is defined, so a small one can stand in.
    monkeypatch.setattr(limits, "MAX_POINTS", 3)
    rows = [{"x": 0.5, "y": 1.0, "role": "train"}] * 3
    assert len(session_from_json(_session_text([0, 1], rows)).points.x) == 3
    with pytest.raises(SessionFileError) as info:
        session_from_json(_session_text([0, 1], rows * 2), "s.json")
    assert str(info.value) == "s.json: points: 6 points are beyond the limit of 3"
    with pytest.raises(LimitError):
        SessionData(points=PointTable(np.zeros(4), np.zeros(4), np.zeros(4, dtype=bool)))
    with pytest.raises(LimitError):
        format_points_csv(PointTable(np.zeros(4), np.zeros(4), np.zeros(4, dtype=bool)))
    assert len(parse_points_csv("# three\nx,y\n1,2\n\n3,4\n5,6\n").x) == 3
    with pytest.raises(DataFileError) as csv_info:
        parse_points_csv("# four\nx,y\n1,2\n\n3,4\n5,6\n# more\n7,8\n9,10\n", "s.csv")
    assert str(csv_info.value) == (
        "s.csv, line 8: more than 3 data rows, beyond the limit of 3 points"
    )


def test_a_save_over_the_file_limit_is_refused_as_the_load_would_be(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = SessionData(points=PointTable([0.5] * 20, [1.0] * 20, np.zeros(20, dtype=bool)))
    size = len(session_to_json(session))
    path = tmp_path / "s.json"
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", size)
    session_file.save_session(path, session)
    assert session_file.load_session(path) == session
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", size - 1)
    with pytest.raises(LimitError, match="the file is too large"):
        session_file.save_session(path, session)
    with pytest.raises(SessionFileError, match="the file is too large for a session"):
        session_file.load_session(path)


# --- everything downstream, at the limits ------------------------------------------


def _extreme_points(n_groups: int = 4) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Points on [0, 1] at z = -100, -1 .. 1 and 100, y = +-1e50 alternating; every 4th a test."""
    x = np.array([-49.5, 0.0, 0.25, 0.5, 0.75, 1.0, 1e-300, 50.5] * n_groups)
    y = MAX_ABS_Y * np.where(np.arange(x.size) % 2 == 0, 1.0, -1.0)
    is_test = np.arange(x.size) % 4 == 3
    return x, y, is_test


def _assert_finite(*values: Any) -> None:
    for value in values:
        assert np.isfinite(np.asarray(value, dtype=float)).all(), value


@pytest.mark.parametrize("basis", BASES)
@pytest.mark.parametrize(
    ("l1", "l2", "penalize_intercept"),
    [(0.0, 0.0, False), (1e-12, 0.0, True), (0.0, MAX_STRENGTH, False), (MAX_STRENGTH, 1e-3, True)],
)
def test_at_the_limits_every_fit_and_curve_is_finite(
    basis: str, l1: float, l2: float, penalize_intercept: bool
) -> None:
    x, y, is_test = _extreme_points()
    domain = Domain(*UNIT)
    train = ~is_test
    mean = float(np.mean(y[train]))
    assert mean != 0.0  # so a dropped intercept shows
    for degree in range(31):
        r = fit(x[train], y[train], degree, l1, l2, basis, domain, penalize_intercept,
                x[is_test], y[is_test])  # fmt: skip
        _assert_finite(r.coef, r.train_mse, r.test_mse, r.objective, r.l1_term, r.l2_term)
        if l2 == MAX_STRENGTH and not penalize_intercept and degree <= 8:
            # Up to degree 8 the largest squared feature (|P_8(100)|**2 < 1e40)
            # is far below l2 = 1e50: every penalized coefficient is crushed
            # and the free intercept is the mean of y. (A huge l2 once pushed
            # the intercept's direction below the rank cut-off: coef_0 = 0.)
            assert r.coef[0] == pytest.approx(mean, rel=1e-12)
        _assert_finite(r.max_abs_coef, r.max_abs_slope(), r.condition if r.rank > degree else 0)
    data = v.reduce_split(x, y, is_test, basis, domain)
    curve = v.errors_vs_degree(data, l1, l2, penalize_intercept)
    _assert_finite(curve.train_rmse, curve.test_rmse)
    grid = v.lambda_grid(7)
    folds = v.prepare_folds(x[train], y[train], 5, basis, domain)
    for mix in (v.penalty_mix(l1, l2)[0], v.PenaltyMix(1.0), v.PenaltyMix(0.5)):
        sweep = v.lambda_sweep(data, 30, grid, mix, penalize_intercept)
        _assert_finite(sweep.coef, sweep.train_rmse, sweep.test_rmse)
        cv = v.cross_validate(folds, 30, grid, mix, penalize_intercept)
        _assert_finite(cv.mse, cv.mse_se)
    loo = v.ridge_loo(x[train], y[train], 30, grid, basis, domain, penalize_intercept)
    _assert_finite(loo.mse, loo.mse_se)
    samples = v.bootstrap_samples(x[train], y[train], 8, basis, domain)
    _assert_finite(v.bootstrap_fits(samples, 30, l1, l2, penalize_intercept).coef)


def test_the_block_bootstrap_at_the_limits_is_finite() -> None:
    x, y, _ = _extreme_points(60)
    samples = v.bootstrap_samples(x, y, 5, "legendre", Domain(*UNIT), max_point_bootstrap=10)
    assert samples.n_blocks > 0
    for l1, l2 in [(0.0, 0.0), (1e-6, 0.0), (0.0, 1e-6)]:
        fits = v.bootstrap_fits(samples, 30, l1, l2)
        _assert_finite(fits.coef, fits.spread(np.linspace(0.0, 1.0, 50)))


def test_the_most_points_at_the_limits_fit_finitely() -> None:
    # MAX_POINTS copies of the extreme points, as their reductions counted that
    # often (as the bootstrap combines blocks): the same sums of squares a
    # session of two million such points gives, without minutes of QR.
    x, y, is_test = _extreme_points(1)
    copies = MAX_POINTS // x.size
    for basis in BASES:
        train = v.combine([reduce(x[~is_test], y[~is_test], 30, basis)], [copies])
        test = v.combine([reduce(x[is_test], y[is_test], 30, basis)], [copies])
        assert train.n_samples + test.n_samples == MAX_POINTS
        for l1, l2 in [(0.0, 0.0), (0.0, 1e-9)]:
            coef = solve(train, l1, l2)
            result = polyfit.result_from_coef(coef, train, test, l1, l2, False)
            _assert_finite(coef, result.train_mse, result.test_mse, result.objective)
    # And a real fit of many such points.
    n = 40_000
    result = fit(np.resize(x, n), np.resize(y, n), 30, basis="legendre",
                 x_test=np.resize(x, n // 4), y_test=np.resize(y, n // 4))  # fmt: skip
    _assert_finite(result.coef, result.train_mse, result.test_mse, result.objective)


# --- reading files ----------------------------------------------------------------


def test_read_file_reads_a_regular_file(tmp_path: Path) -> None:
    path = tmp_path / "f.txt"
    path.write_bytes(b"abc\x00\xff")
    assert limits.read_file(path) == b"abc\x00\xff"
    assert limits.read_file(path, max_bytes=5) == b"abc\x00\xff"
    with pytest.raises(FileReadError) as info:
        limits.read_file(path, max_bytes=4)
    assert info.value.reason == "the file is too large (5 bytes; the limit is 4 bytes)"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    outcome: list[BaseException | bytes] = []

    def read() -> None:
        try:
            outcome.append(limits.read_file(fifo))
        except BaseException as exc:  # handed over to the test thread
            outcome.append(exc)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=10)
    if reader.is_alive():
        # Let the blocked open return, so the thread ends, then fail.
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("reading a named pipe blocked")
    assert isinstance(outcome[0], FileReadError)
    assert outcome[0].reason == "is not a regular file (a named pipe); only regular files are read"


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_devices_are_refused(device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    with pytest.raises(FileReadError, match=r"is not a regular file \(a character device\)"):
        limits.read_file(device)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc")
def test_a_file_that_holds_more_than_its_size_says_is_read_only_up_to_the_cap() -> None:
    # Files in /proc report a size of 0 and hold more: the growing-file case.
    path = "/proc/self/status"
    assert os.stat(path).st_size == 0 and stat.S_ISREG(os.stat(path).st_mode)
    assert b"Name:" in limits.read_file(path)
    with pytest.raises(FileReadError, match=r"too large \(101 bytes; the limit is 100 bytes\)"):
        limits.read_file(path, max_bytes=100)


def test_a_name_with_a_nul_character_is_a_read_error(tmp_path: Path) -> None:
    with pytest.raises(FileReadError, match="NUL character"):
        limits.read_file(str(tmp_path / "a\0b"))


# --- a solver that once met 0 * inf on ordinary data ----------------------------------


def test_the_l1_solver_meets_no_invalid_values_on_ordinary_data() -> None:
    # Four ordinary points in [0, 1]: a warm-started step along an L1 path.
    reduced = reduce([0.9, 0.5, 1.0, 0.1], [-1.6, -0.0, -0.6, 0.1], 6)
    warm = [
        -5.810975550746278e-08, -2.1963751359201886, -1.171874826500043, 0.0, 0.0,
        2.76824997277931, 0.0,
    ]  # fmt: skip
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        coef = solve(reduced, 1e-9, 0.0, warm_start=warm)
    assert np.isfinite(coef).all()
