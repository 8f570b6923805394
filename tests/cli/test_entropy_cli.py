"""Tests of ``python main.py entropy``: run as a user would, in a subprocess."""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from cli import entropy_command
from core import entropy as ent

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", "entropy", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def _json(*args: str) -> dict:
    proc = _run(*args, "--json")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    return json.loads(proc.stdout)


def test_json_report_for_half_quarter_quarter():
    report = _json("0.5", "0.25", "0.25")
    assert report["entropy"] == 1.5
    assert report["unit"] == "bits"
    assert report["n_outcomes"] == 3
    assert report["max_entropy"] == pytest.approx(math.log2(3))
    assert round(100 * report["efficiency"], 1) == 94.6
    assert report["perplexity"] == pytest.approx(2**1.5)
    assert report["fixed_length_bits"] == 2
    assert report["huffman_mean_length"] == 1.5
    assert report["huffman_code"] == ["0", "10", "11"]
    assert report["probabilities"] == [0.5, 0.25, 0.25]
    assert report["normalized"] is False


def test_fractions_units_and_normalization():
    report = _json("1/3,1/3", "1/6", "--unit", "nats")
    # 1/3 + 1/3 + 1/6 = 5/6, so the probabilities become 0.4, 0.4, 0.2.
    assert report["unit"] == "nats"
    assert report["probabilities"] == pytest.approx([0.4, 0.4, 0.2])
    assert report["entropy"] == pytest.approx(-(2 * 0.4 * math.log(0.4) + 0.2 * math.log(0.2)))
    assert report["max_entropy"] == pytest.approx(math.log(3))
    assert report["normalized"] is True
    assert report["input_sum"] == pytest.approx(5 / 6)


def test_counts_with_a_zero_give_null_surprisal():
    report = _json("--counts", "3", "0", "1", "--unit", "hartleys")
    assert report["probabilities"] == [0.75, 0.0, 0.25]
    assert report["surprisal"][1] is None
    assert report["surprisal"][0] == pytest.approx(-math.log10(0.75))
    assert report["huffman_code"] == ["1", None, "0"]
    assert report["entropy"] == pytest.approx(ent.entropy([0.75, 0, 0.25], "hartleys"))


def test_text_characters_and_words():
    chars = _json("--text", "我爱你，你爱我")
    assert chars["input_kind"] == "characters"
    assert chars["labels"] == ["我", "爱", "你", "，"]
    assert chars["entropy"] == pytest.approx(
        -(3 * (2 / 7) * math.log2(2 / 7) + (1 / 7) * math.log2(1 / 7))
    )
    words = _json("--text", "to be or not to be", "--words")
    assert words["labels"] == ["to", "be", "or", "not"]
    assert words["entropy"] == pytest.approx(ent.entropy([2 / 6, 2 / 6, 1 / 6, 1 / 6]))


def test_readable_table():
    proc = _run("0.5", "0.25", "0.25")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "entropy H          1.5 bits" in out
    assert "94.64 %" in out
    assert "2 binary digits tell 4 values apart" in out
    assert "Huffman mean L     1.5 bits" in out
    assert "note" not in out


def test_readable_table_mentions_normalization():
    proc = _run("0.2", "0.2")
    assert proc.returncode == 0, proc.stderr
    assert "sum to 0.4, not 1" in proc.stdout


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((), "input is empty"),
        (("0.5", "abc"), "Item 2, 'abc', is not a number"),
        (("0.5", "-1/3"), "unrecognized arguments"),
        (("--", "0.5", "-0.25"), "Item 2, '-0.25', is negative"),
        (("nan", "1"), "Item 1, 'nan', is not a finite number"),
        (("1", "inf"), "Item 2, 'inf', is not a finite number"),
        (("0", "0"), "all zero"),
        (("1/0",), "Item 1, '1/0', divides by zero"),
        (("--text", "   "), "no characters"),
        (("--text", "!!", "--words"), "no words"),
        (("0.5", "--text", "ab"), "either P values or --text"),
        (("--counts", "--text", "ab"), "--counts"),
        (("--words", "0.5"), "--words needs --text"),
        (("0.5", "--unit", "bytes"), "--unit"),
    ],
)
def test_bad_input_exits_2_with_one_line(args, expected):
    proc = _run(*args)
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert expected in lines[0]


def test_too_many_outcomes_exits_2():
    proc = _run("--counts", *(["1"] * (ent.MAX_OUTCOMES + 1)))
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1
    assert "Item 10001" in proc.stderr


