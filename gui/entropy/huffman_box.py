"""The entropy panel's Huffman code: a code word per outcome and the mean length against H.

:class:`HuffmanBox` lists the outcomes of the last good input from most to
least likely with p, the surprisal in bits, the Huffman code word and its
length, and states the mean length L against the bound H ≤ L < H + 1.
Long tables stop at :data:`MAX_TABLE_ROWS` rows with a note saying so.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import entropy as ent
from gui.entropy.common import ResultBox, make_readout

#: The table stops here: more rows cost time on every keystroke and nobody
#: reads them; the note under the table says how many are left out.
MAX_TABLE_ROWS = 200
# Up to this many rows show without scrolling.
_MAX_VISIBLE_ROWS = 6
_NUMBER_COLUMNS = (1, 2, 4)
_CODE_WORD_COLUMN = 3


class HuffmanBox(ResultBox):
    """The Huffman code of the last good input, as a table and a mean length.

    Parameters
    ----------
    parent : QWidget, optional
        The usual Qt parent.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("huffmanBox", parent)
        self._summary: ent.EntropySummary | None = None
        self.huffman_table = QTableWidget(0, 5)
        self.huffman_table.setObjectName("huffmanTable")
        for column in range(self.huffman_table.columnCount()):
            self.huffman_table.setHorizontalHeaderItem(column, QTableWidgetItem())
        self.huffman_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = self.huffman_table.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        self._set_resize_modes(fixed=False)
        self.huffman_summary = make_readout("huffmanSummary")
        self.huffman_summary.setWordWrap(True)
        self.huffman_rows_note = QLabel()
        self.huffman_rows_note.setObjectName("huffmanRowsNote")
        self.huffman_rows_note.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.stale_note)
        layout.addWidget(self.huffman_table)
        layout.addWidget(self.huffman_rows_note)
        layout.addWidget(self.huffman_summary)
        self.retranslate()

    def title_text(self) -> str:
        return self.tr("Huffman code")

    def show_code(self, distribution: ent.Distribution, summary: ent.EntropySummary) -> None:
        """Fill the table with the code of ``summary`` for the outcomes of ``distribution``."""
        self._summary = summary
        code = summary.huffman
        probs = distribution.probabilities
        # Most likely first; equal probabilities keep their input order.
        order = np.argsort(-probs, kind="stable")[:MAX_TABLE_ROWS]
        table = self.huffman_table
        table.setUpdatesEnabled(False)
        # Columns sized to their contents would be measured again after every
        # cell set (seconds for 200 rows); fill them fixed, then size once.
        self._set_resize_modes(fixed=True)
        table.setRowCount(len(order))
        bits = ent.surprisal(probs, "bits")
        for row, i in enumerate(order):
            word = code.code_words[i]
            cells = (
                distribution.labels[i],
                f"{probs[i]:.4f}",
                "∞" if math.isinf(bits[i]) else f"{bits[i]:.3f}",
                "—" if word is None else word,
                "—" if word is None else str(code.lengths[i]),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in _NUMBER_COLUMNS:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        self._set_resize_modes(fixed=False)
        table.setUpdatesEnabled(True)
        self._fit_table_height()
        self.huffman_rows_note.setVisible(summary.n_outcomes > MAX_TABLE_ROWS)
        self._show_texts()

    def retranslate(self) -> None:
        """Set every text of the box in the current interface language."""
        self.setToolTip(
            self.tr(
                "A Huffman code: the shortest mean length of any binary code in which no "
                "code word starts another, built by merging the two least likely "
                "outcomes again and again."
            )
        )
        headers = (
            (self.tr("Outcome"), self.tr("The outcome: its number, character or word.")),
            (self.tr("p"), self.tr("Probability pᵢ of the outcome.")),
            (
                self.tr("−log₂ p"),
                self.tr("Surprisal in bits, −log₂ pᵢ: the ideal code length."),
            ),
            (
                self.tr("Code word"),
                self.tr("Huffman code word; outcomes with p = 0 need none (—)."),
            ),
            (self.tr("Length"), self.tr("Code word length lᵢ in binary digits.")),
        )
        for column, (text, tip) in enumerate(headers):
            item = self.huffman_table.horizontalHeaderItem(column)
            item.setText(text)
            item.setToolTip(tip)
        self.huffman_table.setToolTip(
            self.tr("Outcomes from most to least likely, with their Huffman code words.")
        )
        self.huffman_summary.setToolTip(
            self.tr(
                "Mean length L = Σ pᵢ lᵢ. No binary code does better than H bits per "
                "outcome, and Huffman's stays within one bit of it: H ≤ L < H + 1."
            )
        )
        self.huffman_rows_note.setToolTip(self.tr("Rows beyond this are left out of the table."))
        self._fit_table_height()
        self.show_stale_state()
        self._show_texts()

    def _set_resize_modes(self, fixed: bool) -> None:
        header = self.huffman_table.horizontalHeader()
        if fixed:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            return
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Code words are the one column whose width varies a lot.
        header.setSectionResizeMode(_CODE_WORD_COLUMN, QHeaderView.ResizeMode.Stretch)

    def _fit_table_height(self) -> None:
        # Short tables shrink to their rows, so a 3-outcome code leaves no
        # empty box in a narrow dock; long ones scroll. The header's height
        # depends on the language of its titles.
        table = self.huffman_table
        visible_rows = min(max(table.rowCount(), 1), _MAX_VISIBLE_ROWS)
        table.setFixedHeight(
            table.horizontalHeader().sizeHint().height()
            + visible_rows * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
        )

    def _show_texts(self) -> None:
        summary = self._summary
        if summary is None:
            return
        self.huffman_rows_note.setText(
            self.tr("Showing the {shown} most likely of {n} outcomes.").format(
                shown=MAX_TABLE_ROWS, n=summary.n_outcomes
            )
        )
        code = summary.huffman
        h = summary.entropy_bits
        length = code.mean_length
        if sum(1 for w in code.code_words if w is not None) == 1:
            text = self.tr(
                "Mean length L = {L} bit per outcome. Only one outcome can happen, so "
                "H = 0 and its one-digit code word makes L = H + 1, the edge of "
                "H ≤ L ≤ H + 1."
            ).format(L=f"{length:.4f}")
        else:
            text = self.tr(
                "Mean length L = Σ pᵢ lᵢ = {L} bits per outcome; "
                "H = {H} ≤ L < H + 1 = {H1} (in bits, as the code is binary)."
            ).format(L=f"{length:.4f}", H=f"{h:.4f}", H1=f"{h + 1:.4f}")
        self.huffman_summary.setText(text)
