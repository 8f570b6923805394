"""The curve lab's figures: data plot, coefficients, validation curves, path, and all four.

Every figure is built from a :class:`CurveSnapshot`, the numbers the panels
show (points, fit, the data plot's view, background results), never from
the widgets, so no control, hover readout or selection ring can end up in
an export. :func:`snapshot_of_window` takes the snapshot from the live
window; :func:`snapshot_at` computes the same numbers for other model
settings (synchronously, with :mod:`core`), which is how sweeps render
their frames. The caption states the model: degree, basis, λ₁, λ₂, the
numbers of training and test points and both RMSEs.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication

from core.datasets import true_function
from core.points_csv import PointTable
from core.polyfit import MAX_DEGREE, Domain, FitResult, reduce
from core.settings import ModelSettings
from core.validation import (
    DEFAULT_FOLDS,
    BootstrapFits,
    BootstrapSamples,
    CrossValidation,
    DegreeCurve,
    LambdaSweep,
    bootstrap_fits,
    bootstrap_samples,
    coef_grid,
    lambda_grid,
    penalty_mix,
)
from core.validation_curves import CvPlan, DegreeCv, ValidationRequest, compute_curves, plan_cv
from gui.axes import (
    LOG_LAMBDA_MAX,
    LOG_LAMBDA_MIN,
    asinh_ticks,
    format_lambda,
    index_ticks,
    lambda_axis_title,
    lambda_position,
    lambda_ticks,
    nice_ceiling,
)
from gui.figures.model import (
    Axis,
    Bars,
    Cell,
    Figure,
    LegendEntry,
    Line,
    Markers,
    Plot,
    Rule,
)
from gui.labels import superscript_power
from gui.plot_style import (
    CLIP_FACTOR,
    CV_COLOR,
    FIT_COLOR,
    HIGHLIGHT_COLOR,
    MARK_COLOR,
    TEST_COLOR,
    TRAIN_COLOR,
    TRUE_COLOR,
)
from gui.state import prepare_session
from gui.variance_overlay import BOOTSTRAP_SEED, CURVE_ALPHA

if TYPE_CHECKING:
    from gui.main_window import MainWindow

translate = QCoreApplication.translate
POSITIVE_COLOR = "#4C72B0"
NEGATIVE_COLOR = "#DD8452"
ZERO_COLOR = "#404040"
CURVE_SAMPLES = 1500
BOOTSTRAP_SAMPLES = 400
#: Validation y axes reach this far above the constant model's error (as on screen).
HEADROOM = 1.6
#: Panels of the curve lab that have a figure, in menu order.
CURVE_PANELS = ("plot", "coefficients", "validation", "path", "window")


def _hex(color: object) -> str:
    return pg.mkColor(color).name()


@dataclass(frozen=True, eq=False)
class ValidationData:
    """The validation curves a figure draws (what the panel has computed)."""

    degree_curve: DegreeCurve | None
    degree_cv: DegreeCv | None
    sweep: LambdaSweep | None
    cv: CrossValidation | None
    plan: CvPlan | None
    null_rmse: float


@dataclass(frozen=True, eq=False)
class CurveSnapshot:
    """Every number the curve lab's figures draw, at one model setting.

    ``view`` is the data plot's ((x0, x1), (y0, y1)); ``bootstrap`` the
    bootstrap fits when the variance overlay is on; ``validation`` and
    ``path`` the background results (None when not computed).
    """

    points: PointTable
    domain: Domain
    model: ModelSettings
    preset: str
    fit: FitResult | None
    view: tuple[tuple[float, float], tuple[float, float]]
    bootstrap: BootstrapFits | None = None
    bootstrap_samples: BootstrapSamples | None = None
    validation: ValidationData | None = None
    path: np.ndarray | None = None
    lambdas: np.ndarray = dataclasses.field(default_factory=lambda: lambda_grid())
    log_coefficients: bool = False
    path_asinh: bool = False
    folds: int = DEFAULT_FOLDS
    leave_one_out: bool = False
    #: Where the data plot's legend goes; None: the corner covering the fewest points.
    legend_at: str | None = None


# -------------------------------------------------------------------- snapshots
def snapshot_of_window(window: MainWindow) -> CurveSnapshot:
    """The curve lab as the window shows it now (wait for its panels first)."""
    state = window.state
    validation = None
    panel = window.validation_panel
    curves, lam = panel.degree_curves, panel.lambda_curves
    scale = panel.results.value("scale")
    if curves is not None or lam is not None:
        validation = ValidationData(
            degree_curve=None if curves is None else curves.errors,
            degree_cv=None if curves is None else curves.cv,
            sweep=None if lam is None else lam.sweep,
            cv=None if lam is None else lam.cv,
            plan=None if lam is None else lam.plan,
            null_rmse=float(scale) if scale is not None else math.nan,
        )
    overlay = window.variance_overlay
    (x0, x1), (y0, y1) = window.plot.getPlotItem().vb.viewRange()
    return CurveSnapshot(
        points=state.points,
        domain=state.domain,
        model=state.model,
        preset=state.generator.preset,
        fit=state.fit,
        view=((float(x0), float(x1)), (float(y0), float(y1))),
        bootstrap=overlay.fits if overlay.enabled else None,
        bootstrap_samples=overlay.results.value("samples") if overlay.enabled else None,
        validation=validation,
        path=window.path_panel.coef,
        lambdas=window.path_panel.lambdas,
        log_coefficients=window.coefficient_panel.log_scale.isChecked(),
        path_asinh=window.path_panel.asinh_check.isChecked(),
        folds=panel.folds_spin.value(),
        leave_one_out=panel.loo_check.isChecked(),
    )


class SnapshotSeries:
    """Snapshots of one session at other model settings, sharing the costly reductions.

    The QR reductions of the points (and the bootstrap resamples) depend on
    the points only; each :meth:`at` solves the model's problems afresh.
    ``needs`` names the panels whose numbers are computed: "plot",
    "coefficients", "validation", "path" (or "window" for all).
    """

    def __init__(self, base: CurveSnapshot, needs: str) -> None:
        self._base = base
        self._needs = set(CURVE_PANELS[:-1]) if needs == "window" else {needs}
        self._prepared: dict[str, object] = {}
        self._data = None
        self._samples = base.bootstrap_samples

    def at(self, model: ModelSettings) -> CurveSnapshot:
        """The snapshot with ``model`` in place of the base's model settings."""
        from core.session_file import SessionData

        b = self._base
        session = SessionData(domain=(b.domain.lo, b.domain.hi), points=b.points, model=model)
        prepared = prepare_session(session)
        fit = prepared.fit
        bootstrap = None
        n_train = 0 if fit is None else fit.n_train
        if b.bootstrap is not None and "plot" in self._needs and n_train:
            if self._samples is None:
                p = b.points
                train = ~p.is_test
                self._samples = bootstrap_samples(
                    p.x[train], p.y[train], b.bootstrap.coef.shape[0], model.basis, b.domain,
                    BOOTSTRAP_SEED,
                )  # fmt: skip
            bootstrap = bootstrap_fits(
                self._samples, model.degree, model.l1, model.l2, model.penalize_intercept
            )
        validation = None
        mix, _ = penalty_mix(model.l1, model.l2)
        if "validation" in self._needs and n_train:
            plan = plan_cv(n_train, b.folds, b.leave_one_out, mix)
            request = ValidationRequest(
                points=b.points,
                basis=model.basis,
                domain=b.domain,
                degree=model.degree,
                l1=model.l1,
                l2=model.l2,
                penalize_intercept=model.penalize_intercept,
                mix=mix,
                lambdas=b.lambdas,
                cv=plan,
                data=self._data,
                folds=None,
                want_degree=True,
                want_lambda=True,
            )
            out = compute_curves(request)
            self._data = out.data
            validation = ValidationData(
                out.degree_curve, out.degree_cv, out.sweep, out.cv, plan, out.null_rmse
            )
        path = None
        if "path" in self._needs and n_train:
            p = b.points
            train = ~p.is_test
            reduced = reduce(p.x[train], p.y[train], model.degree, model.basis, b.domain)
            path = coef_grid(reduced, b.lambdas, mix, model.penalize_intercept)
        return dataclasses.replace(
            b,
            model=model,
            fit=fit,
            bootstrap=bootstrap,
            bootstrap_samples=self._samples,
            validation=validation,
            path=path,
        )


