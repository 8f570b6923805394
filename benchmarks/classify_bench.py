"""The ``classify`` section: speed and accuracy of the classifier against scikit-learn.

Both solutions of every case are scored by our objective::

    L(w) = (1/N) sum_i [log(1 + exp(f_i)) - t_i f_i] + l1 sum_{k>0} |w_k| + l2 sum_{k>0} w_k^2

scikit-learn's ``LogisticRegression`` minimizes ``C sum_i loss_i + r(w)`` with
``r = rho |w|_1 + (1 - rho)/2 |w|^2`` (``rho = l1_ratio``) and leaves
``intercept_`` unpenalized (``fit_intercept=True``; the constant column is
left out of its features). Dividing by ``C N`` gives ours with
``l1 = rho / (C N)`` and ``l2 = (1 - rho) / (2 C N)``, so::

    C = 1 / (N (l1 + 2 l2)),   l1_ratio = l1 / (l1 + 2 l2)      (L2 alone: C = 1 / (2 N l2))

L2 cases run scikit-learn's default solver (lbfgs) at its default tolerance and
newton-cholesky at a tight one; L1 and elastic-net cases run saga (the only
solver for both with a free intercept) at the default and at a tight
tolerance. The second table times what the lab does on a click and on a
slider move at N = 1,000 (features, warm fit, 200 x 200 shading and the
p = 1/2 boundary).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from dataclasses import dataclass, replace

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression

from benchmarks.harness import (
    Column,
    Options,
    Repeats,
    Samples,
    SectionReport,
    Target,
    format_ms,
    format_ratio,
    format_table,
    measure,
)
from core.classifier import fit_design, prepare
from core.decision_map import decision_map
from core.logistic import objective_terms, solve
from core.plane import PlaneTable
from core.plane_datasets import DEFAULT_BOX, generate_plane
from core.plane_features import features
from core.polyfit import BASES, Basis

SIZES = (1_000,)
DEGREES = (2, 6, 10)
SEED = 20240601
PRESET = "moons"
NOISE = 0.2
# The warm start comes from a slider one notch away: the strengths 10% higher.
WARM_FACTOR = 1.1
# An objective gap smaller than this (relative) is rounding, not a better optimum.
GAP_TOL = 1e-9
TIGHT_TOL = 1e-10
TIGHT_MAX_ITER = 10_000
GUI_N = 1_000
GUI_DEGREES = (6, 10)
# Frame budgets of the design: click-to-repaint 16 ms at D = 6, 33 ms at D = 10.
# The core's share is a third of it; the rest is the repaint.
CORE_TARGET_S = {6: 16e-3 / 3, 10: 33e-3 / 3}
GRID_TARGET_S = 3e-3


@dataclass(frozen=True)
class Penalty:
    """A penalty kind with its strengths."""

    name: str
    l1: float
    l2: float


PENALTIES = (
    Penalty("ridge 1e-2", 0.0, 1e-2),
    Penalty("ridge 1e-5", 0.0, 1e-5),
    Penalty("lasso 1e-3", 1e-3, 0.0),
    Penalty("lasso 1e-5", 1e-5, 0.0),
    Penalty("enet 1e-4", 1e-4, 1e-4),
)


@dataclass(frozen=True)
class Case:
    """One comparison row."""

    n_samples: int
    degree: int
    basis: Basis
    penalty: Penalty


@dataclass(frozen=True)
class CaseResult:
    """Timings and objectives of one comparison row."""

    case: Case
    cold: Samples
    warm: Samples
    sk_default: Samples
    sk_tight: Samples
    objective: float
    obj_default: float
    obj_tight: float
    status: str
    notes: tuple[str, ...]

    def gap(self, theirs: float) -> float:
        """(theirs - ours) / ours: positive when scikit-learn's optimum is worse."""
        return (theirs - self.objective) / max(self.objective, 1e-300)


def make_table(n_samples: int, n_test: int = 0) -> PlaneTable:
    """The two moons with noise 0.2, the same for a given size."""
    return generate_plane(PRESET, n_samples, n_test, NOISE, SEED % 2**31)


