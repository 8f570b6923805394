"""Headless commands of ``main.py`` (fit, classify, cluster, entropy, export) sharing one parser.

Every command reports bad input the same way: exit code 2 and one line on
stderr that names the file, line or argument at fault.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from cli import classify_command, cluster_command, entropy_command, export_command, fit_command
from cli.errors import EXIT_BAD_INPUT, MAX_QUOTED_CHARS, CliError

COMMANDS = ("fit", "classify", "cluster", "entropy", "export")

# argparse quotes a bad argument whole ("invalid choice: '...'"); a run of
# this many characters without a space is cut to an excerpt.
_LONG_TOKEN = re.compile(rf"\S{{{MAX_QUOTED_CHARS + 1},}}")
_NEGATIVE_NUMBER = re.compile(r"^-(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$")


class _Parser(argparse.ArgumentParser):
    """An argument parser that raises instead of printing usage and exiting."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # argparse takes "-1e5" for an option (it knows "-12" and "-.5" only),
        # so "--domain -1e5 1e5" failed with "expected 2 arguments".
        self._negative_number_matcher = _NEGATIVE_NUMBER

    def error(self, message: str) -> NoReturn:
        short = _LONG_TOKEN.sub(lambda m: m[0][: MAX_QUOTED_CHARS - 3] + "...", message)
        raise CliError(f"{self.prog}: {short}")


def build_parser() -> argparse.ArgumentParser:
    """Return the parser for every headless command."""
    parser = _Parser(prog="main.py", description="Overfit Lab, headless commands.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    fit_command.add_parser(sub)
    classify_command.add_parser(sub)
    cluster_command.add_parser(sub)
    entropy_command.add_parser(sub)
    export_command.add_parser(sub)
    return parser


def run(argv: Sequence[str]) -> int:
    """Run one headless command; return the process exit code."""
    try:
        args = build_parser().parse_args(list(argv))
        return int(args.handler(args))
    except CliError as exc:
        text = str(exc)
        # One line whatever a file name holds (a newline, an undecodable byte).
        if not text.isprintable():
            text = repr(text)[1:-1]
        print(f"error: {text}", file=sys.stderr)
        return EXIT_BAD_INPUT
