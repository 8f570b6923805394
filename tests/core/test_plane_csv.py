"""Tests of the plane CSV format (x1, x2, label, role) on top of the shared reader."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.limits import LimitError
from core.plane import PlaneTable
from core.plane_csv import (
    format_plane_csv,
    parse_plane_csv,
    parse_plane_points,
    read_plane_csv,
    read_plane_points,
)
from core.points_csv import ColumnSpec, DataFileError, parse_columns

# Every coordinate a table may hold (core.limits: |x| <= 1e50).
finite = st.floats(min_value=-1e50, max_value=1e50)


def _identical(a: PlaneTable, b: PlaneTable) -> None:
    assert a.x1.tobytes() == b.x1.tobytes()
    assert a.x2.tobytes() == b.x2.tobytes()
    assert a.label.tolist() == b.label.tolist()
    assert a.is_test.tolist() == b.is_test.tolist()


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(finite, finite, st.integers(0, 1), st.booleans()), min_size=1))
def test_round_trip_gives_back_the_same_floats_labels_and_roles(rows) -> None:
    table = PlaneTable(
        [r[0] for r in rows],
        [r[1] for r in rows],
        [r[2] for r in rows],
        np.array([r[3] for r in rows]),
    )
    text = format_plane_csv(table)
    assert text.startswith("x1,x2,label,role\n")
    _identical(parse_plane_csv(text), table)


def test_file_round_trip(tmp_path: Path) -> None:
    table = PlaneTable([0.1, -0.0], [5e-324, 2.0], [1, 0], np.array([False, True]))
    path = tmp_path / "points.csv"
    path.write_text(format_plane_csv(table), encoding="utf-8")
    _identical(read_plane_csv(path), table)
    assert format_plane_csv(table) == "x1,x2,label,role\n0.1,5e-324,1,train\n-0.0,2.0,0,test\n"


@pytest.mark.parametrize(
    ("text", "x1", "label", "is_test"),
    [
        ("1,2,0\n3,4,1\n", [1, 3], [0, 1], [False, False]),
        ("x1,x2,label\n1,2,1.0\n", [1], [1], [False]),
        ("LABEL, X2 ,x1,Role\n1,2,3,test\n", [3], [1], [True]),
        ("# comment\n1;2;0;train\n\n3;4;1;TEST\n", [1, 3], [0, 1], [False, True]),
        ("1\t2\t-0\n", [1], [0], [False]),
    ],
)
def test_layouts(text, x1, label, is_test) -> None:
    table = parse_plane_csv(text)
    assert table.x1.tolist() == x1
    assert table.label.tolist() == label
    assert table.is_test.tolist() == is_test


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("1,2,2\n", 1, "'2' in column label is not a class; allowed: 0, 1"),
        ("1,2,0\n3,4,0.5\n", 2, "'0.5' in column label is not a class"),
        ("1,2,0\n3,4,-1\n", 2, "'-1' in column label is not a class"),
        ("1,2\n", 1, "expected 3 columns (x1, x2, label) or 4 columns (x1, x2, label, role)"),
        ("1,2,0\n3,4\n", 2, "expected 3 columns (x1, x2, label), found 2"),
        ("x1,x2\n1,2\n", 1, "expected 3 columns"),
        (
            "x,y,label\n1,2,1\n",
            1,
            "'x' is neither a number nor a column name (x1, x2, label, role)",
        ),
        ("x1,x2,x2\n1,2,1\n", 1, "header names column x2 twice"),
        ("x1,x2,role\n1,2,test\n", 1, "header has no column label"),
        ("1,nan,0\n", 1, "'nan' in column x2 is not a finite number"),
        ("1,2,one\n", 1, "'one' in column label is not a number"),
        ("1,2,1,val\n", 1, "'val' in column role is not a role"),
        ("x1;x2;label\n1,5;2;0\n", 2, "'1,5' in column x1 is not a number (the decimal separator"),
    ],
)
def test_errors_name_the_line(text, line, fragment) -> None:
    with pytest.raises(DataFileError) as info:
        parse_plane_csv(text, "pts.csv")
    assert info.value.line == line
    assert str(info.value).startswith(f"pts.csv, line {line}: ")
    assert fragment in str(info.value)


def test_a_bad_label_in_a_later_block_is_found_by_the_careful_parser() -> None:
    from core import points_csv

    rows = [f"{i},{i},{i % 2}" for i in range(points_csv._BLOCK_LINES + 500)]
    rows[points_csv._BLOCK_LINES + 10] = "1,1,3"
    with pytest.raises(DataFileError) as info:
        parse_plane_csv("\n".join(rows))
    assert info.value.line == points_csv._BLOCK_LINES + 11


def test_missing_file_names_the_path(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="no such file"):
        read_plane_csv(tmp_path / "absent.csv")


def test_column_spec_checks_itself() -> None:
    with pytest.raises(ValueError, match="distinct names other than role"):
        ColumnSpec(("x", "x"))
    with pytest.raises(ValueError, match="distinct names other than role"):
        ColumnSpec(("x", "role"))
    with pytest.raises(ValueError, match="classes must be among values"):
        ColumnSpec(("x", "y"), classes=("label",))
    columns = parse_columns("a,b\n1,2\n", ColumnSpec(("a", "b")))
    assert columns["a"].tolist() == [1.0] and columns["is_test"].tolist() == [False]


def test_a_table_beyond_the_limits_is_not_written() -> None:
    table = PlaneTable([0.0, 2e50], [1.0, 1.0], [0, 1], [False, False])
    with pytest.raises(LimitError, match="1e\\+50"):
        format_plane_csv(table)


# --- the label column optional (for clustering) ----------------------------------


@pytest.mark.parametrize(
    ("text", "x1", "x2", "label", "test"),
    [
        ("1,2\n3,4\n", [1, 3], [2, 4], None, [False, False]),
        ("# no header\n1,2,1\n3,4,0\n", [1, 3], [2, 4], [1, 0], [False, False]),
        ("1,2,1,test\n3,4,0,train\n", [1, 3], [2, 4], [1, 0], [True, False]),
        ("x2;x1\n1;2\n", [2], [1], None, [False]),
        ("X1, X2, Role\n1, 2, test\n", [1], [2], None, [True]),
        ("label,x1,x2\n1.0,5,6\n", [5], [6], [1], [False]),
    ],
)
def test_the_label_column_may_be_left_out(text, x1, x2, label, test) -> None:
    points = parse_plane_points(text, "p.csv")
    assert points.x1.tolist() == x1 and points.x2.tolist() == x2
    assert (None if points.label is None else points.label.tolist()) == label
    assert points.is_test.tolist() == test and len(points) == len(x1)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "1\n",
            "p.csv, line 1: expected 2 to 4 columns (x1, x2, and optionally label and role) "
            "separated by commas, found 1",
        ),
        ("1,2,test\n", "p.csv, line 1: 'test' in column label is not a number"),
        ("x1,x2,label\n1,2,3\n", "p.csv, line 2: '3' in column label is not a class"),
        ("x1,label\n1,0\n", "p.csv, line 1: header has no column x2"),
        ("x1,x2\n1,2\n3\n", "p.csv, line 3: expected 2 columns (x1, x2), found 1"),
    ],
)
def test_points_without_labels_are_still_checked(text, message) -> None:
    with pytest.raises(DataFileError) as info:
        parse_plane_points(text, "p.csv")
    assert str(info.value).startswith(message)


def test_a_lab_export_reads_back_with_its_labels(tmp_path: Path) -> None:
    table = PlaneTable([0.5, -1.0], [2.0, 0.25], [1, 0], [False, True])
    path = tmp_path / "lab.csv"
    path.write_text(format_plane_csv(table), encoding="utf-8")
    points = read_plane_points(path)
    assert points.label.tolist() == [1, 0] and points.is_test.tolist() == [False, True]
    assert points.x1.tobytes() == table.x1.tobytes()


def test_the_labelled_reader_still_needs_the_label() -> None:
    with pytest.raises(DataFileError, match="expected 3 columns"):
        parse_plane_csv("1,2\n", "p.csv")
    with pytest.raises(DataFileError, match="header has no column label"):
        parse_plane_csv("x1,x2,role\n1,2,test\n", "p.csv")


def test_optional_columns_come_last() -> None:
    with pytest.raises(ValueError, match="optional must be the last of values"):
        ColumnSpec(("a", "b", "c"), optional=("a",))
    with pytest.raises(ValueError, match="optional must be the last of values"):
        ColumnSpec(("a",), optional=("a",))
    spec = ColumnSpec(("a", "b", "c"), optional=("b", "c"))
    assert spec.required == ("a",)
    assert set(parse_columns("1\n", spec)) == {"a", "is_test"}
    assert set(parse_columns("1,2\n", spec)) == {"a", "b", "is_test"}