def snapshot_at(base: CurveSnapshot, model: ModelSettings, needs: str = "window") -> CurveSnapshot:
    """``base`` with other model settings, every number recomputed (see :class:`SnapshotSeries`)."""
    return SnapshotSeries(base, needs).at(model)


# ---------------------------------------------------------------------- caption
def _number(value: float | None) -> str:
    if value is None or not math.isfinite(value):
        return "—"
    # An interpolating fit's error is rounding noise: say so rather than print 3.9e-15.
    return "< 1e-10" if value < 1e-10 else f"{value:.4g}"


def _strength(value: float) -> str:
    return "0" if value == 0 else f"{value:.4g}"


def model_caption(s: CurveSnapshot) -> str:
    """One line stating the model: degree, basis, λ₁, λ₂, N train / N test, both RMSEs."""
    m = s.model
    basis = (
        translate("Figures", "monomial")
        if m.basis == "monomial"
        else translate("Figures", "Legendre")
    )
    fit = s.fit
    n_test = int(np.count_nonzero(s.points.is_test))
    n_train = s.points.x.size - n_test
    train = None if fit is None else math.sqrt(fit.train_mse)
    test = None if fit is None or fit.test_mse is None else math.sqrt(fit.test_mse)
    text = translate(
        "Figures",
        "Degree {degree}, {basis} basis · λ₁ = {l1} · λ₂ = {l2} · N train {n_train} / "
        "N test {n_test} · RMSE train {train} / test {test}",
    ).format(
        degree=m.degree,
        basis=basis,
        l1=_strength(m.l1),
        l2=_strength(m.l2),
        n_train=n_train,
        n_test=n_test,
        train=_number(train),
        test=_number(test),
    )
    if m.penalize_intercept:
        text += " · " + translate("Figures", "intercept penalized")
    return text


