"""The concepts guide's pictures of the classification lab, drawn by the lab itself.

Called by ``gui.help_figures.render`` for each interface language: the plane
of the "Circles need a lift" scenario at degree 2, the same points lifted and
seen edge-on to the classifier's flat boundary, and the "K-means on a lift"
scenario's rings on the paraboloid at h = 2.5 with their two clusters. The
pictures are stored with a palette of the few colours the plots use (the
class colours, black, the red ring, and the most frequent of the rest,
without dithering), which keeps them a third of the size of full colour and
the guide within its budget.
"""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

from core.scenarios import load_scenarios, plane_scenario_data

#: Picture name -> (scenario, what to draw).
PLANE_FIGURES: dict[str, tuple[str, str]] = {
    "lift_plane": ("circles_need_a_lift", "plane"),
    "lift_edge_on": ("circles_need_a_lift", "edge"),
    "kmeans_paraboloid": ("kmeans_lift", "paraboloid"),
}
#: Drawn at this size (as the pages show them) and stored 1.5 times as wide.
SIZE = (400, 280)
PNG_WIDTH = 600
#: The paraboloid's height in its picture: high enough for the rings to part.
PICTURE_HEIGHT = 2.5
#: Colours in a picture's palette.
PALETTE_SIZE = 56


def palette_png(image) -> bytes:
    """``image`` (a QImage) as PNG bytes with a small palette, nearest colour, no dithering."""
    import numpy as np
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QColor, QImage

    from gui.plane_plot import BOUNDARY_COLOR, CLASS_COLORS, MISCLASSIFIED_COLOR

    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    width, height = rgb.width(), rgb.height()
    pixels = np.frombuffer(rgb.constBits(), dtype=np.uint32)
    pixels = pixels.reshape(height, rgb.bytesPerLine() // 4)[:, :width]
    values, counts = np.unique(pixels, return_counts=True)
    # The colours that carry meaning first, then the most frequent of the others.
    table = [QColor(c).rgb() for c in ("white", BOUNDARY_COLOR, MISCLASSIFIED_COLOR, *CLASS_COLORS)]
    for value in values[np.argsort(-counts)]:
        if len(table) >= PALETTE_SIZE:
            break
        if int(value) not in table:
            table.append(int(value))
    indexed = rgb.convertToFormat(
        QImage.Format.Format_Indexed8, table, Qt.ImageConversionFlag.ThresholdDither
    )
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    indexed.save(buffer, "PNG")
    return bytes(buffer.data())


def render_plane_figures(out_dir: Path) -> list[Path]:
    """Write every picture of this module to ``out_dir`` (a language's folder); return them.

    Runs in the current interface language, inside a running QApplication.
    """
    from PySide6.QtGui import QImage, QUndoStack
    from PySide6.QtWidgets import QApplication

    from core.atomic_write import write_atomic
    from gui.clustering import ClusterRequest, cluster_job
    from gui.export import export_widget
    from gui.lifted_panel import LiftedPanel
    from gui.plane_plot import ClassPlot
    from gui.plane_state import PlaneState

    app = QApplication.instance()
    scenarios = {s.key: s for s in load_scenarios()}
    written = []
    for name, (key, kind) in PLANE_FIGURES.items():
        data = plane_scenario_data(scenarios[key])
        if kind == "paraboloid":
            clustering = dataclasses.replace(data.settings.clustering, height=PICTURE_HEIGHT)
            settings = dataclasses.replace(data.settings, clustering=clustering)
            data = dataclasses.replace(data, settings=settings)
        state = PlaneState()
        state.restore(data)
        if kind == "plane":
            widget = ClassPlot(state, QUndoStack())
            # The page's caption names the colours; a legend would hide the rings.
            widget.set_legend_visible(False)
            target = widget
        else:
            widget = LiftedPanel(state)
            widget.set_mode("edge" if kind == "edge" else "paraboloid")
            target = widget.plot_widget
            if kind == "paraboloid":
                request = ClusterRequest(
                    data.points, data.box, clustering, data.settings.model.degree
                )
                shown = cluster_job(request)["clusters"]
                widget.azimuth = math.radians(30.0)
                widget.elevation = math.radians(10.0)
                widget.set_clusters(shown.labels, shown.centroids)
        widget.resize(*SIZE)
        widget.show()
        app.processEvents()
        # The plot itself gets the picture's size (the panel has more around it).
        extra = (widget.width() - target.width(), widget.height() - target.height())
        widget.resize(SIZE[0] + extra[0], SIZE[1] + extra[1])
        app.processEvents()
        if kind == "plane":
            widget.reset_view()
        elif kind == "edge":
            widget.wait_until_idle()
        app.processEvents()
        path = export_widget(target, out_dir / f"{name}.png", PNG_WIDTH)
        write_atomic(path, palette_png(QImage(str(path))))
        written.append(path)
        widget.close()
        widget.deleteLater()
        app.processEvents()
    return written
