"""Every size and magnitude limit of Overfit Lab, and the checks that enforce them.

One set of limits holds for everything that brings points or settings into a
session (clicks and drags, CSV import, generated data, session files, autosave
and ``main.py fit``), so whatever the app accepts it can fit, save and read
back. The limits are far beyond any data a lesson needs, and tight enough to
prove that nothing downstream overflows. With the scaled variable
``z = 2 (x - lo) / (hi - lo) - 1``:

========================  ==========================================================
``MAX_POINTS``            2,000,000 points in a session or rows in a CSV file
``MAX_GENERATED_POINTS``  1,000,000 generated training (and as many test) points
``MAX_FILE_BYTES``        200 MB for a session or CSV file; only regular files are read
``MAX_ABS_X``             ``|x| <= 1e50``, also for the domain ends ``lo`` and ``hi``
``MAX_ABS_Y``             ``|y| <= 1e50``
``MIN_DOMAIN_WIDTH``      ``hi - lo >= 1e-50``
``MIN_RELATIVE_WIDTH``    ``hi - lo >= 1e-9 * max(|lo|, |hi|)`` (over four million
                          distinct floating-point x in the domain, never a few ulps)
``MAX_ABS_Z``             ``|z| <= 100``: a point lies at most 49.5 domain widths
                          outside the domain
``MAX_PLANE_Z``           ``|z1|, |z2| <= 2`` in the classification lab: a point lies
                          at most half the box's width (height) beyond its sides
``MAX_STRENGTH``          ``l1, l2 <= 1e50``
``MAX_NOISE``             generator and click noise ``sigma <= 1e40``
``MAX_DEGREE``            degree 0 to 30
``MAX_SEED``              generator seed 0 to 2**31 - 1 (a 32-bit spin box)
========================  ==========================================================

Why they suffice (double precision overflows at 1.8e308): at ``|z| <= 100`` every
basis function of degree <= 30 is at most ``P_30(100) = 1.1e68`` (``z**30`` is
1e60), so the feature matrix, its QR and SVD stay finite; the sum of ``y**2`` is
at most 2e106. The solvers cut singular values below ``eps * max(N, D + 1)``
of the largest, which bounds a fit's coefficients by about ``1e17 max|y|`` in
1-norm (the worst case measured on clustered points), so a prediction at any
accepted point is below ``1e17 * 1.1e68 * 1e50 = 1.1e135`` and a sum of two
million squared errors (a test error, a held-out fold, a bootstrap resample)
below 3e276: thirty orders of magnitude to spare. ``l1, l2 <= 1e50`` keep the
penalty terms and the solvers' intermediate steps as far from overflow. A
session of ``MAX_POINTS`` points is at most 198 MB as written (85 bytes per
point of the curve lab, 99 per point of the classification lab, with the
longest numbers), a CSV of them at most 112 MB, so everything the app writes
it can read. Only coefficients in powers of x (``coef_x``) can
leave the float range, for a domain far narrower than its distance from 0;
the command line reports those as missing.

The classification lab maps its box onto ``[-1, 1]^2`` the same way, side by
side, and its points obey ``|x1|, |x2| <= 1e50``. Its features go up to degree
10 and its solver is Newton's method on them, which wants features of similar
size: at ``|z| <= 2`` a monomial ``z1^i z2^j`` is at most ``2^10 = 1024`` and a
Legendre product at most ``P_10(2) = 9.6e4``, and exact fits at degree 10 in
either basis were certified in thousands of random trials with points out to
that bound; beyond it the Legendre features of far points grow fast
(``P_10(3) = 8.1e6``), and with points beyond two box half-widths about one fit
in a thousand was seen to stop at the solver's step cap. Points of the lab
(clicks, drags, imports, generated data, session files) therefore stay within
``MAX_PLANE_Z``; one count ``MAX_POINTS`` holds for both labs' points together,
which keeps a session file below ``MAX_FILE_BYTES``.

Each check raises `LimitError` (a `ValueError`) whose message names the value,
the place and the limit; malformed input (not a number, ``lo >= hi``) raises a
plain `ValueError`. `read_file` reads a whole file within ``MAX_FILE_BYTES``,
refusing named pipes, devices and directories without blocking on them.
"""