def _finish(figure: Figure, caption: bool) -> Figure:
    return figure if caption else figure.without_caption()


# -------------------------------------------------------------------- data plot
def data_plot(s: CurveSnapshot) -> Plot:
    """The data plot: points, the fitted curve, the true function and bootstrap fits if shown."""
    (x0, x1), (y0, y1) = s.view
    span = max(y1 - y0, 1e-12)
    grid = np.linspace(x0, x1, CURVE_SAMPLES)
    items: list = []
    legend: list[LegendEntry] = []
    p = s.points
    train = Markers(p.x[~p.is_test], p.y[~p.is_test], "o", 9, _hex(TRAIN_COLOR), "#ffffff", 0.8)
    test = Markers(p.x[p.is_test], p.y[p.is_test], "o", 9, "", _hex(TEST_COLOR), 2.0)
    legend.append(LegendEntry(train, translate("Figures", "Training points")))
    legend.append(LegendEntry(test, translate("Figures", "Test points (held out)")))
    if s.model.show_true_function:
        values = true_function(s.preset)(grid)
        true = Line(grid, np.clip(values, y0 - span, y1 + span), _hex(TRUE_COLOR), 2.0, True)
        items.append(true)
    if s.bootstrap is not None:
        xs = np.linspace(x0, x1, BOOTSTRAP_SAMPLES)
        values = np.clip(s.bootstrap.predict(xs), y0 - span, y1 + span)
        rows = values.shape[0]
        bx = np.concatenate([np.append(xs, np.nan)] * rows)
        by = np.concatenate([np.append(row, np.nan) for row in values])
        faint = _hex(FIT_COLOR) + f"{CURVE_ALPHA:02x}"
        items.append(Line(bx, by, faint, 1.0))
    curve_y = np.empty(0)
    if s.fit is not None:
        curve_y = np.clip(s.fit.predict(grid), y0 - span, y1 + span)
        fitted = Line(grid, curve_y, _hex(FIT_COLOR), 2.5)
        items.append(fitted)
        legend.append(LegendEntry(fitted, translate("Figures", "Fitted polynomial")))
    else:
        legend.append(
            LegendEntry(
                Line([], [], _hex(FIT_COLOR), 2.5), translate("Figures", "Fitted polynomial")
            )
        )
    if s.model.show_true_function:
        legend.append(LegendEntry(items[0], translate("Figures", "True function")))
    if s.bootstrap is not None:
        n = s.bootstrap.coef.shape[0]
        faint_entry = Line([], [], _hex(FIT_COLOR) + "90", 1.0)
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
    weight = np.concatenate([np.ones(p.x.size), np.full(gy.size, 0.05)])
    box_w, box_h = 0.4, min(0.9, 0.075 * rows + 0.05)
    best, fewest = "top-right", math.inf
    for corner in ("top-right", "top-left", "bottom-right", "bottom-left"):
        lo_x = 1 - box_w if "right" in corner else 0.0
        lo_y = 1 - box_h if "top" in corner else 0.0
        inside = (fx >= lo_x) & (fx <= lo_x + box_w) & (fy >= lo_y) & (fy <= lo_y + box_h)
        count = float(weight[inside].sum())
        if count < fewest:
            best, fewest = corner, count
    return best


