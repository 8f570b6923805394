"""The curve lab's figures: data plot, coefficients, regularization path, and all panels at once.

Every figure is built from a :class:`gui.figures.snapshot.CurveSnapshot`,
the numbers the panels show (points, fit, the data plot's view, background
results), never from the widgets, so no control, hover readout or selection
ring can end up in an export; what turns those numbers into a picture (axis
ranges, clipping, drop-outs, the legend's corner) is what the panels use
too (:mod:`gui.panel_numbers`). The validation curves are in
:mod:`gui.figures.validation`; every figure has the caption of
:func:`gui.figures.snapshot.model_caption`, stating the model.
"""

from __future__ import annotations

import dataclasses
import math

import numpy as np
from PySide6.QtCore import QCoreApplication

from core.datasets import true_function
from core.validation import penalty_mix
from gui.axes import asinh_ticks, index_ticks, lambda_position
from gui.figures.model import Axis, Bars, Cell, Figure, LegendEntry, Line, Markers, Plot, Rule
from gui.figures.snapshot import CurveSnapshot as CurveSnapshot
from gui.figures.snapshot import finish, model_caption
from gui.figures.snapshot import snapshot_of_window as snapshot_of_window
from gui.figures.validation import lambda_axis, validation_figure, validation_plots
from gui.labels import superscript_power
from gui.panel_numbers import (
    BOOTSTRAP_SAMPLES,
    CURVE_SAMPLES,
    CURVE_WEIGHT,
    clip_to_view,
    coefficient_bars,
    drop_points,
    legend_corner,
    path_scale,
)
from gui.plot_style import (
    FIT_COLOR,
    HIGHLIGHT_COLOR,
    MARK_COLOR,
    NEGATIVE_COLOR,
    POSITIVE_COLOR,
    TEST_COLOR,
    TRAIN_COLOR,
    TRUE_COLOR,
    ZERO_COLOR,
    ZERO_LINE_COLOR,
    hex_color,
    path_color,
)
from gui.variance_overlay import CURVE_ALPHA

translate = QCoreApplication.translate
# The legend box of the data plot, as fractions of the view: its width, and
# its height per row plus a margin (the figure's legend is laid out later).
LEGEND_WIDTH = 0.4
LEGEND_ROW_HEIGHT = 0.075
LEGEND_PADDING = 0.05
# Ticks of the log coefficient axis: at most about this many decades labelled.
MAX_DECADE_LABELS = 7
# The legend's sample of the faint bootstrap curves is less faint than they are.
LEGEND_FAINT_ALPHA = 0x90


# -------------------------------------------------------------------- data plot
def data_plot(s: CurveSnapshot) -> Plot:
    """The data plot: points, the fitted curve, the true function and bootstrap fits if shown."""
    (x0, x1), (y0, y1) = s.view
    grid = np.linspace(x0, x1, CURVE_SAMPLES)
    items: list = []
    legend: list[LegendEntry] = []
    p = s.points
    train = Markers(
        p.x[~p.is_test], p.y[~p.is_test], "o", 9, hex_color(TRAIN_COLOR), "#ffffff", 0.8
    )
    test = Markers(p.x[p.is_test], p.y[p.is_test], "o", 9, "", hex_color(TEST_COLOR), 2.0)
    legend.append(LegendEntry(train, translate("Figures", "Training points")))
    legend.append(LegendEntry(test, translate("Figures", "Test points (held out)")))
    if s.model.show_true_function:
        values = true_function(s.preset)(grid)
        true = Line(grid, clip_to_view(values, y0, y1), hex_color(TRUE_COLOR), 2.0, True)
        items.append(true)
    if s.bootstrap is not None:
        xs = np.linspace(x0, x1, BOOTSTRAP_SAMPLES)
        values = clip_to_view(s.bootstrap.predict(xs), y0, y1)
        rows = values.shape[0]
        bx = np.concatenate([np.append(xs, np.nan)] * rows)
        by = np.concatenate([np.append(row, np.nan) for row in values])
        faint = hex_color(FIT_COLOR) + f"{CURVE_ALPHA:02x}"
        items.append(Line(bx, by, faint, 1.0))
    curve_y = np.empty(0)
    if s.fit is not None:
        curve_y = clip_to_view(s.fit.predict(grid), y0, y1)
        fitted = Line(grid, curve_y, hex_color(FIT_COLOR), 2.5)
        items.append(fitted)
        legend.append(LegendEntry(fitted, translate("Figures", "Fitted polynomial")))
    else:
        legend.append(
            LegendEntry(
                Line([], [], hex_color(FIT_COLOR), 2.5), translate("Figures", "Fitted polynomial")
            )
        )
    if s.model.show_true_function:
        legend.append(LegendEntry(items[0], translate("Figures", "True function")))
    if s.bootstrap is not None:
        n = s.bootstrap.coef.shape[0]
        faint_entry = Line([], [], hex_color(FIT_COLOR) + f"{LEGEND_FAINT_ALPHA:02x}", 1.0)
        legend.append(
            LegendEntry(
                faint_entry,
                translate("Figures", "{0} bootstrap fits: the spread is the variance").format(n),
            )
        )
    items.extend([train, test])
    corner = s.legend_at or _free_corner(s, grid, curve_y, len(legend))
    return Plot(
        Axis("x", x0, x1),
        Axis("y", y0, y1),
        tuple(items),
        legend=tuple(legend),
        legend_at=corner,
        grid=True,
    )


