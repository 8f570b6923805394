"""What every benchmark section shares: repeat timing, report tables and targets.

A section is a function ``run(options) -> SectionReport``; ``benchmarks.__main__``
runs the sections in order, prints each report as an aligned table and ends
with one summary of every section's targets.
"""

from __future__ import annotations

import gc
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal, TypeVar

import numpy as np

T = TypeVar("T")

# Fewest timed runs a time limit may cut a case down to.
MIN_SAMPLES = 3


@dataclass(frozen=True)
class Options:
    """What the user asked to run.

    ``sizes`` and ``degrees`` are None for a section's defaults; ``quick``
    asks for the fewest repeats that still exercise every code path.
    """

    quick: bool = False
    sizes: tuple[int, ...] | None = None
    degrees: tuple[int, ...] | None = None


@dataclass(frozen=True)
class Repeats:
    """How often to repeat a timed call.

    At least ``min_reps`` and at most ``max_reps`` timed runs; past
    ``min_reps`` no run starts once ``budget_s`` seconds were spent in timed
    runs. Two guards keep a case that is far slower than expected from
    taking minutes: past ``MIN_SAMPLES`` runs, no run starts once ``limit_s``
    seconds were spent, even below ``min_reps``; and a warm-up run slower
    than ``cap_s`` is the only run (its time is the single sample).
    """

    min_reps: int
    max_reps: int
    budget_s: float
    cap_s: float | None = None
    limit_s: float | None = None


@dataclass(frozen=True)
class Samples:
    """Wall-clock times of the timed runs, in seconds."""

    times: tuple[float, ...]
    capped: bool = False  # the warm-up run exceeded Repeats.cap_s and is the only sample

    @property
    def n(self) -> int:
        """Number of samples."""
        return len(self.times)

    @property
    def median(self) -> float:
        """Median time in seconds."""
        return float(np.median(self.times))

    @property
    def p95(self) -> float:
        """95th percentile (linear interpolation) in seconds."""
        return float(np.percentile(self.times, 95))


def measure(call: Callable[[], T], repeats: Repeats) -> tuple[Samples, T]:
    """Time ``call`` after one untimed warm-up run; return the samples and its last result.

    The cyclic garbage collector is off while the timed runs go, so a
    collection triggered by earlier garbage does not land in one sample.
    """
    gc.collect()
    start = time.perf_counter()
    result = call()
    first = time.perf_counter() - start
    if repeats.cap_s is not None and first > repeats.cap_s:
        return Samples((first,), capped=True), result
    times: list[float] = []
    spent = 0.0
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        while _wants_more(repeats, len(times), spent):
            start = time.perf_counter()
            result = call()
            elapsed = time.perf_counter() - start
            times.append(elapsed)
            spent += elapsed
    finally:
        if was_enabled:
            gc.enable()
    return Samples(tuple(times)), result


def _wants_more(repeats: Repeats, n: int, spent: float) -> bool:
    if n >= repeats.max_reps:
        return False
    if repeats.limit_s is not None and n >= MIN_SAMPLES and spent >= repeats.limit_s:
        return False
    return n < repeats.min_reps or spent < repeats.budget_s


@dataclass(frozen=True)
class Column:
    """A table column: its title and how its cells are aligned."""

    title: str
    align: Literal["<", ">"] = ">"


@dataclass(frozen=True)
class Target:
    """One design target: what was measured, the goal, and whether it was met.

    ``passed`` is None when this run did not measure it (filtered out).
    """

    what: str
    measured: str
    goal: str
    passed: bool | None


@dataclass
class SectionReport:
    """A section's results: a table (a None row prints a blank line), notes and targets."""

    title: str
    columns: tuple[Column, ...]
    rows: list[tuple[str, ...] | None] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)


def format_table(columns: Sequence[Column], rows: Sequence[tuple[str, ...] | None]) -> list[str]:
    """Lines of an aligned text table: header, rule, then one line per row."""
    widths = [len(c.title) for c in columns]
    for row in rows:
        if row is None:
            continue
        if len(row) != len(columns):
            raise ValueError(f"row needs {len(columns)} cells, got {len(row)}: {row!r}")
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]

    def line(cells: Sequence[str]) -> str:
        parts = [
            f"{cell:{col.align}{w}}" for cell, col, w in zip(cells, columns, widths, strict=True)
        ]
        return "  ".join(parts).rstrip()

    out = [line([c.title for c in columns]), "  ".join("-" * w for w in widths)]
    out.extend("" if row is None else line(row) for row in rows)
    return out


def format_ms(seconds: float) -> str:
    """A time in milliseconds with about three significant digits."""
    ms = seconds * 1e3
    if not math.isfinite(ms):
        return "-"
    if ms >= 100:
        return f"{ms:.0f}"
    if ms >= 10:
        return f"{ms:.1f}"
    if ms >= 1:
        return f"{ms:.2f}"
    return f"{ms:.3f}"


def format_ratio(value: float) -> str:
    """A speed ratio such as ``12x`` or ``0.84x``."""
    if not math.isfinite(value):
        return "-"
    if value >= 10:
        return f"{value:.0f}x"
    return f"{value:.2g}x"
