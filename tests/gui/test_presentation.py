"""Presentation mode: larger text, thicker curves, secondary panels away, and back exactly."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget

from gui.plot_style import PRESENTATION
from tests.gui.conftest import make_window

ROOT = Path(__file__).resolve().parents[2]


def _state(window):
    docks = {d.objectName(): d.isVisible() for d in window.curve_lab.docks.all()}
    return QApplication.font().pointSizeF(), docks, window.curve_lab.plot.getPlotItem()


def test_presentation_mode_is_a_checkable_action_on_f5(window):
    act = window.findChild(type(window.action_table.presentation), "presentationModeAction")
    assert act is window.action_table.presentation
    assert act.isCheckable() and act.shortcut() == QKeySequence("F5")
    assert act in window.menus.view.actions()


def test_presentation_mode_makes_everything_larger_and_back_exactly(window, qtbot):
    window.load_example()
    font_before, docks_before, _ = _state(window)
    curve_pen = window.curve_lab.plot._curve.opts["pen"].widthF()
    tick = window.curve_lab.plot.getPlotItem().getAxis("bottom").style["tickFont"].pointSizeF()
    point = window.curve_lab.plot.layers.train.opts["size"]
    path_marker = window.curve_lab.path.marker.pen.widthF()
    window.action_table.presentation.trigger()
    qtbot.wait(20)
    assert window.presentation.enabled
    assert QApplication.font().pointSizeF() >= 1.5 * font_before
    assert window.curve_lab.plot._curve.opts["pen"].widthF() >= 1.5 * curve_pen
    assert (
        window.curve_lab.plot.getPlotItem().getAxis("bottom").style["tickFont"].pointSizeF()
        >= 1.5 * tick
    )
    assert window.curve_lab.plot.layers.train.opts["size"] >= 1.5 * point
    assert window.curve_lab.path.marker.pen.widthF() > path_marker
    # Secondary panels step aside; the controls and the numbers stay.
    assert window.curve_lab.docks.model.isVisible() and window.curve_lab.docks.readouts.isVisible()
    for dock in (
        window.curve_lab.docks.coefficients,
        window.curve_lab.docks.validation,
        window.curve_lab.docks.path,
    ):
        assert not dock.isVisible()
    # And back, exactly.
    window.action_table.presentation.trigger()
    qtbot.wait(20)
    font_after, docks_after, _ = _state(window)
    assert font_after == font_before and docks_after == docks_before
    assert window.curve_lab.plot._curve.opts["pen"].widthF() == curve_pen
    assert window.curve_lab.plot.layers.train.opts["size"] == point


def test_presentation_mode_is_remembered_and_the_normal_layout_saved(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    docks = {d.objectName(): d.isVisible() for d in window.curve_lab.docks.all()}
    window.action_table.presentation.setChecked(True)
    window.close()
    reopened = make_window(qtbot, tmp_path)
    assert reopened.presentation.enabled and reopened.action_table.presentation.isChecked()
    reopened.action_table.presentation.setChecked(False)
    # Leaving it restores the layout the user had before presenting.
    assert {d.objectName(): d.isVisible() for d in reopened.curve_lab.docks.all()} == docks
    assert PRESENTATION.text >= 1.5


def test_full_screen_toggles(window, qtbot):
    window.action_table.full_screen.setChecked(True)
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    window.action_table.full_screen.setChecked(False)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=2000)


def test_leaving_full_screen_returns_to_a_maximized_window_and_the_action_follows(window, qtbot):
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized, timeout=2000)
    window.action_table.full_screen.setChecked(True)
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    window.action_table.full_screen.setChecked(False)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=2000)
    assert window.isMaximized()
    # Full screen entered and left by other means (a window manager): the action says so.
    window.showFullScreen()
    qtbot.waitUntil(window.action_table.full_screen.isChecked, timeout=2000)
    window.showNormal()
    qtbot.waitUntil(lambda: not window.action_table.full_screen.isChecked(), timeout=2000)
    assert not window.isFullScreen()


CLOSE_IN_PRESENTATION = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from gui.app import application
    from gui.main_window import MainWindow
    app = application()
    window = MainWindow(
        settings=QSettings({ini!r}, QSettings.Format.IniFormat), data_dir=Path({data!r})
    )
    window.load_example()
    window.show()
    for room in ("classification", "curves"):
        window.rooms.show_room(room)
        for _ in range(30):
            app.processEvents()
    window.action_table.presentation.setChecked(True)
    for _ in range(30):
        app.processEvents()
    window.undo_stack.setClean()
    window.close()
    print("closed", flush=True)
    """
)


