"""The classification lab's figures: what they are drawn from, their caption, and the plane.

Every figure is built from a :class:`PlaneSnapshot`, the numbers the lab's
panels show (points, box, fit, the clustering shown, the background
results), never from the widgets: no control, hover readout, selection
ring or presentation-mode size ends up in an export. The plane shows the
box and every point, whatever the screen's zoom, drawn with the box square
as the features see it ([-1, 1]²); its probability tint is the one raster
of these figures (:class:`gui.figures.model.Image`), computed afresh on a
grid finer than the screen's. The rules that turn numbers into a picture
(the tint, the validation axes' top, the curves' clipping) are the panels'
own functions. Every figure has the caption of :func:`plane_caption`. The
weights and validation curves are in :mod:`gui.figures.classifier`, the
lifted view in :mod:`gui.figures.lifted`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication

from core.classifier import LogisticFit
from core.classify_settings import ClassifierSettings, ClusterSettings
from core.decision_map import decision_map
from core.lifted_view import LiftedView
from core.logistic_validation import DegreeCurve
from core.plane import Box, PlaneTable
from gui.figures.geometry import chain_segments
from gui.figures.model import Axis, Cell, Figure, Image, LegendEntry, Line, Markers, Plot
from gui.figures.snapshot import finish
from gui.panel_numbers import legend_corner
from gui.plane_plot import (
    BOUNDARY_COLOR,
    BOX_COLOR,
    CLASS_COLORS,
    CLUSTER_SYMBOLS,
    MISCLASSIFIED_COLOR,
    VIEW_PADDING,
    content_range,
    probability_tint,
)
from gui.plane_validation_job import PlaneLambdaCurves
from gui.plot_style import hex_color
from gui.readouts import format_number

if TYPE_CHECKING:
    from gui.main_window import MainWindow

translate = QCoreApplication.translate
# The shading's pixels along the longer side of the plane (the screen uses 160).
SHADING_PIXELS = 320
# The boundary is traced on a grid this fine along the longer side.
BOUNDARY_GRID = 400
# The legend box in the plane, as shares of the plot: its width, its height per
# row and its padding, and its distance from the frame (to choose its corner).
LEGEND_WIDTH = 0.32
LEGEND_ROW = 0.032
LEGEND_PADDING = 0.03
LEGEND_MARGIN = 0.02
# How the plane's figure symbols stand for the screen's cluster shapes (pyqtgraph's names).
FIGURE_SYMBOLS = {"o": "o", "s": "s", "t": "t-down", "d": "d", "p": "p", "h": "h",
                  "star": "star", "t1": "t", "t2": "t-right", "t3": "t-left"}  # fmt: skip
# The plane figure's width in layout pixels, the room its axes take across and
# down, and the bounds of its height over its width.
PLANE_WIDTH = 640.0
AXES_ROOM = (72.0, 46.0)
MIN_ASPECT, MAX_ASPECT = 0.45, 1.25
# Sizes and widths as the plane draws them in the normal look.
POINT_SIZE = 10.0
RING_SIZE = 17.0
CENTROID_SIZE = 22.0


@dataclass(frozen=True, eq=False)
class ClusterView:
    """The K-means clustering the lab shows.

    ``labels`` is each point's cluster (None right after seeding, when no
    point is assigned yet); ``plane_centroids`` are in the plane (x1, x2),
    ``lifted_centroids`` on the paraboloid when that is the space clustered.
    """

    labels: np.ndarray | None
    plane_centroids: np.ndarray
    lifted_centroids: np.ndarray | None


@dataclass(frozen=True, eq=False)
class PlaneCurves:
    """The validation curves the panel has computed, and the error measure it shows."""

    degree: DegreeCurve | None
    lam: PlaneLambdaCurves | None
    measure: str
    folds: int


@dataclass(frozen=True, eq=False)
class LiftView:
    """What the lifted view shows: its mode, the computed view (edge-on, principal), the camera."""

    mode: str
    view: LiftedView | None
    azimuth: float
    elevation: float


@dataclass(frozen=True, eq=False)
class PlaneSnapshot:
    """Every number the classification lab's figures draw."""

    points: PlaneTable
    box: Box
    model: ClassifierSettings
    fit: LogisticFit | None
    clustering: ClusterSettings
    clusters: ClusterView | None = None
    log_weights: bool = False
    curves: PlaneCurves | None = None
    lift: LiftView | None = None


