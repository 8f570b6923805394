"""The ``entropy`` command of ``main.py``: the entropy calculator without a window.

It reads probabilities, counts or a text from the command line, hands them
to :mod:`core.entropy`, and prints either a short table for people or one
JSON object for scripts. Bad input becomes a :class:`cli.errors.CliError`
whose one-line message names the argument at fault. Only numpy and the
standard library are imported, so the command starts quickly and runs on
machines without a display.
"""

from __future__ import annotations

import argparse
import json
import math
from typing import Any

from cli.errors import EXIT_OK, CliError
from core import entropy as ent

# Longer distributions are cut short in the readable table; --json has them all.
_TABLE_ROWS = 20


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register the ``entropy`` subcommand and route it to :func:`run`."""
    parser = subparsers.add_parser(
        "entropy",
        help="entropy, Huffman code and related measures of a distribution",
        description=(
            "Compute the Shannon entropy H = -sum p log p of a distribution given as "
            "probabilities, counts or a text, with the maximum log n, the efficiency "
            "H / log n, the perplexity, the fixed-length code size ceil(log2 n) and a "
            "Huffman code. Values that do not sum to 1 are divided by their sum."
        ),
    )
    parser.add_argument(
        "values",
        nargs="*",
        metavar="P",
        help="probabilities such as 0.5 or 1/3 (or counts with --counts); "
        "spaces, commas or semicolons separate them",
    )
    parser.add_argument(
        "--counts",
        action="store_true",
        help="read P as counts (non-negative numbers) rather than probabilities",
    )
    parser.add_argument(
        "--text",
        metavar="TEXT",
        help="use the character frequencies of TEXT (spaces and line breaks not counted)",
    )
    parser.add_argument(
        "--words",
        action="store_true",
        help="with --text: count words instead of characters (each Chinese character is a word)",
    )
    parser.add_argument(
        "--unit",
        choices=tuple(ent.UNITS),
        default="bits",
        help="unit of entropy: bits (log base 2, the default), nats (base e), hartleys (base 10)",
    )
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object instead of a table"
    )
    parser.set_defaults(handler=run)


def _read_distribution(args: argparse.Namespace) -> ent.Distribution:
    """Parse the command's input, or raise CliError naming the argument at fault."""
    if args.text is not None:
        if args.values:
            raise CliError("entropy: give either P values or --text, not both")
        if args.counts:
            raise CliError("entropy: --counts reads P values and cannot be combined with --text")
        kind = "words" if args.words else "characters"
        source, argument = args.text, "--text"
    else:
        if args.words:
            raise CliError("entropy: --words needs --text")
        kind = "counts" if args.counts else "probabilities"
        # Tokens are joined so "0.5,0.5" and "0.5 0.5" read the same.
        source, argument = " ".join(args.values), "P"
    try:
        return ent.parse_distribution(source, kind)
    except ent.EntropyInputError as exc:
        raise CliError(f"entropy {argument}: {exc}") from exc


def _finite_or_none(x: float) -> float | None:
    # JSON has no infinity; null marks the surprisal of an impossible outcome.
    return x if math.isfinite(x) else None


def _report(dist: ent.Distribution, summary: ent.EntropySummary) -> dict[str, Any]:
    return {
        "entropy": summary.entropy,
        "unit": summary.unit,
        "n_outcomes": summary.n_outcomes,
        "max_entropy": summary.max_entropy,
        "efficiency": summary.efficiency,
        "perplexity": summary.perplexity,
        "fixed_length_bits": summary.fixed_length_bits,
        "huffman_mean_length": summary.huffman.mean_length,
        "entropy_bits": summary.entropy_bits,
        "input_kind": dist.kind,
        "normalized": dist.normalized,
        "input_sum": dist.original_sum,
        "labels": list(dist.labels),
        "probabilities": dist.probabilities.tolist(),
        "surprisal": [_finite_or_none(float(s)) for s in summary.surprisal],
        "huffman_code": list(summary.huffman.code_words),
        "huffman_lengths": list(summary.huffman.lengths),
    }


def _format_table(dist: ent.Distribution, summary: ent.EntropySummary) -> str:
    unit = summary.unit
    n = summary.n_outcomes
    b = summary.fixed_length_bits
    mean = summary.huffman.mean_length
    lines = [
        f"{n} outcome{'s' if n != 1 else ''} from {dist.kind}",
        f"  entropy H          {summary.entropy:.6g} {unit}",
        f"  max entropy log n  {summary.max_entropy:.6g} {unit}",
        f"  efficiency H/log n {100 * summary.efficiency:.2f} %",
        f"  perplexity 2^H     {summary.perplexity:.6g}",
        f"  fixed-length code  {b} bit{'s' if b != 1 else ''} "
        f"({b} binary digit{'s' if b != 1 else ''} tell {2**b} values apart)",
        f"  Huffman mean L     {mean:.6g} bit{'' if mean == 1 else 's'} per outcome "
        f"(H = {summary.entropy_bits:.6g} bits <= L < H + 1)",
    ]
    if dist.kind != "probabilities":
        lines.append(f"  p = count / total, total = {dist.original_sum:.6g}")
    elif dist.normalized:
        lines.append(
            f"  note: the values sum to {dist.original_sum:.6g}, not 1; "
            "each was divided by that sum"
        )
    width = max(7, *(len(label) for label in dist.labels[:_TABLE_ROWS]))
    lines.append("")
    lines.append(f"  {'outcome':<{width}}  {'p':>10}  {'-log p':>10}  code")
    rows = zip(
        dist.labels, dist.probabilities, summary.surprisal, summary.huffman.code_words, strict=True
    )
    for i, (label, p, info, word) in enumerate(rows):
        if i == _TABLE_ROWS:
            lines.append(f"  ... {n - _TABLE_ROWS} more (use --json for all)")
            break
        info_text = f"{info:10.4f}" if math.isfinite(info) else f"{'inf':>10}"
        lines.append(f"  {label:<{width}}  {p:10.4f}  {info_text}  {word or '-'}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Compute and print the entropy report; return the exit code."""
    dist = _read_distribution(args)
    summary = ent.summarize(dist, args.unit)
    if args.json:
        print(json.dumps(_report(dist, summary), allow_nan=False))
    else:
        print(_format_table(dist, summary))
    return EXIT_OK
