"""Render the illustrations of the concepts guide, in every interface language.

Most pictures are the data plot of one guided scenario, drawn by the app's
own figure renderer (:mod:`gui.figures`), so the guide shows exactly what
"Show me" sets up, with the legend in the page's language. One more shows
the geometry behind L1's exact zeros: the error's level sets meeting the
L2 ball and the L1 diamond, computed exactly. After changing a scenario,
the plot or the translation, refresh them with::

    .venv/bin/python -m gui.help_figures

which writes ``resources/help/img/<language>/<name>.png``. It renders
offscreen and needs no display.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import numpy as np

from core.scenarios import HELP_DIR, load_scenarios, scenario_session
from gui.plane_figures import render_plane_figures

IMG_DIR = HELP_DIR / "img"
# Picture name -> the scenario it shows.
FIGURES: dict[str, str] = {
    "overfit": "overfit_it",
    "ridge": "tame_l2",
    "lasso": "l1_features",
    "few_points": "too_little_data",
    "noisy": "too_much_noise",
    "underfit": "lambda_too_large",
    "textbook": "textbook",
}
# Drawn at this size (the size the pages show them at) and stored at 1.5x,
# so the text is as large as the guide's own and stays crisp on HiDPI.
SIZE = (400, 280)
PNG_WIDTH = 600


GEOMETRY_NAME = "l1_l2_geometry"
GEOMETRY_SIZE = (560, 250)
# The error (c - C_STAR)^T A (c - C_STAR) around the unpenalized fit C_STAR,
# and the budget t of both balls: chosen so that the diamond is met at its
# corner (1, 0) while the round ball is met where both coefficients are
# non-zero, as happens for most data.
C_STAR = np.array([1.6, 0.35])
A = np.array([[1.0, 0.3], [0.3, 0.6]])
BUDGET = 1.0


def _error(c: np.ndarray) -> np.ndarray:
    d = c - C_STAR
    return np.einsum("...i,ij,...j->...", d, A, d)


def constrained_minimum(shape: str, samples: int = 200_001) -> np.ndarray:
    """Where the smallest error inside the ball is: on its boundary, found by a dense search.

    ``shape`` is "l2" (the disc ||c||_2 <= t) or "l1" (the diamond ||c||_1 <= t).
    C_STAR lies outside both, so the minimum is on the boundary.
    """
    theta = np.linspace(0.0, 2.0 * np.pi, samples)
    unit = np.column_stack([np.cos(theta), np.sin(theta)])
    if shape == "l1":
        unit /= np.abs(unit).sum(axis=1, keepdims=True)
    boundary = BUDGET * unit
    return boundary[int(np.argmin(_error(boundary)))]


def _level_set(level: float, n: int = 400) -> tuple[np.ndarray, np.ndarray]:
    # c = C_STAR + sqrt(level) L^-T u on the unit circle u, with A = L L^T.
    lower = np.linalg.cholesky(A)
    theta = np.linspace(0.0, 2.0 * np.pi, n)
    u = np.vstack([np.cos(theta), np.sin(theta)])
    c = C_STAR[:, None] + np.sqrt(level) * np.linalg.solve(lower.T, u)
    return c[0], c[1]


def geometry_figure():
    """Two plots side by side: the error's level sets touching the L2 disc and the L1 diamond."""
    from PySide6.QtCore import QCoreApplication

    from gui.figures.model import Area, Axis, Cell, Figure, Line, Markers, Note, Plot, Rule
    from gui.plot_style import FIT_COLOR, TRAIN_COLOR

    titles = {
        "l2": QCoreApplication.translate("HelpFigures", "L2: Σ coefₖ² ≤ t, a round ball"),
        "l1": QCoreApplication.translate("HelpFigures", "L1: Σ |coefₖ| ≤ t, a diamond"),
    }
    notes = {
        "l2": QCoreApplication.translate("HelpFigures", "both coefficients non-zero"),
        "l1": QCoreApplication.translate("HelpFigures", "a corner: coef₂ = 0 exactly"),
    }
    fit, train = FIT_COLOR.name(), TRAIN_COLOR.name()
    cells = []
    for column, shape in enumerate(("l2", "l1")):
        theta = np.linspace(0.0, 2.0 * np.pi, 401)
        ball = np.column_stack([np.cos(theta), np.sin(theta)])
        if shape == "l1":
            ball /= np.abs(ball).sum(axis=1, keepdims=True)
        ball *= BUDGET
        items: list = [
            Rule(0.0, True, "#b0b0b0", 1.0),
            Rule(0.0, False, "#b0b0b0", 1.0),
            Area(ball[:, 0], ball[:, 1], train + "32", train, 2.0),
        ]
        touch = constrained_minimum(shape)
        level = float(_error(touch))
        for fraction in (0.15, 0.45, 1.0):
            x, y = _level_set(fraction * level)
            items.append(Line(x, y, fit, 2.2 if fraction == 1.0 else 1.2))
        items.append(Markers([C_STAR[0]], [C_STAR[1]], "+", 12, "", "#303030", 2.0))
        items.append(Markers([touch[0]], [touch[1]], "o", 11, "#303030", "#ffffff", 1.0))
        # Below the shapes, where no line runs: what the meeting point says.
        items.append(Note(0.65, -1.35, notes[shape]))
        plot = Plot(
            Axis("coef₁", -1.3, 2.7),
            Axis("coef₂", -1.6, 1.6),
            tuple(items),
            title=titles[shape],
            equal_aspect=True,
        )
        cells.append(Cell(plot, 0, column))
    return Figure(
        tuple(cells),
        aspect=GEOMETRY_SIZE[1] / GEOMETRY_SIZE[0],
        design_width=GEOMETRY_SIZE[0],
        column_weights=(1.0, 1.0),
    )


