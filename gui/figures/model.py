"""What a figure is made of, as plain data: plots with their items, text panels, a caption.

A :class:`Figure` describes what to draw and nothing about how: a grid of
cells, each a :class:`Plot` (axes, items, legend) or a :class:`TextPanel`
(tables of text), and a caption line under them. Items are in data
coordinates; colours are ``"#rrggbb"`` or ``"#rrggbbaa"`` strings; widths
and sizes are in the figure's layout pixels (1/96 inch). Nothing here knows
Qt, so a panel builds its figure from its numbers alone, and one renderer
(:mod:`gui.figures.render`) draws the same description to PNG, SVG and PDF.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Literal

import numpy as np

Corner = Literal["top-right", "top-left", "bottom-right", "bottom-left", "above"]
#: Marker shapes: circle, cross, plus, star, triangle (pointing up, down, right, left),
#: square, diamond, pentagon, hexagon.
Symbol = Literal["o", "x", "+", "star", "t", "t-down", "t-right", "t-left", "s", "d", "p", "h"]


def _array(values: object) -> np.ndarray:
    array = np.array(values, dtype=float).ravel()
    array.flags.writeable = False
    return array


@dataclass(frozen=True, eq=False)
class Line:
    """A polyline through (x[i], y[i]); a NaN in x or y breaks it."""

    x: np.ndarray
    y: np.ndarray
    color: str
    width: float = 1.0
    dash: bool = False
    #: How segments meet: "round", or "miter" for a finely sampled contour
    #: (a round join leaves a speck where such a line turns back gently).
    join: Literal["round", "miter"] = "round"

    def __post_init__(self) -> None:
        object.__setattr__(self, "x", _array(self.x))
        object.__setattr__(self, "y", _array(self.y))
        if self.x.shape != self.y.shape:
            raise ValueError(f"x and y must have one length, got {self.x.size} and {self.y.size}")
        if self.join not in ("round", "miter"):
            raise ValueError(f"join must be 'round' or 'miter', got {self.join!r}")


@dataclass(frozen=True, eq=False)
class Markers:
    """A symbol at each (x[i], y[i]); ``size`` is the symbol's width, ``fill`` may be ""."""

    x: np.ndarray
    y: np.ndarray
    symbol: Symbol = "o"
    size: float = 9.0
    fill: str = ""
    edge: str = ""
    edge_width: float = 1.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "x", _array(self.x))
        object.__setattr__(self, "y", _array(self.y))
        if self.x.shape != self.y.shape:
            raise ValueError(f"x and y must have one length, got {self.x.size} and {self.y.size}")


@dataclass(frozen=True, eq=False)
class Bars:
    """Bars centred at x[i] from y0[i] to y0[i] + height[i], each in its colour."""

    x: np.ndarray
    height: np.ndarray
    colors: tuple[str, ...]
    y0: np.ndarray | None = None
    width: float = 0.7

    def __post_init__(self) -> None:
        object.__setattr__(self, "x", _array(self.x))
        object.__setattr__(self, "height", _array(self.height))
        base = np.zeros(self.x.size) if self.y0 is None else self.y0
        object.__setattr__(self, "y0", _array(base))
        if not (self.x.size == self.height.size == self.y0.size == len(self.colors)):
            raise ValueError(
                "x, height, y0 and colors must have one length, got "
                f"{self.x.size}, {self.height.size}, {self.y0.size} and {len(self.colors)}"
            )


@dataclass(frozen=True, eq=False)
class Area:
    """A closed polygon through (x[i], y[i]), filled and optionally outlined."""

    x: np.ndarray
    y: np.ndarray
    fill: str
    edge: str = ""
    edge_width: float = 1.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "x", _array(self.x))
        object.__setattr__(self, "y", _array(self.y))


@dataclass(frozen=True)
class Rule:
    """A line across the whole plot: vertical at x = ``at``, or horizontal at y = ``at``."""

    at: float
    vertical: bool = True
    color: str = "#555555"
    width: float = 1.0
    dash: bool = False


@dataclass(frozen=True)
class Note:
    """Text at a data point; ``anchor`` is the point of the text put there, (0..1, 0..1)."""

    x: float
    y: float
    text: str
    color: str = "#303030"
    anchor: tuple[float, float] = (0.5, 0.5)


@dataclass(frozen=True, eq=False)
class Image:
    """A raster of RGBA pixels stretched over the data rectangle ``extent``.

    For what is a raster by nature (a shading of the plane computed on a
    grid); everything else stays vector. ``rgba`` has shape (rows, columns,
    4), dtype uint8, colours not premultiplied by alpha, and is laid out as a
    grid of the plane: row 0 at the bottom (``y0``), column 0 on the left
    (``x0``). ``extent`` = (x0, x1, y0, y1) are the outer edges of the
    pixels, so pixel (r, c) covers ``x0 + c dx .. x0 + (c + 1) dx`` and
    ``y0 + r dy .. y0 + (r + 1) dy`` with ``dx = (x1 - x0) / columns``,
    ``dy = (y1 - y0) / rows``. Drawn clipped to the plot area.
    """

    rgba: np.ndarray
    extent: tuple[float, float, float, float]

    def __post_init__(self) -> None:
        rgba = np.array(self.rgba, copy=True)
        if rgba.dtype != np.uint8 or rgba.ndim != 3 or rgba.shape[2] != 4 or 0 in rgba.shape:
            raise ValueError(
                f"rgba must be a non-empty uint8 array of shape (rows, columns, 4), got "
                f"{rgba.dtype} {rgba.shape}"
            )
        rgba.flags.writeable = False
        object.__setattr__(self, "rgba", rgba)
        x0, x1, y0, y1 = (float(v) for v in self.extent)
        if not (np.isfinite([x0, x1, y0, y1]).all() and x0 < x1 and y0 < y1):
            raise ValueError(f"extent must be finite with x0 < x1 and y0 < y1, got {self.extent}")
        object.__setattr__(self, "extent", (x0, x1, y0, y1))


