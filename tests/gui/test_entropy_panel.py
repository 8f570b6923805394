"""Tests of the entropy panel, driven through its real controls with pytest-qt."""

from __future__ import annotations

import math
import re

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt, QTranslator
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
)

from core import entropy as ent
from gui.entropy_panel import EntropyPanel


@pytest.fixture
def panel(qtbot):
    widget = EntropyPanel()
    qtbot.addWidget(widget)
    widget.resize(400, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _type(qtbot, edit: QPlainTextEdit, text: str) -> None:
    """Replace the edit's text by typing, as a user would after select-all.

    ASCII goes in as key clicks. Anything else (Chinese, typographic signs)
    is committed the way an input method does it, one character at a time:
    QTest's key clicks abort on characters that have no key code.
    """
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    for char in text:
        if char.isascii():
            qtbot.keyClicks(edit, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QCoreApplication.sendEvent(edit, event)


def _number(label: QLabel) -> float:
    match = re.match(r"-?\d+(?:\.\d+)?", label.text())
    assert match, label.text()
    return float(match.group())


def _choose(combo: QComboBox, data: str) -> None:
    combo.setCurrentIndex(combo.findData(data))


def _table(panel: EntropyPanel) -> list[list[str]]:
    t = panel.huffman_table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def _is_stale(panel: EntropyPanel) -> bool:
    boxes = (panel.results_box, panel.chart_box, panel.huffman_box)
    flags = {("(stale)" in b.title(), not b.isEnabled()) for b in boxes}
    assert len(flags) == 1 and len(next(iter(flags))) == 2
    flag = next(iter(flags))
    assert flag[0] == flag[1]
    return flag[0]


def test_typed_probabilities_show_the_core_numbers(panel, qtbot):
    _type(qtbot, panel.input_edit, "0.4, 0.3; 0.2 1/10")
    s = ent.summarize([0.4, 0.3, 0.2, 0.1], "bits")
    assert panel.entropy_value.text() == f"{s.entropy:.4f} bits"
    assert panel.max_entropy_value.text() == "2.0000 bits"
    assert panel.efficiency_value.text() == f"{100 * s.efficiency:.2f} %"
    assert _number(panel.perplexity_value) == pytest.approx(s.perplexity, abs=5e-5)
    assert panel.fixed_length_value.text().startswith("2 ")
    assert "2<sup>2</sup> = 4" in panel.digits_value.text()
    assert "n = 4" in panel.digits_value.text()
    rows = _table(panel)
    assert [r[0] for r in rows] == ["1", "2", "3", "4"]
    assert [r[3] for r in rows] == list(s.huffman.code_words)
    assert [int(r[4]) for r in rows] == list(s.huffman.lengths)
    assert f"{s.huffman.mean_length:.4f}" in panel.huffman_summary.text()
    assert f"{s.entropy_bits + 1:.4f}" in panel.huffman_summary.text()
    assert not panel.input_message.isVisible()
    assert not panel.input_note.isVisible()
    assert not _is_stale(panel)


def test_hand_case_half_quarter_quarter(panel, qtbot):
    _type(qtbot, panel.input_edit, "0.5 0.25 0.25")
    assert panel.entropy_value.text() == "1.5000 bits"
    assert panel.efficiency_value.text() == "94.64 %"
    assert panel.huffman_summary.text().startswith("Mean length L = Σ pᵢ lᵢ = 1.5000 bits")
    assert "H = 1.5000 ≤ L < H + 1 = 2.5000" in panel.huffman_summary.text()


def test_chart_draws_p_and_surprisal_with_a_marker_for_zero(panel, qtbot):
    _type(qtbot, panel.input_edit, "0.5 0 0.25 0.25")
    np.testing.assert_allclose(panel._p_bars.opts["height"], [0.5, 0, 0.25, 0.25])
    np.testing.assert_allclose(panel._p_bars.opts["x"], [1, 2, 3, 4])
    # The impossible outcome has no finite bar but a triangle at the top.
    np.testing.assert_allclose(panel._surprisal_bars.opts["x"], [1, 3, 4])
    np.testing.assert_allclose(panel._surprisal_bars.opts["height"], [1, 2, 2])
    marks_x, marks_y = panel._infinite_marks.getData()
    assert marks_x.tolist() == [2.0] and marks_y.tolist() == [2.0]
    rows = _table(panel)
    assert rows[-1] == ["2", "0.0000", "∞", "—", "—"]


def test_normalization_is_noted(panel, qtbot):
    _type(qtbot, panel.input_edit, "1 1 2")
    assert panel.input_note.isVisible()
    assert "sum to 4" in panel.input_note.text()
    assert panel.entropy_value.text() == "1.5000 bits"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "The input is empty"),
        ("0.5 abc", "Item 2, “abc”, is not a number"),
        ("0.5 -0.5", "Item 2, “-0.5”, is negative"),
        ("nan 0.5", "Item 1, “nan”, is not a finite number"),
        ("0.5 inf", "Item 2, “inf”, is not a finite number"),
        ("1/0", "Item 1, “1/0”, divides by zero"),
        ("0 0", "All values are zero"),
    ],
)
def test_bad_input_shows_message_and_keeps_last_result_stale(panel, qtbot, text, expected):
    _type(qtbot, panel.input_edit, "0.5 0.25 0.25")
    _type(qtbot, panel.model_edit, "")
    # Typing goes through every prefix of the text; the last one that parses
    # is what stays on screen, marked stale.
    last_good = "0.5 0.25 0.25"
    for end in range(1, len(text) + 1):
        try:
            ent.parse_probabilities(text[:end])
        except ent.EntropyInputError:
            continue
        last_good = text[:end]
    s = ent.summarize(ent.parse_probabilities(last_good))
    good = [f"{s.entropy:.4f} bits", f"{100 * s.efficiency:.2f} %", f"{s.max_entropy:.4f} bits"]
    _type(qtbot, panel.input_edit, text)
    assert panel.input_message.isVisible()
    assert expected in panel.input_message.text()
    assert panel.input_message.styleSheet().startswith("color: #C62828")
    assert _is_stale(panel)
    assert "(stale)" in panel.divergence_box.title()
    shown = (panel.entropy_value, panel.efficiency_value, panel.max_entropy_value)
    assert [w.text() for w in shown] == good
    assert panel._p_bars.opts["brush"].color().name() == "#c8c8c8"
    # Fixing the input brings everything back.
    _type(qtbot, panel.input_edit, "1 1")
    assert not panel.input_message.isVisible()
    assert not _is_stale(panel)
    assert panel.entropy_value.text() == "1.0000 bits"
    assert panel._p_bars.opts["brush"].color().name() == "#4c72b0"


