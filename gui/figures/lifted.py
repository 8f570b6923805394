"""The lifted view as a figure: the points in feature space, where the boundary is flat.

The view the panel shows (:mod:`gui.lifted_panel`): edge-on to the fitted
plane with the boundary as the line f = 0, the principal components with
the boundary's trace, or K-means' paraboloid with its wire frame and the
clusters (drawn with equal units, without axes: its coordinates are a
camera's). Under the plot, the panel's sentence on what the view shows;
under that, the classifier's caption (:func:`gui.figures.plane.plane_caption`).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetricsF

from core.lifted_view import oblique_view
from gui.figures.drawing import MARGIN, TEXT_PX, font, wrap
from gui.figures.geometry import chain_segments
from gui.figures.model import Axis, Cell, Figure, LegendEntry, Line, Markers, Plot, Rule, TextPanel
from gui.figures.plane import (
    PlaneSnapshot,
    centroid_markers,
    class_legend,
    class_markers,
    cluster_symbols,
    plane_caption,
)
from gui.figures.render import CELL_GAP
from gui.figures.snapshot import finish
from gui.lifted_panel import (
    TRACE_COLOR,
    WIRE_COLOR,
    lifted_axis_titles,
    lifted_note,
    paraboloid_points,
    paraboloid_wire,
)
from gui.plot_style import hex_color

translate = QCoreApplication.translate
# Sizes as the panel draws them in the normal look.
POINT_SIZE = 8.0
CENTROID_SIZE = 18.0
# The view's margin around what it shows, a share of the extent on each side.
PADDING = 0.05
# The figure's width in layout pixels, and the plot's height over that width.
DESIGN_WIDTH = 720.0
PLOT_ASPECT = 0.68
# The paraboloid's plot: at least this high over its width, and room for the legend above it.
MIN_ASPECT = 0.3
LEGEND_ROOM = 40.0


def _range(values: np.ndarray) -> tuple[float, float]:
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return -1.0, 1.0
    lo, hi = float(finite.min()), float(finite.max())
    span = hi - lo if hi > lo else max(abs(lo), 1.0)
    return lo - PADDING * span, hi + PADDING * span


def _empty_plot() -> Plot:
    return Plot(Axis("", -1.0, 1.0), Axis("", -1.0, 1.0), (), frame=False)


def feature_plot(s: PlaneSnapshot) -> Plot:
    """The edge-on or principal view: points, the boundary (or its trace), axis titles."""
    lift, fit = s.lift, s.fit
    view = None if lift is None else lift.view
    if lift is None or view is None or fit is None or view.u.size != len(s.points):
        return _empty_plot()
    color = hex_color(TRACE_COLOR)
    items: list = []
    legend = class_legend(POINT_SIZE)
    u_values = [view.u]
    v_values = [view.v]
    if view.boundary_u is not None:
        rule = Rule(view.boundary_u, True, color, 2.0)
        items.append(rule)
        u_values.append(np.array([view.boundary_u]))
        legend.append(LegendEntry(rule, translate("Figures", "Boundary f = 0")))
    if view.trace is not None and view.trace.size:
        trace = Line(*chain_segments(view.trace), color, 2.0, join="miter")
        items.append(trace)
        u_values.append(trace.x)
        v_values.append(trace.y)
        legend.append(LegendEntry(trace, translate("Figures", "Trace of the boundary p = ½")))
    items.extend(class_markers(s.points, view.u, view.v, POINT_SIZE, test_width=1.8))
    x = _range(np.concatenate(u_values))
    y = _range(np.concatenate(v_values))
    bottom, left = lifted_axis_titles(lift.mode, view)
    return Plot(
        Axis(bottom, *x),
        Axis(left, *y),
        tuple(items),
        legend=tuple(legend),
        legend_at="above",
    )


def paraboloid_plot(s: PlaneSnapshot) -> Plot:
    """K-means' paraboloid seen by the panel's camera: wire frame, points, clusters."""
    lift = s.lift
    assert lift is not None
    h = s.clustering.height
    a, e = lift.azimuth, lift.elevation
    u, v = oblique_view(paraboloid_points(s.points, s.box, h), a, e)
    wu, wv = oblique_view(paraboloid_wire(h), a, e)
    segments = np.stack([wu, wv], axis=1).reshape(-1, 2, 2)
    wire = Line(*chain_segments(segments), hex_color(WIRE_COLOR), 1.0, join="miter")
    items: list = [wire]
    items.extend(class_markers(s.points, u, v, POINT_SIZE, cluster_symbols(s), test_width=1.8))
    legend = class_legend(POINT_SIZE)
    c = s.clusters
    if c is not None and c.lifted_centroids is not None:
        cu, cv = oblique_view(c.lifted_centroids, a, e)
        items.extend(centroid_markers(cu, cv, CENTROID_SIZE))
        sample = Markers([], [], "o", 14, "#ffffffe6", "#000000", 2.0)
        legend.append(LegendEntry(sample, translate("Figures", "Cluster centroid")))
    x = _range(np.concatenate([u, wu]))
    y = _range(np.concatenate([v, wv]))
    return Plot(
        Axis("", *x),
        Axis("", *y),
        tuple(items),
        legend=tuple(legend),
        legend_at="above",
        equal_aspect=True,
        frame=False,
    )


def note_height(text: str, width: float) -> float:
    """The height, in layout pixels, of ``text`` wrapped in a text panel ``width`` wide."""
    f = font(TEXT_PX)
    lines = wrap(text, f, width)
    return len(lines) * (QFontMetricsF(f).lineSpacing() + 2) + MARGIN


def lifted_figure(s: PlaneSnapshot, caption: bool = True) -> Figure:
    """The lifted view as a figure, the panel's explanation under the plot."""
    mode = "edge" if s.lift is None else s.lift.mode
    plot = paraboloid_plot(s) if mode == "paraboloid" else feature_plot(s)
    text = lifted_note(mode, s.fit, s.clustering.height, interactive=False)
    # The plot keeps its proportions (the paraboloid's drawn with equal units);
    # the row under it is as tall as the note's lines.
    plot_height = PLOT_ASPECT * DESIGN_WIDTH
    if plot.equal_aspect:
        shape = (plot.y.hi - plot.y.lo) / (plot.x.hi - plot.x.lo)
        plot_height = min(max(shape, MIN_ASPECT), PLOT_ASPECT) * DESIGN_WIDTH + LEGEND_ROOM
    text_height = note_height(text, DESIGN_WIDTH - MARGIN)
    figure = Figure(
        (Cell(plot, 0, 0), Cell(TextPanel((text,)), 1, 0)),
        plane_caption(s, with_clusters=mode == "paraboloid"),
        aspect=(plot_height + CELL_GAP + text_height) / DESIGN_WIDTH,
        design_width=DESIGN_WIDTH,
        row_weights=(plot_height, text_height),
    )
    return finish(figure, caption)
