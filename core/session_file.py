"""The session file: everything needed to restore a session, as checked, versioned JSON.

A session file is UTF-8 JSON holding one object with exactly these fields (all
required, no others; the order is free)::

    {
      "format": "overfit-lab-session",
      "version": 1,
      "domain": [0.0, 1.0],
      "model": {
        "degree": 3,                  # integer, 0 to 30
        "l1": 0.0,                    # finite number >= 0
        "l2": 0.0,                    # finite number >= 0
        "basis": "monomial",          # "monomial" or "legendre"
        "penalize_intercept": false,  # true or false
        "noise_sigma": 0.0,           # finite number >= 0, noise added to clicked points
        "show_true_function": false   # true or false, draw the generator's function
      },
      "generator": {
        "preset": "sin",              # "sin", "cubic", "step", "runge" or "line"
        "n_train": 10,                # integer, 0 to 1,000,000
        "n_test": 10,                 # integer, 0 to 1,000,000
        "noise": 0.3,                 # finite number >= 0
        "seed": 0                     # integer, 0 to 2,147,483,647
      },
      "points": [
        {"x": 0.25, "y": 1.0, "role": "train"},   # x, y finite numbers
        {"x": 0.5, "y": -0.5, "role": "test"}     # role "train" or "test"
      ]
    }

(The ``#`` comments explain; they are not allowed in the file.) ``domain`` is
``[lo, hi]``, finite, with ``lo < hi``: the x range mapped to [-1, 1] before the
polynomial features are built. Integers must be written without a fraction,
``true``/``false`` are not numbers, and ``NaN``/``Infinity`` are rejected.
Numbers are written with the shortest text that reads back as the same float,
so saving and loading changes nothing. A file larger than `MAX_SESSION_BYTES`
(200 MB, room for about 2.5 million points) is refused before it is read. A file
whose ``version`` is above `FORMAT_VERSION` was written by a newer Overfit Lab and
is refused with a message saying so. Loading checks everything and raises
`SessionFileError` for the first problem, naming the file and the place: a JSON
path such as ``points[3].y`` or, for a syntax error, a line and column. Files are
parsed with the `json` module only: never pickle, never eval.
"""

from __future__ import annotations

import json
import math
import os
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

import numpy as np

from core.atomic_write import write_atomic
from core.datasets import MAX_GENERATED
from core.datasets import PRESETS as DATASET_PRESETS
from core.points_csv import ROLES, PointTable
from core.polyfit import BASES, MAX_DEGREE

__all__ = [
    "BASES",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MAX_DEGREE",
    "MAX_GENERATED_POINTS",
    "MAX_SEED",
    "MAX_SESSION_BYTES",
    "PRESETS",
    "GeneratorSettings",
    "ModelSettings",
    "SessionData",
    "SessionFileError",
    "load_session",
    "save_session",
    "session_from_json",
    "session_to_json",
]

FORMAT_NAME = "overfit-lab-session"
FORMAT_VERSION = 1
#: Files above this size are refused unread; a session of a million points is
#: about 70 MB, and reading far more would stall the app for no good session.
MAX_SESSION_BYTES = 200_000_000
PRESETS = tuple(DATASET_PRESETS)
MAX_GENERATED_POINTS = MAX_GENERATED
#: The largest seed a 32-bit spin box can show.
MAX_SEED = 2**31 - 1

_TOP_FIELDS = ("format", "version", "domain", "model", "generator", "points")
_POINT_FIELDS = ("x", "y", "role")
_MAX_SHOWN_CHARS = 40

_T = TypeVar("_T")
_S = TypeVar("_S", "ModelSettings", "GeneratorSettings")


