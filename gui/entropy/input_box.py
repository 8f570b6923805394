"""The entropy panel's input: what the user types, how it is read, and in which unit.

:class:`DistributionInputBox` holds the mode menu (probabilities, counts,
characters or words of a text), the unit menu and the text box, and under
them a red message when the input cannot be read or a blue note on how it
was turned into probabilities. It parses nothing itself: it signals every
edit, and the panel hands back either the parsed distribution or the input
error to show. Both are kept, so a language switch re-renders the message
or note from them.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from core import entropy as ent
from gui.entropy.common import (
    ERROR_STYLE,
    INPUT_KINDS,
    NOTE_STYLE,
    EntropyBox,
    describe_input_error,
    format_total,
    has_han,
    kind_name,
    unit_name,
)


class DistributionInputBox(EntropyBox):
    """Mode, unit and text of the distribution p, with the message or note about it.

    Signals
    -------
    input_changed()
        The text or the mode changed: the input has to be read again.
    unit_changed(str)
        The unit menu changed to this unit.

    Parameters
    ----------
    parent : QWidget, optional
        The usual Qt parent.
    """

    input_changed = Signal()
    unit_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entropyInputBox")
        # What the message or the note shows; re-rendered on a language switch.
        self._error: ent.EntropyInputError | None = None
        self._parsed: ent.Distribution | None = None

        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("entropyMode")
        for kind in INPUT_KINDS:
            self.mode_combo.addItem("", kind)
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("entropyUnit")
        for unit in ent.UNITS:
            self.unit_combo.addItem("", unit)
        self._mode_label = QLabel()
        self._mode_label.setBuddy(self.mode_combo)
        self._unit_label = QLabel()
        self._unit_label.setBuddy(self.unit_combo)
        row = QHBoxLayout()
        row.addWidget(self._mode_label)
        row.addWidget(self.mode_combo, 1)
        row.addWidget(self._unit_label)
        row.addWidget(self.unit_combo)

        self.input_edit = QPlainTextEdit()
        self.input_edit.setObjectName("entropyInput")
        self.input_edit.setFixedHeight(64)
        self.input_message = QLabel()
        self.input_message.setObjectName("entropyInputMessage")
        self.input_message.setStyleSheet(ERROR_STYLE)
        self.input_message.setWordWrap(True)
        self.input_message.hide()
        self.input_note = QLabel()
        self.input_note.setObjectName("entropyInputNote")
        self.input_note.setStyleSheet(NOTE_STYLE)
        self.input_note.setWordWrap(True)
        self.input_note.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.input_edit)
        layout.addWidget(self.input_message)
        layout.addWidget(self.input_note)

        self.mode_combo.currentIndexChanged.connect(self._on_mode_combo_changed)
        self.unit_combo.currentIndexChanged.connect(self._on_unit_combo_changed)
        self.input_edit.textChanged.connect(self.input_changed)
        self.retranslate()

    # ------------------------------------------------------------------
    # What the panel reads and sets

    def text(self) -> str:
        """The input as typed."""
        return self.input_edit.toPlainText()

    def kind(self) -> str:
        """How the input is read: one of :data:`gui.entropy.common.INPUT_KINDS`."""
        return self.mode_combo.currentData()

    def unit(self) -> str:
        """The chosen unit: a key of :data:`core.entropy.UNITS`."""
        return self.unit_combo.currentData()

    def set_input(self, text: str, kind: str) -> None:
        """Set mode and text together, then signal one change, as one edit of the user.

        The text replaces the old one through the text cursor, so Undo in
        the text box brings the old text back.
        """
        index = self.mode_combo.findData(kind)
        if index < 0:
            allowed = ", ".join(INPUT_KINDS)
            raise ValueError(f"kind must be one of {allowed}, got {kind!r}")
        with QSignalBlocker(self.mode_combo), QSignalBlocker(self.input_edit):
            self.mode_combo.setCurrentIndex(index)
            cursor = self.input_edit.textCursor()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(text)
            self.input_edit.setTextCursor(cursor)
        self._show_hints()
        self.input_changed.emit()

    def show_error(self, error: ent.EntropyInputError) -> None:
        """Show why the input cannot be read; the note goes away."""
        self._error = error
        self._parsed = None
        self._show_message()

    def show_parsed(self, distribution: ent.Distribution) -> None:
        """Show how the input became ``distribution``, when there is anything to say."""
        self._error = None
        self._parsed = distribution
        self._show_message()

    # ------------------------------------------------------------------
    # Texts

    def retranslate(self) -> None:
        """Set every text of the box in the current interface language."""
        self.setTitle(self.tr("Distribution p"))
        self.setToolTip(self.tr("The distribution whose entropy is computed."))
        for index in range(self.mode_combo.count()):
            self.mode_combo.setItemText(index, kind_name(self.mode_combo.itemData(index)))
        self.mode_combo.setToolTip(
            self.tr(
                "How the input is read: probabilities pᵢ, counts cᵢ (pᵢ = cᵢ / Σ cⱼ), "
                "or a text whose characters or words are the outcomes, with pᵢ = the "
                "share of occurrences of outcome i."
            )
        )
        for index in range(self.unit_combo.count()):
            self.unit_combo.setItemText(index, unit_name(self.unit_combo.itemData(index)))
        self.unit_combo.setToolTip(
            self.tr(
                "Unit of entropy, set by the base b of the logarithm: bits (b = 2), "
                "nats (b = e), hartleys (b = 10). 1 nat = 1.4427 bits, 1 hartley = 3.3219 bits."
            )
        )
        self._mode_label.setText(self.tr("Input:"))
        self._mode_label.setToolTip(self.mode_combo.toolTip())
        self._unit_label.setText(self.tr("Unit:"))
        self._unit_label.setToolTip(self.unit_combo.toolTip())
        self.input_message.setToolTip(self.tr("Why the input cannot be used as it is."))
        self.input_note.setToolTip(
            self.tr("How the input was turned into probabilities that sum to 1.")
        )
        self._show_hints()
        self._show_message()

    def _show_hints(self) -> None:
        hints = {
            "probabilities": (
                self.tr("e.g. 0.5 0.25 0.25 or 1/3, 1/3, 1/3"),
                self.tr(
                    "Probabilities as decimals or fractions such as 1/3, separated by spaces, "
                    "commas, semicolons or line breaks. If they do not sum to 1 they are "
                    "divided by their sum."
                ),
            ),
            "counts": (
                self.tr("e.g. 12 5 3 0"),
                self.tr(
                    "How often each outcome occurred (whole numbers ≥ 0); pᵢ = cᵢ / Σ cⱼ. "
                    "Separate them by spaces, commas, semicolons or line breaks."
                ),
            ),
            "characters": (
                self.tr("Type or paste a text"),
                self.tr(
                    "Each different character is an outcome, weighted by how often it "
                    "occurs. A character is what a reader sees as one: a Chinese character, "
                    "a letter with its accents, an emoji with its skin tone, a flag. Spaces "
                    "and line breaks are not counted; punctuation is."
                ),
            ),
            "words": (
                self.tr("Type or paste a text"),
                self.tr(
                    "Each different word is an outcome, weighted by how often it occurs; "
                    "case is ignored and punctuation skipped. Chinese has no spaces "
                    "between words, so each Chinese character counts as a word."
                ),
            ),
        }
        placeholder, tooltip = hints[self.kind()]
        self.input_edit.setPlaceholderText(placeholder)
        self.input_edit.setToolTip(tooltip)

    def _show_message(self) -> None:
        if self._error is not None:
            self.input_message.setText(describe_input_error(self._error))
            self.input_message.show()
            self.input_note.hide()
            return
        self.input_message.hide()
        note = None if self._parsed is None else self._note(self._parsed)
        self.input_note.setText(note or "")
        self.input_note.setVisible(note is not None)

    def _note(self, distribution: ent.Distribution) -> str | None:
        """How the values became probabilities; None when they were used as typed."""
        total = distribution.original_sum
        n = distribution.n_outcomes
        if distribution.kind == "probabilities":
            if not distribution.normalized:
                return None
            return self.tr(
                "Note: the values sum to {total}, not 1, so each was divided by {total}."
            ).format(total=format_total(total))
        if distribution.kind == "counts":
            if n == 1:
                return self.tr("pᵢ = cᵢ / {total}, the only count.").format(
                    total=format_total(total)
                )
            return self.tr("pᵢ = cᵢ / {total}, the total of the %n counts.", "", n).format(
                total=format_total(total)
            )
        occurrences = round(total)
        if distribution.kind == "characters":
            if occurrences == 1:
                return self.tr("1 character counted (spaces and line breaks not).")
            return self.tr(
                "%n characters counted (spaces and line breaks not), {n} different.",
                "",
                occurrences,
            ).format(n=n)
        if occurrences == 1:
            text = self.tr("1 word counted.")
        else:
            text = self.tr("%n words counted, {n} different.", "", occurrences).format(n=n)
        if has_han(distribution.labels):
            # The tooltip says it too, but a student reading the count needs it here.
            text += "\n" + self.tr(
                "Chinese has no spaces between words: each character counted as a word."
            )
        return text

    # ------------------------------------------------------------------
    # Slots

    def _on_mode_combo_changed(self, _index: int) -> None:
        self._show_hints()
        self.input_changed.emit()

    def _on_unit_combo_changed(self, _index: int) -> None:
        self.unit_changed.emit(self.unit())
