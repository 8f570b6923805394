"""Reading and writing point tables as CSV text: columns x, y and an optional role.

The format is deliberately forgiving about layout and strict about values. Each
data line holds ``x,y`` or ``x,y,role`` where role is ``train`` or ``test``
(case-insensitive; without a role column every point is a training point). A
header line is optional; it is recognized when no field of the first data line is
a number, and then names the columns (``x``, ``y`` and optionally ``role``, in any
order, case-insensitive, spaces ignored). Lines whose first non-blank character is
``#`` are comments, blank lines are skipped, and the separator is a comma, or a
tab or semicolon when the first data line contains one (tab is tried first, then
semicolon, so ``1,5;2,5`` is read as two fields with decimal commas and rejected
with a clear message rather than silently misread). Every value must be a finite
decimal number (``nan`` and ``inf`` are rejected) within the limits of
:mod:`core.limits` (``|x|, |y| <= 1e50``), and a table holds at most
``MAX_POINTS`` rows; a file must be a regular file (never a named pipe or a
device) of at most ``MAX_FILE_BYTES``. Any problem raises `DataFileError` with a
one-line message naming the source, the line number and what is wrong (and the
limit, when one was hit). Whether the data suits a fit (say, all x equal) is
the fitter's business, not this module's. Large files are parsed block by block
with numpy's C parser; only a block that fails is re-read line by line to find
the first error.

The same reader serves other sets of number columns, described by a
`ColumnSpec` (the classification lab's ``x1, x2, label`` files use it, see
``core/plane_csv.py``): every rule above holds for them, and a class column
takes only the values 0 and 1.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from core import limits

__all__ = [
    "CLASSES",
    "ROLES",
    "XY_COLUMNS",
    "ColumnSpec",
    "DataFileError",
    "PointTable",
    "format_points_csv",
    "parse_columns",
    "parse_points_csv",
    "read_csv_text",
    "read_points_csv",
]

#: The allowed values of the role column, in the order used in messages.
ROLES = ("train", "test")

#: The values a class column may hold, in the order used in messages.
CLASSES = (0, 1)
# Tried in this order on the first data line; see the module docstring.
_SEPARATORS = ("\t", ";", ",")
# Lines per block: large enough that numpy's per-call overhead vanishes, small
# enough that progress is reported a dozen times for a million rows and a block
# re-read line by line after an error stays quick.
_BLOCK_LINES = 65_536
# numpy cuts strings to this width; wide enough for a role padded with spaces.
# A field that fills it is sent to the careful parser, as it may have been cut.
_ROLE_DTYPE = "U16"
# Spreadsheets in many locales write 1,5 for 1.5 (with ; or tab between fields).
_DECIMAL_HINT = " (the decimal separator must be a point)"
# Long offending values are cut so the message stays one readable line.
_MAX_SHOWN_CHARS = 40


class DataFileError(ValueError):
    """A data file (or text) that cannot be read as a point table.

    The message is one line: ``"<source>, line <n>: <what is wrong>"``, or
    ``"<source>: <what is wrong>"`` when no single line is at fault.

    Parameters
    ----------
    source : str
        The file name (or ``"<input>"``) shown to the user.
    line : int or None
        The 1-based line number at fault, or None.
    reason : str
        What is wrong, without the source and line.
    """

    def __init__(self, source: str, line: int | None, reason: str) -> None:
        self.source = source
        self.line = line
        self.reason = reason
        where = _one_line(source) if line is None else f"{_one_line(source)}, line {line}"
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True)
class ColumnSpec:
    """The columns of a point file: number columns, then an optional role column.

    Parameters
    ----------
    values : tuple of str
        Names of the number columns (lower case), in the order a file without
        a header lists them.
    classes : tuple of str, default ()
        Those of `values` that hold a class label: 0 or 1 (written as any
        number equal to it, such as ``1`` or ``1.0``).
    optional : tuple of str, default ()
        The last of `values`, which a file may leave out (a file without a
        header then lists the columns it has in the order of `values`,
        followed by the role column if it has one).
    """

    values: tuple[str, ...]
    classes: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.values or len(set(self.values)) != len(self.values) or "role" in self.values:
            raise ValueError(f"values must be distinct names other than role, got {self.values}")
        if not set(self.classes) <= set(self.values):
            raise ValueError(f"classes must be among values {self.values}, got {self.classes}")
        if self.optional and (
            self.values[len(self.values) - len(self.optional) :] != self.optional
            or len(self.optional) == len(self.values)
        ):
            raise ValueError(
                f"optional must be the last of values {self.values} (not all), got {self.optional}"
            )

    @property
    def required(self) -> tuple[str, ...]:
        """The number columns every file has."""
        return self.values[: len(self.values) - len(self.optional)]

    @property
    def names(self) -> tuple[str, ...]:
        """Every column name a header may use: the number columns, then ``role``."""
        return (*self.values, "role")


#: The curve lab's columns: x, y and an optional role.
XY_COLUMNS = ColumnSpec(("x", "y"))


@dataclass(frozen=True, eq=False)
class PointTable:
    """Points of a data set, each a training point or a held-out test point.

    The arrays are copied on construction and made read-only, so a table never
    changes after it is made; edit by building a new table.

    Parameters
    ----------
    x : numpy.ndarray, shape (n_samples,)
        Positions, float64, finite.
    y : numpy.ndarray, shape (n_samples,)
        Values, float64, finite.
    is_test : numpy.ndarray, shape (n_samples,)
        True for held-out test points, False for training points; bool.

    Raises
    ------
    ValueError
        If an array is not one-dimensional, the lengths differ, a value is not
        finite, or `is_test` is not boolean.

    Notes
    -----
    Two tables are equal when their arrays are equal element by element (so
    ``0.0 == -0.0``).
    """

    x: np.ndarray
    y: np.ndarray
    is_test: np.ndarray

    def __post_init__(self) -> None:
        x = _as_frozen_float_array("x", self.x)
        y = _as_frozen_float_array("y", self.y)
        is_test = np.array(self.is_test, copy=True)
        if is_test.dtype != np.bool_:
            raise ValueError(f"is_test must be a bool array, got dtype {is_test.dtype}")
        if is_test.ndim != 1:
            raise ValueError(f"is_test must be one-dimensional, got shape {is_test.shape}")
        is_test.flags.writeable = False
        if not len(x) == len(y) == len(is_test):
            raise ValueError(
                "x, y and is_test must have the same length, got "
                f"{len(x)}, {len(y)} and {len(is_test)}"
            )
        # The dataclass is frozen; this is the documented way to normalize fields.
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)
        object.__setattr__(self, "is_test", is_test)

    @classmethod
    def empty(cls) -> PointTable:
        """Return a table without points."""
        return cls(np.empty(0), np.empty(0), np.empty(0, dtype=bool))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PointTable):
            return NotImplemented
        return (
            np.array_equal(self.x, other.x)
            and np.array_equal(self.y, other.y)
            and np.array_equal(self.is_test, other.is_test)
        )

    # Equal tables must hash equally; arrays are not hashable, so neither is this.
    __hash__ = None  # type: ignore[assignment]


def parse_points_csv(
    text: str,
    source: str = "<input>",
    progress: Callable[[float], None] | None = None,
) -> PointTable:
    """Parse CSV text into a point table.

    Parameters
    ----------
    text : str
        The whole file content; see the module docstring for the format.
    source : str, default "<input>"
        Name of the text's origin (usually the file name), used in messages.
    progress : callable, optional
        Called now and then (once per block of lines, not per line) with the
        fraction done in [0, 1]; first with 0.0 and last with 1.0.

    Returns
    -------
    PointTable
        The points in file order.

    Raises
    ------
    DataFileError
        For a file without data rows, an unrecognized header, a line with the
        wrong number of columns, a value that is not a finite number or is
        beyond a limit, an unknown role, more rows than ``MAX_POINTS`` or a
        text longer than ``MAX_FILE_BYTES``. The message names `source` and
        the line number.
    """
    columns = parse_columns(text, XY_COLUMNS, source, progress)
    return PointTable(columns["x"], columns["y"], columns["is_test"])


def parse_columns(
    text: str,
    spec: ColumnSpec,
    source: str = "<input>",
    progress: Callable[[float], None] | None = None,
) -> dict[str, np.ndarray]:
    """Parse CSV text with the columns of `spec` into one array per column.

    Parameters
    ----------
    text : str
        The whole file content; see the module docstring for the format.
    spec : ColumnSpec
        The number columns the file has (a role column is always optional).
    source, progress
        As for `parse_points_csv`.

    Returns
    -------
    dict
        For each name in ``spec.values`` that the file has (all but perhaps
        those in ``spec.optional``) a float64 array of shape (n_rows,),
        finite, and under ``"is_test"`` a bool array (True for role test),
        all in file order.

    Raises
    ------
    DataFileError
        As `parse_points_csv`, and for a class column value other than 0 or 1.
    """
    if len(text) > limits.MAX_FILE_BYTES:
        # Characters, not bytes; UTF-8 takes at least a byte per character, so
        # this is the file limit for text that never was a file.
        raise DataFileError(
            source,
            None,
            f"the text is too long ({len(text):,} characters; "
            f"the limit is {limits.MAX_FILE_BYTES:,} bytes)",
        )
    if progress is not None:
        progress(0.0)
    # Count lines exactly as editors do: \r\n, \n and a lone \r each end a line.
    lines = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    first = next((i for i, line in enumerate(lines) if not _is_skipped(line)), None)
    if first is None:
        raise DataFileError(source, None, "no data rows (the file has no lines with values)")

    separator = next((s for s in _SEPARATORS if s in lines[first]), ",")
    columns, has_header = _read_layout(lines[first].split(separator), source, first + 1, spec)
    start = first + 1 if has_header else first
    # Most large files are machine-written, without comments; one scan of the
    # text spares them a Python-level pass over every line.
    has_comments = "#" in text

    parts: list[dict[str, np.ndarray]] = []
    n_rows = 0
    for block_start in range(start, len(lines), _BLOCK_LINES):
        block = lines[block_start : block_start + _BLOCK_LINES]
        parsed = _parse_block_fast(block, separator, columns, spec, filter_lines=has_comments)
        if parsed is None and not has_comments:
            # Perhaps only a blank line padded with spaces, which numpy rejects.
            parsed = _parse_block_fast(block, separator, columns, spec, filter_lines=True)
        if parsed is None:
            # The fast parser says only that something is wrong; the careful
            # one finds the first bad line (or, if numpy was merely stricter
            # than the documented format, parses the block after all).
            parsed = _parse_block_slow(block, block_start + 1, separator, columns, spec, source)
        in_block = len(parsed["is_test"])
        n_rows += in_block
        if n_rows > limits.MAX_POINTS:
            line = _line_of_row(block, block_start + 1, in_block - (n_rows - limits.MAX_POINTS))
            raise DataFileError(
                source,
                line,
                f"more than {limits.MAX_POINTS:,} data rows, beyond the limit of "
                f"{limits.MAX_POINTS:,} points",
            )
        parts.append(parsed)
        if progress is not None and block_start + _BLOCK_LINES < len(lines):
            progress((block_start + _BLOCK_LINES) / len(lines))

    result = {
        name: np.concatenate([part[name] for part in parts]) if parts else np.empty(0)
        for name in spec.values
        if name in columns
    }
    result["is_test"] = (
        np.concatenate([part["is_test"] for part in parts]) if parts else np.empty(0, dtype=bool)
    )
    if len(result["is_test"]) == 0:
        raise DataFileError(source, None, "no data rows after the header")
    if progress is not None:
        progress(1.0)
    return result


def read_points_csv(
    path: str | os.PathLike[str],
    progress: Callable[[float], None] | None = None,
) -> PointTable:
    """Read a CSV file of points.

    Parameters
    ----------
    path : str or os.PathLike
        The file to read; it must be UTF-8 text (a byte order mark is allowed).
    progress : callable, optional
        Passed to `parse_points_csv`.

    Returns
    -------
    PointTable
        The points in file order.

    Raises
    ------
    DataFileError
        If the file is missing, is a directory or another file that is not a
        regular file (a named pipe, a device), cannot be read, is larger than
        ``MAX_FILE_BYTES``, is not UTF-8, or its content is invalid (see
        `parse_points_csv`). The message names `path`.
    """
    return parse_points_csv(read_csv_text(path), source=os.fspath(path), progress=progress)


def read_csv_text(path: str | os.PathLike[str]) -> str:
    """Return the text of a CSV file, for `parse_points_csv` or `parse_columns`.

    Parameters
    ----------
    path : str or os.PathLike
        The file to read; it must be UTF-8 text (a byte order mark is allowed).

    Raises
    ------
    DataFileError
        If the file is missing, is not a regular file (a directory, a named
        pipe, a device), cannot be read, is larger than ``MAX_FILE_BYTES`` or
        is not UTF-8. The message names `path`.
    """
    source = os.fspath(path)
    try:
        raw = limits.read_file(source, purpose="a table of points")
    except limits.FileReadError as exc:
        raise DataFileError(source, None, exc.reason) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise DataFileError(
            source, line, f"not UTF-8 text (byte 0x{raw[exc.start]:02x} cannot be decoded)"
        ) from None
    return text


def format_points_csv(table: PointTable) -> str:
    """Return the CSV text of a point table, with a header and a role column.

    Parameters
    ----------
    table : PointTable
        The points to write.

    Returns
    -------
    str
        ``x,y,role`` followed by one line per point, each number written as
        its shortest exact representation (``repr``), so that
        `parse_points_csv` gives back exactly the same floats.

    Raises
    ------
    core.limits.LimitError
        For a table that `parse_points_csv` would refuse: more than
        ``MAX_POINTS`` points or a value beyond ``|x|, |y| <= 1e50``. Within
        those, a row takes at most 56 bytes, so the text stays far below
        ``MAX_FILE_BYTES``.
    """
    limits.check_point_count(len(table.x))
    limits.check_points(table.x, table.y)
    rows = [
        f"{x!r},{y!r},{'test' if is_test else 'train'}"
        for x, y, is_test in zip(
            table.x.tolist(), table.y.tolist(), table.is_test.tolist(), strict=True
        )
    ]
    rows.insert(0, ",".join(XY_COLUMNS.names))
    rows.append("")
    return "\n".join(rows)


def _as_frozen_float_array(name: str, values: object) -> np.ndarray:
    """Return a read-only float64 copy of `values`, checked to be 1-D and finite."""
    try:
        array = np.array(values, dtype=np.float64, copy=True)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{name} must be an array of numbers ({exc})") from None
    if array.ndim != 1:
        raise ValueError(f"{name} must be one-dimensional, got shape {array.shape}")
    if not np.isfinite(array).all():
        bad = int(np.flatnonzero(~np.isfinite(array))[0])
        raise ValueError(f"{name} must be finite, got {array[bad]} at index {bad}")
    array.flags.writeable = False
    return array


def _is_skipped(line: str) -> bool:
    """Whether `line` is blank or a comment."""
    stripped = line.lstrip()
    return not stripped or stripped[0] == "#"


def _read_layout(
    fields: list[str], source: str, line: int, spec: ColumnSpec
) -> tuple[tuple[str, ...], bool]:
    """Return the column names in file order and whether the first line is a header."""
    n_values = len(spec.values)
    n_required = len(spec.required)
    if not n_required <= len(fields) <= n_values + 1:
        listed = ", ".join(spec.values)
        if spec.optional:
            expected = (
                f"{n_required} to {n_values + 1} columns ({', '.join(spec.required)}, "
                f"and optionally {', '.join(spec.optional)} and role)"
            )
        else:
            expected = f"{n_values} columns ({listed}) or {n_values + 1} columns ({listed}, role)"
        raise DataFileError(
            source, line, f"expected {expected} separated by commas, found {len(fields)}"
        )
    if any(_to_float(field) is not None for field in fields):
        return spec.names[: len(fields)], False
    names = tuple(field.strip().lower() for field in fields)
    for field, name in zip(fields, names, strict=True):
        if _has_decimal_comma(field):
            raise DataFileError(source, line, f"{_show(field)} is not a number{_DECIMAL_HINT}")
        if name not in spec.names:
            raise DataFileError(
                source,
                line,
                f"{_show(name)} is neither a number nor a column name ({', '.join(spec.names)})",
            )
    for name in spec.names:
        if names.count(name) > 1:
            raise DataFileError(source, line, f"header names column {name} twice")
    for name in spec.required:
        if name not in names:
            raise DataFileError(source, line, f"header has no column {name}")
    return names, True


def _describe_columns(columns: Sequence[str]) -> str:
    return f"{len(columns)} columns ({', '.join(columns)})"


def _parse_block_fast(
    block: list[str],
    separator: str,
    columns: tuple[str, ...],
    spec: ColumnSpec,
    *,
    filter_lines: bool,
) -> dict[str, np.ndarray] | None:
    """Parse a block with numpy's C parser; None if anything is wrong in it.

    Without `filter_lines` the block goes to numpy as it is: numpy skips empty
    lines itself, and anything else it chokes on makes this return None, so
    skipping the filter never costs correctness.
    """
    if filter_lines:
        # Inlined _is_skipped: a call per line would cost a fifth of the parse.
        rows = [line for line in block if (bare := line.lstrip()) and bare[0] != "#"]
    else:
        rows = block
    # Also keeps numpy from warning "input contained no data".
    if not any(rows):
        empty = {name: np.empty(0) for name in spec.values if name in columns}
        return {**empty, "is_test": np.empty(0, dtype=bool)}
    dtype = np.dtype([(name, _ROLE_DTYPE if name == "role" else np.float64) for name in columns])
    try:
        table = np.loadtxt(
            rows, dtype=dtype, delimiter=separator, comments=None, quotechar=None, ndmin=1
        )
    except ValueError:
        return None
    parsed = {name: table[name] for name in spec.values if name in columns}
    # Written as "within" so that nan and inf fail too; the careful parser names them.
    if not all((np.abs(values) <= _limit(name)).all() for name, values in parsed.items()):
        return None
    if not all(np.isin(parsed[name], CLASSES).all() for name in spec.classes if name in parsed):
        return None
    if "role" not in columns:
        return {**parsed, "is_test": np.zeros(len(table), dtype=bool)}
    roles = table["role"]
    is_test = roles == "test"
    if not (is_test | (roles == "train")).all():
        # Rare enough (spaces, capitals) that the slower normalization only
        # runs when the exact comparison fails.
        if (np.char.str_len(roles) >= roles.dtype.itemsize // 4).any():
            # A field filling the width may have been cut ("train      x").
            return None
        roles = np.char.lower(np.char.strip(roles))
        is_test = roles == "test"
        if not (is_test | (roles == "train")).all():
            return None
    return {**parsed, "is_test": is_test}


def _parse_block_slow(
    block: list[str],
    first_line: int,
    separator: str,
    columns: tuple[str, ...],
    spec: ColumnSpec,
    source: str,
) -> dict[str, np.ndarray]:
    """Parse a block line by line, raising `DataFileError` at the first bad line."""
    values: dict[str, list[float]] = {name: [] for name in spec.values if name in columns}
    is_test: list[bool] = []
    for offset, line in enumerate(block):
        if _is_skipped(line):
            continue
        number = first_line + offset
        fields = line.split(separator)
        if len(fields) != len(columns):
            raise DataFileError(
                source,
                number,
                f"expected {_describe_columns(columns)}, found {len(fields)}",
            )
        test = False
        for name, field in zip(columns, fields, strict=True):
            if name == "role":
                role = field.strip().lower()
                if role not in ROLES:
                    raise DataFileError(
                        source,
                        number,
                        f"{_show(field)} in column role is not a role; allowed: "
                        + ", ".join(ROLES),
                    )
                test = role == "test"
                continue
            value = _to_float(field)
            if value is None:
                if not field.strip():
                    raise DataFileError(source, number, f"column {name} is empty")
                hint = _DECIMAL_HINT if _has_decimal_comma(field) else ""
                raise DataFileError(
                    source, number, f"{_show(field)} in column {name} is not a number{hint}"
                )
            if not np.isfinite(value):
                raise DataFileError(
                    source, number, f"{_show(field)} in column {name} is not a finite number"
                )
            if abs(value) > _limit(name):
                raise DataFileError(
                    source,
                    number,
                    f"{_show(field)} in column {name} is beyond the limit "
                    f"|{name}| <= {_limit(name):g}",
                )
            if name in spec.classes and value not in CLASSES:
                raise DataFileError(
                    source,
                    number,
                    f"{_show(field)} in column {name} is not a class; allowed: "
                    + ", ".join(map(str, CLASSES)),
                )
            values[name].append(value)
        is_test.append(test)
    parsed = {name: np.array(values[name], dtype=np.float64) for name in values}
    return {**parsed, "is_test": np.array(is_test, dtype=bool)}


def _to_float(field: str) -> float | None:
    """Parse a decimal number as the fast parser does; None if it is not one."""
    text = field.strip()
    # Python's float() also takes "1_000" and non-ASCII digits; numpy does
    # not, and neither belongs in a data file.
    if not text.isascii() or "_" in text:
        return None
    try:
        return float(text)
    except ValueError:
        return None


def _has_decimal_comma(field: str) -> bool:
    """Whether `field` would be a number with a point instead of its comma."""
    return "," in field and _to_float(field.replace(",", ".", 1)) is not None


def _show(value: str) -> str:
    """Quote a field for a message, shortened and with control characters escaped."""
    value = value.strip()
    if len(value) > _MAX_SHOWN_CHARS:
        value = value[: _MAX_SHOWN_CHARS - 3] + "..."
    return repr(value)


def _one_line(text: str) -> str:
    """Return `text`, escaped if it would break a one-line message."""
    return text if text.isprintable() else repr(text)[1:-1]


def _limit(name: str) -> float:
    """The largest magnitude a value of column `name` may have (y has its own)."""
    return limits.MAX_ABS_Y if name == "y" else limits.MAX_ABS_X


def _line_of_row(block: list[str], first_line: int, row: int) -> int:
    """The line number of data row `row` (0-based) of a block that starts at `first_line`."""
    seen = 0
    for offset, line in enumerate(block):
        if _is_skipped(line):
            continue
        if seen == row:
            return first_line + offset
        seen += 1
    raise AssertionError(f"the block has no data row {row}")