def test_too_many_outcomes_message(panel):
    panel.input_edit.setPlainText(" ".join(["1"] * (ent.MAX_OUTCOMES + 1)))
    assert "Item 10001" in panel.input_message.text()
    assert "10000" in panel.input_message.text()
    assert _is_stale(panel)


def test_many_outcomes_cap_the_table_but_not_the_numbers(panel):
    panel.input_edit.setPlainText(" ".join(str(i) for i in range(1, 501)))
    counts = np.arange(1, 501, dtype=float)
    s = ent.summarize(counts / counts.sum())
    assert panel.entropy_value.text() == f"{s.entropy:.4f} bits"
    assert panel.huffman_table.rowCount() == 200
    assert panel.huffman_rows_note.isVisible()
    assert "200 most likely of 500" in panel.huffman_rows_note.text()
    assert panel._p_bars.opts["x"].size == 500


def test_counts_mode(panel, qtbot):
    _choose(panel.mode_combo, "counts")
    _type(qtbot, panel.input_edit, "3 1")
    assert panel.entropy_value.text() == f"{ent.entropy([0.75, 0.25]):.4f} bits"
    assert "pᵢ = cᵢ / 4" in panel.input_note.text()
    _type(qtbot, panel.input_edit, "3 -1")
    assert "negative" in panel.input_message.text()


