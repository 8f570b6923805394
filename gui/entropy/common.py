"""What the entropy calculator's group boxes share: words, formats, looks and the stale state.

The unit and input-kind names, the formatting of an amount ("1.5000 bits"),
the sentence for each :class:`core.entropy.EntropyInputError` reason and the
"(stale)" wording are translated here once (context ``EntropyTexts``), so
every box says them the same way. :class:`EntropyBox` is the base of every
box: it relabels itself on ``QEvent.LanguageChange`` through its
``retranslate()``. :class:`ResultBox` adds the stale state: while the input
cannot be read, a box keeps showing the last good result, greyed, titled
"(stale)", with a note naming the input that result belongs to.
:class:`ChartView` and :class:`PlotView` are pyqtgraph views that let the
mouse wheel scroll the panel and zoom only with Ctrl held.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Iterable
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QWidget

from core import entropy as ent
from gui.plot_style import ERROR_COLOR, WARNING_COLOR

# Colours chosen to stay apart for colour-blind readers and on a projector;
# the exported figure draws with the same ones.
P_COLOR = "#4C72B0"
SURPRISAL_COLOR = "#DD8452"
P_BRUSH = pg.mkBrush(P_COLOR)
SURPRISAL_BRUSH = pg.mkBrush(SURPRISAL_COLOR)
STALE_BRUSH = pg.mkBrush("#C8C8C8")
CURVE_COLOR = P_COLOR
MARKER_COLOR = "#C44E52"
MARKER_BRUSH = pg.mkBrush(MARKER_COLOR)
ERROR_STYLE = f"color: {ERROR_COLOR};"
NOTE_STYLE = "color: #1F4E96;"
# A style sheet colour wins over the disabled palette, so the note that says
# why a box is greyed stays readable inside that greyed box.
STALE_NOTE_STYLE = f"color: {WARNING_COLOR}; font-style: italic;"
# Above this many outcomes the tick labels under the bars would overlap.
MAX_TICK_LABELS = 24
# The width of the charts' left axes in the normal look, so that the plots
# stacked in the panel line up whatever their tick labels.
LEFT_AXIS_PX = 42

# The modes of the input box, in menu order (core.entropy's parse kinds).
INPUT_KINDS: tuple[str, ...] = ("probabilities", "counts", "characters", "words")
# A stale note quotes at most this many characters of the input it names.
QUOTE_WIDTH = 24

# CJK ideographs: URO, extension A, compatibility, extensions B onwards.
_HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3134F))


@dataclass(frozen=True)
class InputSource:
    """The input a shown result was computed from: the text and how it was read.

    Attributes
    ----------
    text : str
        The text as typed.
    kind : str
        One of :data:`INPUT_KINDS`.
    """

    text: str
    kind: str


def shorten(text: str, width: int = QUOTE_WIDTH) -> str:
    """``text`` on one line (whitespace runs become one space), cut to ``width`` with "…"."""
    if width < 2:
        raise ValueError(f"width must be at least 2, got {width}")
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1] + "…"


def elide(label: str, width: int = 6) -> str:
    """An outcome label short enough for a tick under a bar."""
    return label if len(label) <= width else label[: width - 1] + "…"


def has_han(labels: Iterable[str]) -> bool:
    """Whether any label contains a Chinese (CJK) ideograph."""
    return any(
        lo <= ord(char) <= hi for label in labels for char in label for lo, hi in _HAN_RANGES
    )


def unit_name(unit: str) -> str:
    """The name of an entropy unit in the interface language."""
    names = {
        "bits": QCoreApplication.translate("EntropyTexts", "bits"),
        "nats": QCoreApplication.translate("EntropyTexts", "nats"),
        "hartleys": QCoreApplication.translate("EntropyTexts", "hartleys"),
    }
    return names.get(unit, unit)


def kind_name(kind: str) -> str:
    """How the input box names an input kind (its menu item)."""
    names = {
        "probabilities": QCoreApplication.translate("EntropyTexts", "Probabilities"),
        "counts": QCoreApplication.translate("EntropyTexts", "Counts"),
        "characters": QCoreApplication.translate("EntropyTexts", "Text: characters"),
        "words": QCoreApplication.translate("EntropyTexts", "Text: words"),
    }
    return names.get(kind, kind)


def format_amount(value: float, unit: str) -> str:
    """An entropy-like amount with four decimals and its unit; "∞" when infinite."""
    if math.isinf(value):
        return "∞"
    return QCoreApplication.translate("EntropyTexts", "{value} {unit}").format(
        value=f"{value:.4f}", unit=unit_name(unit)
    )


def stale_title(title: str) -> str:
    """A box title marked as showing an old result."""
    return QCoreApplication.translate("EntropyTexts", "{title} (stale)").format(title=title)


def stale_sentence(source: InputSource) -> str:
    """The sentence that names the input a stale result belongs to."""
    return QCoreApplication.translate(
        "EntropyTexts", "Still showing the last valid input: “{text}” ({mode})."
    ).format(text=shorten(source.text), mode=kind_name(source.kind))


def describe_input_error(exc: ent.EntropyInputError) -> str:
    """Say what is wrong with an input, in the interface language."""
    item = None if exc.index is None else exc.index + 1
    messages = {
        "empty": QCoreApplication.translate(
            "EntropyTexts",
            "The input is empty; type one or more numbers separated by spaces or commas.",
        ),
        "not_a_number": QCoreApplication.translate(
            "EntropyTexts",
            "Item {item}, “{token}”, is not a number; write a decimal such as 0.25 "
            "or a fraction such as 1/4.",
        ),
        "not_finite": QCoreApplication.translate(
            "EntropyTexts",
            "Item {item}, “{token}”, is not a finite number; use ordinary numbers.",
        ),
        "negative": QCoreApplication.translate(
            "EntropyTexts", "Item {item}, “{token}”, is negative; values must be 0 or more."
        ),
        "not_integer": QCoreApplication.translate(
            "EntropyTexts",
            "Item {item}, “{token}”, is not a whole number; counts are whole numbers "
            "(type weights or proportions in the Probabilities mode).",
        ),
        "zero_denominator": QCoreApplication.translate(
            "EntropyTexts", "Item {item}, “{token}”, divides by zero."
        ),
        "all_zero": QCoreApplication.translate(
            "EntropyTexts",
            "All values are zero, so no outcome can happen; make at least one positive.",
        ),
        "too_many": QCoreApplication.translate(
            "EntropyTexts",
            "Item {item}, “{token}”, goes over the limit of {limit} outcomes; remove some.",
        ),
        "no_characters": QCoreApplication.translate(
            "EntropyTexts",
            "The text has no characters to count (spaces and line breaks do not count).",
        ),
        "no_words": QCoreApplication.translate(
            "EntropyTexts", "The text has no words to count; type some letters or digits."
        ),
    }
    template = messages.get(exc.reason)
    if template is None:
        # A reason added to core later still gets core's English sentence.
        return str(exc)
    return template.format(item=item, token=exc.token, limit=exc.limit)


def fit_left_axis(plot: pg.PlotItem, text_scale: float = 1.0) -> None:
    """Give ``plot``'s left axis the panel's common width, scaled with the text."""
    plot.getAxis("left").setWidth(round(LEFT_AXIS_PX * text_scale))


def make_readout(object_name: str) -> QLabel:
    """A selectable label that shows one computed value."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _WheelScrollsPanel:
    """For a pyqtgraph view in a scrolling panel: the wheel scrolls, Ctrl+wheel zooms.

    A wheel turn over a plot would zoom it and leave the panel stuck under
    the mouse; only a turn with Ctrl held, which asks to zoom, reaches the
    plot, and it never scrolls the panel as well.
    """

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event)
            event.accept()
        else:
            # Ignored, the event goes on to the scroll area around the panel.
            event.ignore()


