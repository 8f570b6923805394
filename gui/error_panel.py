"""The error panel: validation curves and cross-validation, with "use best λ".

Two plots, both marking the current setting:

- train and test RMSE against the degree 0..30 at the current penalty;
- train, test and cross-validated RMSE against λ on a log grid (1e-10 to
  1e2) at the current degree, for the penalty in use: L2, L1, or both in
  their current ratio (``λ = λ₁ + λ₂``); the grid point with the least CV
  error is starred, and a button moves the sliders there (one undo step).

Curves are computed by :mod:`core.validation` on a worker thread
(:class:`gui.background.LatestRunner`); the reductions of the points and of
the CV folds are cached until the points change, so a slider move costs
only the solves. A λ move along a pure penalty changes none of the λ curves
(only the marker moves) and a degree move none of the degree curves' data.
Both y axes are fixed by the errors of the constant model, so a test error
that explodes leaves the top of the plot instead of squashing the rest.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.points_csv import PointTable
from core.polyfit import MAX_DEGREE, Basis, Domain
from core.validation import (
    DEFAULT_FOLDS,
    LAMBDA_MAX,
    LAMBDA_MIN,
    Checkpoint,
    CrossValidation,
    DegreeCurve,
    Folds,
    LambdaSweep,
    PenaltyMix,
    TrainTest,
    cross_validate,
    errors_vs_degree,
    lambda_grid,
    lambda_sweep,
    penalty_mix,
    prepare_folds,
    reduce_split,
    ridge_loo,
)
from gui.background import LatestRunner, same_key
from gui.coefficient_panel import LinesLabel, set_text, style_plot
from gui.commands import SetModelCommand
from gui.path_panel import lambda_ticks
from gui.plot_view import TEST_COLOR, TRAIN_COLOR
from gui.state import LabState

CV_COLOR = "#2E8B57"
BEST_COLOR = "#C44E52"
MARK_COLOR = "#555555"
MAX_FOLDS = 20
FOLD_SEED = 0
#: Leave-one-out with an L1 penalty refits once per point and lambda; above
#: this many points 10-fold CV is used instead (ridge LOO has a closed form).
MAX_LOO_REFITS = 50
FALLBACK_FOLDS = 10
# The y axes reach this far above the constant model's error.
HEADROOM = 1.6
# Values far above the view are drawn at this multiple of its top, so the
# line visibly leaves the frame without dragging the renderer to 1e12.
CLIP_FACTOR = 3.0


def _pen(color, width: float = 2.0, style=Qt.PenStyle.SolidLine):
    return pg.mkPen(color, width=width, style=style)


def _marker_line() -> pg.InfiniteLine:
    """A dashed vertical line for the current setting, with a label near its top."""
    return pg.InfiniteLine(
        angle=90,
        pen=_pen(MARK_COLOR, 1.5, Qt.PenStyle.DashLine),
        label="",
        labelOpts={"position": 0.9, "color": MARK_COLOR, "fill": (255, 255, 255, 210)},
    )


def format_lambda(value: float) -> str:
    """A strength in two significant digits, "0" for off."""
    return "0" if value == 0 else f"{value:.2g}"


# --------------------------------------------------------------- worker side
@dataclass(frozen=True, eq=False)
class CvPlan:
    """Which cross-validation to run: ``n_folds`` None is closed-form leave-one-out."""

    n_folds: int | None
    leave_one_out: bool
    fallback: bool = False  # LOO was asked for but k-fold is used (L1 with many points)


def plan_cv(n_train: int, folds: int, leave_one_out: bool, mix: PenaltyMix) -> CvPlan | None:
    """The CV the panel runs for these settings; None with fewer than 2 training points."""
    if n_train < 2:
        return None
    if leave_one_out:
        if mix.is_ridge:
            return CvPlan(None, True)
        if n_train <= MAX_LOO_REFITS:
            return CvPlan(n_train, True)
        return CvPlan(min(FALLBACK_FOLDS, n_train), False, fallback=True)
    k = min(folds, n_train)
    return CvPlan(k, k == n_train)


@dataclass(frozen=True, eq=False)
class ErrorRequest:
    """Everything one background computation needs (immutable inputs only)."""

    points: PointTable
    basis: Basis
    domain: Domain
    degree: int
    l1: float
    l2: float
    penalize_intercept: bool
    mix: PenaltyMix
    lambdas: np.ndarray
    cv: CvPlan | None
    data: TrainTest | None
    folds: Folds | None
    want_degree: bool
    want_lambda: bool


@dataclass(frozen=True, eq=False)
class ErrorOutcome:
    """What came back: fresh reductions and whichever curves were asked for."""

    request: ErrorRequest
    data: TrainTest
    folds: Folds | None
    null_rmse: float
    degree_curve: DegreeCurve | None
    sweep: LambdaSweep | None
    cv: CrossValidation | None


def compute_errors(request: ErrorRequest, checkpoint: Checkpoint | None = None) -> ErrorOutcome:
    """The worker's job: reductions if missing, then the requested curves (pure numpy).

    ``checkpoint`` is called between steps (see :mod:`gui.background`).
    """
    p = request.points
    data = request.data
    if data is None:
        data = reduce_split(p.x, p.y, p.is_test, request.basis, request.domain, MAX_DEGREE)
    if checkpoint is not None:
        checkpoint()
    null = errors_vs_degree(data, 0.0, 0.0, False, degrees=[0])
    null_rmse = float(np.nanmax([null.train_rmse[0], null.test_rmse[0]]))
    curve = None
    if request.want_degree:
        curve = errors_vs_degree(
            data, request.l1, request.l2, request.penalize_intercept, checkpoint=checkpoint
        )
    sweep = cv = None
    folds = request.folds
    if request.want_lambda:
        sweep = lambda_sweep(
            data,
            request.degree,
            request.lambdas,
            request.mix,
            request.penalize_intercept,
            checkpoint,
        )
        plan = request.cv
        if plan is not None:
            train = ~p.is_test
            if plan.n_folds is None:
                if checkpoint is not None:
                    checkpoint()
                cv = ridge_loo(
                    p.x[train],
                    p.y[train],
                    request.degree,
                    request.lambdas,
                    request.basis,
                    request.domain,
                    request.penalize_intercept,
                )
            else:
                if folds is None or folds.n_folds != plan.n_folds:
                    folds = prepare_folds(
                        p.x[train],
                        p.y[train],
                        plan.n_folds,
                        request.basis,
                        request.domain,
                        FOLD_SEED,
                        checkpoint=checkpoint,
                    )
                cv = cross_validate(
                    folds,
                    request.degree,
                    request.lambdas,
                    request.mix,
                    request.penalize_intercept,
                    checkpoint,
                )
    return ErrorOutcome(request, data, folds, null_rmse, curve, sweep, cv)


@dataclass(frozen=True, eq=False)
class _Setting:
    """What the panel derives from the state's current setting."""

    n_train: int
    n_test: int
    mix: PenaltyMix
    plan: CvPlan | None
    data_key: tuple | None
    degree_key: tuple | None
    lambda_key: tuple | None


