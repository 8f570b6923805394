"""Argument types shared by the headless commands.

Each type reads one token and raises ``argparse.ArgumentTypeError`` with a
message that names the accepted range and quotes (an excerpt of) the token.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable

from cli.errors import quote
from core import limits
from core.polyfit import BASES


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return math.nan


def whole_number(
    lowest: int | None = None, highest: int | None = None, unit: str = ""
) -> Callable[[str], int]:
    """A whole number, from `lowest` to `highest` where given (in `unit`, named in the message)."""
    bounds = " ".join(
        part
        for part in (
            "" if lowest is None else f"from {lowest}",
            "" if highest is None else f"to {highest}",
            unit,
        )
        if part
    )
    wanted = f"must be a whole number {bounds}".rstrip()

    def read(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{wanted}, got {quote(text)}") from None
        if (lowest is not None and value < lowest) or (highest is not None and value > highest):
            raise argparse.ArgumentTypeError(f"{wanted}, got {quote(text)}")
        return value

    return read


def degree(highest: int) -> Callable[[str], int]:
    """A whole number from 0 to `highest`."""
    return whole_number(0, highest)


def strength(text: str) -> float:
    """A penalty strength: a finite number from 0 to the limit."""
    value = _number(text)
    if not (math.isfinite(value) and value >= 0):
        raise argparse.ArgumentTypeError(f"must be a finite number >= 0, got {quote(text)}")
    if value > limits.MAX_STRENGTH:
        raise argparse.ArgumentTypeError(
            f"must be at most the limit {limits.MAX_STRENGTH:g}, got {quote(text)}"
        )
    return value


def finite(text: str) -> float:
    """Any finite number."""
    value = _number(text)
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"must be a finite number, got {quote(text)}")
    return value


def add_model_arguments(parser: argparse.ArgumentParser, highest_degree: int) -> None:
    """The options every fitting command takes: degree, penalties and basis."""
    parser.add_argument(
        "--degree",
        type=degree(highest_degree),
        required=True,
        help=f"0 to {highest_degree}",
    )
    for name in ("l1", "l2"):
        parser.add_argument(
            f"--{name}",
            type=strength,
            default=0.0,
            help=f"{name.upper()} strength, 0 (default) to {limits.MAX_STRENGTH:g}",
        )
    parser.add_argument("--basis", choices=BASES, default="monomial")
