"""Tests of the session file: exact round trips, strict settings, and errors that name the place."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core import limits, session_file
from core.points_csv import PointTable
from core.session_file import (
    BASES,
    MAX_DEGREE,
    MAX_SESSION_BYTES,
    SessionData,
    SessionFileError,
    load_session,
    save_session,
    session_from_json,
    session_to_json,
)
from core.settings import PRESETS, GeneratorSettings, ModelSettings

strengths = st.floats(min_value=0.0, max_value=limits.MAX_STRENGTH)
noises = st.floats(min_value=0.0, max_value=limits.MAX_NOISE)
ys = st.floats(min_value=-limits.MAX_ABS_Y, max_value=limits.MAX_ABS_Y)


def _is_domain(lo: float, hi: float) -> bool:
    try:
        limits.check_domain(lo, hi)
    except ValueError:
        return False
    return True


@st.composite
def domains(draw: st.DrawFn) -> tuple[float, float]:
    """Any domain within the limits, from the widest to the narrowest allowed."""
    ends = st.floats(min_value=-limits.MAX_ABS_X, max_value=limits.MAX_ABS_X)
    lo = draw(ends)
    hi = draw(ends.filter(lambda v: _is_domain(lo, v)))
    return lo, hi


@st.composite
def point_tables(draw: st.DrawFn, domain: tuple[float, float]) -> PointTable:
    """Points anywhere the limits allow: up to 49.5 domain widths outside the domain."""
    lo, hi = domain
    near = st.floats(min_value=-49.5, max_value=50.5).map(lambda t: lo + t * (hi - lo))
    xs = st.one_of(near, st.sampled_from([lo, hi, -0.0, 5e-324]))
    rows = draw(st.lists(st.tuples(xs, ys, st.booleans()), max_size=30))
    # Rounding can put a point a hair past the limit; those are for other tests.
    rows = [r for r in rows if limits.find_point_violation([r[0]], [r[1]], domain) is None]
    return PointTable(
        np.array([r[0] for r in rows], dtype=float),
        np.array([r[1] for r in rows], dtype=float),
        np.array([r[2] for r in rows], dtype=bool),
    )


@st.composite
def sessions(draw: st.DrawFn) -> SessionData:
    domain = draw(domains())
    model = st.builds(
        ModelSettings,
        degree=st.integers(0, MAX_DEGREE),
        l1=strengths,
        l2=strengths,
        basis=st.sampled_from(BASES),
        penalize_intercept=st.booleans(),
        noise_sigma=noises,
        show_true_function=st.booleans(),
    )
    generator = st.builds(
        GeneratorSettings,
        preset=st.sampled_from(PRESETS),
        n_train=st.integers(0, session_file.MAX_GENERATED_POINTS),
        n_test=st.integers(0, session_file.MAX_GENERATED_POINTS),
        noise=noises,
        seed=st.integers(0, session_file.MAX_SEED),
    )
    return SessionData(
        domain=domain,
        points=draw(point_tables(domain)),
        model=draw(model),
        generator=draw(generator),
    )


def _assert_identical(a: SessionData, b: SessionData) -> None:
    """Equal, and bit for bit so: -0.0 stays -0.0 and no last digit moves."""
    assert a == b
    assert [repr(v) for v in a.domain] == [repr(v) for v in b.domain]
    assert a.points.x.tobytes() == b.points.x.tobytes()
    assert a.points.y.tobytes() == b.points.y.tobytes()
    assert repr(a.model) == repr(b.model)
    assert repr(a.generator) == repr(b.generator)


SAMPLE = SessionData(
    domain=(-1.0, 2.5),
    points=PointTable([0.1, -0.0, 150.0], [5e-324, 2.0, -1e50], np.array([False, True, False])),
    model=ModelSettings(degree=9, l1=1e-6, l2=0.25, basis="legendre"),
    generator=GeneratorSettings(preset="runge", n_train=20, seed=42),
)


def _sample_document() -> dict[str, Any]:
    return json.loads(session_to_json(SAMPLE))


def _error(text: str, source: str = "s.json") -> SessionFileError:
    with pytest.raises(SessionFileError) as info:
        session_from_json(text, source)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(source)
    return info.value


# --- round trip -----------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(sessions())
def test_to_json_then_from_json_gives_back_the_same_session(session: SessionData) -> None:
    text = session_to_json(session)
    assert "NaN" not in text
    assert "Infinity" not in text
    _assert_identical(session_from_json(text), session)


def test_save_then_load_gives_back_the_same_session(tmp_path: Path) -> None:
    path = tmp_path / "lesson.json"
    save_session(path, SAMPLE)
    _assert_identical(load_session(path), SAMPLE)
    assert [p.name for p in tmp_path.iterdir()] == ["lesson.json"]


def test_file_is_readable_json_with_one_point_per_line() -> None:
    text = session_to_json(SAMPLE)
    assert text.endswith("}\n")
    assert '    {"x": -0.0, "y": 2.0, "role": "test"},\n' in text
    document = json.loads(text)
    assert document["format"] == "overfit-lab-session"
    assert document["version"] == 2
    assert document["domain"] == [-1.0, 2.5]
    assert document["model"]["basis"] == "legendre"
    assert document["generator"]["seed"] == 42


def test_empty_session_round_trips() -> None:
    session = SessionData()
    assert '"points": []' in session_to_json(session)
    _assert_identical(session_from_json(session_to_json(session)), session)


def test_hand_written_file_with_integers_and_any_field_order_loads() -> None:
    text = json.dumps(
        {
            "points": [{"role": "test", "y": 2, "x": 1}],
            "generator": {"seed": 1, "noise": 0, "n_test": 0, "n_train": 5, "preset": "line"},
            "model": {
                "show_true_function": True,
                "noise_sigma": 0,
                "penalize_intercept": True,
                "basis": "monomial",
                "l2": 1,
                "l1": 0,
                "degree": 2,
            },
            "domain": [0, 10],
            "version": 1,
            "format": "overfit-lab-session",
        }
    )
    session = session_from_json(text)
    assert session.domain == (0.0, 10.0)
    assert isinstance(session.domain[0], float)
    assert session.points.x.tolist() == [1.0]
    assert session.points.is_test.tolist() == [True]
    assert session.model == ModelSettings(
        degree=2, l2=1.0, penalize_intercept=True, show_true_function=True
    )
    assert isinstance(session.model.l2, float)
    assert session.generator == GeneratorSettings("line", 5, 0, 0.0, 1)


# --- settings dataclasses ---------------------------------------------------------


def test_defaults() -> None:
    assert ModelSettings() == ModelSettings(3, 0.0, 0.0, "monomial", False, 0.0, False)
    assert GeneratorSettings() == GeneratorSettings("sin", 10, 10, 0.3, 0)
    session = SessionData()
    assert session.domain == (0.0, 1.0)
    assert len(session.points.x) == 0


def test_numpy_scalars_become_plain_python_values() -> None:
    model = ModelSettings(degree=np.int64(4), l1=np.float32(0.5), penalize_intercept=np.True_)
    assert type(model.degree) is int
    assert type(model.l1) is float
    assert type(model.penalize_intercept) is bool
    session = SessionData(domain=np.array([1, 2]))  # type: ignore[arg-type]
    assert session.domain == (1.0, 2.0)
    assert type(session.domain) is tuple


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: ModelSettings(degree=31), "degree must be an integer from 0 to 30, got 31"),
        (lambda: ModelSettings(degree=-1), "degree must be an integer from 0 to 30, got -1"),
        (lambda: ModelSettings(degree=3.0), "degree must be an integer from 0 to 30, got 3.0"),
        (lambda: ModelSettings(degree=True), "degree must be an integer from 0 to 30, got True"),
        (lambda: ModelSettings(l1=-0.1), "l1 must be a finite number >= 0, got -0.1"),
        (lambda: ModelSettings(l2=float("nan")), "l2 must be a finite number >= 0, got nan"),
        (lambda: ModelSettings(l2=True), "l2 must be a finite number >= 0, got True"),
        (lambda: ModelSettings(noise_sigma=float("inf")), "noise_sigma must be a finite"),
        (lambda: ModelSettings(basis="chebyshev"), 'basis must be one of "monomial", "legendre"'),
        (lambda: ModelSettings(penalize_intercept=1), "penalize_intercept must be true or false"),
        (lambda: GeneratorSettings(preset="tan"), "preset must be one of"),
        (lambda: GeneratorSettings(n_train=-1), "n_train must be an integer from 0 to 1,000,000"),
        (lambda: GeneratorSettings(n_test=10**7), "n_test must be an integer from 0"),
        (lambda: GeneratorSettings(noise=-1), "noise must be a finite number >= 0, got -1"),
        (lambda: GeneratorSettings(seed=2**31), "seed must be an integer from 0 to 2,147,483,647"),
        (lambda: SessionData(domain=(1.0, 1.0)), "domain must be two finite numbers [lo, hi]"),
        (lambda: SessionData(domain=(0.0, np.inf)), "domain[1] must be a finite number, got inf"),
        (lambda: SessionData(domain=(0.0,)), "domain must be two finite numbers"),
        (lambda: SessionData(domain=(-1e308, 1e308)), "has an end beyond the limit |x| <= 1e+50"),
        (lambda: SessionData(points=[]), "points must be a PointTable, got []"),
        (lambda: SessionData(model=None), "model must be a ModelSettings, got None"),
    ],
)
def test_invalid_settings_name_the_field_value_and_range(make: Any, message: str) -> None:
    with pytest.raises(ValueError) as info:
        make()
    assert message in str(info.value)


# --- malformed text ---------------------------------------------------------------


def _modified(change: Any) -> str:
    document = _sample_document()
    change(document)
    return json.dumps(document, indent=2)


def _replace(path: list[Any], value: Any) -> Any:
    def change(document: dict[str, Any]) -> None:
        target = document
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _delete(path: list[Any]) -> Any:
    def change(document: dict[str, Any]) -> None:
        target = document
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return change


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            _replace(["points", 1, "y"], "abc"),
            's.json: points[1].y: must be a finite number, got the string "abc"',
        ),
        (
            _replace(["points", 2, "x"], True),
            "s.json: points[2].x: must be a finite number, got true",
        ),
        (
            _replace(["points", 0, "x"], None),
            "s.json: points[0].x: must be a finite number, got null",
        ),
        (
            _replace(["points", 0, "y"], 10**400),
            "s.json: points[0].y: must be a finite number, got 1000",
        ),
        (
            _replace(["points", 2, "role"], "validation"),
            's.json: points[2].role: must be one of "train", "test", got the string "validation"',
        ),
        (_replace(["points", 2, "role"], ["test"]), "s.json: points[2].role: must be one of"),
        (_delete(["points", 1, "role"]), 's.json: points[1]: missing field "role"'),
        (
            _replace(["points", 1, "z"], 0),
            's.json: points[1]: unknown field "z" (allowed: x, y, role)',
        ),
        (_replace(["points", 1], [1, 2]), "s.json: points[1]: must be an object"),
        (_replace(["points"], {"x": 1}), "s.json: points: must be an array, got an object"),
        (
            _replace(["model", "degree"], 31),
            "s.json: model.degree: must be an integer from 0 to 30, got 31",
        ),
        (
            _replace(["model", "degree"], 3.0),
            "s.json: model.degree: must be an integer from 0 to 30, got 3.0",
        ),
        (
            _replace(["model", "degree"], True),
            "s.json: model.degree: must be an integer from 0 to 30, got true",
        ),
        (_replace(["model", "l1"], -1), "s.json: model.l1: must be a finite number >= 0, got -1"),
        (
            _replace(["model", "l2"], "0.1"),
            's.json: model.l2: must be a finite number >= 0, got the string "0.1"',
        ),
        (
            _replace(["model", "basis"], "fourier"),
            's.json: model.basis: must be one of "monomial", "legendre", got the string "fourier"',
        ),
        (
            _replace(["model", "penalize_intercept"], 0),
            "s.json: model.penalize_intercept: must be true or false, got 0",
        ),
        (_delete(["model", "noise_sigma"]), 's.json: model: missing field "noise_sigma"'),
        (_replace(["model", "degre"], 3), 's.json: model: unknown field "degre"'),
        (_replace(["model"], [3]), "s.json: model: must be an object, got [3]"),
        (
            _replace(["generator", "preset"], "tan"),
            's.json: generator.preset: must be one of "sin", "cubic", "step", "runge", "line"',
        ),
        (
            _replace(["generator", "seed"], -5),
            "s.json: generator.seed: must be an integer from 0 to 2,147,483,647, got -5",
        ),
        (_delete(["generator"]), 's.json: missing field "generator"'),
        (_replace(["extra"], 1), 's.json: unknown field "extra"'),
        (
            _replace(["domain"], [1, 0]),
            "s.json: domain: must be two finite numbers [lo, hi] with lo < hi, got [1, 0]",
        ),
        (_replace(["domain"], [0]), "s.json: domain: must be two finite numbers"),
        (
            _replace(["domain"], [0, "1"]),
            's.json: domain[1]: must be a finite number, got the string "1"',
        ),
        (_replace(["domain"], "0..1"), "s.json: domain: must be two finite numbers"),
        (
            _replace(["version"], 3),
            "s.json: written by a newer version of Overfit Lab (session format version 3",
        ),
        (_replace(["version"], 0), "s.json: version: must be a whole number >= 1, got 0"),
        (
            _replace(["version"], "1"),
            "s.json: version: must be a whole number >= 1, got the string",
        ),
        (_replace(["version"], 1.0), "s.json: version: must be a whole number >= 1, got 1.0"),
        (_delete(["version"]), 's.json: missing field "version"'),
        (
            _replace(["format"], "overfit-lab-project"),
            's.json: not an Overfit Lab session ("format" is the string "overfit-lab-project"',
        ),
        (_delete(["format"]), 's.json: not an Overfit Lab session (there is no "format" field)'),
    ],
)
def test_malformed_document_names_the_json_path(change: Any, expected: str) -> None:
    assert str(_error(_modified(change))).startswith(expected)


def test_a_newer_version_is_refused_before_its_unknown_fields_are_checked() -> None:
    def future(document: dict[str, Any]) -> None:
        document["version"] = 7
        document["model"]["dropout"] = 0.5
        document["annotations"] = []

    error = _error(_modified(future))
    assert str(error) == (
        "s.json: written by a newer version of Overfit Lab (session format version 7; "
        "this version reads version 2); please update Overfit Lab"
    )


def test_errors_are_reported_in_document_order() -> None:
    def two_problems(document: dict[str, Any]) -> None:
        document["points"][2]["x"] = "late"
        document["points"][0]["y"] = "early"

    assert _error(_modified(two_problems)).path == "points[0].y"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('"y": 2.0', '"y": NaN', "s.json: points[1].y: must be a finite number, got NaN"),
        (
            '"x": 0.1',
            '"x": -Infinity',
            "s.json: points[0].x: must be a finite number, got -Infinity",
        ),
        (
            '"l1": 1e-06',
            '"l1": Infinity',
            "s.json: model.l1: must be a finite number >= 0, got Infinity",
        ),
        (
            '"domain": [-1.0, 2.5]',
            '"domain": [NaN, 2.5]',
            "s.json: domain[0]: must be a finite number, got NaN",
        ),
        (
            '"y": 2.0',
            '"y": 1e999',
            "s.json: points[1].y: must be a finite number, got a number too large for a float",
        ),
        ('"y": 2.0', '"y": 2.0, "y": 3.0', 's.json: points[1]: field "y" appears twice'),
        ('"degree": 9', '"degree": 9, "degree": 10', 's.json: model: field "degree" appears twice'),
        ('"version": 2', '"version": 2, "version": 2', 's.json: field "version" appears twice'),
    ],
)
def test_literals_python_json_would_accept_are_rejected(old: str, new: str, expected: str) -> None:
    text = session_to_json(SAMPLE)
    assert old in text
    assert str(_error(text.replace(old, new, 1))) == expected


def test_truncated_json_names_line_and_column_and_says_truncated() -> None:
    text = session_to_json(SAMPLE)
    error = _error(text[: text.index('"role": "test"')])
    assert error.line == text[: text.index('"role": "test"')].count("\n") + 1
    assert error.column is not None
    assert str(error).startswith(f"s.json, line {error.line}, column {error.column}: ")
    assert "truncated" in str(error)


def test_syntax_error_names_line_and_column() -> None:
    text = '{\n  "format": "overfit-lab-session",\n  "version": 1,,\n}'
    error = _error(text)
    assert (error.line, error.column) == (3, 16)
    assert str(error).startswith("s.json, line 3, column 16: not valid JSON (")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "s.json: the file is empty"),
        ("  \n", "s.json: the file is empty"),
        ("[1, 2]", "s.json: not an Overfit Lab session (the file holds [1, 2], not a JSON object)"),
        ('"hello"', 's.json: not an Overfit Lab session (the file holds the string "hello"'),
        ("[" * 100_000, "s.json: not valid JSON (nested too deeply)"),
    ],
)
def test_text_that_is_no_session_at_all(text: str, expected: str) -> None:
    assert str(_error(text)).startswith(expected)


@pytest.mark.parametrize(
    ("old", "expected"),
    [
        (
            '"x": 0.1',
            "s.json: points[0].x: must be a finite number, got an integer of 5,000 digits",
        ),
        ('"degree": 9', "s.json: model.degree: must be an integer from 0 to 30, got an integer of"),
        ('"version": 2', "s.json: version: must be a whole number >= 1, got an integer of 5,000"),
        ('"seed": 42', "s.json: generator.seed: must be an integer from 0 to 2,147,483,647, got"),
    ],
)
def test_an_integer_over_pythons_digit_limit_is_a_session_error_naming_its_place(
    old: str, expected: str
) -> None:
    # int() refuses over 4,300 digits with a plain ValueError; json.loads would pass it on.
    key = old.split(":")[0]
    text = session_to_json(SAMPLE).replace(old, f"{key}: -{'1' * 5000}", 1)
    assert str(_error(text)).startswith(expected)


def test_an_integer_of_a_thousand_digits_is_still_read_as_a_number() -> None:
    text = session_to_json(SAMPLE).replace('"x": 0.1', f'"x": {"9" * 1000}', 1)
    assert str(_error(text)) == (f"s.json: points[0].x: must be a finite number, got {'9' * 37}...")


@pytest.mark.parametrize("depth", [200, 100_000])
def test_deeply_nested_json_in_a_field_is_a_session_error(depth: int) -> None:
    text = session_to_json(SAMPLE).replace('"x": 0.1', f'"x": {"[" * depth}1{"]" * depth}', 1)
    error = str(_error(text))
    assert error in (
        "s.json: points[0].x: must be a finite number, got an array of 1 items",
        "s.json: not valid JSON (nested too deeply)",
    )
    assert ("nested too deeply" in error) == (depth > 1000)


def test_byte_order_mark_is_accepted() -> None:
    _assert_identical(session_from_json("\ufeff" + session_to_json(SAMPLE)), SAMPLE)


# --- files ------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "gone.json"
    with pytest.raises(SessionFileError) as info:
        load_session(path)
    assert str(info.value) == f"{path}: no such file"


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(SessionFileError) as info:
        load_session(tmp_path)
    assert str(info.value) == f"{tmp_path}: is a directory, not a file"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    # Were the pipe opened, this would wait for a writer for ever.
    path = tmp_path / "s.json"
    os.mkfifo(path)
    with pytest.raises(SessionFileError) as info:
        load_session(path)
    assert str(info.value) == (
        f"{path}: is not a regular file (a named pipe); only regular files are read"
    )


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_an_endless_device_is_refused_unread(device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    with pytest.raises(SessionFileError, match="is not a regular file"):
        load_session(device)


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_bytes(session_to_json(SAMPLE).replace("runge", "r\u00fcnge").encode("latin-1"))
    with pytest.raises(SessionFileError) as info:
        load_session(path)
    line = session_to_json(SAMPLE).split("runge")[0].count("\n") + 1
    assert str(info.value) == f"{path}, line {line}: not UTF-8 text (byte 0xfc cannot be decoded)"


def test_content_errors_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "lesson.json"
    path.write_text(_modified(_replace(["model", "degree"], 99)), encoding="utf-8")
    with pytest.raises(SessionFileError) as info:
        load_session(path)
    assert str(info.value).startswith(f"{path}: model.degree: must be an integer from 0 to 30")


def test_huge_file_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.json"
    with open(path, "wb") as file:
        # Sparse: the size is there without writing 200 MB.
        file.truncate(MAX_SESSION_BYTES + 1)

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr("builtins.open", no_reading)
    with pytest.raises(SessionFileError) as info:
        load_session(path)
    assert str(info.value) == (
        f"{path}: the file is too large for a session (200 MB; the limit is 200 MB)"
    )


def test_file_over_a_lowered_cap_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "s.json"
    path.write_text(session_to_json(SAMPLE), encoding="utf-8")
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 100)
    with pytest.raises(SessionFileError, match="too large"):
        load_session(path)


def _through_a_file(tmp_path: Path, name: str) -> Path:
    """A path whose folder is a regular file: the system refuses it with ENOTDIR."""
    (tmp_path / "plain").write_text("not a folder", encoding="utf-8")
    return tmp_path / "plain" / name


def _name_too_long(tmp_path: Path, name: str) -> Path:
    """A file name longer than any file system allows: ENAMETOOLONG."""
    return tmp_path / ("n" * 300 + name)


@pytest.mark.parametrize(
    ("make", "code"), [(_through_a_file, errno.ENOTDIR), (_name_too_long, errno.ENAMETOOLONG)]
)
def test_a_read_the_file_system_refuses_names_the_file_and_the_reason(
    tmp_path: Path, make: Any, code: int
) -> None:
    # Unlike a file without read permission, these fail for root too.
    path = make(tmp_path, "s.json")
    with pytest.raises(SessionFileError) as info:
        load_session(path)
    message = str(info.value)
    if os.name == "posix":
        assert message == f"{path}: cannot read the file ({os.strerror(code)})"
    else:
        assert message.startswith(f"{path}: ")


@pytest.mark.parametrize(
    ("make", "code"), [(_through_a_file, errno.ENOTDIR), (_name_too_long, errno.ENAMETOOLONG)]
)
def test_a_save_the_file_system_refuses_is_an_os_error_naming_the_file(
    tmp_path: Path, make: Any, code: int
) -> None:
    path = make(tmp_path, "s.json")
    with pytest.raises(OSError) as info:
        save_session(path, SAMPLE)
    assert str(path) in str(info.value)
    if os.name == "posix":
        assert info.value.errno == code
    assert sorted(p.name for p in tmp_path.iterdir()) in ([], ["plain"])


def test_permission_denied_is_reported_even_as_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "s.json"
    save_session(path, SAMPLE)

    def deny(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("builtins.open", deny)
    with pytest.raises(SessionFileError) as info:
        load_session(path)
    assert str(info.value) == f"{path}: permission denied"


def test_failed_save_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.json"
    save_session(path, SAMPLE)
    before = path.read_bytes()

    def fail(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="No space left on device") as info:
        save_session(path, SessionData())
    assert str(path) in str(info.value)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]
