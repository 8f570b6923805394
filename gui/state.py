"""The session state of the live lab: points, settings and the current fit.

``LabState`` is the one object that owns the session and the only caller of
``core`` for the live fit. Views read it and subscribe to its past-tense
signals; edits reach it through undo commands (``gui.commands``), which
call the mutating methods here and nothing else.

The expensive O(N) part of a fit, the QR reduction of the points, is done
once per point set and basis at the highest degree and truncated for any
lower degree, so a slider move (degree, L1, L2) costs microseconds of core
time whatever the number of points. An edit of the points updates that
reduction row by row (:mod:`core.qr_update`): a click, an undo or a drag
frame costs O(D^2), not a new QR of N points; where an update would not be
exact enough the points are reduced afresh.
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
from core.qr_update import (
    RefactorNeededError,
    TrackedReduction,
    append_points,
    remove_points,
)
from core.session_file import SessionData
from core.settings import GeneratorSettings, ModelSettings


@dataclass(frozen=True, eq=False)
class PointsEdit:
    """What the last change of the points was, so views can follow it in O(k).

    ``added`` and ``removed`` hold the points that came and went (a move is
    one of each); ``appended`` says the added points went to the end of the
    table; with ``replaced`` every point may be new.
    """

    added: PointTable | None = None
    removed: PointTable | None = None
    appended: bool = False
    replaced: bool = False


REPLACED = PointsEdit(replaced=True)

#: Training (False) and test (True) reductions of the points, at MAX_DEGREE.
_Reductions = dict[bool, TrackedReduction]
#: Below this many points a reduction due for a refresh is redone at once
#: (a few ms); above, the row updates go on until they must stop.
REFRESH_NOW_POINTS = 20_000


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
    m, domain = session.model, Domain(*session.domain)
    reduced = _reduce_both(session.points, m.basis, domain)
    fit = None
    if reduced[False].reduced.n_samples:
        train = reduced[False].reduced.truncated(m.degree)
        test = reduced[True].reduced.truncated(m.degree)
        coef, info = solve_with_info(train, m.l1, m.l2, m.penalize_intercept)
        fit = result_from_coef(coef, train, test, m.l1, m.l2, m.penalize_intercept, info)
    return PreparedSession(session, reduced, fit)


def _reduce_both(points: PointTable, basis: str, domain: Domain) -> _Reductions:
    reduced: _Reductions = {}
    for test in (False, True):
        chosen = points.is_test if test else ~points.is_test
        fresh = reduce(points.x[chosen], points.y[chosen], MAX_DEGREE, basis, domain)
        reduced[test] = TrackedReduction(fresh)
    return reduced


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
        # The reductions of the points for the current basis and domain; None
        # when they must be made afresh (after a change of basis, say).
        self._reduced: _Reductions | None = None
        self._last_edit = REPLACED

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
    def last_edit(self) -> PointsEdit:
        """How the points last changed (read it on ``points_changed``)."""
        return self._last_edit

    @property
    def n_train(self) -> int:
        """Number of training points."""
        return self._reductions()[False].reduced.n_samples

    # ---------------------------------------------------------------- mutating
    def insert_points(self, index: int, table: PointTable) -> None:
        """Insert points before position ``index``."""
        p = self._points
        after = PointTable(
            np.insert(p.x, index, table.x),
            np.insert(p.y, index, table.y),
            np.insert(p.is_test, index, table.is_test),
        )
        self._update_reductions(after, added=table)
        self._set_points(after, PointsEdit(added=table, appended=index >= p.x.size))

    def insert_points_at(self, indices: np.ndarray, table: PointTable) -> None:
        """Put points back at the positions they had (``indices`` ascending, final positions)."""
        n = self._points.x.size + indices.size
        keep = np.ones(n, dtype=bool)
        keep[indices] = False
        x, y, is_test = np.empty(n), np.empty(n), np.empty(n, dtype=bool)
        x[keep], y[keep], is_test[keep] = self._points.x, self._points.y, self._points.is_test
        x[indices], y[indices], is_test[indices] = table.x, table.y, table.is_test
        after = PointTable(x, y, is_test)
        self._update_reductions(after, added=table)
        self._set_points(after, PointsEdit(added=table))

    def remove_points(self, indices: np.ndarray) -> PointTable:
        """Remove the points at ``indices``; return them (in ascending index order)."""
        indices = np.unique(indices)
        p = self._points
        removed = PointTable(p.x[indices], p.y[indices], p.is_test[indices])
        remaining = PointTable(
            np.delete(p.x, indices), np.delete(p.y, indices), np.delete(p.is_test, indices)
        )
        self._update_reductions(remaining, removed=removed)
        self._set_points(remaining, PointsEdit(removed=removed))
        return removed

    def move_point(self, index: int, x: float, y: float) -> None:
        """Move one point to (x, y), keeping its role."""
        p = self._points
        px, py = p.x.copy(), p.y.copy()
        px[index], py[index] = x, y
        moved = PointTable(px, py, p.is_test)
        role = p.is_test[index : index + 1]
        edit = PointsEdit(
            added=PointTable(np.array([x]), np.array([y]), role),
            removed=PointTable(p.x[index : index + 1], p.y[index : index + 1], role),
        )
        self._update_reductions(moved, edit.added, edit.removed)
        self._set_points(moved, edit)

    def replace_points(self, table: PointTable, domain: Domain | None = None) -> None:
        """Replace every point (and the domain, when given)."""
        if domain is not None and domain != self._domain:
            self._domain = domain
            self.domain_changed.emit()
        self._reduced = None  # every point is new: reduced afresh when needed
        self._set_points(table)

    def set_model(self, model: ModelSettings) -> None:
        """Apply new model settings (validated by ModelSettings itself) and refit."""
        if model == self._model:
            return
        if model.basis != self._model.basis:
            self._reduced = None
        self._model = model
        self.model_changed.emit()
        self._refit()

    def set_generator(self, generator: GeneratorSettings) -> None:
        """Store new generator settings (they take effect when the user generates)."""
        if generator != self._generator:
            self._generator = generator
            self.generator_changed.emit()

    # ----------------------------------------------------------------- fitting
    def _set_points(self, table: PointTable, edit: PointsEdit = REPLACED) -> None:
        self._points = table
        self._last_edit = edit
        self.points_changed.emit()
        self._refit()

    def reduced(self, test: bool) -> Reduced:
        """The QR-reduced training (or test) points at the current degree and basis."""
        return self._reductions()[test].reduced.truncated(self._model.degree)

    def _reductions(self) -> _Reductions:
        if self._reduced is None:
            self._reduced = _reduce_both(self._points, self._model.basis, self._domain)
        return self._reduced

    def _update_reductions(
        self,
        after: PointTable,
        added: PointTable | None = None,
        removed: PointTable | None = None,
    ) -> None:
        """Follow an edit of the points in the reductions, row by row.

        ``after`` is the table after the edit: where an update cannot be made
        exactly (a downdate at the edge of precision, few points left, too
        many updates), the role it concerns is reduced afresh from it.
        """
        if self._reduced is None:
            return  # nothing to update: made afresh when next needed
        for test in (False, True):
            tracked = self._reduced[test]
            try:
                if added is not None and (chosen := added.is_test == test).any():
                    tracked = append_points(tracked, added.x[chosen], added.y[chosen])
                if removed is not None and (chosen := removed.is_test == test).any():
                    tracked = remove_points(tracked, removed.x[chosen], removed.y[chosen])
                fresh = tracked.should_refactor and tracked.reduced.n_samples <= REFRESH_NOW_POINTS
            except RefactorNeededError:
                fresh = True
            if fresh:
                chosen = after.is_test == test
                reduced = reduce(
                    after.x[chosen], after.y[chosen], MAX_DEGREE, self._model.basis, self._domain
                )
                tracked = TrackedReduction(reduced)
            self._reduced[test] = tracked

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
        self._last_edit = REPLACED
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
