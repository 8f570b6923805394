"""The session state of the live lab: points, settings and the current fit.

``LabState`` is the one object that owns the session and the only caller of
``core`` for the live fit. Views read it and subscribe to its past-tense
signals; edits reach it through undo commands (``gui.commands``), which
call the mutating methods here and nothing else.

The expensive O(N) part of a fit, the QR reduction of the points, is done
once per point set and basis at the highest degree and truncated for any
lower degree, so a slider move (degree, L1, L2) costs microseconds of core
time whatever the number of points.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, Signal

from core.points_csv import PointTable
from core.polyfit import (
    MAX_DEGREE,
    Domain,
    FitResult,
    Reduced,
    reduce,
    result_from_coef,
    solve_with_info,
)
from core.session_file import SessionData
from core.settings import GeneratorSettings, ModelSettings

_Reductions = dict[tuple[str, bool], tuple[np.ndarray, np.ndarray, Reduced]]


@dataclass(frozen=True, eq=False)
class PreparedSession:
    """A session reduced and fitted off screen, ready to be shown in one step."""

    session: SessionData
    reduced: _Reductions
    fit: FitResult | None


def prepare_session(session: SessionData) -> PreparedSession:
    """Reduce and fit a session (pure numpy: runs on any thread).

    Raises ValueError (numpy's LinAlgError is one) if the session cannot be
    fitted; the state on screen is then untouched.
    """
    m, domain, p = session.model, Domain(*session.domain), session.points
    reduced: _Reductions = {}
    for test in (False, True):
        chosen = p.is_test if test else ~p.is_test
        x, y = p.x[chosen], p.y[chosen]
        reduced[(m.basis, test)] = (x, y, reduce(x, y, MAX_DEGREE, m.basis, domain))
    fit = None
    if np.count_nonzero(~p.is_test):
        train = reduced[(m.basis, False)][2].truncated(m.degree)
        test = reduced[(m.basis, True)][2].truncated(m.degree)
        coef, info = solve_with_info(train, m.l1, m.l2, m.penalize_intercept)
        fit = result_from_coef(coef, train, test, m.l1, m.l2, m.penalize_intercept, info)
    return PreparedSession(session, reduced, fit)


class LabState(QObject):
    """Owns the points, the domain, the model and generator settings, and the fit."""

    points_changed = Signal()
    model_changed = Signal()
    generator_changed = Signal()
    domain_changed = Signal()
    fit_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._points = PointTable.empty()
        self._domain = Domain()
        self._model = ModelSettings()
        self._generator = GeneratorSettings()
        self._fit: FitResult | None = None
        # (basis, test) -> (x, y, reduction of those points at MAX_DEGREE)
        self._reduced: dict[tuple[str, bool], tuple[np.ndarray, np.ndarray, Reduced]] = {}

    # ----------------------------------------------------------------- reading
    @property
    def points(self) -> PointTable:
        """All points, training and test (an immutable table)."""
        return self._points

    @property
    def domain(self) -> Domain:
        """The x interval mapped onto [-1, 1]."""
        return self._domain

    @property
    def model(self) -> ModelSettings:
        """Degree, penalties, basis and click noise."""
        return self._model

    @property
    def generator(self) -> GeneratorSettings:
        """Settings of the data generator."""
        return self._generator

    @property
    def fit(self) -> FitResult | None:
        """The current fit, or None without training points."""
        return self._fit

    @property
    def n_train(self) -> int:
        """Number of training points."""
        return int(np.count_nonzero(~self._points.is_test))

    # ---------------------------------------------------------------- mutating
    def insert_points(self, index: int, table: PointTable) -> None:
        """Insert points before position ``index``."""
        p = self._points
        self._set_points(
            PointTable(
                np.insert(p.x, index, table.x),
                np.insert(p.y, index, table.y),
                np.insert(p.is_test, index, table.is_test),
            )
        )

    def insert_points_at(self, indices: np.ndarray, table: PointTable) -> None:
        """Put points back at the positions they had (``indices`` ascending, final positions)."""
        n = self._points.x.size + indices.size
        keep = np.ones(n, dtype=bool)
        keep[indices] = False
        x, y, is_test = np.empty(n), np.empty(n), np.empty(n, dtype=bool)
        x[keep], y[keep], is_test[keep] = self._points.x, self._points.y, self._points.is_test
        x[indices], y[indices], is_test[indices] = table.x, table.y, table.is_test
        self._set_points(PointTable(x, y, is_test))

    def remove_points(self, indices: np.ndarray) -> PointTable:
        """Remove the points at ``indices``; return them (in ascending index order)."""
        indices = np.unique(indices)
        p = self._points
        removed = PointTable(p.x[indices], p.y[indices], p.is_test[indices])
        self._set_points(
            PointTable(
                np.delete(p.x, indices), np.delete(p.y, indices), np.delete(p.is_test, indices)
            )
        )
        return removed

    def move_point(self, index: int, x: float, y: float) -> None:
        """Move one point to (x, y), keeping its role."""
        px, py = self._points.x.copy(), self._points.y.copy()
        px[index], py[index] = x, y
        self._set_points(PointTable(px, py, self._points.is_test))

    def replace_points(self, table: PointTable, domain: Domain | None = None) -> None:
        """Replace every point (and the domain, when given)."""
        if domain is not None and domain != self._domain:
            self._domain = domain
            self._reduced.clear()
            self.domain_changed.emit()
        self._set_points(table)

    def set_model(self, model: ModelSettings) -> None:
        """Apply new model settings (validated by ModelSettings itself) and refit."""
        if model == self._model:
            return
        self._model = model
        self.model_changed.emit()
        self._refit()

    def set_generator(self, generator: GeneratorSettings) -> None:
        """Store new generator settings (they take effect when the user generates)."""
        if generator != self._generator:
            self._generator = generator
            self.generator_changed.emit()

    # ----------------------------------------------------------------- fitting
    def _set_points(self, table: PointTable) -> None:
        self._points = table
        self.points_changed.emit()
        self._refit()

    def reduced(self, test: bool) -> Reduced:
        """The QR-reduced training (or test) points at the current degree and basis."""
        p = self._points
        chosen = p.is_test if test else ~p.is_test
        x, y = p.x[chosen], p.y[chosen]
        key = (self._model.basis, test)
        cached = self._reduced.get(key)
        # An edit of training points leaves the test reduction valid (and vice
        # versa): comparing the arrays is far cheaper than a QR of them.
        if cached is None or not (np.array_equal(cached[0], x) and np.array_equal(cached[1], y)):
            cached = (x, y, reduce(x, y, MAX_DEGREE, self._model.basis, self._domain))
            self._reduced[key] = cached
        return cached[2].truncated(self._model.degree)

    def _refit(self) -> None:
        m = self._model
        if self.n_train == 0:
            self._fit = None
        else:
            train = self.reduced(test=False)
            test = self.reduced(test=True)
            # Warm start from the previous solution when it is the same kind of
            # problem: the answer is the same, only faster along a slider drag.
            previous = self._fit
            warm = None
            if (
                previous is not None
                and previous.degree == m.degree
                and previous.basis == m.basis
                and previous.n_train == train.n_samples
            ):
                warm = previous.coef
            coef, info = solve_with_info(train, m.l1, m.l2, m.penalize_intercept, warm)
            self._fit = result_from_coef(coef, train, test, m.l1, m.l2, m.penalize_intercept, info)
        self.fit_changed.emit()

    def to_session(self) -> SessionData:
        """Everything a session file holds, as it is now."""
        return SessionData(
            domain=(self._domain.lo, self._domain.hi),
            points=self._points,
            model=self._model,
            generator=self._generator,
        )

    def restore(self, session: SessionData | PreparedSession) -> None:
        """Replace the whole state by a session's, prepared first if it is not yet.

        Everything is computed before anything changes: if the session
        cannot be fitted (ValueError), the state stays as it was.
        """
        prepared = session if isinstance(session, PreparedSession) else prepare_session(session)
        new = prepared.session
        self._model = new.model
        self._generator = new.generator
        self._domain = Domain(*new.domain)
        self._points = new.points
        self._reduced = dict(prepared.reduced)
        self._fit = prepared.fit
        for signal in (
            self.model_changed,
            self.generator_changed,
            self.domain_changed,
            self.points_changed,
            self.fit_changed,
        ):
            signal.emit()

    def model_with(self, **changes: object) -> ModelSettings:
        """The current model settings with some fields changed."""
        return dataclasses.replace(self._model, **changes)
