"""Headless commands of ``main.py`` (fit, classify, entropy, export) sharing one parser.

Every command reports bad input the same way: exit code 2 and one line on
stderr that names the file, line or argument at fault.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from cli import classify_command, entropy_command, export_command, fit_command
from cli.errors import EXIT_BAD_INPUT, CliError

COMMANDS = ("fit", "classify", "entropy", "export")


class _Parser(argparse.ArgumentParser):
    """An argument parser that raises instead of printing usage and exiting."""

    def error(self, message: str) -> NoReturn:
        raise CliError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    """Return the parser for every headless command."""
    parser = _Parser(prog="main.py", description="Overfit Lab, headless commands.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    fit_command.add_parser(sub)
    classify_command.add_parser(sub)
    entropy_command.add_parser(sub)
    export_command.add_parser(sub)
    return parser


def run(argv: Sequence[str]) -> int:
    """Run one headless command; return the process exit code."""
    try:
        args = build_parser().parse_args(list(argv))
        return int(args.handler(args))
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
