"""The plane of the classification lab: points of two classes, the probability and the boundary.

Left click on empty space adds a training point of the class chosen for
clicks (keys 1 and 2, or the toggle in the model controls), Shift+click a
held-out test point of that class; a click on a point selects it, dragging
a point moves it (one undo step), right click removes it; Ctrl+drag selects
a rectangle, Ctrl+click toggles a point, Delete removes the selection,
Escape clears it. A point may not lie more than half the box's width
(height) beyond its sides (``core.limits.MAX_PLANE_Z``): such a click is
refused with a message naming the limit, and a drag stops at it.

Drawn, back to front: the probability p(class 1) as a tint (class 0's
colour where p is near 0, class 1's where it is near 1, white at 1/2) over
the visible area, the box mapped onto [-1, 1]^2 (dashed), the decision
boundary p = 1/2, the points (training points filled in their class's
colour, test points hollow), a red ring around every misclassified point,
and, when the K-means tool shows its clusters, each point's cluster as its
marker's shape with the centroids as large markers of the same shapes. The
view never rescales because the fit changed.

Over 400 lines because one view draws five layers that depend on each other
(shading, boundary, points with their rings, selection, clusters) and keeps
its legend and gestures in step with them; the rules they share (tint,
extent) are module functions the figure uses too.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QUndoStack
from PySide6.QtWidgets import QGraphicsItem

from core import limits
from core.decision_map import decision_map
from core.plane import Box, PlaneTable
from gui.commands import Gesture
from gui.plane_commands import (
    AddPlanePointCommand,
    MovePlanePointCommand,
    RemovePlanePointsCommand,
)
from gui.plane_state import PlaneState
from gui.plot_editing import EditViewBox
from gui.plot_style import NORMAL, SELECT_COLOR, Look, style_axes
from gui.plot_view import LEGEND_MARGIN_PX

#: The colours of class 0 and class 1 (points, tint, legend).
CLASS_COLORS = (QColor(35, 110, 200), QColor(230, 100, 20))
BOUNDARY_COLOR = QColor(25, 25, 25)
MISCLASSIFIED_COLOR = QColor(210, 20, 40)
BOX_COLOR = QColor(120, 120, 120)
#: The strongest tint, where p is 0 or 1 (alpha out of 255).
MAX_TINT = 95
#: Grid points of the shading across the visible area (per side).
SHADING_GRID = 160
#: Marker shapes of clusters 0..9, distinct enough to tell apart filled or hollow.
CLUSTER_SYMBOLS = ("o", "s", "t", "d", "p", "h", "star", "t1", "t2", "t3")
#: The view's margin around the box and the points, a share of their extent on each side.
VIEW_PADDING = 0.04


def _tint_table() -> np.ndarray:
    """RGBA of the tint for p = i / 255, shape (256, 4)."""
    p = np.linspace(0.0, 1.0, 256)
    strength = np.abs(2.0 * p - 1.0) ** 0.8
    table = np.zeros((256, 4), dtype=np.uint8)
    for lo, hi, color in ((0, 128, CLASS_COLORS[0]), (128, 256, CLASS_COLORS[1])):
        table[lo:hi, 0] = color.red()
        table[lo:hi, 1] = color.green()
        table[lo:hi, 2] = color.blue()
    table[:, 3] = np.round(MAX_TINT * strength).astype(np.uint8)
    return table


_TINT = _tint_table()


def probability_tint(probability: np.ndarray) -> np.ndarray:
    """The tint (RGBA, uint8) of each p(class 1), shape ``probability.shape + (4,)``."""
    index = np.clip(np.round(np.asarray(probability) * 255.0), 0, 255).astype(np.intp)
    return _TINT[index]


def content_range(box: Box, points: PlaneTable) -> tuple[tuple[float, float], tuple[float, float]]:
    """((x1 low, x1 high), (x2 low, x2 high)) holding the box and every point."""
    x1lo, x1hi, x2lo, x2hi = box.as_tuple()
    if len(points):
        x1lo, x1hi = min(x1lo, float(points.x1.min())), max(x1hi, float(points.x1.max()))
        x2lo, x2hi = min(x2lo, float(points.x2.min())), max(x2hi, float(points.x2.max()))
    return (x1lo, x1hi), (x2lo, x2hi)


class _Scatter(pg.ScatterPlotItem):
    """Scatter points that leave every click to the view box, which hit-tests them itself."""

    def mouseClickEvent(self, ev) -> None:
        ev.ignore()


class ClassPlot(pg.PlotWidget):
    """The plane of points and the classifier over it (objectName ``classPlot``).

    Signals
    -------
    selection_changed()
    message(str)
        A click or drag that was refused, and why (for the status bar).
    """

    selection_changed = Signal()
    message = Signal(str)

    def __init__(self, state: PlaneState, undo_stack: QUndoStack, parent=None) -> None:
        self._box = EditViewBox()
        super().__init__(parent, background="w", viewBox=self._box)
        self.setObjectName("classPlot")
        self._state = state
        self._undo = undo_stack
        self._selected = np.empty(0, dtype=int)
        self._selected_at: tuple[np.ndarray, np.ndarray] = (np.empty(0), np.empty(0))
        self._drag: Gesture | None = None
        self._moving = False
        self._look = NORMAL
        # Cluster of each point and the centroids in the plane, when shown.
        self._clusters: np.ndarray | None = None
        self._centroids: np.ndarray | None = None

        item = self.getPlotItem()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setGrid(30)
            axis.setStyle(maxTickLevel=0)
            axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        item.setLabel("bottom", "x₁")
        item.setLabel("left", "x₂")
        self._box.disableAutoRange()

        self.shading = pg.ImageItem(axisOrder="row-major")
        self.box_outline = pg.PlotCurveItem()
        self.boundary = pg.PlotCurveItem(connect="pairs")
        self.boundary.setSegmentedLineMode("off")
        self._train = [_Scatter(symbol="o"), _Scatter(symbol="o")]
        self._test = [_Scatter(symbol="o"), _Scatter(symbol="o")]
        self._wrong = _Scatter(symbol="o", brush=pg.mkBrush(0, 0, 0, 0))
        self._selection = _Scatter(symbol="o", brush=pg.mkBrush(0, 0, 0, 0))
        self.centroids = _Scatter()
        layers = (
            (self.shading, 0),
            (self.box_outline, 1),
            (self.boundary, 2),
            (self._wrong, 3),
            (self._train[0], 4),
            (self._train[1], 4),
            (self._test[0], 4),
            (self._test[1], 4),
            (self._selection, 5),
            (self.centroids, 6),
        )
        for plot_item, z in layers:
            item.addItem(plot_item)
            plot_item.setZValue(z)
        for scatter in (*self._train, *self._test, self._wrong, self._selection):
            scatter.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

        self._legend = pg.LegendItem(offset=(-LEGEND_MARGIN_PX, LEGEND_MARGIN_PX))
        self._legend.setLabelTextColor("k")
        self._legend.setParentItem(item.vb)
        self._legend.setBrush(pg.mkBrush(255, 255, 255, 215))
        item.legend = self._legend
        self.set_look(NORMAL)

        self._box.add_requested.connect(self._on_view_add_requested)
        self._box.remove_requested.connect(self._on_view_remove_requested)
        self._box.toggle_requested.connect(self._on_view_toggle_requested)
        self._box.select_requested.connect(self._on_view_select_requested)
        self._box.drag_moved.connect(self._on_view_drag_moved)
        self._box.drag_finished.connect(self._on_view_drag_finished)
        self._box.sigRangeChanged.connect(self._on_view_range_changed)
        state.points_changed.connect(self._on_state_points_changed)
        state.fit_changed.connect(self._update_fit)
        state.box_changed.connect(self._on_state_box_changed)

        self._on_state_box_changed()
        self._on_state_points_changed()

    # ------------------------------------------------------------------ public
    def retranslate(self) -> None:
        """Relabel the legend in the current language."""
        self.refresh_legend()

    def set_look(self, look: Look) -> None:
        """Draw axes, lines and points as large as ``look`` says (presentation mode)."""
        self._look = look
        item = self.getPlotItem()
        style_axes(item, look, QColor(90, 90, 90), QColor(20, 20, 20))
        self.boundary.setPen(look.pen(BOUNDARY_COLOR, 2.5))
        self.box_outline.setPen(look.pen(BOX_COLOR, 1.2, Qt.PenStyle.DashLine))
        for label, color in enumerate(CLASS_COLORS):
            self._style(self._train[label], 10, look.pen("w", 0.8), pg.mkBrush(color))
            self._style(self._test[label], 10, look.pen(color, 2.2), pg.mkBrush(255, 255, 255))
        self._style(self._wrong, 17, look.pen(MISCLASSIFIED_COLOR, 1.8), pg.mkBrush(0, 0, 0, 0))
        self._style(self._selection, 21, look.pen(SELECT_COLOR, 1.5), pg.mkBrush(0, 0, 0, 0))
        self._style(self.centroids, 22, look.pen("k", 2.0), pg.mkBrush(255, 255, 255, 120))
        self._legend.setLabelTextSize(look.font_size(10))
        self._draw_points(force=True)
        self.refresh_legend()

    def refresh_legend(self) -> None:
        """Rebuild the legend in the current language."""
        legend = self._legend
        legend.clear()
        legend.addItem(self._train[0], self.tr("Class 0"))
        legend.addItem(self._train[1], self.tr("Class 1"))
        legend.addItem(self._test[1], self.tr("Test point (hollow)"))
        legend.addItem(self._wrong, self.tr("Misclassified"))
        legend.addItem(self.boundary, self.tr("Boundary p = ½"))
        if self._centroids is not None:
            legend.addItem(self.centroids, self.tr("Cluster centroid"))
        self._place_legend()

    def _place_legend(self) -> None:
        """Put the legend in the corner of the view where it hides the fewest points.

        Done when the view is reset or the legend changes, never while the user
        edits (a legend that jumps away from the cursor is worse than one that
        covers a point).
        """
        legend, box = self._legend, self._box
        width, height = box.width(), box.height()
        size = legend.boundingRect()
        margin = LEGEND_MARGIN_PX
        best = (1, 0)
        if width > 0 and height > 0:
            (x0, x1), (y0, y1) = box.viewRange()
            p = self._state.points
            px = (p.x1 - x0) * (width / (x1 - x0))
            py = (y1 - p.x2) * (height / (y1 - y0))
            fewest = None
            # Top right first: it wins ties, and it is where people look for a legend.
            for corner in ((1, 0), (0, 0), (1, 1), (0, 1)):
                left = width - margin - size.width() if corner[0] else margin
                top = height - margin - size.height() if corner[1] else margin
                inside = (
                    (px >= left)
                    & (px <= left + size.width())
                    & (py >= top)
                    & (py <= top + size.height())
                )
                count = int(inside.sum())
                if fewest is None or count < fewest:
                    best, fewest = corner, count
        offset = (-margin if best[0] else margin, -margin if best[1] else margin)
        legend.anchor(itemPos=best, parentPos=best, offset=offset)

    def set_legend_visible(self, visible: bool) -> None:
        """Show or hide the legend (the guide's small pictures go without)."""
        self._legend.setVisible(visible)

    @property
    def selected(self) -> np.ndarray:
        """Indices of the selected points."""
        return self._selected

    def points_data(self, label: int, test: bool) -> tuple[np.ndarray, np.ndarray]:
        """The drawn points of one class and role (x1, x2)."""
        x, y = (self._test if test else self._train)[label].getData()
        return np.asarray(x, dtype=float), np.asarray(y, dtype=float)

    def misclassified_data(self) -> tuple[np.ndarray, np.ndarray]:
        """The drawn rings of misclassified points (x1, x2)."""
        x, y = self._wrong.getData()
        return np.asarray(x, dtype=float), np.asarray(y, dtype=float)

    def boundary_data(self) -> np.ndarray:
        """The drawn boundary as segments, shape (n_segments, 2, 2)."""
        x, y = self.boundary.getData()
        if x is None or len(x) == 0:
            return np.zeros((0, 2, 2))
        return np.column_stack([x, y]).reshape(-1, 2, 2)

    def shading_image(self) -> np.ndarray | None:
        """The drawn tint (RGBA, rows from the bottom of the view), or None."""
        return self.shading.image

    def select_all(self) -> None:
        """Select every point."""
        self._set_selection(np.arange(len(self._state.points)))

    def delete_selected(self) -> None:
        """Remove the selected points (one undo step)."""
        if self._selected.size:
            self._undo.push(RemovePlanePointsCommand(self._state, self._selected))

    def clear_selection(self) -> None:
        """Select nothing (Escape)."""
        if self._selected.size:
            self._set_selection(np.empty(0, dtype=int))

    def reset_view(self) -> None:
        """Show the box and every point, with a margin."""
        x_range, y_range = content_range(self._state.box, self._state.points)
        self._box.setRange(xRange=x_range, yRange=y_range, padding=VIEW_PADDING)
        self._place_legend()

    def set_clusters(self, labels: np.ndarray | None, centroids: np.ndarray | None) -> None:
        """Show each point's cluster as its marker's shape and the centroids (None: hide)."""
        nothing = labels is None and centroids is None
        if nothing and self._clusters is None and self._centroids is None:
            return  # nothing shown, nothing to show
        shown_before = self._centroids is not None
        self._clusters = None if labels is None else np.asarray(labels, dtype=int)
        self._centroids = None if centroids is None else np.asarray(centroids, dtype=float)
        self._draw_points(force=True)
        if self._centroids is None:
            self.centroids.setData([], [])
        else:
            k = self._centroids.shape[0]
            self.centroids.setData(
                self._centroids[:, 0],
                self._centroids[:, 1],
                symbol=[CLUSTER_SYMBOLS[j] for j in range(k)],
            )
        if shown_before != (self._centroids is not None):
            self.refresh_legend()

    def cluster_symbols(self) -> list[str]:
        """The marker shape drawn for each point (table order), for checks."""
        p = self._state.points
        out = ["o"] * len(p)
        for label in (0, 1):
            for test, items in ((False, self._train), (True, self._test)):
                chosen = np.flatnonzero((p.label == label) & (p.is_test == test))
                item = items[label]
                default = item.opts["symbol"]
                for i, symbol in zip(chosen.tolist(), item.data["symbol"], strict=True):
                    out[i] = str(default if symbol is None else symbol)
        return out

    # ------------------------------------------------------------------- keys
    def keyPressEvent(self, ev: QKeyEvent) -> None:
        if ev.key() == Qt.Key.Key_Escape and self._selected.size:
            self.clear_selection()
            ev.accept()
            return
        super().keyPressEvent(ev)

    # ------------------------------------------------------------------- slots
    def _on_view_add_requested(self, x1: float, x2: float, test: bool) -> None:
        found = limits.find_plane_point_violation([x1], [x2], self._state.box.as_tuple())
        if found is not None:
            self.message.emit(
                self.tr("No point there: {0} is beyond the limits of the app ({1}).").format(
                    found.field, found.limit
                )
            )
            return
        self._undo.push(AddPlanePointCommand(self._state, x1, x2, self._state.click_label, test))

    def _on_view_remove_requested(self, index: int) -> None:
        self._undo.push(RemovePlanePointsCommand(self._state, np.array([index])))

    def _on_view_toggle_requested(self, index: int) -> None:
        if index in self._selected:
            self._set_selection(self._selected[self._selected != index])
        else:
            self._set_selection(np.append(self._selected, index))

    def _on_view_select_requested(self, indices: np.ndarray, additive: bool) -> None:
        if additive:
            indices = np.union1d(self._selected, indices)
        self._set_selection(np.asarray(indices, dtype=int))

    def _on_view_drag_moved(self, index: int, x1: float, x2: float) -> None:
        if self._drag is None:
            self._drag = Gesture()
        self._move(index, x1, x2)

    def _on_view_drag_finished(self, index: int, x1: float, x2: float) -> None:
        self._move(index, x1, x2)
        self._drag = None

    def _move(self, index: int, x1: float, x2: float) -> None:
        x1, x2 = self._within_limits(x1, x2)
        p = self._state.points
        if (float(p.x1[index]), float(p.x2[index])) == (x1, x2):
            return
        self._moving = True
        try:
            self._undo.push(MovePlanePointCommand(self._state, index, (x1, x2), self._drag))
        finally:
            self._moving = False

    def _within_limits(self, x1: float, x2: float) -> tuple[float, float]:
        """The nearest place within the lab's limits: a drag stops at the edge."""
        x1lo, x1hi, x2lo, x2hi = self._state.box.as_tuple()
        reach = (limits.MAX_PLANE_Z - 1.0) / 2.0
        lo1, hi1 = x1lo - reach * (x1hi - x1lo), x1hi + reach * (x1hi - x1lo)
        lo2, hi2 = x2lo - reach * (x2hi - x2lo), x2hi + reach * (x2hi - x2lo)
        clipped = (min(max(x1, lo1), hi1), min(max(x2, lo2), hi2))
        # Rounding of the bounds above could leave a hair beyond the limit itself.
        box = (x1lo, x1hi, x2lo, x2hi)
        while limits.find_plane_point_violation([clipped[0]], [clipped[1]], box):
            clipped = (
                float(np.nextafter(clipped[0], (x1lo + x1hi) / 2)),
                float(np.nextafter(clipped[1], (x2lo + x2hi) / 2)),
            )
        return clipped

    def _on_view_range_changed(self, *_args: object) -> None:
        self._update_fit()

    def _on_state_box_changed(self) -> None:
        x1lo, x1hi, x2lo, x2hi = self._state.box.as_tuple()
        # The box is drawn square, as the features see it: [-1, 1]^2. A circle
        # of the default square box stays a circle on screen.
        self._box.setAspectLocked(True, ratio=(x1hi - x1lo) / (x2hi - x2lo))
        self.box_outline.setData([x1lo, x1hi, x1hi, x1lo, x1lo], [x2lo, x2lo, x2hi, x2hi, x2lo])
        self.reset_view()

    def _on_state_points_changed(self) -> None:
        self._draw_points()
        p = self._state.points
        self._box.set_points(p.x1, p.x2)
        if self._box.dragging and not self._moving:
            # Undo, Delete, Open... arrived mid-drag: the index the drag holds
            # may be gone, so the drag ends and the rest of it does nothing.
            self._box.cancel_drag()
            self._drag = None
        if self._drag is None and not self._selection_still_valid():
            self._set_selection(np.empty(0, dtype=int))
        else:
            self._update_selection_marks()

    # --------------------------------------------------------------- drawing
    def _style(self, scatter: pg.ScatterPlotItem, size: float, pen, brush) -> None:
        # Each drawn point carries its own size, pen and brush: set all of them.
        scatter.opts["size"] = self._look.size(size)
        scatter.opts["pen"] = pen
        scatter.opts["brush"] = brush
        scatter.setSize(self._look.size(size))
        scatter.setPen(pen)
        scatter.setBrush(brush)

    def _draw_points(self, force: bool = False) -> None:
        p = self._state.points
        look = self._look
        clusters = self._clusters
        if clusters is not None and clusters.size != len(p):
            clusters = None  # the clustering is of other points: the next one comes
        for label in (0, 1):
            for test, items in ((False, self._train), (True, self._test)):
                chosen = (p.label == label) & (p.is_test == test)
                x, y = p.x1[chosen], p.x2[chosen]
                item = items[label]
                size = look.size(10)
                if clusters is None:
                    shown_x, shown_y = item.getData()
                    n = 0 if shown_x is None else len(shown_x)
                    if not force and np.array_equal(shown_x, x) and np.array_equal(shown_y, y):
                        continue
                    if (
                        not force
                        and 0 < n < x.size
                        and np.array_equal(shown_x, x[:n])
                        and np.array_equal(shown_y, y[:n])
                    ):
                        # A click appends: lay out the new symbol only.
                        item.addPoints(x=x[n:], y=y[n:], symbol="o", size=size)
                        continue
                    item.setData(x, y, symbol="o", size=size)
                else:
                    symbols = [CLUSTER_SYMBOLS[c] for c in clusters[chosen].tolist()]
                    item.setData(x, y, symbol=symbols, size=size)
        wrong = self._wrong_points()
        self._wrong.setData(*wrong, size=look.size(17))

    def _wrong_points(self) -> tuple[np.ndarray, np.ndarray]:
        fit, p = self._state.fit, self._state.points
        if fit is None or fit.misclassified.size != len(p):
            return np.empty(0), np.empty(0)
        wrong = fit.misclassified
        return p.x1[wrong], p.x2[wrong]

    def _update_fit(self) -> None:
        fit = self._state.fit
        if fit is None:
            self.shading.clear()
            self.boundary.setData([], [])
            self._wrong.setData([], [])
            return
        (x0, x1), (y0, y1) = self._box.viewRange()
        grid = decision_map(
            fit.coef, fit.basis, fit.box, (x0, x1), (y0, y1), SHADING_GRID, SHADING_GRID
        )
        self.shading.setImage(probability_tint(grid.probability), autoLevels=False)
        dx = (x1 - x0) / (SHADING_GRID - 1)
        dy = (y1 - y0) / (SHADING_GRID - 1)
        # Each pixel is centred on its grid point.
        self.shading.setRect(QRectF(x0 - dx / 2, y0 - dy / 2, x1 - x0 + dx, y1 - y0 + dy))
        segments = grid.boundary
        if segments.size:
            flat = segments.reshape(-1, 2)
            self.boundary.setData(flat[:, 0], flat[:, 1], connect="pairs")
        else:
            self.boundary.setData([], [])
        self._wrong.setData(*self._wrong_points(), size=self._look.size(17))

    # -------------------------------------------------------------- selection
    def _set_selection(self, indices: np.ndarray) -> None:
        self._selected = np.unique(indices.astype(int))
        self._update_selection_marks()
        self.selection_changed.emit()

    def _selection_still_valid(self) -> bool:
        p, chosen = self._state.points, self._selected
        if not chosen.size:
            return True
        if chosen[-1] >= len(p):
            return False
        a, b = self._selected_at
        return bool(np.array_equal(p.x1[chosen], a) and np.array_equal(p.x2[chosen], b))

    def _update_selection_marks(self) -> None:
        p = self._state.points
        self._selected_at = (p.x1[self._selected], p.x2[self._selected])
        if self._selected.size or len(self._selection.data):
            self._selection.setData(*self._selected_at)