# ------------------------------------------------------------------- the panel
class ErrorPanel(QWidget):
    """Validation curves and cross-validation (objectName ``errorPanel``).

    Parameters
    ----------
    state : LabState
    undo_stack : QUndoStack
        "Use best λ" pushes its change here.
    parent : QWidget, optional
    """

    def __init__(self, state: LabState, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("errorPanel")
        self._state = state
        self._undo = undo_stack
        self.lambdas = lambda_grid()
        self.lambdas.flags.writeable = False  # shared with the worker thread
        self.runner = LatestRunner(self)
        # Results on screen and the inputs they belong to.
        self.degree_curve: DegreeCurve | None = None
        self.sweep: LambdaSweep | None = None
        self.cv: CrossValidation | None = None
        self._degree_key: tuple | None = None
        self._lambda_key: tuple | None = None
        self._data: TrainTest | None = None
        self._data_key: tuple | None = None
        self._folds: Folds | None = None
        self._folds_key: tuple | None = None
        self._null_rmse = 1.0
        self._shown_top = math.nan
        self._texts: dict[object, str] = {}  # last text set on each label or axis
        self._cv_plan: CvPlan | None = None
        self._setting: _Setting | None = None
        self._stale = True

        self.legend = LinesLabel(1)
        self.degree_widget, self.degree_plot = self._make_plot("errorDegreePlot")
        self.lambda_widget, self.lambda_plot = self._make_plot("errorLambdaPlot")
        self.lambda_plot.getAxis("bottom").setTicks(lambda_ticks())
        self.lambda_plot.setXRange(math.log10(LAMBDA_MIN), math.log10(LAMBDA_MAX), padding=0.02)
        self.degree_plot.setXRange(0, MAX_DEGREE, padding=0.02)

        self.degree_train_item = self.degree_plot.plot(pen=_pen(TRAIN_COLOR))
        self.degree_test_item = self.degree_plot.plot(pen=_pen(TEST_COLOR))
        self.degree_marker = _marker_line()
        self.degree_plot.addItem(self.degree_marker, ignoreBounds=True)
        self.lambda_train_item = self.lambda_plot.plot(pen=_pen(TRAIN_COLOR))
        self.lambda_test_item = self.lambda_plot.plot(pen=_pen(TEST_COLOR))
        self.lambda_cv_item = self.lambda_plot.plot(pen=_pen(CV_COLOR, 2.0, Qt.PenStyle.DashLine))
        self.best_item = pg.ScatterPlotItem(
            symbol="star", size=16, pen=pg.mkPen("w", width=0.8), brush=pg.mkBrush(BEST_COLOR)
        )
        self.lambda_plot.addItem(self.best_item)
        self.lambda_marker = _marker_line()
        self.lambda_plot.addItem(self.lambda_marker, ignoreBounds=True)
        for item in (self.degree_test_item, self.lambda_test_item, self.lambda_cv_item):
            item.setZValue(1)
        self.best_item.setZValue(3)

        self.folds_label = QLabel()
        self.folds_spin = QSpinBox()
        self.folds_spin.setObjectName("cvFoldsControl")
        self.folds_spin.setRange(2, MAX_FOLDS)
        self.folds_spin.setValue(DEFAULT_FOLDS)
        self.folds_spin.setKeyboardTracking(False)
        self.folds_label.setBuddy(self.folds_spin)
        self.loo_check = QCheckBox()
        self.loo_check.setObjectName("cvLeaveOneOutControl")
        self.use_best_button = QPushButton()
        self.use_best_button.setObjectName("useBestLambdaButton")
        self.use_best_button.setEnabled(False)
        self.best_label = LinesLabel(2, "cvBestReadout")
        self.status = LinesLabel(2, "errorPanelStatus")
        self.status.setStyleSheet("color: #8a5300;")

        cv_row = QHBoxLayout()
        cv_row.addWidget(self.folds_label)
        cv_row.addWidget(self.folds_spin)
        cv_row.addWidget(self.loo_check)
        cv_row.addStretch(1)
        best_row = QHBoxLayout()
        best_row.addWidget(self.best_label, 1)
        best_row.addWidget(self.use_best_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.legend)
        layout.addWidget(self.degree_widget, 1)
        layout.addWidget(self.lambda_widget, 1)
        layout.addLayout(cv_row)
        layout.addLayout(best_row)
        layout.addWidget(self.status)
        self.retranslate()

        self.runner.result_ready.connect(self._on_runner_result_ready)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.busy_changed.connect(self._on_runner_busy_changed)
        self.folds_spin.valueChanged.connect(self._on_cv_settings_changed)
        self.loo_check.toggled.connect(self._on_cv_settings_changed)
        self.use_best_button.clicked.connect(self.use_best_lambda)
        # The state emits these before it refits: the worker makes way for it.
        state.model_changed.connect(self.runner.hold)
        state.points_changed.connect(self.runner.hold)
        state.fit_changed.connect(self._on_state_fit_changed)
        self._on_state_fit_changed()

    # ------------------------------------------------------------------ public
    def retranslate(self) -> None:
        """Set every visible string and tooltip in the current language."""
        self._update_legend()
        self.degree_plot.setLabel("bottom", self.tr("degree D"))
        self.degree_plot.setLabel("left", self.tr("RMSE"))
        self.lambda_plot.setLabel("left", self.tr("RMSE"))
        self.degree_widget.setToolTip(
            self.tr(
                "RMSE = √((1/n) Σ (yᵢ − f(xᵢ))²) of the exact fit at each degree D = 0..30, "
                "with the current λ₁ and λ₂. Training error keeps falling as D grows; test "
                "error falls, then rises: overfitting. Dashed line: the current degree."
            )
        )
        self.lambda_widget.setToolTip(
            self.tr(
                "RMSE against the penalty strength λ (log scale) at the current degree. Small λ: "
                "overfit (low train, high test error); large λ: underfit (both high). The "
                "cross-validated error (dashed) estimates the test error from the training points "
                "alone: each fold is predicted by a fit that did not see it. ★ marks its minimum; "
                "the dashed line the current λ."
            )
        )
        self.folds_label.setText(self.tr("CV &folds k"))
        self.folds_spin.setToolTip(
            self.tr(
                "k-fold cross-validation: the training points are split at random (fixed seed) "
                "into k parts; each part is predicted by the fit on the other k − 1. "
                "CV RMSE = √((1/N) Σᵢ (yᵢ − f₋fold(i)(xᵢ))²)."
            )
        )
        self.loo_check.setText(self.tr("&Leave-one-out"))
        self.loo_check.setToolTip(
            self.tr(
                "k = N: each point is predicted by the fit on all the others. For ridge this "
                "needs no refit: yᵢ − f₋ᵢ(xᵢ) = eᵢ / (1 − hᵢᵢ), hᵢᵢ the diagonal of the hat "
                "matrix."
            )
        )
        self.use_best_button.setText(self.tr("Use &best λ"))
        self.use_best_button.setToolTip(
            self.tr(
                "Move the penalty slider to the λ with the smallest cross-validated error "
                "(one undo step). With both penalties on, their ratio is kept."
            )
        )
        self.best_label.setToolTip(
            self.tr("λ* = argmin over the grid of the cross-validated RMSE, and that RMSE.")
        )
        self._update_lambda_title()
        self._update_texts()

    @property
    def is_busy(self) -> bool:
        """True while a computation is running or waiting."""
        return self.runner.busy

    def wait_until_idle(self, timeout_ms: int = 10_000) -> bool:
        """Process events until the curves are up to date (for exports and tests)."""
        if self._stale and self.isVisible():
            self._refresh()
        return self.runner.wait(timeout_ms)

    def best_lambda(self) -> float | None:
        """The cross-validated best λ for the current setting, or None if not (yet) known."""
        if self.cv is None or not same_key(self._lambda_key, self._current_lambda_key()):
            return None
        try:
            return self.cv.best_lambda
        except ValueError:
            return None

    def use_best_lambda(self) -> None:
        """Set the penalty to the CV-best λ (keeping the L1:L2 ratio) as one undo step."""
        best = self.best_lambda()
        if best is None:
            return
        m = self._state.model
        mix, _ = penalty_mix(m.l1, m.l2)
        l1, l2 = mix.strengths(best)
        new = self._state.model_with(l1=l1, l2=l2)
        if new != m:
            self._undo.push(SetModelCommand(self._state, self.tr("Use best λ"), new))

    # ------------------------------------------------------------------- slots
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._refresh()

    def _on_state_fit_changed(self) -> None:
        self._setting = None
        self._update_markers()
        self._update_lambda_title()
        self._stale = True
        if self.isVisible():
            self._refresh()

    def _on_cv_settings_changed(self, *_args: object) -> None:
        self._setting = None
        self.folds_spin.setEnabled(not self.loo_check.isChecked())
        self._lambda_key = None  # force the CV to be recomputed
        self._update_legend()
        self._stale = True
        if self.isVisible():
            self._refresh()

    def _on_runner_result_ready(self, outcome: ErrorOutcome) -> None:
        req = outcome.request
        data_key = self._current_data_key()
        if data_key is None or not same_key(self._request_data_key(req), data_key):
            return  # the points changed since: a newer request is on its way
        self._data, self._data_key = outcome.data, data_key
        scale_changed = outcome.null_rmse != self._null_rmse
        self._null_rmse = outcome.null_rmse
        if outcome.folds is not None:
            self._folds = outcome.folds
            self._folds_key = (*data_key, outcome.folds.n_folds)
        new_degree = outcome.degree_curve is not None and same_key(
            self._request_degree_key(req), self._current_degree_key()
        )
        if new_degree:
            self.degree_curve = outcome.degree_curve
            self._degree_key = self._current_degree_key()
        new_lambda = outcome.sweep is not None and same_key(
            self._request_lambda_key(req), self._current_lambda_key()
        )
        if new_lambda:
            self.sweep, self.cv = outcome.sweep, outcome.cv
            self._cv_plan = req.cv
            self._lambda_key = self._current_lambda_key()
        # Redraw only the plot whose data changed: a repaint costs milliseconds.
        self._redraw(degree=new_degree or scale_changed, lam=new_lambda or scale_changed)

    def _on_runner_failed(self, error: object) -> None:
        self._set_text(self.status, self.tr("Could not compute the curves: {0}").format(error))

    def _on_runner_busy_changed(self, _busy: bool) -> None:
        self._update_texts()

    # ------------------------------------------------------------------- keys
    def _now(self) -> _Setting:
        """Keys of the current setting, computed once per change (they count points)."""
        if self._setting is None:
            s, m = self._state, self._state.model
            fit = s.fit  # its counts are O(1); state.n_train counts the points
            n_train = 0 if fit is None else fit.n_train
            mix, _ = penalty_mix(m.l1, m.l2)
            # Rounded so that "use best λ" (which keeps the ratio up to rounding)
            # does not count as a new direction.
            mix = PenaltyMix(round(mix.l1_share, 9))
            plan = plan_cv(n_train, self.folds_spin.value(), self.loo_check.isChecked(), mix)
            data = None if n_train == 0 else (s.points, m.basis, s.domain)
            cv = None if plan is None else (plan.n_folds, plan.leave_one_out)
            self._setting = _Setting(
                n_train=n_train,
                n_test=0 if fit is None else fit.n_test,
                mix=mix,
                plan=plan,
                data_key=data,
                degree_key=None if data is None else (*data, m.l1, m.l2, m.penalize_intercept),
                lambda_key=None
                if data is None
                else (*data, m.degree, mix.l1_share, m.penalize_intercept, cv),
            )
        return self._setting

    def _current_data_key(self) -> tuple | None:
        return self._now().data_key

    def _current_degree_key(self) -> tuple | None:
        return self._now().degree_key

    def _current_lambda_key(self) -> tuple | None:
        return self._now().lambda_key

    def _current_mix(self) -> PenaltyMix:
        return self._now().mix

    def _current_cv_plan(self) -> CvPlan | None:
        return self._now().plan

    @staticmethod
    def _request_data_key(req: ErrorRequest) -> tuple:
        return (req.points, req.basis, req.domain)

    @staticmethod
    def _request_degree_key(req: ErrorRequest) -> tuple:
        return (req.points, req.basis, req.domain, req.l1, req.l2, req.penalize_intercept)

    @staticmethod
    def _request_lambda_key(req: ErrorRequest) -> tuple:
        cv = None if req.cv is None else (req.cv.n_folds, req.cv.leave_one_out)
        return (
            req.points,
            req.basis,
            req.domain,
            req.degree,
            req.mix.l1_share,
            req.penalize_intercept,
            cv,
        )

    # ---------------------------------------------------------------- compute
    def _refresh(self) -> None:
        self._stale = False
        data_key = self._current_data_key()
        if data_key is None:
            self.runner.cancel()
            self.degree_curve = self.sweep = self.cv = None
            self._degree_key = self._lambda_key = None
            self._redraw()
            return
        want_degree = not same_key(self._degree_key, self._current_degree_key())
        want_lambda = not same_key(self._lambda_key, self._current_lambda_key())
        if not (want_degree or want_lambda):
            self.runner.cancel()  # an older request in flight is not wanted any more
            self._update_texts()
            return
        s, m = self._state, self._state.model
        plan = self._current_cv_plan()
        folds = None
        if (
            plan is not None
            and plan.n_folds is not None
            and same_key(self._folds_key, (*data_key, plan.n_folds))
        ):
            folds = self._folds
        request = ErrorRequest(
            points=s.points,
            basis=m.basis,
            domain=s.domain,
            degree=m.degree,
            l1=m.l1,
            l2=m.l2,
            penalize_intercept=m.penalize_intercept,
            mix=self._current_mix(),
            lambdas=self.lambdas,
            cv=plan,
            data=self._data if same_key(self._data_key, data_key) else None,
            folds=folds,
            want_degree=want_degree,
            want_lambda=want_lambda,
        )
        self.runner.submit(compute_errors, request, cooperative=True)
        self._update_texts()

    # ----------------------------------------------------------------- drawing
    def _make_plot(self, name: str) -> tuple[pg.PlotWidget, pg.PlotItem]:
        widget = pg.PlotWidget(background="w")
        widget.setObjectName(name)
        widget.setMinimumHeight(100)
        plot = widget.getPlotItem()
        style_plot(plot)
        return widget, plot

    def _y_top(self) -> float:
        top = HEADROOM * self._null_rmse
        return top if math.isfinite(top) and top > 0 else 1.0

    def _clipped(self, values: np.ndarray) -> np.ndarray:
        return np.clip(values, 0.0, CLIP_FACTOR * self._y_top())

    def _redraw(self, degree: bool = True, lam: bool = True) -> None:
        top = self._y_top()
        if top != self._shown_top:
            # Only when the points change: an axis change costs a relayout and repaint.
            self._shown_top = top
            self.degree_plot.setYRange(0.0, top, padding=0)
            self.lambda_plot.setYRange(0.0, top, padding=0)
        if degree:
            self._draw_degree_curves()
        if lam:
            self._draw_lambda_curves(top)
        self._update_markers()
        self._update_legend()
        self._update_texts()

    def _draw_degree_curves(self) -> None:
        curve = self.degree_curve if self._degree_key is not None else None
        if curve is None:
            self.degree_train_item.setData([], [])
            self.degree_test_item.setData([], [])
        else:
            x = curve.degrees.astype(float)
            self.degree_train_item.setData(x, self._clipped(curve.train_rmse))
            self._set_finite(self.degree_test_item, x, curve.test_rmse)

    def _draw_lambda_curves(self, top: float) -> None:
        sweep = self.sweep if self._lambda_key is not None else None
        if sweep is None:
            for item in (self.lambda_train_item, self.lambda_test_item, self.lambda_cv_item):
                item.setData([], [])
            self.best_item.setData([], [])
        else:
            lx = np.log10(sweep.lambdas)
            self.lambda_train_item.setData(lx, self._clipped(sweep.train_rmse))
            self._set_finite(self.lambda_test_item, lx, sweep.test_rmse)
            if self.cv is None:
                self.lambda_cv_item.setData([], [])
                self.best_item.setData([], [])
            else:
                self._set_finite(self.lambda_cv_item, lx, self.cv.rmse)
                best = self.best_lambda()
                if best is None:
                    self.best_item.setData([], [])
                else:
                    i = self.cv.best_index
                    self.best_item.setData([lx[i]], [min(float(self.cv.rmse[i]), 0.98 * top)])

    def _set_finite(self, item: pg.PlotDataItem, x: np.ndarray, y: np.ndarray) -> None:
        keep = np.isfinite(y)
        item.setData(x[keep], self._clipped(y[keep]))

    def _update_markers(self) -> None:
        m = self._state.model
        self.degree_marker.setValue(m.degree)
        _, lam = penalty_mix(m.l1, m.l2)
        lo, hi = math.log10(LAMBDA_MIN), math.log10(LAMBDA_MAX)
        # λ = 0 (off) has no place on a log axis: the marker sits at the left edge.
        self.lambda_marker.setValue(lo if lam <= 0 else min(max(math.log10(lam), lo), hi))
        self._set_text(self.degree_marker.label, self.tr("D = {0}").format(m.degree))
        self._set_text(
            self.lambda_marker.label,
            self.tr("λ off") if lam <= 0 else self.tr("λ = {0}").format(format_lambda(lam)),
        )

    def _update_lambda_title(self) -> None:
        m = self._state.model
        mix = self._current_mix()
        if mix.kind == "l1":
            name = self.tr("λ₁ (L1 strength)")
        elif mix.kind == "l2":
            name = self.tr("λ₂ (L2 strength)")
        else:
            name = self.tr("λ = λ₁ + λ₂ (ratio {0:.2g} : {1:.2g} kept)").format(
                mix.l1_share, 1 - mix.l1_share
            )
        self._set_text(self.lambda_plot.getAxis("bottom"), name)
        self._set_text(self.degree_plot, self.tr("Error vs degree, at the current λ₁ and λ₂"))
        self._set_text(self.lambda_plot, self.tr("Error vs λ at degree D = {0}").format(m.degree))

    def _set_text(self, target: object, text: str) -> None:
        set_text(self._texts, target, text, MARK_COLOR)

    def _update_legend(self) -> None:
        plan = self._cv_plan if self.cv is not None else self._current_cv_plan()
        if plan is None:
            cv_name = self.tr("CV")
        elif plan.leave_one_out:
            cv_name = self.tr("leave-one-out CV")
        else:
            cv_name = self.tr("{0}-fold CV").format(plan.n_folds)
        self._set_text(
            self.legend,
            self.tr(
                "<span style='color:{0}'>━</span> train &nbsp; "
                "<span style='color:{1}'>━</span> test &nbsp; "
                "<span style='color:{2}'>╍</span> {3} &nbsp; "
                "<span style='color:{4}'>★</span> CV best"
            ).format(
                pg.mkColor(TRAIN_COLOR).name(),
                pg.mkColor(TEST_COLOR).name(),
                CV_COLOR,
                cv_name,
                BEST_COLOR,
            ),
        )

    def _update_texts(self) -> None:
        best = self.best_lambda()
        self.use_best_button.setEnabled(best is not None)
        if best is None:
            text = self.tr("Best λ by CV: —")
        else:
            text = self.tr("Best λ by CV: {0} (CV RMSE {1})").format(
                format_lambda(best), f"{float(self.cv.rmse[self.cv.best_index]):.3g}"
            )
        if self.runner.busy:
            text += " · " + self.tr("computing…")  # the label's height is reserved
        self._set_text(self.best_label, text)
        notes = []
        now = self._now()
        if now.n_train == 0:
            notes.append(self.tr("No training points yet."))
        elif now.n_train < 2:
            notes.append(self.tr("Cross-validation needs at least 2 training points."))
        if now.n_train and not now.n_test:
            notes.append(self.tr("No test points: Shift+click on the plot to add some."))
        plan = self._current_cv_plan()
        if plan is not None and plan.fallback:
            notes.append(
                self.tr(
                    "Leave-one-out with L1 refits once per point; with more than {0} points "
                    "{1}-fold CV is used instead."
                ).format(MAX_LOO_REFITS, plan.n_folds)
            )
        self._set_text(self.status, "\n".join(notes))
