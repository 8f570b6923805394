"""The classifier's weights and validation curves as figures.

The weights as the weights panel draws them (the curve lab's bars: |w_k|
coloured by sign, exact zeros as rings, on the panel's linear or log
scale) with each feature named; the validation curves as the panel draws
them, side by side as the curve lab's validation figure
(:mod:`gui.figures.validation`, whose pieces they share): the error the
panel shows (cross-entropy in bits or error rate) against the degree and
against λ on the classifier's grid, the constant model's error fixing both
y axes, a dot at each computed value, the cross-validated curve along λ
with its minimum starred, the current setting dashed. Both are built from
a :class:`gui.figures.plane.PlaneSnapshot` and carry its caption.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication

from core.plane_features import MAX_PLANE_DEGREE
from core.validation import penalty_mix
from core.validation_curves import CvPlan
from gui.axes import lambda_position
from gui.figures.curves import magnitude_bars, sign_legend
from gui.figures.model import Axis, Cell, Figure, Markers, Plot, Rule
from gui.figures.plane import PlaneSnapshot, plane_caption
from gui.figures.snapshot import finish
from gui.figures.validation import (
    STAR,
    curve_line,
    degree_title,
    lambda_axis,
    lambda_title,
    legend_entries,
    side_by_side,
)
from gui.panel_numbers import star_height
from gui.plane_coefficients import MAX_NAMED_BARS, feature_ticks
from gui.plane_validation_job import (
    LOG_MAX,
    LOG_MIN,
    cv_measured,
    measure_name,
    measured,
    validation_top,
)
from gui.plot_style import CV_COLOR, MARK_COLOR, TEST_COLOR, TRAIN_COLOR, hex_color
from gui.validation_job import cv_name

translate = QCoreApplication.translate
# The dots on the validation curves, as the panel draws them.
DOT_SIZE = 4.0


# ---------------------------------------------------------------------- weights
def weights_plot(s: PlaneSnapshot) -> Plot:
    """|w_k| per feature as bars coloured by sign, exact zeros as rings, features named."""
    fit = s.fit
    coef = np.zeros(0) if fit is None else np.asarray(fit.coef, dtype=float)
    n = coef.size
    drawn, zeros, y_axis = magnitude_bars(coef, s.log_weights, translate("Figures", "|wₖ|"))
    major: list[tuple[float, str]] = []
    minor: list[tuple[float, str]] = []
    if fit is not None and n:
        major, minor = feature_ticks(n, fit.labels)
    if n > MAX_NAMED_BARS:
        label = translate("Figures", "feature (grouped by degree i + j)")
    else:
        label = translate("Figures", "feature φₖ = z₁ⁱ z₂ʲ")
    x_axis = Axis(label, -0.6, max(n - 1, 0) + 0.6, tuple(major), tuple(v for v, _ in minor))
    if n:
        title = translate(
            "Figures", "Weights at D = {0}: {1} of {2} exactly zero, largest |w| {3}"
        ).format(
            s.model.degree,
            int(np.count_nonzero(coef == 0)),
            n,
            f"{float(np.max(np.abs(coef))):.4g}",
        )
    else:
        title = translate("Figures", "No fit yet: add training points of both classes.")
    legend = sign_legend(translate("Figures", "wₖ > 0"), translate("Figures", "wₖ < 0"))
    return Plot(x_axis, y_axis, (drawn, zeros), title=title, legend=legend, legend_at="above")


def weights_figure(s: PlaneSnapshot, caption: bool = True) -> Figure:
    """The classifier's weights as a figure."""
    figure = Figure((Cell(weights_plot(s)),), plane_caption(s), aspect=0.5)
    return finish(figure, caption)


# ------------------------------------------------------------------- validation
def _scored(x: np.ndarray, y: np.ndarray, color: str, dash: bool, top: float) -> list:
    # A curve with a dot at each computed value, as the panel draws it.
    curve = curve_line(x, y, color, dash, top)
    return [curve, Markers(curve.x, curve.y, "o", DOT_SIZE, color, color, 1.0)]


def plane_validation_plots(s: PlaneSnapshot) -> tuple[Plot, Plot]:
    """The error against the degree and against λ, the current setting dashed, CV's best starred."""
    c, m, p = s.curves, s.model, s.points
    measure = "bits" if c is None else c.measure
    top = validation_top(p.label[~p.is_test], measure)
    train, test = hex_color(TRAIN_COLOR), hex_color(TEST_COLOR)
    y_title = measure_name(measure)
    degree_items: list = []
    if c is not None and c.degree is not None:
        x = c.degree.degrees.astype(float)
        train_y, test_y = measured(c.degree, measure)
        degree_items += _scored(x, train_y, train, False, top)
        degree_items += _scored(x, test_y, test, False, top)
    degree_items.append(Rule(m.degree, True, MARK_COLOR, 1.5, True))
    ticks = tuple((float(d), str(d)) for d in range(MAX_PLANE_DEGREE + 1))
    pad = 0.03 * MAX_PLANE_DEGREE
    degree_plot = Plot(
        Axis(translate("Figures", "degree D"), -pad, MAX_PLANE_DEGREE + pad, ticks),
        Axis(y_title, 0.0, top),
        tuple(degree_items),
        title=degree_title(m.degree),
    )
    mix, lam = penalty_mix(m.l1, m.l2)
    lambda_items: list = []
    if c is not None and c.lam is not None:
        curve, cv = c.lam.curve, c.lam.cv
        lx = np.log10(curve.lambdas)
        train_y, test_y = measured(curve, measure)
        lambda_items += _scored(lx, train_y, train, False, top)
        lambda_items += _scored(lx, test_y, test, False, top)
        if cv is not None:
            cv_y = cv_measured(cv, measure)
            lambda_items += _scored(lx, cv_y, CV_COLOR, True, top)
            try:
                best = cv.best_index
            except ValueError:
                best = None
            if best is not None:
                lambda_items.append(Markers([lx[best]], [star_height(cv_y[best], top)], **STAR))
    lambda_items.append(Rule(lambda_position(lam, LOG_MIN, LOG_MAX), True, MARK_COLOR, 1.5, True))
    lambda_plot = Plot(
        lambda_axis(mix, LOG_MIN, LOG_MAX),
        Axis(y_title, 0.0, top),
        tuple(lambda_items),
        title=lambda_title(m.degree, lam),
    )
    return degree_plot, lambda_plot


def plane_validation_figure(s: PlaneSnapshot, caption: bool = True) -> Figure:
    """Both validation plots of the classifier side by side, one legend above them."""
    c = s.curves
    folds = c.folds if c is not None else 0
    if c is not None and c.lam is not None and c.lam.cv is not None:
        folds = c.lam.cv.n_folds
    cv_label = cv_name(CvPlan(folds, False)) if folds else cv_name(None)
    figure = side_by_side(plane_validation_plots(s), plane_caption(s), legend_entries(cv_label))
    return finish(figure, caption)
