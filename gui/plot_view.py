"""The data plot: points you click, drag and delete, and the fitted curve over them.

Left click on empty space adds a training point with the chosen noise on y,
Shift+click a test point (anywhere, even beside another point); a click on a
point selects it, dragging a point moves it (one undo step); right click on
a point removes it; Ctrl+drag draws a selection rectangle, Ctrl+click
toggles a point's selection, Delete removes the selection and Escape clears
it. A selection belongs to its points: when they are replaced (an import, a
scenario, undo) it goes. A drag is one
undo command from its first move (the live preview included); any other edit
of the points during a drag (Undo, Delete, Open, a scenario) ends the drag. Dragging empty
space pans and the wheel zooms. The view never rescales because the fit
changed: the curve is evaluated across the visible x range and clipped just
outside the visible y range.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QUndoStack
from PySide6.QtWidgets import QGraphicsItem

from core.datasets import true_function
from gui.commands import AddPointCommand, Gesture, MovePointCommand, RemovePointsCommand
from gui.plot_style import (
    FIT_COLOR,
    NORMAL,
    SELECT_COLOR,
    TEST_COLOR,
    TRAIN_COLOR,
    TRUE_COLOR,
    Look,
    style_axes,
)
from gui.state import LabState

HIT_RADIUS_PX = 8.0
LEGEND_MARGIN_PX = 10
CURVE_WEIGHT = 0.05
CURVE_SAMPLES = 1500


def nearest_point(
    x: np.ndarray,
    y: np.ndarray,
    at: tuple[float, float],
    pixel: tuple[float, float],
    radius_px: float = HIT_RADIUS_PX,
) -> int | None:
    """Index of the point nearest to ``at`` on screen, if within ``radius_px`` pixels.

    ``pixel`` is the size of one screen pixel in data units along x and y, so
    distance is measured as the user sees it, whatever the axis scales.
    """
    if x.size == 0:
        return None
    dist2 = ((x - at[0]) / pixel[0]) ** 2 + ((y - at[1]) / pixel[1]) ** 2
    best = int(np.argmin(dist2))
    return best if dist2[best] <= radius_px**2 else None


def points_in_rect(x: np.ndarray, y: np.ndarray, rect: QRectF) -> np.ndarray:
    """Indices of the points inside a rectangle in data coordinates."""
    r = rect.normalized()
    inside = (x >= r.left()) & (x <= r.right()) & (y >= r.top()) & (y <= r.bottom())
    return np.flatnonzero(inside)


class _PassiveScatter(pg.ScatterPlotItem):
    """Scatter points that leave every click to the view box, which hit-tests them itself."""

    def mouseClickEvent(self, ev) -> None:
        ev.ignore()


class _Legend(pg.LegendItem):
    """The plot's legend; the user may drag it, and then it stays where they put it."""

    moved_by_user = False

    def mouseDragEvent(self, ev) -> None:
        self.moved_by_user = True
        super().mouseDragEvent(ev)