def data_plot_figure(s: CurveSnapshot, caption: bool = True) -> Figure:
    """The data plot as a figure."""
    return _finish(Figure((Cell(data_plot(s)),), model_caption(s), aspect=0.62), caption)


# ----------------------------------------------------------------- coefficients
def coefficient_plot(s: CurveSnapshot) -> Plot:
    """|coef_k| as bars coloured by sign, exact zeros as rings (linear or log scale)."""
    coef = np.zeros(0) if s.fit is None else np.asarray(s.fit.coef, dtype=float)
    n = coef.size
    degree = max(n - 1, 0)
    k = np.arange(n, dtype=float)
    mag = np.abs(coef)
    nonzero = coef != 0
    colors = tuple(
        POSITIVE_COLOR if c > 0 else NEGATIVE_COLOR if c < 0 else ZERO_COLOR for c in coef
    )
    if s.log_coefficients:
        if nonzero.any():
            high = math.log10(float(mag[nonzero].max()))
            low = math.log10(float(mag[nonzero].min()))
            base = max(math.floor(low) - 0.5, math.floor(high) - 16)
            top = math.ceil((high + 0.05) * 2) / 2
        else:
            base, top = -1.0, 1.0
        height = np.where(nonzero, np.log10(np.where(nonzero, mag, 1.0)) - base, 0.0)
        y0 = np.full(n, base)
        mark_y = base + 0.02 * (top - base)
        decades = range(math.ceil(base), math.floor(top) + 1)
        step = max(1, math.ceil(len(decades) / 7))
        ticks = tuple((float(e), superscript_power(e)) for e in decades if e % step == 0)
        y_axis = Axis(translate("Figures", "|coefₖ|"), base, top + 0.03 * (top - base), ticks)
    else:
        top = nice_ceiling(float(mag.max()) * 1.04) if n else 1.0
        height, y0 = mag, np.zeros(n)
        mark_y = 0.02 * top
        y_axis = Axis(translate("Figures", "|coefₖ|"), 0.0, top * 1.03)
    major, minor = index_ticks(degree)
    x_axis = Axis(
        translate("Figures", "k (coefₖ multiplies φₖ(z))"),
        -0.6,
        degree + 0.6,
        tuple(major),
        tuple(v for v, _ in minor),
    )
    bars = Bars(k, height, colors, y0=y0)
    zeros = Markers(
        k[~nonzero], np.full(int((~nonzero).sum()), mark_y), "o", 9, "", ZERO_COLOR, 1.6
    )
    legend = (
        LegendEntry(Bars([0], [1], (POSITIVE_COLOR,)), translate("Figures", "coefₖ > 0")),
        LegendEntry(Bars([0], [1], (NEGATIVE_COLOR,)), translate("Figures", "coefₖ < 0")),
        LegendEntry(
            Markers([], [], "o", 9, "", ZERO_COLOR, 1.6), translate("Figures", "exactly 0")
        ),
    )
    if n:
        title = translate(
            "Figures", "Coefficients at D = {0}: {1} of {2} exactly zero, largest |coef| {3}"
        ).format(degree, int((~nonzero).sum()), n, f"{float(mag.max()):.4g}")
    else:
        title = translate("Figures", "No fit yet: add training points.")
    return Plot(x_axis, y_axis, (bars, zeros), title=title, legend=legend, legend_at="above")


def coefficient_figure(s: CurveSnapshot, caption: bool = True) -> Figure:
    """The coefficient bars as a figure."""
    plot = coefficient_plot(s)
    return _finish(Figure((Cell(plot),), model_caption(s), aspect=0.5), caption)


# ------------------------------------------------------------------- validation
def _cv_name(plan: CvPlan | None) -> str:
    if plan is None:
        return translate("Figures", "CV")
    if plan.leave_one_out:
        return translate("Figures", "leave-one-out CV")
    return translate("Figures", "{0}-fold CV").format(plan.n_folds)


