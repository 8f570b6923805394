"""The numbers a curve-lab figure draws, taken from the window or computed for other settings.

A :class:`CurveSnapshot` holds every number the curve lab's figures draw:
the points, the fit, the data plot's view and the panels' background
results. :func:`snapshot_of_window` reads them from the live window, each
background result only if it is current (a panel computes for an export
whether it is on screen or not, see :meth:`MainWindow.wait_for_panels`), so
an export never shows curves of a setting the user has left.
:class:`SnapshotSeries` computes the same numbers synchronously, with
:mod:`core`, for other model settings: the frames of a sweep.
:func:`model_caption` states the model under every curve-lab figure.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QCoreApplication

from core.points_csv import PointTable
from core.polyfit import MAX_DEGREE, Domain, FitResult, result_from_coef, solve_with_info
from core.settings import ModelSettings
from core.validation import (
    DEFAULT_FOLDS,
    BootstrapFits,
    BootstrapSamples,
    CrossValidation,
    DegreeCurve,
    LambdaSweep,
    TrainTest,
    bootstrap_fits,
    bootstrap_samples,
    coef_grid,
    lambda_grid,
    penalty_mix,
    reduce_split,
)
from core.validation_curves import CvPlan, DegreeCv, ValidationRequest
from gui.background import same_key
from gui.validation_job import validation_job, validation_setting
from gui.variance_overlay import BOOTSTRAP_SEED

if TYPE_CHECKING:
    from gui.figures.model import Figure
    from gui.main_window import MainWindow

translate = QCoreApplication.translate
# Panels of the curve lab that have a figure, in menu order ("window" is all of them).
CURVE_PANELS = ("plot", "coefficients", "validation", "path", "window")


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
    # Where the data plot's legend goes; None: the corner covering the fewest points.
    legend_at: str | None = None


# -------------------------------------------------------------------- snapshots
def snapshot_of_window(window: MainWindow) -> CurveSnapshot:
    """The curve lab as the window has computed it (wait for its panels first).

    Background results are read only where they are current: a curve the
    panels have not (yet) computed for this setting is left out, never one
    of an older setting.
    """
    state = window.state
    panel = window.curve_lab.validation
    results = panel.results
    degree, lam, scale = results.value("degree"), results.value("lambda"), results.value("scale")
    validation = None
    if degree is not None or lam is not None:
        validation = ValidationData(
            degree_curve=None if degree is None else degree.errors,
            degree_cv=None if degree is None else degree.cv,
            sweep=None if lam is None else lam.sweep,
            cv=None if lam is None else lam.cv,
            plan=None if lam is None else lam.plan,
            null_rmse=float(scale) if scale is not None else math.nan,
        )
    overlay = window.curve_lab.variance_overlay
    (x0, x1), (y0, y1) = window.curve_lab.plot.getPlotItem().vb.viewRange()
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
        path=window.curve_lab.path.results.value("path"),
        lambdas=window.curve_lab.path.lambdas,
        log_coefficients=window.curve_lab.coefficients.log_scale.isChecked(),
        path_asinh=window.curve_lab.path.asinh_check.isChecked(),
        folds=panel.folds_spin.value(),
        leave_one_out=panel.loo_check.isChecked(),
    )


class SnapshotSeries:
    """Snapshots of one session at other model settings, sharing what the settings leave alone.

    The QR reductions of the training and test points are made once, at
    the highest degree, and truncated to each frame's degree; the bootstrap
    resamples and the CV folds are reduced once too. Like the panels, a
    frame reuses the validation curves and the path its setting does not
    change: along a degree sweep the curves against the degree, along a λ
    sweep of one penalty the curves against λ and the path. ``needs`` names
    the panels whose numbers are computed: "plot", "coefficients",
    "validation", "path" (or "window" for all).
    """

    def __init__(self, base: CurveSnapshot, needs: str) -> None:
        self._base = base
        self._needs = set(CURVE_PANELS[:-1]) if needs == "window" else {needs}
        self._data: tuple[str, TrainTest] | None = None  # (basis, reductions)
        self._samples = base.bootstrap_samples
        self._folds = None
        self._null_rmse = math.nan
        # Validation parts and the path, each with the key it was computed for.
        self._parts: dict[str, tuple[tuple, Any]] = {}

    def at(self, model: ModelSettings) -> CurveSnapshot:
        """The snapshot with ``model`` in place of the base's model settings."""
        b = self._base
        data = self._reductions(model.basis)
        n_train, n_test = data.train.n_samples, data.test.n_samples
        fit = None
        if n_train:
            train, test = data.train.truncated(model.degree), data.test.truncated(model.degree)
            m = model
            coef, info = solve_with_info(train, m.l1, m.l2, m.penalize_intercept)
            fit = result_from_coef(coef, train, test, m.l1, m.l2, m.penalize_intercept, info)
        bootstrap = None
        if b.bootstrap is not None and "plot" in self._needs and n_train:
            bootstrap = self._bootstrap(model)
        validation = None
        if "validation" in self._needs and n_train:
            validation = self._validation(model, data, n_train, n_test)
        path = None
        if "path" in self._needs and n_train:
            path = self._path(model, data)
        return dataclasses.replace(
            b,
            model=model,
            fit=fit,
            bootstrap=bootstrap,
            bootstrap_samples=self._samples,
            validation=validation,
            path=path,
        )

    def _reductions(self, basis: str) -> TrainTest:
        if self._data is None or self._data[0] != basis:
            p, d = self._base.points, self._base.domain
            self._data = (basis, reduce_split(p.x, p.y, p.is_test, basis, d, MAX_DEGREE))
            self._folds = None
            self._parts.clear()
        return self._data[1]

    def _bootstrap(self, model: ModelSettings) -> BootstrapFits:
        b = self._base
        if self._samples is None:
            train = ~b.points.is_test
            assert b.bootstrap is not None
            n_resamples = b.bootstrap.coef.shape[0]
            x, y = b.points.x[train], b.points.y[train]
            self._samples = bootstrap_samples(
                x, y, n_resamples, model.basis, b.domain, BOOTSTRAP_SEED
            )
        m = model
        return bootstrap_fits(self._samples, m.degree, m.l1, m.l2, m.penalize_intercept)

    def _validation(
        self, model: ModelSettings, data: TrainTest, n_train: int, n_test: int
    ) -> ValidationData:
        b = self._base
        setting = validation_setting(
            b.points, b.domain, model, n_train, n_test, b.folds, b.leave_one_out
        )
        keys = setting.keys
        wanted = [p for p in ("degree", "lambda") if not self._current(p, keys[p])]
        if wanted:
            request = ValidationRequest(
                points=b.points,
                basis=model.basis,
                domain=b.domain,
                degree=model.degree,
                l1=model.l1,
                l2=model.l2,
                penalize_intercept=model.penalize_intercept,
                mix=setting.mix,
                lambdas=b.lambdas,
                cv=setting.plan,
                data=data,
                folds=self._folds,
                want_degree="degree" in wanted,
                want_lambda="lambda" in wanted,
            )
            parts = validation_job(request)
            self._folds, self._null_rmse = parts["folds"], parts["scale"]
            for part in wanted:
                self._parts[part] = (keys[part], parts[part])
        degree, lam = self._parts["degree"][1], self._parts["lambda"][1]
        return ValidationData(
            degree.errors, degree.cv, lam.sweep, lam.cv, lam.plan, self._null_rmse
        )

    def _path(self, model: ModelSettings, data: TrainTest) -> np.ndarray:
        b = self._base
        mix, _ = penalty_mix(model.l1, model.l2)
        share = round(mix.l1_share, 9)  # as the path panel keys it
        key = (b.points, model.basis, model.degree, share, model.penalize_intercept)
        if not self._current("path", key):
            train = data.train.truncated(model.degree)
            self._parts["path"] = (key, coef_grid(train, b.lambdas, mix, model.penalize_intercept))
        return self._parts["path"][1]

    def _current(self, part: str, key: tuple | None) -> bool:
        stored = self._parts.get(part)
        return stored is not None and same_key(stored[0], key)


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


def finish(figure: Figure, caption: bool) -> Figure:
    """``figure`` as it is, or without its caption line."""
    return figure if caption else figure.without_caption()
