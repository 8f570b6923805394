"""Pure geometry for figures: clipping polylines to a rectangle, and nice tick values.

Clipping is done here, on the numbers, rather than left to the output
format: an SVG renderer may ignore a clip path (Qt's SVG generator writes
none), while a polyline that already stops at the plot's edge looks the
same in every renderer.
"""

from __future__ import annotations

import math

import numpy as np


def clip_polyline(
    x: np.ndarray, y: np.ndarray, rect: tuple[float, float, float, float]
) -> list[tuple[np.ndarray, np.ndarray]]:
    """The parts of the polyline through (x[i], y[i]) inside ``rect`` = (left, top, right, bottom).

    Each segment is clipped exactly (Liang–Barsky): the parametric segment
    P0 + t (P1 - P0), t in [0, 1], keeps the t where all four inequalities
    ``left <= x <= right``, ``top <= y <= bottom`` hold. Consecutive kept
    segments that meet inside the rectangle are joined into one run. A
    non-finite coordinate breaks the line. Returns the runs as (xs, ys)
    arrays of at least two points each.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.size < 2:
        return []
    left, top, right, bottom = rect
    x0, y0, x1, y1 = x[:-1], y[:-1], x[1:], y[1:]
    dx, dy = x1 - x0, y1 - y0
    t0 = np.zeros(x0.size)
    t1 = np.ones(x0.size)
    keep = np.isfinite(x0) & np.isfinite(y0) & np.isfinite(x1) & np.isfinite(y1)
    keep &= np.isfinite(dx) & np.isfinite(dy)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        for p, q in ((-dx, x0 - left), (dx, right - x0), (-dy, y0 - top), (dy, bottom - y0)):
            parallel = p == 0
            keep &= ~(parallel & (q < 0))
            r = q / p
            entering = (p < 0) & ~parallel
            leaving = (p > 0) & ~parallel
            t0 = np.where(entering, np.maximum(t0, r), t0)
            t1 = np.where(leaving, np.minimum(t1, r), t1)
    keep &= t0 <= t1
    if not keep.any():
        return []
    # Unclipped ends are the vertices themselves, not x0 + 1 * dx (which rounds).
    sx = np.where(t0 == 0.0, x0, x0 + t0 * dx)
    sy = np.where(t0 == 0.0, y0, y0 + t0 * dy)
    ex = np.where(t1 == 1.0, x1, x0 + t1 * dx)
    ey = np.where(t1 == 1.0, y1, y0 + t1 * dy)
    # Segment i continues into i + 1 when both are kept and they share the
    # (inside) point between them unclipped.
    joined = keep[:-1] & keep[1:] & (t1[:-1] == 1.0) & (t0[1:] == 0.0)
    runs = []
    kept = np.flatnonzero(keep)
    start = kept[0]
    for i, j in zip(kept, [*kept[1:], -1], strict=True):
        if j == i + 1 and joined[i]:
            continue
        seg = np.arange(start, i + 1)
        xs = np.concatenate([[sx[start]], ex[seg]])
        ys = np.concatenate([[sy[start]], ey[seg]])
        runs.append((xs, ys))
        start = j
    return runs


def nice_step(span: float, max_ticks: int) -> float:
    """The smallest step of 1, 2 or 5 times a power of 10 giving at most ``max_ticks`` ticks."""
    if not (math.isfinite(span) and span > 0):
        raise ValueError(f"span must be finite and > 0, got {span}")
    max_ticks = max(int(max_ticks), 2)
    raw = span / (max_ticks - 1)
    power = 10.0 ** math.floor(math.log10(raw))
    for factor in (1.0, 2.0, 5.0, 10.0):
        if factor * power >= raw * (1 - 1e-9):
            return factor * power
    return 10.0 * power


def nice_ticks(lo: float, hi: float, max_ticks: int) -> list[tuple[float, str]]:
    """Evenly spaced round values in [lo, hi] (at most ``max_ticks``), with their labels.

    Labels have just enough decimals for the step and a true minus sign.
    """
    if not lo < hi:
        raise ValueError(f"lo must be < hi, got {lo}, {hi}")
    step = nice_step(hi - lo, max_ticks)
    first = math.ceil(lo / step - 1e-9)
    last = math.floor(hi / step + 1e-9)
    decimals = max(0, -math.floor(math.log10(step) + 1e-9))
    ticks = []
    # Far from 0 a narrow range's k = value / step is large and rounds: keep
    # only the values that really lie in [lo, hi] (up to a millionth of a step).
    slack = 1e-6 * step
    for k in range(first, last + 1):
        value = k * step
        if abs(value) < step * 1e-9:
            value = 0.0
        if lo - slack <= value <= hi + slack:
            ticks.append((value, format_tick(value, decimals)))
    return ticks


def format_tick(value: float, decimals: int) -> str:
    """A tick label: fixed decimals, or powers of ten for very large or small values."""
    magnitude = abs(value)
    if magnitude and (magnitude >= 1e6 or decimals > 5):
        mantissa, exponent = f"{value:.3g}".split("e") if "e" in f"{value:.3g}" else (None, None)
        if mantissa is not None:
            return f"{mantissa}e{int(exponent)}".replace("-", "−")
    return f"{value:.{decimals}f}".replace("-", "−")


def chain_segments(segments: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Line segments joined into polylines wherever they share an end point exactly.

    Parameters
    ----------
    segments : ndarray, shape (n_segments, 2, 2)
        Each segment's end points ``[[x_a, y_a], [x_b, y_b]]``, in any order
        and direction (as marching squares returns a contour).

    Returns
    -------
    x, y : ndarray
        The polylines one after another, a NaN between two of them. Drawn as
        one line, the joints get the pen's join instead of two flat caps that
        leave a notch at each bend; a closed contour runs on past its first
        point to its second, so that it is joined there too.
    """
    seg = np.asarray(segments, dtype=float).reshape(-1, 2, 2)
    ends: dict[tuple[float, float], list[int]] = {}
    pairs = [(tuple(a), tuple(b)) for a, b in seg.tolist()]
    for i, (a, b) in enumerate(pairs):
        ends.setdefault(a, []).append(i)
        ends.setdefault(b, []).append(i)
    used = [False] * len(pairs)

    def walk(point: tuple[float, float]) -> list[tuple[float, float]]:
        # From ``point`` along unused segments as far as they go.
        out = []
        while True:
            following = next((j for j in ends[point] if not used[j]), None)
            if following is None:
                return out
            used[following] = True
            a, b = pairs[following]
            point = b if a == point else a
            out.append(point)

    xs: list[float] = []
    ys: list[float] = []
    for i, (a, b) in enumerate(pairs):
        if used[i]:
            continue
        used[i] = True
        forward = walk(b)
        backward = walk(a)
        run = [*reversed(backward), a, b, *forward]
        if len(run) > 3 and run[-1] == run[0]:
            run.append(run[1])
        if xs:
            xs.append(math.nan)
            ys.append(math.nan)
        xs.extend(p[0] for p in run)
        ys.extend(p[1] for p in run)
    return np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
