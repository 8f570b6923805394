"""Text on the panels: fixed-height labels, and setting a text only when it changes.

A label that grows or shrinks with its text, or a plot title set again on
every refit, makes pyqtgraph re-lay and repaint a whole plot: milliseconds
for nothing. These helpers keep the live refit cheap.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from gui.plot_style import AXIS_COLOR

_SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
_SUPERSCRIPTS = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


class LinesLabel(QLabel):
    """A label of a fixed number of lines, for text that changes on every refit.

    A word-wrapped QLabel also asks for height-for-width layout, which makes
    a dock's scroll area size the whole panel by its preferred height instead
    of fitting the dock; a fixed height needs none of that.
    """

    def __init__(self, lines: int, object_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(lines > 1)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.setSizePolicy(policy)
        self._lines = lines
        self._fit_height()
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def hasHeightForWidth(self) -> bool:
        return False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()  # larger text (presentation mode) needs taller lines

    def _fit_height(self) -> None:
        spacing = self.fontMetrics().lineSpacing()
        self.setFixedHeight(self._lines * spacing + 2 * self.margin() + 2)


def number_rows(
    grid: QGridLayout,
    keys: tuple[str, ...],
    object_prefix: str,
    rule_before: tuple[str, ...] = (),
    bold: tuple[str, ...] = (),
) -> tuple[dict[str, QLabel], dict[str, QLabel], int]:
    """A name and a right-aligned, selectable value per key, one row each, from row 0.

    A sunken rule goes above each key in ``rule_before``; the keys in
    ``bold`` are bold, name and value. Each value's objectName is
    ``object_prefix + key``. Returns (names, values, the next free row).
    """
    names: dict[str, QLabel] = {}
    values: dict[str, QLabel] = {}
    row = 0
    for key in keys:
        if key in rule_before:
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            grid.addWidget(line, row, 0, 1, 2)
            row += 1
        name, value = QLabel(), QLabel()
        value.setObjectName(object_prefix + key)
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if key in bold:
            font = value.font()
            font.setBold(True)
            value.setFont(font)
            name.setFont(font)
        grid.addWidget(name, row, 0)
        grid.addWidget(value, row, 1)
        names[key], values[key] = name, value
        row += 1
    return names, values, row


def narrow_combo(combo: QComboBox, characters: int = 12) -> None:
    """Let ``combo`` be narrower than its longest item (its popup still shows it whole).

    A combo box asks for the width of its longest item, which would make a
    narrow dock scroll sideways on a small screen; this one asks for about
    ``characters`` characters and elides the current item beyond that.
    """
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)


def set_text_color(label: QLabel, color: str) -> None:
    """Colour a label's text through its palette.

    A style sheet would do it too, but a widget with a style sheet keeps its
    font when the application's font changes (presentation mode).
    """
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(color))
    label.setPalette(palette)


def set_text(cache: dict, target: object, text: str, title_color: str = AXIS_COLOR) -> None:
    """Set a label's, axis label's, plot title's or line label's text, unless it is unchanged.

    ``cache`` maps each target to the text it was last given.
    """
    if cache.get(target) == text:
        return
    cache[target] = text
    if isinstance(target, pg.PlotItem):
        target.setTitle(text, color=title_color)  # its size is the plot's look
    elif isinstance(target, pg.AxisItem):
        target.setLabel(text)
    elif isinstance(target, pg.InfLineLabel):
        target.setFormat(text)  # its text follows the line's value through the format
    else:
        target.setText(text)


def subscript(k: int) -> str:
    """``k`` in Unicode subscript digits (coef₁₂)."""
    return str(k).translate(_SUBSCRIPTS)


def superscript(n: int) -> str:
    """``n`` in Unicode superscript digits (the 5 of 2⁵, the −3 of 10⁻³)."""
    return str(n).translate(_SUPERSCRIPTS)


def superscript_power(exponent: int) -> str:
    """``10`` with a superscript exponent: 10⁻³."""
    return "10" + superscript(exponent)
