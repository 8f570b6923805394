"""The ``panels`` section: how long each explanatory panel takes to recompute.

Two kinds of rows, at degree 30 (or the largest ``--degrees``) for N = 1,000
and 100,000 points (or ``--sizes``; a quarter more as test points), for a
ridge (l2 = 1e-4) and a lasso (l1 = 1e-6) setting:

- worker jobs, timed as pure function calls (what runs off the GUI thread):
  the error panel after a point edit (QR reductions, CV folds, all curves),
  after a λ step (degree curve only: the λ curves do not change along a pure
  penalty), after a degree step (λ sweep + 5-fold CV, reductions cached) and
  the same with closed-form leave-one-out; the regularization path after a
  degree step; the bootstrap after a point edit (30 resample reductions +
  fits) and after a slider step (fits only);
- GUI thread, with the window and every panel shown offscreen (each in a
  dock of the main window, all visible, the variance view on): the
  coefficient panel's synchronous redraw and repaint after a refit; each
  frame of a 60 Hz slider drag while the panels' jobs run in the background
  (what the user feels: a stutter would show here); and a slider step until
  every panel shows the new setting's curves (latency, not blocking).

``run(options)`` is the section for ``python -m benchmarks``;
``benchmark_rows()`` returns just its table rows.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from benchmarks.harness import (
    Column,
    Options,
    Repeats,
    Samples,
    SectionReport,
    Target,
    format_ms,
    measure,
)

SIZES = (1_000, 100_000)
DEGREE = 30
SEED = 20240602
NOISE_SD = 0.3
CV_TARGET_S = 0.05
FRAME_TARGET_S = {1_000: 0.016, 100_000: 0.05}
#: A degree step until every panel shows the new degree.
CURRENT_TARGET_S = 0.016


@dataclass(frozen=True)
class Setting:
    """A penalty setting the panels are timed at."""

    name: str
    l1: float
    l2: float


SETTINGS = (Setting("ridge", 0.0, 1e-4), Setting("lasso", 1e-6, 0.0))

COLUMNS = (
    Column("panel", "<"),
    Column("recompute after", "<"),
    Column("N"),
    Column("penalty", "<"),
    Column("median"),
    Column("p95"),
    Column("runs"),
)


def make_points(n_train: int):
    """A PointTable: sin(2 pi x) + N(0, 0.3^2) on [0, 1], n_train training and n_train/4 test."""
    from core.points_csv import PointTable

    rng = np.random.default_rng([SEED, n_train])
    n = n_train + n_train // 4
    x = rng.uniform(0.0, 1.0, n)
    y = np.sin(2 * np.pi * x) + rng.normal(0.0, NOISE_SD, n)
    is_test = np.zeros(n, dtype=bool)
    is_test[n_train:] = True
    return PointTable(x, y, is_test)


def _repeats(quick: bool, n: int, heavy: bool = False) -> Repeats:
    if quick:
        return Repeats(2, 3, 0.05, cap_s=1.0)
    if heavy or n > 10_000:
        return Repeats(5, 40, 2.0, cap_s=3.0, limit_s=6.0)
    return Repeats(20, 300, 1.0, limit_s=4.0)


def _row(panel: str, after: str, n: int, setting: str, samples: Samples) -> tuple[str, ...]:
    runs = f"{samples.n}" + (" (cap)" if samples.capped else "")
    return (
        panel,
        after,
        f"{n:,}",
        setting,
        format_ms(samples.median),
        format_ms(samples.p95),
        runs,
    )


# ------------------------------------------------------------------ worker jobs
def _job_rows(
    n: int, degree: int, setting: Setting, quick: bool
) -> list[tuple[tuple[str, ...], Samples]]:
    from core.polyfit import Domain, reduce
    from core.validation import penalty_mix, prepare_folds, reduce_split
    from core.validation_curves import ValidationRequest, compute_curves, plan_cv
    from gui.path_panel import PathRequest, compute_path
    from gui.variance_overlay import BootstrapRequest, compute_bootstrap

    points = make_points(n)
    domain = Domain()
    mix, _ = penalty_mix(setting.l1, setting.l2)
    from core.validation import lambda_grid

    lambdas = lambda_grid()
    train = ~points.is_test
    data = reduce_split(points.x, points.y, points.is_test, "monomial", domain)
    plan = plan_cv(int(train.sum()), 5, False, mix)
    assert plan is not None and plan.n_folds is not None
    folds = prepare_folds(points.x[train], points.y[train], plan.n_folds, "monomial", domain)
    loo = plan_cv(int(train.sum()), 5, True, mix)

    def validation_request(cached: bool, want_degree: bool, want_lambda: bool, cv=plan):
        return ValidationRequest(
            points=points,
            basis="monomial",
            domain=domain,
            degree=degree,
            l1=setting.l1,
            l2=setting.l2,
            penalize_intercept=False,
            mix=mix,
            lambdas=lambdas,
            cv=cv,
            data=data if cached else None,
            folds=folds if cached and cv is plan else None,
            want_degree=want_degree,
            want_lambda=want_lambda,
        )

    cases: list[tuple[str, str, Callable[[], object], bool]] = [
        (
            "validation",
            "point edit (cold)",
            lambda: compute_curves(validation_request(False, True, True)),
            True,
        ),
        (
            "validation",
            "λ step",
            lambda: compute_curves(validation_request(True, True, False)),
            False,
        ),
        (
            "validation",
            "degree step (5-fold)",
            lambda: compute_curves(validation_request(True, False, True)),
            False,
        ),
    ]
    if loo is not None and loo.n_folds is None:
        cases.append(
            (
                "validation",
                "degree step (LOO, closed)",
                lambda: compute_curves(validation_request(True, False, True, cv=loo)),
                True,
            )
        )
    reduced = reduce(points.x[train], points.y[train], degree, "monomial", domain)
    path = PathRequest(points, "monomial", domain, degree, False, mix, lambdas, reduced)
    cases.append(("path", "degree step", lambda: compute_path(path), False))

    def boot(samples):
        return BootstrapRequest(
            points, "monomial", domain, degree, setting.l1, setting.l2, False, 30, samples
        )

    cold_boot = compute_bootstrap(boot(None))
    cases.append(("bootstrap", "point edit (cold)", lambda: compute_bootstrap(boot(None)), True))
    cases.append(
        ("bootstrap", "slider step", lambda: compute_bootstrap(boot(cold_boot["samples"])), False)
    )
    rows = []
    for panel, after, call, heavy in cases:
        samples, _ = measure(call, _repeats(quick, n, heavy))
        rows.append((_row(panel, after, n, setting.name, samples), samples))
    return rows


# ------------------------------------------------------------------ GUI thread
def _panels(window):
    """The curve lab's panels in the window: (coefficients, errors, path, overlay, layout)."""
    lab = window.curve_lab
    return (
        lab.coefficients,
        lab.validation,
        lab.path,
        lab.variance_overlay,
        "the window's own docks",
    )