def _lift(table: PlaneTable, degree: int, basis: Basis) -> tuple[np.ndarray, np.ndarray]:
    z1, z2 = DEFAULT_BOX.to_unit(table.x1, table.x2)
    return features(z1, z2, degree, basis), table.label.astype(float)


def sklearn_model(n: int, l1: float, l2: float, tight: bool) -> LogisticRegression:
    """scikit-learn's estimator of our objective (module docstring for the mapping)."""
    lam = l1 + 2 * l2
    if l1 == 0:
        solver = "newton-cholesky" if tight else "lbfgs"
    else:
        solver = "saga"
    return LogisticRegression(
        C=1.0 / (n * lam),
        l1_ratio=l1 / lam,
        solver=solver,
        tol=TIGHT_TOL if tight else 1e-4,
        max_iter=TIGHT_MAX_ITER if tight else 100,
    )


def measure_case(case: Case, table: PlaneTable, quick: bool) -> CaseResult:
    """Our cold and warm fits and scikit-learn's two fits of one case."""
    l1, l2 = case.penalty.l1, case.penalty.l2
    phi, t = _lift(table, case.degree, case.basis)
    fast = Repeats(2, 3, 0.02, cap_s=0.5) if quick else Repeats(10, 200, 0.3, limit_s=1.5)
    slow = Repeats(1, 2, 0.02, cap_s=0.2) if quick else Repeats(3, 30, 0.3, cap_s=2.0, limit_s=2)

    def cold_fit():
        return solve(_lift(table, case.degree, case.basis)[0], t, l1, l2)

    cold, (coef, info) = measure(cold_fit, fast)
    nearby, _ = solve(phi, t, l1 * WARM_FACTOR, l2 * WARM_FACTOR)
    warm, (warm_coef, _) = measure(lambda: solve(phi, t, l1, l2, warm_start=nearby), fast)

    def sklearn(tight: bool):
        def run():
            model = sklearn_model(len(t), l1, l2, tight)
            if quick and tight:
                model.set_params(max_iter=200)
            return model.fit(_lift(table, case.degree, case.basis)[0][:, 1:], t)

        return run

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        sk_default, m_default = measure(sklearn(False), fast if l1 == 0 else slow)
        sk_tight, m_tight = measure(sklearn(True), slow)

    def score(w: np.ndarray) -> float:
        return sum(objective_terms(phi, t, w, l1, l2))

    def coef_of(model: LogisticRegression) -> np.ndarray:
        return np.concatenate([model.intercept_, model.coef_[0]])

    ours = score(coef)
    notes = []
    for name, model in (("default", m_default), ("tight", m_tight)):
        if int(np.max(model.n_iter_)) >= model.max_iter:
            notes.append(f"sk {name}: max_iter")
    if sk_tight.capped:
        notes.append("sk tight: 1 run (>cap)")
    if abs(score(warm_coef) - ours) > GAP_TOL * ours:
        notes.append("warm != cold")
    result = CaseResult(
        case,
        cold,
        warm,
        sk_default,
        sk_tight,
        ours,
        score(coef_of(m_default)),
        score(coef_of(m_tight)),
        info.status,
        tuple(notes),
    )
    if min(result.gap(result.obj_default), result.gap(result.obj_tight)) < -GAP_TOL:
        result = replace(result, notes=(*notes, "OURS ABOVE SK"))
    return result


@dataclass(frozen=True)
class GuiResult:
    """Timings of the lab's live paths at one degree and penalty."""

    degree: int
    penalty: Penalty
    prepare: Samples
    cold: Samples
    warm: Samples
    grid: Samples
    click: Samples
    slider: Samples
    status: str
    n_iter_warm: int


GUI_PENALTIES = (
    Penalty("ridge 1e-3", 0.0, 1e-3),
    Penalty("lasso 1e-3", 1e-3, 0.0),
    Penalty("none", 0.0, 0.0),
)