def steady_legend(s: CurveSnapshot) -> CurveSnapshot:
    """``s`` with its legend corner chosen by the points alone, for frames of one animation.

    The points do not change along a sweep while the curve does: a legend
    placed by the points stays in one corner instead of jumping between frames.
    """
    rows = 3 + int(s.model.show_true_function) + int(s.bootstrap is not None)
    return dataclasses.replace(s, legend_at=_free_corner(s, np.empty(0), np.empty(0), rows))


def _free_corner(s: CurveSnapshot, gx: np.ndarray, gy: np.ndarray, rows: int) -> str:
    """The corner whose legend would cover the fewest points (the curve counts a little)."""
    (x0, x1), (y0, y1) = s.view
    p = s.points
    fx = np.concatenate([(p.x - x0) / (x1 - x0), (gx[: gy.size] - x0) / (x1 - x0)])
    fy = np.concatenate([(p.y - y0) / (y1 - y0), (gy - y0) / (y1 - y0)])
    weight = np.concatenate([np.ones(p.x.size), np.full(gy.size, CURVE_WEIGHT)])
    box = (LEGEND_WIDTH, min(0.9, LEGEND_ROW_HEIGHT * rows + LEGEND_PADDING))
    return legend_corner(fx, fy, weight, (1.0, 1.0), box)


def data_plot_figure(s: CurveSnapshot, caption: bool = True) -> Figure:
    """The data plot as a figure."""
    return finish(Figure((Cell(data_plot(s)),), model_caption(s), aspect=0.62), caption)


# ----------------------------------------------------------------- coefficients
def magnitude_bars(coef: np.ndarray, log: bool, label: str) -> tuple[Bars, Markers, Axis]:
    """Bars of |coef_k| at x = k coloured by sign, rings at exact zeros, and their y axis.

    As the coefficient panels draw them (:func:`gui.panel_numbers.coefficient_bars`),
    on a linear or a log10 scale; ``label`` is the y axis's title.
    """
    n = coef.size
    k = np.arange(n, dtype=float)
    nonzero = coef != 0
    colors = tuple(
        POSITIVE_COLOR if c > 0 else NEGATIVE_COLOR if c < 0 else ZERO_COLOR for c in coef
    )
    bars = coefficient_bars(coef, log)
    lo, top = bars.lo, bars.top
    # A little headroom so that the top tick label is not cut in half (as on screen).
    shown_top = top + 0.03 * (top - lo)
    if log:
        decades = range(math.ceil(lo), math.floor(top) + 1)
        step = max(1, math.ceil(len(decades) / MAX_DECADE_LABELS))
        ticks = tuple((float(e), superscript_power(e)) for e in decades if e % step == 0)
        y_axis = Axis(label, lo, shown_top, ticks)
    else:
        y_axis = Axis(label, lo, shown_top)
    drawn = Bars(k, bars.height, colors, y0=bars.y0)
    zeros = Markers(
        k[~nonzero], np.full(int((~nonzero).sum()), bars.zero_y), "o", 9, "", ZERO_COLOR, 1.6
    )
    return drawn, zeros, y_axis


def sign_legend(positive: str, negative: str) -> tuple[LegendEntry, ...]:
    """The legend of sign-coloured bars: ``positive``, ``negative`` and "exactly 0"."""
    return (
        LegendEntry(Bars([0], [1], (POSITIVE_COLOR,)), positive),
        LegendEntry(Bars([0], [1], (NEGATIVE_COLOR,)), negative),
        LegendEntry(
            Markers([], [], "o", 9, "", ZERO_COLOR, 1.6), translate("Figures", "exactly 0")
        ),
    )