from __future__ import annotations

import math
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO

import numpy as np
from numpy.typing import ArrayLike

__all__ = [
    "MAX_ABS_X",
    "MAX_ABS_Y",
    "MAX_ABS_Z",
    "MAX_DEGREE",
    "MAX_FILE_BYTES",
    "MAX_GENERATED_POINTS",
    "MAX_NOISE",
    "MAX_PLANE_Z",
    "MAX_POINTS",
    "MAX_SEED",
    "MAX_STRENGTH",
    "MIN_DOMAIN_WIDTH",
    "MIN_RELATIVE_WIDTH",
    "FileReadError",
    "LimitError",
    "PointViolation",
    "check_box",
    "check_domain",
    "check_file_size",
    "check_noise",
    "check_point_count",
    "check_points",
    "check_strength",
    "check_x",
    "check_y",
    "find_plane_point_violation",
    "find_point_violation",
    "read_file",
]

MAX_DEGREE = 30
MAX_POINTS = 2_000_000
MAX_GENERATED_POINTS = 1_000_000
MAX_FILE_BYTES = 200_000_000
MAX_ABS_X = 1e50
MAX_ABS_Y = 1e50
MIN_DOMAIN_WIDTH = 1e-50
MIN_RELATIVE_WIDTH = 1e-9
MAX_ABS_Z = 100.0
MAX_PLANE_Z = 2.0
MAX_STRENGTH = 1e50
MAX_NOISE = 1e40
MAX_SEED = 2**31 - 1

# The limits as messages state them.
_LIMIT_X = f"|x| <= {MAX_ABS_X:g}"
_LIMIT_Y = f"|y| <= {MAX_ABS_Y:g}"
_LIMIT_Z = f"|z| <= {MAX_ABS_Z:g}"
_LIMIT_PLANE_Z = f"|z1|, |z2| <= {MAX_PLANE_Z:g}"
_LIMIT_WIDTH = f"hi - lo >= {MIN_DOMAIN_WIDTH:g}"
_LIMIT_RELATIVE = f"hi - lo >= {MIN_RELATIVE_WIDTH:g} * max(|lo|, |hi|)"
_LIMIT_POINTS = f"at most {MAX_POINTS:,} points"
# Bytes per read beyond the size a file announced (a file that grows, or one
# in /proc that claims 0 bytes): small enough never to overshoot the cap by much.
_READ_CHUNK = 1 << 20


class LimitError(ValueError):
    """A value, table or file beyond one of the limits of this module.

    The message is ``"<name>: <reason>"``, one line; the reason quotes the
    offending value and states the limit.

    Parameters
    ----------
    name : str
        What was checked, as the caller calls it (``"y"``, ``"x[3]"``,
        ``"domain"``, ``"l1"``, ...).
    reason : str
        What is wrong, quoting the value and the limit.
    limit : str
        The limit alone, for example ``"|y| <= 1e+50"``.
    """

    def __init__(self, name: str, reason: str, limit: str) -> None:
        self.name = name
        self.reason = reason
        self.limit = limit
        super().__init__(f"{name}: {reason}")


class FileReadError(Exception):
    """A file that cannot or may not be read; `reason` says why in a few words.

    Parameters
    ----------
    reason : str
        For example ``"no such file"``, ``"is not a regular file (a named
        pipe)"`` or ``"the file is too large (250 MB; the limit is 200 MB)"``.
    """

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


@dataclass(frozen=True)
class PointViolation:
    """The first point of a table beyond a limit: which point, which value, why.

    ``field`` is ``"x"`` or ``"y"``; `reason` quotes the value and the limit.
    """

    index: int
    field: str
    value: float
    reason: str
    limit: str


# --- single values ------------------------------------------------------------


def _show(value: float) -> str:
    """The shortest text that reads back as `value` (``repr``), for messages."""
    return repr(float(value))


def _check_magnitude(name: str, value: float, bound: float, limit: str) -> float:
    value = float(value)
    if not math.isfinite(value):
        raise LimitError(name, f"{_show(value)} is not a finite number", limit)
    if abs(value) > bound:
        raise LimitError(name, f"{_show(value)} is beyond the limit {limit}", limit)
    return value