def measure_gui(degree: int, penalty: Penalty, quick: bool) -> GuiResult:
    """Click and slider paths at N = 1,000: what the core adds to a repaint."""
    table = make_table(GUI_N, 200)
    # A click adds one point to a table the lab has already fitted.
    before = PlaneTable(table.x1[1:], table.x2[1:], table.label[1:], table.is_test[1:])
    l1, l2 = penalty.l1, penalty.l2
    reps = Repeats(1, 2, 0.01, cap_s=0.2) if quick else Repeats(30, 400, 1.0, limit_s=4.0)
    prep, design = measure(lambda: prepare(table, DEFAULT_BOX), reps)
    cold, _ = measure(
        lambda: fit_design(prepare(table, DEFAULT_BOX), degree, l1, l2, separability=False), reps
    )
    notch = fit_design(design, degree, l1 * WARM_FACTOR, l2 * WARM_FACTOR, separability=False)
    warm, warm_fit = measure(
        lambda: fit_design(design, degree, l1, l2, warm_start=notch.coef, separability=False),
        reps,
    )
    grid, _ = measure(lambda: decision_map(warm_fit.coef, "monomial", DEFAULT_BOX), reps)
    previous = fit_design(prepare(before, DEFAULT_BOX), degree, l1, l2, separability=False)

    def click():
        fitted = fit_design(
            prepare(table, DEFAULT_BOX), degree, l1, l2, previous.coef, separability=False
        )
        return decision_map(fitted.coef, "monomial", DEFAULT_BOX)

    def slider():
        fitted = fit_design(design, degree, l1, l2, notch.coef, separability=False)
        return decision_map(fitted.coef, "monomial", DEFAULT_BOX)

    click_t, _ = measure(click, reps)
    slider_t, _ = measure(slider, reps)
    return GuiResult(
        degree, penalty, prep, cold, warm, grid, click_t, slider_t, warm_fit.status,
        warm_fit.n_iter,
    )  # fmt: skip


def run(options: Options) -> SectionReport:
    """Measure every case and return the section's tables, notes and targets."""
    sizes = options.sizes or SIZES
    degrees = options.degrees or DEGREES
    results = []
    for n in sizes:
        table = make_table(n)
        for degree in degrees:
            for basis in BASES:
                for penalty in PENALTIES:
                    results.append(
                        measure_case(Case(n, degree, basis, penalty), table, options.quick)
                    )
    gui = [measure_gui(d, p, options.quick) for d in GUI_DEGREES for p in GUI_PENALTIES]
    return _report(results, gui)


COLUMNS = (
    Column("N"),
    Column("D"),
    Column("basis", "<"),
    Column("penalty", "<"),
    Column("cold med"),
    Column("cold p95"),
    Column("warm med"),
    Column("warm p95"),
    Column("sk med"),
    Column("sk p95"),
    Column("sk tight med"),
    Column("sk/cold"),
    Column("obj ours"),
    Column("gap sk"),
    Column("gap sk tight"),
    Column("status", "<"),
    Column("notes", "<"),
)


def _row(r: CaseResult) -> tuple[str, ...]:
    c = r.case
    return (
        f"{c.n_samples:,}",
        str(c.degree),
        c.basis,
        c.penalty.name,
        format_ms(r.cold.median),
        format_ms(r.cold.p95),
        format_ms(r.warm.median),
        format_ms(r.warm.p95),
        format_ms(r.sk_default.median),
        format_ms(r.sk_default.p95),
        format_ms(r.sk_tight.median),
        format_ratio(r.sk_default.median / r.cold.median),
        f"{r.objective:.10g}",
        f"{r.gap(r.obj_default):+.1e}",
        f"{r.gap(r.obj_tight):+.1e}",
        r.status,
        ", ".join(r.notes),
    )


GUI_COLUMNS = (
    Column("D"),
    Column("penalty", "<"),
    Column("lift med"),
    Column("cold med"),
    Column("cold p95"),
    Column("warm med"),
    Column("warm p95"),
    Column("grid med"),
    Column("grid p95"),
    Column("click med"),
    Column("click p95"),
    Column("slider med"),
    Column("slider p95"),
    Column("steps", ">"),
    Column("status", "<"),
)