def test_closing_in_presentation_mode_exits_cleanly(tmp_path):
    # The normal font used to reach some plot items only while the interpreter
    # was exiting, and the process crashed there.
    script = CLOSE_IN_PRESENTATION.format(
        root=str(ROOT), ini=str(tmp_path / "s.ini"), data=str(tmp_path / "d")
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "closed"


def test_the_classification_labs_texts_grow_too(window):
    window.rooms.show_room("classification")
    labels = [
        window.plane_lab.controls.formula,
        window.plane_lab.readouts.note,
        window.plane_lab.validation.status,
        window.plane_lab.lifted.caption,
        window.plane_lab.cluster_panel.status,
        window.plane_lab.readouts.names["train_accuracy"],
    ]
    before = [label.font().pointSizeF() for label in labels]
    window.action_table.presentation.setChecked(True)
    QApplication.processEvents()
    try:
        after = [label.font().pointSizeF() for label in labels]
        assert after == pytest.approx([b * PRESENTATION.text for b in before])
    finally:
        window.action_table.presentation.setChecked(False)
        QApplication.processEvents()
    assert [label.font().pointSizeF() for label in labels] == before


def test_dock_tabs_keep_their_whole_names_after_presentation_mode(window):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTabBar

    window.rooms.show_room("classification")
    QApplication.processEvents()
    window.action_table.presentation.setChecked(True)
    QApplication.processEvents()
    window.action_table.presentation.setChecked(False)
    QApplication.processEvents()
    for room in (window, window.plane_lab.room):
        bars = room.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
        assert bars and all(b.elideMode() == Qt.TextElideMode.ElideNone for b in bars)


def test_axes_below_one_keep_their_numbers_after_presentation_mode(window):
    import pyqtgraph as pg

    window.entropy_panel.show_distribution("0.25 0.25 0.25 0.25", "probabilities")
    window.rooms.show_room("entropy")
    for presenting in (True, False):
        window.action_table.presentation.setChecked(presenting)
        QApplication.processEvents()
    views = window.findChildren(pg.GraphicsView)
    axes = [i for v in views for i in v.scene().items() if isinstance(i, pg.AxisItem)]
    assert axes and all(a.autoSIPrefixScale == 1.0 for a in axes)


def _open(window) -> dict[str, set[str]]:
    return window.rooms.all_open_docks()


def test_presentation_mode_left_in_another_room_gives_each_room_its_docks_back(window):
    before = _open(window)
    assert before["classification"] and before["curves"]
    window.action_table.presentation.setChecked(True)
    QApplication.processEvents()
    window.rooms.show_room("classification")
    QApplication.processEvents()
    # In presentation mode the classification lab too shows only its controls and numbers.
    shown = {d.objectName() for d in window.plane_lab.docks.all() if d.isVisible()}
    assert shown == {"planeModelDock", "planeReadoutsDock"}
    window.action_table.presentation.setChecked(False)
    QApplication.processEvents()
    assert _open(window) == before
    visible = {d.objectName() for d in window.findChildren(QDockWidget) if d.isVisible()}
    assert visible == before["classification"]
    window.rooms.show_room("curves")
    QApplication.processEvents()
    visible = {d.objectName() for d in window.findChildren(QDockWidget) if d.isVisible()}
    assert visible == before["curves"]
