"""Driving the entropy panel as a user would: typing, choosing, reading widgets by objectName."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QPlainTextEdit, QTableWidget

from gui.entropy import EntropyPanel


def find(panel: EntropyPanel, kind: type[QObject], name: str):
    """The panel's child of class ``kind`` named ``name`` (fails if there is none)."""
    widget = panel.findChild(kind, name)
    assert widget is not None, f"no {kind.__name__} named {name!r}"
    return widget


def label(panel: EntropyPanel, name: str) -> QLabel:
    return find(panel, QLabel, name)


def box(panel: EntropyPanel, name: str) -> QGroupBox:
    return find(panel, QGroupBox, name)


def combo(panel: EntropyPanel, name: str) -> QComboBox:
    return find(panel, QComboBox, name)


def edit(panel: EntropyPanel, name: str) -> QPlainTextEdit:
    return find(panel, QPlainTextEdit, name)


def input_edit(panel: EntropyPanel) -> QPlainTextEdit:
    return edit(panel, "entropyInput")


def model_edit(panel: EntropyPanel) -> QPlainTextEdit:
    return edit(panel, "entropyModelInput")


def type_text(qtbot, widget: QPlainTextEdit, text: str) -> None:
    """Replace the edit's text by typing, as a user would after select-all.

    ASCII goes in as key clicks. Anything else (Chinese, typographic signs)
    is committed the way an input method does it, one character at a time:
    QTest's key clicks abort on characters that have no key code.
    """
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QCoreApplication.sendEvent(widget, event)


def number(widget: QLabel) -> float:
    match = re.match(r"-?\d+(?:\.\d+)?", widget.text())
    assert match, widget.text()
    return float(match.group())


def choose(widget: QComboBox, data: str) -> None:
    widget.setCurrentIndex(widget.findData(data))


def table(panel: EntropyPanel) -> list[list[str]]:
    t = find(panel, QTableWidget, "huffmanTable")
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def is_stale(panel: EntropyPanel) -> bool:
    """Whether the results, chart and Huffman boxes are stale (all three agree)."""
    boxes = [box(panel, name) for name in ("entropyResults", "entropyChartBox", "huffmanBox")]
    flags = {("(stale)" in b.title(), not b.isEnabled()) for b in boxes}
    assert len(flags) == 1 and len(next(iter(flags))) == 2
    flag = next(iter(flags))
    assert flag[0] == flag[1]
    return flag[0]


def has_han(text: str) -> bool:
    """Whether ``text`` contains a Chinese character."""
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)
