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
    assert "== update: core cost of an edit vs a fresh QR reduction (D=3" in out
    for edit in ("fresh reduce", "append 1 (click)", "remove 1 (undo)", "move 1 (drag)"):
        assert edit in out
    assert "core cost of an edit, N=10, D=3: worst p95" in out