def test_chinese_text_typed_in_character_mode(panel, qtbot):
    _choose(panel.mode_combo, "characters")
    _type(qtbot, panel.input_edit, "我爱你，你爱我")
    expected = -(3 * (2 / 7) * math.log2(2 / 7) + (1 / 7) * math.log2(1 / 7))
    assert panel.entropy_value.text() == f"{expected:.4f} bits"
    assert "7 characters counted" in panel.input_note.text()
    assert "4 different" in panel.input_note.text()
    assert [r[0] for r in _table(panel)] == ["我", "爱", "你", "，"]
    ticks = panel._p_plot.getAxis("bottom")._tickLevels
    assert [label for _, label in ticks[0]] == ["我", "爱", "你", "，"]


def test_word_mode_and_switching_back(panel, qtbot):
    _type(qtbot, panel.input_edit, "to be or not to be")
    assert "Item 1, “to”, is not a number" in panel.input_message.text()
    _choose(panel.mode_combo, "words")
    assert not panel.input_message.isVisible()
    assert panel.entropy_value.text() == f"{ent.entropy([2 / 6, 2 / 6, 1 / 6, 1 / 6]):.4f} bits"
    _choose(panel.mode_combo, "probabilities")
    assert panel.input_message.isVisible()
    assert _is_stale(panel)


def test_whitespace_only_text_is_reported(panel, qtbot):
    _choose(panel.mode_combo, "characters")
    _type(qtbot, panel.input_edit, "   ")
    assert "no characters to count" in panel.input_message.text()


def test_unit_switch_restates_every_amount(panel, qtbot):
    _type(qtbot, panel.input_edit, "0.5 0.25 0.25")
    _choose(panel.unit_combo, "nats")
    assert panel.entropy_value.text() == f"{1.5 * math.log(2):.4f} nats"
    assert panel.max_entropy_value.text() == f"{math.log(3):.4f} nats"
    assert panel.efficiency_value.text() == "94.64 %"  # unit-free
    np.testing.assert_allclose(
        panel._surprisal_bars.opts["height"], [math.log(2), math.log(4), math.log(4)]
    )
    assert "nats" in panel._surprisal_plot.getAxis("left").labelText
    assert panel.binary_value.text().endswith("nats")
    _choose(panel.unit_combo, "hartleys")
    assert panel.entropy_value.text() == f"{1.5 * math.log10(2):.4f} hartleys"
    _x, y = panel._binary_curve.getData()
    assert y.max() == pytest.approx(math.log10(2))


def test_unit_switch_while_stale_stays_stale(panel, qtbot):
    # "0.5 0.5" is the last prefix that parses.
    _type(qtbot, panel.input_edit, "0.5 0.5x")
    _choose(panel.unit_combo, "nats")
    assert _is_stale(panel)
    assert panel.entropy_value.text() == f"{math.log(2):.4f} nats"
    assert panel.input_message.isVisible()


def test_binary_spin_moves_marker_and_value(panel):
    panel.binary_p_spin.setValue(0.11)
    assert panel.binary_marker.value() == pytest.approx(0.11)
    assert panel.binary_value.text() == f"H(0.110) = {ent.binary_entropy(0.11):.4f} bits"
    x, y = panel._binary_dot.getData()
    assert x.tolist() == pytest.approx([0.11])
    assert y.tolist() == pytest.approx([ent.binary_entropy(0.11)])


def test_binary_marker_set_updates_spin_and_value(panel):
    panel.binary_marker.setValue(0.5)
    assert panel.binary_p_spin.value() == pytest.approx(0.5)
    assert panel.binary_value.text() == "H(0.500) = 1.0000 bits"


def _viewport_point(panel: EntropyPanel, x: float, y: float) -> QPoint:
    view = panel.binary_plot.getPlotItem().getViewBox()
    scene_point = view.mapViewToScene(QPointF(x, y))
    return panel.binary_plot.mapFromScene(scene_point)


