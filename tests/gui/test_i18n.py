"""The Simplified Chinese interface: complete, current, live-switchable, with real glyphs."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter

from gui.i18n import FONT_FAMILIES, I18N_DIR, qm_path
from tests.gui.conftest import click

ROOT = Path(__file__).resolve().parents[2]
TS = I18N_DIR / "overfit_lab_zh_CN.ts"
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = BIN / f"pyside6-{name}"
    return str(found) if found.exists() else (shutil.which(f"pyside6-{name}") or name)


def test_every_string_is_translated():
    root = ET.parse(TS).getroot()
    messages = root.findall(".//message")
    assert len(messages) > 200
    problems = []
    for message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        text = "".join(translation.itertext()) if translation is not None else ""
        if kind in ("unfinished", "vanished", "obsolete", "missing") or not text.strip():
            problems.append(source)
    assert not problems, f"{len(problems)} untranslated, e.g. {problems[:5]}"


def test_translation_sources_are_current(tmp_path):
    # lupdate over the sources must find nothing the committed .ts lacks.
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "gui").rglob("*.py"))
    proc = subprocess.run(
        [_tool("lupdate"), *sources, "-ts", str(copy)], capture_output=True, text=True, cwd=ROOT
    )
    assert proc.returncode == 0, proc.stderr
    assert "(0 new and" in proc.stdout, proc.stdout
    unfinished = [
        m.findtext("source")
        for m in ET.parse(copy).getroot().findall(".//message")
        if (m.find("translation").get("type") or "") in ("unfinished", "vanished", "obsolete")
    ]
    assert not unfinished, f"stale .ts: rerun the command in the README ({unfinished[:3]})"


def test_compiled_translation_matches_its_source(tmp_path):
    out = tmp_path / "check.qm"
    proc = subprocess.run(
        [_tool("lrelease"), str(TS), "-qm", str(out)], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes() == qm_path("zh_CN").read_bytes(), "rerun lrelease (see README)"


@pytest.fixture
def window(window):
    # The translators outlive a window: a test that fails in Chinese must not
    # leave every later test in Chinese.
    yield window
    window.set_language("en")


def test_switching_language_relabels_the_open_window(window, qtbot):
    assert window.menus.file.title() == "&File"
    before = window.curve_lab.readouts.names["train_rmse"].text()
    window.set_language("zh_CN")
    assert window.translations.language == "zh_CN"
    assert window.menus.file.title() != "&File"
    assert window.curve_lab.readouts.names["train_rmse"].text() != before
    chinese = [
        window.menus.file.title(),
        window.curve_lab.docks.model.windowTitle(),
        window.curve_lab.readouts.names["objective"].text(),
        window.curve_lab.controls.penalize_intercept.text(),
        window.rooms.tabText(1),
    ]
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in text) for text in chinese), chinese
    # Numbers keep a dot as decimal point.
    window.load_example()
    assert "." in window.curve_lab.readouts.values["train_rmse"].text()
    window.set_language("en")
    assert window.menus.file.title() == "&File"
    assert window.curve_lab.readouts.names["train_rmse"].text() == before


def test_language_is_remembered(window):
    window.set_language("zh_CN")
    assert window._settings.value("ui/language") == "zh_CN"
    window.set_language("en")
    assert window._settings.value("ui/language") == "en"


def _render(char: str, font: QFont) -> QImage:
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, char)
    painter.end()
    return image


def test_chinese_labels_render_with_real_glyphs(window, tmp_path):
    chinese_families = [
        family
        for family in FONT_FAMILIES
        if QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family)
    ]
    assert chinese_families, "no font from the list covers Chinese (see .ci/run)"
    window.set_language("zh_CN")
    try:
        label = window.curve_lab.readouts.names["objective"]
        font = QFont(label.font())
        font.setPixelSize(24)
        # A character no font has is drawn as the "missing glyph" box.
        box = _render("\U000f0000", font)
        text = label.text() + window.curve_lab.docks.model.windowTitle()
        chars = sorted({ch for ch in text if ch > "\u2e80"})
        assert chars
        boxes = [ch for ch in chars if _render(ch, font) == box]
        assert not boxes, f"drawn as empty boxes: {boxes}"
        # And the label really paints.
        path = tmp_path / "zh.png"
        window.grab().save(str(path))
        assert QImage(str(path)).width() > 0
        image = label.grab().toImage()
        dark = sum(
            1
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).lightness() < 128
        )
        assert dark > 20
    finally:
        window.set_language("en")


def test_chinese_file_loads():
    # English is the source language and needs no file.
    assert qm_path("zh_CN").stat().st_size > 1000


def _has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_the_undo_history_speaks_the_new_language(window, qtbot):
    # Steps taken before a switch are named in the new language after it, in
    # Edit > Undo and Redo and in the stack itself.
    window.scenario_controller.load("l1_features")
    window.curve_lab.controls.degree.slider.setValue(window.state.model.degree + 1)
    d = window.state.domain
    click(window, (d.lo + d.hi) / 2, 0.0)
    window.undo_stack.undo()  # the added point is now the redo step
    english = [window.undo_stack.text(i) for i in range(window.undo_stack.count())]
    title = window.scenario_controller.scenarios["l1_features"].title("en")
    assert english == [f"Load scenario “{title}”", "Change degree", "Add training point"]
    window.set_language("zh_CN")
    try:
        texts = [window.undo_stack.text(i) for i in range(window.undo_stack.count())]
        assert all(_has_chinese(text) for text in texts), texts
        assert _has_chinese(window.action_table.undo.text().replace("&", ""))
        assert texts[1] in window.action_table.undo.text()
        assert texts[2] in window.action_table.redo.text()
    finally:
        window.set_language("en")
    assert [window.undo_stack.text(i) for i in range(window.undo_stack.count())] == english
    # Still the scenario's own step: undoing back to it shows it as loaded.
    window.undo_stack.undo()
    assert window.scenario_controller.on_screen() == "l1_features"


def test_the_tool_bars_undo_stays_short_after_a_language_switch(window):
    window.plane_lab.controls.l1.field.setText("0.01")
    window.plane_lab.controls.l1.field.editingFinished.emit()
    undo = window.action_table.undo
    assert undo.text().startswith("&Undo Classification") and undo.iconText() == "Undo"
    window.set_language("zh_CN")
    try:
        assert undo.iconText() == "撤销" and len(undo.text()) > len("撤销")
    finally:
        window.set_language("en")
    assert undo.iconText() == "Undo"


def test_both_labs_csv_messages_speak_chinese(window, tmp_path):
    window.set_language("zh_CN")
    try:
        for io in (window.points_io, window.plane_io):
            assert io.export_points(str(tmp_path / f"{type(io).__name__}.csv"))
            message = window.statusBar().currentMessage()
            assert "已将" in message and "Wrote" not in message, message
    finally:
        window.set_language("en")
