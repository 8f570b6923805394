"""Gestures and edits that arrive in their middle: a drag, a slider drag, a held-down key.

A gesture is one undo command from its first event, and any other edit of
the points during a point drag ends the drag cleanly: the rest of the
gesture does nothing, never acts on an index that no longer exists.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from core.points_csv import PointTable
from tests.gui.conftest import move, press, release


def three_points(window):
    table = PointTable(np.array([0.2, 0.5, 0.8]), np.array([0.0, 0.5, 0.0]), np.zeros(3, bool))
    window.state.replace_points(table)
    window.curve_lab.plot.reset_view()
    window.undo_stack.clear()


def test_the_live_preview_of_a_drag_is_already_its_undo_step(window):
    three_points(window)
    press(window, 0.5, 0.5)
    move(window, 0.55, 0.2)
    move(window, 0.6, -0.2)
    # Mid-drag: the point moved and the stack holds one command for it.
    assert window.state.points.x[1] != 0.5
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Move point"
    release(window, 0.6, -0.2)
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert window.state.points == PointTable(
        np.array([0.2, 0.5, 0.8]), np.array([0.0, 0.5, 0.0]), np.zeros(3, bool)
    )


@pytest.mark.parametrize(
    "edit",
    ["undo", "delete_selected", "clear", "new", "scenario"],
)
def test_an_edit_in_the_middle_of_a_drag_cancels_the_drag(window, qtbot, edit):
    three_points(window)
    start = window.state.points
    press(window, 0.5, 0.5)
    move(window, 0.55, 0.3)
    if edit == "undo":
        window.action_table.undo.trigger()
    elif edit == "delete_selected":
        window.curve_lab.plot.select_all()
        window.action_table.delete.trigger()
    elif edit == "clear":
        window.action_table.clear.trigger()
    elif edit == "new":
        window.document.new_session()
    else:
        window.undo_stack.setClean()
        window.scenario_controller.load("overfit_it")
    after_edit = window.state.points
    count = window.undo_stack.count()
    # The rest of the gesture: moves and the release do nothing at all.
    with qtbot.captureExceptions() as exceptions:
        move(window, 0.7, -0.3)
        move(window, 0.75, -0.4)
        release(window, 0.75, -0.4)
    assert not exceptions
    assert window.state.points is after_edit
    assert window.undo_stack.count() == count
    # Undo and redo still walk a consistent history, back to the start and forward.
    stack = window.undo_stack
    while stack.canRedo():
        stack.redo()
    end = window.state.points
    while stack.canUndo():
        stack.undo()
    assert window.state.points == (after_edit if edit == "new" else start)
    while stack.canRedo():
        stack.redo()
    assert window.state.points == end


def test_a_drag_after_a_cancelled_one_works_again(window):
    three_points(window)
    press(window, 0.5, 0.5)
    move(window, 0.55, 0.3)
    window.action_table.undo.trigger()
    release(window, 0.6, 0.2)
    press(window, 0.8, 0.0)
    move(window, 0.85, 0.4)
    release(window, 0.85, 0.4)
    px, py = window.curve_lab.plot.getPlotItem().vb.viewPixelSize()
    p = window.state.points
    assert abs(p.x[2] - 0.85) <= 2 * px and abs(p.y[2] - 0.4) <= 2 * py
    assert window.undo_stack.count() == 1


def test_undo_in_the_middle_of_a_slider_drag(window):
    window.load_example()
    slider = window.curve_lab.controls.degree.slider
    slider.sliderPressed.emit()
    for value in (4, 5, 6):
        slider.setValue(value)
    window.action_table.undo.trigger()  # the gesture's command so far
    assert window.state.model.degree == 3
    for value in (7, 8):
        slider.setValue(value)
    slider.sliderReleased.emit()
    assert window.state.model.degree == 8 == window.state.fit.degree
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert window.state.model.degree == 3


def _key(widget, kind, key, repeat):
    QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, "", repeat))


def test_a_held_down_arrow_key_is_one_undo_step(window):
    window.load_example()
    for widget in (window.curve_lab.controls.degree.slider, window.curve_lab.controls.degree.spin):
        start = window.state.model.degree
        count = window.undo_stack.count()
        widget.setFocus()
        _key(widget, QEvent.Type.KeyPress, Qt.Key.Key_Up, False)
        for _ in range(4):  # auto-repeat: release and press pairs marked as repeats
            _key(widget, QEvent.Type.KeyRelease, Qt.Key.Key_Up, True)
            _key(widget, QEvent.Type.KeyPress, Qt.Key.Key_Up, True)
        _key(widget, QEvent.Type.KeyRelease, Qt.Key.Key_Up, False)
        assert window.state.model.degree >= start + 5
        assert window.undo_stack.count() == count + 1
        window.undo_stack.undo()
        assert window.state.model.degree == start
        window.undo_stack.redo()
    # Two separate key presses are two steps.
    count = window.undo_stack.count()
    slider = window.curve_lab.controls.degree.slider
    for _ in range(2):
        _key(slider, QEvent.Type.KeyPress, Qt.Key.Key_Up, False)
        _key(slider, QEvent.Type.KeyRelease, Qt.Key.Key_Up, False)
    assert window.undo_stack.count() == count + 2


def test_a_click_far_outside_the_domain_is_refused_with_a_message(window, qtbot):
    three_points(window)
    box = window.curve_lab.plot.getPlotItem().vb
    box.setRange(xRange=(-1e4, 1e4), yRange=(-10, 10), padding=0)  # zoomed far out
    qtbot.wait(10)
    before = window.state.points
    with qtbot.captureExceptions() as exceptions:
        press(window, 5e3, 0.0)
        release(window, 5e3, 0.0)
    assert not exceptions
    assert window.state.points is before
    assert "beyond the limits" in window.statusBar().currentMessage()
    # Within reach of the domain (|z| <= 100: 49.5 widths beyond it) it is a point.
    box.setRange(xRange=(-200, 200), yRange=(-10, 10), padding=0)
    qtbot.wait(10)
    press(window, 40.0, 0.0)
    release(window, 40.0, 0.0)
    assert window.state.points.x.size == 4
    assert np.isfinite(window.state.fit.objective)
    _, drawn = window.curve_lab.plot.curve_data()
    assert np.isfinite(drawn).all()


def test_a_drag_stops_at_the_limits(window, qtbot):
    three_points(window)
    box = window.curve_lab.plot.getPlotItem().vb
    box.setRange(xRange=(-100, 100), yRange=(-10, 10), padding=0)
    qtbot.wait(10)
    press(window, 0.8, 0.0)
    move(window, 30.0, 0.5)
    box.setRange(xRange=(-1e4, 1e4), yRange=(-10, 10), padding=0)  # zoom out mid-drag
    qtbot.wait(10)
    move(window, 8000.0, 0.5)  # beyond: the point stays where it last could be
    release(window, 8000.0, 0.5)
    assert abs(window.state.points.x[2] - 30.0) < 1.0
    assert "beyond the limits" in window.statusBar().currentMessage()
