"""The separability test's answers are checked on the data, or say they are undecided.

The agreement with scipy's linprog on random problems is tested in
tests/core/test_logistic.py; here the linear program is made to fail (its
pivot cap, a singular basis, a spoiled dual) and no failure may come back as
"separable".
"""

from __future__ import annotations

import numpy as np
import pytest

import core.separability as separability
from core.classifier import fit_design, prepare
from core.logistic import find_separation, solve
from core.plane import PlaneTable
from core.plane_datasets import generate_plane
from core.plane_features import features
from core.separability import VERIFY_TOL, separation, strict_separation


def _overlapping() -> tuple[np.ndarray, np.ndarray]:
    table = generate_plane("moons", 60, 0, 0.3, 0)
    return features(table.x1 / 1.5, table.x2 / 1.5, 3), table.label.astype(float)


def _quasi_complete() -> tuple[np.ndarray, np.ndarray]:
    # Separable by z1 except two coincident points of opposite classes on the line.
    z1 = np.array([-1.0, -0.5, -0.2, 0.0, 0.0, 0.3, 0.6, 1.0])
    z2 = np.array([0.3, -0.7, 0.1, 0.5, 0.5, -0.2, 0.9, 0.0])
    return features(z1, z2, 1), np.array([0, 0, 0, 0, 1, 1, 1, 1], dtype=float)


def _assert_certified(phi: np.ndarray, t: np.ndarray, sep) -> None:
    """The certificate holds on the data, recomputed here."""
    a = (2 * t - 1)[:, None] * phi
    if sep.separable:
        margins = a @ sep.direction
        size = np.abs(phi).sum(axis=1) * np.abs(sep.direction).max()
        assert np.all(margins >= -VERIFY_TOL * size) and np.any(margins > VERIFY_TOL * size)
    else:
        assert sep.weights.min() > 0
        assert np.all(np.abs(a.T @ sep.weights) <= 1e-8 * (np.abs(a.T) @ sep.weights) + 1e-12)


def test_undisturbed_answers_carry_checked_certificates() -> None:
    for (phi, t), kind in ((_overlapping(), "overlap"), (_quasi_complete(), "quasi-complete")):
        sep = separation(phi, t)
        assert sep.kind == kind and sep.n_pivots > 0
        _assert_certified(phi, t, sep)


@pytest.mark.parametrize("make", [_overlapping, _quasi_complete])
def test_a_program_stopped_by_its_pivot_cap_is_undecided(make, monkeypatch) -> None:
    # Before, any phase one that did not reach the overlap certificate was
    # answered "separable" with the unchecked dual of wherever it stopped.
    phi, t = make()
    monkeypatch.setattr(separability, "_PIVOTS_PER_COLUMN", 0)
    monkeypatch.setattr(separability, "_PIVOTS_EXTRA", 0)
    sep = separation(phi, t)
    assert sep.separable is None and sep.kind == "undecided"
    assert sep.direction is None and sep.weights is None


def test_a_singular_basis_is_undecided_not_separable(monkeypatch) -> None:
    phi, t = _overlapping()

    def singular(matrix):
        raise np.linalg.LinAlgError("singular matrix")

    # Only the basis inversions of phase one use inv; its dual is then all zeros.
    monkeypatch.setattr(separability.np.linalg, "inv", singular)
    sep = separation(phi, t)
    assert sep.separable is None and sep.kind == "undecided"


def test_a_spoiled_dual_is_refused_by_the_check(monkeypatch) -> None:
    phi, t = _quasi_complete()
    honest = separability._phase_one

    def spoiled(a):
        y, pi, pivots = honest(a)
        return y, -pi, pivots  # the dual of the opposite claim: every point wrong

    monkeypatch.setattr(separability, "_phase_one", spoiled)
    assert separation(phi, t).kind == "undecided"


def test_a_hint_settles_complete_separation_only_when_it_separates_strictly() -> None:
    phi, t = _quasi_complete()
    w = np.array([0.0, 1.0, 0.0])  # the sign of z1
    assert strict_separation(phi, t, 3 * w) is None  # two points sit on z1 = 0
    keep = phi[:, 1] != 0
    phi, t = phi[keep], t[keep]
    for sep in (
        strict_separation(phi, t, 3 * w),
        separation(phi, t, hint=3 * w),
        find_separation(phi, t, start=3 * w),
    ):
        assert sep is not None and sep.kind == "complete" and sep.n_pivots == 0
        assert np.array_equal(sep.direction, w)


def test_callers_report_an_undecided_test_as_unknown(monkeypatch) -> None:
    phi, t = _quasi_complete()
    monkeypatch.setattr(separability, "_PIVOTS_PER_COLUMN", 0)
    monkeypatch.setattr(separability, "_PIVOTS_EXTRA", 0)
    assert find_separation(phi, t).kind == "undecided"
    w, info = solve(phi, t)
    # Not named separable (that is not known) and no fallback fit drawn as if it were.
    assert info.status != "separable" and info.fallback_l2 == 0.0
    assert info.separation is not None and info.separation.kind == "undecided"
    assert np.all(np.isfinite(w))
    table = PlaneTable(phi[:, 1], phi[:, 2], t.astype(np.int64), np.zeros(t.size, dtype=bool))
    fit = fit_design(prepare(table, degree=1), 1)
    assert fit.separable is None
