"""The headless commands under misuse: extreme numbers, odd files, special files, long tokens.

Every refusal is exit code 2 with one short line on stderr naming the file,
line or argument and the limit; every success prints strict JSON (or text
without inf and nan) and nothing on stderr.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from cli.commands import run
from core import limits
from core.atomic_write import STALE_TEMP_SECONDS
from core.session_file import SessionData, save_session, session_to_json

ROOT = Path(__file__).resolve().parents[2]
LONG_TOKEN = "9" * 5000


def run_main(*args: str) -> subprocess.CompletedProcess[str]:
    # The timeout is what a hang on a special file would hit.
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def _refused(proc: subprocess.CompletedProcess[str], *expected: str) -> str:
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    for part in expected:
        assert part in lines[0], lines[0]
    return lines[0]


def _strict_json(text: str) -> Any:
    def refuse(literal: str) -> None:
        raise AssertionError(f"{literal} in JSON output")

    return json.loads(text, parse_constant=refuse)


def _csv(tmp_path: Path, text: str, name: str = "data.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- numbers the fit cannot survive (refused) or can (at the limits) ------------


@pytest.mark.parametrize(
    ("content", "args", "expected"),
    [
        ("x,y\n0,1\n1,1e60\n", [], ("data.csv, line 3: '1e60' in column y", "|y| <= 1e+50")),
        ("x,y\n0,1\n-2e50,1\n", [], ("data.csv, line 3: '-2e50' in column x", "|x| <= 1e+50")),
        (
            "x,y\n0,1\n1e12,2\n",
            ["--domain", "0", "1"],
            ("data.csv: point 2 in the file: x = 1000000000000.0 lies too far", "|z| <= 100"),
        ),
        (
            "x,y\n1e15,1\n1000000000000000.1,2\n",
            [],
            ("data.csv: the range of x, [1000000000000000.0, 1000000000000000.1]", "1e-09"),
        ),
        ("x,y\n0,1\n1,2\n", ["--domain", "0", "1e-300"], ("argument --domain", "hi - lo >= 1e-50")),
        ("x,y\n0,1\n1,2\n", ["--domain", "-1e308", "1e308"], ("argument --domain", "1e+50")),
        ("x,y\n0,1\n1,2\n", ["--l1", "1e51"], ("argument --l1", "limit 1e+50")),
        ("x,y\n0,1\n1,2\n", ["--l2", "1e300"], ("argument --l2", "limit 1e+50")),
    ],
)
def test_numbers_beyond_the_limits_are_refused_naming_the_limit(
    tmp_path: Path, content: str, args: list[str], expected: tuple[str, ...]
) -> None:
    path = _csv(tmp_path, content)
    _refused(run_main("fit", str(path), "--degree", "30", *args), *expected)


def test_a_fit_at_every_limit_prints_strict_json_and_no_warning(tmp_path: Path) -> None:
    # z = -100 and 100 on the domain [0, 1], |y| = 1e50, l1 and l2 at their limits.
    rows = ["x,y,role"]
    for i, x in enumerate([-49.5, 0.0, 0.25, 0.5, 0.75, 1.0, 50.5] * 3):
        rows.append(f"{x},{1e50 if i % 2 else -1e50},{'test' if i % 5 == 4 else 'train'}")
    path = _csv(tmp_path, "\n".join(rows) + "\n")
    for basis in ("monomial", "legendre"):
        for extra in ([], ["--l1", "1e50", "--l2", "1e-9"], ["--l2", "1e50"]):
            proc = run_main(
                "fit", str(path), "--degree", "30", "--domain", "0", "1", "--basis", basis,
                "--json", *extra,
            )  # fmt: skip
            assert proc.returncode == 0 and proc.stderr == "", proc.stderr
            out = _strict_json(proc.stdout)
            for key in ("train_mse", "test_mse", "objective", "max_abs_coef"):
                assert math.isfinite(out[key]), key
            assert all(math.isfinite(c) for c in out["coef"])


def test_coefficients_in_powers_of_x_beyond_the_float_range_are_null_and_n_a(
    tmp_path: Path,
) -> None:
    # A domain 1e-50 wide: x**30 has coefficients near 1e1500 times the fit's.
    path = _csv(tmp_path, "x,y\n0,1\n2.5e-51,-1\n5e-51,2\n7.5e-51,0\n1e-50,1\n")
    proc = run_main("fit", str(path), "--degree", "30", "--json")
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr
    out = _strict_json(proc.stdout)
    assert out["domain"] == [0.0, 1e-50]
    assert None in out["coef_x"]
    assert all(math.isfinite(c) for c in out["coef"])
    text = run_main("fit", str(path), "--degree", "30")
    assert text.returncode == 0 and text.stderr == ""
    assert "n/a" in text.stdout and "note: n/a marks" in text.stdout
    assert "inf" not in text.stdout and "nan" not in text.stdout


def test_a_fit_whose_solver_meets_invalid_values_internally_prints_no_warning(
    tmp_path: Path,
) -> None:
    # Three ordinary points on which the L1 solver's descent step meets
    # 0 * inf and recovers (see tests/core/test_limits.py).
    path = _csv(tmp_path, "0.40000000743129255,-1.0\n0.0,0.7\n1.0,-0.4\n")
    proc = run_main("fit", str(path), "--degree", "11", "--l1", "3.2065670889354164e-11", "--json")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert all(math.isfinite(c) for c in _strict_json(proc.stdout)["coef"])


# --- session files that pass the format but not the limits ------------------------


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('"x": 0.5', f'"x": {LONG_TOKEN}', "points[0].x: must be a finite number, got an integer"),
        ('"x": 0.5', '"x": ' + "[" * 100_000, "not valid JSON (nested too deeply)"),
        ('"x": 0.5', '"x": 1e12', "points[0].x: 1000000000000.0 lies too far outside"),
        ('"y": 1.0', '"y": 1e155', "points[0].y: 1e+155 is beyond the limit |y| <= 1e+50"),
        ('"domain": [0.0, 1.0]', '"domain": [0, 1e-300]', "domain: [0.0, 1e-300] is 1e-300"),
    ],
)
def test_export_refuses_a_session_beyond_the_limits_before_any_window(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    path = tmp_path / "lesson.json"
    text = session_to_json(SessionData(points=_one_point()))
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    line = _refused(run_main("export", str(path), "--out", str(tmp_path / "o.png")), expected)
    assert line.startswith(f"error: {path}")
    assert len(line) < 300


def _one_point() -> Any:
    from core.points_csv import PointTable

    return PointTable([0.5], [1.0], [False])


# --- files the limits refuse ---------------------------------------------------------


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    for command, name in (("fit", "data.csv"), ("export", "lesson.json")):
        path = tmp_path / name
        with open(path, "wb") as file:
            file.truncate(limits.MAX_FILE_BYTES + 1)  # sparse: no 200 MB written
        args = ["--degree", "3"] if command == "fit" else ["--out", str(tmp_path / "o.png")]
        _refused(run_main(command, str(path), *args), "too large", "the limit is 200 MB")


def test_a_csv_over_the_point_limit_is_refused_naming_the_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # In process, so a small limit can stand in for two million rows.
    monkeypatch.setattr(limits, "MAX_POINTS", 4)
    path = _csv(tmp_path, "x,y\n" + "".join(f"{i},{i}\n" for i in range(5)))
    assert run(["fit", str(path), "--degree", "1"]) == 2
    err = capsys.readouterr().err
    assert err == f"error: {path}, line 6: more than 4 data rows, beyond the limit of 4 points\n"


def test_a_session_saved_at_the_limits_exports_and_cleans_up_a_killed_export(
    tmp_path: Path,
) -> None:
    from core.points_csv import PointTable

    points = PointTable([-49.5, 50.5, 0.5], [1e50, -1e50, 0.0], [False, False, True])
    path = tmp_path / "edge.json"
    save_session(path, SessionData(points=points))
    # What an export killed mid-write two minutes ago left, and one in progress now.
    stale = tmp_path / ".edge.svg.0123abcd.tmp"
    fresh = tmp_path / ".edge.svg.89abcdef.tmp"
    for temp in (stale, fresh):
        temp.write_bytes(b"<svg")
    then = time.time() - 2 * STALE_TEMP_SECONDS
    os.utime(stale, (then, then))
    proc = run_main("export", str(path), "--out", str(tmp_path / "edge.svg"))
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "edge.svg").stat().st_size > 0
    assert not stale.exists()
    assert fresh.exists()


# --- special files and long tokens ---------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
@pytest.mark.parametrize("command", ["fit", "export"])
def test_a_named_pipe_is_refused_at_once(tmp_path: Path, command: str) -> None:
    # Opened, the pipe would wait for a writer until the subprocess timeout.
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    args = ["--degree", "3"] if command == "fit" else ["--out", str(tmp_path / "o.png")]
    _refused(run_main(command, str(fifo), *args), str(fifo), "is not a regular file (a named pipe)")


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
@pytest.mark.parametrize("command", ["fit", "export"])
def test_an_endless_device_is_refused_unread(tmp_path: Path, command: str, device: str) -> None:
    # Read, /dev/zero would fill memory and /dev/urandom never end.
    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    args = ["--degree", "3"] if command == "fit" else ["--out", str(tmp_path / "o.png")]
    _refused(run_main(command, device, *args), device, "(a character device)")


@pytest.mark.parametrize(
    ("args", "argument"),
    [
        (["--degree", LONG_TOKEN], "--degree"),
        (["--degree", "3", "--l1", LONG_TOKEN], "--l1"),
        (["--degree", "3", "--domain", LONG_TOKEN, "1"], "--domain"),
        (["--degree", "3", "--basis", "b" * 5000], "--basis"),
        (["--degree", "3", "c" * 5000], "unrecognized arguments"),
    ],
)
def test_a_long_bad_token_is_quoted_as_a_short_excerpt(
    tmp_path: Path, args: list[str], argument: str
) -> None:
    path = _csv(tmp_path, "0,1\n1,2\n")
    line = _refused(run_main("fit", str(path), *args), argument)
    assert len(line) < 200
    assert "..." in line


def test_a_long_bad_number_in_a_csv_is_quoted_as_a_short_excerpt(tmp_path: Path) -> None:
    path = _csv(tmp_path, f"0,1\n1,{'1' * 2000}x\n")
    line = _refused(run_main("fit", str(path), "--degree", "1"), "line 2", "...")
    assert len(line) < 200


def test_a_file_name_with_a_newline_still_gives_one_line(tmp_path: Path) -> None:
    path = _csv(tmp_path, "0,1\n", name="two\nlines.csv")
    _refused(run_main("fit", str(path), "--degree", "1"), "two\\nlines.csv")
