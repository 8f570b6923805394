"""The ``update`` section: the core cost of an edit against a fresh QR reduction.

For N = 1,000, 100,000 and 1,000,000 points (or ``--sizes``) at degree 30
(or the largest ``--degrees``), in both bases, it times what a click, an undo
and a drag cost the core when the reduction is kept current
(:mod:`core.qr_update`): appending one point, removing one, moving one; and,
in the same run, :func:`core.polyfit.reduce` of all N points, which is what
the same edit costs without updates. Every update starts from the same fresh
reduction (updates do not change their input), so the rows measure one edit,
not a drift.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from benchmarks.harness import (
    Column,
    Options,
    Repeats,
    Samples,
    SectionReport,
    Target,
    format_ms,
    format_ratio,
    measure,
)
from core.polyfit import BASES, MAX_DEGREE, reduce
from core.qr_update import (
    RefactorNeededError,
    TrackedReduction,
    append_points,
    move_points,
    remove_points,
)

SIZES = (1_000, 100_000, 1_000_000)
SEED = 20240603
NOISE_SD = 0.3
# The core's share of a click: well inside a 60 Hz frame whatever N is.
EDIT_P95_TARGET_S = 1e-3

COLUMNS = (
    Column("N"),
    Column("D"),
    Column("basis", "<"),
    Column("edit", "<"),
    Column("median"),
    Column("p95"),
    Column("runs"),
    Column("reduce/edit"),
    Column("notes", "<"),
)


def make_points(n: int) -> tuple[np.ndarray, np.ndarray]:
    """x uniform on [0, 1], y = sin(2 pi x) + N(0, 0.3**2); the same for a given size."""
    rng = np.random.default_rng([SEED, n])
    x = rng.uniform(0.0, 1.0, n)
    return x, np.sin(2 * np.pi * x) + rng.normal(0.0, NOISE_SD, n)


def _repeats(quick: bool, cheap: bool) -> Repeats:
    if quick:
        return Repeats(2, 3, 0.05, cap_s=2.0)
    if cheap:
        return Repeats(200, 2000, 0.5, limit_s=2.0)
    return Repeats(3, 20, 2.0, cap_s=5.0, limit_s=8.0)


def _edits(
    tracked: TrackedReduction, x: np.ndarray, y: np.ndarray
) -> list[tuple[str, Callable[[], TrackedReduction]]]:
    rng = np.random.default_rng(SEED)
    new_x, new_y = rng.uniform(0.0, 1.0, 1), rng.normal(0.0, 1.0, 1)
    # A point in the middle of the data: an ordinary click undone or dragged.
    i = int(np.argmin(np.abs(x - 0.5)))
    old_x, old_y = x[i : i + 1], y[i : i + 1]
    return [
        ("append 1 (click)", lambda: append_points(tracked, new_x, new_y)),
        ("remove 1 (undo)", lambda: remove_points(tracked, old_x, old_y)),
        ("move 1 (drag)", lambda: move_points(tracked, old_x, old_y, new_x, new_y)),
    ]


def run(options: Options) -> SectionReport:
    """Time the edits and the fresh reduction for every size and basis."""
    degree = max(options.degrees) if options.degrees else MAX_DEGREE
    report = SectionReport(
        title=f"update: core cost of an edit vs a fresh QR reduction (D={degree}, times in ms)",
        columns=COLUMNS,
    )
    worst: dict[int, tuple[float, str]] = {}
    for n in options.sizes or SIZES:
        x, y = make_points(n)
        for basis in BASES:
            fresh, reduced = measure(
                lambda x=x, y=y, basis=basis: reduce(x, y, degree, basis),
                _repeats(options.quick, cheap=n <= 10_000),
            )
            tracked = TrackedReduction(reduced)
            report.rows.append(
                (f"{n:,}", str(degree), basis, "fresh reduce", *_cells(fresh), "1x", "")
            )
            for name, call in _edits(tracked, x, y):
                try:
                    samples, _ = measure(call, _repeats(options.quick, cheap=True))
                except RefactorNeededError as exc:
                    report.rows.append(
                        (f"{n:,}", str(degree), basis, name, "-", "-", "0", "-", exc.reason[:60])
                    )
                    continue
                ratio = format_ratio(fresh.median / samples.median)
                report.rows.append(
                    (f"{n:,}", str(degree), basis, name, *_cells(samples), ratio, "")
                )
                if samples.p95 > worst.get(n, (0.0, ""))[0]:
                    worst[n] = (samples.p95, f"{basis} {name}")
            report.rows.append(None)
    for n, (p95, what) in sorted(worst.items()):
        report.targets.append(
            Target(
                f"core cost of an edit, N={n:,}, D={degree}: worst p95",
                f"{format_ms(p95)} ms ({what})",
                f"<= {format_ms(EDIT_P95_TARGET_S)} ms, independent of N",
                p95 <= EDIT_P95_TARGET_S,
            )
        )
    report.notes.extend(
        [
            "data: x ~ U[0, 1], y = sin(2 pi x) + N(0, 0.3^2), seed fixed per N",
            "fresh reduce: core.polyfit.reduce of all N points (features + Householder QR):"
            " what an edit costs without updates",
            "append: core.qr_update.append_points of one new point (small QR of [F; w]);"
            " remove: remove_points of the point nearest x = 0.5 (LINPACK downdate);"
            " move: move_points of that point (append + downdate)",
            "reduce/edit: median of the fresh reduction over the edit's median",
        ]
    )
    return report


def _cells(samples: Samples) -> tuple[str, str, str]:
    runs = f"{samples.n}" + (" (cap)" if samples.capped else "")
    return format_ms(samples.median), format_ms(samples.p95), runs
