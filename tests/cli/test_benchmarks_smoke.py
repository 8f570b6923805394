"""Smoke test of ``python -m benchmarks``: it runs and prints its tables.

Only that it works is checked; the timings themselves are never asserted
(they depend on the machine and its load).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


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
