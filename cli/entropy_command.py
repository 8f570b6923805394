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
import sys
from typing import Any

from cli.errors import EXIT_OK, CliError
from cli.output import count, strict
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
        help="read P as counts (whole numbers >= 0) rather than probabilities",
    )
    parser.add_argument(
        "--text",
        metavar="TEXT",
        help="use the character frequencies of TEXT; a character is what a reader sees as "
        "one (a letter with its accents, an emoji with its skin tone, a flag); spaces and "
        "line breaks are not counted",
    )
    parser.add_argument(
        "--words",
        action="store_true",
        help="with --text: count words instead of characters (each Chinese character is a word)",
    )
    parser.add_argument(
        "--unit",
        type=_unit,
        default="bits",
        metavar="{bits,nats,hartleys}",
        help="unit of entropy: bits (log base 2, the default), nats (base e), hartleys (base 10)",
    )
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object instead of a table"
    )
    parser.set_defaults(handler=run)


def _unit(text: str) -> str:
    # argparse's own "invalid choice" message would quote the whole argument.
    if text not in ent.UNITS:
        raise argparse.ArgumentTypeError(
            f"must be one of {', '.join(ent.UNITS)}, got {ent.excerpt(text)!r}"
        )
    return text


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
        # null when the sum exceeds the largest float (the probabilities are still exact)
        "input_sum": dist.original_sum,
        "labels": list(dist.labels),
        "probabilities": dist.probabilities.tolist(),
        "surprisal": [float(s) for s in summary.surprisal],
        "huffman_code": list(summary.huffman.code_words),
        "huffman_lengths": list(summary.huffman.lengths),
    }


# How each unit writes perplexity: the base of its logarithm to the power H.
_PERPLEXITY_LABEL = {"bits": "2^H", "nats": "e^H", "hartleys": "10^H"}


def _amount(value: float, unit: str) -> str:
    # Unit names are plurals: "bits" -> "1 bit".
    return count(value, unit[:-1], unit)


def _total(value: float) -> str:
    return f"{value:.6g}" if math.isfinite(value) else f"more than {sys.float_info.max:.6g}"


def _format_table(dist: ent.Distribution, summary: ent.EntropySummary) -> str:
    unit = summary.unit
    n = summary.n_outcomes
    b = summary.fixed_length_bits
    mean = summary.huffman.mean_length
    values = 2**b
    verb = "tells" if b == 1 else "tell"
    perplexity = f"perplexity {_PERPLEXITY_LABEL[unit]}"
    lines = [
        f"{count(n, 'outcome')} from {dist.kind}",
        f"  entropy H          {_amount(summary.entropy, unit)}",
        f"  max entropy log n  {_amount(summary.max_entropy, unit)}",
        f"  efficiency H/log n {100 * summary.efficiency:.2f} %",
        f"  {perplexity:<18} {summary.perplexity:.6g}",
        f"  fixed-length code  {count(b, 'bit')} "
        f"({count(b, 'binary digit')} {verb} {count(values, 'value')} apart)",
        f"  Huffman mean L     {count(mean, 'bit')} per outcome "
        f"(H = {_amount(summary.entropy_bits, 'bits')} <= L < H + 1)",
    ]
    if dist.kind == "counts":
        lines.append(f"  p = count / total, total = {_total(dist.original_sum)}")
    elif dist.kind in ("characters", "words"):
        noun = "character" if dist.kind == "characters" else "word"
        lines.append(
            f"  {count(dist.original_sum, noun)} counted, {count(n, 'different one')}; "
            "p = count / total"
        )
    elif dist.normalized:
        lines.append(
            f"  note: the values sum to {_total(dist.original_sum)}, not 1; "
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
        print(json.dumps(strict(_report(dist, summary)), allow_nan=False))
    else:
        print(_format_table(dist, summary))
    return EXIT_OK
