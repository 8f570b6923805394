"""Keyboard mnemonics and the tool bar read well in every language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QDockWidget, QLabel

from gui.actions import without_mnemonic

MNEMONIC = re.compile(r"&([^&])")


def _mnemonics(texts):
    return [m.group(1).lower() for t in texts if (m := MNEMONIC.search(t.replace("&&", "")))]


def _duplicates(letters):
    return sorted({x for x in letters if letters.count(x) > 1})


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_no_two_entries_of_a_menu_or_dock_share_a_mnemonic(window, language):
    window.set_language(language)
    try:
        bar = window.menuBar()
        menus = [a.menu() for a in bar.actions() if a.menu() is not None]
        assert not _duplicates(_mnemonics(a.text() for a in bar.actions()))
        for menu in menus:
            letters = _mnemonics(a.text() for a in menu.actions() if not a.isSeparator())
            assert not _duplicates(letters), (menu.title(), _duplicates(letters))
        for dock in window.findChildren(QDockWidget):
            labels = [w.text() for w in dock.findChildren(QLabel) if w.buddy() is not None]
            letters = _mnemonics(labels)
            assert not _duplicates(letters), (dock.objectName(), _duplicates(letters))
    finally:
        window.set_language("en")


def test_tool_bar_and_tooltips_show_no_mnemonic_marks(window):
    window.set_language("zh_CN")
    try:
        window.undo_stack.clear()
        window.load_example()
        window.curve_lab.controls.degree.spin.setValue(5)
        for act in window.tool_bar.actions():
            assert "&" not in act.iconText() and "(" not in act.iconText(), act.iconText()
        assert "“" not in window.action_table.undo.text()
    finally:
        window.set_language("en")
    assert without_mnemonic("撤销：改次数(&U)") == "撤销：改次数"
    assert without_mnemonic("Save session &as…") == "Save session as…"
    assert without_mnemonic("Fish && chips") == "Fish & chips"


def test_the_mouse_hint_comes_back_after_a_passing_message(window, qtbot):
    hint = window.hint_label
    assert "Shift+click" in hint.text()
    window.statusBar().showMessage("passing", 50)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=2000)
    assert hint.isVisible()