def check_x(value: float, name: str = "x") -> float:
    """Return `value` as a float if ``|value| <= MAX_ABS_X``, else raise `LimitError`."""
    return _check_magnitude(name, value, MAX_ABS_X, _LIMIT_X)


def check_y(value: float, name: str = "y") -> float:
    """Return `value` as a float if ``|value| <= MAX_ABS_Y``, else raise `LimitError`."""
    return _check_magnitude(name, value, MAX_ABS_Y, _LIMIT_Y)


def _check_non_negative(name: str, value: float, bound: float) -> float:
    limit = f"{name} <= {bound:g}"
    value = float(value)
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"{name} must be a finite number >= 0, got {_show(value)}")
    if value > bound:
        raise LimitError(name, f"{_show(value)} is beyond the limit {limit}", limit)
    return value


def check_strength(name: str, value: float) -> float:
    """Return a penalty strength (``l1``, ``l2``) if it is in ``[0, MAX_STRENGTH]``.

    Raises
    ------
    ValueError
        If `value` is negative or not finite.
    LimitError
        If it is above ``MAX_STRENGTH``.
    """
    return _check_non_negative(name, value, MAX_STRENGTH)


def check_noise(name: str, value: float) -> float:
    """Return a noise standard deviation if it is in ``[0, MAX_NOISE]``.

    Generated and clicked y add at most about 14 standard deviations (the
    largest normal deviate numpy's generator can return), so noise within
    this limit keeps y far inside ``MAX_ABS_Y``.

    Raises
    ------
    ValueError
        If `value` is negative or not finite.
    LimitError
        If it is above ``MAX_NOISE``.
    """
    return _check_non_negative(name, value, MAX_NOISE)


def check_point_count(n_points: int, name: str = "points") -> int:
    """Return `n_points` if it is at most ``MAX_POINTS``, else raise `LimitError`."""
    if n_points > MAX_POINTS:
        raise LimitError(
            name, f"{n_points:,} points are beyond the limit of {MAX_POINTS:,}", _LIMIT_POINTS
        )
    return n_points


def check_file_size(n_bytes: int, name: str = "file") -> int:
    """Return `n_bytes` if a file of that size may be read or written, else raise `LimitError`."""
    if n_bytes > MAX_FILE_BYTES:
        limit = f"at most {MAX_FILE_BYTES:,} bytes"
        raise LimitError(name, _too_large(n_bytes, MAX_FILE_BYTES), limit)
    return n_bytes


def _too_large(n_bytes: int, cap: int, purpose: str = "") -> str:
    what = f"the file is too large for {purpose}" if purpose else "the file is too large"
    if cap >= 10_000_000:
        return f"{what} ({n_bytes / 1e6:,.0f} MB; the limit is {cap / 1e6:,.0f} MB)"
    return f"{what} ({n_bytes:,} bytes; the limit is {cap:,} bytes)"


# --- the domain ---------------------------------------------------------------


def check_domain(lo: float, hi: float) -> tuple[float, float]:
    """Return ``(lo, hi)`` as floats if they make an acceptable domain.

    The domain ``[lo, hi]`` is mapped onto ``z`` in ``[-1, 1]`` by
    ``z = 2 (x - lo) / (hi - lo) - 1``. It needs finite ends with ``lo < hi``,
    both within ``MAX_ABS_X``, and a width ``hi - lo`` of at least
    ``MIN_DOMAIN_WIDTH`` and at least ``MIN_RELATIVE_WIDTH`` times the larger
    ``|end|``, so that x keeps enough distinct values across it.

    Raises
    ------
    ValueError
        If an end is not a finite number or ``lo >= hi``.
    LimitError
        If the domain is beyond a limit; the message names it.
    """
    lo, hi = float(lo), float(hi)
    shown = f"[{_show(lo)}, {_show(hi)}]"
    if not (math.isfinite(lo) and math.isfinite(hi)):
        raise ValueError(f"domain must be finite, got {shown}")
    if not lo < hi:
        raise ValueError(f"domain needs lo < hi, got {shown}")
    if max(abs(lo), abs(hi)) > MAX_ABS_X:
        raise LimitError("domain", f"{shown} has an end beyond the limit {_LIMIT_X}", _LIMIT_X)
    width = hi - lo
    if width < MIN_DOMAIN_WIDTH:
        raise LimitError(
            "domain",
            f"{shown} is {width:.6g} wide, narrower than the limit {_LIMIT_WIDTH}",
            _LIMIT_WIDTH,
        )
    least = MIN_RELATIVE_WIDTH * max(abs(lo), abs(hi))
    if width < least:
        raise LimitError(
            "domain",
            f"{shown} is {width:.6g} wide, too narrow for its distance from 0: "
            f"the limit is {_LIMIT_RELATIVE}, here {least:.6g}",
            _LIMIT_RELATIVE,
        )
    return lo, hi