def snapshot_of_plane(window: MainWindow) -> PlaneSnapshot:
    """The lab as the window shows it; background results only where they are current."""
    state = window.plane_state
    clusters = None
    shown = window.plane_lab.clustering.shown if state.clustering.shown else None
    if shown is not None:
        lifted = shown.centroids if shown.space == "paraboloid" else None
        clusters = ClusterView(shown.labels, shown.plane_centroids, lifted)
    panel = window.plane_lab.validation
    curves = PlaneCurves(
        panel.results.value("degree"),
        panel.results.value("lambda"),
        panel.measure_key,
        panel.folds_spin.value(),
    )
    lifted = window.plane_lab.lifted
    lift = LiftView(lifted.mode_key, lifted.results.value("view"), lifted.azimuth, lifted.elevation)
    return PlaneSnapshot(
        points=state.points,
        box=state.box,
        model=state.model,
        fit=state.fit,
        clustering=state.clustering,
        clusters=clusters,
        log_weights=window.plane_lab.coefficients.log_scale.isChecked(),
        curves=curves,
        lift=lift,
    )


# ---------------------------------------------------------------------- caption
def _percent(value: float | None) -> str:
    # No space before the sign: a caption's line never starts with "%".
    return "—" if value is None else f"{100 * value:.1f}%"


def plane_caption(s: PlaneSnapshot, with_clusters: bool = False) -> str:
    """One line stating the classifier: degree, basis, λ₁, λ₂, N, accuracy and cross-entropy.

    With ``with_clusters`` it also says what the marker shapes mean when
    K-means is shown.
    """
    m, fit = s.model, s.fit
    basis = (
        translate("Figures", "monomial")
        if m.basis == "monomial"
        else translate("Figures", "Legendre")
    )
    n_test = int(np.count_nonzero(s.points.is_test))
    text = translate(
        "Figures",
        "Degree {degree}, {basis} basis · λ₁ = {l1} · λ₂ = {l2} · N train {n_train} / "
        "N test {n_test} · accuracy train {train} / test {test} · cross-entropy train "
        "{train_bits} / test {test_bits} bits",
    ).format(
        degree=m.degree,
        basis=basis,
        l1=f"{m.l1:.4g}",
        l2=f"{m.l2:.4g}",
        n_train=len(s.points) - n_test,
        n_test=n_test,
        train=_percent(None if fit is None else fit.train_accuracy),
        test=_percent(None if fit is None else fit.test_accuracy),
        train_bits=format_number(None if fit is None else fit.train_cross_entropy_bits),
        test_bits=format_number(None if fit is None else fit.test_cross_entropy_bits),
    )
    if fit is not None and fit.status in ("separable", "one class"):
        note = (
            translate("Figures", "separable: shown with a tiny ridge penalty {0} on every weight")
            if fit.status == "separable"
            else translate(
                "Figures", "one class only: shown with a tiny ridge penalty {0} on every weight"
            )
        )
        text += " · " + note.format(f"{fit.fallback_l2:g}")
    elif fit is not None and not fit.certified:
        text += " · " + translate("Figures", "optimality not certified")
    if with_clusters and s.clusters is not None:
        text += " · " + _clusters_note(s)
    return text


def _clusters_note(s: PlaneSnapshot) -> str:
    c = s.clustering
    if c.space == "plane":
        text = translate("Figures", "K-means with K = {0} in the plane")
    elif c.space == "paraboloid":
        text = translate("Figures", "K-means with K = {0} on the paraboloid (h = {1})")
    else:
        text = translate("Figures", "K-means with K = {0} on every monomial up to degree {1}")
    shown = text.format(c.k, f"{c.height:g}" if c.space == "paraboloid" else s.model.degree)
    return translate("Figures", "{0}: a marker's shape is its cluster").format(shown)


