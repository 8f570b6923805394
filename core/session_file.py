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
      ],
      "classification": {             # the classification lab (version 2 on)
        "box": [-1.5, 1.5, -1.5, 1.5],  # [x1lo, x1hi, x2lo, x2hi], mapped onto [-1, 1]^2
        "model": {
          "degree": 2,                # integer, 0 to 10
          "l1": 0.0, "l2": 0.0,       # finite numbers >= 0
          "basis": "monomial"         # "monomial" or "legendre"
        },
        "generator": {
          "preset": "circles",        # "circles", "xor", "moons", "blobs" or "spiral"
          "n_train": 100, "n_test": 100,  # integers, 0 to 100,000
          "noise": 0.1, "seed": 0     # noise a finite number >= 0
        },
        "clustering": {
          "k": 2,                     # integer, 1 to 10
          "space": "paraboloid",      # "plane", "paraboloid" or "polynomial"
          "height": 0.0,              # the paraboloid's h, 0 to 5
          "seed": 0, "restarts": 5,   # restarts 1 to 100
          "shown": false              # true or false
        },
        "points": [
          {"x1": 0.4, "x2": 0.0, "label": 1, "role": "train"}  # label 0 or 1
        ]
      }
    }

(The ``#`` comments explain; they are not allowed in the file.) ``domain`` is
``[lo, hi]``, finite, with ``lo < hi``: the x range mapped to [-1, 1] before the
polynomial features are built. ``classification`` holds the second lab (see
``core/classify_settings.py``): its box (each side a domain as above), its
settings and its points of two classes. Version 1 files have no
``classification`` field; they still open, with the classification lab empty
and at its default settings (`ClassificationData()`), and are written back as
version 2. Integers must be written without a fraction,
``true``/``false`` are not numbers, and ``NaN``/``Infinity`` are rejected.
Numbers are written with the shortest text that reads back as the same float,
so saving and loading changes nothing. A file whose ``version`` is above
`FORMAT_VERSION` was written by a newer Overfit Lab and is refused with a
message saying so. Loading checks everything and raises `SessionFileError` for
the first problem, naming the file and the place: a JSON path such as
``points[3].y`` or, for a syntax error, a line and column. Files are parsed
with the `json` module only: never pickle, never eval.

The limits of :mod:`core.limits` hold for loading, saving and `SessionData`
alike, so a session that can be written can be read: at most `MAX_POINTS`
points in both labs together, with ``|x|, |y| <= 1e50``, each at most 49.5
domain widths outside the domain, and plane points with ``|x1|, |x2| <= 1e50``,
each at most half the box's width (height) beyond its sides; a domain within
those bounds and not too narrow; ``l1, l2 <= 1e50``; noise at most ``1e40``;
and a file of at most `MAX_SESSION_BYTES` (200 MB, more than the 198 MB that
`MAX_POINTS` points take at worst). Only a regular file is read (never a named
pipe or a device), and one over the size limit is refused before it is read.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

import numpy as np

from core import limits
from core.atomic_write import write_atomic
from core.classify_settings import (
    ClassifierSettings,
    ClassifyLabSettings,
    ClusterSettings,
    PlaneGeneratorSettings,
)
from core.limits import MAX_DEGREE, MAX_GENERATED_POINTS, MAX_POINTS, MAX_SEED
from core.plane import Box, PlaneTable
from core.plane_datasets import DEFAULT_BOX
from core.points_csv import ROLES, PointTable
from core.polyfit import BASES
from core.settings import (
    PRESETS,
    FieldError,
    GeneratorSettings,
    ModelSettings,
    check_choice,
    check_float,
    check_instance,
    check_int,
    normalize,
    shorten,
)

__all__ = [
    "BASES",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MAX_DEGREE",
    "MAX_GENERATED_POINTS",
    "MAX_POINTS",
    "MAX_SEED",
    "MAX_SESSION_BYTES",
    "PRESETS",
    "ClassificationData",
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
FORMAT_VERSION = 2
#: Files above this size are refused unread (the one file limit of core.limits).
MAX_SESSION_BYTES = limits.MAX_FILE_BYTES
# JSON integers longer than this are no number any field accepts; they stay
# text, since Python's int() refuses over 4,300 digits (a plain ValueError).
_MAX_INT_DIGITS = 1_000

_TOP_FIELDS_V1 = ("format", "version", "domain", "model", "generator", "points")
_TOP_FIELDS = (*_TOP_FIELDS_V1, "classification")
_POINT_FIELDS = ("x", "y", "role")
_PLANE_FIELDS = ("box", "model", "generator", "clustering", "points")
_PLANE_POINT_FIELDS = ("x1", "x2", "label", "role")
_LABELS = (0, 1)

_S = TypeVar(
    "_S",
    "ModelSettings",
    "GeneratorSettings",
    "ClassifierSettings",
    "PlaneGeneratorSettings",
    "ClusterSettings",
)


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


@dataclass(frozen=True)
class ClassificationData:
    """The classification lab as a session holds it: its box, points and settings.

    Parameters
    ----------
    box : Box, default ``core.plane_datasets.DEFAULT_BOX``
        The rectangle mapped onto ``[-1, 1]^2``; each side within the limits
        of `core.limits.check_domain`.
    points : PlaneTable, default empty
        Points of two classes with their roles, at most `MAX_POINTS`, each
        within the limits of `core.limits.find_plane_point_violation`.
    settings : ClassifyLabSettings, default ClassifyLabSettings()
        The classifier, the generator and the K-means tool.

    Raises
    ------
    ValueError
        If a field has the wrong type; `core.limits.LimitError` if a point is
        beyond a limit (its name is ``points[i].x1`` or ``points[i].x2``).
    """

    box: Box = DEFAULT_BOX
    points: PlaneTable = field(default_factory=PlaneTable.empty)
    settings: ClassifyLabSettings = field(default_factory=ClassifyLabSettings)

    def __post_init__(self) -> None:
        normalize(
            self,
            box=lambda v: check_instance("box", v, Box),
            points=lambda v: check_instance("points", v, PlaneTable),
            settings=lambda v: check_instance("settings", v, ClassifyLabSettings),
        )
        limits.check_point_count(len(self.points))
        found = limits.find_plane_point_violation(
            self.points.x1, self.points.x2, self.box.as_tuple()
        )
        if found is not None:
            raise limits.LimitError(
                f"points[{found.index}].{found.field}", found.reason, found.limit
            )


@dataclass(frozen=True)
class SessionData:
    """Everything a session file holds.

    Parameters
    ----------
    domain : tuple of (float, float), default (0.0, 1.0)
        The x range [lo, hi] mapped to z in [-1, 1]; finite, lo < hi, and
        within the limits of `core.limits.check_domain`.
    points : PointTable, default empty
        The data points with their train/test roles, at most `MAX_POINTS`,
        each within the limits of `core.limits.find_point_violation`.
    model : ModelSettings, default ModelSettings()
    generator : GeneratorSettings, default GeneratorSettings()
    classification : ClassificationData, default ClassificationData()
        The classification lab.

    Raises
    ------
    ValueError
        If the domain is invalid or a field has the wrong type;
        `core.limits.LimitError` if the domain or a point is beyond a limit,
        or both labs hold more than `MAX_POINTS` points together, so that
        every `SessionData` can be saved and loaded back.
    """

    domain: tuple[float, float] = (0.0, 1.0)
    points: PointTable = field(default_factory=PointTable.empty)
    model: ModelSettings = field(default_factory=ModelSettings)
    generator: GeneratorSettings = field(default_factory=GeneratorSettings)
    classification: ClassificationData = field(default_factory=ClassificationData)

    def __post_init__(self) -> None:
        normalize(
            self,
            domain=_check_domain,
            points=lambda v: check_instance("points", v, PointTable),
            model=lambda v: check_instance("model", v, ModelSettings),
            generator=lambda v: check_instance("generator", v, GeneratorSettings),
            classification=lambda v: check_instance("classification", v, ClassificationData),
        )
        limits.check_point_count(len(self.points.x) + len(self.classification.points))
        found = limits.find_point_violation(self.points.x, self.points.y, self.domain)
        if found is not None:
            raise limits.LimitError(
                f"points[{found.index}].{found.field}", found.reason, found.limit
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
        Indented JSON of format version `FORMAT_VERSION`, one point per line,
        ending with a newline. Every float
        is written as its shortest exact representation, so
        `session_from_json` gives back an equal session, bit for bit. The
        text is ASCII, so its length is its size in bytes.

    Raises
    ------
    core.limits.LimitError
        If the text would exceed the file size limit, so that it could not be
        loaded back. (`MAX_POINTS` points take at most 198 MB, so this guards
        the limits' consistency rather than any session one can build.)
    """

    def section(settings: object, indent: str = "  ") -> str:
        values = {f.name: getattr(settings, f.name) for f in fields(settings)}  # type: ignore[arg-type]
        return json.dumps(values, indent=2, allow_nan=False).replace("\n", "\n" + indent)

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
    lab = session.classification
    plane = lab.points
    # Four spaces, as the curve lab's points, not six: the longest line is then
    # 99 bytes and MAX_POINTS of them stay below the file limit (198 MB).
    plane_points = [
        f'    {{"x1": {x1!r}, "x2": {x2!r}, "label": {label}, '
        f'"role": "{"test" if test else "train"}"}}'
        for x1, x2, label, test in zip(
            plane.x1.tolist(),
            plane.x2.tolist(),
            plane.label.tolist(),
            plane.is_test.tolist(),
            strict=True,
        )
    ]
    plane_text = "[\n" + ",\n".join(plane_points) + "\n    ]" if plane_points else "[]"
    settings = lab.settings
    text = (
        "{\n"
        f'  "format": {json.dumps(FORMAT_NAME)},\n'
        f'  "version": {FORMAT_VERSION},\n'
        f'  "domain": {json.dumps(list(session.domain), allow_nan=False)},\n'
        f'  "model": {section(session.model)},\n'
        f'  "generator": {section(session.generator)},\n'
        f'  "points": {points_text},\n'
        '  "classification": {\n'
        f'    "box": {json.dumps(list(lab.box.as_tuple()), allow_nan=False)},\n'
        f'    "model": {section(settings.model, "    ")},\n'
        f'    "generator": {section(settings.generator, "    ")},\n'
        f'    "clustering": {section(settings.clustering, "    ")},\n'
        f'    "points": {plane_text}\n'
        "  }\n"
        "}\n"
    )
    limits.check_file_size(len(text), "session")
    return text


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
        document = json.loads(
            text, parse_constant=_NonFinite, parse_int=_parse_int, object_pairs_hook=_make_object
        )
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
    core.limits.LimitError
        If the file would be too large to load back (see `session_to_json`);
        nothing is written then.
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
        If the file is missing, a directory, not a regular file (a named pipe,
        a device), unreadable, larger than the file size limit, not UTF-8, or
        not a valid session (see `session_from_json`). The message names `path`.
    """
    source = os.fspath(path)
    try:
        raw = limits.read_file(source, purpose="a session")
    except limits.FileReadError as exc:
        raise SessionFileError(source, exc.reason) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise SessionFileError(
            source, f"not UTF-8 text (byte 0x{raw[exc.start]:02x} cannot be decoded)", line=line
        ) from None
    return session_from_json(text, source)


# --- checks of the session file --------------------------------------------


def _check_domain(value: object) -> tuple[float, float]:
    """The domain as (lo, hi); FieldError if malformed, LimitError if beyond a limit."""
    requirement = "two finite numbers [lo, hi] with lo < hi"
    if not isinstance(value, list | tuple | np.ndarray) or len(value) != 2:
        raise FieldError("domain", value, requirement)
    lo = check_float("domain[0]", value[0])
    hi = check_float("domain[1]", value[1])
    if not lo < hi:
        raise FieldError("domain", value, requirement)
    return limits.check_domain(lo, hi)


# --- reading the JSON document -----------------------------------------------


class _NonFinite:
    """Stands for a NaN/Infinity literal, so the check that meets it can name its path."""

    def __init__(self, literal: str) -> None:
        self.literal = literal

    def __repr__(self) -> str:
        return self.literal


class _LongInteger:
    """Stands for an integer literal too long for any field, so its check can name its path."""

    def __init__(self, digits: str) -> None:
        self.digits = digits

    def __repr__(self) -> str:
        return f"an integer of {len(self.digits.lstrip('-')):,} digits"


def _parse_int(text: str) -> int | _LongInteger:
    # Python refuses int() of over 4,300 digits with a plain ValueError, which
    # would escape json.loads; no field takes numbers that long anyway.
    return _LongInteger(text) if len(text) > _MAX_INT_DIGITS else int(text)


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
    _check_fields(document, _TOP_FIELDS if version >= 2 else _TOP_FIELDS_V1, "", source)

    try:
        domain = _check_domain(document["domain"])
    except FieldError as exc:
        raise _located(exc, "", source) from None
    except limits.LimitError as exc:
        raise SessionFileError(source, exc.reason, path="domain") from None
    model = _settings_from_json(ModelSettings, document["model"], "model", source)
    generator = _settings_from_json(GeneratorSettings, document["generator"], "generator", source)
    points = _points_from_json(document["points"], source)
    found = limits.find_point_violation(points.x, points.y, domain)
    if found is not None:
        path = f"points[{found.index}].{found.field}"
        raise SessionFileError(source, found.reason, path=path)
    lab = ClassificationData()
    if version >= 2:
        lab = _classification_from_json(document["classification"], source)
    try:
        limits.check_point_count(len(points.x) + len(lab.points))
    except limits.LimitError as exc:
        raise SessionFileError(
            source, f"both labs together: {exc.reason}", path="classification.points"
        ) from None
    return SessionData(
        domain=domain, points=points, model=model, generator=generator, classification=lab
    )


def _classification_from_json(value: object, source: str) -> ClassificationData:
    """Check the ``classification`` object and build the lab's data from it."""
    where = "classification"
    if not isinstance(value, dict):
        raise SessionFileError(source, f"must be an object, got {_describe(value)}", path=where)
    _check_duplicates(value, where, source)
    _check_fields(value, _PLANE_FIELDS, where, source)
    box = _box_from_json(value["box"], source)
    settings = ClassifyLabSettings(
        model=_settings_from_json(ClassifierSettings, value["model"], f"{where}.model", source),
        generator=_settings_from_json(
            PlaneGeneratorSettings, value["generator"], f"{where}.generator", source
        ),
        clustering=_settings_from_json(
            ClusterSettings, value["clustering"], f"{where}.clustering", source
        ),
    )
    points = _plane_points_from_json(value["points"], source)
    found = limits.find_plane_point_violation(points.x1, points.x2, box.as_tuple())
    if found is not None:
        path = f"{where}.points[{found.index}].{found.field}"
        raise SessionFileError(source, found.reason, path=path)
    return ClassificationData(box=box, points=points, settings=settings)


def _box_from_json(value: object, source: str) -> Box:
    path = "classification.box"
    requirement = "four finite numbers [x1lo, x1hi, x2lo, x2hi] with x1lo < x1hi, x2lo < x2hi"
    if not isinstance(value, list) or len(value) != 4:
        raise SessionFileError(source, f"must be {requirement}, got {_describe(value)}", path=path)
    try:
        bounds = [check_float(f"{path}[{i}]", v) for i, v in enumerate(value)]
    except FieldError as exc:
        raise _located(exc, "", source) from None
    if not (bounds[0] < bounds[1] and bounds[2] < bounds[3]):
        raise SessionFileError(source, f"must be {requirement}, got {_describe(value)}", path=path)
    try:
        return Box(*limits.check_box(*bounds))
    except limits.LimitError as exc:
        raise SessionFileError(source, f"{exc.name}: {exc.reason}", path=path) from None


def _settings_from_json(kind: type[_S], value: object, path: str, source: str) -> _S:
    names = tuple(f.name for f in fields(kind))
    if not isinstance(value, dict):
        raise SessionFileError(source, f"must be an object, got {_describe(value)}", path=path)
    _check_duplicates(value, path, source)
    _check_fields(value, names, path, source)
    try:
        return kind(**value)
    except FieldError as exc:
        raise _located(exc, path + ".", source) from None


def _points_from_json(value: object, source: str) -> PointTable:
    if not isinstance(value, list):
        raise SessionFileError(source, f"must be an array, got {_describe(value)}", path="points")
    try:
        limits.check_point_count(len(value))
    except limits.LimitError as exc:
        raise SessionFileError(source, exc.reason, path="points") from None
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
            xs.append(check_float(f"{path}.x", point["x"]))
            ys.append(check_float(f"{path}.y", point["y"]))
            tests.append(check_choice(f"{path}.role", point["role"], ROLES) == "test")
        except FieldError as exc:
            raise _located(exc, "", source) from None
    return PointTable(
        np.array(xs, dtype=np.float64),
        np.array(ys, dtype=np.float64),
        np.array(tests, dtype=bool),
    )


def _plane_points_from_json(value: object, source: str) -> PlaneTable:
    where = "classification.points"
    if not isinstance(value, list):
        raise SessionFileError(source, f"must be an array, got {_describe(value)}", path=where)
    try:
        limits.check_point_count(len(value))
    except limits.LimitError as exc:
        raise SessionFileError(source, exc.reason, path=where) from None
    # The fast path of _points_from_json, for the lab's four fields.
    try:
        if all(type(point) is dict and len(point) == 4 for point in value):
            x1s = [point["x1"] for point in value]
            x2s = [point["x2"] for point in value]
            labels = [point["label"] for point in value]
            roles = [point["role"] for point in value]
            if (
                (set(map(type, x1s)) | set(map(type, x2s))) <= {int, float}
                and set(map(type, labels)) <= {int}
                and set(labels) <= set(_LABELS)
                and set(roles) <= set(ROLES)
            ):
                x1 = np.array(x1s, dtype=np.float64)
                x2 = np.array(x2s, dtype=np.float64)
                if np.isfinite(x1).all() and np.isfinite(x2).all():
                    return PlaneTable(
                        x1,
                        x2,
                        np.array(labels, dtype=np.int64),
                        np.array([r == "test" for r in roles], dtype=bool),
                    )
    except (KeyError, TypeError, OverflowError):
        pass

    x1s, x2s, labels, tests = [], [], [], []
    for index, point in enumerate(value):
        path = f"{where}[{index}]"
        if not isinstance(point, dict):
            raise SessionFileError(
                source,
                'must be an object {"x1": ..., "x2": ..., "label": ..., "role": ...}, '
                f"got {_describe(point)}",
                path=path,
            )
        _check_duplicates(point, path, source)
        _check_fields(point, _PLANE_POINT_FIELDS, path, source)
        try:
            x1s.append(check_float(f"{path}.x1", point["x1"]))
            x2s.append(check_float(f"{path}.x2", point["x2"]))
            labels.append(check_int(f"{path}.label", point["label"], 0, 1))
            tests.append(check_choice(f"{path}.role", point["role"], ROLES) == "test")
        except FieldError as exc:
            raise _located(exc, "", source) from None
    return PlaneTable(
        np.array(x1s, dtype=np.float64),
        np.array(x2s, dtype=np.float64),
        np.array(labels, dtype=np.int64),
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
                f"unknown field {json.dumps(shorten(name))} (allowed: {allowed})",
                path=path or None,
            )


def _located(exc: FieldError, prefix: str, source: str) -> SessionFileError:
    """Turn a settings check failure into a file error at its JSON path."""
    return SessionFileError(
        source,
        f"must be {exc.requirement}, got {_describe(exc.value)}",
        path=prefix + exc.name,
    )


def _describe(value: object) -> str:
    """Describe a parsed JSON value the way it looks in the file."""
    if isinstance(value, _NonFinite | _LongInteger):
        return repr(value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f"the string {json.dumps(shorten(value))}"
    if isinstance(value, float) and not math.isfinite(value):
        return "a number too large for a float"
    if isinstance(value, int | float):
        return shorten(repr(value))
    if isinstance(value, list | tuple):
        if len(value) <= 4 and not any(isinstance(v, list | tuple | dict) for v in value):
            return "[" + ", ".join(_describe(v) for v in value) + "]"
        return f"an array of {len(value)} items"
    if isinstance(value, dict):
        return "an object"
    return shorten(repr(value))