def _to_unit(x: np.ndarray, lo: float, hi: float) -> np.ndarray:
    # Exactly core.polyfit.Domain.to_unit, so the check sees the z the fit uses.
    return (x - lo) * (2.0 / (hi - lo)) - 1.0


# --- tables of points ---------------------------------------------------------


def find_point_violation(
    x: ArrayLike, y: ArrayLike, domain: tuple[float, float] | None = None
) -> PointViolation | None:
    """The first point beyond a limit, or None if every point is acceptable.

    Parameters
    ----------
    x, y : array_like, shape (n_points,)
        The points.
    domain : tuple of (float, float), optional
        ``(lo, hi)``, already accepted by `check_domain`. With it, each x must
        also satisfy ``|z| <= MAX_ABS_Z``.

    Returns
    -------
    PointViolation or None
        The point with the lowest index that breaks a limit (its x before its
        y); ``field`` and ``value`` say which value.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.size == 0 and y.size == 0:
        return None
    if _extremes_within(x, y, domain):
        return None
    # Written as "not within" so that NaN counts as beyond the limit.
    bad_x = ~(np.abs(x) <= MAX_ABS_X)
    bad_y = ~(np.abs(y) <= MAX_ABS_Y)
    bad_z = np.zeros(x.shape, dtype=bool)
    if domain is not None:
        lo, hi = domain
        # x beyond MAX_ABS_X is reported as such; leaving it out here keeps
        # the scaling itself from overflowing.
        z = _to_unit(np.where(bad_x, lo, x), lo, hi)
        bad_z = ~(np.abs(z) <= MAX_ABS_Z)
    bad = bad_x | bad_y | bad_z
    if not bad.any():
        return None
    i = int(np.argmax(bad))
    if bad_x[i] or bad_z[i]:
        value = float(x[i])
        if not math.isfinite(value):
            return PointViolation(i, "x", value, f"{_show(value)} is not a finite number", _LIMIT_X)
        if bad_x[i]:
            return PointViolation(
                i, "x", value, f"{_show(value)} is beyond the limit {_LIMIT_X}", _LIMIT_X
            )
        lo, hi = domain  # type: ignore[misc]
        return PointViolation(
            i,
            "x",
            value,
            f"{_show(value)} lies too far outside the domain [{_show(lo)}, {_show(hi)}]: "
            f"the limit is {_LIMIT_Z}, at most {(MAX_ABS_Z - 1) / 2:g} domain widths "
            "beyond either end",
            _LIMIT_Z,
        )
    value = float(y[i])
    if not math.isfinite(value):
        return PointViolation(i, "y", value, f"{_show(value)} is not a finite number", _LIMIT_Y)
    return PointViolation(i, "y", value, f"{_show(value)} is beyond the limit {_LIMIT_Y}", _LIMIT_Y)


def _extremes_within(x: np.ndarray, y: np.ndarray, domain: tuple[float, float] | None) -> bool:
    """Whether every point is within the limits, from the extremes alone (the usual case).

    Each step of the scaling (subtract lo, multiply by 2 / (hi - lo) > 0,
    subtract 1) is a correctly rounded monotonic operation, so the largest
    and smallest z are those of the largest and smallest x, bit for bit.
    A NaN makes min and max NaN and every comparison here false.
    """
    if x.size == 0 or y.size == 0:
        return False
    x_lo, x_hi = float(x.min()), float(x.max())
    y_lo, y_hi = float(y.min()), float(y.max())
    if not (x_lo >= -MAX_ABS_X and x_hi <= MAX_ABS_X):
        return False
    if not (y_lo >= -MAX_ABS_Y and y_hi <= MAX_ABS_Y):
        return False
    if domain is None:
        return True
    z_lo, z_hi = _to_unit(np.array([x_lo, x_hi]), *domain)
    return bool(z_lo >= -MAX_ABS_Z and z_hi <= MAX_ABS_Z)


def check_box(x1lo: float, x1hi: float, x2lo: float, x2hi: float) -> tuple[float, ...]:
    """Return the box's bounds as floats if each side is an acceptable domain.

    The classification lab's box ``[x1lo, x1hi] x [x2lo, x2hi]`` is mapped onto
    ``[-1, 1]^2`` side by side; each side obeys `check_domain`.

    Raises
    ------
    ValueError
        If a bound is not a finite number or a side is empty; the message names
        the side (``box x1`` or ``box x2``).
    LimitError
        If a side is beyond a limit; its name is ``box x1`` or ``box x2``.
    """
    out: list[float] = []
    for side, lo, hi in (("x1", x1lo, x1hi), ("x2", x2lo, x2hi)):
        try:
            out.extend(check_domain(lo, hi))
        except LimitError as exc:
            raise LimitError(f"box {side}", exc.reason, exc.limit) from None
        except (TypeError, ValueError) as exc:
            raise ValueError(f"box {side}: {exc}") from None
    return tuple(out)


def find_plane_point_violation(
    x1: ArrayLike, x2: ArrayLike, box: tuple[float, float, float, float] | None = None
) -> PointViolation | None:
    """The first point of the classification lab beyond a limit, or None.

    Parameters
    ----------
    x1, x2 : array_like, shape (n_points,)
        The points.
    box : tuple of 4 floats, optional
        ``(x1lo, x1hi, x2lo, x2hi)``, already accepted by `check_box`. With it,
        each point must also satisfy ``|z1|, |z2| <= MAX_PLANE_Z``: it lies at
        most half the box's width (for x1) or height (for x2) beyond its sides.

    Returns
    -------
    PointViolation or None
        The point with the lowest index that breaks a limit (its x1 before its
        x2); ``field`` is ``"x1"`` or ``"x2"``.
    """
    x1 = np.asarray(x1, dtype=float)
    x2 = np.asarray(x2, dtype=float)
    if x1.size == 0 and x2.size == 0:
        return None
    sides = (("x1", x1), ("x2", x2))
    bounds = ((box[0], box[1]), (box[2], box[3])) if box is not None else (None, None)
    if all(_side_within(v, b) for (_, v), b in zip(sides, bounds, strict=True)):
        return None
    bad = []
    for (_, values), side in zip(sides, bounds, strict=True):
        beyond = ~(np.abs(values) <= MAX_ABS_X)
        if side is not None:
            z = _to_unit(np.where(beyond, side[0], values), *side)
            beyond |= ~(np.abs(z) <= MAX_PLANE_Z)
        bad.append(beyond)
    either = bad[0] | bad[1]
    if not either.any():
        return None
    i = int(np.argmax(either))
    name, values = sides[0] if bad[0][i] else sides[1]
    side = bounds[0] if bad[0][i] else bounds[1]
    value = float(values[i])
    if not math.isfinite(value):
        return PointViolation(i, name, value, f"{_show(value)} is not a finite number", _LIMIT_X)
    if not abs(value) <= MAX_ABS_X:
        return PointViolation(
            i, name, value, f"{_show(value)} is beyond the limit {_LIMIT_X}", _LIMIT_X
        )
    lo, hi = side  # type: ignore[misc]
    what = "width" if name == "x1" else "height"
    return PointViolation(
        i,
        name,
        value,
        f"{name} = {_show(value)} lies too far outside the box's side [{_show(lo)}, {_show(hi)}]: "
        f"the limit is {_LIMIT_PLANE_Z}, at most half the box's {what} beyond it",
        _LIMIT_PLANE_Z,
    )


def _side_within(values: np.ndarray, side: tuple[float, float] | None) -> bool:
    """Whether every value is within the limits, from the extremes alone (see below)."""
    if values.size == 0:
        return True
    lo, hi = float(values.min()), float(values.max())
    if not (lo >= -MAX_ABS_X and hi <= MAX_ABS_X):
        return False
    if side is None:
        return True
    z_lo, z_hi = _to_unit(np.array([lo, hi]), *side)
    return bool(z_lo >= -MAX_PLANE_Z and z_hi <= MAX_PLANE_Z)


def check_points(x: ArrayLike, y: ArrayLike, domain: tuple[float, float] | None = None) -> None:
    """Raise `LimitError` for the first point beyond a limit (see `find_point_violation`).

    The error's name is ``"x[i]"`` or ``"y[i]"``. The number of points is not
    checked here (see `check_point_count`): a fit may see any subset.
    """
    found = find_point_violation(x, y, domain)
    if found is not None:
        raise LimitError(f"{found.field}[{found.index}]", found.reason, found.limit)


# --- files --------------------------------------------------------------------


def read_file(
    path: str | os.PathLike[str], max_bytes: int | None = None, *, purpose: str = ""
) -> bytes:
    """Read a whole regular file of at most `max_bytes` (default ``MAX_FILE_BYTES``).

    Named pipes, devices and sockets are refused before they are opened (and
    opened without blocking, should one replace the file in between), so a
    FIFO, ``/dev/zero`` or ``/dev/urandom`` neither hangs nor fills memory.
    A file larger than the cap is refused from its size, unread; one that
    grows while read is cut off one byte past the cap and refused.

    Parameters
    ----------
    path : str or os.PathLike
        The file.
    max_bytes : int, optional
        The cap; ``MAX_FILE_BYTES`` unless given.
    purpose : str, optional
        What the file is for, as in "too large for <purpose>" (``"a session"``).

    Raises
    ------
    FileReadError
        With a short reason: ``no such file``, ``permission denied``, ``is a
        directory, not a file``, ``is not a regular file (...)``, ``the file
        is too large (...)`` or ``cannot read the file (...)``.
    """
    cap = MAX_FILE_BYTES if max_bytes is None else max_bytes
    source = os.fspath(path)
    try:
        # stat never blocks, whatever the file is; open may (a FIFO).
        info = os.stat(source)
        _check_kind(info.st_mode)
        # Checked before opening, so a huge file costs neither time nor memory.
        if info.st_size > cap:
            raise FileReadError(_too_large(info.st_size, cap, purpose))
        with open(source, "rb", opener=_opener) as file:
            info = os.fstat(file.fileno())
            _check_kind(info.st_mode)
            data = _read_capped(file, min(info.st_size, cap), cap)
    except FileNotFoundError:
        raise FileReadError("no such file") from None
    except PermissionError:
        raise FileReadError("permission denied") from None
    except IsADirectoryError:
        raise FileReadError("is a directory, not a file") from None
    except OSError as exc:
        raise FileReadError(f"cannot read the file ({exc.strerror or exc})") from exc
    except ValueError:
        # os.stat's answer to a NUL character in the name.
        raise FileReadError("cannot read the file (its name contains a NUL character)") from None
    if len(data) > cap:
        raise FileReadError(_too_large(len(data), cap, purpose))
    return data


def _opener(path: str, flags: int) -> int:
    # O_NONBLOCK: should a FIFO appear between the stat and the open, the open
    # returns at once and the fstat check refuses it. O_NOCTTY: a terminal
    # never becomes ours. Both are no-ops for regular files.
    extra = getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    return os.open(path, flags | extra)


def _check_kind(mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise FileReadError("is a directory, not a file")
    if not stat.S_ISREG(mode):
        raise FileReadError(f"is not a regular file ({_kind(mode)}); only regular files are read")


def _kind(mode: int) -> str:
    kinds: tuple[tuple[Callable[[int], bool], str], ...] = (
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    )
    return next((name for test, name in kinds if test(mode)), "a special file")


def _read_capped(file: IO[bytes], size: int, cap: int) -> bytes:
    """Read to the end, but never more than ``cap + 1`` bytes."""
    # One read of the announced size (plus one byte to see the end) is the
    # usual case; a buffer of cap bytes up front would cost 200 MB per file.
    data = file.read(size + 1)
    if len(data) <= size:
        return data
    parts = [data]
    total = len(data)
    while total <= cap:
        chunk = file.read(min(_READ_CHUNK, cap + 1 - total))
        if not chunk:
            break
        parts.append(chunk)
        total += len(chunk)
    return b"".join(parts)