def test_dragging_the_marker_with_the_mouse(panel, qtbot):
    viewport = panel.binary_plot.viewport()
    start = _viewport_point(panel, 0.25, 0.5)
    end = _viewport_point(panel, 0.75, 0.5)
    qtbot.mouseMove(viewport, start)  # hover first: pyqtgraph picks drag targets on hover
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for t in np.linspace(0, 1, 6)[1:]:
        qtbot.mouseMove(viewport, QPoint(round(start.x() + t * (end.x() - start.x())), start.y()))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    p = panel.binary_p_spin.value()
    assert p == pytest.approx(0.75, abs=0.02)
    assert panel.binary_marker.value() == pytest.approx(p, abs=1e-3)
    assert panel.binary_value.text() == (f"H({p:.3f}) = {ent.binary_entropy(p):.4f} bits")


def test_clicking_the_binary_plot_moves_the_marker(panel, qtbot):
    viewport = panel.binary_plot.viewport()
    point = _viewport_point(panel, 0.9, 0.3)
    qtbot.mouseMove(viewport, point)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    assert panel.binary_p_spin.value() == pytest.approx(0.9, abs=0.02)
    assert panel.binary_marker.value() == pytest.approx(panel.binary_p_spin.value(), abs=1e-3)


def test_empty_model_compares_with_uniform(panel, qtbot):
    _type(qtbot, panel.input_edit, "0.5 0.25 0.25")
    panel.model_edit.clear()
    result = ent.divergence([0.5, 0.25, 0.25], [1 / 3] * 3)
    assert panel.cross_entropy_value.text() == f"{result.cross_entropy:.4f} bits"
    assert panel.kl_value.text() == f"{result.kl_divergence:.4f} bits"
    assert "uniform" in panel.model_note.text()


def test_typed_model_gives_cross_entropy_and_kl(panel, qtbot):
    _type(qtbot, panel.input_edit, "0.5 0.25 0.25")
    _type(qtbot, panel.model_edit, "1/4 1/4 1/2")
    result = ent.divergence([0.5, 0.25, 0.25], [0.25, 0.25, 0.5])
    assert panel.cross_entropy_value.text() == f"{result.cross_entropy:.4f} bits"
    assert panel.kl_value.text() == f"{result.kl_divergence:.4f} bits"
    assert "H(p, q) = H(p) + KL(p‖q) = 1.5000 + 0.2500" in panel.model_note.text()
    assert "(stale)" not in panel.divergence_box.title()


def test_model_ruling_out_an_outcome_is_infinite_with_reason(panel, qtbot):
    _type(qtbot, panel.input_edit, "0.5 0.25 0.25")
    _type(qtbot, panel.model_edit, "0.5 0.5 0")
    assert panel.cross_entropy_value.text() == "∞"
    assert panel.kl_value.text() == "∞"
    assert "outcome “3” probability 0" in panel.model_note.text()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0.5 0.5", "q has 2 values but p has 3"),
        ("0.5 zz 0.5", "Item 2, “zz”, is not a number"),
        ("0 0 0", "All values are zero"),
    ],
)
def test_bad_model_shows_message_and_keeps_old_result_stale(panel, qtbot, text, expected):
    _type(qtbot, panel.input_edit, "0.5 0.25 0.25")
    _type(qtbot, panel.model_edit, "1/4 1/4 1/2")
    assert panel.kl_value.text() == "0.2500 bits"
    _type(qtbot, panel.model_edit, text)
    assert panel.model_message.isVisible()
    assert expected in panel.model_message.text()
    assert "(stale)" in panel.divergence_box.title()
    # No prefix of these parses to three values, so the last good q was the
    # empty one (uniform) left by select-all + Delete.
    uniform = ent.divergence([0.5, 0.25, 0.25], [1 / 3] * 3)
    assert panel.kl_value.text() == f"{uniform.kl_divergence:.4f} bits"
    assert not panel.kl_value.isEnabled()
    assert not _is_stale(panel)  # p's own results are still current


def test_text_models_are_matched_by_character(panel, qtbot):
    _choose(panel.mode_combo, "characters")
    _type(qtbot, panel.input_edit, "aab")
    _type(qtbot, panel.model_edit, "abbc")
    result = ent.divergence([2 / 3, 1 / 3, 0], [1 / 4, 1 / 2, 1 / 4])
    assert panel.kl_value.text() == f"{result.kl_divergence:.4f} bits"


