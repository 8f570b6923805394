"""The export dialog: format by file name, the caption switch, and the sweep for animations."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from gui.export_dialog import ExportDialog

PANELS = {"plot": "Data plot", "coefficients": "Coefficients", "entropy": "Entropy"}
SWEEPABLE = {"plot": "Data plot", "coefficients": "Coefficients"}


def make(qtbot, tmp_path, animation=False) -> ExportDialog:
    dialog = ExportDialog(PANELS, SWEEPABLE, str(tmp_path), animation)
    qtbot.addWidget(dialog)
    return dialog


def test_a_still_has_no_sweep_and_every_panel(qtbot, tmp_path):
    dialog = make(qtbot, tmp_path)
    dialog.path.setText(str(tmp_path / "fig.pdf"))
    assert not dialog.sweep_box.isEnabled()
    assert dialog.panel.count() == 3
    dialog.caption.setChecked(False)
    dialog.accept()
    choice = dialog.choice()
    assert choice.path.endswith("fig.pdf") and choice.sweep is None and not choice.caption
    assert choice.width == 1600 and choice.height is None


def test_a_gif_gets_the_sweep_and_only_panels_that_can_be_swept(qtbot, tmp_path):
    dialog = make(qtbot, tmp_path, animation=True)
    assert dialog.path.text().endswith(".gif") and dialog.width_spin.value() == 800
    assert dialog.sweep_box.isEnabled()
    assert [dialog.panel.itemData(i) for i in range(dialog.panel.count())] == [
        "plot",
        "coefficients",
    ]
    dialog.start.setValue(1)
    dialog.stop.setValue(15)
    dialog.fps.setValue(4)
    dialog.accept()
    sweep = dialog.choice().sweep
    assert (sweep.parameter, sweep.start, sweep.stop, sweep.frames, sweep.fps) == (
        "degree",
        1,
        15,
        15,
        4,
    )


def test_a_lambda_sweep_from_zero_is_refused_in_the_dialog(qtbot, tmp_path):
    dialog = make(qtbot, tmp_path, animation=True)
    dialog.parameter.setCurrentIndex(dialog.parameter.findData("l2"))
    assert dialog.frames.isEnabled() and dialog.start.value() == 1e-8
    dialog.start.setValue(0.0)
    dialog.accept()
    assert dialog.result() == 0  # still open
    assert "start" in dialog.sweep_note.text()
    dialog.start.setValue(1e-6)
    dialog.accept()
    assert dialog.result() == 1
    assert dialog.choice().sweep.parameter == "l2"


def test_the_size_fields_leave_the_dialogs_own_size_alone_and_every_format_is_named(
    qtbot, tmp_path
):
    dialog = make(qtbot, tmp_path)
    dialog.resize(520, 430)
    # QWidget.width() and height() are the dialog's, not spin boxes shadowing them.
    assert (dialog.width(), dialog.height()) == (520, 430)
    dialog.width_spin.setValue(1200)
    dialog.height_spin.setValue(700)
    dialog.accept()
    assert (dialog.choice().width, dialog.choice().height) == (1200, 700)
    (label,) = [w for w in dialog.findChildren(QLabel) if w.text().startswith("File (")]
    assert all(suffix in label.text() for suffix in (".png", ".svg", ".pdf", ".gif", ".apng"))


def test_file_export_image_offers_the_plot_of_the_lab_shown_first(window, monkeypatch):
    offered = []

    def note_and_cancel(dialog: ExportDialog) -> int:
        offered.append(dialog.panel.currentData())
        return 0

    monkeypatch.setattr(ExportDialog, "exec", note_and_cancel)
    for room in ("curves", "classification", "entropy"):
        window.rooms.show_room(room)
        window.action_table.export_image.trigger()
    assert offered == ["plot", "plane", "entropy"]
