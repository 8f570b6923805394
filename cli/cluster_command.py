"""``main.py cluster``: K-means on a CSV of plane points, in the plane or on the paraboloid lift.

Every row of the file is clustered (a role column, if any, is ignored). The
points are mapped onto ``z`` in ``[-1, 1]^2`` by the box, as in the
classification lab: by default the bounding box of the file's points, or the
one given with ``--domain`` (its points must lie within the lab's limit, at
most half the box's width beyond its sides). Without ``--lift-height`` the
plane ``(z1, z2)`` is clustered; with it, the paraboloid
``(z1, z2, h (z1^2 + z2^2))``. Each of ``--restarts`` runs seeds by k-means++
and iterates Lloyd's steps to a fixed point; the lowest inertia is kept.
Centroids are printed in the plane (the mean of each cluster's points), the
inertia in the space clustered; with a label column, purity and the adjusted
Rand index compare the clusters with the labels.
"""

from __future__ import annotations

import argparse
import json
import math
from typing import Any

import numpy as np

from cli.errors import EXIT_OK, CliError
from core import kmeans as km
from core import limits
from core.plane import Box
from core.plane_csv import PlanePoints, read_plane_points
from core.points_csv import DataFileError
from core.settings import MAX_SEED

#: Labels per line in the text output.
LABELS_PER_LINE = 40


def _int_in(name: str, low: int, high: int):
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"must be a whole number from {low} to {high:,}, got {text!r}"
            ) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be from {low} to {high:,}, got {value}")
        return value

    parse.__name__ = name
    return parse


def _height(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and 0.0 <= value <= km.MAX_HEIGHT):
        raise argparse.ArgumentTypeError(
            f"must be a number from 0 to {km.MAX_HEIGHT:g}, got {text!r}"
        )
    return value


