"""Render the illustrations of the concepts guide, in every interface language.

Each picture is the data plot of one guided scenario, drawn by the app
itself, so the guide shows exactly what "Show me" sets up, with the legend
in the page's language. After changing a scenario, the plot or the
translation, refresh them with::

    .venv/bin/python -m gui.help_figures

which writes ``resources/help/img/<language>/<name>.png``. It renders
offscreen and needs no display.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from core.scenarios import HELP_DIR, load_scenarios, scenario_session

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
