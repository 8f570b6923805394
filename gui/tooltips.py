"""Long tooltips wrap into a paragraph instead of running across the screen.

Qt shows a plain-text tooltip on one line, however long: a formula with its
explanation became a line 1,230 px wide. :class:`WrappingToolTips`, installed
once on the application, turns every long plain-text tooltip into a rich-text
paragraph as it is shown, which Qt wraps to a readable width; the texts
themselves stay plain (and translatable) where they are set.
"""

from __future__ import annotations

import html

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

#: Tooltips longer than this many characters are shown as a wrapped paragraph.
WRAP_AFTER = 70
_NAME = "overfitWrappingToolTips"


class WrappingToolTips(QObject):
    """An application-wide event filter that wraps long plain-text tooltips."""

    @classmethod
    def install(cls, app: QApplication) -> None:
        """Install the filter on ``app`` once (later calls do nothing)."""
        if app.findChild(QObject, _NAME, Qt.FindChildOption.FindDirectChildrenOnly) is None:
            app.installEventFilter(cls(app))

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(_NAME)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(watched, QWidget):
            return False
        text = watched.toolTip()
        if len(text) <= WRAP_AFTER or QtGui.Qt.mightBeRichText(text):
            return False
        assert isinstance(event, QHelpEvent)
        QToolTip.showText(event.globalPos(), wrapped(text), watched)
        return True


def wrapped(text: str) -> str:
    """``text`` as a rich-text paragraph, which Qt word-wraps in a tooltip."""
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"
