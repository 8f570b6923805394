"""How the data plot draws its points: symbols while few, a density image when many.

A symbol per point (filled for training points, hollow for test points) is
what a student clicking a few dozen points needs. At a hundred thousand
points pyqtgraph's scatter item costs a full re-layout and a repaint of every
symbol on each click (measured: 90 ms at N = 100,000, over a second at a
million), and the symbols cover each other anyway. Above ``DENSITY_ABOVE``
points the layers therefore draw a density image instead: each screen cell
of ``BIN_PX`` pixels is shaded by how many training and test points fall in
it. An edit changes only the cells of the points it adds or removes (O(k)),
and the last points added or moved are also drawn as symbols on top, so a
click is seen at once. A change of the view recounts every point (O(N)).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem

from core.points_csv import PointTable
from gui.plot_editing import PassiveScatter
from gui.plot_style import NORMAL, TEST_COLOR, TRAIN_COLOR, Look
from gui.state import PointsEdit

#: Above this many points the layers draw a density image.
DENSITY_ABOVE = 5_000
#: Side of a density cell in screen pixels.
BIN_PX = 2
#: How many of the last points added or moved stay drawn as symbols.
RECENT = 64
# A cell with c points is drawn with opacity 1 - exp(-c / SATURATION).
SATURATION = 2.0


class PointLayers:
    """The training and test points of a plot, drawn as symbols or as density.

    Parameters
    ----------
    plot : pyqtgraph.PlotItem
        The plot to draw in; the layers add their items to it.
    """

    def __init__(self, plot: pg.PlotItem) -> None:
        self._plot = plot
        self.train = PassiveScatter(brush=pg.mkBrush(TRAIN_COLOR), symbol="o")
        self.test = PassiveScatter(brush=pg.mkBrush(255, 255, 255, 0))
        self.recent_train = PassiveScatter(brush=pg.mkBrush(TRAIN_COLOR), symbol="o")
        self.recent_test = PassiveScatter(brush=pg.mkBrush(255, 255, 255, 0))
        self.density = pg.ImageItem(axisOrder="row-major")
        self.density.setZValue(2.9)
        for item in (self.train, self.test, self.recent_train, self.recent_test):
            plot.addItem(item)
            item.setZValue(3)
        for item in (self.train, self.test):
            # The points change far less often than the curve: kept as a pixmap.
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        plot.addItem(self.density, ignoreBounds=True)
        self._points = PointTable.empty()
        self._dense = False
        # Density state: the grid's data rectangle and cell counts per role.
        self._grid: tuple[float, float, float, float, int, int] | None = None
        self._counts = {False: np.zeros((0, 0)), True: np.zeros((0, 0))}
        self._recent = {False: PointTable.empty(), True: PointTable.empty()}
        self.set_look(NORMAL)

    @property
    def dense(self) -> bool:
        """True while the points are drawn as a density image."""
        return self._dense

    def set_look(self, look: Look) -> None:
        """Draw the symbols as large as ``look`` says (presentation mode)."""
        for scatters, pen in (
            ((self.train, self.recent_train), look.pen("w", 0.8)),
            ((self.test, self.recent_test), look.pen(TEST_COLOR, 2)),
        ):
            for scatter in scatters:
                # Each drawn point carries its own size and pen: set both for all.
                scatter.opts["size"] = look.size(9)
                scatter.opts["pen"] = pen
                scatter.setSize(look.size(9))
                scatter.setPen(pen)

    def show(self, points: PointTable, edit: PointsEdit) -> None:
        """Draw ``points``, following ``edit`` (what changed since the last call)."""
        previous, self._points = self._points, points
        dense = points.x.size > DENSITY_ABOVE
        if dense != self._dense or edit.replaced:
            self._dense = dense
            self._redraw_all()
            return
        if dense:
            self._follow_in_density(edit)
        else:
            self._follow_in_symbols(previous, edit)

    def view_changed(self) -> None:
        """The visible range or the plot's size changed: recount the density cells."""
        if self._dense:
            self._recount()

    def drawn(self, test: bool) -> tuple[np.ndarray, np.ndarray]:
        """The points of a role as drawn: the symbols' positions (empty in density mode)."""
        x, y = (self.test if test else self.train).getData()
        return np.asarray(x, dtype=float), np.asarray(y, dtype=float)

    def drawn_count(self, test: bool) -> int:
        """How many points of a role the plot draws (symbols, or density counts in view)."""
        if self._dense:
            return int(self._counts[test].sum())
        return self.drawn(test)[0].size

    # ---------------------------------------------------------------- symbols
    def _follow_in_symbols(self, previous: PointTable, edit: PointsEdit) -> None:
        p = self._points
        for test, item in ((False, self.train), (True, self.test)):
            touched = any(
                part is not None and (part.is_test == test).any()
                for part in (edit.added, edit.removed)
            )
            if not touched:
                continue  # setData re-lays out every symbol: skip the role an edit left alone
            added = edit.added
            if edit.appended and edit.removed is None and added is not None:
                chosen = added.is_test == test
                item.addPoints(x=added.x[chosen], y=added.y[chosen])  # lay out the new ones only
            else:
                chosen = p.is_test == test
                item.setData(p.x[chosen], p.y[chosen])

    # ---------------------------------------------------------------- density
    def _redraw_all(self) -> None:
        p = self._points
        for test, item in ((False, self.train), (True, self.test)):
            chosen = p.is_test == test
            if self._dense:
                item.setData([], [])
            else:
                item.setData(p.x[chosen], p.y[chosen])
        self._recent = {False: PointTable.empty(), True: PointTable.empty()}
        self._show_recent()
        self.density.setVisible(self._dense)
        if self._dense:
            self._recount()

    def _follow_in_density(self, edit: PointsEdit) -> None:
        if self._grid is None:
            self._recount()
            return
        for part, sign in ((edit.removed, -1.0), (edit.added, 1.0)):
            if part is None:
                continue
            for test in (False, True):
                chosen = part.is_test == test
                if chosen.any():
                    self._add_to_cells(test, part.x[chosen], part.y[chosen], sign)
        if edit.added is not None:
            for test in (False, True):
                chosen = edit.added.is_test == test
                old = self._recent[test]
                self._recent[test] = PointTable(
                    np.concatenate([old.x, edit.added.x[chosen]])[-RECENT:],
                    np.concatenate([old.y, edit.added.y[chosen]])[-RECENT:],
                    np.full(min(old.x.size + int(chosen.sum()), RECENT), test),
                )
        if edit.removed is not None:
            self._drop_removed_from_recent(edit.removed)
        self._show_recent()
        self._paint()

    def _drop_removed_from_recent(self, removed: PointTable) -> None:
        for test in (False, True):
            recent = self._recent[test]
            keep = np.ones(recent.x.size, dtype=bool)
            for x, y in zip(removed.x[removed.is_test == test], removed.y[removed.is_test == test],
                            strict=True):  # fmt: skip
                hit = np.flatnonzero(keep & (recent.x == x) & (recent.y == y))
                if hit.size:
                    keep[hit[-1]] = False
            self._recent[test] = PointTable(recent.x[keep], recent.y[keep], recent.is_test[keep])

    def _show_recent(self) -> None:
        for test, item in ((False, self.recent_train), (True, self.recent_test)):
            recent = self._recent[test]
            item.setData(recent.x, recent.y)

    def _recount(self) -> None:
        box = self._plot.getViewBox()
        (x0, x1), (y0, y1) = box.viewRange()
        cols = max(1, round(box.width() / BIN_PX))
        rows = max(1, round(box.height() / BIN_PX))
        self._grid = (x0, x1, y0, y1, cols, rows)
        p = self._points
        for test in (False, True):
            self._counts[test] = np.zeros((rows, cols))
            chosen = p.is_test == test
            self._add_to_cells(test, p.x[chosen], p.y[chosen], 1.0)
        self.density.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        self._paint()

    def _add_to_cells(self, test: bool, x: np.ndarray, y: np.ndarray, sign: float) -> None:
        assert self._grid is not None
        x0, x1, y0, y1, cols, rows = self._grid
        with np.errstate(invalid="ignore", over="ignore"):
            col = np.floor((x - x0) / (x1 - x0) * cols)
            row = np.floor((y - y0) / (y1 - y0) * rows)
        inside = (col >= 0) & (col < cols) & (row >= 0) & (row < rows)
        flat = row[inside].astype(np.int64) * cols + col[inside].astype(np.int64)
        counts = self._counts[test].reshape(-1)
        np.add.at(counts, flat, sign)

    def _paint(self) -> None:
        # Test points (orange) over training points (blue), each cell's opacity
        # growing with its count; empty cells transparent.
        train = 1.0 - np.exp(-np.maximum(self._counts[False], 0.0) / SATURATION)
        test = 1.0 - np.exp(-np.maximum(self._counts[True], 0.0) / SATURATION)
        alpha = test + train * (1.0 - test)
        rgba = np.zeros((*alpha.shape, 4), dtype=np.uint8)
        with np.errstate(invalid="ignore", divide="ignore"):
            share = np.where(alpha > 0, test / alpha, 0.0)
        for channel, (a, b) in enumerate(
            zip(TRAIN_COLOR.getRgb()[:3], TEST_COLOR.getRgb()[:3], strict=True)
        ):
            rgba[..., channel] = np.round(a + (b - a) * share).astype(np.uint8)
        rgba[..., 3] = np.round(255 * alpha).astype(np.uint8)
        # Row 0 of the image is the bottom of the view (y grows upwards).
        self.density.setImage(rgba, autoLevels=False, levels=None)
