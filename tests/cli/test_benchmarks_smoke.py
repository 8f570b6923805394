"""Smoke test of ``python -m benchmarks``: it runs and prints its tables.

Only that it works is checked; the timings themselves are never asserted
(they depend on the machine and its load).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_quick_run_prints_fit_table_and_targets():
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--sizes", "10", "--degrees", "3"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "== fit: core.polyfit vs scikit-learn" in out
    for title in ("cold med", "cold p95", "warm med", "warm p95", "sk med", "obj ours", "gap"):
        assert title in out
    assert "HARD CASE" in out
    assert "== targets ==" in out
    assert "worst N=100,000 cold p95" in out
    assert "== update: core cost of an edit vs a fresh QR reduction (D=3" in out
    for edit in ("fresh reduce", "append 1 (click)", "remove 1 (undo)", "move 1 (drag)"):
        assert edit in out
    assert "core cost of an edit, N=10, D=3: worst p95" in out


@pytest.mark.slow
def test_quick_run_prints_classify_table_live_paths_and_targets():
    proc = subprocess.run(
        [
            sys.executable, "-m", "benchmarks", "--quick", "--only", "classify",
            "--sizes", "60", "--degrees", "2",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "== classify: core.logistic vs scikit-learn" in out
    for title in ("cold med", "warm p95", "sk tight med", "gap sk", "obj ours"):
        assert title in out
    for penalty in ("ridge 1e-2", "lasso 1e-5", "enet 1e-4"):
        assert penalty in out
    assert "live paths at N = 1,000" in out
    for title in ("click p95", "slider p95", "grid p95"):
        assert title in out
    assert "classify, every row: our objective not above scikit-learn's" in out
    assert "classify N=1,000 D=10: core of click / slider p95" in out
    assert "== fit:" not in out


@pytest.mark.slow
def test_quick_run_prints_cluster_table_and_targets():
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--only", "cluster", "--sizes", "3", "200"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "== cluster: core.kmeans vs scikit-learn KMeans" in out
    assert "== fit:" not in out
    for title in ("ours med", "ours p95", "sk med", "sk p95", "inertia ours", "same-start gap"):
        assert title in out
    rows = [line.split() for line in out.splitlines() if line.startswith(("  3 ", "200 "))]
    # N=3 has too few points for K=5 and 10; N=200 has every K, plane and lift.
    assert sorted((r[0], r[1], r[2]) for r in rows) == sorted(
        [("3", "2", "plane"), ("3", "2", "lift")]
        + [("200", k, space) for k in ("2", "5", "10") for space in ("plane", "lift")]
    )
    assert "skipped (fewer points than clusters): N=3 K=5, N=3 K=10" in out
    assert "N=10,000, K <= 10, 5 restarts (default): worst p95" in out
    assert "not measured (size filtered out)" in out
    assert "from the same start, our inertia not above sklearn's" in out
    assert "0 of 8 rows above" in out


@pytest.mark.slow
def test_quick_run_prints_the_classification_lab_latencies_and_targets():
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--only", "plane-gui", "--degrees", "6"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "== classification lab: user action to window repainted" in out
    assert "== fit:" not in out
    for row in (
        "L2 slider step",
        "L1 slider step",
        "click adds a point (λ₂ = 0.001)",
        "click adds a point (no penalty)",
        "K-means h slider step",
    ):
        assert row in out
    assert "classification click to repaint, N=1,000, D=6, λ₂ = 0.001: p95" in out
    assert "classification L1/L2 slider step to repaint, N=1,000, D=6: worst p95" in out
