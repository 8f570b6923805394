"""Render the illustrations of the concepts guide, in every interface language.

Most pictures are the data plot of one guided scenario, drawn by the app
itself, so the guide shows exactly what "Show me" sets up, with the legend
in the page's language. One more shows the geometry behind L1's exact
zeros: the error's level sets meeting the L2 ball and the L1 diamond,
computed exactly. After changing a scenario, the plot or the translation,
refresh them with::

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
GEOMETRY_SIZE = (560, 300)
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


def geometry_widget():
    """Two plots side by side: the error's level sets touching the L2 disc and the L1 diamond."""
    import pyqtgraph as pg
    from PySide6.QtCore import QCoreApplication

    from gui.plot_style import FIT_COLOR, TRAIN_COLOR, style_plot

    widget = pg.GraphicsLayoutWidget()
    widget.setBackground("w")
    titles = {
        "l2": QCoreApplication.translate("HelpFigures", "L2: Σ coefₖ² ≤ t, a round ball"),
        "l1": QCoreApplication.translate("HelpFigures", "L1: Σ |coefₖ| ≤ t, a diamond"),
    }
    notes = {
        "l2": QCoreApplication.translate("HelpFigures", "both coefficients non-zero"),
        "l1": QCoreApplication.translate("HelpFigures", "a corner: coef₂ = 0 exactly"),
    }
    for column, shape in enumerate(("l2", "l1")):
        plot = widget.addPlot(row=0, col=column)
        style_plot(plot)
        plot.setAspectLocked(True)
        plot.setXRange(-1.3, 2.7, padding=0)
        plot.setYRange(-1.6, 1.6, padding=0)
        plot.setTitle(titles[shape], size="10pt", color="#303030")
        plot.setLabel("bottom", "coef₁")
        plot.setLabel("left", "coef₂")
        for axis in (0, 90):
            plot.addItem(pg.InfiniteLine(angle=axis, pen=pg.mkPen("#b0b0b0", width=1)))
        theta = np.linspace(0.0, 2.0 * np.pi, 401)
        ball = np.column_stack([np.cos(theta), np.sin(theta)])
        if shape == "l1":
            ball /= np.abs(ball).sum(axis=1, keepdims=True)
        ball *= BUDGET
        region = pg.PlotDataItem(
            ball[:, 0],
            ball[:, 1],
            pen=pg.mkPen(TRAIN_COLOR, width=2),
            fillLevel=0.0,
            brush=pg.mkBrush(31, 119, 180, 50),
        )
        plot.addItem(region)
        touch = constrained_minimum(shape)
        level = float(_error(touch))
        for fraction in (0.15, 0.45, 1.0):
            x, y = _level_set(fraction * level)
            width = 2.2 if fraction == 1.0 else 1.2
            plot.plot(x, y, pen=pg.mkPen(FIT_COLOR, width=width))
        plot.addItem(
            pg.ScatterPlotItem(
                [C_STAR[0]], [C_STAR[1]], symbol="+", size=12, pen=pg.mkPen("#303030", width=2)
            )
        )
        plot.addItem(
            pg.ScatterPlotItem(
                [touch[0]], [touch[1]], size=11, pen=pg.mkPen("w"), brush=pg.mkBrush("#303030")
            )
        )
        # Below the shapes, where no line runs: what the meeting point says.
        label = pg.TextItem(notes[shape], color="#303030", anchor=(0.5, 0.5))
        label.setPos(0.65, -1.35)
        plot.addItem(label)
    widget.ci.layout.setHorizontalSpacing(12)
    return widget


def render(out_dir: Path = IMG_DIR) -> list[Path]:
    """Write every figure in every language below ``out_dir``; return the files."""
    if "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QUndoStack

    from gui.app import application
    from gui.export import export_widget
    from gui.i18n import LANGUAGES, Translations
    from gui.plot_view import DataPlot
    from gui.state import LabState

    app = application()
    translations = Translations(app)
    scenarios = {s.key: s for s in load_scenarios()}
    written = []
    try:
        for language in LANGUAGES:
            translations.set_language(language)
            (out_dir / language).mkdir(parents=True, exist_ok=True)
            geometry = geometry_widget()
            geometry.resize(*GEOMETRY_SIZE)
            geometry.show()
            app.processEvents()
            written.append(
                export_widget(
                    geometry,
                    out_dir / language / f"{GEOMETRY_NAME}.png",
                    int(PNG_WIDTH * GEOMETRY_SIZE[0] / SIZE[0]),
                )
            )
            geometry.close()
            geometry.deleteLater()
            for name, key in FIGURES.items():
                state = LabState()
                plot = DataPlot(state, QUndoStack())
                state.restore(scenario_session(scenarios[key]))
                plot.resize(*SIZE)
                plot.show()
                plot.reset_view()
                app.processEvents()
                written.append(export_widget(plot, out_dir / language / f"{name}.png", PNG_WIDTH))
                plot.close()
                plot.deleteLater()
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