def _gui_rows(
    n: int, degree: int, quick: bool
) -> tuple[list[tuple[tuple[str, ...], Samples]], str]:
    from benchmarks.gui_bench import open_window
    from core.polyfit import Domain
    from gui.slider_controls import strength_to_slider

    app, window = open_window()
    state = window.state
    state.replace_points(make_points(n), Domain(0.0, 1.0))
    state.set_model(state.model_with(degree=degree, l2=1e-4))
    window.curve_lab.plot.reset_view()
    coefficients, errors, path, overlay, layout = _panels(window)
    overlay.set_enabled(True)
    background = (errors, path, overlay)
    for item in background:
        item.wait_until_idle(60_000)
    app.processEvents()
    rows = []

    def redraw_coefficients() -> None:
        coefficients._on_state_fit_changed()
        coefficients.repaint()

    samples, _ = measure(redraw_coefficients, _repeats(quick, 1_000))
    rows.append((_row("coefficients", "refit (sync redraw+paint)", n, "ridge", samples), samples))

    frames = 10 if quick else 90
    for setting, slider in (
        (SETTINGS[0], window.curve_lab.controls.l2.slider),
        (SETTINGS[1], window.curve_lab.controls.l1.slider),
    ):
        state.set_model(state.model_with(l1=setting.l1, l2=setting.l2))
        for item in background:
            item.wait_until_idle(60_000)
        samples = _drag(app, slider, frames)
        label = f"{'L2' if setting.l2 else 'L1'} drag at 60 Hz, frame"
        rows.append((_row("all + data plot", label, n, setting.name, samples), samples))

    slider = window.curve_lab.controls.l2.slider
    state.set_model(state.model_with(l1=0.0, l2=1e-4))
    base = strength_to_slider(1e-4)
    step = {"i": 0}

    def slider_step_until_current() -> None:
        step["i"] += 1
        slider.setValue(base + step["i"] % 40)
        for item in background:
            item.wait_until_idle(60_000)

    samples, _ = measure(slider_step_until_current, _repeats(quick, n, heavy=True))
    rows.append(
        (_row("all + data plot", "L2 step, until all current", n, "ridge", samples), samples)
    )

    degree_slider = window.curve_lab.controls.degree.slider
    other = degree - 1 if degree else 1

    def degree_step_until_current() -> None:
        degree_slider.setValue(other if degree_slider.value() == degree else degree)
        for item in background:
            item.wait_until_idle(60_000)

    samples, _ = measure(degree_step_until_current, _repeats(quick, n, heavy=True))
    rows.append(
        (_row("all + data plot", "degree step, until all current", n, "ridge", samples), samples)
    )
    overlay.set_enabled(False)
    window.undo_stack.setClean()
    window.close()
    app.processEvents()
    return rows, layout


