"""``main.py classify`` through a real subprocess, as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from core.classifier import fit
from core.plane import Box
from core.plane_csv import format_plane_csv, read_plane_csv
from core.plane_datasets import generate_plane

ROOT = Path(__file__).resolve().parents[2]


def run_main(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def moons_csv(tmp_path: Path) -> Path:
    path = tmp_path / "moons.csv"
    path.write_text("# two moons\n" + format_plane_csv(generate_plane("moons", 60, 20, 0.2, 5)))
    return path


KEYS = (
    "degree", "basis", "l1", "l2", "domain", "n_train", "n_test", "coef", "exponents",
    "features", "train_accuracy", "test_accuracy", "train_cross_entropy_bits",
    "test_cross_entropy_bits", "data_term", "l1_term", "l2_term", "objective", "n_zero",
    "separable", "status", "n_iter",
)  # fmt: skip


def test_json_matches_the_core(moons_csv: Path) -> None:
    proc = run_main(
        "classify", str(moons_csv), "--degree", "4", "--l1", "1e-3", "--l2", "1e-4", "--json"
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    for key in KEYS:
        assert key in out
    table = read_plane_csv(moons_csv)
    box = Box.bounding(table.x1, table.x2)
    expected = fit(table, 4, 1e-3, 1e-4, box=box)
    assert out["domain"] == list(box.as_tuple())
    assert (out["n_train"], out["n_test"]) == (60, 20)
    np.testing.assert_allclose(out["coef"], expected.coef, rtol=1e-12, atol=1e-15)
    assert out["exponents"][:4] == [[0, 0], [1, 0], [0, 1], [2, 0]]
    assert out["features"][4] == "x1 x2"
    assert out["objective"] == pytest.approx(expected.objective, rel=1e-12)
    assert out["test_cross_entropy_bits"] == pytest.approx(expected.test_cross_entropy_bits)
    assert out["train_accuracy"] == expected.train_accuracy
    assert out["status"] == "optimal" and out["n_iter"] >= 1
    assert out["n_zero"] == expected.n_zero and isinstance(out["separable"], bool)


def test_text_output_and_options(moons_csv: Path) -> None:
    proc = run_main(
        "classify", str(moons_csv), "--degree", "3", "--basis", "legendre",
        "--domain", "-2", "2", "-1", "1", "--l2", "0.01",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "legendre basis" in proc.stdout and "box [-2, 2] x [-1, 1]" in proc.stdout
    assert "P1(x1) P1(x2)" in proc.stdout and "(1, 1)" in proc.stdout
    assert "solver: optimal after" in proc.stdout and "cross-entropy: train" in proc.stdout


def test_separable_points_are_named_and_the_json_stays_strict(tmp_path: Path) -> None:
    path = tmp_path / "rings.csv"
    path.write_text(format_plane_csv(generate_plane("circles", 40, 0, 0.05, 1)))
    proc = run_main("classify", str(path), "--degree", "2", "--json")
    assert proc.returncode == 0, proc.stderr
    assert "NaN" not in proc.stdout and "Infinity" not in proc.stdout
    out = json.loads(proc.stdout)
    assert out["status"] == "separable" and out["separable"] is True
    assert out["fallback_l2"] > 0 and "grow without bound" in out["message"]
    assert out["test_accuracy"] is None and out["test_cross_entropy_bits"] is None
    text = run_main("classify", str(path), "--degree", "2").stdout
    assert "note: separable: without a penalty the weights grow without bound" in text
    assert "n/a (no test points)" in text

    one = tmp_path / "one.csv"
    one.write_text("x1,x2,label\n0,0,1\n1,0.5,1\n0.3,1,1\n")
    text = run_main("classify", str(one), "--degree", "1").stdout
    assert "separable: yes (one class only)" in text


BAD_FILES = {
    "empty": ("", "no data"),
    "label": ("x1,x2,label\n1,2,0\n3,4,2\n", "line 3"),
    "columns": ("1,2,0\n3,4\n", "line 2"),
    "nan": ("1,2,1\n3,nan,0\n", "line 2"),
    "role": ("1,2,1,train\n3,4,0,validate\n", "line 2"),
    "equal_x1": ("0.5,1,0\n0.5,2,1\n", "all x1 values equal 0.5"),
    "equal_x2": ("0,1,0\n2,1,1\n", "all x2 values equal 1.0"),
    "no_train": ("1,2,0,test\n2,3,1,test\n", "no training points"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_files_exit_2_with_one_line_naming_the_place(tmp_path: Path, case: str) -> None:
    content, expected = BAD_FILES[case]
    path = tmp_path / f"{case}.csv"
    path.write_text(content, encoding="utf-8")
    proc = run_main("classify", str(path), "--degree", "2")
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert path.name in lines[0] and expected in lines[0]
    assert proc.stdout == ""


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--degree", "11"], "--degree"),
        (["--degree", "-1"], "--degree"),
        (["--degree", "x"], "--degree"),
        (["--degree", "2", "--l1", "-1"], "--l1"),
        (["--degree", "2", "--l2", "inf"], "--l2"),
        (["--degree", "2", "--l2", "1e51"], "at most the limit 1e+50"),
        (["--degree", "2", "--l1", "9" * 5000], "'99999"),
        (["--degree", "7" * 5000], "got '777"),
        (["--degree", "2", "--basis", "fourier"], "--basis"),
        (["--degree", "2", "--domain", "0", "1", "2"], "--domain"),
        (["--degree", "2", "--domain", "1", "0", "0", "1"], "--domain"),
        (["--degree", "2", "--domain", "0", "1", "0", "nan"], "--domain"),
        (["--degree", "2", "--domain", "0", "1e-60", "0", "1"], "--domain: box side x1"),
        ([], "--degree"),
    ],
)
def test_bad_arguments_exit_2_naming_the_argument(moons_csv: Path, args, expected) -> None:
    proc = run_main("classify", str(moons_csv), *args)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], proc.stderr


def test_missing_file_and_directory(tmp_path: Path) -> None:
    for path in (tmp_path / "absent.csv", tmp_path):
        proc = run_main("classify", str(path), "--degree", "1")
        assert proc.returncode == 2
        assert len(proc.stderr.strip().splitlines()) == 1
        assert path.name in proc.stderr


def test_a_box_that_leaves_points_too_far_outside_is_refused_naming_the_limit(
    tmp_path: Path,
) -> None:
    path = tmp_path / "far.csv"
    path.write_text("x1,x2,label\n0,0,0\n1,1,1\n2.5,0,1\n", encoding="utf-8")
    proc = run_main("classify", str(path), "--degree", "1", "--domain", "0", "1", "0", "1")
    assert proc.returncode == 2 and proc.stdout == ""
    (line,) = proc.stderr.strip().splitlines()
    assert "far.csv: point 3 (in file order): x1 = 2.5 lies too far outside" in line
    assert "|z1|, |z2| <= 2" in line
    ok = run_main("classify", str(path), "--degree", "1", "--domain", "0", "2", "0", "1")
    assert ok.returncode == 0, ok.stderr