# In-process checks of the module's own contract (no subprocess, no dispatcher).


def _local_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="test")
    entropy_command.add_parser(parser.add_subparsers(dest="command"))
    return parser


def test_add_parser_routes_to_run(capsys):
    args = _local_parser().parse_args(["entropy", "0.5", "0.5", "--json"])
    assert args.handler is entropy_command.run
    assert args.handler(args) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["entropy"] == 1.0
    assert report["huffman_mean_length"] == 1.0


def test_run_raises_cli_error_naming_the_argument():
    from cli.errors import CliError

    args = _local_parser().parse_args(["entropy", "--text", " "])
    with pytest.raises(CliError, match=r"^entropy --text: "):
        entropy_command.run(args)
    args = _local_parser().parse_args(["entropy", "x"])
    with pytest.raises(CliError, match=r"^entropy P: Item 1, 'x'"):
        entropy_command.run(args)


def test_module_import_stays_free_of_qt():
    code = "import sys, cli.entropy_command; print('PySide6' in sys.modules)"
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert proc.stdout.strip() == "False", proc.stderr


def test_a_reader_that_leaves_early_gets_no_traceback():
    # As in `python main.py entropy ... | head -c 100`: the pipe closes after 100 bytes,
    # long before the report (4,000 outcomes, well over a pipe buffer) is written.
    text = "".join(chr(0x4E00 + i) for i in range(4000))
    proc = subprocess.Popen(
        [sys.executable, "main.py", "entropy", "--text", text, "--json"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    proc.stdout.read(100)
    proc.stdout.close()
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0
    assert b"Traceback" not in err


def _run_strict(*args: str) -> subprocess.CompletedProcess[str]:
    # Warnings are errors here: a RuntimeWarning must not escape a run that exits 0.
    return subprocess.run(
        [sys.executable, "-W", "error", "main.py", "entropy", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


@pytest.mark.parametrize(
    "args",
    [
        ("1e308", "1e308"),
        ("--counts", "1e308", "1e308", "0"),
        ("1e-320", "1"),
        ("--counts", "999999999999", "1"),
        ("0", "0", "1"),
        ("--text", "\U0001f44d\U0001f3fd\u200d"),
    ],
)
def test_extreme_but_valid_input_runs_cleanly_and_prints_strict_json(args):
    proc = _run_strict(*args, "--json")
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr
    report = json.loads(proc.stdout, parse_constant=lambda name: pytest.fail(name))
    assert math.isfinite(report["entropy"])
    table = _run_strict(*args)
    assert table.returncode == 0 and table.stderr == "", table.stderr


def test_sum_past_the_largest_float_is_null_in_json_and_said_in_words():
    report = _json("1e308", "1e308")
    assert report["probabilities"] == [0.5, 0.5] and report["input_sum"] is None
    assert "sum to more than 1.79769e+308" in _run("1e308", "1e308").stdout


@pytest.mark.parametrize(
    ("unit", "label"), [("bits", "2^H"), ("nats", "e^H"), ("hartleys", "10^H")]
)
def test_perplexity_is_labelled_with_the_unit_base(unit, label):
    out = _run("0.5", "0.5", "--unit", unit).stdout
    assert f"perplexity {label} " in out
    assert sum(f"perplexity {other} " in out for other in ("2^H", "e^H", "10^H")) == 1


def test_singular_and_plural_agree_with_the_numbers():
    two = _run("0.5", "0.5").stdout
    assert "1 bit (1 binary digit tells 2 values apart)" in two
    assert "entropy H          1 bit\n" in two
    one = _run("1", "--unit", "nats").stdout
    assert "1 outcome from" in one and "0 binary digits tell 1 value apart" in one
    assert "Huffman mean L     1 bit per outcome" in one
    words = _run("--text", "hello", "--words").stdout
    assert "1 word counted, 1 different one" in words
    chars = _run("--text", "aab").stdout
    assert "3 characters counted, 2 different ones" in chars


def test_bad_items_are_quoted_as_short_excerpts():
    for args in (("1" * 5000,), ("0.5", "x" * 5000), ("1", "--unit", "u" * 5000)):
        proc = _run(*args)
        assert proc.returncode == 2
        line = proc.stderr.strip()
        assert "\n" not in line and len(line) < 200, line[:300]


def test_counts_must_be_whole_numbers():
    proc = _run("--counts", "3", "2.5")
    assert proc.returncode == 2
    assert "Item 2, '2.5', is not a whole number" in proc.stderr
