"""Tests of the entropy panel, driven through its real controls with pytest-qt.

Widgets are found by objectName, as a user finds them by what they show;
the chart's plot items, which are not widgets, are read from their box.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTableWidget,
)

from core import entropy as ent
from gui.entropy import EntropyPanel
from gui.i18n import Translations
from tests.gui.entropy_helpers import (
    box,
    choose,
    combo,
    find,
    has_han,
    input_edit,
    is_stale,
    label,
    model_edit,
    number,
    table,
    type_text,
)


@pytest.fixture
def panel(qtbot):
    widget = EntropyPanel()
    qtbot.addWidget(widget)
    widget.resize(400, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_typed_probabilities_show_the_core_numbers(panel, qtbot):
    type_text(qtbot, input_edit(panel), "0.4, 0.3; 0.2 1/10")
    s = ent.summarize([0.4, 0.3, 0.2, 0.1], "bits")
    assert label(panel, "entropyValue").text() == f"{s.entropy:.4f} bits"
    assert label(panel, "maxEntropyValue").text() == "2.0000 bits"
    assert label(panel, "efficiencyValue").text() == f"{100 * s.efficiency:.2f} %"
    assert number(label(panel, "perplexityValue")) == pytest.approx(s.perplexity, abs=5e-5)
    assert label(panel, "fixedLengthValue").text().startswith("2 ")
    assert "2<sup>2</sup> = 4" in label(panel, "binaryDigitsValue").text()
    assert "n = 4" in label(panel, "binaryDigitsValue").text()
    rows = table(panel)
    assert [r[0] for r in rows] == ["1", "2", "3", "4"]
    assert [r[3] for r in rows] == list(s.huffman.code_words)
    assert [int(r[4]) for r in rows] == list(s.huffman.lengths)
    summary = label(panel, "huffmanSummary").text()
    assert f"{s.huffman.mean_length:.4f}" in summary
    assert f"{s.entropy_bits + 1:.4f}" in summary
    assert not label(panel, "entropyInputMessage").isVisible()
    assert not label(panel, "entropyInputNote").isVisible()
    assert not is_stale(panel)
    assert panel.input_valid
    assert panel.distribution.labels == ("1", "2", "3", "4")


def test_hand_case_half_quarter_quarter(panel, qtbot):
    type_text(qtbot, input_edit(panel), "0.5 0.25 0.25")
    assert label(panel, "entropyValue").text() == "1.5000 bits"
    assert label(panel, "efficiencyValue").text() == "94.64 %"
    summary = label(panel, "huffmanSummary").text()
    assert summary.startswith("Mean length L = Σ pᵢ lᵢ = 1.5000 bits")
    assert "H = 1.5000 ≤ L < H + 1 = 2.5000" in summary


def test_chart_draws_p_and_surprisal_with_a_marker_for_zero(panel, qtbot):
    type_text(qtbot, input_edit(panel), "0.5 0 0.25 0.25")
    chart = panel.chart_box
    np.testing.assert_allclose(chart.p_bars.opts["height"], [0.5, 0, 0.25, 0.25])
    np.testing.assert_allclose(chart.p_bars.opts["x"], [1, 2, 3, 4])
    # The impossible outcome has no finite bar but a triangle at the top.
    np.testing.assert_allclose(chart.surprisal_bars.opts["x"], [1, 3, 4])
    np.testing.assert_allclose(chart.surprisal_bars.opts["height"], [1, 2, 2])
    marks_x, marks_y = chart.infinite_marks.getData()
    assert marks_x.tolist() == [2.0] and marks_y.tolist() == [2.0]
    rows = table(panel)
    assert rows[-1] == ["2", "0.0000", "∞", "—", "—"]


def test_normalization_is_noted(panel, qtbot):
    type_text(qtbot, input_edit(panel), "1 1 2")
    note = label(panel, "entropyInputNote")
    assert note.isVisible()
    assert "sum to 4" in note.text()
    assert label(panel, "entropyValue").text() == "1.5000 bits"


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
    type_text(qtbot, input_edit(panel), "0.5 0.25 0.25")
    type_text(qtbot, model_edit(panel), "")
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
    type_text(qtbot, input_edit(panel), text)
    message = label(panel, "entropyInputMessage")
    assert message.isVisible()
    assert expected in message.text()
    assert message.styleSheet().startswith("color: #C62828")
    assert is_stale(panel)
    assert "(stale)" in box(panel, "divergenceBox").title()
    assert not panel.input_valid
    shown = [label(panel, n) for n in ("entropyValue", "efficiencyValue", "maxEntropyValue")]
    assert [w.text() for w in shown] == good
    # The stale results say which input they belong to (on one line, trimmed).
    for name in ("entropyResults", "entropyChartBox", "huffmanBox"):
        note = label(panel, f"{name}StaleNote")
        assert note.isVisible()
        assert f"“{last_good.strip()}”" in note.text()
    assert panel.chart_box.p_bars.opts["brush"].color().name() == "#c8c8c8"
    # Fixing the input brings everything back.
    type_text(qtbot, input_edit(panel), "1 1")
    assert not message.isVisible()
    assert not is_stale(panel)
    assert label(panel, "entropyValue").text() == "1.0000 bits"
    assert not label(panel, "entropyResultsStaleNote").isVisible()
    assert panel.chart_box.p_bars.opts["brush"].color().name() == "#4c72b0"


def test_too_many_outcomes_message(panel):
    input_edit(panel).setPlainText(" ".join(["1"] * (ent.MAX_OUTCOMES + 1)))
    message = label(panel, "entropyInputMessage").text()
    assert "Item 10001" in message
    assert "10000" in message
    assert is_stale(panel)


def test_many_outcomes_cap_the_table_but_not_the_numbers(panel):
    input_edit(panel).setPlainText(" ".join(str(i) for i in range(1, 501)))
    counts = np.arange(1, 501, dtype=float)
    s = ent.summarize(counts / counts.sum())
    assert label(panel, "entropyValue").text() == f"{s.entropy:.4f} bits"
    assert find(panel, QTableWidget, "huffmanTable").rowCount() == 200
    rows_note = label(panel, "huffmanRowsNote")
    assert rows_note.isVisible()
    assert "200 most likely of 500" in rows_note.text()
    assert panel.chart_box.p_bars.opts["x"].size == 500


def test_huffman_columns_fit_their_contents(panel, qtbot):
    codes = find(panel, QTableWidget, "huffmanTable")
    header = codes.horizontalHeader()
    for text in (" ".join(str(i) for i in range(1, 501)), "0.5 0.25 0.25"):
        input_edit(panel).setPlainText(text)
        QApplication.processEvents()
        for column in (0, 1, 2, 4):
            assert header.sectionResizeMode(column) == QHeaderView.ResizeMode.ResizeToContents
            # As wide as the widest of its cells and its title, no wider.
            fit = max(codes.sizeHintForColumn(column), header.sectionSizeHint(column))
            assert header.sectionSize(column) == fit
        assert header.sectionResizeMode(3) == QHeaderView.ResizeMode.Stretch


def test_counts_mode(panel, qtbot):
    choose(combo(panel, "entropyMode"), "counts")
    type_text(qtbot, input_edit(panel), "3 1")
    assert label(panel, "entropyValue").text() == f"{ent.entropy([0.75, 0.25]):.4f} bits"
    assert "pᵢ = cᵢ / 4" in label(panel, "entropyInputNote").text()
    type_text(qtbot, input_edit(panel), "3 -1")
    assert "negative" in label(panel, "entropyInputMessage").text()


def test_chinese_text_typed_in_character_mode(panel, qtbot):
    choose(combo(panel, "entropyMode"), "characters")
    type_text(qtbot, input_edit(panel), "我爱你，你爱我")
    expected = -(3 * (2 / 7) * math.log2(2 / 7) + (1 / 7) * math.log2(1 / 7))
    assert label(panel, "entropyValue").text() == f"{expected:.4f} bits"
    note = label(panel, "entropyInputNote").text()
    assert "7 characters counted" in note
    assert "4 different" in note
    assert [r[0] for r in table(panel)] == ["我", "爱", "你", "，"]
    ticks = panel.chart_box.p_plot.getAxis("bottom")._tickLevels
    assert [text for _, text in ticks[0]] == ["我", "爱", "你", "，"]


def test_word_mode_and_switching_back(panel, qtbot):
    type_text(qtbot, input_edit(panel), "to be or not to be")
    message = label(panel, "entropyInputMessage")
    assert "Item 1, “to”, is not a number" in message.text()
    choose(combo(panel, "entropyMode"), "words")
    assert not message.isVisible()
    expected = ent.entropy([2 / 6, 2 / 6, 1 / 6, 1 / 6])
    assert label(panel, "entropyValue").text() == f"{expected:.4f} bits"
    choose(combo(panel, "entropyMode"), "probabilities")
    assert message.isVisible()
    assert is_stale(panel)
    # The text is the same, so the note names the mode it was read in.
    note = label(panel, "entropyResultsStaleNote").text()
    assert "“to be or not to be”" in note
    assert "(Text: words)" in note


def test_whitespace_only_text_is_reported(panel, qtbot):
    choose(combo(panel, "entropyMode"), "characters")
    type_text(qtbot, input_edit(panel), "   ")
    assert "no characters to count" in label(panel, "entropyInputMessage").text()


def test_unit_switch_restates_every_amount(panel, qtbot):
    type_text(qtbot, input_edit(panel), "0.5 0.25 0.25")
    choose(combo(panel, "entropyUnit"), "nats")
    assert label(panel, "entropyValue").text() == f"{1.5 * math.log(2):.4f} nats"
    assert label(panel, "maxEntropyValue").text() == f"{math.log(3):.4f} nats"
    assert label(panel, "efficiencyValue").text() == "94.64 %"  # unit-free
    np.testing.assert_allclose(
        panel.chart_box.surprisal_bars.opts["height"], [math.log(2), math.log(4), math.log(4)]
    )
    assert "nats" in panel.chart_box.surprisal_plot.getAxis("left").labelText
    assert label(panel, "binaryEntropyValue").text().endswith("nats")
    choose(combo(panel, "entropyUnit"), "hartleys")
    assert label(panel, "entropyValue").text() == f"{1.5 * math.log10(2):.4f} hartleys"
    _x, y = panel.binary_box.binary_curve.getData()
    assert y.max() == pytest.approx(math.log10(2))


def test_unit_switch_while_stale_stays_stale(panel, qtbot):
    # "0.5 0.5" is the last prefix that parses.
    type_text(qtbot, input_edit(panel), "0.5 0.5x")
    choose(combo(panel, "entropyUnit"), "nats")
    assert is_stale(panel)
    assert label(panel, "entropyValue").text() == f"{math.log(2):.4f} nats"
    assert label(panel, "entropyInputMessage").isVisible()
    assert "“0.5 0.5”" in label(panel, "entropyResultsStaleNote").text()


def _spin(panel: EntropyPanel) -> QDoubleSpinBox:
    return find(panel, QDoubleSpinBox, "binaryP")


def test_binary_spin_moves_marker_and_value(panel):
    _spin(panel).setValue(0.11)
    assert panel.binary_box.binary_marker.value() == pytest.approx(0.11)
    expected = f"H(0.110) = {ent.binary_entropy(0.11):.4f} bits"
    assert label(panel, "binaryEntropyValue").text() == expected
    x, y = panel.binary_box.binary_dot.getData()
    assert x.tolist() == pytest.approx([0.11])
    assert y.tolist() == pytest.approx([ent.binary_entropy(0.11)])


def test_binary_marker_set_updates_spin_and_value(panel):
    panel.binary_box.binary_marker.setValue(0.5)
    assert _spin(panel).value() == pytest.approx(0.5)
    assert label(panel, "binaryEntropyValue").text() == "H(0.500) = 1.0000 bits"


def _binary_plot(panel: EntropyPanel):
    return panel.binary_box.binary_plot


def _viewport_point(panel: EntropyPanel, x: float, y: float) -> QPoint:
    view = _binary_plot(panel).getPlotItem().getViewBox()
    scene_point = view.mapViewToScene(QPointF(x, y))
    return _binary_plot(panel).mapFromScene(scene_point)


def test_dragging_the_marker_with_the_mouse(panel, qtbot):
    viewport = _binary_plot(panel).viewport()
    start = _viewport_point(panel, 0.25, 0.5)
    end = _viewport_point(panel, 0.75, 0.5)
    qtbot.mouseMove(viewport, start)  # hover first: pyqtgraph picks drag targets on hover
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for t in np.linspace(0, 1, 6)[1:]:
        qtbot.mouseMove(viewport, QPoint(round(start.x() + t * (end.x() - start.x())), start.y()))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    p = _spin(panel).value()
    assert p == pytest.approx(0.75, abs=0.02)
    assert panel.binary_box.binary_marker.value() == pytest.approx(p, abs=1e-3)
    expected = f"H({p:.3f}) = {ent.binary_entropy(p):.4f} bits"
    assert label(panel, "binaryEntropyValue").text() == expected


def test_clicking_the_binary_plot_moves_the_marker(panel, qtbot):
    viewport = _binary_plot(panel).viewport()
    point = _viewport_point(panel, 0.9, 0.3)
    qtbot.mouseMove(viewport, point)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    assert _spin(panel).value() == pytest.approx(0.9, abs=0.02)
    assert panel.binary_box.binary_marker.value() == pytest.approx(_spin(panel).value(), abs=1e-3)


def test_empty_model_compares_with_uniform(panel, qtbot):
    type_text(qtbot, input_edit(panel), "0.5 0.25 0.25")
    model_edit(panel).clear()
    result = ent.divergence([0.5, 0.25, 0.25], [1 / 3] * 3)
    assert label(panel, "crossEntropyValue").text() == f"{result.cross_entropy:.4f} bits"
    assert label(panel, "klDivergenceValue").text() == f"{result.kl_divergence:.4f} bits"
    assert "uniform" in label(panel, "entropyModelNote").text()


def test_typed_model_gives_cross_entropy_and_kl(panel, qtbot):
    type_text(qtbot, input_edit(panel), "0.5 0.25 0.25")
    type_text(qtbot, model_edit(panel), "1/4 1/4 1/2")
    result = ent.divergence([0.5, 0.25, 0.25], [0.25, 0.25, 0.5])
    assert label(panel, "crossEntropyValue").text() == f"{result.cross_entropy:.4f} bits"
    assert label(panel, "klDivergenceValue").text() == f"{result.kl_divergence:.4f} bits"
    note = label(panel, "entropyModelNote").text()
    assert "H(p, q) = H(p) + KL(p‖q) = 1.5000 + 0.2500" in note
    assert "(stale)" not in box(panel, "divergenceBox").title()
    assert not label(panel, "divergenceBoxStaleNote").isVisible()


def test_model_ruling_out_an_outcome_is_infinite_with_reason(panel, qtbot):
    type_text(qtbot, input_edit(panel), "0.5 0.25 0.25")
    type_text(qtbot, model_edit(panel), "0.5 0.5 0")
    assert label(panel, "crossEntropyValue").text() == "∞"
    assert label(panel, "klDivergenceValue").text() == "∞"
    assert "outcome “3” probability 0" in label(panel, "entropyModelNote").text()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0.5 0.5", "q has 2 values but p has 3"),
        ("0.5 zz 0.5", "Item 2, “zz”, is not a number"),
        ("0 0 0", "All values are zero"),
    ],
)
def test_bad_model_shows_message_and_keeps_old_result_stale(panel, qtbot, text, expected):
    type_text(qtbot, input_edit(panel), "0.5 0.25 0.25")
    type_text(qtbot, model_edit(panel), "1/4 1/4 1/2")
    kl = label(panel, "klDivergenceValue")
    assert kl.text() == "0.2500 bits"
    type_text(qtbot, model_edit(panel), text)
    message = label(panel, "entropyModelMessage")
    assert message.isVisible()
    assert expected in message.text()
    assert "(stale)" in box(panel, "divergenceBox").title()
    # No prefix of these parses to three values, so the last good q was the
    # empty one (uniform) left by select-all + Delete.
    uniform = ent.divergence([0.5, 0.25, 0.25], [1 / 3] * 3)
    assert kl.text() == f"{uniform.kl_divergence:.4f} bits"
    assert not kl.isEnabled()
    note = label(panel, "divergenceBoxStaleNote")
    assert note.isVisible()
    assert "uniform q" in note.text()
    assert "“0.5 0.25 0.25”" in note.text()
    assert not is_stale(panel)  # p's own results are still current


def test_text_models_are_matched_by_character(panel, qtbot):
    choose(combo(panel, "entropyMode"), "characters")
    type_text(qtbot, input_edit(panel), "aab")
    type_text(qtbot, model_edit(panel), "abbc")
    result = ent.divergence([2 / 3, 1 / 3, 0], [1 / 4, 1 / 2, 1 / 4])
    assert label(panel, "klDivergenceValue").text() == f"{result.kl_divergence:.4f} bits"


def test_no_nan_or_minus_inf_is_ever_shown(panel, qtbot):
    for text in ("1", "1 0 0", "0.5 0 0.5", "1e-300 1", "x"):
        type_text(qtbot, input_edit(panel), text)
        type_text(qtbot, model_edit(panel), "0 1 0")
        shown = [w.text() for w in panel.findChildren(QLabel)]
        shown += [cell for row in table(panel) for cell in row]
        for item in shown:
            assert not re.search(r"\bnan\b|-inf|\binf\b", item, re.IGNORECASE), item


def test_single_outcome_states_the_edge_case(panel, qtbot):
    type_text(qtbot, input_edit(panel), "1")
    assert label(panel, "entropyValue").text() == "0.0000 bits"
    assert label(panel, "efficiencyValue").text() == "100.00 %"
    assert label(panel, "fixedLengthValue").text().startswith("0 ")
    assert "2<sup>0</sup> = 1" in label(panel, "binaryDigitsValue").text()
    assert "L = H + 1" in label(panel, "huffmanSummary").text()
    assert table(panel) == [["1", "1.0000", "0.000", "0", "1"]]


def test_every_control_and_readout_has_a_tooltip(panel, qtbot):
    # Stale notes and the q message only exist visibly in these states.
    type_text(qtbot, model_edit(panel), "x")
    type_text(qtbot, input_edit(panel), "0.5 x")
    kinds = (QComboBox, QPlainTextEdit, QDoubleSpinBox, QTableWidget, QGroupBox)
    widgets = [w for kind in kinds for w in panel.findChildren(kind)]
    widgets += [w for w in panel.findChildren(QLabel) if w.objectName() or w.buddy()]
    widgets += [panel.chart_box.chart, panel.binary_box.binary_plot]
    widgets.append(panel.results_box.digits_table)
    assert len(widgets) > 25
    for widget in widgets:
        assert widget.toolTip(), widget.objectName() or type(widget).__name__
    assert "−Σ pᵢ log_b pᵢ" in label(panel, "entropyValue").toolTip()
    assert "H(p, q) − H(p)" in label(panel, "klDivergenceValue").toolTip()
    assert "Ctrl+wheel zooms" in panel.chart_box.chart.toolTip()


def test_panel_fits_a_side_dock(panel):
    assert panel.objectName() == "entropyPanel"
    assert panel.minimumSizeHint().width() <= 400
    assert panel.minimumSizeHint().height() <= 400


class _MarkingTranslator(QTranslator):
    """Wraps every string in brackets, to prove that it went through translation."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"[{source}]"


