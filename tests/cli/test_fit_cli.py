"""``main.py fit`` through a real subprocess, as a user runs it."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from cli.fit_command import format_result, result_to_json
from core.polyfit import Domain, fit

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
def data_csv(tmp_path: Path) -> Path:
    rng = np.random.default_rng(0)
    x = rng.uniform(0.0, 2.0, 30)
    y = np.sin(np.pi * x) + rng.normal(0, 0.1, 30)
    roles = ["test" if i % 5 == 0 else "train" for i in range(30)]
    rows = [f"{float(a)!r},{float(b)!r},{r}" for a, b, r in zip(x, y, roles, strict=True)]
    path = tmp_path / "data.csv"
    path.write_text("# generated\nx,y,role\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_fit_json_matches_the_core(data_csv: Path):
    proc = run_main("fit", str(data_csv), "--degree", "5", "--l1", "1e-3", "--l2", "1e-4", "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    data = np.loadtxt(data_csv, delimiter=",", skiprows=2, usecols=(0, 1))
    roles = [line.rsplit(",", 1)[1] for line in data_csv.read_text().splitlines()[2:]]
    test = np.array([r == "test" for r in roles])
    domain = Domain(float(data[:, 0].min()), float(data[:, 0].max()))
    expected = fit(
        data[~test, 0],
        data[~test, 1],
        5,
        l1=1e-3,
        l2=1e-4,
        domain=domain,
        x_test=data[test, 0],
        y_test=data[test, 1],
    )
    for key in (
        "degree",
        "basis",
        "l1",
        "l2",
        "domain",
        "penalize_intercept",
        "n_train",
        "n_test",
        "coef",
        "coef_x",
        "train_mse",
        "test_mse",
        "data_term",
        "l1_term",
        "l2_term",
        "objective",
        "n_zero",
    ):
        assert key in out
    assert out["domain"] == [domain.lo, domain.hi]
    assert out["n_train"] == 24 and out["n_test"] == 6
    np.testing.assert_allclose(out["coef"], expected.coef, rtol=1e-12)
    np.testing.assert_allclose(out["coef_x"], expected.coef_x, rtol=1e-12)
    assert out["objective"] == pytest.approx(expected.objective, rel=1e-12)
    assert out["test_mse"] == pytest.approx(expected.test_mse, rel=1e-12)
    # How the solver stopped, and after how many steps.
    assert out["solver"] == "active_set" and out["solver_status"] == "optimal"
    assert out["solver_converged"] is True and out["n_iter"] == expected.n_iter > 0


def test_fit_options_and_text_output(data_csv: Path):
    proc = run_main(
        "fit",
        str(data_csv),
        "--degree",
        "3",
        "--basis",
        "legendre",
        "--domain",
        "-1",
        "3",
        "--penalize-intercept",
        "--l2",
        "0.5",
    )
    assert proc.returncode == 0, proc.stderr
    assert "legendre basis" in proc.stdout and "domain [-1, 3]" in proc.stdout
    assert "intercept penalized" in proc.stdout
    as_json = json.loads(
        run_main(
            "fit",
            str(data_csv),
            "--degree",
            "3",
            "--basis",
            "legendre",
            "--domain",
            "-1",
            "3",
            "--penalize-intercept",
            "--l2",
            "0.5",
            "--json",
        ).stdout
    )
    assert as_json["domain"] == [-1.0, 3.0] and as_json["penalize_intercept"] is True


def test_without_test_points_test_mse_is_null(tmp_path: Path):
    path = tmp_path / "plain.csv"
    path.write_text("0,1\n0.5,2\n1,0\n", encoding="utf-8")
    out = json.loads(run_main("fit", str(path), "--degree", "1", "--json").stdout)
    assert out["test_mse"] is None and out["n_test"] == 0


def test_not_unique_fit_is_reported(tmp_path: Path):
    path = tmp_path / "few.csv"
    path.write_text("0,1\n0.5,2\n1,0\n", encoding="utf-8")
    proc = run_main("fit", str(path), "--degree", "6")
    assert proc.returncode == 0
    assert "not unique" in proc.stdout


BAD_FILES = {
    "empty": ("", "no data"),
    "columns": ("x,y\n1,2\n3,4,5,6\n", "line 3"),
    "number": ("x,y\n1,2\n3,abc\n", "line 3"),
    "nan": ("1,2\n3,nan\n", "line 2"),
    "inf": ("1,2\n3,2\ninf,1\n", "line 3"),
    "role": ("x,y,role\n1,2,train\n3,4,validation\n", "line 3"),
    "equal": ("0.5,1\n0.5,2\n", "all x values equal"),
    "no_train": ("x,y,role\n1,2,test\n2,3,test\n", "no training points"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_files_exit_2_with_one_line_naming_the_place(tmp_path: Path, case: str):
    content, expected = BAD_FILES[case]
    path = tmp_path / f"{case}.csv"
    path.write_text(content, encoding="utf-8")
    proc = run_main("fit", str(path), "--degree", "2")
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert path.name in lines[0] and expected in lines[0]
    assert proc.stdout == ""


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--degree", "31"], "--degree"),
        (["--degree", "-1"], "--degree"),
        (["--degree", "two"], "--degree"),
        (["--l1", "-0.1", "--degree", "2"], "--l1"),
        (["--l2", "nan", "--degree", "2"], "--l2"),
        (["--degree", "2", "--basis", "chebyshev"], "--basis"),
        (["--degree", "2", "--domain", "1", "0"], "--domain"),
        ([], "--degree"),
    ],
)
def test_bad_arguments_exit_2_naming_the_argument(data_csv: Path, args, expected):
    proc = run_main("fit", str(data_csv), *args)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], proc.stderr


def test_missing_file_and_directory(tmp_path: Path):
    for path in (tmp_path / "absent.csv", tmp_path):
        proc = run_main("fit", str(path), "--degree", "2")
        assert proc.returncode == 2
        assert len(proc.stderr.strip().splitlines()) == 1
        assert str(path.name) in proc.stderr


def test_full_rank_fit_past_the_rank_cut_off_reports_its_condition(tmp_path: Path):
    # 31 distinct points at degree 30: condition 2.3e14, past 1/(eps N), still unique.
    rng = np.random.default_rng(5)
    x = rng.uniform(0.0, 1.0, 31)
    y = np.sin(2 * np.pi * x) + rng.normal(0.0, 0.3, 31)
    path = tmp_path / "dense.csv"
    rows = "".join(f"{float(a)!r},{float(b)!r}\n" for a, b in zip(x, y, strict=True))
    path.write_text(rows, encoding="utf-8")
    args = ("fit", str(path), "--degree", "30", "--domain", "0", "1")
    out = json.loads(run_main(*args, "--json").stdout)
    assert out["rank"] == 31 and out["unique"] is True
    assert 1.4e14 < out["condition"] < 3e14
    assert out["train_mse"] < 1e-7  # the truncated fit stopped at 1.5e-4
    text = run_main(*args).stdout
    assert "ill-conditioned" in text and "not unique" not in text


def test_a_solver_that_stopped_early_is_reported():
    rng = np.random.default_rng(1)
    x = rng.uniform(0.0, 1.0, 40)
    result = fit(x, np.sin(6 * x), 8, l1=1e-3)
    stalled = dataclasses.replace(result, solver_status="iteration_limit", n_iter=450)
    out = result_to_json(stalled)
    assert out["solver_status"] == "iteration_limit" and out["solver_converged"] is False
    assert out["n_iter"] == 450
    json.dumps(out, allow_nan=False)
    assert "stopped after 450 steps because it reached its step limit" in format_result(stalled)
    assert "solver" not in format_result(result)