class SessionFileError(ValueError):
    """A session file (or text) that cannot be loaded.

    The message is one line: ``"<source>: <path>: <what is wrong>"`` for a
    problem at a JSON path such as ``points[3].y``, ``"<source>, line <l>,
    column <c>: <what is wrong>"`` for a JSON syntax error, or ``"<source>:
    <what is wrong>"`` for the file as a whole.

    Parameters
    ----------
    source : str
        The file name (or ``"<input>"``) shown to the user.
    reason : str
        What is wrong, without the source and place.
    path : str, optional
        The JSON path of the offending value.
    line, column : int, optional
        The 1-based position of a JSON syntax error.
    """

    def __init__(
        self,
        source: str,
        reason: str,
        *,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        self.source = source
        self.reason = reason
        self.path = path
        self.line = line
        self.column = column
        where = source if source.isprintable() else repr(source)[1:-1]
        if line is not None:
            where += f", line {line}" + (f", column {column}" if column is not None else "")
        if path:
            where += f": {path}"
        super().__init__(f"{where}: {reason}")


class _FieldError(ValueError):
    """An invalid settings value; keeps its parts so the loader can name the JSON path."""

    def __init__(self, name: str, value: object, requirement: str) -> None:
        self.name = name
        self.value = value
        self.requirement = requirement
        super().__init__(f"{name} must be {requirement}, got {_shorten(repr(value))}")


@dataclass(frozen=True)
class ModelSettings:
    """The model the user fits: polynomial degree, penalties, basis and view options.

    The fitted objective (see ``core/polyfit.py``) is
    ``(1/N) sum_i (y_i - f(x_i))**2 + l1 * sum_k |coef_k| + l2 * sum_k coef_k**2``
    with the sums over k = 1..degree, or k = 0..degree if `penalize_intercept`.

    Parameters
    ----------
    degree : int, default 3
        Polynomial degree, 0 to `MAX_DEGREE`.
    l1, l2 : float, default 0.0
        Penalty strengths, finite and >= 0 (0 turns the penalty off).
    basis : {"monomial", "legendre"}, default "monomial"
        Basis functions of the scaled variable z in [-1, 1].
    penalize_intercept : bool, default False
        Whether coef_0 is penalized too.
    noise_sigma : float, default 0.0
        Standard deviation of the Gaussian noise added to y of a clicked point;
        finite and >= 0.
    show_true_function : bool, default False
        Whether the plot shows the generator preset's noise-free function.

    Raises
    ------
    ValueError
        If a value has the wrong type or is out of range; the message names
        the field, the value and the allowed range.
    """

    degree: int = 3
    l1: float = 0.0
    l2: float = 0.0
    basis: str = "monomial"
    penalize_intercept: bool = False
    noise_sigma: float = 0.0
    show_true_function: bool = False

    def __post_init__(self) -> None:
        _normalize(
            self,
            degree=lambda v: _check_int("degree", v, 0, MAX_DEGREE),
            l1=lambda v: _check_float("l1", v, non_negative=True),
            l2=lambda v: _check_float("l2", v, non_negative=True),
            basis=lambda v: _check_choice("basis", v, BASES),
            penalize_intercept=lambda v: _check_bool("penalize_intercept", v),
            noise_sigma=lambda v: _check_float("noise_sigma", v, non_negative=True),
            show_true_function=lambda v: _check_bool("show_true_function", v),
        )


@dataclass(frozen=True)
class GeneratorSettings:
    """The synthetic data generator: which function, how many points, how noisy.

    Parameters
    ----------
    preset : {"sin", "cubic", "step", "runge", "line"}, default "sin"
        The noise-free function (``sin`` is sin(2 pi x) on [0, 1]).
    n_train, n_test : int, default 10
        Number of training and test points, 0 to `MAX_GENERATED_POINTS`.
    noise : float, default 0.3
        Standard deviation of the Gaussian noise on y; finite and >= 0.
    seed : int, default 0
        Seed of the random generator, 0 to `MAX_SEED`.

    Raises
    ------
    ValueError
        If a value has the wrong type or is out of range; the message names
        the field, the value and the allowed range.
    """

    preset: str = "sin"
    n_train: int = 10
    n_test: int = 10
    noise: float = 0.3
    seed: int = 0

    def __post_init__(self) -> None:
        _normalize(
            self,
            preset=lambda v: _check_choice("preset", v, PRESETS),
            n_train=lambda v: _check_int("n_train", v, 0, MAX_GENERATED_POINTS),
            n_test=lambda v: _check_int("n_test", v, 0, MAX_GENERATED_POINTS),
            noise=lambda v: _check_float("noise", v, non_negative=True),
            seed=lambda v: _check_int("seed", v, 0, MAX_SEED),
        )


@dataclass(frozen=True)
class SessionData:
    """Everything a session file holds.

    Parameters
    ----------
    domain : tuple of (float, float), default (0.0, 1.0)
        The x range [lo, hi] mapped to z in [-1, 1]; finite, lo < hi, and
        hi - lo finite.
    points : PointTable, default empty
        The data points with their train/test roles.
    model : ModelSettings, default ModelSettings()
    generator : GeneratorSettings, default GeneratorSettings()

    Raises
    ------
    ValueError
        If the domain is invalid or a field has the wrong type.
    """

    domain: tuple[float, float] = (0.0, 1.0)
    points: PointTable = field(default_factory=PointTable.empty)
    model: ModelSettings = field(default_factory=ModelSettings)
    generator: GeneratorSettings = field(default_factory=GeneratorSettings)

    def __post_init__(self) -> None:
        _normalize(
            self,
            domain=_check_domain,
            points=lambda v: _check_instance("points", v, PointTable),
            model=lambda v: _check_instance("model", v, ModelSettings),
            generator=lambda v: _check_instance("generator", v, GeneratorSettings),
        )


def session_to_json(session: SessionData) -> str:
    """Return the session file text of `session`.

    Parameters
    ----------
    session : SessionData
        The session to write.

    Returns
    -------
    str
        Indented JSON, one point per line, ending with a newline. Every float
        is written as its shortest exact representation, so
        `session_from_json` gives back an equal session, bit for bit.
    """

    def section(settings: ModelSettings | GeneratorSettings) -> str:
        values = {f.name: getattr(settings, f.name) for f in fields(settings)}
        return json.dumps(values, indent=2, allow_nan=False).replace("\n", "\n  ")

    table = session.points
    # Built by hand rather than by one json.dumps call so each point gets a
    # line of its own: readable, diffable, and a tenth of the size of an
    # indented dump. repr(float) is what json writes too: shortest and exact.
    points = [
        f'    {{"x": {x!r}, "y": {y!r}, "role": "{"test" if test else "train"}"}}'
        for x, y, test in zip(
            table.x.tolist(), table.y.tolist(), table.is_test.tolist(), strict=True
        )
    ]
    points_text = "[\n" + ",\n".join(points) + "\n  ]" if points else "[]"
    return (
        "{\n"
        f'  "format": {json.dumps(FORMAT_NAME)},\n'
        f'  "version": {FORMAT_VERSION},\n'
        f'  "domain": {json.dumps(list(session.domain), allow_nan=False)},\n'
        f'  "model": {section(session.model)},\n'
        f'  "generator": {section(session.generator)},\n'
        f'  "points": {points_text}\n'
        "}\n"
    )


def session_from_json(text: str, source: str = "<input>") -> SessionData:
    """Parse and check session file text.

    Parameters
    ----------
    text : str
        The whole file content; see the module docstring for the format.
    source : str, default "<input>"
        Name of the text's origin (usually the file name), used in messages.

    Returns
    -------
    SessionData
        The session.

    Raises
    ------
    SessionFileError
        For the first problem found: invalid or truncated JSON, NaN or
        Infinity, a duplicate key, another format, a newer version, a missing
        or unknown field, a value of the wrong type or out of range.
    """
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise SessionFileError(source, "the file is empty")
    try:
        document = json.loads(text, parse_constant=_NonFinite, object_pairs_hook=_make_object)
    except json.JSONDecodeError as exc:
        if not text[exc.pos :].strip():
            reason = f"the JSON ends too early, the file may be truncated ({exc.msg})"
        else:
            reason = f"not valid JSON ({exc.msg})"
        raise SessionFileError(source, reason, line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise SessionFileError(source, "not valid JSON (nested too deeply)") from None
    return _session_from_document(document, source)


def save_session(path: str | os.PathLike[str], session: SessionData) -> None:
    """Write `session` to `path` atomically (the old file survives any failure).

    Parameters
    ----------
    path : str or os.PathLike
        The file to create or replace.
    session : SessionData
        The session to write.

    Raises
    ------
    OSError
        If the file cannot be written; the message names `path`.
    """
    write_atomic(path, session_to_json(session))


def load_session(path: str | os.PathLike[str]) -> SessionData:
    """Read and check a session file.

    Parameters
    ----------
    path : str or os.PathLike
        The file to read.

    Returns
    -------
    SessionData
        The session.

    Raises
    ------
    SessionFileError
        If the file is missing, a directory, unreadable, larger than
        `MAX_SESSION_BYTES`, not UTF-8, or not a valid session (see
        `session_from_json`). The message names `path`.
    """
    source = os.fspath(path)
    try:
        info = os.stat(source)
        if stat.S_ISDIR(info.st_mode):
            raise SessionFileError(source, "is a directory, not a file")
        # Checked before reading, so a huge file costs neither time nor memory.
        if info.st_size > MAX_SESSION_BYTES:
            raise SessionFileError(source, _too_large(info.st_size))
        with open(source, "rb") as file:
            # The size may have changed since stat; never read past the cap.
            raw = file.read(MAX_SESSION_BYTES + 1)
    except FileNotFoundError:
        raise SessionFileError(source, "no such file") from None
    except PermissionError:
        raise SessionFileError(source, "permission denied") from None
    except OSError as exc:
        raise SessionFileError(source, f"cannot read the file ({exc.strerror or exc})") from exc
    if len(raw) > MAX_SESSION_BYTES:
        raise SessionFileError(source, _too_large(len(raw)))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise SessionFileError(
            source, f"not UTF-8 text (byte 0x{raw[exc.start]:02x} cannot be decoded)", line=line
        ) from None
    return session_from_json(text, source)


# --- checks shared by the dataclasses and the loader -------------------------


def _normalize(instance: object, **checks: Callable[[Any], object]) -> None:
    """Replace each named field of a frozen dataclass by its checked, normalized value."""
    for name, check in checks.items():
        # Frozen dataclasses allow this in __post_init__; it is how numpy
        # scalars become plain int/float/bool, which json can write.
        object.__setattr__(instance, name, check(getattr(instance, name)))


def _is_number(value: object) -> bool:
    # bool is an int subclass, but true is not a number in a settings file.
    return isinstance(value, int | float | np.integer | np.floating) and not isinstance(value, bool)


def _check_int(name: str, value: object, low: int, high: int) -> int:
    if not _is_number(value) or not isinstance(value, int | np.integer) or not low <= value <= high:
        raise _FieldError(name, value, f"an integer from {low} to {high:,}")
    return int(value)


def _check_float(name: str, value: object, *, non_negative: bool = False) -> float:
    requirement = "a finite number >= 0" if non_negative else "a finite number"
    if not _is_number(value):
        raise _FieldError(name, value, requirement)
    try:
        number = float(value)  # type: ignore[arg-type]
    except OverflowError:  # an integer beyond the float range
        raise _FieldError(name, value, requirement) from None
    if not math.isfinite(number) or (non_negative and number < 0):
        raise _FieldError(name, value, requirement)
    return number


def _check_bool(name: str, value: object) -> bool:
    if not isinstance(value, bool | np.bool_):
        raise _FieldError(name, value, "true or false")
    return bool(value)


def _check_choice(name: str, value: object, choices: Sequence[str]) -> str:
    if not isinstance(value, str) or value not in choices:
        raise _FieldError(name, value, "one of " + ", ".join(f'"{c}"' for c in choices))
    return value


def _check_instance(name: str, value: object, kind: type[_T]) -> _T:
    if not isinstance(value, kind):
        raise _FieldError(name, value, f"a {kind.__name__}")
    return value


def _check_domain(value: object) -> tuple[float, float]:
    requirement = "two finite numbers [lo, hi] with lo < hi"
    if not isinstance(value, list | tuple | np.ndarray) or len(value) != 2:
        raise _FieldError("domain", value, requirement)
    lo = _check_float("domain[0]", value[0])
    hi = _check_float("domain[1]", value[1])
    if not lo < hi:
        raise _FieldError("domain", value, requirement)
    if not math.isfinite(hi - lo):
        # The scaling z = 2 (x - lo) / (hi - lo) - 1 would divide by infinity.
        raise _FieldError("domain", value, "[lo, hi] with a finite width hi - lo")
    return lo, hi


# --- reading the JSON document -----------------------------------------------


class _NonFinite:
    """Stands for a NaN/Infinity literal, so the check that meets it can name its path."""

    def __init__(self, literal: str) -> None:
        self.literal = literal

    def __repr__(self) -> str:
        return self.literal


class _ObjectWithDuplicates(dict[str, Any]):
    """A JSON object in which a key occurred twice; json would silently keep the last."""

    duplicate: str = ""


def _make_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) == len(pairs):
        return obj
    marked = _ObjectWithDuplicates(obj)
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            marked.duplicate = key
            break
        seen.add(key)
    return marked


def _session_from_document(document: object, source: str) -> SessionData:
    """Check the parsed JSON document and build the session from it."""
    if not isinstance(document, dict):
        raise SessionFileError(
            source,
            f"not an Overfit Lab session (the file holds {_describe(document)}, not a JSON object)",
        )
    _check_duplicates(document, "", source)
    if "format" not in document:
        raise SessionFileError(source, 'not an Overfit Lab session (there is no "format" field)')
    if document["format"] != FORMAT_NAME:
        raise SessionFileError(
            source,
            f'not an Overfit Lab session ("format" is {_describe(document["format"])}, '
            f'expected "{FORMAT_NAME}")',
        )
    if "version" not in document:
        raise SessionFileError(source, 'missing field "version"')
    version = document["version"]
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise SessionFileError(
            source, f"must be a whole number >= 1, got {_describe(version)}", path="version"
        )
    if version > FORMAT_VERSION:
        raise SessionFileError(
            source,
            f"written by a newer version of Overfit Lab (session format version {version}; "
            f"this version reads version {FORMAT_VERSION}); please update Overfit Lab",
        )
    _check_fields(document, _TOP_FIELDS, "", source)

    try:
        domain = _check_domain(document["domain"])
    except _FieldError as exc:
        raise _located(exc, "", source) from None
    model = _settings_from_json(ModelSettings, document["model"], "model", source)
    generator = _settings_from_json(GeneratorSettings, document["generator"], "generator", source)
    points = _points_from_json(document["points"], source)
    return SessionData(domain=domain, points=points, model=model, generator=generator)


def _settings_from_json(kind: type[_S], value: object, path: str, source: str) -> _S:
    names = tuple(f.name for f in fields(kind))
    if not isinstance(value, dict):
        raise SessionFileError(source, f"must be an object, got {_describe(value)}", path=path)
    _check_duplicates(value, path, source)
    _check_fields(value, names, path, source)
    try:
        return kind(**value)
    except _FieldError as exc:
        raise _located(exc, path + ".", source) from None


def _points_from_json(value: object, source: str) -> PointTable:
    if not isinstance(value, list):
        raise SessionFileError(source, f"must be an array, got {_describe(value)}", path="points")
    # Fast path for well-formed files: a few passes at C speed over the list.
    # Any doubt sends the whole list through the point-by-point check, which
    # finds the first bad point and names it.
    try:
        if all(type(point) is dict and len(point) == 3 for point in value):
            xs = [point["x"] for point in value]
            ys = [point["y"] for point in value]
            roles = [point["role"] for point in value]
            if (set(map(type, xs)) | set(map(type, ys))) <= {int, float} and set(roles) <= set(
                ROLES
            ):
                x = np.array(xs, dtype=np.float64)
                y = np.array(ys, dtype=np.float64)
                if np.isfinite(x).all() and np.isfinite(y).all():
                    return PointTable(x, y, np.array([r == "test" for r in roles], dtype=bool))
    except (KeyError, TypeError, OverflowError):
        # KeyError: a field is missing; TypeError: a role is an array or
        # object (unhashable); OverflowError: an integer beyond float range.
        pass

    xs, ys, tests = [], [], []
    for index, point in enumerate(value):
        path = f"points[{index}]"
        if not isinstance(point, dict):
            raise SessionFileError(
                source,
                f'must be an object {{"x": ..., "y": ..., "role": ...}}, got {_describe(point)}',
                path=path,
            )
        _check_duplicates(point, path, source)
        _check_fields(point, _POINT_FIELDS, path, source)
        try:
            xs.append(_check_float(f"{path}.x", point["x"]))
            ys.append(_check_float(f"{path}.y", point["y"]))
            tests.append(_check_choice(f"{path}.role", point["role"], ROLES) == "test")
        except _FieldError as exc:
            raise _located(exc, "", source) from None
    return PointTable(
        np.array(xs, dtype=np.float64),
        np.array(ys, dtype=np.float64),
        np.array(tests, dtype=bool),
    )


def _check_duplicates(obj: dict[str, Any], path: str, source: str) -> None:
    if isinstance(obj, _ObjectWithDuplicates):
        raise SessionFileError(
            source, f"field {json.dumps(obj.duplicate)} appears twice", path=path or None
        )


def _check_fields(obj: dict[str, Any], names: Sequence[str], path: str, source: str) -> None:
    """Raise for the first missing field, else for the first unknown one."""
    for name in names:
        if name not in obj:
            raise SessionFileError(source, f"missing field {json.dumps(name)}", path=path or None)
    for name in obj:
        if name not in names:
            allowed = ", ".join(names)
            raise SessionFileError(
                source,
                f"unknown field {json.dumps(_shorten(name))} (allowed: {allowed})",
                path=path or None,
            )


def _located(exc: _FieldError, prefix: str, source: str) -> SessionFileError:
    """Turn a settings check failure into a file error at its JSON path."""
    return SessionFileError(
        source,
        f"must be {exc.requirement}, got {_describe(exc.value)}",
        path=prefix + exc.name,
    )


def _describe(value: object) -> str:
    """Describe a parsed JSON value the way it looks in the file."""
    if isinstance(value, _NonFinite):
        return value.literal
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f"the string {json.dumps(_shorten(value))}"
    if isinstance(value, float) and not math.isfinite(value):
        return "a number too large for a float"
    if isinstance(value, int | float):
        return _shorten(repr(value))
    if isinstance(value, list | tuple):
        if len(value) <= 4 and not any(isinstance(v, list | tuple | dict) for v in value):
            return "[" + ", ".join(_describe(v) for v in value) + "]"
        return f"an array of {len(value)} items"
    if isinstance(value, dict):
        return "an object"
    return _shorten(repr(value))


def _shorten(text: str) -> str:
    return text if len(text) <= _MAX_SHOWN_CHARS else text[: _MAX_SHOWN_CHARS - 3] + "..."


def _too_large(size: int) -> str:
    return (
        f"the file is too large for a session ({size / 1e6:,.0f} MB; "
        f"the limit is {MAX_SESSION_BYTES / 1e6:,.0f} MB)"
    )
