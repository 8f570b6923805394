"""Rough edges a first-time user hit, each pinned down by a test."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from core.points_csv import PointTable
from gui.autosave import default_data_dir
from tests.gui.conftest import _send, click, drag


def _points(window, xs, ys, test=None):
    n = len(xs)
    is_test = np.zeros(n, bool) if test is None else np.asarray(test)
    window.state.replace_points(PointTable(np.array(xs), np.array(ys), is_test))
    window.curve_lab.plot.reset_view()


def test_every_tool_bar_button_shows_its_own_status_tip(window):
    tips = {}
    for act in window.tool_bar.actions():
        assert act.statusTip() == act.toolTip() != ""
        tips[act.statusTip()] = act
    assert len(tips) == len(window.tool_bar.actions())
    last = list(window.scenario_controller.scenarios.values())[-1]
    assert last.explanation("en") not in tips


def test_shift_click_beside_a_point_adds_a_test_point(window):
    _points(window, [0.5], [0.5])
    px, _py = window.curve_lab.plot.getPlotItem().vb.viewPixelSize()
    click(window, 0.5 + 3 * px, 0.5, modifiers=Qt.KeyboardModifier.ShiftModifier)
    p = window.state.points
    assert p.x.size == 2 and p.is_test.tolist() == [False, True]
    assert window.curve_lab.plot.selected.size == 0


def test_escape_clears_the_selection(window, qtbot):
    _points(window, [0.2, 0.5, 0.8], [0.0, 0.5, 0.0])
    click(window, 0.5, 0.5)
    assert window.curve_lab.plot.selected.tolist() == [1]
    window.curve_lab.plot.setFocus()
    qtbot.keyClick(window.curve_lab.plot, Qt.Key.Key_Escape)
    assert window.curve_lab.plot.selected.size == 0
    assert not window.action_table.delete.isEnabled()


def test_a_selection_goes_with_its_points(window):
    _points(window, [0.2, 0.5, 0.8], [0.0, 0.5, 0.0])
    click(window, 0.8, 0.0)
    assert window.curve_lab.plot.selected.tolist() == [2]
    click(window, 0.35, 0.9)  # a click adds a point: the selection stays on its point
    assert window.curve_lab.plot.selected.tolist() == [2]
    window.undo_stack.setClean()
    window.scenario_controller.load("overfit_it")  # other points at the same indices
    assert window.curve_lab.plot.selected.size == 0
    assert len(window.curve_lab.plot._selection.data) == 0  # no ring left on screen
    window.undo_stack.undo()
    click(window, 0.2, 0.0)
    drag(window, (0.2, 0.0), (0.3, 0.2))  # dragging a selected point keeps it selected
    assert window.curve_lab.plot.selected.tolist() == [0]


def test_alt_1_and_alt_2_go_to_the_l1_and_l2_sliders(window, qtbot):
    # Shortcuts reach only the active window: wait until it is (tests run in parallel).
    with qtbot.waitActive(window):
        window.activateWindow()
    for key, control in (
        (Qt.Key.Key_1, window.curve_lab.controls.l1),
        (Qt.Key.Key_2, window.curve_lab.controls.l2),
    ):
        window.curve_lab.plot.setFocus()
        qtbot.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is control.slider


def test_the_regularization_path_opens_linear(window):
    assert not window.curve_lab.path.asinh_check.isChecked()


def test_the_bootstrap_overlay_explains_itself(window):
    window.load_example()
    window.action_table.variance.trigger()
    assert window.curve_lab.variance_overlay.wait_until_idle()
    legend = [label.text for _, label in window.curve_lab.plot.getPlotItem().legend.items]
    assert any("bootstrap" in text for text in legend)
    assert "bootstrap" in window.statusBar().currentMessage()
    window.action_table.variance.trigger()
    legend = [label.text for _, label in window.curve_lab.plot.getPlotItem().legend.items]
    assert not any("bootstrap" in text for text in legend)


def test_current_values_are_named_in_titles_not_across_the_curves(window):
    window.load_example()
    plots = window.curve_lab.validation.plots
    for marker in (plots.degree_marker, plots.lambda_marker):
        assert not [c for c in marker.childItems() if "InfLineLabel" in type(c).__name__]
    assert "D = 3" in plots.degree_plot.titleLabel.text
    assert "λ off" in plots.lambda_plot.titleLabel.text


def test_a_long_tooltip_wraps(window, qtbot):
    widget: QWidget = window.curve_lab.coefficients.plot_widget
    assert len(widget.toolTip()) > 150
    center = widget.rect().center()
    event = QHelpEvent(QEvent.Type.ToolTip, center, widget.mapToGlobal(center))
    QApplication.sendEvent(widget, event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    label = next(w for w in QApplication.topLevelWidgets() if w.inherits("QTipLabel"))
    assert label.width() < 700
    assert "overfitting" in QToolTip.text()
    QToolTip.hideText()


def _legend_center(window):
    legend = window.curve_lab.plot.getPlotItem().legend
    view = window.curve_lab.plot.getPlotItem().vb
    center = legend.mapRectToItem(view, legend.boundingRect()).center()
    return center.x() / view.width(), center.y() / view.height()


def test_the_legend_moves_away_from_the_points_and_stays_where_dragged(window, qtbot):
    # A crowd in the top right, where a legend usually sits, and one point far below.
    xs = np.concatenate([np.linspace(0.7, 1.0, 30), [0.0]])
    ys = np.concatenate([np.linspace(0.8, 1.0, 30), [-1.0]])
    _points(window, xs, ys)
    fx, fy = _legend_center(window)
    assert not (fx > 0.5 and fy < 0.5), (fx, fy)
    # The user drags it; a reset of the view leaves it where they put it.
    legend = window.curve_lab.plot.getPlotItem().legend
    start = window.curve_lab.plot.mapFromScene(legend.mapToScene(legend.boundingRect().center()))
    viewport = window.curve_lab.plot.viewport()
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    mods = Qt.KeyboardModifier.NoModifier
    _send(viewport, QEvent.Type.MouseMove, start, none, none, mods)
    _send(viewport, QEvent.Type.MouseButtonPress, start, left, left, mods)
    for step in range(1, 6):
        qtbot.wait(12)
        _send(viewport, QEvent.Type.MouseMove, start + QPoint(step * 8, step * 6), none, left, mods)
    _send(viewport, QEvent.Type.MouseButtonRelease, start + QPoint(40, 30), left, none, mods)
    moved = _legend_center(window)
    assert moved != (fx, fy)
    assert window.state.points.x.size == 31  # the drag moved the legend, not a point
    window.curve_lab.plot.reset_view()
    assert _legend_center(window) == moved


def test_the_autosave_folder_is_not_named_twice(monkeypatch):
    monkeypatch.delenv("OVERFIT_LAB_DATA_DIR", raising=False)
    parts = default_data_dir().parts
    assert parts[-1] == "Overfit Lab" and parts[-2] != "Overfit Lab"
