"""``main.py classify``: fit the two-class classifier to a CSV of plane points, headless.

The box defaults to the bounding box of all points in the file (training and
test, as the lab's import does); a box given with ``--domain`` must hold the
points within the lab's limit (``core.limits.MAX_PLANE_Z``: at most half the
box's width beyond its sides). ``--json`` prints every number the lab's
readouts show, as strict JSON.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from cli import arguments
from cli.errors import EXIT_OK, CliError
from cli.output import strict
from core import limits
from core.classifier import LogisticFit, fit
from core.plane import Box
from core.plane_csv import read_plane_csv
from core.plane_features import MAX_PLANE_DEGREE
from core.points_csv import DataFileError


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register the ``classify`` command."""
    parser = subparsers.add_parser(
        "classify",
        help="fit a penalized logistic classifier to a CSV of plane points",
        description="Fit p = sigmoid(f), f = sum_k coef_k phi_k(z1, z2) over every monomial "
        "z1^i z2^j with i + j <= D (z: the box mapped to [-1, 1]^2), minimizing "
        "(1/N) sum [log(1 + exp(f)) - t f] + l1 sum_{k>0} |coef_k| + l2 sum_{k>0} coef_k^2.",
    )
    parser.add_argument(
        "data", metavar="DATA.csv", help="columns x1, x2, label (0 or 1) and optionally role"
    )
    arguments.add_model_arguments(parser, MAX_PLANE_DEGREE)
    parser.add_argument(
        "--domain",
        nargs=4,
        type=arguments.finite,
        metavar=("X1LO", "X1HI", "X2LO", "X2HI"),
        help="box mapped to [-1, 1]^2 (default: the bounding box of the file's points)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Fit and print the result; raise CliError on bad input."""
    try:
        table = read_plane_csv(args.data)
    except DataFileError as exc:
        raise CliError(str(exc)) from None
    if table.n_train == 0:
        raise CliError(f"{args.data}: no training points (every row has role test)")
    if args.domain is None:
        try:
            box = Box.bounding(table.x1, table.x2)
        except ValueError as exc:
            raise CliError(
                f"{args.data}: {exc}; give a box with --domain X1LO X1HI X2LO X2HI"
            ) from None
    else:
        x1lo, x1hi, x2lo, x2hi = args.domain
        for name, lo, hi in (("X1LO < X1HI", x1lo, x1hi), ("X2LO < X2HI", x2lo, x2hi)):
            if not lo < hi:
                raise CliError(f"argument --domain: needs {name}, got {lo!r} {hi!r}")
        try:
            box = Box(x1lo, x1hi, x2lo, x2hi)
        except ValueError as exc:
            raise CliError(f"argument --domain: {exc}") from None
        found = limits.find_plane_point_violation(table.x1, table.x2, box.as_tuple())
        if found is not None:
            raise CliError(f"{args.data}: point {found.index + 1} (in file order): {found.reason}")
    result = fit(table, args.degree, l1=args.l1, l2=args.l2, basis=args.basis, box=box)
    if args.json:
        print(json.dumps(result_to_json(result), allow_nan=False))
    else:
        print(format_result(result))
    return EXIT_OK


def result_to_json(result: LogisticFit) -> dict[str, Any]:
    """The JSON object of ``classify --json`` (a non-finite number would become null)."""
    return {
        "degree": result.degree,
        "basis": result.basis,
        "l1": result.l1,
        "l2": result.l2,
        "domain": list(result.box.as_tuple()),
        "n_train": result.n_train,
        "n_test": result.n_test,
        "coef": strict(result.coef.tolist()),
        "exponents": result.exponents.tolist(),
        "features": list(result.labels),
        "train_accuracy": result.train_accuracy,
        "test_accuracy": result.test_accuracy,
        "train_cross_entropy_bits": strict(result.train_cross_entropy_bits),
        "test_cross_entropy_bits": strict(result.test_cross_entropy_bits),
        "data_term": strict(result.data_term),
        "l1_term": strict(result.l1_term),
        "l2_term": strict(result.l2_term),
        "objective": strict(result.objective),
        "n_zero": result.n_zero,
        "max_abs_coef": strict(result.max_abs_coef),
        "separable": result.separable,
        "status": result.status,
        "n_iter": result.n_iter,
        "kkt_residual": strict(result.kkt_residual),
        "kkt_tol": strict(result.kkt_tol),
        "fallback_l2": result.fallback_l2,
        "message": result.message,
        "n_misclassified": int(result.misclassified.sum()),
    }


def _percent(value: float | None) -> str:
    return "n/a (no test points)" if value is None else f"{100 * value:.2f}%"


def _bits(value: float | None) -> str:
    return "n/a (no test points)" if value is None else f"{value:.6g} bits"


def format_result(result: LogisticFit) -> str:
    """A short human-readable report of a fit."""
    x1lo, x1hi, x2lo, x2hi = result.box.as_tuple()
    separable = {True: "yes", False: "no", None: "undecided"}[result.separable]
    if result.status == "one class":
        separable = "yes (one class only)"
    lines = [
        f"degree {result.degree}, {result.basis} basis, box [{x1lo:g}, {x1hi:g}] x "
        f"[{x2lo:g}, {x2hi:g}], l1 = {result.l1:g}, l2 = {result.l2:g}",
        f"points: {result.n_train} train, {result.n_test} test",
        f"solver: {result.status} after {result.n_iter} Newton steps "
        f"(KKT residual {result.kkt_residual:.2g}, tolerance {result.kkt_tol:.2g})",
    ]
    if result.message:
        lines.append(f"note: {result.message}")
    lines += [
        f"separable: {separable}",
        f"accuracy: train {_percent(result.train_accuracy)}, test {_percent(result.test_accuracy)}",
        f"cross-entropy: train {_bits(result.train_cross_entropy_bits)}, "
        f"test {_bits(result.test_cross_entropy_bits)}",
        f"objective {result.objective:.6g} = data {result.data_term:.6g} nats"
        f" + L1 {result.l1_term:.6g} + L2 {result.l2_term:.6g}",
        f"exact zeros: {result.n_zero} of {result.coef.size}; largest |coef| "
        f"{result.max_abs_coef:.6g}",
        "  k  (i, j)   feature            coef",
    ]
    rows = zip(result.exponents.tolist(), result.labels, result.coef.tolist(), strict=True)
    for k, ((i, j), label, c) in enumerate(rows):
        lines.append(f"{k:3d}  ({i}, {j})  {label:<17}  {c:< .15g}")
    return "\n".join(lines)
