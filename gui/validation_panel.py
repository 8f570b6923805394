"""The validation curves: train, test and cross-validated error, with "use best λ".

Two plots, both marking the current setting:

- train and test RMSE against the degree 0..30 at the current penalty;
- train, test and cross-validated RMSE against λ on a log grid (1e-10 to
  1e2) at the current degree, for the penalty in use: L2, L1, or both in
  their current ratio (``λ = λ₁ + λ₂``); the grid point with the least CV
  error is starred, and a button moves the sliders there (one undo step).

The curves are computed by :func:`core.validation_curves.compute_curves` off
the GUI thread (:class:`gui.background_results.BackgroundResults`, with the
parts and keys of :mod:`gui.validation_job`); the reductions of the points
and of the CV folds are kept until the points change, so a slider move
costs only the solves. A λ move along a pure penalty changes none of the λ
curves (only the marker moves) and a degree move none of the degree curves'
data. Both y axes are fixed by the errors of
the constant model, so a test error that explodes leaves the top of the
plot instead of squashing the rest. A computation that fails says why under
the plots until the next one succeeds.
"""

from __future__ import annotations

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

from core.validation import (
    DEFAULT_FOLDS,
    CrossValidation,
    DegreeCurve,
    LambdaSweep,
    lambda_grid,
    penalty_mix,
)
from core.validation_curves import MAX_LOO_REFITS, ValidationRequest
from gui.axes import format_lambda
from gui.background_results import BackgroundResults, Keys
from gui.commands import SetModelCommand
from gui.labels import LinesLabel, set_text
from gui.panel_numbers import best_lambda_of, settings_at_lambda
from gui.plot_style import MARK_COLOR, WARNING_COLOR, Look
from gui.state import LabState
from gui.validation_job import (
    DegreeCurves,
    LambdaCurves,
    ValidationSetting,
    cv_name,
    validation_job,
    validation_setting,
)
from gui.validation_plots import ValidationPlots

MAX_FOLDS = 20


