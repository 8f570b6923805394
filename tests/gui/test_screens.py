"""The window fits every screen a classroom has, and each room has the window to itself.

Each screen size runs in a process of its own whose one offscreen screen has
that size (less a 40 px task bar); 200 % scaling is Qt's scale factor 2 on a
2560x1440 screen. For each, every widget the user can see gets at least its
minimum size and lies on the screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QApplication

from gui.main_window import MainWindow
from tests.gui.conftest import make_window

ROOT = Path(__file__).resolve().parents[2]
TASK_BAR = 40
# name -> (screen width, height in device pixels, Qt scale factor)
SCREENS = {
    "1024x768": (1024, 768, 1),
    "1280x720": (1280, 720, 1),
    "1366x768": (1366, 768, 1),
    "1920x1080": (1920, 1080, 1),
    "2560x1440 at 200 %": (2560, 1440, 2),
}

# Runs in a fresh process whose one offscreen screen is the size under test:
# builds the window as the app does (no saved layout), shows it in every room
# and prints what does not fit.
PROBE = textwrap.dedent(
    """
    import json, sys
    sys.path.insert(0, {root!r})
    from pathlib import Path
    from PySide6.QtCore import QPoint, QRect, QSettings
    from PySide6.QtWidgets import QAbstractScrollArea, QScrollArea, QTabBar, QWidget
    from gui.app import application
    from gui.main_window import MainWindow

    def in_scroll_area(widget):
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea):
                return True
            parent = parent.parentWidget()
        return False

    def problems(window, screen):
        found = []
        for widget in window.findChildren(QWidget):
            if not widget.isVisible() or widget.window() is not window:
                continue
            if widget.visibleRegion().isEmpty() or in_scroll_area(widget):
                continue  # behind another dock's tab, or shown scrolled by its area
            if isinstance(widget.parentWidget(), QTabBar):
                continue  # a tab bar's scroll arrows: Qt sizes them itself
            hint = widget.minimumSizeHint()
            name = widget.objectName() or type(widget).__name__
            if hint.isValid() and not isinstance(widget, QAbstractScrollArea):
                if widget.width() + 1 < hint.width() or widget.height() + 1 < hint.height():
                    found.append(f"{{name}}: {{widget.size().toTuple()}} < {{hint.toTuple()}}")
            rect = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
            if not screen.contains(rect):
                found.append(f"{{name}}: {{rect.getRect()}} outside {{screen.getRect()}}")
        return found

    app = application()
    settings = QSettings({ini!r}, QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, data_dir=Path({data!r}))
    window.load_example()
    window.show()
    for _ in range(20):
        app.processEvents()
    screen = window.screen().availableGeometry()
    report = {{"screen": screen.getRect(), "frame": window.frameGeometry().getRect()}}
    for room in window.rooms.room_keys():
        window.rooms.show_room(room)
        for _ in range(5):
            app.processEvents()
        report[room] = problems(window, screen)
        if room == "classification":
            docks = window.plane_lab.docks
            opened = [d.objectName() for d in docks.all() if not d.isHidden()]
            report["open_at_first"] = sorted(opened)
            report["closed_on"] = sorted(d.objectName() for d in docks.closed_on(screen))
    window.rooms.show_room("curves")
    app.processEvents()
    report["plot_width"] = window.curve_lab.plot.width()
    report["window_width"] = window.width()
    window.action_table.presentation.setChecked(True)
    for _ in range(10):
        app.processEvents()
    report["presentation"] = problems(window, screen)
    window.rooms.show_room("classification")
    for _ in range(10):
        app.processEvents()
    report["presentation, classification"] = problems(window, screen)
    report["class_plot_width"] = window.plane_lab.plot.width()
    window.undo_stack.setClean()
    print(json.dumps(report))
    """
)


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_the_window_fits_the_screen_it_opens_on(tmp_path, screen):
    width, height, scale = SCREENS[screen]
    config = tmp_path / "screens.json"
    # The task bar: the screen offers this much less height to windows.
    screens = [{"name": "s", "x": 0, "y": 0, "width": width, "height": height - TASK_BAR * scale}]
    config.write_text(json.dumps({"screens": screens}))
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    env["QT_SCALE_FACTOR"] = str(scale)
    script = PROBE.format(root=str(ROOT), ini=str(tmp_path / "s.ini"), data=str(tmp_path / "d"))
    proc = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    logical = QRect(*report["screen"])
    assert logical.width() == width // scale
    assert logical.contains(QRect(*report["frame"])), report
    for room in ("curves", "classification", "entropy", "presentation"):
        assert not report[room], (room, report[room][:6])
    assert not report["presentation, classification"], report["presentation, classification"][:6]
    # The classification room opens as arranged for this screen: on a compact
    # one without the scenario's explanation, which needs the height.
    compact = logical.width() < 1500 or logical.height() < 860
    closed = ["planeScenarioDock"] if compact else []
    assert report["closed_on"] == closed
    assert "planeModelDock" in report["open_at_first"]
    assert ("planeScenarioDock" in report["open_at_first"]) == (not compact)
    # The plot keeps most of the room: at least half the window's width.
    assert report["plot_width"] >= 0.5 * report["window_width"]
    assert report["class_plot_width"] >= 0.5 * report["window_width"]


def test_a_saved_layout_too_large_for_this_screen_gives_way(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, data_dir=tmp_path / "data")
    qtbot.addWidget(window)
    window.show()
    window.resize(3000, 2000)  # saved on a bigger screen than this one
    window.close()
    reopened = MainWindow(settings=settings, data_dir=tmp_path / "data")
    qtbot.addWidget(reopened)
    reopened.show()
    qtbot.waitExposed(reopened)
    QApplication.processEvents()
    available = reopened.screen().availableGeometry()
    assert available.contains(reopened.frameGeometry())


def test_each_room_has_the_window_to_itself(window):
    docks = window.curve_lab.docks.all()
    assert all(d.isVisible() for d in docks if d is not window.curve_lab.docks.scenario)
    window.curve_lab.docks.path.close()  # the user closes one panel
    window.rooms.show_room("entropy")
    assert not any(d.isVisible() for d in docks)
    assert not window.curve_lab.docks.model.toggleViewAction().isEnabled()
    assert window.entropy_panel.isVisible()
    window.rooms.show_room("curves")
    assert window.curve_lab.docks.model.isVisible() and not window.curve_lab.docks.path.isVisible()
    assert window.curve_lab.docks.model.toggleViewAction().isEnabled()


def test_the_room_is_remembered(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    window.rooms.show_room("entropy")
    window.close()
    reopened = make_window(qtbot, tmp_path)
    assert reopened.rooms.current == "entropy"
    reopened.rooms.show_room("curves")
    assert reopened.curve_lab.docks.model.isVisible()


def test_show_me_entropy_opens_the_entropy_room(window):
    window.show_entropy_example()
    assert window.rooms.current == "entropy"
    assert window.entropy_panel.distribution is not None


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_panel_fits_the_narrowest_column_without_scrolling_sideways(window, language):
    # Hidden tabs too: the test on screen sizes sees only the panels in front.
    from gui.window_layout import COLUMN_MIN, DOCK_FRAME_ALLOWANCE

    window.set_language(language)
    room = COLUMN_MIN - DOCK_FRAME_ALLOWANCE
    try:
        for dock in window.curve_lab.docks.all() + window.plane_lab.docks.all():
            panel = dock.widget().widget()
            assert panel.minimumSizeHint().width() <= room, dock.objectName()
    finally:
        window.set_language("en")


def test_switching_rooms_leaves_every_dock_its_size(window):
    def sizes():
        return {
            d.objectName(): (d.width(), d.height())
            for d in window.curve_lab.docks.all() + window.plane_lab.docks.all()
            if d.isVisible()
        }

    seen = {}
    for _ in range(4):
        for room in ("classification", "curves"):
            window.rooms.show_room(room)
            for _ in range(3):  # the first visit sizes the docks on a timer
                QApplication.processEvents()
            seen.setdefault(room, []).append(sizes())
    # From the second visit on, each room looks exactly as it was left.
    for visits in seen.values():
        assert visits[1] == visits[2] == visits[3], visits
