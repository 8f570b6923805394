"""Mouse gestures on a plot of points, turned into edit requests in data coordinates.

The view box hit-tests points itself (``nearest_point``, in screen pixels,
so axes of any scale feel the same) and emits what the user asked for: add
a point, remove one, toggle or select some, drag one. It edits nothing: the
plot that owns it turns the requests into undo commands. Scatter items leave
every click to it. A drag cancelled mid-gesture (another edit removed the
point under it) swallows the rest of the gesture instead of panning.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal

HIT_RADIUS_PX = 8.0


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


class PassiveScatter(pg.ScatterPlotItem):
    """Scatter points that leave every click to the view box, which hit-tests them itself."""

    def mouseClickEvent(self, ev) -> None:
        ev.ignore()


class MovableLegend(pg.LegendItem):
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