def _validation_legend(v: ValidationData | None) -> tuple[LegendEntry, ...]:
    return (
        LegendEntry(Line([], [], _hex(TRAIN_COLOR), 2.0), translate("Figures", "train")),
        LegendEntry(Line([], [], _hex(TEST_COLOR), 2.0), translate("Figures", "test")),
        LegendEntry(Line([], [], CV_COLOR, 2.0, True), _cv_name(None if v is None else v.plan)),
        LegendEntry(
            Markers([], [], "star", 14, HIGHLIGHT_COLOR, "#ffffff", 0.8),
            translate("Figures", "CV best"),
        ),
    )


def _finite_line(x: np.ndarray, y: np.ndarray, color: str, dash: bool, top: float) -> Line:
    keep = np.isfinite(y)
    return Line(x[keep], np.clip(y[keep], 0.0, CLIP_FACTOR * top), color, 2.0, dash)


def validation_plots(s: CurveSnapshot, legend_above: bool = False) -> tuple[Plot, Plot]:
    """RMSE against the degree and against λ, the current setting dashed, CV's best starred."""
    v = s.validation
    m = s.model
    mix, lam = penalty_mix(m.l1, m.l2)
    top = HEADROOM * (v.null_rmse if v is not None else math.nan)
    top = top if math.isfinite(top) and top > 0 else 1.0
    star = dict(symbol="star", size=16, fill=HIGHLIGHT_COLOR, edge="#ffffff", edge_width=0.8)
    degree_items: list = []
    if v is not None and v.degree_curve is not None:
        c = v.degree_curve
        x = c.degrees.astype(float)
        degree_items.append(_finite_line(x, c.train_rmse, _hex(TRAIN_COLOR), False, top))
        degree_items.append(_finite_line(x, c.test_rmse, _hex(TEST_COLOR), False, top))
        if v.degree_cv is not None:
            cvx = np.arange(v.degree_cv.rmse.size, dtype=float)
            degree_items.append(_finite_line(cvx, v.degree_cv.rmse, CV_COLOR, True, top))
            best = v.degree_cv.best_degree
            if best is not None:
                y = min(float(v.degree_cv.rmse[best]), 0.98 * top)
                degree_items.append(Markers([best], [y], **star))
    degree_items.append(Rule(m.degree, True, MARK_COLOR, 1.5, True))
    legend = _validation_legend(v) if legend_above else ()
    degree_plot = Plot(
        Axis(translate("Figures", "degree D"), -0.6, MAX_DEGREE + 0.6),
        Axis(translate("Figures", "RMSE"), 0.0, top),
        tuple(degree_items),
        title=translate("Figures", "Error vs degree at the current λ (dashed: D = {0})").format(
            m.degree
        ),
        legend=legend,
        legend_at="above",
    )
    lambda_items: list = []
    if v is not None and v.sweep is not None:
        lx = np.log10(v.sweep.lambdas)
        lambda_items.append(_finite_line(lx, v.sweep.train_rmse, _hex(TRAIN_COLOR), False, top))
        lambda_items.append(_finite_line(lx, v.sweep.test_rmse, _hex(TEST_COLOR), False, top))
        if v.cv is not None:
            lambda_items.append(_finite_line(lx, v.cv.rmse, CV_COLOR, True, top))
            try:
                best = v.cv.best_index
            except ValueError:
                best = None
            if best is not None:
                y = min(float(v.cv.rmse[best]), 0.98 * top)
                lambda_items.append(Markers([lx[best]], [y], **star))
    lambda_items.append(Rule(lambda_position(lam), True, MARK_COLOR, 1.5, True))
    now = (
        translate("Figures", "λ off")
        if lam <= 0
        else translate("Figures", "λ = {0}").format(format_lambda(lam))
    )
    major, minor = lambda_ticks()
    pad = 0.02 * (LOG_LAMBDA_MAX - LOG_LAMBDA_MIN)
    lambda_plot = Plot(
        Axis(
            lambda_axis_title(mix),
            LOG_LAMBDA_MIN - pad,
            LOG_LAMBDA_MAX + pad,
            tuple(major),
            tuple(v for v, _ in minor),
        ),
        Axis(translate("Figures", "RMSE"), 0.0, top),
        tuple(lambda_items),
        title=translate("Figures", "Error vs λ at D = {0} (dashed: {1})").format(m.degree, now),
        legend=legend,
        legend_at="above",
    )
    return degree_plot, lambda_plot


