"""The entropy panel's headline numbers, and how many binary digits the outcomes need.

:class:`ResultsBox` shows entropy H, the maximum log n, the efficiency, the
perplexity and the fixed-length code size ⌈log₂ n⌉ of the last good input,
a sentence on why that many digits are needed, and
:class:`BinaryDigitsTable`, a small aligned table of k binary digits against
the 2^k values they tell apart around the needed k. It keeps the summary it
shows, so a unit or language change restates the numbers without
recomputing them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from core import entropy as ent
from gui.entropy.common import ResultBox, format_amount, make_readout

# Columns of the digits table: up to four k below the needed one and one above.
_DIGITS_BELOW = 4
_DIGITS_ABOVE = 1
_HIGHLIGHT_STYLE = "background-color: #DCE6F4;"


class BinaryDigitsTable(QFrame):
    """k binary digits against the 2^k values they tell apart, the needed k highlighted.

    Two rows of a grid, "digits k" and "values 2^k", with one right-aligned
    column per k, so every number sits under or over its partner whatever
    the language of the row names.

    Parameters
    ----------
    parent : QWidget, optional
        The usual Qt parent.
    """

    COLUMNS = _DIGITS_BELOW + 1 + _DIGITS_ABOVE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("binaryDigitsTable")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._bits: int | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 2, 4, 2)
        grid.setHorizontalSpacing(0)
        grid.setVerticalSpacing(0)
        self.row_names = (QLabel(), QLabel())
        for row, label in enumerate(self.row_names):
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setContentsMargins(0, 1, 10, 1)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignLeft)
        # cells[row][column]: row 0 holds k, row 1 holds 2^k.
        self.cells: tuple[list[QLabel], list[QLabel]] = ([], [])
        for column in range(self.COLUMNS):
            for row in (0, 1):
                cell = QLabel()
                cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                cell.setContentsMargins(8, 1, 4, 1)
                grid.addWidget(cell, row, column + 1)
                self.cells[row].append(cell)
        # The table keeps its natural width; spare room goes to the right.
        grid.setColumnStretch(self.COLUMNS + 1, 1)
        self.retranslate()

    def show_bits(self, bits: int) -> None:
        """Show k from ``bits - 4`` (at least 0) to ``bits + 1``, ``bits`` highlighted."""
        if bits < 0:
            raise ValueError(f"bits must be 0 or more, got {bits}")
        self._bits = bits
        ks = list(range(max(0, bits - _DIGITS_BELOW), bits + _DIGITS_ABOVE + 1))
        for column in range(self.COLUMNS):
            shown = column < len(ks)
            for row in (0, 1):
                cell = self.cells[row][column]
                cell.setVisible(shown)
                if not shown:
                    continue
                k = ks[column]
                cell.setText(str(k) if row == 0 else str(2**k))
                needed = k == bits
                # Restyling repolishes the label: only when the highlight moves.
                if cell.font().bold() != needed:
                    font = cell.font()
                    font.setBold(needed)
                    cell.setFont(font)
                    cell.setStyleSheet(_HIGHLIGHT_STYLE if needed else "")

    def shown_columns(self) -> list[tuple[str, str]]:
        """The visible (k, 2^k) columns as their texts, left to right."""
        k_row, value_row = self.cells
        return [
            (k.text(), v.text()) for k, v in zip(k_row, value_row, strict=True) if not k.isHidden()
        ]

    def retranslate(self) -> None:
        """Set the row names and tooltip in the current interface language."""
        self.row_names[0].setText(self.tr("digits k"))
        self.row_names[1].setText(self.tr("values 2<sup>k</sup>"))
        tip = self.tr(
            "k binary digits tell 2^k values apart; the highlighted column is the "
            "smallest k with 2^k ≥ n."
        )
        self.setToolTip(tip)
        for label in (*self.row_names, *self.cells[0], *self.cells[1]):
            label.setToolTip(tip)


class ResultsBox(ResultBox):
    """Entropy and its relatives for the last good input, in the chosen unit.

    Parameters
    ----------
    parent : QWidget, optional
        The usual Qt parent.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("entropyResults", parent)
        self._summary: ent.EntropySummary | None = None
        self.entropy_value = make_readout("entropyValue")
        self.max_entropy_value = make_readout("maxEntropyValue")
        self.efficiency_value = make_readout("efficiencyValue")
        self.perplexity_value = make_readout("perplexityValue")
        self.fixed_length_value = make_readout("fixedLengthValue")
        self.digits_value = make_readout("binaryDigitsValue")
        self.digits_value.setTextFormat(Qt.TextFormat.RichText)
        self.digits_value.setWordWrap(True)
        self.digits_table = BinaryDigitsTable()
        self._names = {
            key: QLabel() for key in ("entropy", "max", "efficiency", "perplexity", "fixed")
        }

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._names["entropy"], self.entropy_value)
        form.addRow(self._names["max"], self.max_entropy_value)
        form.addRow(self._names["efficiency"], self.efficiency_value)
        form.addRow(self._names["perplexity"], self.perplexity_value)
        form.addRow(self._names["fixed"], self.fixed_length_value)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stale_note)
        layout.addLayout(form)
        layout.addWidget(self.digits_value)
        layout.addWidget(self.digits_table, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def title_text(self) -> str:
        return self.tr("Results")

    def show_summary(self, summary: ent.EntropySummary) -> None:
        """Show the numbers of ``summary`` (in its unit)."""
        self._summary = summary
        self.digits_table.show_bits(summary.fixed_length_bits)
        self._show_values()

    def retranslate(self) -> None:
        """Set every text of the box in the current interface language."""
        self.setToolTip(self.tr("Measures of how uncertain an outcome of p is."))
        texts = {
            "entropy": (
                self.tr("Entropy H"),
                self.tr(
                    "Shannon entropy H = −Σ pᵢ log_b pᵢ, with 0 · log 0 = 0: the mean "
                    "surprisal of an outcome, in the chosen unit."
                ),
                self.entropy_value,
            ),
            "max": (
                self.tr("Maximum log n"),
                self.tr(
                    "Maximum entropy log_b n: the entropy of n equally likely outcomes, "
                    "the most uncertain distribution over n outcomes."
                ),
                self.max_entropy_value,
            ),
            "efficiency": (
                self.tr("Efficiency"),
                self.tr(
                    "Efficiency H / log n: how close p is to uniform (100 %); the same in "
                    "every unit. Defined as 100 % for a single outcome."
                ),
                self.efficiency_value,
            ),
            "perplexity": (
                self.tr("Perplexity"),
                self.tr(
                    "Perplexity 2^H (H in bits) = e^H (H in nats): the number of equally "
                    "likely outcomes that would be just as uncertain."
                ),
                self.perplexity_value,
            ),
            "fixed": (
                self.tr("Fixed-length code"),
                self.tr(
                    "Fixed-length code size ⌈log₂ n⌉: the fewest binary digits that give "
                    "each of the n outcomes its own code word of one common length."
                ),
                self.fixed_length_value,
            ),
        }
        for key, (name, tip, value) in texts.items():
            self._names[key].setText(name)
            self._names[key].setToolTip(tip)
            value.setToolTip(tip)
        self.digits_table.retranslate()
        self.digits_value.setToolTip(self.digits_table.toolTip())
        self.show_stale_state()
        self._show_values()

    def _show_values(self) -> None:
        summary = self._summary
        if summary is None:
            return
        n = summary.n_outcomes
        b = summary.fixed_length_bits
        self.entropy_value.setText(format_amount(summary.entropy, summary.unit))
        self.max_entropy_value.setText(format_amount(summary.max_entropy, summary.unit))
        self.efficiency_value.setText(f"{100 * summary.efficiency:.2f} %")
        self.perplexity_value.setText(f"{summary.perplexity:.4f}")
        if b == 1:
            fixed = self.tr("1 binary digit per outcome")
        else:
            fixed = self.tr("%n binary digits per outcome", "", b)
        self.fixed_length_value.setText(fixed)
        if b == 0:
            sentence = self.tr("One outcome needs no digits at all: 2<sup>0</sup> = 1.")
        elif b == 1:
            sentence = self.tr(
                "1 binary digit tells 2<sup>1</sup> = 2 values apart, enough for n = 2; "
                "with no digits there is only 1 value."
            )
        else:
            sentence = self.tr(
                "{b} binary digits tell 2<sup>{b}</sup> = {v} values apart, enough for "
                "n = {n}; {b1} would tell only {v1}."
            ).format(b=b, v=2**b, n=n, b1=b - 1, v1=2 ** (b - 1))
        self.digits_value.setText(sentence)
