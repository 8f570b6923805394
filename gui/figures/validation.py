"""The validation curves as a figure: RMSE against the degree and against λ.

Train, test and cross-validated RMSE as the validation panel draws them
(:mod:`gui.panel_numbers`): both y axes fixed by the constant model's
error, curves that explode clipped past the top, the CV minimum starred
and the current setting dashed. The classifier's validation figure
(:mod:`gui.figures.classifier`) is laid out from the same pieces: the λ
axis, the legend, the curves, the titles, the two plots side by side.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication

from core.polyfit import MAX_DEGREE
from core.validation import PenaltyMix, penalty_mix
from gui.axes import (
    LOG_LAMBDA_MAX,
    LOG_LAMBDA_MIN,
    format_lambda,
    lambda_axis_title,
    lambda_position,
    lambda_ticks,
)
from gui.figures.model import Axis, Cell, Figure, LegendEntry, Line, Markers, Plot, Rule
from gui.figures.snapshot import CurveSnapshot, ValidationData, finish, model_caption
from gui.panel_numbers import curve_in_plot, star_height, validation_top
from gui.plot_style import (
    CV_COLOR,
    HIGHLIGHT_COLOR,
    MARK_COLOR,
    TEST_COLOR,
    TRAIN_COLOR,
    hex_color,
)
from gui.validation_job import cv_name

translate = QCoreApplication.translate
# The CV-best star, in the legend and on the curves.
STAR = {"symbol": "star", "size": 16, "fill": HIGHLIGHT_COLOR, "edge": "#ffffff", "edge_width": 0.8}


def lambda_axis(
    mix: PenaltyMix, log_min: float = LOG_LAMBDA_MIN, log_max: float = LOG_LAMBDA_MAX
) -> Axis:
    """The log λ axis of the validation and path figures from 10^log_min to 10^log_max."""
    major, minor = lambda_ticks(log_min, log_max)
    pad = 0.02 * (log_max - log_min)
    return Axis(
        lambda_axis_title(mix),
        log_min - pad,
        log_max + pad,
        tuple(major),
        tuple(v for v, _ in minor),
    )


def legend_entries(cv_label: str) -> tuple[LegendEntry, ...]:
    """Train, test, the cross-validation named ``cv_label``, and the CV-best star."""
    return (
        LegendEntry(Line([], [], hex_color(TRAIN_COLOR), 2.0), translate("Figures", "train")),
        LegendEntry(Line([], [], hex_color(TEST_COLOR), 2.0), translate("Figures", "test")),
        LegendEntry(Line([], [], CV_COLOR, 2.0, True), cv_label),
        LegendEntry(
            Markers([], [], "star", 14, HIGHLIGHT_COLOR, "#ffffff", 0.8),
            translate("Figures", "CV best"),
        ),
    )


def validation_legend(v: ValidationData | None) -> tuple[LegendEntry, ...]:
    """Train, test, the cross-validation used, and the CV-best star."""
    return legend_entries(cv_name(None if v is None else v.plan))


def curve_line(x: np.ndarray, y: np.ndarray, color: str, dash: bool, top: float) -> Line:
    """An error curve as the panels draw it: finite points, clipped past the plot's top."""
    return Line(*curve_in_plot(x, y, top), color, 2.0, dash)


def degree_title(degree: int) -> str:
    """The title of a plot of the error against the degree, in the current language."""
    return translate("Figures", "Error vs degree at the current λ (dashed: D = {0})").format(degree)


def lambda_title(degree: int, lam: float) -> str:
    """The title of a plot of the error against λ at ``degree``, in the current language."""
    now = (
        translate("Figures", "λ off")
        if lam <= 0
        else translate("Figures", "λ = {0}").format(format_lambda(lam))
    )
    return translate("Figures", "Error vs λ at D = {0} (dashed: {1})").format(degree, now)


def side_by_side(plots: tuple[Plot, Plot], caption: str, legend: tuple[LegendEntry, ...]) -> Figure:
    """Two validation plots side by side, one legend above them."""
    return Figure(
        (Cell(plots[0], 0, 0), Cell(plots[1], 0, 1)),
        caption,
        aspect=0.42,
        design_width=1000.0,
        column_weights=(1.0, 1.0),
        legend=legend,
    )


def validation_plots(s: CurveSnapshot, legend_above: bool = False) -> tuple[Plot, Plot]:
    """RMSE against the degree and against λ, the current setting dashed, CV's best starred."""
    v = s.validation
    m = s.model
    mix, lam = penalty_mix(m.l1, m.l2)
    top = validation_top(v.null_rmse if v is not None else float("nan"))
    train, test = hex_color(TRAIN_COLOR), hex_color(TEST_COLOR)
    degree_items: list = []
    if v is not None and v.degree_curve is not None:
        c = v.degree_curve
        x = c.degrees.astype(float)
        degree_items.append(curve_line(x, c.train_rmse, train, False, top))
        degree_items.append(curve_line(x, c.test_rmse, test, False, top))
        if v.degree_cv is not None:
            cvx = np.arange(v.degree_cv.rmse.size, dtype=float)
            degree_items.append(curve_line(cvx, v.degree_cv.rmse, CV_COLOR, True, top))
            best = v.degree_cv.best_degree
            if best is not None:
                y = star_height(v.degree_cv.rmse[best], top)
                degree_items.append(Markers([best], [y], **STAR))
    degree_items.append(Rule(m.degree, True, MARK_COLOR, 1.5, True))
    legend = validation_legend(v) if legend_above else ()
    degree_plot = Plot(
        Axis(translate("Figures", "degree D"), -0.6, MAX_DEGREE + 0.6),
        Axis(translate("Figures", "RMSE"), 0.0, top),
        tuple(degree_items),
        title=degree_title(m.degree),
        legend=legend,
        legend_at="above",
    )
    lambda_items: list = []
    if v is not None and v.sweep is not None:
        lx = np.log10(v.sweep.lambdas)
        lambda_items.append(curve_line(lx, v.sweep.train_rmse, train, False, top))
        lambda_items.append(curve_line(lx, v.sweep.test_rmse, test, False, top))
        if v.cv is not None:
            lambda_items.append(curve_line(lx, v.cv.rmse, CV_COLOR, True, top))
            try:
                best = v.cv.best_index
            except ValueError:
                best = None
            if best is not None:
                y = star_height(v.cv.rmse[best], top)
                lambda_items.append(Markers([lx[best]], [y], **STAR))
    lambda_items.append(Rule(lambda_position(lam), True, MARK_COLOR, 1.5, True))
    lambda_plot = Plot(
        lambda_axis(mix),
        Axis(translate("Figures", "RMSE"), 0.0, top),
        tuple(lambda_items),
        title=lambda_title(m.degree, lam),
        legend=legend,
        legend_at="above",
    )
    return degree_plot, lambda_plot


def validation_figure(s: CurveSnapshot, caption: bool = True) -> Figure:
    """Both validation plots side by side, one legend above them."""
    figure = side_by_side(validation_plots(s), model_caption(s), validation_legend(s.validation))
    return finish(figure, caption)