class ChartView(_WheelScrollsPanel, pg.GraphicsLayoutWidget):
    """A pyqtgraph layout of plots whose wheel scrolls the panel (Ctrl+wheel zooms)."""


class PlotView(_WheelScrollsPanel, pg.PlotWidget):
    """A pyqtgraph plot whose wheel scrolls the panel (Ctrl+wheel zooms)."""


class EntropyBox(QGroupBox):
    """A group box of the entropy panel that relabels itself when the language changes.

    Subclasses set every text in :meth:`retranslate`, which they also call
    once when built; dynamic texts are re-rendered there from the values the
    box shows, so a language switch touches no value and rebuilds nothing.
    """

    def retranslate(self) -> None:
        """Set every text of the box in the current interface language."""
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ResultBox(EntropyBox):
    """A box of results that can go stale while the input cannot be read.

    Stale, the box keeps its last result greyed, adds " (stale)" to its
    title and shows :attr:`stale_note`, which names the input the result
    belongs to.

    Parameters
    ----------
    object_name : str
        The box's objectName; the note is ``object_name + "StaleNote"``.
    parent : QWidget, optional
        The usual Qt parent.
    """

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._stale_source: InputSource | None = None
        self.stale_note = QLabel()
        self.stale_note.setObjectName(f"{object_name}StaleNote")
        self.stale_note.setStyleSheet(STALE_NOTE_STYLE)
        self.stale_note.setWordWrap(True)
        self.stale_note.hide()

    def title_text(self) -> str:
        """The box's title when its result is current."""
        raise NotImplementedError

    def stale_text(self) -> str | None:
        """The stale note's sentence, or None when the result is current."""
        return None if self._stale_source is None else stale_sentence(self._stale_source)

    def set_stale(self, source: InputSource | None) -> None:
        """Mark the result as belonging to ``source``, an older input; None: it is current."""
        self._stale_source = source
        self.show_stale_state()

    def show_stale_state(self) -> None:
        """Title, note and greying for the current stale state, in the current language."""
        text = self.stale_text()
        stale = text is not None
        title = self.title_text()
        self.setTitle(stale_title(title) if stale else title)
        self.stale_note.setText(text or "")
        self.stale_note.setToolTip(
            QCoreApplication.translate(
                "EntropyTexts",
                "The input has changed and cannot be read as it is; the results stay "
                "those of the input named here until it can.",
            )
        )
        self.stale_note.setVisible(stale)
        self.apply_stale_look(stale)

    def apply_stale_look(self, stale: bool) -> None:
        """Grey the result out (the default: the whole box) or bring it back."""
        self.setEnabled(not stale)


def format_total(total: float) -> str:
    """A sum of the input's values; one past the largest float (inf) says so."""
    # The probabilities are still exact: core scales before it sums.
    return f"{total:.6g}" if math.isfinite(total) else f"> {sys.float_info.max:.6g}"