# ------------------------------------------------------------------------ plane
def plane_extent(s: PlaneSnapshot) -> tuple[tuple[float, float], tuple[float, float]]:
    """The part of the plane the figure shows: the box and every point, with the view's margin."""
    ranges = content_range(s.box, s.points)
    return tuple(
        (lo - VIEW_PADDING * (hi - lo), hi + VIEW_PADDING * (hi - lo)) for lo, hi in ranges
    )  # type: ignore[return-value]


def _grid_sizes(s: PlaneSnapshot, x: tuple[float, float], y: tuple[float, float], n: int):
    # As many cells per unit of drawn length on both axes (the box is drawn square).
    b = s.box
    wide = (x[1] - x[0]) / (b.x1hi - b.x1lo)
    tall = (y[1] - y[0]) / (b.x2hi - b.x2lo)
    longest = max(wide, tall)
    return max(2, round(n * wide / longest)), max(2, round(n * tall / longest))


def shading(s: PlaneSnapshot, x: tuple[float, float], y: tuple[float, float]) -> Image | None:
    """p(class 1) over the extent as the plane tints it, one pixel per grid point."""
    fit = s.fit
    if fit is None:
        return None
    n1, n2 = _grid_sizes(s, x, y, SHADING_PIXELS)
    # Grid points at the pixels' centres.
    dx, dy = (x[1] - x[0]) / n1, (y[1] - y[0]) / n2
    grid = decision_map(
        fit.coef,
        fit.basis,
        fit.box,
        (x[0] + dx / 2, x[1] - dx / 2),
        (y[0] + dy / 2, y[1] - dy / 2),
        n1,
        n2,
    )
    return Image(probability_tint(grid.probability), (x[0], x[1], y[0], y[1]))


def boundary(s: PlaneSnapshot, x: tuple[float, float], y: tuple[float, float]) -> Line:
    """The curve p = 1/2 across the extent, traced on a grid and joined into polylines."""
    color = hex_color(BOUNDARY_COLOR)
    if s.fit is None:
        return Line([], [], color, 2.5)
    n1, n2 = _grid_sizes(s, x, y, BOUNDARY_GRID)
    grid = decision_map(s.fit.coef, s.fit.basis, s.fit.box, x, y, n1, n2)
    return Line(*chain_segments(grid.boundary), color, 2.5, join="miter")


def class_markers(
    points: PlaneTable,
    u: np.ndarray,
    v: np.ndarray,
    size: float,
    symbols: np.ndarray | None = None,
    test_width: float = 2.2,
) -> list[Markers]:
    """Points at (u, v): training points filled in their class's colour, test points hollow.

    ``symbols`` (one per point, figure names) gives each point its cluster's shape.
    """
    out = []
    if symbols is None:
        symbols = np.full(len(points), "o")
    for label in (0, 1):
        color = hex_color(CLASS_COLORS[label])
        for test in (False, True):
            chosen = (points.label == label) & (points.is_test == test)
            for symbol in dict.fromkeys(symbols[chosen].tolist()):
                pick = chosen & (symbols == symbol)
                if test:
                    out.append(
                        Markers(u[pick], v[pick], symbol, size, "#ffffff", color, test_width)
                    )
                else:
                    out.append(Markers(u[pick], v[pick], symbol, size, color, "#ffffff", 0.8))
    return out


def class_legend(size: float = POINT_SIZE) -> list[LegendEntry]:
    """Class 0, class 1 and a hollow test point, as the plane's legend names them."""
    c0, c1 = (hex_color(c) for c in CLASS_COLORS)
    return [
        LegendEntry(
            Markers([], [], "o", size, c0, "#ffffff", 0.8), translate("Figures", "Class 0")
        ),
        LegendEntry(
            Markers([], [], "o", size, c1, "#ffffff", 0.8), translate("Figures", "Class 1")
        ),
        LegendEntry(
            Markers([], [], "o", size, "#ffffff", c1, 2.2),
            translate("Figures", "Test point (hollow)"),
        ),
    ]


