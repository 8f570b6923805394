"""The entropy calculator panel: type a distribution, see how many bits it is worth.

:class:`EntropyPanel` is a self-contained widget (the Entropy room of the
main window) that stacks six group boxes in a scroll area: the input, the
results with the binary-digits table, the per-outcome chart, the Huffman
code, the binary entropy curve, and the comparison with a model q. The
panel reads the input as the user types, asks :mod:`core.entropy` for every
number and hands the results to the boxes; it owns the last distribution
that could be read. Input that cannot be read gets a one-sentence red
message while the last good result stays on screen, greyed, titled
"(stale)" and naming the input it belongs to. Each box relabels itself in
place when the interface language changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from core import entropy as ent
from gui.entropy.binary_box import BinaryEntropyBox
from gui.entropy.chart_box import OutcomeChartBox
from gui.entropy.common import INPUT_KINDS, InputSource
from gui.entropy.comparison_box import ModelComparisonBox
from gui.entropy.huffman_box import HuffmanBox
from gui.entropy.input_box import DistributionInputBox
from gui.entropy.results_box import ResultsBox
from gui.plot_style import Look

_INITIAL_INPUT = "0.5 0.25 0.25"


class EntropyPanel(QWidget):
    """Entropy calculator: live results for a typed distribution.

    The boxes are public attributes so that tests and the main window (for
    export) can reach them; nothing outside should change them but through
    :meth:`show_distribution`.

    Parameters
    ----------
    parent : QWidget, optional
        The usual Qt parent.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entropyPanel")
        # The last input that could be read and what it gave; they stay shown
        # (marked stale) while the input cannot be read.
        self._distribution: ent.Distribution | None = None
        self._source: InputSource | None = None
        self._input_valid = False

        self.input_box = DistributionInputBox()
        self.results_box = ResultsBox()
        self.chart_box = OutcomeChartBox()
        self.huffman_box = HuffmanBox()
        self.binary_box = BinaryEntropyBox(self.input_box.unit())
        self.divergence_box = ModelComparisonBox()

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 6, 6, 6)
        for box in (
            self.input_box,
            self.results_box,
            self.chart_box,
            self.huffman_box,
            self.binary_box,
            self.divergence_box,
        ):
            layout.addWidget(box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.input_box.input_changed.connect(self._on_input_box_input_changed)
        self.input_box.unit_changed.connect(self._on_input_box_unit_changed)
        # Through the same path as typing, so the first screen is real output.
        self.input_box.set_input(_INITIAL_INPUT, "probabilities")

    # ------------------------------------------------------------------
    # Public API

    def show_distribution(self, text: str, kind: str = "probabilities") -> None:
        """Show ``text`` read as ``kind``, as if the user had chosen the mode and typed it.

        Parameters
        ----------
        text : str
            The input: numbers, or a text for the text kinds.
        kind : {"probabilities", "counts", "characters", "words"}
            How to read it (:func:`core.entropy.parse_distribution`'s kinds).

        Raises
        ------
        ValueError
            If ``kind`` is not one of the four kinds.
        """
        if kind not in INPUT_KINDS:
            raise ValueError(f"kind must be one of {', '.join(INPUT_KINDS)}, got {kind!r}")
        self.input_box.set_input(text, kind)

    def set_look(self, look: Look) -> None:
        """Draw the charts as large as ``look`` says (presentation mode)."""
        self.chart_box.set_look(look)
        self.binary_box.set_look(look)

    @property
    def distribution(self) -> ent.Distribution | None:
        """The last input that could be read, as a distribution (None before any)."""
        return self._distribution

    @property
    def source(self) -> InputSource | None:
        """The input :attr:`distribution` was read from (None before any)."""
        return self._source

    @property
    def input_valid(self) -> bool:
        """Whether the input as typed now could be read (else the results are stale)."""
        return self._input_valid

    # ------------------------------------------------------------------
    # Slots

    def _on_input_box_input_changed(self) -> None:
        text, kind = self.input_box.text(), self.input_box.kind()
        try:
            distribution = ent.parse_distribution(text, kind)
        except ent.EntropyInputError as exc:
            self._input_valid = False
            self.input_box.show_error(exc)
            for box in (self.results_box, self.chart_box, self.huffman_box):
                box.set_stale(self._source)
            self.divergence_box.set_p_current(False)
            return
        self._input_valid = True
        self._distribution = distribution
        self._source = InputSource(text, kind)
        self.input_box.show_parsed(distribution)
        self._show_results()

    def _on_input_box_unit_changed(self, unit: str) -> None:
        self.binary_box.set_unit(unit)
        # The last good input is restated in the new unit, stale or not.
        self._show_results()

    def _show_results(self) -> None:
        """Show everything computed from the last good input in the current unit."""
        distribution, source = self._distribution, self._source
        if distribution is None or source is None:
            return
        unit = self.input_box.unit()
        summary = ent.summarize(distribution, unit)
        self.results_box.show_summary(summary)
        self.chart_box.show_distribution(distribution, summary)
        self.huffman_box.show_code(distribution, summary)
        stale_source = None if self._input_valid else source
        for box in (self.results_box, self.chart_box, self.huffman_box):
            box.set_stale(stale_source)
        self.divergence_box.set_p(distribution, source, unit, self._input_valid)