Item = Line | Markers | Bars | Area | Rule | Note | Image


@dataclass(frozen=True)
class Axis:
    """One axis: its label, its range, and its ticks (None: evenly spaced "nice" numbers).

    ``ticks`` are (value, text) pairs; ``minor`` are values of unlabelled ticks.
    """

    label: str
    lo: float
    hi: float
    ticks: tuple[tuple[float, str], ...] | None = None
    minor: tuple[float, ...] = ()

    def __post_init__(self) -> None:
        if not (np.isfinite(self.lo) and np.isfinite(self.hi) and self.lo < self.hi):
            raise ValueError(f"axis range must be finite with lo < hi, got {self.lo}, {self.hi}")


@dataclass(frozen=True)
class LegendEntry:
    """A legend row: a sample of ``item`` (line, symbol or bar) and its text."""

    item: Line | Markers | Bars | Area | Rule
    text: str


@dataclass(frozen=True, eq=False)
class Plot:
    """Axes with items drawn in them, clipped to the plot area, and a legend."""

    x: Axis
    y: Axis
    items: tuple[Item, ...]
    title: str = ""
    legend: tuple[LegendEntry, ...] = ()
    legend_at: Corner = "top-right"
    grid: bool = False
    #: Draw one data unit as long on both axes (a circle stays round).
    equal_aspect: bool = False
    #: With ``equal_aspect``: a unit along y is drawn ``y_scale`` times as long as one
    #: along x (the plane's box, (x1 span) / (x2 span), is drawn square).
    y_scale: float = 1.0
    #: Draw the axes with their ticks and titles; False for a picture whose
    #: coordinates mean nothing to a reader (a view of a 3-D space).
    frame: bool = True

    def __post_init__(self) -> None:
        if not (np.isfinite(self.y_scale) and self.y_scale > 0):
            raise ValueError(f"y_scale must be finite and > 0, got {self.y_scale}")


@dataclass(frozen=True)
class Table:
    """Rows of text cells in aligned columns; ``numeric`` columns are right-aligned."""

    rows: tuple[tuple[str, ...], ...]
    header: tuple[str, ...] = ()
    numeric: tuple[int, ...] = ()
    title: str = ""


@dataclass(frozen=True)
class TextPanel:
    """Tables and lines of text, top to bottom (for numbers that have no axes)."""

    blocks: tuple[Table | str, ...]
    title: str = ""


@dataclass(frozen=True)
class Cell:
    """A plot or text panel placed in the figure's grid (spans in rows and columns)."""

    content: Plot | TextPanel
    row: int = 0
    column: int = 0
    row_span: int = 1
    column_span: int = 1


@dataclass(frozen=True)
class Figure:
    """A whole figure: cells on a grid, and a caption line under them.

    Parameters
    ----------
    cells : tuple of Cell
    caption : str
        One line (wrapped if long) stating what the figure shows; "" for none.
    aspect : float
        Height of the grid over its width, the caption not counted.
    design_width : float
        The width, in layout pixels, that the figure is laid out for; a
        wider image draws everything larger, a narrower one lays it out anew.
    column_weights, row_weights : tuple of float
        Relative widths and heights of the grid's columns and rows.
    legend : tuple of LegendEntry
        A legend row above the grid for every plot at once.
    """

    cells: tuple[Cell, ...]
    caption: str = ""
    aspect: float = 0.62
    design_width: float = 800.0
    column_weights: tuple[float, ...] = (1.0,)
    row_weights: tuple[float, ...] = (1.0,)
    #: Entries shown in a row above the grid, for what all the plots share.
    legend: tuple[LegendEntry, ...] = ()

    def __post_init__(self) -> None:
        for cell in self.cells:
            if cell.row + cell.row_span > len(self.row_weights) or (
                cell.column + cell.column_span > len(self.column_weights)
            ):
                raise ValueError(
                    f"cell at row {cell.row}, column {cell.column} lies outside the "
                    f"{len(self.row_weights)} x {len(self.column_weights)} grid"
                )
        if not self.aspect > 0:
            raise ValueError(f"aspect must be > 0, got {self.aspect}")

    def without_caption(self) -> Figure:
        """The same figure with no caption line."""
        return dataclasses.replace(self, caption="")

    def plots(self) -> list[Plot]:
        """Every plot of the figure, in cell order."""
        return [cell.content for cell in self.cells if isinstance(cell.content, Plot)]
