"""Sessions, CSV import/export, image export, autosave and crash recovery, as a user meets them."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QFileInfo, QLocale, QThread, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

import gui.document
from core.points_csv import PointTable
from core.session_file import SessionData, load_session, session_to_json
from gui.app import create_window
from gui.autosave import orphaned_autosaves
from gui.figures.render import layout_size
from tests.gui.conftest import answering, click, make_window

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def warnings_shown(monkeypatch):
    """Message boxes recorded instead of shown (a modal box would block the test)."""
    shown: list[str] = []

    def fake_warning(parent, title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fake_warning))
    return shown


def test_save_and_reopen_restores_the_session_exactly(window, tmp_path, qtbot):
    window.load_example()
    click(window, 0.5, 0.2)
    window.curve_lab.controls.degree.spin.setValue(7)
    window.curve_lab.controls.l2.field.setText("0.001")
    window.curve_lab.controls.l2.field.editingFinished.emit()
    before = window.state.to_session()
    path = tmp_path / "lesson.json"
    assert window.document.save_session_to(path)
    assert not window.isWindowModified()
    assert "lesson.json" in window.windowTitle()

    other = make_window(qtbot, tmp_path / "other")
    assert other.document.open_session(path)
    after = other.state.to_session()
    assert after.points == before.points
    assert (after.model, after.generator, after.domain) == (
        before.model,
        before.generator,
        before.domain,
    )
    # The same fit; the click was added to the reduction row by row, the reopened
    # session reduced afresh, so the two agree to rounding.
    assert other.state.fit.objective == pytest.approx(window.state.fit.objective, rel=1e-12)
    assert str(path.resolve()) == other.file_history.recent_files()[0]


BAD_SESSIONS = {
    "truncated": ('{"format": "overfit-lab-session", "version": 1, "domain": [0', "truncated"),
    "wrong_format": ('{"format": "something-else", "version": 1}', "format"),
    "future": ('{"format": "overfit-lab-session", "version": 99}', "newer version"),
    "not_json": ("x,y\n1,2\n", "JSON"),
}


@pytest.mark.parametrize("case", sorted(BAD_SESSIONS))
def test_a_bad_session_file_says_why_and_changes_nothing(window, tmp_path, warnings_shown, case):
    window.load_example()
    click(window, 0.5, 0.2)
    before = window.state.to_session()
    content, expected = BAD_SESSIONS[case]
    path = tmp_path / f"{case}.json"
    path.write_text(content, encoding="utf-8")
    assert not window.document.open_session(path)
    assert len(warnings_shown) == 1 and path.name in warnings_shown[0]
    assert expected.lower() in warnings_shown[0].lower()
    assert window.state.to_session().points == before.points
    assert window.isWindowModified()


def test_a_directory_is_not_a_session(window, tmp_path, warnings_shown):
    assert not window.document.open_session(tmp_path)
    assert warnings_shown


def test_import_csv_sets_the_domain_and_is_one_undo_step(window, tmp_path, qtbot):
    window.load_example()
    before = window.state.points
    path = tmp_path / "data.csv"
    path.write_text("x,y,role\n2,1,train\n3,0.5,train\n5,2,test\n4,1.5,train\n", encoding="utf-8")
    with qtbot.waitSignal(window.points_io.import_finished, timeout=10_000) as blocker:
        window.points_io.import_points(str(path))
    assert blocker.args[0] is True
    p = window.state.points
    assert p.x.tolist() == [2, 3, 5, 4] and p.is_test.tolist() == [False, False, True, False]
    assert (window.state.domain.lo, window.state.domain.hi) == (2.0, 5.0)
    window.undo_stack.undo()
    assert window.state.points == before
    assert (window.state.domain.lo, window.state.domain.hi) == (0.0, 1.0)


def test_import_of_a_large_file_runs_off_the_gui_thread(window, tmp_path, qtbot):
    n = 200_000
    rng = np.random.default_rng(0)
    x = rng.uniform(0, 10, n)
    path = tmp_path / "big.csv"
    np.savetxt(path, np.column_stack([x, np.sin(x)]), delimiter=",", fmt="%.17g")
    with qtbot.waitSignal(window.points_io.import_finished, timeout=60_000) as blocker:
        window.points_io.import_points(str(path))
        # The call returns at once; the window keeps processing events meanwhile.
        assert window.state.points.x.size != n
    assert blocker.args[0] is True
    assert window.state.points.x.size == n
    assert window.state.fit is not None


@pytest.mark.parametrize("lab", ["curves", "classification"])
def test_closing_the_window_mid_import_stops_the_read_and_lands_nothing(
    window, tmp_path, qtbot, lab
):
    n = 300_000
    rng = np.random.default_rng(1)
    path = tmp_path / "big.csv"
    if lab == "curves":
        io, header, columns = window.points_io, "x,y", [rng.uniform(0, 1, n), rng.normal(size=n)]
    else:
        io, header = window.plane_io, "x1,x2,label"
        columns = [rng.normal(size=n), rng.normal(size=n), rng.integers(0, 2, n)]
    np.savetxt(path, np.column_stack(columns), delimiter=",", header=header, comments="")
    finished = []
    io.import_finished.connect(lambda *args: finished.append(args))
    io.import_points(str(path))
    readers = io.imports.findChildren(QThread)
    assert readers and readers[0].isRunning()
    window.close()
    # Every read thread has ended (none outlives the window) and nothing landed.
    assert all(reader.isFinished() for reader in readers)
    qtbot.wait(50)
    assert finished == []
    assert window.state.points.x.size == 0 and len(window.plane_state.points) == 0


def test_import_of_a_bad_csv_names_the_line_and_changes_nothing(
    window, tmp_path, qtbot, warnings_shown
):
    window.load_example()
    before = window.state.points
    path = tmp_path / "bad.csv"
    path.write_text("x,y\n1,2\n3,oops\n", encoding="utf-8")
    with qtbot.waitSignal(window.points_io.import_finished, timeout=10_000) as blocker:
        window.points_io.import_points(str(path))
    assert blocker.args[0] is False
    assert "line 3" in warnings_shown[0]
    assert window.state.points == before


def test_export_points_round_trips_through_import(window, tmp_path, qtbot):
    window.load_example()
    path = tmp_path / "points.csv"
    assert window.points_io.export_points(str(path))
    before = window.state.points
    window.clear_points()
    with qtbot.waitSignal(window.points_io.import_finished, timeout=10_000):
        window.points_io.import_points(str(path))
    assert window.state.points == before


@pytest.mark.parametrize("panel", ["plot", "entropy", "window"])
def test_png_export_has_the_requested_size_and_is_not_blank(window, tmp_path, panel):
    window.load_example()
    path = tmp_path / f"{panel}.png"
    assert window.image_export.export_image(panel, str(path), 1600)
    image = QImage(str(path))
    assert image.width() == 1600
    # A figure has its own proportions, whatever the widget's on screen.
    figure = window.image_export.figure(panel)
    assert image.height() == layout_size(figure, 1600, None)[3]
    # Not blank: many distinct colours (points, curve, text), not one background.
    small = image.scaled(200, 200)
    colours = {small.pixel(i, j) for i in range(200) for j in range(200)}
    assert len(colours) > 20
    assert window.image_export.export_image(panel, str(tmp_path / "sized.png"), 800, 600)
    sized = QImage(str(tmp_path / "sized.png"))
    assert (sized.width(), sized.height()) == (800, 600)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_exported_images_get_ordinary_file_permissions(window, tmp_path):
    window.load_example()
    old = os.umask(0o022)
    try:
        for name in ("plot.png", "plot.svg"):
            assert window.image_export.export_image("plot", str(tmp_path / name), 400)
            assert (tmp_path / name).stat().st_mode & 0o777 == 0o644, name
    finally:
        os.umask(old)
    assert not list(tmp_path.glob(".plot.*"))  # no temporary file left behind


def test_svg_export_parses_and_holds_the_fitted_curve(window, tmp_path):
    window.load_example()
    window.curve_lab.controls.degree.spin.setValue(9)
    path = tmp_path / "plot.svg"
    assert window.image_export.export_image("plot", str(path), 1600)
    root = ET.parse(path).getroot()
    shapes = [e for e in root.iter() if e.tag.endswith(("path", "polyline"))]
    # The curve is one shape with (nearly) every sample of the drawn curve.
    longest = max(len((e.get("d") or e.get("points") or "").split()) for e in shapes)
    assert longest >= 500
    assert "Fitted polynomial" in path.read_text(encoding="utf-8")


def test_export_to_a_bad_name_says_why(window, tmp_path, warnings_shown):
    assert not window.image_export.export_image("plot", str(tmp_path / "plot.bmp"), 1600)
    assert "plot.bmp" in warnings_shown[0] and ".png, .svg, .pdf" in warnings_shown[0]


def test_closing_with_unsaved_changes_asks(window, monkeypatch):
    click(window, 0.5, 0.2)
    asked = []

    monkeypatch.setattr(
        window.dialogs, "ask_unsaved", answering(asked, QMessageBox.StandardButton.Cancel)
    )
    assert not window.close()
    assert window.isVisible() and asked
    monkeypatch.setattr(
        window.dialogs, "ask_unsaved", answering(asked, QMessageBox.StandardButton.Discard)
    )
    assert window.close()


def test_new_session_asks_and_starts_empty(window, monkeypatch):
    click(window, 0.5, 0.2)
    monkeypatch.setattr(window.dialogs, "ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    window.action_table.new.trigger()
    assert window.state.points.x.size == 0
    assert not window.isWindowModified() and not window.undo_stack.canUndo()


def test_autosave_follows_edits_and_disappears_when_clean(window, tmp_path):
    window.load_example()
    assert not window.document.autosaver.path.exists()
    click(window, 0.5, 0.2)
    window.document.autosaver.save_now()
    saved = load_session(window.document.autosaver.path)
    assert saved.points == window.state.points
    window.document.save_session_to(tmp_path / "s.json")
    window.document.autosaver.save_now()
    assert not window.document.autosaver.path.exists()


def test_timed_autosave_is_written_off_the_gui_thread(window, qtbot, monkeypatch):
    import threading

    import gui.autosave

    threads = []
    real = gui.autosave.session_to_json

    def recording(session):
        threads.append(threading.current_thread())
        return real(session)

    monkeypatch.setattr(gui.autosave, "session_to_json", recording)
    window.load_example()
    click(window, 0.5, 0.2)
    qtbot.waitUntil(window.document.autosaver.path.exists, timeout=10_000)
    qtbot.waitUntil(lambda: not window.document.autosaver.is_busy, timeout=10_000)
    assert threads and threading.main_thread() not in threads
    assert load_session(window.document.autosaver.path).points == window.state.points
    # Saving the session removes the autosave, even with a timed save in flight.
    click(window, 0.6, 0.2)
    window.document.autosaver.save_in_background()
    window.undo_stack.setClean()
    window.document.autosaver.discard()
    assert not window.document.autosaver.path.exists()


def test_main_py_session_argument_opens_it(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot, tmp_path)
    window.load_example()
    window.curve_lab.controls.degree.spin.setValue(5)
    path = tmp_path / "given.json"
    window.document.save_session_to(path)
    monkeypatch.setenv("OVERFIT_LAB_DATA_DIR", str(tmp_path / "fresh"))
    opened = create_window([str(path)])
    qtbot.addWidget(opened, before_close_func=lambda w: w.undo_stack.setClean())
    assert opened.document.path == path
    assert opened.state.model.degree == 5
    assert opened.state.points == window.state.points


CRASHING_APP = textwrap.dedent(
    """
    import os, sys, time
    sys.path.insert(0, {root!r})
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from core.points_csv import PointTable
    from core.session_file import session_to_json
    from gui.commands import AddPointCommand
    from gui.app import application
    from gui.main_window import MainWindow
    app = application()
    settings = QSettings({ini!r}, QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, data_dir=Path({data!r}))
    window.load_example()
    for i in range(5):
        window.undo_stack.push(AddPointCommand(window.state, 0.1 * i, i * 0.5, i % 2 == 1))
    deadline = time.time() + 20
    while not window.document.autosaver.path.exists() and time.time() < deadline:
        app.processEvents()
        time.sleep(0.05)
    Path({expected!r}).write_text(session_to_json(window.state.to_session()))
    print("ready", flush=True)
    time.sleep(60)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_after_a_hard_kill_the_next_start_offers_the_autosave(qtbot, tmp_path, monkeypatch):
    data = tmp_path / "data"
    expected = tmp_path / "expected.json"
    script = CRASHING_APP.format(
        root=str(ROOT), ini=str(tmp_path / "crash.ini"), data=str(data), expected=str(expected)
    )
    with subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as proc:
        try:
            assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
    assert orphaned_autosaves(data)
    window = make_window(qtbot, tmp_path)
    window.document.autosaver.directory = data
    offered = []
    monkeypatch.setattr(window.dialogs, "ask_recover", lambda when: offered.append(when) or True)
    assert window.document.offer_recovery()
    assert offered
    wanted = json.loads(expected.read_text())
    got = json.loads(session_to_json(window.state.to_session()))
    assert got["points"] == wanted["points"] and len(got["points"]) == 25
    assert window.isWindowModified()
    assert not orphaned_autosaves(data)