def scenario_figure(session):
    """The data plot of a scenario's session, as "Show me" sets it up, without a caption."""
    from PySide6.QtGui import QUndoStack

    from gui.figures.curves import CurveSnapshot, data_plot_figure
    from gui.plot_view import DataPlot
    from gui.state import LabState

    state = LabState()
    state.restore(session)
    # The data plot decides the view (the domain and every point, with a margin).
    plot = DataPlot(state, QUndoStack())
    plot.resize(*SIZE)
    plot.reset_view()
    (x0, x1), (y0, y1) = plot.getPlotItem().vb.viewRange()
    plot.deleteLater()
    snapshot = CurveSnapshot(
        points=state.points,
        domain=state.domain,
        model=state.model,
        preset=state.generator.preset,
        fit=state.fit,
        view=((x0, x1), (y0, y1)),
    )
    return data_plot_figure(snapshot, caption=False)


def render(out_dir: Path = IMG_DIR) -> list[Path]:
    """Write every figure in every language below ``out_dir``; return the files."""
    if "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from core.atomic_write import write_atomic
    from gui.app import application
    from gui.figures.render import png_bytes
    from gui.i18n import LANGUAGES, Translations

    app = application()
    translations = Translations(app)
    scenarios = {s.key: s for s in load_scenarios()}
    scale = PNG_WIDTH / SIZE[0]
    written = []

    def write(figure, path: Path, width: int, height: int) -> None:
        write_atomic(path, png_bytes(figure, width, height, scale=scale))
        written.append(path)

    try:
        for language in LANGUAGES:
            translations.set_language(language)
            (out_dir / language).mkdir(parents=True, exist_ok=True)
            width = round(PNG_WIDTH * GEOMETRY_SIZE[0] / SIZE[0])
            height = round(width * GEOMETRY_SIZE[1] / GEOMETRY_SIZE[0])
            write(geometry_figure(), out_dir / language / f"{GEOMETRY_NAME}.png", width, height)
            for name, key in FIGURES.items():
                figure = scenario_figure(scenario_session(scenarios[key]))
                height = round(PNG_WIDTH * SIZE[1] / SIZE[0])
                write(figure, out_dir / language / f"{name}.png", PNG_WIDTH, height)
                app.processEvents()
            written.extend(render_plane_figures(out_dir / language))
    finally:
        translations.set_language("en")
    return written


def main() -> int:
    """Render the figures and list them."""
    for path in render():
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