def coefficient_plot(s: CurveSnapshot) -> Plot:
    """|coef_k| as bars coloured by sign, exact zeros as rings (linear or log scale)."""
    coef = np.zeros(0) if s.fit is None else np.asarray(s.fit.coef, dtype=float)
    n = coef.size
    degree = max(n - 1, 0)
    mag = np.abs(coef)
    nonzero = coef != 0
    drawn, zeros, y_axis = magnitude_bars(coef, s.log_coefficients, translate("Figures", "|coefₖ|"))
    major, minor = index_ticks(degree)
    x_axis = Axis(
        translate("Figures", "k (coefₖ multiplies φₖ(z))"),
        -0.6,
        degree + 0.6,
        tuple(major),
        tuple(v for v, _ in minor),
    )
    legend = sign_legend(translate("Figures", "coefₖ > 0"), translate("Figures", "coefₖ < 0"))
    if n:
        title = translate(
            "Figures", "Coefficients at D = {0}: {1} of {2} exactly zero, largest |coef| {3}"
        ).format(degree, int((~nonzero).sum()), n, f"{float(mag.max()):.4g}")
    else:
        title = translate("Figures", "No fit yet: add training points.")
    return Plot(x_axis, y_axis, (drawn, zeros), title=title, legend=legend, legend_at="above")


def coefficient_figure(s: CurveSnapshot, caption: bool = True) -> Figure:
    """The coefficient bars as a figure."""
    plot = coefficient_plot(s)
    return finish(Figure((Cell(plot),), model_caption(s), aspect=0.5), caption)


# ------------------------------------------------------------------------- path
def path_plot(s: CurveSnapshot) -> Plot:
    """Every coefficient against λ (log axis), drop-outs to exactly 0 crossed."""
    m = s.model
    mix, lam = penalty_mix(m.l1, m.l2)
    coef = s.path
    items: list = [Rule(0.0, False, ZERO_LINE_COLOR, 1.0)]
    n = 0 if coef is None else coef.shape[1]
    y_axis = Axis(translate("Figures", "coefₖ"), -1.0, 1.0)
    if coef is not None and n:
        lx = np.log10(s.lambdas)
        scale = path_scale(coef, s.lambdas, lam, s.path_asinh)
        values, top = scale.transform(coef), scale.top
        if scale.asinh:
            major, minor = asinh_ticks(scale.scale, float(np.max(np.abs(coef))))
            y_axis = Axis(
                translate("Figures", "coefₖ"), -top, top, tuple(major), tuple(v for v, _ in minor)
            )
        else:
            y_axis = Axis(translate("Figures", "coefₖ"), -top, top)
        for k in range(n):
            items.append(
                Line(lx, np.clip(values[:, k], -scale.bound, scale.bound), path_color(k, n), 1.6)
            )
        drops, _ = drop_points(s.lambdas, coef, 0 if m.penalize_intercept else 1)
        items.append(
            Markers(np.log10(drops), np.zeros(drops.size), "x", 10, "", HIGHLIGHT_COLOR, 1.5)
        )
    items.append(Rule(lambda_position(lam), True, MARK_COLOR, 1.5, True))
    legend = (
        LegendEntry(Line([], [], path_color(0, 2), 2.0), translate("Figures", "k = 0")),
        LegendEntry(
            Line([], [], path_color(1, 2), 2.0), translate("Figures", "k = {0}").format(m.degree)
        ),
        LegendEntry(
            Markers([], [], "x", 10, "", HIGHLIGHT_COLOR, 1.5),
            translate("Figures", "drops to exactly 0"),
        ),
    )
    title = translate("Figures", "Path of the {0} coefficients at D = {1}").format(
        m.degree + 1, m.degree
    )
    return Plot(
        lambda_axis(mix), y_axis, tuple(items), title=title, legend=legend, legend_at="above"
    )


def path_figure(s: CurveSnapshot, caption: bool = True) -> Figure:
    """The regularization path as a figure."""
    return finish(Figure((Cell(path_plot(s)),), model_caption(s), aspect=0.55), caption)


# ----------------------------------------------------------------------- window
def lab_figure(s: CurveSnapshot, caption: bool = True) -> Figure:
    """The whole curve lab: data plot, coefficients, path and both validation plots."""
    degree_plot, lambda_plot = validation_plots(s, legend_above=True)
    figure = Figure(
        (
            Cell(data_plot(s), 0, 0, 2, 1),
            Cell(coefficient_plot(s), 0, 1),
            Cell(path_plot(s), 1, 1),
            Cell(degree_plot, 0, 2),
            Cell(lambda_plot, 1, 2),
        ),
        model_caption(s),
        aspect=0.56,
        design_width=1500.0,
        column_weights=(1.25, 1.0, 1.0),
        row_weights=(1.0, 1.0),
    )
    return finish(figure, caption)


BUILDERS = {
    "plot": data_plot_figure,
    "coefficients": coefficient_figure,
    "validation": validation_figure,
    "path": path_figure,
    "window": lab_figure,
}