def test_user_visible_strings_go_through_tr(qtbot):
    translator = _MarkingTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        widget = EntropyPanel()
        qtbot.addWidget(widget)
        input_edit(widget).setPlainText("0.5 x")
    finally:
        QCoreApplication.removeTranslator(translator)
    assert combo(widget, "entropyMode").itemText(0) == "[Probabilities]"
    assert box(widget, "entropyResults").title().startswith("[")
    assert label(widget, "entropyInputMessage").text().startswith("[Item 2")
    assert label(widget, "binaryEntropyValue").text().startswith("[H(")
    assert label(widget, "entropyValue").toolTip().startswith("[")
    assert label(widget, "entropyResultsStaleNote").text().startswith("[Still showing")
    digits = widget.results_box.digits_table
    assert all(name.text().startswith("[") for name in digits.row_names)
    for group in widget.findChildren(QGroupBox):
        assert group.title().startswith("["), group.title()


# ----------------------------------------------------------------------
# show_distribution: what the main window's "Show me" uses


def test_show_distribution_sets_mode_and_text_as_typed(panel, qtbot):
    mode = combo(panel, "entropyMode")
    changes = []
    panel.input_box.input_changed.connect(lambda: changes.append(True))
    panel.show_distribution("我爱你，你爱我", "characters")
    assert changes == [True]  # one edit, read once
    assert mode.currentData() == "characters"
    assert input_edit(panel).toPlainText() == "我爱你，你爱我"
    assert input_edit(panel).toolTip().startswith("Each different character")
    expected = -(3 * (2 / 7) * math.log2(2 / 7) + (1 / 7) * math.log2(1 / 7))
    assert label(panel, "entropyValue").text() == f"{expected:.4f} bits"
    assert panel.distribution.labels == ("我", "爱", "你", "，")
    panel.show_distribution("3 1", "counts")
    assert mode.currentData() == "counts"
    assert label(panel, "entropyValue").text() == f"{ent.entropy([0.75, 0.25]):.4f} bits"
    # The default kind is probabilities; Undo in the text box brings back the old text.
    panel.show_distribution("0.5 0.5")
    assert mode.currentData() == "probabilities"
    assert label(panel, "entropyValue").text() == "1.0000 bits"
    input_edit(panel).undo()
    assert input_edit(panel).toPlainText() == "3 1"