def _gui_row(g: GuiResult) -> tuple[str, ...]:
    return (
        str(g.degree),
        g.penalty.name,
        format_ms(g.prepare.median),
        format_ms(g.cold.median),
        format_ms(g.cold.p95),
        format_ms(g.warm.median),
        format_ms(g.warm.p95),
        format_ms(g.grid.median),
        format_ms(g.grid.p95),
        format_ms(g.click.median),
        format_ms(g.click.p95),
        format_ms(g.slider.median),
        format_ms(g.slider.p95),
        str(g.n_iter_warm),
        g.status,
    )


def _report(results: list[CaseResult], gui: list[GuiResult]) -> SectionReport:
    report = SectionReport("classify: core.logistic vs scikit-learn (times in ms)", COLUMNS)
    previous = None
    for r in results:
        key = (r.case.n_samples, r.case.degree)
        if previous is not None and key != previous:
            report.rows.append(None)
        previous = key
        report.rows.append(_row(r))
    report.notes.extend(_legend())
    report.notes.append("")
    report.notes.append(f"live paths at N = {GUI_N:,} moons (+200 test points), monomial basis:")
    for line in _gui_table(gui):
        report.notes.append(line)
    report.targets.extend(_targets(results, gui))
    return report


def _gui_table(gui: list[GuiResult]) -> list[str]:
    return format_table(GUI_COLUMNS, [_gui_row(g) for g in gui])


def _legend() -> Iterator[str]:
    yield f"data: {PRESET}, noise {NOISE}, fixed seed; features in the box [-1.5, 1.5]^2"
    yield (
        "cold: features + solve from the default start; warm: solve from the solution at"
        f" {WARM_FACTOR}x the strengths (a slider notch)"
    )
    yield (
        "sk: LogisticRegression(C=1/(N(l1+2 l2)), l1_ratio=l1/(l1+2 l2)), intercept free;"
        " L2: lbfgs at tol 1e-4 / newton-cholesky at tol 1e-10; L1, enet: saga at tol 1e-4 /"
        f" 1e-10 (max_iter 100 / {TIGHT_MAX_ITER:,})"
    )
    yield "sk/cold: scikit-learn's default-tolerance median over our cold median"
    yield (
        "gap: (obj sklearn - obj ours) / obj ours; below"
        f" -{GAP_TOL:g}: OURS ABOVE SK. status: how our solver stopped"
    )
    yield (
        "live paths: lift = features of all points; click = lift + fit warm from the fit"
        " before the click + 200x200 grid + boundary; slider = warm fit + grid + boundary"
    )


def _targets(results: list[CaseResult], gui: list[GuiResult]) -> Iterator[Target]:
    above = [r for r in results if min(r.gap(r.obj_default), r.gap(r.obj_tight)) < -GAP_TOL]
    uncertified = [r for r in results if r.status != "optimal"]
    yield Target(
        "classify, every row: our objective not above scikit-learn's",
        f"{len(above)} of {len(results)} rows above",
        f"gap >= -{GAP_TOL:g}",
        not above,
    )
    yield Target(
        "classify, every row: solver ended on the optimality test",
        f"{len(uncertified)} of {len(results)} rows not 'optimal'",
        "all optimal",
        not uncertified,
    )
    for degree, budget in CORE_TARGET_S.items():
        rows = [g for g in gui if g.degree == degree and g.penalty.name != "none"]
        if not rows:
            continue
        worst = max(rows, key=lambda g: max(g.click.p95, g.slider.p95))
        p95 = max(worst.click.p95, worst.slider.p95)
        yield Target(
            f"classify N={GUI_N:,} D={degree}: core of click / slider p95 (penalized)",
            f"{format_ms(p95)} ms ({worst.penalty.name})",
            f"<= {format_ms(budget)} ms",
            p95 <= budget,
        )
    worst_grid = max(gui, key=lambda g: g.grid.p95)
    yield Target(
        "classify: 200x200 shading + boundary p95",
        f"{format_ms(worst_grid.grid.p95)} ms (D={worst_grid.degree})",
        f"<= {format_ms(GRID_TARGET_S)} ms",
        worst_grid.grid.p95 <= GRID_TARGET_S,
    )
