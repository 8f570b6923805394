"""Fuzzing the session loader and the CSV reader: whatever they accept, the app can fit.

Any input either loads and then fits (`core.polyfit.fit` at every degree
0..30 gives finite numbers, and the validation curves, cross-validation and
bootstrap the panels draw compute without an error or an overflow), or is
refused with `SessionFileError` / `DataFileError` and a one-line message. The
inputs are mutated session documents and CSV texts built from tokens chosen
to sit on and just beyond every limit, mixed with junk.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from typing import Any

import numpy as np
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from core import limits
from core import validation as v
from core.points_csv import (
    DataFileError,
    PointTable,
    format_points_csv,
    parse_points_csv,
    read_points_csv,
)
from core.polyfit import MAX_DEGREE, Domain, fit
from core.session_file import SessionFileError, session_from_json, session_to_json

FUZZ = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _beside(value: float) -> list[float]:
    return [value, float(np.nextafter(value, math.inf)), float(np.nextafter(value, -math.inf))]


# Numbers on and next to every bound, and the degenerate cases of the issue
# (keyed by repr, which tells -0.0 from 0.0).
_EDGE_VALUES = [
    *(s * e for s in (1.0, -1.0) for b in (1e50, 1e-50, 50.5, 49.5, 100.0) for e in _beside(b)),
    0.0,
    -0.0,
    5e-324,
    2.2250738585072014e-308,
    1e-300,
    0.125,
    0.5,
    1.0,
    1e15,
    1e15 + 0.125,
    1e155,
    -1e155,
    1e308,
    -1e308,
    1e12,
]
EDGES = sorted({repr(x): x for x in _EDGE_VALUES}.values(), key=lambda x: (x, math.copysign(1, x)))
numbers = st.one_of(
    st.sampled_from(EDGES),
    st.floats(-2.0, 2.0),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(-(10**20), 10**20),
)
junk = st.recursive(
    st.none() | st.booleans() | st.text(max_size=5) | numbers,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=2)
    ),
    max_leaves=5,
)


@st.composite
def _valid_session_documents(draw: st.DrawFn) -> dict[str, Any]:
    """A session document within every limit, often right at one."""
    strengths = st.sampled_from([0.0] * 4 + [1e-9, 1e-3, 1.0, limits.MAX_STRENGTH])
    noises = st.sampled_from([0.0, 0.3, 1.0, limits.MAX_NOISE])
    lo, hi = draw(
        st.sampled_from(
            [(0.0, 1.0), (0.0, 1.0), (-2.0, 3.0), (-1e50, 1e50), (0.0, 1e-50), (1e15, 1e15 + 2e6)]
        )
    )
    width = hi - lo
    xs = st.one_of(
        st.floats(-0.5, 1.5).map(lambda t: lo + t * width),
        st.floats(-49.0, 50.0).map(lambda t: lo + t * width),
        st.sampled_from([lo, hi, lo - 49.5 * width, hi + 49.5 * width]),
    )
    ys = st.one_of(
        st.floats(-2.0, 2.0), st.floats(-1e50, 1e50), st.sampled_from([-1e50, 1e50, 5e-324])
    )
    points = draw(
        st.lists(
            st.fixed_dictionaries(
                {"x": xs, "y": ys, "role": st.sampled_from(["train", "train", "test"])}
            ),
            max_size=24,
        )
    )
    return {
        "format": "overfit-lab-session",
        "version": 1,
        "domain": [lo, hi],
        "model": {
            "degree": draw(st.integers(0, MAX_DEGREE)),
            "l1": draw(strengths),
            "l2": draw(strengths),
            "basis": draw(st.sampled_from(["monomial", "legendre"])),
            "penalize_intercept": draw(st.booleans()),
            "noise_sigma": draw(noises),
            "show_true_function": draw(st.booleans()),
        },
        "generator": {
            "preset": draw(st.sampled_from(["sin", "runge"])),
            "n_train": draw(st.sampled_from([0, 10, limits.MAX_GENERATED_POINTS])),
            "n_test": 10,
            "noise": draw(noises),
            "seed": draw(st.sampled_from([0, limits.MAX_SEED])),
        },
        "points": points,
    }


def _places(document: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON document (as a path of keys), the root excluded."""
    found = []
    items = document.items() if isinstance(document, dict) else enumerate(document)
    for key, value in items:
        found.append((*path, key))
        if isinstance(value, dict | list):
            found.extend(_places(value, (*path, key)))
    return found