def _finite(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"must be a finite number, got {text!r}")
    return value


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register the ``cluster`` command."""
    parser = subparsers.add_parser(
        "cluster",
        help="K-means on a CSV of plane points, in the plane or on the paraboloid lift",
        description="Cluster points (x1, x2) by K-means, minimizing the inertia "
        "sum_i ||x_i - c_(l_i)||^2 in the plane (z1, z2) (the box mapped to [-1, 1]^2) or "
        "on the paraboloid (z1, z2, h (z1^2 + z2^2)): k-means++ seeds, Lloyd's steps to a "
        "fixed point, the lowest inertia of the restarts.",
    )
    parser.add_argument(
        "data", metavar="DATA.csv", help="columns x1, x2 and optionally label (0 or 1) and role"
    )
    parser.add_argument(
        "--k", type=_int_in("k", km.MIN_K, km.MAX_K), required=True, help="clusters, 1 to 10"
    )
    parser.add_argument(
        "--lift-height",
        type=_height,
        metavar="H",
        help=f"cluster on the paraboloid of height H (0 to {km.MAX_HEIGHT:g}); default: the plane",
    )
    parser.add_argument(
        "--seed", type=_int_in("seed", 0, MAX_SEED), default=0, help="seed (default 0)"
    )
    parser.add_argument(
        "--restarts",
        type=_int_in("restarts", 1, km.MAX_RESTARTS),
        default=km.DEFAULT_RESTARTS,
        help=f"runs from new seeds, the best kept (default {km.DEFAULT_RESTARTS})",
    )
    parser.add_argument(
        "--domain",
        nargs=4,
        type=_finite,
        metavar=("X1LO", "X1HI", "X2LO", "X2HI"),
        help="box mapped to [-1, 1]^2 (default: the bounding box of the file's points)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(handler=run)


def _box(args: argparse.Namespace, points: PlanePoints) -> Box:
    if args.domain is None:
        try:
            return Box.bounding(points.x1, points.x2)
        except ValueError as exc:
            raise CliError(
                f"{args.data}: {exc}; give a box with --domain X1LO X1HI X2LO X2HI"
            ) from None
    x1lo, x1hi, x2lo, x2hi = args.domain
    for name, lo, hi in (("X1LO < X1HI", x1lo, x1hi), ("X2LO < X2HI", x2lo, x2hi)):
        if not lo < hi:
            raise CliError(f"argument --domain: needs {name}, got {lo!r} {hi!r}")
    try:
        box = Box(x1lo, x1hi, x2lo, x2hi)
    except ValueError as exc:
        raise CliError(f"argument --domain: {exc}") from None
    found = limits.find_plane_point_violation(points.x1, points.x2, box.as_tuple())
    if found is not None:
        raise CliError(f"{args.data}: point {found.index + 1} (in file order): {found.reason}")
    return box


def run(args: argparse.Namespace) -> int:
    """Cluster and print the result; raise CliError on bad input."""
    try:
        points = read_plane_points(args.data)
    except DataFileError as exc:
        raise CliError(str(exc)) from None
    box = _box(args, points)
    plane = np.column_stack([points.x1, points.x2])
    if args.lift_height is None:
        x = km.plane_space(plane, box)
    else:
        x = km.paraboloid_space(plane, args.lift_height, box)
    distinct = np.unique(plane, axis=0).shape[0]
    if distinct < args.k:
        raise CliError(
            f"argument --k: {args.k} clusters need at least {args.k} distinct points; "
            f"{args.data} has {distinct}"
        )
    result = km.kmeans(x, args.k, restarts=args.restarts, seed=args.seed, plane=plane)
    out = result_to_json(result, points, box, args)
    if args.json:
        print(json.dumps(out, allow_nan=False))
    else:
        print(format_result(out))
    return EXIT_OK


def result_to_json(
    result: km.KMeansResult, points: PlanePoints, box: Box, args: argparse.Namespace
) -> dict[str, Any]:
    """The JSON object of ``cluster --json``."""
    labels = result.labels
    purity = ari = None
    if points.label is not None:
        purity = km.purity(labels, points.label)
        ari = km.adjusted_rand_index(labels, points.label)
    assert result.plane_centroids is not None
    return {
        "k": result.k,
        "space": "plane" if args.lift_height is None else "paraboloid",
        "lift_height": args.lift_height,
        "domain": list(box.as_tuple()),
        "seed": args.seed,
        "restarts": args.restarts,
        "n_points": int(labels.size),
        "labels": labels.tolist(),
        "cluster_sizes": np.bincount(labels, minlength=result.k).tolist(),
        "centroids": result.plane_centroids.tolist(),
        "centroids_clustered": result.centroids.tolist(),
        "inertia": result.inertia,
        "n_iter": result.n_iter,
        "converged": result.converged,
        "restart": result.restart,
        "restart_inertias": list(result.restart_inertias),
        "n_unconverged": result.n_unconverged,
        "purity": purity,
        "adjusted_rand_index": ari,
    }


def format_result(out: dict[str, Any]) -> str:
    """A short human-readable report of a clustering."""
    x1lo, x1hi, x2lo, x2hi = out["domain"]
    if out["space"] == "plane":
        space = "the plane (z1, z2)"
    else:
        space = f"the paraboloid (z1, z2, h (z1^2 + z2^2)), h = {out['lift_height']:g}"
    stopped = "a fixed point" if out["converged"] else "the step cap, not converged"
    lines = [
        f"K = {out['k']} in {space}; box [{x1lo:g}, {x1hi:g}] x [{x2lo:g}, {x2hi:g}]",
        f"points: {out['n_points']}",
        f"restarts: {out['restarts']} from seed {out['seed']}; kept restart {out['restart']} "
        f"after {out['n_iter']} assignment steps, at {stopped}",
        f"inertia (in the space clustered): {out['inertia']:.6g}",
    ]
    if out["purity"] is None:
        lines.append("agreement with labels: n/a (the file has no label column)")
    else:
        lines.append(
            f"purity {out['purity']:.4g}, adjusted Rand index {out['adjusted_rand_index']:.4g}"
        )
    lines.append("centroids in the plane (mean of each cluster's points):")
    for j, ((a, b), size) in enumerate(zip(out["centroids"], out["cluster_sizes"], strict=True)):
        lines.append(f"  {j}: ({a:.6g}, {b:.6g})  {size} points")
    lines.append("labels (in file order):")
    labels = [str(v) for v in out["labels"]]
    for start in range(0, len(labels), LABELS_PER_LINE):
        lines.append("  " + " ".join(labels[start : start + LABELS_PER_LINE]))
    return "\n".join(lines)
