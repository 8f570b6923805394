"""The classifier's validation curves: train, test and cross-validated error, "use best λ".

Two plots, both marking the current setting: the error against the degree
0..10 at the current penalty, and against λ on the classifier's log grid
(10⁻⁸ to 1) at the current degree, for the penalty in use (L2, L1, or both
in their current ratio, ``λ = λ₁ + λ₂``), with the k-fold cross-validated
error along λ; its minimum is starred and a button moves the sliders there
(one undo step). The error is the cross-entropy in bits (what the fit
minimizes, per point) or the error rate, as chosen.

Everything is computed by ``core.logistic_validation`` off the GUI thread
(:class:`gui.background_results.BackgroundResults`) on the design the state
already lifted; a λ move along a pure penalty changes none of the λ curves
(only the marker moves) and a degree move none of the degree curves. The y
axes are fixed by the constant model (the entropy of the labels, or the
minority's share), so an error that explodes leaves the top of the plot.
The job and what turns its results into curves (the measure, the axes'
top and title) are in :mod:`gui.plane_validation_job`, which the panel's
figure (:mod:`gui.figures.classifier`) uses too.

Close to 500 lines: two plots with a shared legend, their controls and the
hand-off with the background results are one panel; the numbers are apart.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.logistic_validation import (
    ClassifierCV,
    DegreeCurve,
    classifier_lambda_grid,
)
from core.plane_features import MAX_PLANE_DEGREE
from core.validation import DEFAULT_FOLDS, PenaltyMix, penalty_mix
from gui.axes import format_lambda, lambda_axis_title, lambda_position, lambda_ticks
from gui.background_results import BackgroundResults, Keys
from gui.labels import LinesLabel, narrow_combo, set_text, set_text_color
from gui.panel_numbers import best_lambda_of, curve_in_plot, settings_at_lambda, star_height
from gui.plane_commands import SetClassifierCommand
from gui.plane_state import PlaneState
from gui.plane_validation_job import (
    LOG_MAX,
    LOG_MIN,
    MAX_FOLDS,
    MEASURES,
    PlaneLambdaCurves,
    PlaneValidationRequest,
    cv_measured,
    measure_name,
    measured,
    plane_validation_job,
    validation_top,
)
from gui.plot_style import (
    CV_COLOR,
    HIGHLIGHT_COLOR,
    MARK_COLOR,
    NORMAL,
    TEST_COLOR,
    TRAIN_COLOR,
    Look,
    marker_line,
    marker_pen,
    style_plot,
)


def _star() -> pg.ScatterPlotItem:
    star = pg.ScatterPlotItem(symbol="star", brush=pg.mkBrush(HIGHLIGHT_COLOR))
    star.setZValue(3)
    return star


class PlaneValidationPanel(QWidget):
    """Validation curves and cross-validation of the classifier (objectName
    ``planeValidationPanel``)."""

    def __init__(self, state: PlaneState, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("planeValidationPanel")
        self._state = state
        self._undo = undo_stack
        self.lambdas = classifier_lambda_grid()
        self.lambdas.flags.writeable = False  # shared with the worker thread
        self.results = BackgroundResults(
            state, self._keys, self._start, ("degree", "lambda"), self.isVisible, self
        )
        self.degree_curve: DegreeCurve | None = None
        self.lambda_curves: PlaneLambdaCurves | None = None
        self._texts: dict[object, str] = {}
        self._look = NORMAL

        self.measure = QComboBox()
        self.measure.setObjectName("planeMeasureControl")
        narrow_combo(self.measure)
        for key in MEASURES:
            self.measure.addItem("", key)
        self.measure_label = QLabel()
        self.measure_label.setBuddy(self.measure)
        self.legend = LinesLabel(1)
        self.degree_widget, self.degree_plot = self._make_plot("planeValidationDegreePlot")
        self.lambda_widget, self.lambda_plot = self._make_plot("planeValidationLambdaPlot")
        self.degree_plot.setXRange(0, MAX_PLANE_DEGREE, padding=0.03)
        self.degree_plot.getAxis("bottom").setTicks(
            [[(float(d), str(d)) for d in range(MAX_PLANE_DEGREE + 1)], []]
        )
        self.lambda_plot.setXRange(LOG_MIN, LOG_MAX, padding=0.02)
        self.lambda_plot.getAxis("bottom").setTicks(lambda_ticks(LOG_MIN, LOG_MAX))
        self.degree_train = self.degree_plot.plot()
        self.degree_test = self.degree_plot.plot()
        self.degree_marker = marker_line()
        self.degree_plot.addItem(self.degree_marker, ignoreBounds=True)
        self.lambda_train = self.lambda_plot.plot()
        self.lambda_test = self.lambda_plot.plot()
        self.lambda_cv = self.lambda_plot.plot()
        self.best_item = _star()
        self.lambda_plot.addItem(self.best_item)
        self.lambda_marker = marker_line()
        self.lambda_plot.addItem(self.lambda_marker, ignoreBounds=True)

        self.folds_label = QLabel()
        self.folds_spin = QSpinBox()
        self.folds_spin.setObjectName("planeCvFoldsControl")
        self.folds_spin.setRange(2, MAX_FOLDS)
        self.folds_spin.setValue(DEFAULT_FOLDS)
        self.folds_spin.setKeyboardTracking(False)
        self.folds_label.setBuddy(self.folds_spin)
        self.use_best_button = QPushButton()
        self.use_best_button.setObjectName("planeUseBestLambdaButton")
        self.use_best_button.setEnabled(False)
        self.best_label = LinesLabel(2, "planeCvBestReadout")
        self.status = LinesLabel(2, "planeValidationStatus")
        set_text_color(self.status, "#8a5300")

        top = QHBoxLayout()
        top.addWidget(self.measure_label)
        top.addWidget(self.measure, 1)
        cv_row = QHBoxLayout()
        cv_row.addWidget(self.folds_label)
        cv_row.addWidget(self.folds_spin)
        cv_row.addStretch(1)
        cv_row.addWidget(self.use_best_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.legend)
        layout.addWidget(self.degree_widget, 1)
        layout.addWidget(self.lambda_widget, 1)
        layout.addLayout(cv_row)
        layout.addWidget(self.best_label)
        layout.addWidget(self.status)
        self.set_look(NORMAL)
        self.retranslate()

        self.results.delivered.connect(self._on_results_delivered)
        self.results.failed.connect(self._on_results_failed)
        self.results.busy_changed.connect(self._on_results_busy_changed)
        self.measure.currentIndexChanged.connect(self._on_measure_changed)
        self.folds_spin.valueChanged.connect(self._on_folds_changed)
        self.use_best_button.clicked.connect(self.use_best_lambda)
        state.fit_changed.connect(self._on_state_fit_changed)
        self._on_state_fit_changed()

    # ------------------------------------------------------------------ public
    def set_look(self, look: Look) -> None:
        """Draw the curves as large as ``look`` says (presentation mode)."""
        self._look = look
        for plot in (self.degree_plot, self.lambda_plot):
            style_plot(plot, look)
        dash = Qt.PenStyle.DashLine
        for item, color, style in (
            (self.degree_train, TRAIN_COLOR, Qt.PenStyle.SolidLine),
            (self.lambda_train, TRAIN_COLOR, Qt.PenStyle.SolidLine),
            (self.degree_test, TEST_COLOR, Qt.PenStyle.SolidLine),
            (self.lambda_test, TEST_COLOR, Qt.PenStyle.SolidLine),
            (self.lambda_cv, CV_COLOR, dash),
        ):
            item.setPen(look.pen(color, 2.0, style))
            item.setSymbol("o")
            item.setSymbolSize(look.size(4))
            item.setSymbolPen(look.pen(color, 1.0))
            item.setSymbolBrush(pg.mkBrush(color))
        self.best_item.setSize(look.size(16))
        self.best_item.setPen(look.pen("w", 0.8))
        for marker in (self.degree_marker, self.lambda_marker):
            marker.setPen(marker_pen(look))

    def retranslate(self) -> None:
        """Set every visible string and tooltip in the current language."""
        self.measure_label.setText(self.tr("&Error measure"))
        self.measure.setItemText(0, self.tr("Cross-entropy (bits per point)"))
        self.measure.setItemText(1, self.tr("Error rate (share misclassified)"))
        self.measure.setToolTip(
            self.tr(
                "Cross-entropy: −(1/n) Σ log₂ p(true class), what the fit minimizes (per point, "
                "in bits); it punishes confident mistakes. Error rate: the share of points on "
                "the wrong side of the boundary."
            )
        )
        self.folds_label.setText(self.tr("CV &folds k"))
        self.folds_spin.setToolTip(
            self.tr(
                "k-fold cross-validation: the training points are split (each class spread "
                "evenly, fixed seed) into k parts; each part is predicted by the fit on the "
                "other k − 1, along the whole λ grid."
            )
        )
        self.use_best_button.setText(self.tr("Use &best λ"))
        self.use_best_button.setToolTip(
            self.tr(
                "Move the penalty slider to the λ with the smallest cross-validated "
                "cross-entropy (one undo step). With both penalties on, their ratio is kept."
            )
        )
        self.degree_widget.setToolTip(
            self.tr(
                "The error of the exact fit at each degree D = 0..10 with the current λ₁ and "
                "λ₂. Training error keeps falling as D grows; test error falls, then rises "
                "once the boundary wraps around noise. Dashed line: the current degree."
            )
        )
        self.lambda_widget.setToolTip(
            self.tr(
                "The error against the penalty strength λ (log scale) at the current degree. "
                "Small λ: overfit; large λ: underfit (the boundary fades to the class "
                "balance). The cross-validated error (dashed) estimates the test error from "
                "the training points alone; ★ marks its minimum, the dashed line the current λ."
            )
        )
        self.degree_plot.setLabel("bottom", self.tr("degree D"))
        self._update_legend()
        self._update_axes()
        self._update_setting()
        self._update_texts()

    @property
    def measure_key(self) -> str:
        """``"bits"`` or ``"error"``."""
        return str(self.measure.currentData())

    @property
    def is_busy(self) -> bool:
        """True while a computation is running or waiting."""
        return self.results.busy

    @property
    def cv(self) -> ClassifierCV | None:
        """The cross-validation along λ on screen."""
        return None if self.lambda_curves is None else self.lambda_curves.cv

    def wait_until_idle(self, timeout_ms: int = 20_000, hidden: bool = False) -> bool:
        """Process events until the curves are up to date (for exports and tests).

        With ``hidden``, computed even while the panel is not on screen (for
        its figure, which draws them all the same).
        """
        return self.results.wait_until_idle(timeout_ms, hidden)

    def best_lambda(self) -> float | None:
        """The cross-validated best λ for the current setting, or None if not (yet) known."""
        return best_lambda_of(self.results.value("lambda"))

    def use_best_lambda(self) -> None:
        """Set the penalty to the CV-best λ (keeping the L1:L2 ratio) as one undo step."""
        best = self.best_lambda()
        new = None if best is None else settings_at_lambda(self._state.model, best)
        if new is not None:
            self._undo.push(
                SetClassifierCommand(
                    self._state, lambda: self.tr("Classification: use best λ"), new
                )
            )

    def drawn(self, which: str) -> tuple[np.ndarray, np.ndarray]:
        """The drawn curve ``which`` (degree_train, lambda_cv, ...) as (x, y)."""
        x, y = getattr(self, which).getData()
        return (np.empty(0), np.empty(0)) if x is None else (np.asarray(x), np.asarray(y))

    # ------------------------------------------------------------------- slots
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.results.catch_up()

    def _on_state_fit_changed(self) -> None:
        self._update_setting()
        self.results.invalidate()
        self._update_texts()

    def _on_folds_changed(self, _value: int) -> None:
        self.results.invalidate()
        self._update_texts()

    def _on_measure_changed(self, _index: int) -> None:
        self._update_axes()
        self._draw_degree()
        self._draw_lambda()
        self._update_texts()

    def _on_results_delivered(self, parts: dict) -> None:
        if "degree" in parts:
            self.degree_curve = parts["degree"]
            self._draw_degree()
        if "lambda" in parts:
            self.lambda_curves = parts["lambda"]
            self._draw_lambda()
        self._update_axes()
        self._update_texts()

    def _on_results_failed(self, error: object) -> None:
        self._set_text(self.status, self.tr("Could not compute the curves: {0}").format(error))

    def _on_results_busy_changed(self, _busy: bool) -> None:
        self._update_texts()

    # ------------------------------------------------------------------- keys
    def _setting(self) -> tuple[PenaltyMix, float]:
        m = self._state.model
        mix, lam = penalty_mix(m.l1, m.l2)
        # Rounded so that "use best λ" (which keeps the ratio up to rounding)
        # does not count as a new direction.
        return PenaltyMix(round(mix.l1_share, 9)), lam

    def _keys(self) -> Keys:
        s, m = self._state, self._state.model
        if s.fit is None or s.design is None:
            return {"degree": None, "lambda": None}
        data = (s.points, s.box, m.basis)
        mix, _ = self._setting()
        return {
            "degree": (*data, m.l1, m.l2),
            "lambda": (*data, m.degree, mix.l1_share, self.folds_spin.value()),
        }

    def _start(self, wanted: frozenset[str], _keys: Keys) -> tuple | None:
        s, m = self._state, self._state.model
        if s.design is None or s.fit is None:
            return None
        mix, _ = self._setting()
        request = PlaneValidationRequest(
            design=s.design,
            degree=m.degree,
            l1=m.l1,
            l2=m.l2,
            mix=mix,
            lambdas=self.lambdas,
            n_folds=self.folds_spin.value(),
            want_degree="degree" in wanted,
            want_lambda="lambda" in wanted,
        )
        return plane_validation_job, request

    # ----------------------------------------------------------------- drawing
    def _make_plot(self, name: str) -> tuple[pg.PlotWidget, pg.PlotItem]:
        widget = pg.PlotWidget(background="w")
        widget.setObjectName(name)
        widget.setMinimumHeight(100)
        return widget, widget.getPlotItem()

    def _top(self) -> float:
        """The y axes' top: the constant model's error, with headroom."""
        p = self._state.points
        return validation_top(p.label[~p.is_test], self.measure_key)

    def _update_axes(self) -> None:
        top = self._top()
        for plot in (self.degree_plot, self.lambda_plot):
            plot.setYRange(0.0, top, padding=0)
        name = measure_name(self.measure_key)
        for plot in (self.degree_plot, self.lambda_plot):
            self._set_text(plot.getAxis("left"), name)

    def _set(self, item: pg.PlotDataItem, x: np.ndarray, y: np.ndarray) -> None:
        item.setData(*curve_in_plot(x, y, self._top()))

    def _draw_degree(self) -> None:
        curve = self.degree_curve
        if curve is None or self.results.value("degree") is None:
            for item in (self.degree_train, self.degree_test):
                item.setData([], [])
            return
        x = curve.degrees.astype(float)
        train, test = measured(curve, self.measure_key)
        self._set(self.degree_train, x, train)
        self._set(self.degree_test, x, test)

    def _draw_lambda(self) -> None:
        shown = self.lambda_curves
        if shown is None or self.results.value("lambda") is None:
            for item in (self.lambda_train, self.lambda_test, self.lambda_cv):
                item.setData([], [])
            self.best_item.setData([], [])
            return
        curve, cv = shown.curve, shown.cv
        x = np.log10(curve.lambdas)
        train, test = measured(curve, self.measure_key)
        cv_y = None if cv is None else cv_measured(cv, self.measure_key)
        self._set(self.lambda_train, x, train)
        self._set(self.lambda_test, x, test)
        if cv_y is None:
            self.lambda_cv.setData([], [])
            self.best_item.setData([], [])
            return
        self._set(self.lambda_cv, x, cv_y)
        try:
            best = cv.best_index
        except ValueError:
            self.best_item.setData([], [])
            return
        y = star_height(float(cv_y[best]), self._top())
        self.best_item.setData([x[best]], [y])

    # ------------------------------------------------------------------ texts
    def _set_text(self, target: object, text: str) -> None:
        set_text(self._texts, target, text, MARK_COLOR)

    def _update_legend(self) -> None:
        self._set_text(
            self.legend,
            self.tr(
                "<span style='color:{0}'>━</span> train &nbsp; "
                "<span style='color:{1}'>━</span> test &nbsp; "
                "<span style='color:{2}'>╍</span> {3}-fold CV &nbsp; "
                "<span style='color:{4}'>★</span> CV best"
            ).format(
                pg.mkColor(TRAIN_COLOR).name(),
                pg.mkColor(TEST_COLOR).name(),
                CV_COLOR,
                self.folds_spin.value(),
                HIGHLIGHT_COLOR,
            ),
        )

    def _update_setting(self) -> None:
        m = self._state.model
        mix, lam = self._setting()
        self.degree_marker.setValue(m.degree)
        self.lambda_marker.setValue(lambda_position(lam, LOG_MIN, LOG_MAX))
        self._set_text(self.lambda_plot.getAxis("bottom"), lambda_axis_title(mix))
        self._set_text(
            self.degree_plot,
            self.tr("Error vs degree at the current λ (dashed: D = {0})").format(m.degree),
        )
        now = self.tr("λ off") if lam <= 0 else self.tr("λ = {0}").format(format_lambda(lam))
        self._set_text(
            self.lambda_plot,
            self.tr("Error vs λ at D = {0} (dashed: {1})").format(m.degree, now),
        )

    def _update_texts(self) -> None:
        self._update_legend()
        best = self.best_lambda()
        self.use_best_button.setEnabled(best is not None)
        if best is None:
            text = self.tr("Best λ by CV: —")
        else:
            cv = self.cv
            assert cv is not None
            text = self.tr("Best λ by CV: {0} (CV cross-entropy {1} bits, error rate {2})").format(
                format_lambda(best),
                f"{float(cv.bits[cv.best_index]):.3g}",
                f"{float(cv.error[cv.best_index]):.3g}",
            )
        if self.results.busy:
            text += " · " + self.tr("computing…")
        self._set_text(self.best_label, text)
        notes = []
        fit = self._state.fit
        if fit is None:
            notes.append(self.tr("No training points yet."))
        else:
            if fit.n_train < 2:
                notes.append(self.tr("Cross-validation needs at least 2 training points."))
            if fit.n_test == 0:
                notes.append(self.tr("No test points: Shift+click on the plane to add some."))
        self._set_text(self.status, "\n".join(notes))