def test_show_distribution_of_unreadable_text_is_reported_like_typing(panel):
    panel.show_distribution("0.5 0.25 0.25")
    panel.show_distribution("0.5 zz", "probabilities")
    assert "Item 2, “zz”, is not a number" in label(panel, "entropyInputMessage").text()
    assert is_stale(panel)
    assert not panel.input_valid
    assert label(panel, "entropyValue").text() == "1.5000 bits"


def test_show_distribution_rejects_an_unknown_kind(panel):
    before = input_edit(panel).toPlainText()
    with pytest.raises(ValueError, match=r"kind must be one of .*words, got 'bytes'"):
        panel.show_distribution("1 2", "bytes")
    assert input_edit(panel).toPlainText() == before


# ----------------------------------------------------------------------
# The wheel scrolls the panel; only Ctrl+wheel zooms a chart


def _scroll_bar(panel: EntropyPanel):
    return panel.findChild(QScrollArea).verticalScrollBar()


def _center_on(panel: EntropyPanel, view) -> None:
    """Scroll the panel so that ``view`` is in the middle of its viewport."""
    scroll = panel.findChild(QScrollArea)
    top = view.mapTo(scroll.widget(), QPoint(0, 0)).y()
    _scroll_bar(panel).setValue(top - (scroll.viewport().height() - view.height()) // 2)
    QApplication.processEvents()


def _wheel_over(panel: EntropyPanel, view, item, dy: int, modifiers=Qt.KeyboardModifier.NoModifier):
    """Turn the wheel over the middle of ``item`` of pyqtgraph ``view``, as a mouse does.

    The event goes through the window system (spontaneous), the way Qt
    passes an ignored wheel on to the scroll area around the chart.
    """
    middle = view.mapFromScene(item.sceneBoundingRect().center())
    at = view.viewport().mapTo(panel.window(), middle)
    assert panel.window().rect().contains(at)
    QTest.wheelEvent(
        panel.window().windowHandle(), QPointF(at), QPoint(0, dy), QPoint(0, 0), modifiers
    )
    QApplication.processEvents()


def test_wheel_over_the_chart_scrolls_the_panel_and_ctrl_wheel_zooms(panel):
    chart = panel.chart_box
    view_box = chart.p_plot.getViewBox()
    x_range, y_range = view_box.viewRange()
    _center_on(panel, chart.chart)
    start = _scroll_bar(panel).value()
    _wheel_over(panel, chart.chart, view_box, -120)
    assert _scroll_bar(panel).value() > start
    np.testing.assert_allclose(view_box.viewRange(), [x_range, y_range])
    scrolled = _scroll_bar(panel).value()
    _wheel_over(panel, chart.chart, view_box, 120, Qt.KeyboardModifier.ControlModifier)
    zoomed, y_after = view_box.viewRange()
    assert zoomed[1] - zoomed[0] < 0.9 * (x_range[1] - x_range[0])
    # Only x zooms; the surprisal plot follows it; the panel did not move.
    assert chart.surprisal_plot.getViewBox().viewRange()[0] == pytest.approx(zoomed)
    assert y_after == pytest.approx(y_range)
    assert _scroll_bar(panel).value() == scrolled


def test_wheel_over_the_binary_plot_scrolls_the_panel(panel):
    view = panel.binary_box.binary_plot
    view_box = view.getPlotItem().getViewBox()
    ranges = view_box.viewRange()
    _center_on(panel, view)
    start = _scroll_bar(panel).value()
    _wheel_over(panel, view, view_box, 120)
    assert _scroll_bar(panel).value() < start
    # Ctrl+wheel has nothing to zoom here (p is 0..1) and does not scroll either.
    scrolled = _scroll_bar(panel).value()
    _wheel_over(panel, view, view_box, 120, Qt.KeyboardModifier.ControlModifier)
    assert _scroll_bar(panel).value() == scrolled
    np.testing.assert_allclose(view_box.viewRange(), ranges)


# ----------------------------------------------------------------------
# Stale results say which input they belong to


_STALE_NOTES = ("entropyResults", "entropyChartBox", "huffmanBox", "divergenceBox")


def test_stale_results_name_the_last_valid_input(panel, qtbot):
    type_text(qtbot, input_edit(panel), "0.5 0.25 0.2x")
    # The results are those of the half-typed "0.5 0.25 0.2", and say so.
    expected = ent.entropy(np.array([0.5, 0.25, 0.2]) / 0.95)
    assert label(panel, "entropyValue").text() == f"{expected:.4f} bits"
    for name in _STALE_NOTES:
        note = label(panel, f"{name}StaleNote")
        assert note.isVisible(), name
        assert "“0.5 0.25 0.2”" in note.text(), name
        assert "(Probabilities)" in note.text(), name
        assert note.parent() is box(panel, name)
    assert label(panel, "entropyResultsStaleNote").text() == (
        "Still showing the last valid input: “0.5 0.25 0.2” (Probabilities)."
    )
    type_text(qtbot, input_edit(panel), "0.5 0.25 0.25")
    for name in _STALE_NOTES:
        assert not label(panel, f"{name}StaleNote").isVisible(), name


def test_a_long_stale_input_is_quoted_shortened_on_one_line(panel, qtbot):
    numbers = "\n".join(["0.125"] * 8)
    input_edit(panel).setPlainText(numbers)
    input_edit(panel).setPlainText(numbers + " x")
    note = label(panel, "entropyResultsStaleNote").text()
    quoted = re.search(r"“(.*)”", note).group(1)
    assert quoted == "0.125 0.125 0.125 0.125…"
    assert "\n" not in note


def test_a_stale_comparison_names_its_q(panel, qtbot):
    type_text(qtbot, input_edit(panel), "0.5 0.25 0.25")
    type_text(qtbot, model_edit(panel), "0.25 0.25 0.5 x")
    note = label(panel, "divergenceBoxStaleNote")
    assert note.isVisible()
    assert note.text() == (
        "Still showing the comparison of p from “0.5 0.25 0.25” (Probabilities) "
        "with q from “0.25 0.25 0.5”."
    )
    # p changes while q is unreadable: the old comparison stays, still named.
    type_text(qtbot, input_edit(panel), "1 1")
    assert not is_stale(panel)
    assert "p from “0.5 0.25 0.25”" in note.text()
    type_text(qtbot, model_edit(panel), "1 3")
    assert not note.isVisible()
    assert "(stale)" not in box(panel, "divergenceBox").title()
    result = ent.divergence([0.5, 0.5], [0.25, 0.75])
    assert label(panel, "klDivergenceValue").text() == f"{result.kl_divergence:.4f} bits"


# ----------------------------------------------------------------------
# The binary-digits table


def _assert_digits_table_aligned(panel: EntropyPanel) -> None:
    QApplication.processEvents()  # lets the layouts place the new texts
    digits = panel.results_box.digits_table
    k_row, value_row = digits.cells
    shown = [(k, v) for k, v in zip(k_row, value_row, strict=True) if k.isVisible()]
    assert shown
    for k, v in shown:
        # One column: the same cell width, numbers right-aligned in it.
        assert k.geometry().left() == v.geometry().left()
        assert k.geometry().right() == v.geometry().right()
        assert k.alignment() & Qt.AlignmentFlag.AlignRight
        assert v.alignment() & Qt.AlignmentFlag.AlignRight
        assert k.geometry().top() < v.geometry().top()
        # Each cell has room for its number.
        for cell in (k, v):
            width = cell.fontMetrics().horizontalAdvance(cell.text())
            assert cell.contentsRect().width() >= width
    # Columns left to right, the row names before them, all inside the box.
    lefts = [k.geometry().left() for k, _ in shown]
    assert lefts == sorted(lefts)
    names = digits.row_names
    assert names[0].geometry().left() == names[1].geometry().left()
    assert max(n.geometry().right() for n in names) < lefts[0]
    assert digits.geometry().right() <= panel.results_box.contentsRect().right()


def test_binary_digits_table_reads_as_an_aligned_table(panel, qtbot):
    type_text(qtbot, input_edit(panel), "0.4 0.3 0.2 0.1")
    digits = panel.results_box.digits_table
    assert digits.shown_columns() == [("0", "1"), ("1", "2"), ("2", "4"), ("3", "8")]
    bold = [k.text() for k in digits.cells[0] if k.isVisible() and k.font().bold()]
    assert bold == ["2"]
    assert [name.text() for name in digits.row_names] == ["digits k", "values 2<sup>k</sup>"]
    _assert_digits_table_aligned(panel)
    input_edit(panel).setPlainText(" ".join(["1"] * 1000))
    assert digits.shown_columns() == [(str(k), str(2**k)) for k in range(6, 12)]
    _assert_digits_table_aligned(panel)
    input_edit(panel).setPlainText("1")
    assert digits.shown_columns() == [("0", "1"), ("1", "2")]
    _assert_digits_table_aligned(panel)


def test_binary_digits_table_stays_aligned_in_chinese(panel, qapp):
    panel.show_distribution(" ".join(["1"] * 1000))
    translations = Translations(qapp)
    try:
        translations.set_language("zh_CN")
        QApplication.processEvents()
        names = panel.results_box.digits_table.row_names
        assert all(has_han(name.text()) for name in names)
        _assert_digits_table_aligned(panel)
    finally:
        translations.set_language("en")


def test_values_whose_sum_overflows_still_give_a_result(panel, qtbot):
    # 1e308 + 1e308 is past the largest float: the panel used to raise in its slot.
    type_text(qtbot, input_edit(panel), "1e308 1e308")
    assert label(panel, "entropyInputMessage").isHidden()
    assert label(panel, "entropyValue").text() == "1.0000 bits"
    assert "> 1.79769e+308" in label(panel, "entropyInputNote").text()


def test_counts_that_are_not_whole_numbers_are_refused(panel, qtbot):
    choose(combo(panel, "entropyMode"), "counts")
    type_text(qtbot, input_edit(panel), "3 2.5")
    message = label(panel, "entropyInputMessage").text()
    assert "“2.5”" in message and "whole number" in message


def test_an_emoji_with_its_skin_tone_is_one_character(panel, qtbot):
    choose(combo(panel, "entropyMode"), "characters")
    type_text(qtbot, input_edit(panel), "👍🏽👍🏽🇩🇪")
    assert "3 characters counted" in label(panel, "entropyInputNote").text()
    assert label(panel, "entropyValue").text() == f"{ent.entropy([2 / 3, 1 / 3]):.4f} bits"
