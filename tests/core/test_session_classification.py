"""The classification lab in the session file (format version 2), and its limits.

Round trips are exact, version 1 files still open (with the lab empty), every
field of the new ``classification`` object is checked and named by its JSON
path, and the lab's points obey the limits of ``core.limits``: at most half
the box's width beyond its sides, and both labs together at most
``MAX_POINTS`` points, which keeps every file the app writes readable.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core import limits
from core.classify_settings import (
    CLUSTER_SPACES,
    ClassifierSettings,
    ClassifyLabSettings,
    ClusterSettings,
    PlaneGeneratorSettings,
)
from core.limits import MAX_ABS_X, MAX_FILE_BYTES, MAX_PLANE_Z, MAX_POINTS, LimitError
from core.plane import Box, PlaneTable
from core.plane_datasets import DEFAULT_BOX, PLANE_PRESETS, generate_plane, generated_box
from core.points_csv import PointTable
from core.session_file import (
    FORMAT_VERSION,
    ClassificationData,
    SessionData,
    SessionFileError,
    session_from_json,
    session_to_json,
)

LONGEST = -1.2345678901234567e-300


def _up(value: float) -> float:
    return float(np.nextafter(value, math.inf))


def _down(value: float) -> float:
    return float(np.nextafter(value, -math.inf))


def _table(x1, x2, label=None, test=None) -> PlaneTable:
    n = len(x1)
    label = np.zeros(n, dtype=int) if label is None else np.asarray(label)
    test = np.zeros(n, dtype=bool) if test is None else np.asarray(test)
    return PlaneTable(np.asarray(x1, float), np.asarray(x2, float), label, test)


SAMPLE = SessionData(
    points=PointTable([0.25], [1.0], np.array([False])),
    classification=ClassificationData(
        box=Box(-2.0, 3.0, -1.0, 1.5),
        points=_table([0.5, -0.0, 5e-324], [1.0, -2.0, 0.25], [1, 0, 1], [False, True, False]),
        settings=ClassifyLabSettings(
            model=ClassifierSettings(degree=6, l1=1e-4, l2=0.0, basis="legendre"),
            generator=PlaneGeneratorSettings(preset="moons", n_train=40, seed=7),
            clustering=ClusterSettings(k=3, space="plane", height=1.5, seed=2, restarts=4),
        ),
    ),
)


def _document(session: SessionData = SAMPLE) -> dict[str, Any]:
    return json.loads(session_to_json(session))


def _error(document: dict[str, Any] | str) -> str:
    text = document if isinstance(document, str) else json.dumps(document, indent=2)
    with pytest.raises(SessionFileError) as info:
        session_from_json(text, "s.json")
    message = str(info.value)
    assert "\n" not in message and message.startswith("s.json")
    return message


# ---------------------------------------------------------------- round trips
@st.composite
def labs(draw: st.DrawFn) -> ClassificationData:
    lo1 = draw(st.floats(-1e6, 1e6))
    lo2 = draw(st.floats(-1e6, 1e6))
    w1 = draw(st.floats(1e-3, 1e6))
    w2 = draw(st.floats(1e-3, 1e6))
    box = Box(lo1, lo1 + w1, lo2, lo2 + w2)
    z = st.floats(-MAX_PLANE_Z, MAX_PLANE_Z)
    rows = draw(st.lists(st.tuples(z, z, st.integers(0, 1), st.booleans()), max_size=25))
    x1 = np.array([box.x1lo + (r[0] + 1) / 2 * (box.x1hi - box.x1lo) for r in rows], dtype=float)
    x2 = np.array([box.x2lo + (r[1] + 1) / 2 * (box.x2hi - box.x2lo) for r in rows], dtype=float)
    keep = np.array(
        [
            limits.find_plane_point_violation([a], [b], box.as_tuple()) is None
            for a, b in zip(x1, x2, strict=True)
        ],
        dtype=bool,
    )
    table = PlaneTable(
        x1[keep] if keep.size else x1,
        x2[keep] if keep.size else x2,
        np.array([r[2] for r in rows], dtype=int)[keep] if rows else np.zeros(0, int),
        np.array([r[3] for r in rows], dtype=bool)[keep] if rows else np.zeros(0, bool),
    )
    settings_ = ClassifyLabSettings(
        model=ClassifierSettings(
            degree=draw(st.integers(0, 10)),
            l1=draw(st.floats(0, limits.MAX_STRENGTH)),
            l2=draw(st.floats(0, limits.MAX_STRENGTH)),
            basis=draw(st.sampled_from(("monomial", "legendre"))),
        ),
        generator=PlaneGeneratorSettings(
            preset=draw(st.sampled_from(tuple(PLANE_PRESETS))),
            n_train=draw(st.integers(0, 100_000)),
            n_test=draw(st.integers(0, 100_000)),
            noise=draw(st.floats(0, limits.MAX_NOISE)),
            seed=draw(st.integers(0, 2**31 - 1)),
        ),
        clustering=ClusterSettings(
            k=draw(st.integers(1, 10)),
            space=draw(st.sampled_from(CLUSTER_SPACES)),
            height=draw(st.floats(0, 5)),
            seed=draw(st.integers(0, 2**31 - 1)),
            restarts=draw(st.integers(1, 100)),
            shown=draw(st.booleans()),
        ),
    )
    return ClassificationData(box=box, points=table, settings=settings_)


@settings(max_examples=120, deadline=None)
@given(labs())
def test_the_lab_round_trips_exactly(lab: ClassificationData) -> None:
    session = SessionData(classification=lab)
    back = session_from_json(session_to_json(session))
    assert back == session
    assert back.classification.points.x1.tobytes() == lab.points.x1.tobytes()
    assert back.classification.points.x2.tobytes() == lab.points.x2.tobytes()
    assert repr(back.classification.settings) == repr(lab.settings)
    assert back.classification.box.as_tuple() == lab.box.as_tuple()


def test_the_file_names_the_lab_and_writes_one_point_per_line() -> None:
    text = session_to_json(SAMPLE)
    document = json.loads(text)
    assert document["version"] == FORMAT_VERSION == 2
    lab = document["classification"]
    assert list(lab) == ["box", "model", "generator", "clustering", "points"]
    assert lab["box"] == [-2.0, 3.0, -1.0, 1.5]
    assert lab["clustering"] == {
        "k": 3,
        "space": "plane",
        "height": 1.5,
        "seed": 2,
        "restarts": 4,
        "shown": False,
    }
    assert '    {"x1": -0.0, "x2": -2.0, "label": 0, "role": "test"},\n' in text
    assert session_from_json(text) == SAMPLE


def test_an_empty_session_holds_an_empty_lab_in_the_default_box() -> None:
    session = session_from_json(session_to_json(SessionData()))
    assert session.classification == ClassificationData()
    assert session.classification.box == DEFAULT_BOX
    assert len(session.classification.points) == 0


def test_a_version_1_file_opens_with_the_lab_empty_and_is_written_back_as_version_2() -> None:
    document = _document()
    del document["classification"]
    document["version"] = 1
    session = session_from_json(json.dumps(document))
    assert session.classification == ClassificationData()
    assert session.points == SAMPLE.points and session.model == SAMPLE.model
    assert json.loads(session_to_json(session))["version"] == 2


def test_a_version_1_file_may_not_hold_the_lab() -> None:
    document = _document()
    document["version"] = 1
    assert _error(document).startswith('s.json: unknown field "classification"')


# -------------------------------------------------------------------- errors
def _set(document: dict[str, Any], path: list[Any], value: Any) -> dict[str, Any]:
    target = document
    for key in path[:-1]:
        target = target[key]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return document


_DELETE = object()
LAB = "classification"


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        ([LAB], _DELETE, 's.json: missing field "classification"'),
        ([LAB], [1], "s.json: classification: must be an object, got [1]"),
        ([LAB, "boxes"], 1, 's.json: classification: unknown field "boxes"'),
        ([LAB, "clustering"], _DELETE, 's.json: classification: missing field "clustering"'),
        ([LAB, "box"], [0, 1, 0], "s.json: classification.box: must be four finite numbers"),
        ([LAB, "box"], [1, 0, 0, 1], "s.json: classification.box: must be four finite numbers"),
        (
            [LAB, "box"],
            [0, "1", 0, 1],
            's.json: classification.box[1]: must be a finite number, got the string "1"',
        ),
        (
            [LAB, "box"],
            [0, 1, -1e51, 0],
            "s.json: classification.box: box x2: [-1e+51, 0.0] has an end beyond the limit",
        ),
        (
            [LAB, "model", "degree"],
            11,
            "s.json: classification.model.degree: must be an integer from 0 to 10, got 11",
        ),
        (
            [LAB, "model", "l2"],
            1e51,
            "s.json: classification.model.l2: must be at most the limit 1e+50, got 1e+51",
        ),
        ([LAB, "model", "dropout"], 0.5, 's.json: classification.model: unknown field "dropout"'),
        (
            [LAB, "generator", "preset"],
            "rings",
            's.json: classification.generator.preset: must be one of "circles"',
        ),
        (
            [LAB, "clustering", "k"],
            11,
            "s.json: classification.clustering.k: must be an integer from 1 to 10, got 11",
        ),
        (
            [LAB, "clustering", "height"],
            5.5,
            "s.json: classification.clustering.height: must be at most the limit 5, got 5.5",
        ),
        (
            [LAB, "clustering", "space"],
            "sphere",
            's.json: classification.clustering.space: must be one of "plane", "paraboloid"',
        ),
        (
            [LAB, "clustering", "shown"],
            1,
            "s.json: classification.clustering.shown: must be true or false, got 1",
        ),
        ([LAB, "points"], {}, "s.json: classification.points: must be an array, got an object"),
        (
            [LAB, "points", 1, "label"],
            2,
            "s.json: classification.points[1].label: must be an integer from 0 to 1, got 2",
        ),
        (
            [LAB, "points", 1, "label"],
            1.0,
            "s.json: classification.points[1].label: must be an integer from 0 to 1, got 1.0",
        ),
        (
            [LAB, "points", 2, "x2"],
            None,
            "s.json: classification.points[2].x2: must be a finite number, got null",
        ),
        (
            [LAB, "points", 0, "role"],
            "holdout",
            's.json: classification.points[0].role: must be one of "train", "test"',
        ),
        ([LAB, "points", 0, "x"], 1, 's.json: classification.points[0]: unknown field "x"'),
        (
            [LAB, "points", 0, "label"],
            _DELETE,
            's.json: classification.points[0]: missing field "label"',
        ),
        ([LAB, "points", 0], [1, 2], "s.json: classification.points[0]: must be an object"),
        (
            [LAB, "points", 0, "x1"],
            5.6,
            "s.json: classification.points[0].x1: x1 = 5.6 lies too far outside the box's "
            "side [-2.0, 3.0]: the limit is |z1|, |z2| <= 2, at most half the box's width",
        ),
        (
            [LAB, "points", 2, "x2"],
            -2.3,
            "s.json: classification.points[2].x2: x2 = -2.3 lies too far outside the box's "
            "side [-1.0, 1.5]: the limit is |z1|, |z2| <= 2, at most half the box's height",
        ),
    ],
)
def test_every_field_of_the_lab_is_checked_and_named(path, value, expected) -> None:
    assert _error(_set(_document(), path, value)).startswith(expected)


def test_nan_in_the_lab_is_named() -> None:
    text = session_to_json(SAMPLE).replace('"x2": -2.0', '"x2": NaN', 1)
    assert _error(text) == ("s.json: classification.points[1].x2: must be a finite number, got NaN")


def test_a_newer_version_is_refused_before_the_lab_is_read() -> None:
    document = _set(_document(), ["version"], 3)
    document["classification"] = "anything"
    assert "session format version 3; this version reads version 2" in _error(document)


# -------------------------------------------------------------------- limits
@pytest.mark.parametrize(
    ("side", "accepted", "refused"),
    [
        # Box [-1, 1]^2: z = x, and half the width beyond the side is 2.
        ("x1", 2.0, _up(2.0)),
        ("x1", -2.0, _down(-2.0)),
        ("x2", 2.0, _up(2.0)),
        ("x2", -2.0, _down(-2.0)),
    ],
)
def test_a_plane_point_at_the_bound_is_accepted_and_one_float_beyond_refused(
    side: str, accepted: float, refused: float
) -> None:
    def point(value: float) -> tuple[list[float], list[float]]:
        return ([value, 0.0], [0.5, 0.0]) if side == "x1" else ([0.5, 0.0], [value, 0.0])

    box = (-1.0, 1.0, -1.0, 1.0)
    assert limits.find_plane_point_violation(*point(accepted), box) is None
    found = limits.find_plane_point_violation(*point(refused), box)
    assert found is not None and (found.index, found.field) == (0, side)
    assert found.limit == "|z1|, |z2| <= 2"
    assert f"{side} = {refused!r} lies too far outside the box's side [-1.0, 1.0]" in found.reason
    ClassificationData(box=Box(*box), points=_table(*point(accepted)))
    with pytest.raises(LimitError, match=re.escape(f"points[0].{side}: ")):
        ClassificationData(box=Box(*box), points=_table(*point(refused)))


def test_plane_points_beyond_the_x_limit_or_not_finite_are_named() -> None:
    found = limits.find_plane_point_violation([0.0, 2e50], [0.0, 0.0])
    assert (found.index, found.field, found.limit) == (1, "x1", "|x| <= 1e+50")
    found = limits.find_plane_point_violation([0.0, 0.0], [0.0, math.nan])
    assert (found.index, found.field) == (1, "x2") and "not a finite number" in found.reason
    assert limits.find_plane_point_violation([MAX_ABS_X], [-MAX_ABS_X]) is None
    assert limits.find_plane_point_violation([], []) is None


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.floats(-4, 4), st.floats(-4, 4)), min_size=1, max_size=20),
    st.floats(-100, 100),
    st.floats(0.01, 100),
)
def test_the_first_violation_is_the_one_an_element_by_element_check_finds(rows, lo, width) -> None:
    box = (lo, lo + width, -1.0, 1.0)
    x1 = np.array([lo + (a + 1) / 2 * width for a, _ in rows])
    x2 = np.array([b for _, b in rows])

    def bad(i: int) -> str | None:
        z1 = (x1[i] - box[0]) * (2.0 / (box[1] - box[0])) - 1.0
        z2 = (x2[i] - box[2]) * (2.0 / (box[3] - box[2])) - 1.0
        if not abs(z1) <= MAX_PLANE_Z:
            return "x1"
        if not abs(z2) <= MAX_PLANE_Z:
            return "x2"
        return None

    expected = next(((i, f) for i in range(len(rows)) if (f := bad(i))), None)
    found = limits.find_plane_point_violation(x1, x2, box)
    assert (None if found is None else (found.index, found.field)) == expected


def test_check_box_names_the_side_at_fault() -> None:
    assert limits.check_box(0, 1, -1, 1) == (0.0, 1.0, -1.0, 1.0)
    with pytest.raises(LimitError) as info:
        limits.check_box(0, 1, 0, 1e-60)
    assert info.value.name == "box x2" and "1e-50" in str(info.value)
    with pytest.raises(ValueError, match="box x1: domain needs lo < hi"):
        limits.check_box(1, 0, 0, 1)


def test_both_labs_together_hold_at_most_max_points(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_POINTS", 4)
    curves = PointTable([0.5, 0.6], [1.0, 2.0], np.zeros(2, bool))
    SessionData(points=curves, classification=ClassificationData(points=_table([0, 1], [0, 1])))
    with pytest.raises(LimitError, match="5 points are beyond the limit of 4"):
        SessionData(
            points=curves, classification=ClassificationData(points=_table([0, 1, 0], [0, 1, 1]))
        )
    document = _document(
        SessionData(points=curves, classification=ClassificationData(points=_table([0], [0])))
    )
    document["classification"]["points"] *= 3
    assert _error(document) == (
        "s.json: classification.points: both labs together: 5 points are beyond the limit of 4"
    )


def test_a_session_of_the_most_plane_points_with_the_longest_numbers_fits_the_file_limit() -> None:
    def size(n: int) -> int:
        table = _table(np.full(n, LONGEST), np.full(n, LONGEST), np.zeros(n, int))
        lab = ClassificationData(
            box=Box(-MAX_ABS_X, MAX_ABS_X, -MAX_ABS_X, MAX_ABS_X), points=table
        )
        settings_ = ClassifyLabSettings(
            model=ClassifierSettings(l1=-LONGEST, l2=-LONGEST),
            generator=PlaneGeneratorSettings(noise=-LONGEST),
            clustering=ClusterSettings(height=4.999999999999999),
        )
        lab = ClassificationData(box=lab.box, points=table, settings=settings_)
        return len(session_to_json(SessionData(classification=lab)))

    per_point = (size(2000) - size(1000)) / 1000
    assert per_point == 99
    # The curve lab's points take 85 bytes each (tests/core/test_limits.py), so a
    # session of MAX_POINTS points in any mix of the labs fits the file limit.
    assert size(1000) - 1000 * per_point + MAX_POINTS * per_point < MAX_FILE_BYTES


# ---------------------------------------------------------------- generated
def test_generated_points_use_the_default_box_unless_the_noise_throws_them_beyond() -> None:
    for preset in PLANE_PRESETS:
        table = generate_plane(preset, 500, 500, PLANE_PRESETS[preset].default_noise, 1)
        assert generated_box(table.x1, table.x2) == DEFAULT_BOX
    noisy = generate_plane("blobs", 500, 500, 3.0, 1)
    box = generated_box(noisy.x1, noisy.x2)
    assert box != DEFAULT_BOX
    assert box.x1lo <= min(noisy.x1.min(), -1.5) and box.x2hi >= max(noisy.x2.max(), 1.5)
    ClassificationData(box=box, points=noisy)
    loud = generate_plane("circles", 200, 0, limits.MAX_NOISE, 0)
    ClassificationData(box=generated_box(loud.x1, loud.x2), points=loud)
