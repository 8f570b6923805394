"""``main.py fit``: fit the penalized polynomial to a CSV of points, headless.

The domain defaults to the range of all x in the file (as File > Import
does); ``--json`` prints every number the app's readouts show, and how the
solver stopped (``solver_status``, ``n_iter``). The file and the arguments are
held to the limits of :mod:`core.limits` (a regular file of at most 200 MB,
``|x|, |y| <= 1e50``, points at most 49.5 domain widths outside the domain,
``l1, l2 <= 1e50``, ...), and a refusal names the limit. Output never holds
NaN or Infinity: a number beyond the float range (only possible for
coefficients in powers of x) is ``null`` in JSON and ``n/a`` in text.
"""

from __future__ import annotations

import argparse
import json
import math
from typing import Any

import numpy as np

from cli import arguments
from cli.errors import EXIT_OK, CliError
from cli.output import count, strict
from core import limits
from core.points_csv import DataFileError, read_points_csv
from core.polyfit import ILL_CONDITIONED, MAX_DEGREE, Domain, FitResult, fit


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register the ``fit`` command."""
    parser = subparsers.add_parser(
        "fit",
        help="fit a penalized polynomial to a CSV of points",
        description="Fit f(x) = sum_k coef_k phi_k(z), z = 2 (x - lo) / (hi - lo) - 1, minimizing "
        "(1/N) sum (y - f(x))^2 + l1 sum_{k>=1} |coef_k| + l2 sum_{k>=1} coef_k^2.",
    )
    parser.add_argument("data", metavar="DATA.csv", help="columns x, y and optionally role")
    arguments.add_model_arguments(parser, MAX_DEGREE)
    parser.add_argument(
        "--domain",
        nargs=2,
        type=arguments.finite,
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
    domain = _domain(args, table.x)
    found = limits.find_point_violation(table.x, table.y, (domain.lo, domain.hi))
    if found is not None:
        # The reader has checked |x| and |y|; only the distance to --domain is left.
        raise CliError(f"{args.data}: point {found.index + 1} in the file: x = {found.reason}")
    # Within the limits every number reported is finite but coef_x, which the
    # output marks as missing. Floating-point exceptions that the solvers meet
    # and recover from would print as RuntimeWarnings on a successful run.
    with np.errstate(all="ignore"):
        result = fit(
            table.x[train],
            table.y[train],
            args.degree,
            l1=args.l1,
            l2=args.l2,
            basis=args.basis,
            domain=domain,
            penalize_intercept=args.penalize_intercept,
            x_test=table.x[~train],
            y_test=table.y[~train],
        )
        text = (
            json.dumps(result_to_json(result), allow_nan=False)
            if args.json
            else format_result(result)
        )
    print(text)
    return EXIT_OK


def _domain(args: argparse.Namespace, x: np.ndarray) -> Domain:
    """The domain of --domain, or else the range of x; CliError naming the limit if refused."""
    if args.domain is not None:
        lo, hi = args.domain
        if not lo < hi:
            raise CliError(f"argument --domain: needs LO < HI, got {lo!r} {hi!r}")
        try:
            return Domain(lo, hi)
        except limits.LimitError as exc:
            raise CliError(f"argument --domain: {exc.reason}") from None
    lo, hi = float(x.min()), float(x.max())
    if lo == hi:
        raise CliError(
            f"{args.data}: all x values equal {lo!r}, so they span no domain; "
            "give one with --domain LO HI"
        )
    try:
        return Domain(lo, hi)
    except limits.LimitError as exc:
        raise CliError(
            f"{args.data}: the range of x, {exc.reason}; give a domain with --domain LO HI"
        ) from None


def result_to_json(result: FitResult) -> dict[str, Any]:
    """The JSON object of ``fit --json``; any number beyond the float range is null.

    Within the limits only ``coef_x`` (powers of x) can leave the float range,
    for a domain far narrower than its distance from 0 at high degree; and
    ``condition`` is null when the features are rank deficient.
    """
    return strict(
        {
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
            "condition": result.condition,
            "solver": result.solver_method,
            "solver_status": result.solver_status,
            "solver_converged": result.solver_converged,
            "n_iter": result.n_iter,
        }
    )


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
            f"note: the solver stopped after {count(result.n_iter, 'step')} because {why}, "
            "before its optimality test passed; this is the best point it found"
        )
    coef_x = result.coef_x
    lines.append(" k  coef (basis)            coef (powers of x)")
    for k, (c, cx) in enumerate(zip(result.coef, coef_x, strict=True)):
        lines.append(f"{k:2d}  {_number(c, '< 22.15g', 22)}  {_number(cx, '< .15g')}")
    if not np.isfinite(coef_x).all():
        lines.append(
            "note: n/a marks a coefficient in powers of x beyond the float range "
            "(a domain this narrow for its distance from 0); the basis coefficients are all there"
        )
    return "\n".join(lines)


def _number(value: float, spec: str, width: int = 0) -> str:
    """`value` formatted by `spec`, or "n/a" (padded to `width`) where it is not finite."""
    return format(value, spec) if math.isfinite(value) else "n/a".ljust(width)
