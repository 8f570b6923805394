"""Tests of the point CSV format: exact round trips, layouts, and errors that name the line."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core import limits, points_csv
from core.points_csv import (
    DataFileError,
    PointTable,
    format_points_csv,
    parse_points_csv,
    read_points_csv,
)

# Every number the limits allow, subnormals and the bounds themselves included.
finite_floats = st.floats(min_value=-limits.MAX_ABS_X, max_value=limits.MAX_ABS_X)


def _table(x: list[float], y: list[float], is_test: list[bool]) -> PointTable:
    return PointTable(np.array(x, dtype=float), np.array(y, dtype=float), np.array(is_test, bool))


def _assert_identical(a: PointTable, b: PointTable) -> None:
    """Bit-for-bit equality, so -0.0 and 0.0 or a last-digit rounding slip count."""
    assert a.x.tobytes() == b.x.tobytes()
    assert a.y.tobytes() == b.y.tobytes()
    assert a.is_test.tolist() == b.is_test.tolist()


def _error(text: str, source: str = "data.csv") -> DataFileError:
    with pytest.raises(DataFileError) as info:
        parse_points_csv(text, source)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(source)
    return info.value


# --- round trip ---------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(finite_floats, finite_floats, st.booleans()), max_size=50),
)
def test_format_then_parse_gives_back_the_same_floats_and_roles(
    rows: list[tuple[float, float, bool]],
) -> None:
    table = _table([r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows])
    text = format_points_csv(table)
    assert text.startswith("x,y,role\n")
    if not rows:
        # An empty table writes only the header, which reads back as "no data".
        _error(text)
        return
    _assert_identical(parse_points_csv(text), table)


def test_format_writes_shortest_exact_numbers_and_role_names() -> None:
    table = _table([0.1, -0.0, 1e50], [5e-324, 2.0, -1.5], [False, True, False])
    assert format_points_csv(table) == (
        "x,y,role\n0.1,5e-324,train\n-0.0,2.0,test\n1e+50,-1.5,train\n"
    )


def test_two_hundred_thousand_rows_round_trip_with_few_progress_calls() -> None:
    rng = np.random.default_rng(7)
    n = 200_000
    table = PointTable(rng.normal(size=n) * 1e3, rng.normal(size=n), rng.random(n) < 0.3)
    fractions: list[float] = []
    back = parse_points_csv(format_points_csv(table), progress=fractions.append)
    _assert_identical(back, table)
    assert fractions[0] == 0.0
    assert fractions[-1] == 1.0
    assert fractions == sorted(fractions)
    assert all(0.0 <= f <= 1.0 for f in fractions)
    # Now and then, not per line.
    assert 3 <= len(fractions) <= 20


# --- layouts --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "x", "y", "is_test"),
    [
        ("x,y\n1,2\n3,4\n", [1, 3], [2, 4], [False, False]),
        (" X , Y \n1,2\n", [1], [2], [False]),
        ("x,y,role\n1,2,test\n3,4,train\n", [1, 3], [2, 4], [True, False]),
        ("X,Y,ROLE\n1,2, Test \n", [1], [2], [True]),
        ("role,y,x\ntest,2,1\n", [1], [2], [True]),
        ("1,2\n3,4\n", [1, 3], [2, 4], [False, False]),
        ("1,2,test\n3,4,TRAIN\n", [1, 3], [2, 4], [True, False]),
        ("x;y;role\n1.5;2;test\n", [1.5], [2], [True]),
        ("1\t2\n-3e2\t+.5\n", [1, -300], [2, 0.5], [False, False]),
        (" 1 , 2 \n", [1], [2], [False]),
    ],
)
def test_header_is_optional_and_columns_are_recognized(
    text: str, x: list[float], y: list[float], is_test: list[bool]
) -> None:
    _assert_identical(parse_points_csv(text), _table(x, y, is_test))


def test_comments_blank_lines_line_endings_and_byte_order_mark_are_handled() -> None:
    text = (
        "\ufeff# made by hand\r\n\r\n  # indented comment\r\nx,y\r\n1,2\r\n   \r\n\t\r\n# mid\r3,4"
    )
    _assert_identical(parse_points_csv(text), _table([1, 3], [2, 4], [False, False]))


def test_padded_blank_lines_in_a_file_without_comments_are_skipped() -> None:
    # Without any "#" the fast path hands lines to numpy unfiltered.
    text = "1,2\n   \n3,4\n\t\n"
    _assert_identical(parse_points_csv(text), _table([1, 3], [2, 4], [False, False]))


# --- errors name the line -------------------------------------------------------


def test_error_message_names_file_line_column_and_value() -> None:
    text = "# points\nx,y\n1,2\n\n# a comment\n3,4\n7,abc\n5,6\n"
    error = _error(text)
    assert str(error) == "data.csv, line 7: 'abc' in column y is not a number"
    assert (error.source, error.line) == ("data.csv", 7)


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("x,y\n1,2\n3\n", 3, "expected 2 columns (x, y), found 1"),
        ("1,2,test\n3,4\n", 2, "expected 3 columns (x, y, role), found 2"),
        ("1,2\n3,4,5\n", 2, "expected 2 columns (x, y), found 3"),
        ("1,2,3,4\n", 1, "expected 2 columns (x, y) or 3 columns (x, y, role)"),
        ("5\n", 1, "found 1"),
        ("x,y\n1,2\nfoo,2\n", 3, "'foo' in column x is not a number"),
        ("1,2\n3,\n", 2, "column y is empty"),
        ("1,nan\n", 1, "'nan' in column y is not a finite number"),
        ("1,2\ninf,2\n", 2, "'inf' in column x is not a finite number"),
        ("1,2\n3,-Infinity\n", 2, "'-Infinity' in column y is not a finite number"),
        ("1,2\n1e999,2\n", 2, "'1e999' in column x is not a finite number"),
        ("1_000,2\n", 1, "'1_000' in column x is not a number"),
        ("1,2,train\n3,4,val\n", 2, "'val' in column role is not a role; allowed: train, test"),
        ("1,2,trainee\n", 1, "'trainee' in column role is not a role"),
        ("1,2,train" + " " * 20 + "x\n", 1, "' in column role is not a role"),
        ("1,2, TEST" + " " * 20 + "x\n", 1, "' in column role is not a role"),
        ("1,2,\n", 1, "'' in column role is not a role"),
        ("x,y,label\n1,2,a\n", 1, "'label' is neither a number nor a column name"),
        ("x,x\n1,2\n", 1, "header names column x twice"),
        ("x,role\n1,test\n", 1, "header has no column y"),
        ("1,5;2,5\n", 1, "'1,5' is not a number (the decimal separator must be a point)"),
        ("x;y\n1;2,5\n", 2, "'2,5' in column y is not a number (the decimal separator must"),
        ("1,2 # trailing comment\n", 1, "'2 # trailing comment' in column y is not a number"),
    ],
)
def test_each_error_names_the_right_line(text: str, line: int, fragment: str) -> None:
    error = _error(text)
    assert error.line == line
    assert str(error).startswith(f"data.csv, line {line}: ")
    assert fragment in str(error)


@pytest.mark.parametrize(
    "text", ["", "\n\n", "# only a comment\n", "x,y\n", "x,y,role\n# nothing\n"]
)
def test_a_file_without_data_rows_is_an_error(text: str) -> None:
    error = _error(text)
    assert error.line is None
    assert "no data rows" in str(error)


def test_error_in_a_later_block_names_its_line() -> None:
    # Beyond the first block, so the line number must survive block offsets.
    n_rows = points_csv._BLOCK_LINES * 2 + 100
    lines = ["# header comment", "x,y,role"] + [f"{i},{i * 0.5},train" for i in range(n_rows)]
    bad_line = points_csv._BLOCK_LINES + 1234
    lines[bad_line - 1] = "1,2,tst"
    error = _error("\n".join(lines))
    assert error.line == bad_line
    assert "'tst' in column role" in str(error)


def test_first_of_several_errors_is_reported() -> None:
    error = _error("1,2\n3,x\n5,y\n")
    assert error.line == 2


def test_long_values_are_shortened_in_the_message() -> None:
    error = _error("1," + "z" * 500 + "\n")
    assert len(str(error)) < 120


# --- reading files --------------------------------------------------------------


def test_read_points_csv_reads_a_utf8_file_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "pts.csv"
    path.write_bytes(b"\xef\xbb\xbfx,y\n0.5,1.5\n")
    _assert_identical(read_points_csv(path), _table([0.5], [1.5], [False]))


def test_read_errors_name_the_path_of_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.csv"
    path.write_text("x,y\n1,2\n3,four\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"broken\.csv, line 3: 'four' in column y"):
        read_points_csv(path)


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.csv"
    with pytest.raises(DataFileError) as info:
        read_points_csv(path)
    assert str(info.value) == f"{path}: no such file"


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="is a directory"):
        read_points_csv(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    # Were the pipe opened, this would wait for a writer for ever.
    path = tmp_path / "points.csv"
    os.mkfifo(path)
    with pytest.raises(DataFileError) as info:
        read_points_csv(path)
    assert str(info.value) == (
        f"{path}: is not a regular file (a named pipe); only regular files are read"
    )


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_an_endless_device_is_refused_unread(device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    with pytest.raises(DataFileError, match="is not a regular file"):
        read_points_csv(device)


def test_a_file_over_the_size_limit_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.csv"
    with open(path, "wb") as file:
        # Sparse: the size is there without writing 200 MB.
        file.truncate(limits.MAX_FILE_BYTES + 1)

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr("builtins.open", no_reading)
    with pytest.raises(DataFileError) as info:
        read_points_csv(path)
    assert str(info.value) == (
        f"{path}: the file is too large for a table of points (200 MB; the limit is 200 MB)"
    )


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("x,y\n1,2\n3,4 \u00b0C\n".encode("latin-1"))
    with pytest.raises(DataFileError) as info:
        read_points_csv(path)
    assert str(info.value) == f"{path}, line 3: not UTF-8 text (byte 0xb0 cannot be decoded)"


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
    path = make(tmp_path, "points.csv")
    with pytest.raises(DataFileError) as info:
        read_points_csv(path)
    message = str(info.value)
    if os.name == "posix":
        assert message == f"{path}: cannot read the file ({os.strerror(code)})"
    else:
        assert message.startswith(f"{path}: ")


def test_permission_denied_is_reported_even_as_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Root ignores file modes, so the denial is injected where the file is opened.
    path = tmp_path / "secret.csv"
    path.write_text("1,2\n", encoding="utf-8")

    def deny(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("builtins.open", deny)
    with pytest.raises(DataFileError) as info:
        read_points_csv(path)
    assert str(info.value) == f"{path}: permission denied"


# --- PointTable -----------------------------------------------------------------


def test_point_table_copies_and_freezes_its_arrays() -> None:
    x = np.array([1.0, 2.0])
    table = PointTable(x, [3, 4], np.array([False, True]))
    x[0] = 99.0
    assert table.x.tolist() == [1.0, 2.0]
    assert table.y.dtype == np.float64
    with pytest.raises(ValueError, match="read-only"):
        table.x[0] = 5.0
    assert table == PointTable([1.0, 2.0], [3.0, 4.0], np.array([False, True]))
    assert table != PointTable([1.0, 2.0], [3.0, 4.0], np.array([True, True]))


@pytest.mark.parametrize(
    ("x", "y", "is_test", "message"),
    [
        ([1.0], [1.0, 2.0], [False], "same length"),
        ([np.nan], [1.0], [False], "x must be finite"),
        ([1.0], [np.inf], [False], "y must be finite"),
        ([[1.0]], [1.0], [False], "x must be one-dimensional"),
        ([1.0], [1.0], [1], "is_test must be a bool array"),
        (["a"], [1.0], [False], "x must be an array of numbers"),
    ],
)
def test_point_table_rejects_bad_arrays(
    x: object, y: object, is_test: object, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        PointTable(x, y, np.asarray(is_test))  # type: ignore[arg-type]


def test_empty_table() -> None:
    table = PointTable.empty()
    assert len(table.x) == len(table.y) == len(table.is_test) == 0
    assert table.is_test.dtype == np.bool_
