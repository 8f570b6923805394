"""The lifted view: the same points in feature space, where the boundary is flat.

Three pictures of the lift (``core.lifted_view``), chosen in the panel:

- *edge-on*: every point lifted to its features and seen edge-on to the
  fitted flat boundary, so the boundary is the vertical line f = 0 for any
  degree: what a curve separates in the plane, a straight line separates here;
- *principal components*: the lifted points on their two directions of
  largest spread, with the trace of the boundary (the plane's p = 1/2 curve,
  lifted and projected the same way);
- *paraboloid*: K-means' lift ``(z1, z2, h (z1^2 + z2^2))`` at the tool's
  height h, drawn in perspective-free 3-D (drag to turn it), with the
  clusters and their centroids when the tool shows them: rings at different
  radii rise to different heights, where a flat cut separates them.

The first two are computed off the GUI thread from the state's fit; the
third from the points directly. The panel draws only while it is shown.
The explanation under the view, the axis titles and the paraboloid's points
and wire frame come from module functions that the panel's figure
(:mod:`gui.figures.lifted`) uses too.

Over 400 lines because it holds three views of one space (edge-on,
principal components, the paraboloid that the mouse turns) behind one
control, sharing the points' drawing and the background computation.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.classifier import LogisticFit, PlaneDesign
from core.lifted_view import LiftedView, edge_on_view, oblique_view, principal_view
from core.plane import Box, PlaneTable
from core.validation import Checkpoint
from gui.background_results import BackgroundResults, Keys
from gui.labels import LinesLabel, narrow_combo, set_text_color
from gui.plane_plot import CLASS_COLORS, CLUSTER_SYMBOLS
from gui.plane_state import PlaneState
from gui.plot_style import NORMAL, Look, style_plot

MODES = ("edge", "pca", "paraboloid")
#: The camera's start: turned a little, looking down a little.
AZIMUTH = math.radians(30.0)
ELEVATION = math.radians(18.0)
#: Radians per pixel of a drag that turns the paraboloid.
TURN_PER_PIXEL = 0.01
WIRE_COLOR = (150, 150, 150)
TRACE_COLOR = (25, 25, 25)


def lifted_job(request: tuple, checkpoint: Checkpoint | None = None) -> dict:
    """The worker's job: the edge-on or principal view of the fit's lift."""
    design, fit, mode = request
    if checkpoint is not None:
        checkpoint()
    if mode == "edge":
        return {"view": edge_on_view(design, fit)}
    boundary = fit.decision_map().boundary
    return {"view": principal_view(design, fit.degree, boundary)}


def paraboloid_points(points: PlaneTable, box: Box, height: float) -> np.ndarray:
    """The points on the paraboloid ``(z1, z2, h (z1^2 + z2^2))``, shape (N, 3)."""
    z1, z2 = box.to_unit(points.x1, points.x2)
    return np.column_stack([z1, z2, height * (z1 * z1 + z2 * z2)])


def paraboloid_wire(height: float) -> np.ndarray:
    """The surface drawn as rings and spokes of the unit disc raised to h r².

    Returns segments as consecutive pairs of 3-D points, shape (2 n_segments, 3).
    """
    segments = []
    theta = np.linspace(0.0, 2 * np.pi, 49)
    for r in (0.25, 0.5, 0.75, 1.0):
        ring = np.column_stack(
            [r * np.cos(theta), r * np.sin(theta), np.full(theta.size, height * r * r)]
        )
        segments.append(np.repeat(ring, 2, axis=0)[1:-1])
    radius = np.linspace(0.0, 1.0, 9)
    for angle in np.linspace(0.0, 2 * np.pi, 12, endpoint=False):
        spoke = np.column_stack(
            [radius * np.cos(angle), radius * np.sin(angle), height * radius * radius]
        )
        segments.append(np.repeat(spoke, 2, axis=0)[1:-1])
    return np.concatenate(segments)


def lifted_axis_titles(mode: str, view: LiftedView) -> tuple[str, str]:
    """(bottom, left) axis titles of the edge-on or principal view, in the current language."""
    translate = QCoreApplication.translate
    if mode == "edge":
        bottom = translate("LiftedPanel", "fitted logit f")
        left = translate("LiftedPanel", "spread along the boundary ({0} %)").format(
            f"{100 * view.explained[0]:.0f}"
        )
    else:
        bottom = translate("LiftedPanel", "component 1 ({0} %)").format(
            f"{100 * view.explained[0]:.0f}"
        )
        left = translate("LiftedPanel", "component 2 ({0} %)").format(
            f"{100 * view.explained[1]:.0f}"
        )
    return bottom, left


def lifted_note(mode: str, fit: LogisticFit | None, height: float, interactive: bool = True) -> str:
    """What the view ``mode`` shows, in one or two sentences in the current language.

    ``interactive`` adds how to turn the paraboloid (not for a figure).
    """
    translate = QCoreApplication.translate
    if mode == "paraboloid":
        if height == 0:
            text = translate(
                "LiftedPanel",
                "At h = 0 every point stays in the plane: raise h in the K-means tool to lift "
                "each point (z₁, z₂) to the height h·(z₁² + z₂²).",
            )
        else:
            text = translate(
                "LiftedPanel",
                "Each point (z₁, z₂) rises to the height h·(z₁² + z₂²), h = {0} (the K-means "
                "tool). Far points rise higher: two rings end at two heights, and a flat cut "
                "parts them.",
            ).format(f"{height:g}")
        if interactive:
            text = translate("LiftedPanel", "{0} Drag to turn.").format(text)
        return text
    if fit is None:
        return translate("LiftedPanel", "No fit yet: add training points of both classes.")
    if fit.degree == 0:
        return translate("LiftedPanel", "Degree 0 has no features to lift: raise the degree.")
    if mode == "edge":
        return translate(
            "LiftedPanel",
            "The points lifted to their {0} features, seen edge-on to the fitted flat "
            "boundary (the line f = 0; across: the logit f). A curve in the plane is a "
            "straight cut here.",
        ).format(fit.coef.size - 1)
    return translate(
        "LiftedPanel",
        "The {0} features projected on their two directions of largest spread. Black: "
        "the boundary's trace, the plane's p = ½ curve lifted and projected alike.",
    ).format(fit.coef.size - 1)


class _TurnViewBox(pg.ViewBox):
    """A view box whose drags turn a 3-D picture (when turning) instead of panning it."""

    turned = Signal(float, float)

    def __init__(self) -> None:
        super().__init__(enableMenu=False)
        self.turning = False

    def mouseDragEvent(self, ev, axis=None) -> None:
        if not self.turning or ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        ev.accept()
        delta = ev.screenPos() - ev.lastScreenPos()
        self.turned.emit(float(delta.x()), float(delta.y()))

    def wheelEvent(self, ev, axis=None) -> None:
        ev.ignore()


class LiftedPanel(QWidget):
    """The points in feature space (objectName ``liftedPanel``)."""

    def __init__(self, state: PlaneState, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("liftedPanel")
        self._state = state
        self._look = NORMAL
        self.azimuth = AZIMUTH
        self.elevation = ELEVATION
        # Cluster of each point and centroids in the lifted space, when shown.
        self._clusters: np.ndarray | None = None
        self._centroids3: np.ndarray | None = None
        self.view: LiftedView | None = None

        self.mode = QComboBox()
        self.mode.setObjectName("liftedModeControl")
        narrow_combo(self.mode)
        for key in MODES:
            self.mode.addItem("", key)
        self.mode_label = QLabel()
        self.mode_label.setBuddy(self.mode)
        self._box = _TurnViewBox()
        self.plot_widget = pg.PlotWidget(background="w", viewBox=self._box)
        self.plot_widget.setObjectName("liftedPlot")
        self.plot_widget.setMinimumHeight(160)
        self.plot = self.plot_widget.getPlotItem()
        self.wire = pg.PlotCurveItem(connect="pairs")
        self.trace = pg.PlotCurveItem(connect="pairs")
        self.boundary_line = pg.InfiniteLine(angle=90)
        self.points = {
            (label, test): pg.ScatterPlotItem() for label in (0, 1) for test in (False, True)
        }
        self.centroids = pg.ScatterPlotItem()
        for item, z in (
            (self.wire, 0),
            (self.trace, 2),
            (self.boundary_line, 2),
            *((p, 3) for p in self.points.values()),
            (self.centroids, 4),
        ):
            self.plot.addItem(item)
            item.setZValue(z)
        self.caption = LinesLabel(4, "liftedCaption")
        set_text_color(self.caption, "#404040")

        top = QHBoxLayout()
        top.addWidget(self.mode_label)
        top.addWidget(self.mode, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.caption)

        self.results = BackgroundResults(
            state, self._keys, self._start, ("view",), self.isVisible, self
        )
        self.results.delivered.connect(self._on_results_delivered)
        self.mode.currentIndexChanged.connect(self._on_mode_changed)
        self._box.turned.connect(self._on_view_turned)
        state.fit_changed.connect(self._on_state_changed)
        state.clustering_changed.connect(self._on_state_changed)
        self.set_look(NORMAL)
        self.retranslate()
        self._on_mode_changed()

    # ------------------------------------------------------------------ public
    def set_look(self, look: Look) -> None:
        """Draw axes and points as large as ``look`` says (presentation mode)."""
        self._look = look
        style_plot(self.plot, look)
        self.plot.setMouseEnabled(x=False, y=False)
        for (label, test), item in self.points.items():
            color = CLASS_COLORS[label]
            if test:
                item.setPen(look.pen(color, 1.8))
                item.setBrush(pg.mkBrush(255, 255, 255))
            else:
                item.setPen(look.pen("w", 0.6))
                item.setBrush(pg.mkBrush(color))
            item.setSize(look.size(8))
        self.centroids.setPen(look.pen("k", 2.0))
        self.centroids.setBrush(pg.mkBrush(255, 255, 255, 230))
        self.centroids.setSize(look.size(18))
        self.wire.setPen(look.pen(WIRE_COLOR, 1.0))
        self.trace.setPen(look.pen(TRACE_COLOR, 2.0))
        self.boundary_line.setPen(look.pen(TRACE_COLOR, 2.0))
        self._redraw()

    def retranslate(self) -> None:
        """Set every visible string in the current language."""
        self.mode_label.setText(self.tr("&View"))
        self.mode.setItemText(0, self.tr("Edge-on: the flat boundary as a line"))
        self.mode.setItemText(1, self.tr("Principal components of the lift"))
        self.mode.setItemText(2, self.tr("Paraboloid (z₁, z₂, h·(z₁² + z₂²)) of K-means"))
        self.mode.setToolTip(
            self.tr(
                "Each point (x₁, x₂) is lifted to its features, every monomial z₁ⁱ z₂ʲ up to the "
                "degree; the classifier is a flat plane there. Three ways to look at that space."
            )
        )
        self._update_caption()
        if self.view is not None and self.mode_key != "paraboloid":
            self._set_axis_titles(self.view)

    @property
    def mode_key(self) -> str:
        """``"edge"``, ``"pca"`` or ``"paraboloid"``."""
        return str(self.mode.currentData())

    def set_mode(self, key: str) -> None:
        """Show one of the views (a key of MODES)."""
        self.mode.setCurrentIndex(self.mode.findData(key))

    def set_clusters(self, labels: np.ndarray | None, centroids3: np.ndarray | None) -> None:
        """The clusters to show on the paraboloid (centroids in its coordinates), or None."""
        nothing = labels is None and centroids3 is None
        if nothing and self._clusters is None and self._centroids3 is None:
            return
        self._clusters = None if labels is None else np.asarray(labels, dtype=int)
        self._centroids3 = None if centroids3 is None else np.asarray(centroids3, dtype=float)
        if self.mode_key == "paraboloid":
            self._redraw()

    def wait_until_idle(self, timeout_ms: int = 10_000, hidden: bool = False) -> bool:
        """Process events until the view is up to date (for exports and tests).

        With ``hidden``, computed even while the panel is not on screen (for
        its figure, which draws it all the same).
        """
        return self.results.wait_until_idle(timeout_ms, hidden)

    def drawn_points(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every drawn point as (u, v, label), training and test points."""
        us, vs, labels = [], [], []
        for (label, _), item in self.points.items():
            x, y = item.getData()
            if x is not None and len(x):
                us.append(np.asarray(x))
                vs.append(np.asarray(y))
                labels.append(np.full(len(x), label))
        if not us:
            return np.empty(0), np.empty(0), np.empty(0, dtype=int)
        return np.concatenate(us), np.concatenate(vs), np.concatenate(labels)

    def trace_segments(self) -> np.ndarray:
        """The drawn boundary trace, shape (n_segments, 2, 2)."""
        x, y = self.trace.getData()
        if x is None or len(x) == 0:
            return np.zeros((0, 2, 2))
        return np.column_stack([x, y]).reshape(-1, 2, 2)

    # ------------------------------------------------------------------- slots
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.results.catch_up()
        if self.mode_key == "paraboloid":
            self._redraw()

    def _on_mode_changed(self, *_args: object) -> None:
        paraboloid = self.mode_key == "paraboloid"
        self._box.turning = paraboloid
        for name in ("left", "bottom"):
            self.plot.showAxis(name, not paraboloid)
        self.view = None
        self.results.invalidate()
        self._redraw()
        self._update_caption()

    def _on_state_changed(self) -> None:
        self.results.invalidate()
        if self.mode_key == "paraboloid" and self.isVisible():
            self._redraw()
        self._update_caption()

    def _on_results_delivered(self, parts: dict) -> None:
        self.view = parts.get("view")
        self._redraw()

    def _on_view_turned(self, dx: float, dy: float) -> None:
        self.azimuth = (self.azimuth + TURN_PER_PIXEL * dx) % (2 * math.pi)
        self.elevation = min(max(self.elevation + TURN_PER_PIXEL * dy, 0.0), math.pi / 2)
        self._redraw()

    # -------------------------------------------------------------- background
    def _keys(self) -> Keys:
        fit = self._state.fit
        if self.mode_key == "paraboloid" or fit is None or fit.degree == 0:
            return {"view": None}
        # The fit first: compared by identity, a new fit is a new view.
        return {"view": (fit, self.mode_key)}

    def _start(self, _wanted: frozenset[str], _keys: Keys) -> tuple | None:
        design: PlaneDesign | None = self._state.design
        fit: LogisticFit | None = self._state.fit
        if design is None or fit is None:
            return None
        return lifted_job, (design, fit, self.mode_key)

    # ----------------------------------------------------------------- drawing
    def _clear(self) -> None:
        for item in self.points.values():
            item.setData([], [])
        for item in (self.wire, self.trace):
            item.setData([], [])
        self.centroids.setData([], [])
        self.boundary_line.hide()

    def _redraw(self) -> None:
        self._clear()
        if self.mode_key == "paraboloid":
            self._draw_paraboloid()
            return
        view, fit = self.view, self._state.fit
        if view is None or fit is None or view.u.size != len(self._state.points):
            return
        self._draw_points(view.u, view.v)
        if view.boundary_u is not None:
            self.boundary_line.setValue(view.boundary_u)
            self.boundary_line.show()
        if view.trace is not None and view.trace.size:
            flat = view.trace.reshape(-1, 2)
            self.trace.setData(flat[:, 0], flat[:, 1], connect="pairs")
        self._set_axis_titles(view)
        self.plot.enableAutoRange()
        self.plot.autoRange(padding=0.05)
        self.plot.disableAutoRange()

    def _draw_points(self, u: np.ndarray, v: np.ndarray, symbols: list | None = None) -> None:
        p = self._state.points
        for (label, test), item in self.points.items():
            chosen = (p.label == label) & (p.is_test == test)
            if symbols is None:
                item.setData(u[chosen], v[chosen], symbol="o")
            else:
                chosen_symbols = [s for s, c in zip(symbols, chosen, strict=True) if c]
                item.setData(u[chosen], v[chosen], symbol=chosen_symbols)

    def _set_axis_titles(self, view: LiftedView) -> None:
        bottom, left = lifted_axis_titles(self.mode_key, view)
        self.plot.setLabel("bottom", bottom)
        self.plot.setLabel("left", left)

    def lifted_paraboloid(self) -> np.ndarray:
        """The points on the paraboloid ``(z1, z2, h (z1^2 + z2^2))``, shape (N, 3)."""
        s = self._state
        return paraboloid_points(s.points, s.box, s.clustering.height)

    def _draw_paraboloid(self) -> None:
        h = self._state.clustering.height
        lifted = self.lifted_paraboloid()
        u, v = oblique_view(lifted, self.azimuth, self.elevation)
        symbols = None
        clusters = self._clusters
        if clusters is not None and clusters.size == u.size:
            symbols = [CLUSTER_SYMBOLS[c] for c in clusters.tolist()]
        self._draw_points(u, v, symbols)
        wire = paraboloid_wire(h)
        wu, wv = oblique_view(wire, self.azimuth, self.elevation)
        self.wire.setData(wu, wv, connect="pairs")
        if self._centroids3 is not None:
            cu, cv = oblique_view(self._centroids3, self.azimuth, self.elevation)
            k = self._centroids3.shape[0]
            self.centroids.setData(cu, cv, symbol=[CLUSTER_SYMBOLS[j] for j in range(k)])
        # Everything drawn in view: the surface and every point.
        all_u = np.concatenate([u, wu])
        all_v = np.concatenate([v, wv])
        self.plot.setXRange(float(all_u.min()), float(all_u.max()), padding=0.04)
        self.plot.setYRange(float(all_v.min()), float(all_v.max()), padding=0.04)

    def _update_caption(self) -> None:
        s = self._state
        self.caption.setText(lifted_note(self.mode_key, s.fit, s.clustering.height))