def _drag(app, slider, frames: int) -> Samples:
    """Slider steps 1/60 s apart, the event loop running in between, as in a real drag.

    Each sample is one step: ``setValue`` (refit, synchronous redraws) and the
    repaint (``processEvents``). Between steps the loop keeps running, so the
    background jobs and the drawing of their results happen as they would.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    start = slider.value()
    times = []
    for i in range(frames + 5):
        begin = time.perf_counter()
        slider.setValue(start + (i % 40) + 1)
        app.processEvents()
        elapsed = time.perf_counter() - begin
        if i >= 5:  # the first steps start the jobs and warm the caches
            times.append(elapsed)
        rest = max(0, round((1 / 60 - elapsed) * 1000))
        loop = QEventLoop()
        QTimer.singleShot(rest, loop.quit)
        loop.exec()
    slider.setValue(start)
    return Samples(tuple(times))


# ------------------------------------------------------------------- section
def benchmark_rows(options: Options | None = None) -> list[tuple[str, ...] | None]:
    """The section's table rows (a None row is a blank line)."""
    return run(options or Options()).rows


def run(options: Options) -> SectionReport:
    """Time every panel's recompute; targets from design section 7."""
    degree = max(options.degrees) if options.degrees else DEGREE
    report = SectionReport(
        title=f"panels: recompute times (degree {degree}, times in ms)", columns=COLUMNS
    )
    cv_p95: dict[tuple[int, str], float] = {}
    layout = ""
    frames: dict[int, float] = {}
    current: dict[int, float] = {}
    for n in options.sizes or SIZES:
        for setting in SETTINGS:
            for row, samples in _job_rows(n, degree, setting, options.quick):
                report.rows.append(row)
                if row[0] == "validation" and "5-fold" in row[1]:
                    cv_p95[n, setting.name] = samples.p95
            report.rows.append(None)
        gui_rows, layout = _gui_rows(n, degree, options.quick)
        for row, samples in gui_rows:
            report.rows.append(row)
            if "frame" in row[1]:
                frames[n] = max(frames.get(n, 0.0), samples.p95)
            if row[1].startswith("degree step, until"):
                current[n] = samples.p95
        report.rows.append(None)
    for (n, name), p95 in cv_p95.items():
        if n != 1_000:
            continue
        report.targets.append(
            Target(
                f"validation curves + 5-fold CV, N=1,000, D={degree}, {name} (worker): p95",
                f"{format_ms(p95)} ms",
                f"<= {format_ms(CV_TARGET_S)} ms, off the GUI thread",
                p95 <= CV_TARGET_S,
            )
        )
    for n, p95 in frames.items():
        goal = FRAME_TARGET_S[1_000] if n <= 1_000 else FRAME_TARGET_S[100_000]
        report.targets.append(
            Target(
                f"slider drag with all panels shown, N={n:,}: worst frame p95",
                f"{format_ms(p95)} ms",
                f"<= {format_ms(goal)} ms",
                p95 <= goal,
            )
        )
    if 1_000 in current:
        p95 = current[1_000]
        report.targets.append(
            Target(
                "degree step until every panel is current, N=1,000: p95",
                f"{format_ms(p95)} ms",
                f"<= {format_ms(CURRENT_TARGET_S)} ms",
                p95 <= CURRENT_TARGET_S,
            )
        )
    if layout:
        report.notes.append(f"panels in the GUI rows: {layout}")
    report.notes.extend(
        [
            "worker rows: the pure function a panel runs off the GUI thread, timed directly",
            "  point edit (cold): reductions of the points (and folds / resamples) included",
            "  λ step: along a pure penalty the λ curves and path are unchanged; only the",
            "  degree curve (31 exact fits) and the bootstrap fits are recomputed",
            "GUI rows: window + coefficient, error, path panels + variance overlay on;",
            "  drag at 60 Hz, frame = QSlider.setValue + processEvents (refit, synchronous",
            "  redraws, repaint), steps 16.7 ms apart, the event loop and worker running between;",
            "  lasso drags the L1 slider, ridge the L2 slider (with the other strength 0);",
            "  until all current = one step, then waiting for every background result",
        ]
    )
    return report


section = run
