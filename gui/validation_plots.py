"""The two plots of the validation panel: error against the degree and against λ.

:class:`ValidationPlots` draws what it is given (curves, the constant
model's error that fixes the y axes, the current setting) and nothing else;
:class:`gui.validation_panel.ValidationPanel` decides what to compute. Both
y axes are fixed by the constant model's error, so a test error that
explodes leaves the top of the plot instead of squashing the rest; a redraw
touches only the plot whose data changed, as a repaint costs milliseconds.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from core.polyfit import MAX_DEGREE
from core.validation import CrossValidation, DegreeCurve, LambdaSweep, PenaltyMix
from core.validation_curves import DegreeCv
from gui.axes import (
    LOG_LAMBDA_MAX,
    LOG_LAMBDA_MIN,
    format_lambda,
    lambda_axis_title,
    lambda_position,
    lambda_ticks,
)
from gui.labels import LinesLabel, set_text
from gui.panel_numbers import curve_in_plot, star_height, validation_top
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

BEST_COLOR = HIGHLIGHT_COLOR
DASH = Qt.PenStyle.DashLine


def _best_star() -> pg.ScatterPlotItem:
    star = pg.ScatterPlotItem(symbol="star", brush=pg.mkBrush(BEST_COLOR))
    star.setZValue(3)
    return star


class ValidationPlots(QWidget):
    """A legend and two plots: RMSE against the degree D and against λ (log scale)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._null_rmse = 1.0
        self._shown_top = math.nan
        self._texts: dict[object, str] = {}  # last text set on each label or axis
        self._cv_name = ""

        self.legend = LinesLabel(1)
        self.degree_widget, self.degree_plot = self._make_plot("validationDegreePlot")
        self.lambda_widget, self.lambda_plot = self._make_plot("validationLambdaPlot")
        self.lambda_plot.getAxis("bottom").setTicks(lambda_ticks())
        self.lambda_plot.setXRange(LOG_LAMBDA_MIN, LOG_LAMBDA_MAX, padding=0.02)
        self.degree_plot.setXRange(0, MAX_DEGREE, padding=0.02)

        self.degree_train_item = self.degree_plot.plot()
        self.degree_test_item = self.degree_plot.plot()
        self.degree_cv_item = self.degree_plot.plot()
        self.degree_best_item = _best_star()
        self.degree_plot.addItem(self.degree_best_item)
        self.degree_marker = marker_line()
        self.degree_plot.addItem(self.degree_marker, ignoreBounds=True)
        self.lambda_train_item = self.lambda_plot.plot()
        self.lambda_test_item = self.lambda_plot.plot()
        self.lambda_cv_item = self.lambda_plot.plot()
        self.best_item = _best_star()
        self.lambda_plot.addItem(self.best_item)
        self.lambda_marker = marker_line()
        self.lambda_plot.addItem(self.lambda_marker, ignoreBounds=True)
        for item in (
            self.degree_test_item,
            self.degree_cv_item,
            self.lambda_test_item,
            self.lambda_cv_item,
        ):
            item.setZValue(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.legend)
        layout.addWidget(self.degree_widget, 1)
        layout.addWidget(self.lambda_widget, 1)
        self.set_look(NORMAL)

    def set_look(self, look: Look) -> None:
        """Draw axes, curves and marks as large as ``look`` says (presentation mode)."""
        for plot in (self.degree_plot, self.lambda_plot):
            style_plot(plot, look)
        for items, color, style in (
            ((self.degree_train_item, self.lambda_train_item), TRAIN_COLOR, Qt.PenStyle.SolidLine),
            ((self.degree_test_item, self.lambda_test_item), TEST_COLOR, Qt.PenStyle.SolidLine),
            ((self.degree_cv_item, self.lambda_cv_item), CV_COLOR, DASH),
        ):
            for item in items:
                item.setPen(look.pen(color, 2.0, style))
        for star in (self.degree_best_item, self.best_item):
            star.setSize(look.size(16))
            star.setPen(look.pen("w", 0.8))
        for marker in (self.degree_marker, self.lambda_marker):
            marker.setPen(marker_pen(look))

    def retranslate(self) -> None:
        """Set the axis labels and tooltips in the current language."""
        self.degree_plot.setLabel("bottom", self.tr("degree D"))
        self.degree_plot.setLabel("left", self.tr("RMSE"))
        self.lambda_plot.setLabel("left", self.tr("RMSE"))
        self.degree_widget.setToolTip(
            self.tr(
                "RMSE = √((1/n) Σ (yᵢ − f(xᵢ))²) of the exact fit at each degree D = 0..30, "
                "with the current λ₁ and λ₂. Training error keeps falling as D grows; test "
                "error falls, then rises: overfitting. The cross-validated error (dashed) "
                "estimates the test error from the training points alone; ★ marks the degree "
                "it would choose. Dashed vertical line: the current degree."
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
        self.set_legend(self._cv_name)

    def set_legend(self, cv_name: str) -> None:
        """The legend, naming the cross-validation shown (e.g. "5-fold CV")."""
        self._cv_name = cv_name
        set_text(
            self._texts,
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
            MARK_COLOR,
        )

    def set_setting(self, degree: int, lam: float, mix: PenaltyMix) -> None:
        """Mark the current degree and λ, and name the λ axis for the penalty in use."""
        # The current values are named in the titles, not on the markers: a
        # label inside the plot would sit across the curves.
        self.degree_marker.setValue(degree)
        self.lambda_marker.setValue(lambda_position(lam))
        self._set_text(self.lambda_plot.getAxis("bottom"), lambda_axis_title(mix))
        self._set_text(
            self.degree_plot,
            self.tr("Error vs degree at the current λ (dashed: D = {0})").format(degree),
        )
        now = self.tr("λ off") if lam <= 0 else self.tr("λ = {0}").format(format_lambda(lam))
        self._set_text(
            self.lambda_plot,
            self.tr("Error vs λ at D = {0} (dashed: {1})").format(degree, now),
        )

    def set_scale(self, null_rmse: float) -> bool:
        """Fix both y axes by the constant model's RMSE; True if that changed them."""
        if null_rmse == self._null_rmse:
            return False
        self._null_rmse = null_rmse
        return True

    def draw_degree(self, curve: DegreeCurve | None, cv: DegreeCv | None, best: int | None) -> None:
        """Train, test and CV RMSE against the degree, the CV minimum at ``best`` starred."""
        top = self._set_y_range()
        if curve is None:
            for item in (self.degree_train_item, self.degree_test_item, self.degree_cv_item):
                item.setData([], [])
            self.degree_best_item.setData([], [])
            return
        x = curve.degrees.astype(float)
        self.degree_train_item.setData(*curve_in_plot(x, curve.train_rmse, top))
        self.degree_test_item.setData(*curve_in_plot(x, curve.test_rmse, top))
        if cv is None:
            self.degree_cv_item.setData([], [])
        else:
            cvx = np.arange(cv.rmse.size, dtype=float)
            self.degree_cv_item.setData(*curve_in_plot(cvx, cv.rmse, top))
        if cv is None or best is None:
            self.degree_best_item.setData([], [])
        else:
            self.degree_best_item.setData([best], [star_height(cv.rmse[best], top)])

    def draw_lambda(
        self, sweep: LambdaSweep | None, cv: CrossValidation | None, best: int | None
    ) -> None:
        """Train, test and CV RMSE against λ, the CV minimum at index ``best`` starred."""
        top = self._set_y_range()
        if sweep is None:
            for item in (self.lambda_train_item, self.lambda_test_item, self.lambda_cv_item):
                item.setData([], [])
            self.best_item.setData([], [])
            return
        lx = np.log10(sweep.lambdas)
        self.lambda_train_item.setData(*curve_in_plot(lx, sweep.train_rmse, top))
        self.lambda_test_item.setData(*curve_in_plot(lx, sweep.test_rmse, top))
        if cv is None:
            self.lambda_cv_item.setData([], [])
        else:
            self.lambda_cv_item.setData(*curve_in_plot(lx, cv.rmse, top))
        if cv is None or best is None:
            self.best_item.setData([], [])
        else:
            self.best_item.setData([lx[best]], [star_height(cv.rmse[best], top)])

    # ----------------------------------------------------------------- private
    def _make_plot(self, name: str) -> tuple[pg.PlotWidget, pg.PlotItem]:
        widget = pg.PlotWidget(background="w")
        widget.setObjectName(name)
        widget.setMinimumHeight(100)
        return widget, widget.getPlotItem()

    def _set_y_range(self) -> float:
        top = validation_top(self._null_rmse)
        if top != self._shown_top:
            # Only when the points change: an axis change costs a relayout and repaint.
            self._shown_top = top
            self.degree_plot.setYRange(0.0, top, padding=0)
            self.lambda_plot.setYRange(0.0, top, padding=0)
        return top

    def _set_text(self, target: object, text: str) -> None:
        set_text(self._texts, target, text, MARK_COLOR)
