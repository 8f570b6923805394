"""Exporting from the window: refusals in the interface language, the widget fallback, quitting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import SIGNAL
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from gui.entropy.common import has_han
from gui.export import ExportError, check_target
from gui.export_dialog import ExportDialog
from gui.image_export import Exportable, ImageExport
from gui.sweep import Sweep, SweepError
from tests.gui.images import pixels


@pytest.fixture
def warnings_shown(monkeypatch):
    """Message boxes recorded instead of shown (a modal box would block the test)."""
    shown: list[str] = []

    def fake_warning(parent, title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fake_warning))
    return shown


@pytest.fixture
def chinese(window):
    """The window with its interface in Chinese (English again afterwards)."""
    window.set_language("zh_CN")
    yield window
    window.set_language("en")


# ------------------------------------------------------------- translations
def test_export_refusals_are_in_the_interface_language(chinese, tmp_path, warnings_shown):
    window = chinese
    window.load_example()
    export = window.image_export
    assert not export.export_image("plot", str(tmp_path / "tiny.png"), 5)
    assert not export.export_image("plot", str(tmp_path / "plot.bmp"), 800)
    # The renderer's own refusal: the plots do not fit 16 pixels.
    assert not export.export_image("window", str(tmp_path / "small.png"), 16, 16)
    sweep = Sweep("degree", 1, 2, 0, 2.0)
    assert not export.export_image("plot", str(tmp_path / "d.gif"), 400, 16, sweep=sweep)
    assert len(warnings_shown) == 4
    for text in warnings_shown:
        assert has_han(text), text
    assert "5" in warnings_shown[0] and "plot.bmp" in warnings_shown[1]


def test_a_refused_export_stays_english_for_the_command_line(chinese):
    with pytest.raises(ExportError) as caught:
        check_target("plot.bmp", 800, None)
    assert str(caught.value) == "plot.bmp: the file name must end in .png, .svg, .pdf"
    assert has_han(caught.value.translated())
    with pytest.raises(SweepError, match=r"^start must be a strength") as caught:
        Sweep("l2", 0.0, 1.0, 10, 3.0)
    assert has_han(caught.value.translated())


def test_the_dialog_says_why_a_sweep_is_refused_in_the_interface_language(chinese, qtbot, tmp_path):
    dialog = ExportDialog({"plot": "plot"}, {"plot": "plot"}, str(tmp_path), True, chinese)
    qtbot.addWidget(dialog)
    dialog.parameter.setCurrentIndex(dialog.parameter.findData("l1"))
    dialog.start.setValue(0.0)
    dialog.accept()
    assert dialog.result() == 0
    assert has_han(dialog.sweep_note.text()), dialog.sweep_note.text()


# -------------------------------------------------------------- the fallback
def test_a_panel_registered_without_a_figure_is_exported_as_it_looks(window, tmp_path, qtbot):
    # How a new lab plugs in before it has a figure (see gui.image_export).
    stand_in = QLabel("A panel without a figure yet")
    stand_in.setStyleSheet("background: white; color: black; font-size: 20px;")
    stand_in.resize(300, 100)
    qtbot.addWidget(stand_in)
    stand_in.show()
    qtbot.waitExposed(stand_in)
    export = window.image_export
    export.register("stand-in", Exportable(lambda: "Stand-in", lambda: stand_in))
    assert export.figure("stand-in") is None
    png = export.write("stand-in", str(tmp_path / "panel.png"), 600)
    image = QImage(str(png))
    assert (image.width(), image.height()) == (600, 200)  # the widget's proportions
    assert (pixels(image).min(axis=-1) < 100).any()  # its text is drawn
    svg = export.write("stand-in", str(tmp_path / "panel.svg"), 600)
    assert b"<svg" in svg.read_bytes()
    pdf = export.write("stand-in", str(tmp_path / "panel.pdf"), 600)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert export.copy_figure("stand-in")
    copied = QGuiApplication.clipboard().image()
    assert (copied.width(), copied.height()) == (300, 100)  # a grab of the widget


# ----------------------------------------------------------------- quitting
def test_each_window_leaves_one_clipboard_release_on_quit(window):
    app = QApplication.instance()
    before = app.receivers(SIGNAL("aboutToQuit()"))
    ImageExport(window.file_history, window.dialogs, lambda: None, window)
    ImageExport(window.file_history, window.dialogs, lambda: None, window)
    assert app.receivers(SIGNAL("aboutToQuit()")) == before
