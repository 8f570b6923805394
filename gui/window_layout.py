"""Where each lab's docks go, and how the window fits the screen it opens on.

Classroom projectors mirror at 1024x768, 1280x720 or 1366x768, and hi-DPI
laptops at 200 % scaling offer as few logical pixels; a window of fixed size
ran off such screens. On first start, and whenever the saved geometry does
not fit the screen, the window takes the screen's available geometry and
arranges its docks for it:

- wide (at least ``WIDE`` available): the model controls on the right with
  the numbers and curves tabbed under them, the generator and the
  coefficients on the left, the scenario's explanation under the plot;
- compact (anything smaller): one column on the right, the model controls on
  top and the other panels tabs below them, so the plot keeps the rest; the
  scenario's explanation under the plot only while a scenario is followed
  (it opens when one is loaded and can be closed).

The classification lab's docks (:class:`PlaneLabDocks`) follow the same
two arrangements: the model controls on the right with the numbers and the
curves tabbed under them; on a wide screen the generator and the lifted view
on the left, on a compact one every other panel a tab under the numbers.

What gives way is the number of panels seen at once, never a panel's own
size: each dock holds its panel in a scroll area, so nothing is clipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QScrollArea, QTabBar, QWidget

#: Screens with at least this much available room get the wide arrangement.
WIDE = QSize(1500, 860)
#: The window on a wide screen: all of it up to this size (a huge monitor gets a
#: centred window of this size, not a wall of empty plot).
WIDE_WINDOW = QSize(2400, 1400)
#: The right column of the compact arrangement, as a share of the width (clamped).
COLUMN_SHARE = 0.32
COLUMN_MIN, COLUMN_MAX = 330, 440
#: Wide arrangement: the right column (model controls) and the left one
#: (generator) start this wide; the generator over the coefficients (or the
#: lifted view) this tall, the views below keeping at least VIEW_MIN_HEIGHT.
RIGHT_COLUMN, LEFT_COLUMN, PLANE_LEFT_COLUMN = 400, 320, 420
GENERATOR_HEIGHT, COEFFICIENTS_HEIGHT, VIEW_MIN_HEIGHT = 280, 420, 200
#: Room beside the widest control row for a dock's frame and scroll bar.
DOCK_FRAME_ALLOWANCE = 24

RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea
HORIZONTAL, VERTICAL = Qt.Orientation.Horizontal, Qt.Orientation.Vertical


def scrolled(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area that resizes it to fit, as docks hold panels."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


def is_compact(available: QRect) -> bool:
    """Whether a screen of this available geometry gets the compact arrangement."""
    return available.width() < WIDE.width() or available.height() < WIDE.height()


@dataclass
class CurveLabDocks:
    """The curve lab's docks; :meth:`arrange` puts them for a wide or a compact screen."""

    model: QDockWidget
    readouts: QDockWidget
    generator: QDockWidget
    coefficients: QDockWidget
    validation: QDockWidget
    path: QDockWidget
    scenario: QDockWidget

    def all(self) -> list[QDockWidget]:
        """Every dock, model controls first."""
        return [
            self.model,
            self.readouts,
            self.generator,
            self.coefficients,
            self.validation,
            self.path,
            self.scenario,
        ]

    def open_scenario(self, window: QMainWindow) -> None:
        """Show the scenario's explanation; a dock that was closed opens just tall enough."""
        if self.scenario.isHidden():
            self.scenario.show()
            window.resizeDocks([self.scenario], [self._scenario_height()], VERTICAL)
        self.scenario.raise_()

    def _scenario_height(self) -> int:
        panel = self.scenario.widget().widget()
        return panel.minimumSizeHint().height() + 3 * panel.fontMetrics().height()

    def arrange(self, window: QMainWindow, available: QRect) -> None:
        """Put every dock where it belongs on a screen of this available geometry."""
        for dock in self.all():
            dock.setFloating(False)
        if is_compact(available):
            self._arrange_compact(window, available)
        else:
            self._arrange_wide(window)

    def _arrange_compact(self, window: QMainWindow, available: QRect) -> None:
        window.addDockWidget(RIGHT, self.model)
        window.addDockWidget(RIGHT, self.readouts)
        window.splitDockWidget(self.model, self.readouts, VERTICAL)
        for dock in (self.coefficients, self.validation, self.path, self.generator):
            window.addDockWidget(RIGHT, dock)
            window.tabifyDockWidget(self.readouts, dock)
        window.setCorner(Qt.Corner.BottomRightCorner, RIGHT)
        window.addDockWidget(BOTTOM, self.scenario)
        self.scenario.hide()
        self.readouts.raise_()
        width = round(min(max(COLUMN_SHARE * available.width(), COLUMN_MIN), COLUMN_MAX))
        window.resizeDocks([self.model], [width], HORIZONTAL)
        self._model_whole(window)
        full_tab_names(window)

    def _model_whole(self, window: QMainWindow) -> None:
        # The model controls whole, without a scroll bar, and no taller: they are
        # what a class watches, and the panels below them get the rest.
        controls = self.model.widget().widget().sizeHint().height()
        self.model.widget().setMinimumHeight(controls)
        window.resizeDocks([self.model], [controls], VERTICAL)

    def fit_model(self, window: QMainWindow) -> None:
        """Give the model controls the room they ask for now (after the text grew)."""
        panels = [self.model, self.readouts]
        shown = [d.widget().widget().sizeHint().width() for d in panels if not d.isHidden()]
        if shown:
            window.resizeDocks([self.model], [max(shown) + DOCK_FRAME_ALLOWANCE], HORIZONTAL)
        self._model_whole(window)

    def _arrange_wide(self, window: QMainWindow) -> None:
        window.addDockWidget(RIGHT, self.model)
        window.addDockWidget(RIGHT, self.readouts)
        window.splitDockWidget(self.model, self.readouts, VERTICAL)
        for dock in (self.validation, self.path):
            window.addDockWidget(RIGHT, dock)
            window.tabifyDockWidget(self.readouts, dock)
        window.addDockWidget(LEFT, self.generator)
        window.addDockWidget(LEFT, self.coefficients)
        window.splitDockWidget(self.generator, self.coefficients, VERTICAL)
        # Under the plot, between the side columns: wide lines for the explanation.
        window.setCorner(Qt.Corner.BottomLeftCorner, LEFT)
        window.setCorner(Qt.Corner.BottomRightCorner, RIGHT)
        window.addDockWidget(BOTTOM, self.scenario)
        self.scenario.show()
        self.readouts.raise_()
        window.resizeDocks([self.model, self.generator], [RIGHT_COLUMN, LEFT_COLUMN], HORIZONTAL)
        self._model_whole(window)
        heights = [GENERATOR_HEIGHT, COEFFICIENTS_HEIGHT]
        window.resizeDocks([self.generator, self.coefficients], heights, VERTICAL)
        window.resizeDocks([self.scenario], [self._scenario_height()], VERTICAL)
        full_tab_names(window)