class EditViewBox(pg.ViewBox):
    """A ViewBox that turns mouse gestures into point edits (signals in data coordinates)."""

    add_requested = Signal(float, float, bool)
    remove_requested = Signal(int)
    toggle_requested = Signal(int)
    select_requested = Signal(object, bool)
    drag_moved = Signal(int, float, float)
    drag_finished = Signal(int, float, float)

    def __init__(self) -> None:
        super().__init__(enableMenu=False)
        self._points: tuple[np.ndarray, np.ndarray] = (np.empty(0), np.empty(0))
        self._dragging: int | None = None
        self._selecting = False
        self._cancelled = False

    def set_points(self, x: np.ndarray, y: np.ndarray) -> None:
        self._points = (x, y)

    @property
    def dragging(self) -> bool:
        """True while a point is being dragged."""
        return self._dragging is not None

    def cancel_drag(self) -> None:
        """Forget the point being dragged; the rest of the gesture does nothing."""
        if self._dragging is not None:
            self._dragging = None
            self._cancelled = True

    def _hit(self, pos: QPointF) -> int | None:
        at = self.mapToView(pos)
        px, py = self.viewPixelSize()
        return nearest_point(*self._points, (at.x(), at.y()), (px, py))

    def mouseClickEvent(self, ev) -> None:
        hit = self._hit(ev.pos())
        mods = ev.modifiers()
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            if mods & Qt.KeyboardModifier.ControlModifier:
                if hit is not None:
                    self.toggle_requested.emit(hit)
                return
            # Shift+click always adds a test point, even right beside another point.
            test = bool(mods & Qt.KeyboardModifier.ShiftModifier)
            if hit is None or test:
                at = self.mapToView(ev.pos())
                self.add_requested.emit(at.x(), at.y(), test)
            else:
                self.select_requested.emit(np.array([hit]), False)
        elif ev.button() == Qt.MouseButton.RightButton:
            ev.accept()
            if hit is not None:
                self.remove_requested.emit(hit)
        else:
            super().mouseClickEvent(ev)

    def mouseDragEvent(self, ev, axis=None) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            super().mouseDragEvent(ev, axis)
            return
        if ev.isStart():
            self._dragging = None
            self._cancelled = False
            self._selecting = bool(ev.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if not self._selecting:
                self._dragging = self._hit(ev.buttonDownPos())
        if self._cancelled:
            ev.accept()  # the point's drag was cancelled: no pan either
            return
        if self._selecting:
            ev.accept()
            self.updateScaleBox(ev.buttonDownPos(), ev.pos())
            if ev.isFinish():
                self.rbScaleBox.hide()
                a, b = self.mapToView(ev.buttonDownPos()), self.mapToView(ev.pos())
                rect = QRectF(a, b)
                self.select_requested.emit(points_in_rect(*self._points, rect), True)
                self._selecting = False
            return
        if self._dragging is None:
            super().mouseDragEvent(ev, axis)  # pan
            return
        ev.accept()
        at = self.mapToView(ev.pos())
        if ev.isFinish():
            index, self._dragging = self._dragging, None
            self.drag_finished.emit(index, at.x(), at.y())
        else:
            self.drag_moved.emit(self._dragging, at.x(), at.y())


class DataPlot(pg.PlotWidget):
    """The central plot of points and curves (objectName ``dataPlot``)."""

    selection_changed = Signal()

    def __init__(self, state: LabState, undo_stack: QUndoStack, parent=None) -> None:
        self._box = EditViewBox()
        super().__init__(parent, background="w", viewBox=self._box)
        self.setObjectName("dataPlot")
        self._state = state
        self._undo = undo_stack
        #: Draws the noise added to clicked points (replace it to make clicks reproducible).
        self.noise_rng = np.random.default_rng()
        self._selected = np.empty(0, dtype=int)
        # Where the selected points were when last drawn: a selection belongs
        # to those points, not to whatever later takes their indices.
        self._selected_at: tuple[np.ndarray, np.ndarray] = (np.empty(0), np.empty(0))
        # The gesture token of the point drag in progress, and whether the
        # points are changing because of it (any other change cancels it).
        self._drag: Gesture | None = None
        self._moving = False

        item = self.getPlotItem()
        for name in ("left", "bottom"):
            # Major grid lines only: the minor level costs ~20 ms a repaint.
            axis = item.getAxis(name)
            axis.setGrid(40)
            axis.setStyle(maxTickLevel=0)
            # Axes (with their grid) and the points change far less often than
            # the curve: keep them as cached pixmaps so a refit repaints cheaply.
            axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        item.setLabel("bottom", "x")
        item.setLabel("left", "y")
        self._box.disableAutoRange()
        self._legend = _Legend(offset=(-LEGEND_MARGIN_PX, LEGEND_MARGIN_PX), labelTextColor="k")
        self._legend.setParentItem(item.vb)
        item.legend = self._legend
        self._legend.setBrush(pg.mkBrush(255, 255, 255, 210))

        self._true_curve = pg.PlotDataItem()
        self._curve = pg.PlotDataItem()
        # One path rather than segments: SVG exports get a single curve element.
        self._curve.curve.setSegmentedLineMode("off")
        self._train = _PassiveScatter(brush=pg.mkBrush(TRAIN_COLOR), symbol="o")
        self._test = _PassiveScatter(brush=pg.mkBrush(255, 255, 255, 0))
        self._selection = _PassiveScatter(brush=pg.mkBrush(0, 0, 0, 0))
        for plot_item in (self._true_curve, self._curve, self._train, self._test, self._selection):
            item.addItem(plot_item)
        for scatter in (self._train, self._test, self._selection):
            scatter.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._true_curve.setZValue(1)
        self._curve.setZValue(2)
        self._train.setZValue(3)
        self._test.setZValue(3)
        self._selection.setZValue(4)
        self._legend_shows_true = False
        # Entries other views add (the bootstrap curves), shown while visible.
        self._legend_extras: list[tuple[pg.GraphicsObject, Callable[[], str]]] = []
        self._look = NORMAL
        self.set_look(NORMAL)

        self._box.add_requested.connect(self._on_view_add_requested)
        self._box.remove_requested.connect(self._on_view_remove_requested)
        self._box.toggle_requested.connect(self._on_view_toggle_requested)
        self._box.select_requested.connect(self._on_view_select_requested)
        self._box.drag_moved.connect(self._on_view_drag_moved)
        self._box.drag_finished.connect(self._on_view_drag_finished)
        self._box.sigRangeChanged.connect(self._on_view_range_changed)
        state.points_changed.connect(self._on_state_points_changed)
        state.fit_changed.connect(self._update_curve)
        state.model_changed.connect(self._update_true_curve)
        state.generator_changed.connect(self._update_true_curve)
        state.domain_changed.connect(self.reset_view)

        self.reset_view()
        self._on_state_points_changed()

    # ------------------------------------------------------------------ public
    def retranslate(self) -> None:
        """Relabel the legend in the current language."""
        self.refresh_legend()

    def set_look(self, look: Look) -> None:
        """Draw axes, curves and points as large as ``look`` says (presentation mode)."""
        self._look = look
        item = self.getPlotItem()
        style_axes(item, look, QColor(90, 90, 90), QColor(20, 20, 20))
        self._true_curve.setPen(look.pen(TRUE_COLOR, 2, Qt.PenStyle.DashLine))
        self._curve.setPen(look.pen(FIT_COLOR, 2.5))
        for scatter, size, pen in (
            (self._train, 9, look.pen("w", 0.8)),
            (self._test, 9, look.pen(TEST_COLOR, 2)),
            (self._selection, 16, look.pen(SELECT_COLOR, 1.5)),
        ):
            # Each drawn point carries its own size and pen: set both for all.
            scatter.opts["size"] = look.size(size)
            scatter.opts["pen"] = pen
            scatter.setSize(look.size(size))
            scatter.setPen(pen)
        self._legend.setLabelTextSize(look.font_size(10))
        self.refresh_legend()

    def add_legend_entry(self, item: pg.GraphicsObject, label: Callable[[], str]) -> None:
        """List ``item`` in the legend, named by ``label()``, whenever it is visible."""
        self._legend_extras.append((item, label))
        self.refresh_legend()

    def refresh_legend(self) -> None:
        """Rebuild the legend: points, curves, and the visible extra entries."""
        self._legend.clear()
        self._legend.addItem(self._train, self.tr("Training points"))
        self._legend.addItem(self._test, self.tr("Test points (held out)"))
        self._legend.addItem(self._curve, self.tr("Fitted polynomial"))
        self._legend_shows_true = self._state.model.show_true_function
        if self._legend_shows_true:
            self._legend.addItem(self._true_curve, self.tr("True function"))
        for item, label in self._legend_extras:
            if item.isVisible():
                self._legend.addItem(item, label())
        self._place_legend()

    def _place_legend(self) -> None:
        """Put the legend in the corner of the view where it hides the fewest points.

        Done when the view is reset or the legend changes, never while the user
        edits (a legend that jumps away from the cursor is worse than one that
        covers a point); a legend the user dragged stays where they put it.
        """
        legend = self._legend
        if legend.moved_by_user:
            return
        box = self._box
        width, height = box.width(), box.height()
        size = legend.boundingRect()
        if width <= 0 or height <= 0:
            return
        (x0, x1), (y0, y1) = box.viewRange()
        p = self._state.points
        cx, cy = self.curve_data()
        # Points count fully; the curve's samples (about two per pixel of width)
        # count a little, so that among corners free of points the legend takes
        # one the curve does not cross.
        xs, ys = np.concatenate([p.x, cx]), np.concatenate([p.y, cy])
        weight = np.concatenate([np.ones(p.x.size), np.full(cx.size, CURVE_WEIGHT)])
        px = (xs - x0) * (width / (x1 - x0))
        py = (y1 - ys) * (height / (y1 - y0))
        margin = LEGEND_MARGIN_PX
        best, fewest = None, None
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
            count = float(weight[inside].sum())
            if fewest is None or count < fewest:
                best, fewest = corner, count
        assert best is not None
        offset = (-margin if best[0] else margin, -margin if best[1] else margin)
        legend.anchor(itemPos=best, parentPos=best, offset=offset)

    @property
    def selected(self) -> np.ndarray:
        """Indices of the selected points."""
        return self._selected

    def curve_data(self) -> tuple[np.ndarray, np.ndarray]:
        """The drawn fitted curve (x, y), as displayed (after clipping)."""
        x, y = self._curve.getData()
        return (np.empty(0), np.empty(0)) if x is None else (x, y)

    def points_data(self, test: bool) -> tuple[np.ndarray, np.ndarray]:
        """The drawn training (or, with ``test``, test) points (x, y)."""
        x, y = (self._test if test else self._train).getData()
        return np.asarray(x, dtype=float), np.asarray(y, dtype=float)

    def select_all(self) -> None:
        """Select every point."""
        self._set_selection(np.arange(self._state.points.x.size))

    def delete_selected(self) -> None:
        """Remove the selected points (one undo step)."""
        if self._selected.size:
            self._undo.push(RemovePointsCommand(self._state, self._selected))

    def reset_view(self) -> None:
        """Show the whole domain and all points, with a margin."""
        d = self._state.domain
        p = self._state.points
        lo, hi = d.lo, d.hi
        if p.x.size:
            lo, hi = min(lo, float(p.x.min())), max(hi, float(p.x.max()))
        ylo, yhi = (-1.5, 1.5)
        if p.y.size:
            ylo, yhi = float(p.y.min()), float(p.y.max())
            pad = max(0.15 * (yhi - ylo), 0.25)
            ylo, yhi = ylo - pad, yhi + pad
        self._box.setRange(xRange=(lo, hi), yRange=(ylo, yhi), padding=0.04)
        self._place_legend()

    # ------------------------------------------------------------------- slots
    def _on_view_add_requested(self, x: float, y: float, test: bool) -> None:
        sigma = self._state.model.noise_sigma
        if sigma > 0:
            y += float(self.noise_rng.normal(0.0, sigma))
        self._undo.push(AddPointCommand(self._state, x, y, test))

    def _on_view_remove_requested(self, index: int) -> None:
        self._undo.push(RemovePointsCommand(self._state, np.array([index])))

    def _on_view_toggle_requested(self, index: int) -> None:
        if index in self._selected:
            self._set_selection(self._selected[self._selected != index])
        else:
            self._set_selection(np.append(self._selected, index))

    def _on_view_select_requested(self, indices: np.ndarray, additive: bool) -> None:
        if additive:
            indices = np.union1d(self._selected, indices)
        self._set_selection(np.asarray(indices, dtype=int))

    def _on_view_drag_moved(self, index: int, x: float, y: float) -> None:
        # The live preview is the drag's one undo command from its first move on.
        if self._drag is None:
            self._drag = Gesture()
        self._move(index, x, y)

    def _on_view_drag_finished(self, index: int, x: float, y: float) -> None:
        self._move(index, x, y)
        self._drag = None

    def _move(self, index: int, x: float, y: float) -> None:
        p = self._state.points
        if (float(p.x[index]), float(p.y[index])) == (x, y):
            return
        self._moving = True
        try:
            self._undo.push(MovePointCommand(self._state, index, (x, y), self._drag))
        finally:
            self._moving = False

    def _on_view_range_changed(self, *_args: object) -> None:
        self._update_curve()
        self._update_true_curve()

    def _on_state_points_changed(self) -> None:
        p = self._state.points
        train = ~p.is_test
        for item, chosen in ((self._train, train), (self._test, p.is_test)):
            x, y = p.x[chosen], p.y[chosen]
            # setData re-lays out every symbol; skip the role an edit did not touch.
            shown_x, shown_y = item.getData()
            n = shown_x.size
            if np.array_equal(shown_x, x) and np.array_equal(shown_y, y):
                continue
            if n < x.size and np.array_equal(shown_x, x[:n]) and np.array_equal(shown_y, y[:n]):
                item.addPoints(x=x[n:], y=y[n:])  # a click appends: lay out the new symbols only
            else:
                item.setData(x, y)
        self._box.set_points(p.x, p.y)
        if self._box.dragging and not self._moving:
            # Undo, Delete, Open... arrived mid-drag: the index it holds may be
            # gone, so the drag ends here and the rest of the gesture does nothing.
            self._box.cancel_drag()
            self._drag = None
        if self._drag is None and not self._selection_still_valid():
            self._set_selection(np.empty(0, dtype=int))
        else:
            self._update_selection_marks()

    def _set_selection(self, indices: np.ndarray) -> None:
        self._selected = np.unique(indices.astype(int))
        self._update_selection_marks()
        self.selection_changed.emit()

    def _selection_still_valid(self) -> bool:
        """Whether the selected indices still hold the points that were selected."""
        p, chosen = self._state.points, self._selected
        if not chosen.size:
            return True
        if chosen[-1] >= p.x.size:
            return False
        x, y = self._selected_at
        return bool(np.array_equal(p.x[chosen], x) and np.array_equal(p.y[chosen], y))

    def _update_selection_marks(self) -> None:
        p = self._state.points
        self._selected_at = (p.x[self._selected], p.y[self._selected])
        if self._selected.size or len(self._selection.data):
            self._selection.setData(*self._selected_at)

    def clear_selection(self) -> None:
        """Select nothing (Escape)."""
        if self._selected.size:
            self._set_selection(np.empty(0, dtype=int))

    def keyPressEvent(self, ev: QKeyEvent) -> None:
        if ev.key() == Qt.Key.Key_Escape and self._selected.size:
            self.clear_selection()
            ev.accept()
            return
        super().keyPressEvent(ev)

    # ----------------------------------------------------------------- curves
    def _grid(self) -> tuple[np.ndarray, float, float]:
        (x0, x1), (y0, y1) = self._box.viewRange()
        span = max(y1 - y0, 1e-12)
        return np.linspace(x0, x1, CURVE_SAMPLES), y0 - span, y1 + span

    def _update_curve(self) -> None:
        fit = self._state.fit
        if fit is None:
            self._curve.setData([], [])
            return
        grid, lo, hi = self._grid()
        # Clip just outside the view: a wild curve leaves the frame instead of
        # dragging the axes (or the renderer) to 1e12.
        self._curve.setData(grid, np.clip(fit.predict(grid), lo, hi))

    def _update_true_curve(self) -> None:
        show = self._state.model.show_true_function
        if show != self._legend_shows_true:
            self.refresh_legend()
        if not show:
            self._true_curve.setData([], [])
            return
        grid, lo, hi = self._grid()
        values = true_function(self._state.generator.preset)(grid)
        self._true_curve.setData(grid, np.clip(values, lo, hi))
