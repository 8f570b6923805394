"""Reading and writing the classification lab's points as CSV: x1, x2, label and a role.

The format is the one of ``core/points_csv.py`` (same header detection,
separators, comments, line endings, finite-number rule and one-line messages
naming the line), with the number columns ``x1``, ``x2`` and ``label``; a label
is 0 or 1 (``1.0`` is accepted as 1) and the optional ``role`` column says
``train`` or ``test`` (without it every point is a training point).

`read_plane_points` reads the same files with the label column optional (for
clustering, which needs no classes): a file without a header then lists
``x1, x2`` or ``x1, x2, label``, and a role column only after a label column.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from core import limits
from core.plane import PlaneTable
from core.points_csv import ColumnSpec, parse_columns, read_csv_text

__all__ = [
    "PLANE_COLUMNS",
    "POINT_COLUMNS",
    "PlanePoints",
    "format_plane_csv",
    "parse_plane_csv",
    "parse_plane_points",
    "read_plane_csv",
    "read_plane_points",
]

#: The number columns of a plane file, in the order a file without a header uses.
PLANE_COLUMNS = ColumnSpec(("x1", "x2", "label"), classes=("label",))
#: The same with the label optional.
POINT_COLUMNS = ColumnSpec(("x1", "x2", "label"), classes=("label",), optional=("label",))


@dataclass(frozen=True, eq=False)
class PlanePoints:
    """Points of the plane whose classes may be unknown, as `read_plane_points` gives them.

    Attributes
    ----------
    x1, x2 : ndarray, shape (n_points,)
        Coordinates, finite.
    label : ndarray of int64, shape (n_points,), or None
        Class of each point (0 or 1), None when the file has no label column.
    is_test : ndarray of bool, shape (n_points,)
        The role column (all False without one).
    """

    x1: np.ndarray
    x2: np.ndarray
    label: np.ndarray | None
    is_test: np.ndarray

    def __len__(self) -> int:
        return len(self.x1)


def parse_plane_points(
    text: str,
    source: str = "<input>",
    progress: Callable[[float], None] | None = None,
) -> PlanePoints:
    """Parse CSV text of plane points whose label column is optional.

    Raises
    ------
    core.points_csv.DataFileError
        For any problem in the text; the message names `source` and the line.
    """
    columns = parse_columns(text, POINT_COLUMNS, source, progress)
    label = columns.get("label")
    return PlanePoints(
        columns["x1"],
        columns["x2"],
        None if label is None else label.astype(np.int64),
        columns["is_test"],
    )


def read_plane_points(
    path: str | os.PathLike[str],
    progress: Callable[[float], None] | None = None,
) -> PlanePoints:
    """Read a CSV file of plane points, labels optional (see `parse_plane_points`).

    Raises
    ------
    core.points_csv.DataFileError
        If the file cannot be read or its content is invalid; names `path`.
    """
    return parse_plane_points(read_csv_text(path), source=os.fspath(path), progress=progress)


def parse_plane_csv(
    text: str,
    source: str = "<input>",
    progress: Callable[[float], None] | None = None,
) -> PlaneTable:
    """Parse CSV text into a plane table.

    Parameters
    ----------
    text : str
        The whole file content; see the module docstring for the format.
    source : str, default "<input>"
        Name of the text's origin (usually the file name), used in messages.
    progress : callable, optional
        Called now and then with the fraction done in [0, 1].

    Returns
    -------
    PlaneTable
        The points in file order.

    Raises
    ------
    core.points_csv.DataFileError
        For any problem in the text; the message names `source` and the line.
    """
    columns = parse_columns(text, PLANE_COLUMNS, source, progress)
    return PlaneTable(
        columns["x1"], columns["x2"], columns["label"].astype(np.int64), columns["is_test"]
    )


def read_plane_csv(
    path: str | os.PathLike[str],
    progress: Callable[[float], None] | None = None,
) -> PlaneTable:
    """Read a CSV file of plane points (see `parse_plane_csv`).

    Raises
    ------
    core.points_csv.DataFileError
        If the file cannot be read or its content is invalid; the message
        names `path`.
    """
    return parse_plane_csv(read_csv_text(path), source=os.fspath(path), progress=progress)


def format_plane_csv(table: PlaneTable) -> str:
    """Return the CSV text of a plane table: a header ``x1,x2,label,role`` and one line per point.

    Coordinates are written as their shortest exact representation (``repr``),
    so `parse_plane_csv` gives back exactly the same floats. A table the reader
    would refuse (more than ``MAX_POINTS`` points, a coordinate beyond
    ``|x| <= 1e50``) raises `core.limits.LimitError`: what is written can be read.
    """
    limits.check_point_count(len(table.x1))
    limits.check_points(table.x1, table.x2)
    rows = [
        f"{x1!r},{x2!r},{label},{'test' if is_test else 'train'}"
        for x1, x2, label, is_test in zip(
            table.x1.tolist(),
            table.x2.tolist(),
            table.label.tolist(),
            table.is_test.tolist(),
            strict=True,
        )
    ]
    rows.insert(0, ",".join(PLANE_COLUMNS.names))
    rows.append("")
    return "\n".join(rows)
