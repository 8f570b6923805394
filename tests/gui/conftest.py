"""Fixtures for driving the window as a user would: real mouse events on a plot.

The mouse helpers take data coordinates on the curve lab's plot unless given
another plot widget (``plot=window.plane_lab.plot`` for the classification lab).
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gui.main_window import MainWindow


def make_window(qtbot, tmp_path):
    """A main window with its own settings file and autosave folder under tmp_path."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings=settings, data_dir=tmp_path / "data")
    # Closing at teardown must not stop at the "unsaved changes" question.
    qtbot.addWidget(win, before_close_func=lambda w: w.undo_stack.setClean())
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(qtbot, tmp_path):
    return make_window(qtbot, tmp_path)


def to_viewport(window: MainWindow, x: float, y: float, plot=None) -> QPoint:
    """Viewport pixel of the data point (x, y) on a plot (the data plot by default)."""
    plot = window.curve_lab.plot if plot is None else plot
    scene = plot.getPlotItem().vb.mapViewToScene(QPointF(x, y))
    return plot.mapFromScene(scene)


def _send(widget, kind, pos: QPoint, button, buttons, modifiers) -> None:
    local = QPointF(pos)
    event = QMouseEvent(kind, local, widget.mapToGlobal(local), button, buttons, modifiers)
    QApplication.sendEvent(widget, event)


def answering(asked: list, button):
    """A stand-in for a modal question: records that it was asked, answers ``button``."""

    def ask():
        asked.append(button)
        return button

    return ask


def click(
    window,
    x,
    y,
    button=Qt.MouseButton.LeftButton,
    modifiers=Qt.KeyboardModifier.NoModifier,
    plot=None,
):
    """Press and release a mouse button at data coordinates (x, y)."""
    plot = window.curve_lab.plot if plot is None else plot
    viewport = plot.viewport()
    pos = to_viewport(window, x, y, plot)
    _send(
        viewport,
        QEvent.Type.MouseMove,
        pos,
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        modifiers,
    )
    _send(viewport, QEvent.Type.MouseButtonPress, pos, button, button, modifiers)
    _send(viewport, QEvent.Type.MouseButtonRelease, pos, button, Qt.MouseButton.NoButton, modifiers)
    QApplication.processEvents()


def press(window, x, y, modifiers=Qt.KeyboardModifier.NoModifier, plot=None):
    """Hover to data point (x, y) and press the left button there."""
    plot = window.curve_lab.plot if plot is None else plot
    viewport = plot.viewport()
    pos = to_viewport(window, x, y, plot)
    none, left = Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton
    _send(viewport, QEvent.Type.MouseMove, pos, none, none, modifiers)
    _send(viewport, QEvent.Type.MouseButtonPress, pos, left, left, modifiers)


def move(window, x, y, modifiers=Qt.KeyboardModifier.NoModifier, plot=None):
    """Move the mouse with the left button held to data point (x, y)."""
    plot = window.curve_lab.plot if plot is None else plot
    # pyqtgraph drops moves closer than 1/mouseRateLimit apart (10 ms by default).
    QTest.qWait(12)
    left = Qt.MouseButton.LeftButton
    pos = to_viewport(window, x, y, plot)
    _send(plot.viewport(), QEvent.Type.MouseMove, pos, Qt.MouseButton.NoButton, left, modifiers)


def release(window, x, y, modifiers=Qt.KeyboardModifier.NoModifier, plot=None):
    """Release the left button at data point (x, y)."""
    plot = window.curve_lab.plot if plot is None else plot
    left = Qt.MouseButton.LeftButton
    pos = to_viewport(window, x, y, plot)
    _send(
        plot.viewport(),
        QEvent.Type.MouseButtonRelease,
        pos,
        left,
        Qt.MouseButton.NoButton,
        modifiers,
    )
    QApplication.processEvents()


def drag(window, start, end, steps=8, modifiers=Qt.KeyboardModifier.NoModifier, plot=None):
    """Drag with the left button from data point ``start`` to ``end``."""
    press(window, *start, modifiers=modifiers, plot=plot)
    a, b = np.asarray(start, dtype=float), np.asarray(end, dtype=float)
    for i in range(1, steps + 1):
        move(window, *(a + (b - a) * (i / steps)), modifiers=modifiers, plot=plot)
    release(window, *end, modifiers=modifiers, plot=plot)