@st.composite
def session_documents(draw: st.DrawFn) -> Any:
    """A valid document, or one with a value somewhere replaced, removed or added."""
    document = draw(_valid_session_documents())
    change = draw(st.sampled_from(["none", "none", "number", "junk", "remove", "add"]))
    if change == "none":
        return document
    *parent_path, key = draw(st.sampled_from(_places(document)))
    parent = document
    for step in parent_path:
        parent = parent[step]
    if change == "number":
        parent[key] = draw(numbers)
    elif change == "junk":
        parent[key] = draw(junk)
    elif change == "remove":
        del parent[key]
    elif isinstance(parent, dict):
        parent["extra"] = draw(junk)
    else:
        parent.append(draw(junk))
    return document


@st.composite
def session_texts(draw: st.DrawFn) -> str:
    text = json.dumps(draw(session_documents()), allow_nan=True)
    mutation = draw(st.sampled_from(["none"] * 12 + ["digits", "nesting", "truncate", "splice"]))
    if mutation == "digits":
        # An integer over Python's 4,300-digit limit in place of some number.
        at = draw(st.integers(0, len(text)))
        text = text[:at] + "-" + "7" * 5000 + text[at:]
    elif mutation == "nesting":
        depth = draw(st.sampled_from([50, 900, 5000]))
        text = text.replace('"points": [', '"points": [' + "[" * depth + "]" * depth + ", ", 1)
    elif mutation == "truncate":
        text = text[: draw(st.integers(0, len(text)))]
    elif mutation == "splice":
        at = draw(st.integers(0, len(text)))
        piece = draw(st.sampled_from(["1e999", "NaN", ",", '"', "}", "\ud800", "\x00"]))
        text = text[:at] + piece + text[at:]
    return text


def _assert_one_line(error: Exception, source: str) -> None:
    message = str(error)
    assert message.startswith(source)
    assert "\n" not in message and len(message) < 400, message


def _assert_fits(points: PointTable, domain: Domain, model: dict[str, Any]) -> None:
    """What the app computes for a session: every degree's fit and the panels' curves."""
    basis, l1, l2 = model["basis"], model["l1"], model["l2"]
    pen = model["penalize_intercept"]
    train = ~points.is_test
    x, y = points.x[train], points.y[train]
    if not train.any():
        return
    for degree in range(MAX_DEGREE + 1):
        r = fit(x, y, degree, l1, l2, basis, domain, pen, points.x[~train], points.y[~train])
        numbers_ = [r.train_mse, r.objective, r.l1_term, r.l2_term, r.max_abs_coef]
        numbers_ += [r.max_abs_slope(), 0.0 if r.test_mse is None else r.test_mse]
        assert np.isfinite(r.coef).all() and np.isfinite(numbers_).all(), (degree, numbers_)
    data = v.reduce_split(points.x, points.y, points.is_test, basis, domain)
    has_test = bool(points.is_test.any())
    curve = v.errors_vs_degree(data, l1, l2, pen)
    assert np.isfinite(curve.train_rmse).all()
    assert np.isfinite(curve.test_rmse).all() == has_test
    mix, _ = v.penalty_mix(l1, l2)
    grid = v.lambda_grid(6)
    degree = model["degree"]
    sweep = v.lambda_sweep(data, degree, grid, mix, pen)
    assert np.isfinite(sweep.coef).all() and np.isfinite(sweep.train_rmse).all()
    assert np.isfinite(sweep.test_rmse).all() == has_test
    if x.size >= 2:
        folds = v.prepare_folds(x, y, min(5, x.size), basis, domain)
        cv = v.cross_validate(folds, degree, grid, mix, pen)
        assert np.isfinite(cv.mse).all() and not np.isnan(cv.mse_se).any()
        if mix.is_ridge:
            loo = v.ridge_loo(x, y, degree, grid, basis, domain, pen)
            assert not np.isnan(loo.mse).any()
    samples = v.bootstrap_samples(x, y, 4, basis, domain)
    assert np.isfinite(v.bootstrap_fits(samples, degree, l1, l2, pen).coef).all()


@FUZZ
@given(session_texts())
def test_a_session_file_loads_and_fits_or_is_refused_with_a_message(text: str) -> None:
    try:
        session = session_from_json(text, "fuzz.json")
    except SessionFileError as exc:
        _assert_one_line(exc, "fuzz.json")
        event("refused")
        return
    event(f"loaded, {'with' if (~session.points.is_test).any() else 'without'} training points")
    # What loads can be saved and loads back the same.
    assert session_from_json(session_to_json(session)) == session
    model = {
        "basis": session.model.basis,
        "l1": session.model.l1,
        "l2": session.model.l2,
        "penalize_intercept": session.model.penalize_intercept,
        "degree": session.model.degree,
    }
    _assert_fits(session.points, Domain(*session.domain), model)


