"""``main.py fit``: fit the penalized polynomial to a CSV of points, headless.

The domain defaults to the range of all x in the file (as File > Import
does); ``--json`` prints every number the app's readouts show, and how the
solver stopped (``solver_status``, ``n_iter``).
"""

from __future__ import annotations

import argparse
import json
import math
from typing import Any

from cli.errors import EXIT_OK, CliError
from core.points_csv import DataFileError, read_points_csv
from core.polyfit import BASES, MAX_DEGREE, Domain, FitResult, check_strength, fit

# Above this condition number rounding visibly moves the coefficients (the
# readouts use the same threshold).
ILL_CONDITIONED = 1e10


def _degree(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"must be a whole number from 0 to {MAX_DEGREE}, got {text!r}"
        ) from None
    if not 0 <= value <= MAX_DEGREE:
        raise argparse.ArgumentTypeError(f"must be from 0 to {MAX_DEGREE}, got {value}")
    return value


def _strength(text: str) -> float:
    try:
        return check_strength("value", float(text))
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a finite number >= 0, got {text!r}") from None


def _finite(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"must be a finite number, got {text!r}")
    return value


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register the ``fit`` command."""
    parser = subparsers.add_parser(
        "fit",
        help="fit a penalized polynomial to a CSV of points",
        description="Fit f(x) = sum_k coef_k phi_k(z), z = 2 (x - lo) / (hi - lo) - 1, minimizing "
        "(1/N) sum (y - f(x))^2 + l1 sum_{k>=1} |coef_k| + l2 sum_{k>=1} coef_k^2.",
    )
    parser.add_argument("data", metavar="DATA.csv", help="columns x, y and optionally role")
    parser.add_argument("--degree", type=_degree, required=True, help=f"0 to {MAX_DEGREE}")
    parser.add_argument("--l1", type=_strength, default=0.0, help="L1 strength (default 0)")
    parser.add_argument("--l2", type=_strength, default=0.0, help="L2 strength (default 0)")
    parser.add_argument("--basis", choices=BASES, default="monomial")
    parser.add_argument(
        "--domain",
        nargs=2,
        type=_finite,
        metavar=("LO", "HI"),
        help="x interval mapped to [-1, 1] (default: the range of x in the file)",
    )
    parser.add_argument("--penalize-intercept", action="store_true", help="penalize coef_0 too")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Fit and print the result; raise CliError on bad input."""
    try:
        table = read_points_csv(args.data)
    except DataFileError as exc:
        raise CliError(str(exc)) from None
    train = ~table.is_test
    if not train.any():
        raise CliError(f"{args.data}: no training points (every row has role test)")
    if args.domain is None:
        lo, hi = float(table.x.min()), float(table.x.max())
        if lo == hi:
            raise CliError(
                f"{args.data}: all x values equal {lo!r}, so they span no domain; "
                "give one with --domain LO HI"
            )
    else:
        lo, hi = args.domain
        if not lo < hi:
            raise CliError(f"argument --domain: needs LO < HI, got {lo!r} {hi!r}")
    result = fit(
        table.x[train],
        table.y[train],
        args.degree,
        l1=args.l1,
        l2=args.l2,
        basis=args.basis,
        domain=Domain(lo, hi),
        penalize_intercept=args.penalize_intercept,
        x_test=table.x[~train],
        y_test=table.y[~train],
    )
    if args.json:
        print(json.dumps(result_to_json(result), allow_nan=False))
    else:
        print(format_result(result))
    return EXIT_OK


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _finite_or_none(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None


def result_to_json(result: FitResult) -> dict[str, Any]:
    """The JSON object of ``fit --json`` (non-finite numbers become null)."""
    return {
        "degree": result.degree,
        "basis": result.basis,
        "l1": result.l1,
        "l2": result.l2,
        "domain": [result.domain.lo, result.domain.hi],
        "penalize_intercept": result.penalize_intercept,
        "n_train": result.n_train,
        "n_test": result.n_test,
        "coef": result.coef.tolist(),
        "coef_x": result.coef_x.tolist(),
        "train_mse": result.train_mse,
        "test_mse": result.test_mse,
        "train_rmse": math.sqrt(result.train_mse),
        "test_rmse": None if result.test_mse is None else math.sqrt(result.test_mse),
        "data_term": result.data_term,
        "l1_term": result.l1_term,
        "l2_term": result.l2_term,
        "objective": result.objective,
        "n_zero": result.n_zero,
        "max_abs_coef": result.max_abs_coef,
        "rank": result.rank,
        "unique": result.is_unique,
        "condition": _finite_or_none(result.condition),
        "solver": result.solver_method,
        "solver_status": result.solver_status,
        "solver_converged": result.solver_converged,
        "n_iter": result.n_iter,
    }


def format_result(result: FitResult) -> str:
    """A short human-readable report of a fit."""
    test = "n/a (no test points)" if result.test_mse is None else f"{result.test_mse:.6g}"
    lines = [
        f"degree {result.degree}, {result.basis} basis, domain "
        f"[{result.domain.lo:g}, {result.domain.hi:g}], l1 = {result.l1:g}, l2 = {result.l2:g}"
        + (", intercept penalized" if result.penalize_intercept else ""),
        f"points: {result.n_train} train, {result.n_test} test",
        f"train MSE {result.train_mse:.6g}   test MSE {test}",
        f"objective {result.objective:.6g} = data {result.data_term:.6g}"
        f" + L1 {result.l1_term:.6g} + L2 {result.l2_term:.6g}",
        f"exact zeros: {result.n_zero} of {result.degree + 1}",
    ]
    if not result.is_unique:
        lines.append(
            f"note: the fit is not unique (rank {result.rank} < {result.degree + 1} "
            "coefficients); this is the minimum-norm solution"
        )
    elif result.rank == result.degree + 1 and result.condition > ILL_CONDITIONED:
        condition = "inf" if math.isinf(result.condition) else f"{result.condition:.2g}"
        lines.append(
            f"note: ill-conditioned (condition number {condition}): the fit is unique, but "
            "tiny changes in the data move the coefficients a lot"
        )
    if not result.solver_converged:
        why = {
            "no_progress": "its steps stopped lowering the objective",
            "iteration_limit": "it reached its step limit",
        }.get(result.solver_status, result.solver_status)
        lines.append(
            f"note: the solver stopped after {_count(result.n_iter, 'step')} because {why}, "
            "before its optimality test passed; this is the best point it found"
        )
    lines.append(" k  coef (basis)            coef (powers of x)")
    for k, (c, cx) in enumerate(zip(result.coef, result.coef_x, strict=True)):
        lines.append(f"{k:2d}  {c:< 22.15g}  {cx:< .15g}")
    return "\n".join(lines)
