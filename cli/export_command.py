"""``main.py export``: render a saved session's panels to PNG or SVG, headless."""

from __future__ import annotations

import argparse

from cli.errors import CliError


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register the ``export`` command."""
    parser = subparsers.add_parser("export", help="render a session to PNG or SVG")
    parser.add_argument("session", metavar="SESSION.json")
    parser.add_argument("--out", required=True, metavar="FILE.png|FILE.svg")
    parser.add_argument(
        "--panel",
        choices=("plot", "coefficients", "errors", "entropy", "window"),
        default="plot",
    )
    parser.add_argument("--width", type=int, default=1600)
    parser.add_argument("--height", type=int)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Export the chosen panel of a session."""
    raise CliError("export is not available in this version yet")