# --- CSV ------------------------------------------------------------------------

FIELD_TEXTS = [
    "",
    " ",
    "-0",
    "1_000",
    "nan",
    "inf",
    "-Infinity",
    "0x10",
    "1,5",
    " 2 ",
    "\u0661",
    "1e60",
    "9" * 400,
    "1" * 5000,
    "abc",
    "1e-400",
]
csv_numbers = st.one_of(
    st.floats(-2.0, 2.0).map(repr),
    st.floats(-2.0, 2.0).map(lambda x: f"{x:.3f}"),
    st.floats(-1e50, 1e50).map(repr),
    st.sampled_from([1e50, -1e50, 5e-324, -0.0, 1e-300]).map(repr),
)


@st.composite
def csv_texts(draw: st.DrawFn) -> str:
    """A point table as CSV, valid or with one defect: a bad token, role or row length."""
    separator = draw(st.sampled_from([",", ",", ";", "\t"]))
    with_roles = draw(st.booleans())
    rows = []
    for _ in range(draw(st.integers(1, 25))):
        fields = [draw(csv_numbers), draw(csv_numbers)]
        if with_roles:
            fields.append(draw(st.sampled_from(["train", "train", "test", " TEST "])))
        rows.append(fields)
    defect = draw(st.sampled_from(["none", "none", "none", "token", "edge", "role", "length"]))
    row = rows[draw(st.integers(0, len(rows) - 1))]
    column = draw(st.integers(0, 1))
    if defect == "token":
        row[column] = draw(st.sampled_from(FIELD_TEXTS))
    elif defect == "edge":
        row[column] = repr(draw(st.sampled_from(EDGES)))
    elif defect == "role" and with_roles:
        row[2] = draw(st.sampled_from(["validation", "", "trains"]))
    elif defect == "length":
        row.append("1") if draw(st.booleans()) else row.pop()
    lines = [separator.join(fields) for fields in rows]
    # Comments and blank lines anywhere, and perhaps a header first.
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(lines)))
        lines.insert(at, draw(st.sampled_from(["", "  ", "# note", "  # x,y"])))
    if draw(st.booleans()):
        lines.insert(0, separator.join(["x", "y", "role"] if with_roles else ["y", "x"]))
    end = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    bom = draw(st.sampled_from(["", "\ufeff"]))
    return bom + end.join(lines) + draw(st.sampled_from(["", end]))


def _assert_csv_loads_and_fits(table: PointTable) -> None:
    assert np.abs(table.x).max() <= limits.MAX_ABS_X
    assert np.abs(table.y).max() <= limits.MAX_ABS_Y
    assert len(parse_points_csv(format_points_csv(table)).x) == len(table.x)
    # Import takes the range of x as the domain; the command line and the GUI
    # refuse one beyond the limits with the limit's message.
    lo, hi = float(table.x.min()), float(table.x.max())
    if lo == hi:
        return
    try:
        domain = Domain(lo, hi)
    except limits.LimitError as exc:
        assert "limit" in str(exc)
        event("the range of x is beyond the domain limits")
        return
    event("fitted")
    # The command line's defaults; the session fuzz varies the model.
    model = {"basis": "monomial", "l1": 0.0, "l2": 0.0, "penalize_intercept": False, "degree": 30}
    _assert_fits(table, domain, model)


@FUZZ
@given(csv_texts())
def test_a_csv_text_loads_and_fits_or_is_refused_with_a_message(text: str) -> None:
    try:
        table = parse_points_csv(text, "fuzz.csv")
    except DataFileError as exc:
        _assert_one_line(exc, "fuzz.csv")
        event("refused")
        return
    event("loaded")
    _assert_csv_loads_and_fits(table)


@settings(max_examples=40, deadline=None, derandomize=True)
@given(csv_texts(), st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=3))
def test_a_csv_file_with_bytes_changed_loads_and_fits_or_is_refused(
    text: str, flips: list[tuple[int, int]]
) -> None:
    raw = bytearray(text.encode("utf-8", "surrogatepass"))
    for at, byte in flips:
        if raw:
            raw[at % len(raw)] = byte
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "fuzz.csv")
        with open(path, "wb") as file:
            file.write(raw)
        try:
            table = read_points_csv(path)
        except DataFileError as exc:
            _assert_one_line(exc, path)
            return
    _assert_csv_loads_and_fits(table)
