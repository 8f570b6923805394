"""Run the speed benchmarks: one table per section, then a summary of the design's targets.

    python -m benchmarks [--quick] [--only SECTION] [--sizes N ...] [--degrees D ...]
                         [--blas-threads K]

Run from the project's folder. The exit code is 0 whether targets pass or
miss (this is a measurement, not a test); 2 for bad arguments.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import platform
import sys
import time
from collections.abc import Callable, Sequence

import numpy as np

from benchmarks.harness import Column, Options, SectionReport, Target, format_table
from core.polyfit import check_degree

# Name -> module with ``run(options: Options) -> SectionReport``, run in this
# order. Modules load only when their section runs, so a section's heavy
# imports (scikit-learn, Qt) cost nothing when it is filtered out.
SECTIONS: dict[str, str] = {
    "fit": "benchmarks.fit_bench",
    "classify": "benchmarks.classify_bench",
    "cluster": "benchmarks.cluster_bench",
    "update": "benchmarks.update_bench",
    "gui": "benchmarks.gui_bench",
    "plane-gui": "benchmarks.plane_gui_bench",
    "panels": "benchmarks.panels_bench",
}


def build_parser() -> argparse.ArgumentParser:
    """The command-line parser."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Overfit Lab speed benchmarks (design section 7).",
    )
    parser.add_argument(
        "--quick", action="store_true", help="a few runs per case: checks that it works"
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=list(SECTIONS),
        metavar="SECTION",
        help=f"run only this section (repeatable); one of: {', '.join(SECTIONS)}",
    )
    parser.add_argument(
        "--sizes", nargs="+", type=_positive_int, metavar="N", help="numbers of points"
    )
    parser.add_argument("--degrees", nargs="+", type=_degree, metavar="D", help="degrees")
    parser.add_argument(
        "--blas-threads",
        type=_positive_int,
        default=1,
        metavar="K",
        help="BLAS/OpenMP threads (default 1, as main.py sets for the app)",
    )
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be an integer >= 1, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be an integer >= 1, got {value}")
    return value


def _degree(text: str) -> int:
    try:
        return check_degree(int(text))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the selected sections, print their tables and the targets; return 0."""
    args = build_parser().parse_args(argv)
    options = Options(
        quick=args.quick,
        sizes=tuple(args.sizes) if args.sizes else None,
        degrees=tuple(args.degrees) if args.degrees else None,
    )
    names = [name for name in SECTIONS if not args.only or name in args.only]
    start = time.perf_counter()
    with _thread_limit(args.blas_threads):
        _print_environment(args.quick)
        targets: list[Target] = []
        for name in names:
            run: Callable[[Options], SectionReport] = importlib.import_module(SECTIONS[name]).run
            # Again after the import: a limit reaches only the thread pools loaded
            # when it is set, and a section may load new ones (scikit-learn's
            # OpenMP runtime, which KMeans uses, would otherwise run a thread
            # per CPU and spin against other load).
            with _thread_limit(args.blas_threads):
                report = run(options)
            _print_section(report)
            targets.extend(report.targets)
    _print_targets(targets)
    print(f"\ntotal {time.perf_counter() - start:.1f} s; load average now {_load_average()}")
    return 0


@contextlib.contextmanager
def _thread_limit(threads: int | None):
    if threads is None:
        yield
        return
    # threadpoolctl comes with scikit-learn, which the fit section needs anyway.
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=threads):
        yield


def _print_environment(quick: bool) -> None:
    print("Overfit Lab benchmarks" + (" (--quick: too few runs to mean anything)" if quick else ""))
    print(
        f"python {platform.python_version()}, numpy {np.__version__}, {platform.machine()},"
        f" {os.cpu_count()} CPUs, BLAS threads {_blas_threads()}, load average {_load_average()}"
    )


def _blas_threads() -> str:
    try:
        from threadpoolctl import threadpool_info
    except ImportError:
        return "unknown"
    counts = sorted(
        {str(lib["num_threads"]) for lib in threadpool_info() if lib["user_api"] == "blas"}
    )
    return "/".join(counts) or "unknown"


def _load_average() -> str:
    try:
        return " ".join(f"{v:.2f}" for v in os.getloadavg())
    except OSError:
        return "unknown"


def _print_section(report: SectionReport) -> None:
    print(f"\n== {report.title} ==\n")
    for line in format_table(report.columns, report.rows):
        print(line)
    if report.notes:
        print()
        for note in report.notes:
            print(f"  {note}")


def _print_targets(targets: list[Target]) -> None:
    print("\n== targets ==\n")
    columns = (Column("target", "<"), Column("measured", "<"), Column("goal", "<"), Column("", "<"))
    verdict = {True: "PASS", False: "MISS", None: "n/a"}
    rows = [(t.what, t.measured, t.goal, verdict[t.passed]) for t in targets]
    for line in format_table(columns, rows):
        print(line)


if __name__ == "__main__":
    sys.exit(main())