class ValidationPanel(QWidget):
    """Validation curves and cross-validation (objectName ``validationPanel``).

    Parameters
    ----------
    state : LabState
    undo_stack : QUndoStack
        "Use best λ" pushes its change here.
    parent : QWidget, optional
    """

    def __init__(self, state: LabState, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("validationPanel")
        self._state = state
        self._undo = undo_stack
        self.lambdas = lambda_grid()
        self.lambdas.flags.writeable = False  # shared with the worker thread
        self.results = BackgroundResults(
            state, self._keys, self._start, ("degree", "lambda"), self.isVisible, self
        )
        # Results on screen.
        self.degree_curves: DegreeCurves | None = None
        self.lambda_curves: LambdaCurves | None = None
        self._texts: dict[object, str] = {}  # last text set on each label
        self._setting: ValidationSetting | None = None

        self.plots = ValidationPlots()
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
        self.status = LinesLabel(2, "validationPanelStatus")
        self.status.setStyleSheet(f"color: {WARNING_COLOR};")

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
        layout.addWidget(self.plots, 1)
        layout.addLayout(cv_row)
        layout.addLayout(best_row)
        layout.addWidget(self.status)
        self.retranslate()

        self.results.delivered.connect(self._on_results_delivered)
        self.results.failed.connect(self._on_results_failed)
        self.results.busy_changed.connect(self._on_results_busy_changed)
        self.folds_spin.valueChanged.connect(self._on_cv_settings_changed)
        self.loo_check.toggled.connect(self._on_cv_settings_changed)
        self.use_best_button.clicked.connect(self.use_best_lambda)
        state.fit_changed.connect(self._on_state_fit_changed)
        self._on_state_fit_changed()

    # ------------------------------------------------------------------ public
    def set_look(self, look: Look) -> None:
        """Draw the curves as large as ``look`` says (presentation mode)."""
        self.plots.set_look(look)

    def retranslate(self) -> None:
        """Set every visible string and tooltip in the current language."""
        self.plots.retranslate()
        self._update_legend()
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
        self._update_setting()
        self._update_texts()

    @property
    def is_busy(self) -> bool:
        """True while a computation is running or waiting."""
        return self.results.busy

    @property
    def degree_curve(self) -> DegreeCurve | None:
        """The train and test curves against the degree on screen."""
        return None if self.degree_curves is None else self.degree_curves.errors

    @property
    def best_degree(self) -> int | None:
        """The degree with the least cross-validated error at the current λ, once known."""
        current = self.results.value("degree")
        return None if current is None or current.cv is None else current.cv.best_degree

    @property
    def sweep(self) -> LambdaSweep | None:
        """The train and test curves against λ on screen."""
        return None if self.lambda_curves is None else self.lambda_curves.sweep

    @property
    def cv(self) -> CrossValidation | None:
        """The cross-validated curve against λ on screen."""
        return None if self.lambda_curves is None else self.lambda_curves.cv

    def wait_until_idle(self, timeout_ms: int = 10_000) -> bool:
        """Process events until the curves are up to date, shown or not (for exports and tests)."""
        return self.results.wait_until_idle(timeout_ms, hidden=True)

    def best_lambda(self) -> float | None:
        """The cross-validated best λ for the current setting, or None if not (yet) known."""
        return best_lambda_of(self.results.value("lambda"))

    def use_best_lambda(self) -> None:
        """Set the penalty to the CV-best λ (keeping the L1:L2 ratio) as one undo step."""
        best = self.best_lambda()
        new = None if best is None else settings_at_lambda(self._state.model, best)
        if new is not None:
            self._undo.push(SetModelCommand(self._state, lambda: self.tr("Use best λ"), new))

    # ------------------------------------------------------------------- slots
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.results.catch_up()

    def _on_state_fit_changed(self) -> None:
        self._setting = None
        self._update_setting()
        self.results.invalidate()
        self._update_texts()

    def _on_cv_settings_changed(self, *_args: object) -> None:
        self._setting = None
        self.folds_spin.setEnabled(not self.loo_check.isChecked())
        self._update_legend()
        self.results.invalidate()
        self._update_texts()

    def _on_results_delivered(self, parts: dict) -> None:
        rescaled = "scale" in parts and self.plots.set_scale(parts["scale"])
        if "degree" in parts:
            self.degree_curves = parts["degree"]
        if "lambda" in parts:
            self.lambda_curves = parts["lambda"]
        # Redraw only the plot whose data changed: a repaint costs milliseconds.
        if "degree" in parts or rescaled:
            curves = self.degree_curves
            cv = None if curves is None else curves.cv
            self.plots.draw_degree(
                None if curves is None else curves.errors,
                cv,
                None if cv is None else cv.best_degree,
            )
        if "lambda" in parts or rescaled:
            best = self.best_lambda()
            cv = self.cv
            self.plots.draw_lambda(self.sweep, cv, None if best is None else cv.best_index)
        self._update_legend()
        self._update_texts()

    def _on_results_failed(self, _error: object) -> None:
        self._update_texts()

    def _on_results_busy_changed(self, _busy: bool) -> None:
        self._update_texts()

    # ------------------------------------------------------------------- keys
    def _now(self) -> ValidationSetting:
        """The current setting and its keys, computed once per change (they count points)."""
        if self._setting is None:
            s = self._state
            fit = s.fit  # its counts are O(1); state.n_train counts the points
            self._setting = validation_setting(
                s.points,
                s.domain,
                s.model,
                0 if fit is None else fit.n_train,
                0 if fit is None else fit.n_test,
                self.folds_spin.value(),
                self.loo_check.isChecked(),
            )
        return self._setting

    def _keys(self) -> Keys:
        return self._now().keys

    # ---------------------------------------------------------------- compute
    def _start(self, wanted: frozenset[str], _keys: Keys) -> tuple:
        s, m, now = self._state, self._state.model, self._now()
        request = ValidationRequest(
            points=s.points,
            basis=m.basis,
            domain=s.domain,
            degree=m.degree,
            l1=m.l1,
            l2=m.l2,
            penalize_intercept=m.penalize_intercept,
            mix=now.mix,
            lambdas=self.lambdas,
            cv=now.plan,
            data=self.results.value("data"),
            folds=self.results.value("folds"),
            want_degree="degree" in wanted,
            want_lambda="lambda" in wanted,
        )
        return validation_job, request

    # ------------------------------------------------------------------ texts
    def _update_setting(self) -> None:
        m = self._state.model
        _, lam = penalty_mix(m.l1, m.l2)
        self.plots.set_setting(m.degree, lam, self._now().mix)

    def _set_text(self, target: object, text: str) -> None:
        set_text(self._texts, target, text, MARK_COLOR)

    def _update_legend(self) -> None:
        shown = self.lambda_curves
        plan = shown.plan if shown is not None and shown.cv is not None else self._now().plan
        self.plots.set_legend(cv_name(plan))

    def _update_texts(self) -> None:
        best = self.best_lambda()
        self.use_best_button.setEnabled(best is not None)
        if best is None:
            text = self.tr("Best λ by CV: —")
        else:
            cv = self.cv
            assert cv is not None
            text = self.tr("Best λ by CV: {0} (CV RMSE {1})").format(
                format_lambda(best), f"{float(cv.rmse[cv.best_index]):.3g}"
            )
        degree = self.best_degree
        if degree is not None:
            text += " · " + self.tr("best degree by CV: {0}").format(degree)
        if self.results.busy:
            text += " · " + self.tr("computing…")  # the label's height is reserved
        self._set_text(self.best_label, text)
        notes = []
        error = self.results.error
        if error is not None:
            notes.append(self.tr("Could not compute the curves: {0}").format(error))
        now = self._now()
        if now.n_train == 0:
            notes.append(self.tr("No training points yet."))
        elif now.n_train < 2:
            notes.append(self.tr("Cross-validation needs at least 2 training points."))
        if now.n_train and not now.n_test:
            notes.append(self.tr("No test points: Shift+click on the plot to add some."))
        plan = now.plan
        if plan is not None and plan.fallback:
            notes.append(
                self.tr(
                    "Leave-one-out with L1 refits once per point; with more than {0} points "
                    "{1}-fold CV is used instead."
                ).format(MAX_LOO_REFITS, plan.n_folds)
            )
        self._set_text(self.status, "\n".join(notes))
