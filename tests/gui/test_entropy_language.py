"""The entropy panel's words: a live language switch relabels it in place; counts agree.

The switch installs the app's real Chinese translation through
gui.i18n.Translations, exactly as the View > Language menu does.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)

from gui.entropy import EntropyPanel
from gui.i18n import Translations
from tests.gui.entropy_helpers import (
    box,
    choose,
    combo,
    find,
    has_han,
    input_edit,
    label,
    model_edit,
    type_text,
)


@pytest.fixture
def panel(qtbot):
    widget = EntropyPanel()
    qtbot.addWidget(widget)
    widget.resize(420, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def translations(qapp):
    switcher = Translations(qapp)
    yield switcher
    switcher.set_language("en")


def _axis_labels(panel: EntropyPanel) -> list[str]:
    plots = (
        panel.chart_box.p_plot,
        panel.chart_box.surprisal_plot,
        panel.binary_box.binary_plot.getPlotItem(),
    )
    return [plot.getAxis(side).labelText for plot in plots for side in ("left", "bottom")]


def _texts(panel: EntropyPanel) -> dict[tuple[int, str], tuple]:
    """Every text the panel shows or tips, keyed by widget (same objects: same keys)."""
    texts: dict[tuple[int, str], tuple] = {}
    for index, widget in enumerate([panel, *panel.findChildren(QWidget)]):
        entry: list = [widget.toolTip(), widget.isVisibleTo(panel)]
        if isinstance(widget, QLabel):
            entry.append(widget.text())
        if isinstance(widget, QGroupBox):
            entry.append(widget.title())
        if isinstance(widget, QComboBox):
            entry += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QPlainTextEdit):
            entry += [widget.placeholderText(), widget.toPlainText()]
        if isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                item = widget.horizontalHeaderItem(column)
                entry += [item.text(), item.toolTip()]
        texts[index, widget.objectName()] = tuple(entry)
    texts[-1, "axes"] = tuple(_axis_labels(panel))
    return texts


def _values(panel: EntropyPanel) -> tuple:
    """What the user chose and typed."""
    return (
        combo(panel, "entropyMode").currentData(),
        combo(panel, "entropyUnit").currentData(),
        input_edit(panel).toPlainText(),
        model_edit(panel).toPlainText(),
        find(panel, QDoubleSpinBox, "binaryP").value(),
        panel.binary_box.binary_marker.value(),
    )


def _prepare(panel: EntropyPanel, qtbot) -> None:
    """A state with every kind of dynamic text on screen: notes, messages, stale marks."""
    choose(combo(panel, "entropyUnit"), "nats")
    find(panel, QDoubleSpinBox, "binaryP").setValue(0.11)
    type_text(qtbot, input_edit(panel), "1 1 2")
    type_text(qtbot, model_edit(panel), "0.5 0.5 0")
    type_text(qtbot, input_edit(panel), "1 1 2 x")


def test_language_switch_relabels_the_open_panel_in_place(panel, qtbot, translations):
    _prepare(panel, qtbot)
    widgets = [panel, *panel.findChildren(QWidget)]
    values = _values(panel)
    english = _texts(panel)
    assert "(stale)" in box(panel, "entropyResults").title()

    translations.set_language("zh_CN")
    assert translations.language == "zh_CN"
    # The same widgets, nothing rebuilt, nothing the user set touched.
    assert [panel, *panel.findChildren(QWidget)] == widgets
    assert _values(panel) == values
    chinese = _texts(panel)
    assert chinese.keys() == english.keys()
    must_be_chinese = [
        *(b.title() for b in panel.findChildren(QGroupBox)),
        *(combo(panel, "entropyMode").itemText(i) for i in range(4)),
        *(combo(panel, "entropyUnit").itemText(i) for i in range(3)),
        label(panel, "entropyInputMessage").text(),
        label(panel, "entropyResultsStaleNote").text(),
        label(panel, "entropyChartBoxStaleNote").text(),
        label(panel, "huffmanBoxStaleNote").text(),
        label(panel, "divergenceBoxStaleNote").text(),
        label(panel, "entropyValue").text(),
        label(panel, "fixedLengthValue").text(),
        label(panel, "binaryDigitsValue").text(),
        label(panel, "huffmanSummary").text(),
        label(panel, "entropyModelNote").text(),
        label(panel, "binaryEntropyValue").text(),
        label(panel, "entropyValue").toolTip(),
        panel.chart_box.chart.toolTip(),
        input_edit(panel).placeholderText(),
        model_edit(panel).placeholderText(),
        find(panel, QTableWidget, "huffmanTable").horizontalHeaderItem(0).text(),
        panel.chart_box.surprisal_plot.getAxis("left").labelText,
        *(name.text() for name in panel.results_box.digits_table.row_names),
    ]
    untranslated = [text for text in must_be_chinese if not has_han(text)]
    assert not untranslated
    assert all("(stale)" not in b.title() for b in panel.findChildren(QGroupBox))
    # Every tooltip changed language too (the table's number cells share one).
    tips = {entry[0] for key, entry in chinese.items() if key[0] >= 0 and entry[0]}
    assert tips and all(has_han(tip) for tip in tips), [t for t in tips if not has_han(t)]
    # Numbers keep their values; the plural count is filled in.
    assert label(panel, "entropyValue").text().startswith("1.0397 ")
    assert "2" in label(panel, "fixedLengthValue").text()

    translations.set_language("en")
    assert [panel, *panel.findChildren(QWidget)] == widgets
    assert _values(panel) == values
    assert _texts(panel) == english


def test_a_current_result_relabels_too(panel, qtbot, translations):
    # The same in the plain state: nothing stale, notes of a good input.
    choose(combo(panel, "entropyMode"), "words")
    type_text(qtbot, input_edit(panel), "我爱你 你爱我 to be")
    english = _texts(panel)
    translations.set_language("zh_CN")
    note = label(panel, "entropyInputNote").text()
    assert note.startswith("共统计 8 个词，其中 5 种不同。")
    assert "每个汉字都算作一个词" in note
    assert has_han(box(panel, "entropyResults").title())
    translations.set_language("en")
    assert _texts(panel) == english


def test_a_panel_built_in_chinese_matches_one_switched_to_it(qtbot, translations):
    translations.set_language("zh_CN")
    built = EntropyPanel()
    qtbot.addWidget(built)
    translations.set_language("en")
    switched = EntropyPanel()
    qtbot.addWidget(switched)
    translations.set_language("zh_CN")
    assert _texts(switched) == _texts(built)


def test_huffman_table_shows_its_rows_whole_in_either_language(panel, translations):
    panel.show_distribution("0.4 0.3 0.2 0.1")
    codes = find(panel, QTableWidget, "huffmanTable")

    def fits() -> bool:
        QApplication.processEvents()
        return codes.verticalScrollBar().maximum() == 0

    assert fits()
    translations.set_language("zh_CN")
    assert fits()
    translations.set_language("en")
    assert fits()


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        ("probabilities", "1", "0 binary digits per outcome"),
        ("probabilities", "0.5 0.5", "1 binary digit per outcome"),
        ("probabilities", "0.5 0.25 0.25", "2 binary digits per outcome"),
    ],
)
def test_binary_digits_agree_with_their_number(panel, qtbot, kind, text, expected):
    panel.show_distribution(text, kind)
    assert label(panel, "fixedLengthValue").text() == expected


def test_one_binary_digit_sentence(panel):
    panel.show_distribution("0.5 0.5")
    sentence = label(panel, "binaryDigitsValue").text()
    assert sentence.startswith("1 binary digit tells 2<sup>1</sup> = 2 values apart")
    assert "digits tell" not in sentence


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        ("words", "hello", "1 word counted."),
        ("words", "hello world hello", "3 words counted, 2 different."),
        ("characters", "a", "1 character counted (spaces and line breaks not)."),
        ("characters", "aab", "3 characters counted (spaces and line breaks not), 2 different."),
        ("counts", "5", "pᵢ = cᵢ / 5, the only count."),
        ("counts", "3 2", "pᵢ = cᵢ / 5, the total of the 2 counts."),
    ],
)
def test_counted_things_agree_with_their_number(panel, kind, text, expected):
    panel.show_distribution(text, kind)
    assert label(panel, "entropyInputNote").text() == expected


def test_model_counts_agree_with_their_number(panel, qtbot):
    panel.show_distribution("0.5 0.25 0.25")
    type_text(qtbot, model_edit(panel), "1")
    assert label(panel, "entropyModelMessage").text().startswith("q has only 1 value but p has 3")
    type_text(qtbot, model_edit(panel), "")
    panel.show_distribution("1")
    note = label(panel, "entropyModelNote").text()
    assert "uniform distribution over its single outcome" in note


def test_chinese_plural_forms_fill_in_the_number(panel, translations):
    translations.set_language("zh_CN")
    panel.show_distribution("hello world hello", "words")
    assert label(panel, "entropyInputNote").text() == "共统计 3 个词，其中 2 种不同。"
    panel.show_distribution("1 2 3 4 5", "counts")
    assert label(panel, "fixedLengthValue").text() == "每个结果 3 位二进制"
    assert "5 个计数" in label(panel, "entropyInputNote").text()


def test_word_mode_says_how_chinese_is_counted(panel):
    han_note = "Chinese has no spaces between words: each character counted as a word."
    panel.show_distribution("我爱你，你爱我", "words")
    note = label(panel, "entropyInputNote")
    assert note.isVisible()
    assert note.text() == f"6 words counted, 3 different.\n{han_note}"
    panel.show_distribution("to be or not to be", "words")
    assert han_note not in note.text()
    # Characters mode counts characters anyway: nothing to warn about.
    panel.show_distribution("我爱你，你爱我", "characters")
    assert han_note not in note.text()