DEAD_PID = 2**22 + 12345  # above the usual pid range: no such process


def _plant_autosave(data: Path, text: str, document: Path | None = None) -> Path:
    data.mkdir(exist_ok=True)
    path = data / f"autosave-{DEAD_PID}.json"
    path.write_text(text, encoding="utf-8")
    if document is not None:
        path.with_suffix(".document").write_text(str(document), encoding="utf-8")
    return path


def _recovering_window(qtbot, tmp_path, monkeypatch, data, answer):
    window = make_window(qtbot, tmp_path / f"w{len(list(tmp_path.iterdir()))}")
    window.document.autosaver.directory = data
    asked = []
    monkeypatch.setattr(window.dialogs, "ask_recover", lambda when: asked.append(when) or answer)
    return window, asked


def test_declining_recovery_keeps_the_autosave_aside(qtbot, tmp_path, monkeypatch):
    data = tmp_path / "data"
    lone = PointTable(np.array([0.5]), np.array([1.0]), np.array([False]))
    text = session_to_json(SessionData(points=lone))
    planted = _plant_autosave(data, text)
    stamp = QFileInfo(str(planted)).lastModified()
    window, asked = _recovering_window(qtbot, tmp_path, monkeypatch, data, False)
    assert not window.document.offer_recovery()
    # The prompt gave the time in the user's locale.
    assert asked == [QLocale.system().toString(stamp, QLocale.FormatType.LongFormat)]
    assert not orphaned_autosaves(data)
    kept = list(data.glob("kept-autosave-*.json"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == text
    # Never offered again.
    again, asked_again = _recovering_window(qtbot, tmp_path, monkeypatch, data, True)
    assert not again.document.offer_recovery() and not asked_again


@pytest.mark.parametrize(
    "content",
    ['{"format": "overfit-lab-session", "version": 1, "domain": [0', "\x00garbage"],
)
def test_an_unrestorable_autosave_is_set_aside_and_the_app_starts(
    qtbot, tmp_path, monkeypatch, warnings_shown, content
):
    data = tmp_path / "data"
    _plant_autosave(data, content)
    window, asked = _recovering_window(qtbot, tmp_path, monkeypatch, data, True)
    window.load_example()
    before = window.state.to_session()
    assert not window.document.offer_recovery()
    assert asked and warnings_shown and "kept as" in warnings_shown[-1]
    assert window.state.to_session().points == before.points
    kept = list(data.glob("kept-autosave-*.json"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == content
    # The next start is not asked again: no crash loop.
    again, asked_again = _recovering_window(qtbot, tmp_path, monkeypatch, data, True)
    assert not again.document.offer_recovery() and not asked_again


def test_a_restored_session_keeps_the_file_it_belonged_to(qtbot, tmp_path, monkeypatch):
    data = tmp_path / "data"
    lesson = tmp_path / "lesson.json"
    table = PointTable(np.array([0.1, 0.5, 0.9]), np.array([1.0, 0.0, 1.0]), np.zeros(3, bool))
    _plant_autosave(data, session_to_json(SessionData(points=table)), document=lesson)
    window, _ = _recovering_window(qtbot, tmp_path, monkeypatch, data, True)
    assert window.document.offer_recovery()
    assert window.document.path == lesson
    assert "lesson.json" in window.windowTitle() and window.isWindowModified()
    assert window.action_table.save.isEnabled()
    window.action_table.save.trigger()  # Ctrl+S saves where the session belonged
    assert load_session(lesson).points == table
    assert not window.isWindowModified()


def test_a_session_that_cannot_be_fitted_changes_nothing(
    window, tmp_path, warnings_shown, monkeypatch
):
    window.load_example()
    click(window, 0.5, 0.2)
    before, steps = window.state.to_session(), window.undo_stack.count()
    path = tmp_path / "fine.json"
    path.write_text(session_to_json(SessionData()), encoding="utf-8")

    def cannot_fit(session):
        raise ValueError("the fit failed")

    monkeypatch.setattr("gui.document.prepare_session", cannot_fit)
    assert not window.document.open_session(path)
    assert warnings_shown and "the fit failed" in warnings_shown[-1]
    after = window.state.to_session()
    assert after.points == before.points and after.model == before.model
    assert window.undo_stack.count() == steps and window.isWindowModified()


def test_a_session_opens_off_the_gui_thread_and_can_be_cancelled(
    window, tmp_path, qtbot, monkeypatch
):
    window.load_example()
    path = tmp_path / "lesson.json"
    path.write_text(session_to_json(SessionData()), encoding="utf-8")
    threads = []
    gate = threading.Event()
    read = gui.document.read_and_prepare

    def slow_read(name):
        threads.append(threading.get_ident())
        gate.wait(10)
        return read(name)

    monkeypatch.setattr("gui.document.read_and_prepare", slow_read)
    before = window.state.points

    def cancel_when_shown():
        dialog = window.findChild(QProgressDialog)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(50, cancel_when_shown)
            return
        dialog.findChild(QPushButton).click()  # the user presses Cancel

    QTimer.singleShot(50, cancel_when_shown)
    assert not window.document.open_session(path)  # returns once cancelled
    assert threads and threads[0] != threading.get_ident()
    assert window.state.points is before
    gate.set()
    qtbot.wait(200)  # the late result goes nowhere
    assert window.state.points is before
    monkeypatch.setattr("gui.document.read_and_prepare", read)
    assert window.document.open_session(path)
    assert window.state.points.x.size == 0


def test_mutated_session_files_open_whole_or_change_nothing(window, tmp_path, warnings_shown):
    window.load_example()
    click(window, 0.5, 0.2)
    good = session_to_json(window.state.to_session()).encode()
    rng = np.random.default_rng(11)
    opened = refused = 0
    for i in range(40):
        data = bytearray(good)
        for _ in range(int(rng.integers(1, 4))):
            at = int(rng.integers(0, len(data)))
            choice = rng.random()
            if choice < 0.4:
                data[at] = int(rng.choice(list(b'0123456789.-e"{}[],: ')))
            elif choice < 0.7:
                del data[at : at + int(rng.integers(1, 20))]
            else:
                data[at:at] = bytes(rng.choice(list(b"9e+-.0"), size=int(rng.integers(1, 30))))
        path = tmp_path / f"mutated{i}.json"
        path.write_bytes(bytes(data))
        before = window.state.to_session()
        steps = window.undo_stack.count()
        if window.document.open_session(path):
            opened += 1
            fit = window.state.fit
            assert fit is None or np.isfinite(fit.objective)
        else:
            refused += 1
            after = window.state.to_session()
            assert after.points == before.points and after.model == before.model
            assert window.undo_stack.count() == steps
            assert warnings_shown and "\n" not in warnings_shown[-1]
    assert refused > 0  # the mutations do break files