@dataclass
class PlaneLabDocks:
    """The classification lab's docks; :meth:`arrange` puts them for a wide or compact screen.

    ``extra`` are docks added by later parts of the lab (coefficients,
    validation curves, the lifted view, K-means, scenarios), each with
    where it goes: ``"right"`` (a tab under the numbers), ``"left"`` (under
    the generator on a wide screen) or ``"bottom"`` (the scenario's
    explanation).
    """

    model: QDockWidget
    readouts: QDockWidget
    generator: QDockWidget
    extra: list[tuple[QDockWidget, str]]

    def all(self) -> list[QDockWidget]:
        """Every dock, model controls first."""
        return [self.model, self.readouts, self.generator, *(d for d, _ in self.extra)]

    def placed(self, where: str) -> list[QDockWidget]:
        """The extra docks that go ``where``."""
        return [d for d, w in self.extra if w == where]

    def open_scenario(self, window: QMainWindow, dock: QDockWidget) -> None:
        """Show the scenario's explanation, just tall enough (once the dock is laid out)."""
        if dock.isHidden():
            dock.show()
        panel = dock.widget().widget()
        height = panel.minimumSizeHint().height() + 3 * panel.fontMetrics().height()
        QTimer.singleShot(0, lambda: window.resizeDocks([dock], [height], VERTICAL))
        dock.raise_()

    def closed_on(self, available: QRect) -> list[QDockWidget]:
        """The docks closed at the start on a screen of this available geometry.

        A compact screen has no height to spare for the scenario's
        explanation under the plot: it opens with a scenario.
        """
        return self.placed("bottom") if is_compact(available) else []

    def arrange(self, window: QMainWindow, available: QRect) -> None:
        """Put every dock where it belongs on a screen of this available geometry.

        Which docks are open is left to the caller (see :meth:`closed_on`): the
        room may not be shown, and then its open docks are remembered apart.
        """
        for dock in self.all():
            dock.setFloating(False)
        compact = is_compact(available)
        window.addDockWidget(RIGHT, self.model)
        window.addDockWidget(RIGHT, self.readouts)
        window.splitDockWidget(self.model, self.readouts, VERTICAL)
        tabs = self.placed("right") + ([*self.placed("left"), self.generator] if compact else [])
        for dock in tabs:
            window.addDockWidget(RIGHT, dock)
            window.tabifyDockWidget(self.readouts, dock)
        if not compact:
            window.addDockWidget(LEFT, self.generator)
            previous = self.generator
            for dock in self.placed("left"):
                window.addDockWidget(LEFT, dock)
                window.splitDockWidget(previous, dock, VERTICAL)
                previous = dock
        # The side columns reach the bottom; the explanation sits under the plot.
        window.setCorner(Qt.Corner.BottomRightCorner, RIGHT)
        window.setCorner(Qt.Corner.BottomLeftCorner, LEFT)
        for dock in self.placed("bottom"):
            window.addDockWidget(BOTTOM, dock)
        self.readouts.raise_()
        if compact:
            width = round(min(max(COLUMN_SHARE * available.width(), COLUMN_MIN), COLUMN_MAX))
            self._widths = ([self.model], [width])
            self._left = False
        else:
            self._widths = ([self.model, self.generator], [RIGHT_COLUMN, PLANE_LEFT_COLUMN])
            self._left = True
        full_tab_names(window)
        if not self.model.isHidden():
            self.fit(window)

    # The column widths arrange() chose, applied by fit() once the docks are shown,
    # and whether the left column (wide screens) is to be fitted too.
    _widths: tuple[list[QDockWidget], list[int]] | None = field(
        default=None, init=False, repr=False
    )
    _left: bool = field(default=False, init=False, repr=False)

    def fit(self, window: QMainWindow) -> None:
        """Give the columns the widths :meth:`arrange` chose, and the model controls their height.

        Done while the docks are shown (a hidden dock is in no layout to
        resize): at once if they are, else when their room is first entered.
        """
        if self._widths is not None:
            shown = [(d, w) for d, w in zip(*self._widths, strict=True) if not d.isHidden()]
            if shown:
                window.resizeDocks([d for d, _ in shown], [w for _, w in shown], HORIZONTAL)
            self._widths = None
        left = [self.generator, *self.placed("left")]
        if self._left and not any(d.isHidden() for d in left):
            # The generator whole and no taller; the views below it get the rest.
            frame = self.generator.height() - self.generator.widget().height()
            controls = self.generator.widget().widget().sizeHint().height() + max(frame, 0)
            rest = max(window.height() - controls, VIEW_MIN_HEIGHT)
            heights = [controls] + [rest // max(len(left) - 1, 1)] * (len(left) - 1)
            window.resizeDocks(left, heights, VERTICAL)
            self._left = False
        self.fit_model(window)

    def fit_model(self, window: QMainWindow) -> None:
        """Give the model controls the room they ask for, whole and no taller."""
        controls = self.model.widget().widget().sizeHint().height()
        self.model.widget().setMinimumHeight(controls)
        window.resizeDocks([self.model], [controls], VERTICAL)


def full_tab_names(window: QMainWindow) -> None:
    """Tabs of docks show their whole names and scroll when there are many.

    Rather than squeezing each name to a few letters and an ellipsis. Done
    after every arrangement and restored state: either may make new tab bars.
    """
    for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
        bar.setElideMode(Qt.TextElideMode.ElideNone)
        bar.setUsesScrollButtons(True)
        bar.setExpanding(False)


def fit_to_screen(window: QMainWindow, available: QRect) -> None:
    """Size and place the window inside ``available`` (the screen minus task bars).

    Compact screens get all of it; wide ones a centred window of at most
    ``WIDE_WINDOW``. The window frame (title bar, borders) is taken into
    account once the window system has told its size.
    """
    frame = window.frameGeometry().size() - window.geometry().size()
    room = available.size() - frame
    if is_compact(available):
        size = room
    else:
        size = room.boundedTo(WIDE_WINDOW)
    window.resize(size)
    left = available.left() + (available.width() - size.width() - frame.width()) // 2
    top = available.top() + (available.height() - size.height() - frame.height()) // 2
    window.move(max(left, available.left()), max(top, available.top()))


def fits(window: QMainWindow, available: QRect) -> bool:
    """Whether the window's frame lies inside ``available``."""
    return available.contains(window.frameGeometry())
