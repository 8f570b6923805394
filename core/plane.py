"""Points of two classes in the plane and the box that maps them onto [-1, 1]^2.

The classification lab works on points ``(x1, x2)`` with a class label 0 or 1,
each a training point or a held-out test point (`PlaneTable`, immutable like
``core.points_csv.PointTable``). Its features are polynomials of
``z = (z1, z2)``, the point mapped by the session's `Box` onto ``[-1, 1]^2``
side by side (each side as ``core.polyfit.Domain`` maps x onto z), so that
every monomial ``z1^i z2^j`` of a point inside the box lies in [-1, 1] and the
coefficients of different degrees stay comparable.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from core.polyfit import Domain

__all__ = ["Box", "PlaneTable"]

FloatArray = NDArray[np.float64]


@dataclass(frozen=True, eq=False)
class PlaneTable:
    """Points in the plane with a class label, each a training or a held-out test point.

    The arrays are copied on construction and made read-only, so a table never
    changes after it is made; edit by building a new table.

    Parameters
    ----------
    x1, x2 : numpy.ndarray, shape (n_points,)
        Coordinates, float64, finite.
    label : numpy.ndarray, shape (n_points,)
        Class of each point, 0 or 1 (stored as int64).
    is_test : numpy.ndarray, shape (n_points,)
        True for held-out test points, False for training points; bool.

    Raises
    ------
    ValueError
        If an array is not one-dimensional, the lengths differ, a coordinate is
        not finite, a label is not 0 or 1, or `is_test` is not boolean.

    Notes
    -----
    Two tables are equal when their arrays are equal element by element (so
    ``0.0 == -0.0``).
    """

    x1: np.ndarray
    x2: np.ndarray
    label: np.ndarray
    is_test: np.ndarray

    def __post_init__(self) -> None:
        x1 = _frozen_floats("x1", self.x1)
        x2 = _frozen_floats("x2", self.x2)
        label = _frozen_labels(self.label)
        is_test = np.array(self.is_test, copy=True)
        if is_test.dtype != np.bool_:
            raise ValueError(f"is_test must be a bool array, got dtype {is_test.dtype}")
        if is_test.ndim != 1:
            raise ValueError(f"is_test must be one-dimensional, got shape {is_test.shape}")
        is_test.flags.writeable = False
        if not len(x1) == len(x2) == len(label) == len(is_test):
            raise ValueError(
                "x1, x2, label and is_test must have the same length, got "
                f"{len(x1)}, {len(x2)}, {len(label)} and {len(is_test)}"
            )
        # The dataclass is frozen; this is the documented way to normalize fields.
        object.__setattr__(self, "x1", x1)
        object.__setattr__(self, "x2", x2)
        object.__setattr__(self, "label", label)
        object.__setattr__(self, "is_test", is_test)

    @classmethod
    def empty(cls) -> PlaneTable:
        """Return a table without points."""
        return cls(np.empty(0), np.empty(0), np.empty(0, np.int64), np.empty(0, dtype=bool))

    def __len__(self) -> int:
        return len(self.x1)

    @property
    def n_train(self) -> int:
        """Number of training points."""
        return int(np.count_nonzero(~self.is_test))

    @property
    def n_test(self) -> int:
        """Number of held-out test points."""
        return int(np.count_nonzero(self.is_test))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PlaneTable):
            return NotImplemented
        return (
            np.array_equal(self.x1, other.x1)
            and np.array_equal(self.x2, other.x2)
            and np.array_equal(self.label, other.label)
            and np.array_equal(self.is_test, other.is_test)
        )

    # Equal tables must hash equally; arrays are not hashable, so neither is this.
    __hash__ = None  # type: ignore[assignment]


def _frozen_floats(name: str, values: object) -> np.ndarray:
    """A read-only float64 copy of `values`, checked to be 1-D and finite."""
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


def _frozen_labels(values: object) -> np.ndarray:
    """A read-only int64 copy of `values`, checked to hold only 0 and 1."""
    raw = np.array(values, copy=True)
    if raw.ndim != 1:
        raise ValueError(f"label must be one-dimensional, got shape {raw.shape}")
    if raw.size and raw.dtype.kind not in "biuf":
        raise ValueError(f"label must hold the numbers 0 and 1, got dtype {raw.dtype}")
    bad = ~np.isin(raw, (0, 1)) if raw.size else np.zeros(0, dtype=bool)
    if bad.any():
        index = int(np.flatnonzero(bad)[0])
        raise ValueError(f"label must be 0 or 1, got {raw[index].item()!r} at index {index}")
    label = raw.astype(np.int64)
    label.flags.writeable = False
    return label


@dataclass(frozen=True)
class Box:
    """The rectangle ``[x1lo, x1hi] x [x2lo, x2hi]`` that is mapped onto ``[-1, 1]^2``.

    ``z1 = 2 (x1 - x1lo) / (x1hi - x1lo) - 1`` and the same for ``z2``: each side
    is a ``core.polyfit.Domain`` and obeys its rules.

    Raises
    ------
    ValueError
        If a bound is not a finite number or a side is empty (lo >= hi); the
        message names the side.
    """

    x1lo: float = -1.0
    x1hi: float = 1.0
    x2lo: float = -1.0
    x2hi: float = 1.0

    def __post_init__(self) -> None:
        for side, lo, hi in (("x1", self.x1lo, self.x1hi), ("x2", self.x2lo, self.x2hi)):
            try:
                Domain(float(lo), float(hi))
            except (TypeError, ValueError) as exc:
                raise ValueError(f"box side {side}: {exc}") from None

    @property
    def x1_domain(self) -> Domain:
        """The x1 side as a Domain."""
        return Domain(float(self.x1lo), float(self.x1hi))

    @property
    def x2_domain(self) -> Domain:
        """The x2 side as a Domain."""
        return Domain(float(self.x2lo), float(self.x2hi))

    def to_unit(self, x1: ArrayLike, x2: ArrayLike) -> tuple[FloatArray, FloatArray]:
        """Map points to ``(z1, z2)`` with the box onto ``[-1, 1]^2``."""
        return self.x1_domain.to_unit(x1), self.x2_domain.to_unit(x2)

    def from_unit(self, z1: ArrayLike, z2: ArrayLike) -> tuple[FloatArray, FloatArray]:
        """Map ``(z1, z2)`` back to the plane."""
        return self.x1_domain.from_unit(z1), self.x2_domain.from_unit(z2)

    def as_tuple(self) -> tuple[float, float, float, float]:
        """``(x1lo, x1hi, x2lo, x2hi)``."""
        return (float(self.x1lo), float(self.x1hi), float(self.x2lo), float(self.x2hi))

    @classmethod
    def bounding(cls, x1: ArrayLike, x2: ArrayLike) -> Box:
        """The smallest box holding every point.

        Raises
        ------
        ValueError
            Without points, or when all points share one x1 (or one x2) value,
            so that side would be empty; the message names the side and value.
        """
        x1 = np.asarray(x1, dtype=float)
        x2 = np.asarray(x2, dtype=float)
        if x1.size == 0 or x2.size == 0:
            raise ValueError("a bounding box needs at least one point, got none")
        bounds = []
        for side, values in (("x1", x1), ("x2", x2)):
            lo, hi = float(values.min()), float(values.max())
            if not (math.isfinite(lo) and math.isfinite(hi)):
                raise ValueError(f"{side} values must be finite, got [{lo}, {hi}]")
            if lo == hi:
                raise ValueError(f"all {side} values equal {lo!r}, so they span no box side")
            bounds.extend((lo, hi))
        return cls(*bounds)