def centroid_markers(u: np.ndarray, v: np.ndarray, size: float) -> list[Markers]:
    """The centroids as large white markers of their clusters' shapes."""
    return [
        Markers(
            [u[j]], [v[j]], FIGURE_SYMBOLS[CLUSTER_SYMBOLS[j]], size, "#ffffffe6", "#000000", 2.0
        )
        for j in range(u.size)
    ]


def cluster_symbols(s: PlaneSnapshot) -> np.ndarray | None:
    """Each point's marker shape (figure names) when clusters are shown, else None."""
    c = s.clusters
    if c is None or c.labels is None or c.labels.size != len(s.points):
        return None
    return np.array([FIGURE_SYMBOLS[CLUSTER_SYMBOLS[j]] for j in c.labels.tolist()], dtype=object)


def plane_plot(s: PlaneSnapshot) -> Plot:
    """The plane: tint, box, boundary, points of both classes, rings and clusters, legend."""
    x, y = plane_extent(s)
    b, p = s.box, s.points
    items: list = []
    tint = shading(s, x, y)
    if tint is not None:
        items.append(tint)
    corners_x = [b.x1lo, b.x1hi, b.x1hi, b.x1lo, b.x1lo]
    corners_y = [b.x2lo, b.x2lo, b.x2hi, b.x2hi, b.x2lo]
    items.append(Line(corners_x, corners_y, hex_color(BOX_COLOR), 1.2, True, "miter"))
    line = boundary(s, x, y)
    items.append(line)
    red = hex_color(MISCLASSIFIED_COLOR)
    wrong = np.zeros(len(p), dtype=bool)
    if s.fit is not None and s.fit.misclassified.size == len(p):
        wrong = s.fit.misclassified
    ring = Markers(p.x1[wrong], p.x2[wrong], "o", RING_SIZE, "", red, 1.8)
    items.append(ring)
    items.extend(class_markers(p, p.x1, p.x2, POINT_SIZE, cluster_symbols(s)))
    legend = class_legend()
    legend.append(LegendEntry(ring, translate("Figures", "Misclassified")))
    legend.append(LegendEntry(line, translate("Figures", "Boundary p = ½")))
    if s.clusters is not None:
        centroids = s.clusters.plane_centroids
        marks = centroid_markers(centroids[:, 0], centroids[:, 1], CENTROID_SIZE)
        items.extend(marks)
        sample = Markers([], [], "o", 14, "#ffffffe6", "#000000", 2.0)
        legend.append(LegendEntry(sample, translate("Figures", "Cluster centroid")))
    corner = free_corner(p.x1, p.x2, x, y, len(legend))
    return Plot(
        Axis("x₁", *x),
        Axis("x₂", *y),
        tuple(items),
        legend=tuple(legend),
        legend_at=corner,  # type: ignore[arg-type]
        equal_aspect=True,
        y_scale=(b.x1hi - b.x1lo) / (b.x2hi - b.x2lo),
    )


def free_corner(
    u: np.ndarray, v: np.ndarray, x: tuple[float, float], y: tuple[float, float], rows: int
) -> str:
    """The corner of the plot whose legend of ``rows`` rows covers the fewest points."""
    fx = (np.asarray(u) - x[0]) / (x[1] - x[0])
    fy = (np.asarray(v) - y[0]) / (y[1] - y[0])
    box = (LEGEND_WIDTH, LEGEND_ROW * rows + LEGEND_PADDING)
    return legend_corner(fx, fy, np.ones(fx.size), (1.0, 1.0), box, LEGEND_MARGIN)


def plane_figure(s: PlaneSnapshot, caption: bool = True) -> Figure:
    """The plane as a figure, as tall as the extent drawn with the box square."""
    plot = plane_plot(s)
    shape = (plot.y.hi - plot.y.lo) * plot.y_scale / (plot.x.hi - plot.x.lo)
    height = (PLANE_WIDTH - AXES_ROOM[0]) * shape + AXES_ROOM[1]
    aspect = min(max(height / PLANE_WIDTH, MIN_ASPECT), MAX_ASPECT)
    figure = Figure(
        (Cell(plot),), plane_caption(s, with_clusters=True), aspect, design_width=PLANE_WIDTH
    )
    return finish(figure, caption)