def validation_figure(s: CurveSnapshot, caption: bool = True) -> Figure:
    """Both validation plots side by side, one legend above them."""
    degree_plot, lambda_plot = validation_plots(s)
    figure = Figure(
        (Cell(degree_plot, 0, 0), Cell(lambda_plot, 0, 1)),
        model_caption(s),
        aspect=0.42,
        design_width=1000.0,
        column_weights=(1.0, 1.0),
        legend=_validation_legend(s.validation),
    )
    return _finish(figure, caption)


# ------------------------------------------------------------------------- path
def path_plot(s: CurveSnapshot) -> Plot:
    """Every coefficient against λ (log axis), drop-outs to exactly 0 crossed."""
    m = s.model
    mix, lam = penalty_mix(m.l1, m.l2)
    major, minor = lambda_ticks()
    pad = 0.02 * (LOG_LAMBDA_MAX - LOG_LAMBDA_MIN)
    x_axis = Axis(
        lambda_axis_title(mix),
        LOG_LAMBDA_MIN - pad,
        LOG_LAMBDA_MAX + pad,
        tuple(major),
        tuple(v for v, _ in minor),
    )
    coef = s.path
    items: list = [Rule(0.0, False, "#999999", 1.0)]
    cmap = pg.colormap.get("viridis")
    n = 0 if coef is None else coef.shape[1]
    y_axis = Axis(translate("Figures", "coefₖ"), -1.0, 1.0)
    if coef is not None and n:
        lx = np.log10(s.lambdas)
        biggest = float(np.max(np.abs(coef)))
        if s.path_asinh:
            scale = 10.0 ** math.floor(math.log10(max(biggest, 1e-300) * 1e-6))
            top = math.asinh(biggest / scale) * 1.05 if biggest > 0 else 1.0
            values = np.arcsinh(coef / scale)
            amajor, aminor = asinh_ticks(scale, biggest)
            y_axis = Axis(
                translate("Figures", "coefₖ"), -top, top, tuple(amajor), tuple(v for v, _ in aminor)
            )
            bound = top
        else:
            tail = coef[s.lambdas >= lam] if lam > 0 else coef
            if tail.size == 0:
                tail = coef[-1:]
            top = nice_ceiling(float(np.max(np.abs(tail))) * 1.1)
            values = coef
            y_axis = Axis(translate("Figures", "coefₖ"), -top, top)
            bound = CLIP_FACTOR * top
        for k in range(n):
            c = cmap.map(0.9 * k / max(n - 1, 1), mode="qcolor").name()
            items.append(Line(lx, np.clip(values[:, k], -bound, bound), c, 1.6))
        first = 0 if m.penalize_intercept else 1
        drops = []
        for k in range(first, n):
            nonzero = np.flatnonzero(coef[:, k] != 0)
            if nonzero.size and nonzero[-1] + 1 < s.lambdas.size:
                drops.append(lx[nonzero[-1] + 1])
        items.append(Markers(drops, np.zeros(len(drops)), "x", 10, "", HIGHLIGHT_COLOR, 1.5))
    items.append(Rule(lambda_position(lam), True, MARK_COLOR, 1.5, True))
    first_color = cmap.map(0.0, mode="qcolor").name()
    last_color = cmap.map(0.9, mode="qcolor").name()
    legend = (
        LegendEntry(Line([], [], first_color, 2.0), translate("Figures", "k = 0")),
        LegendEntry(
            Line([], [], last_color, 2.0), translate("Figures", "k = {0}").format(m.degree)
        ),
        LegendEntry(
            Markers([], [], "x", 10, "", HIGHLIGHT_COLOR, 1.5),
            translate("Figures", "drops to exactly 0"),
        ),
    )
    title = translate("Figures", "Path of the {0} coefficients at D = {1}").format(
        m.degree + 1, m.degree
    )
    return Plot(x_axis, y_axis, tuple(items), title=title, legend=legend, legend_at="above")


def path_figure(s: CurveSnapshot, caption: bool = True) -> Figure:
    """The regularization path as a figure."""
    return _finish(Figure((Cell(path_plot(s)),), model_caption(s), aspect=0.55), caption)


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
    return _finish(figure, caption)


BUILDERS = {
    "plot": data_plot_figure,
    "coefficients": coefficient_figure,
    "validation": validation_figure,
    "path": path_figure,
    "window": lab_figure,
}