def test_no_nan_or_minus_inf_is_ever_shown(panel, qtbot):
    for text in ("1", "1 0 0", "0.5 0 0.5", "1e-300 1", "x"):
        _type(qtbot, panel.input_edit, text)
        _type(qtbot, panel.model_edit, "0 1 0")
        shown = [label.text() for label in panel.findChildren(QLabel)]
        shown += [cell for row in _table(panel) for cell in row]
        for item in shown:
            assert not re.search(r"\bnan\b|-inf|\binf\b", item, re.IGNORECASE), item


def test_single_outcome_states_the_edge_case(panel, qtbot):
    _type(qtbot, panel.input_edit, "1")
    assert panel.entropy_value.text() == "0.0000 bits"
    assert panel.efficiency_value.text() == "100.00 %"
    assert panel.fixed_length_value.text().startswith("0 ")
    assert "2<sup>0</sup> = 1" in panel.digits_value.text()
    assert "L = H + 1" in panel.huffman_summary.text()
    assert _table(panel) == [["1", "1.0000", "0.000", "0", "1"]]


def test_every_control_and_readout_has_a_tooltip(panel):
    kinds = (QComboBox, QPlainTextEdit, QDoubleSpinBox, QTableWidget, QGroupBox)
    widgets = [w for kind in kinds for w in panel.findChildren(kind)]
    widgets += [w for w in panel.findChildren(QLabel) if w.objectName() or w.buddy()]
    widgets += [panel.chart, panel.binary_plot]
    assert len(widgets) > 20
    for widget in widgets:
        assert widget.toolTip(), widget.objectName() or type(widget).__name__
    assert "−Σ pᵢ log_b pᵢ" in panel.entropy_value.toolTip()
    assert "H(p, q) − H(p)" in panel.kl_value.toolTip()


def test_panel_fits_a_side_dock(panel):
    assert panel.objectName() == "entropyPanel"
    assert panel.minimumSizeHint().width() <= 400
    assert panel.minimumSizeHint().height() <= 400


class _MarkingTranslator(QTranslator):
    """Wraps every EntropyPanel string in brackets, to prove it went through tr."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if context == "EntropyPanel":
            return f"[{source}]"
        return None


def test_user_visible_strings_go_through_tr(qtbot):
    translator = _MarkingTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        widget = EntropyPanel()
        qtbot.addWidget(widget)
        widget.input_edit.setPlainText("0.5 x")
    finally:
        QCoreApplication.removeTranslator(translator)
    assert widget.mode_combo.itemText(0) == "[Probabilities]"
    assert widget.results_box.title().startswith("[")
    assert widget.input_message.text().startswith("[Item 2")
    assert widget.binary_value.text().startswith("[H(")
    assert widget.entropy_value.toolTip().startswith("[")
    for box in widget.findChildren(QGroupBox):
        assert box.title().startswith("["), box.title()


def test_values_whose_sum_overflows_still_give_a_result(panel, qtbot):
    # 1e308 + 1e308 is past the largest float: the panel used to raise in its slot.
    _type(qtbot, panel.input_edit, "1e308 1e308")
    assert panel.input_message.isHidden()
    assert panel.entropy_value.text() == "1.0000 bits"
    assert "> 1.79769e+308" in panel.input_note.text()


def test_counts_that_are_not_whole_numbers_are_refused(panel, qtbot):
    _choose(panel.mode_combo, "counts")
    _type(qtbot, panel.input_edit, "3 2.5")
    assert "“2.5”" in panel.input_message.text() and "whole number" in panel.input_message.text()


def test_an_emoji_with_its_skin_tone_is_one_character(panel, qtbot):
    _choose(panel.mode_combo, "characters")
    _type(qtbot, panel.input_edit, "👍🏽👍🏽🇩🇪")
    assert "3 characters counted" in panel.input_note.text()
    assert panel.entropy_value.text() == f"{ent.entropy([2 / 3, 1 / 3]):.4f} bits"
