"""The entropy calculator panel: type a distribution, see how many bits it is worth.

:class:`EntropyPanel` is a self-contained widget (meant for a dock of the
main window) that reads probabilities, counts or a text as the user types,
asks :mod:`core.entropy` for every number, and shows them: entropy and its
relatives as readouts, p and -log p per outcome as bars, a Huffman code as a
table with its mean length, the binary-entropy curve with a draggable p,
and the cross-entropy and KL divergence against a second distribution q.
Input that cannot be read gets a one-sentence red message while the last
good result stays on screen, greyed and titled "(stale)". Every string the
user sees passes through ``self.tr`` (context ``EntropyPanel``).
"""

from __future__ import annotations

import math
import sys

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import entropy as ent

# Colours chosen to stay apart for colour-blind readers and on a projector.
_P_BRUSH = pg.mkBrush("#4C72B0")
_SURPRISAL_BRUSH = pg.mkBrush("#DD8452")
_STALE_BRUSH = pg.mkBrush("#C8C8C8")
_CURVE_PEN = pg.mkPen("#4C72B0", width=2)
_MARKER_PEN = pg.mkPen("#C44E52", width=2)
_MARKER_HOVER_PEN = pg.mkPen("#C44E52", width=4)
_AXIS_COLOR = "#404040"
_ERROR_STYLE = "color: #C62828;"
_NOTE_STYLE = "color: #1F4E96;"

# Above this many outcomes the chart's tick labels would overlap.
_MAX_TICK_LABELS = 24
# The Huffman table stops here: more rows cost time on every keystroke and
# nobody reads them; the note under the table says how many are left out.
_MAX_TABLE_ROWS = 200
_BINARY_CURVE_X = np.linspace(0.0, 1.0, 401)
_INITIAL_INPUT = "0.5 0.25 0.25"
_INITIAL_BINARY_P = 0.25


def _style_plot(plot: pg.PlotItem) -> None:
    """Dark axes on white, no context menu: the plots are read, not edited."""
    plot.setMenuEnabled(False)
    plot.hideButtons()
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(_AXIS_COLOR)
        axis.setTextPen(_AXIS_COLOR)
        # "p (x0.001)" with ticks up to 500 hides that p is at most 1.
        axis.enableAutoSIPrefix(False)


def _format_total(total: float) -> str:
    # A sum past the largest float is inf; the probabilities are still exact.
    return f"{total:.6g}" if math.isfinite(total) else f"> {sys.float_info.max:.6g}"


def _elide(label: str, width: int = 6) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


class EntropyPanel(QWidget):
    """Entropy calculator: live results for a typed distribution.

    The child widgets are public attributes so that tests and the main
    window (for export) can reach them; nothing outside should change them.

    Parameters
    ----------
    parent : QWidget, optional
        The usual Qt parent.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entropyPanel")
        # Last successfully parsed input and what was computed from it; they
        # stay shown (marked stale) while the input is invalid.
        self._distribution: ent.Distribution | None = None
        self._input_valid = False
        self._unit_names = {
            "bits": self.tr("bits"),
            "nats": self.tr("nats"),
            "hartleys": self.tr("hartleys"),
        }

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self._build_input_box())
        layout.addWidget(self._build_results_box())
        layout.addWidget(self._build_chart_box())
        layout.addWidget(self._build_huffman_box())
        layout.addWidget(self._build_binary_box())
        layout.addWidget(self._build_divergence_box())
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.mode_combo.currentIndexChanged.connect(self._on_mode_combo_changed)
        self.unit_combo.currentIndexChanged.connect(self._on_unit_combo_changed)
        self.input_edit.textChanged.connect(self._on_input_edit_changed)
        self.model_edit.textChanged.connect(self._on_model_edit_changed)
        self.binary_marker.sigPositionChanged.connect(self._on_binary_marker_moved)
        self.binary_p_spin.valueChanged.connect(self._on_binary_p_spin_changed)
        self.binary_plot.scene().sigMouseClicked.connect(self._on_binary_scene_clicked)

        self._update_input_hints()
        self._update_binary_curve()
        self._show_binary_point(_INITIAL_BINARY_P)
        # Setting the text runs the whole computation through the same slot
        # that typing does, so the first screen is real output.
        self.input_edit.setPlainText(_INITIAL_INPUT)

    # ------------------------------------------------------------------
    # Construction

    def _build_input_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Distribution p"))
        box.setToolTip(self.tr("The distribution whose entropy is computed."))
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("entropyMode")
        for kind, name in (
            ("probabilities", self.tr("Probabilities")),
            ("counts", self.tr("Counts")),
            ("characters", self.tr("Text: characters")),
            ("words", self.tr("Text: words")),
        ):
            self.mode_combo.addItem(name, kind)
        self.mode_combo.setToolTip(
            self.tr(
                "How the input is read: probabilities pᵢ, counts cᵢ (pᵢ = cᵢ / Σ cⱼ), "
                "or a text whose characters or words are the outcomes, with pᵢ = the "
                "share of occurrences of outcome i."
            )
        )
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("entropyUnit")
        for unit in ent.UNITS:
            self.unit_combo.addItem(self._unit_names[unit], unit)
        self.unit_combo.setToolTip(
            self.tr(
                "Unit of entropy, set by the base b of the logarithm: bits (b = 2), "
                "nats (b = e), hartleys (b = 10). 1 nat = 1.4427 bits, 1 hartley = 3.3219 bits."
            )
        )
        mode_label = QLabel(self.tr("Input:"))
        mode_label.setBuddy(self.mode_combo)
        mode_label.setToolTip(self.mode_combo.toolTip())
        unit_label = QLabel(self.tr("Unit:"))
        unit_label.setBuddy(self.unit_combo)
        unit_label.setToolTip(self.unit_combo.toolTip())
        row = QHBoxLayout()
        row.addWidget(mode_label)
        row.addWidget(self.mode_combo, 1)
        row.addWidget(unit_label)
        row.addWidget(self.unit_combo)

        self.input_edit = QPlainTextEdit()
        self.input_edit.setObjectName("entropyInput")
        self.input_edit.setFixedHeight(64)
        self.input_message = QLabel()
        self.input_message.setObjectName("entropyInputMessage")
        self.input_message.setStyleSheet(_ERROR_STYLE)
        self.input_message.setWordWrap(True)
        self.input_message.setToolTip(self.tr("Why the input cannot be used as it is."))
        self.input_message.hide()
        self.input_note = QLabel()
        self.input_note.setObjectName("entropyInputNote")
        self.input_note.setStyleSheet(_NOTE_STYLE)
        self.input_note.setWordWrap(True)
        self.input_note.setToolTip(
            self.tr("How the input was turned into probabilities that sum to 1.")
        )
        self.input_note.hide()

        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.input_edit)
        layout.addWidget(self.input_message)
        layout.addWidget(self.input_note)
        return box

    def _readout(self, object_name: str, tooltip: str) -> QLabel:
        label = QLabel()
        label.setObjectName(object_name)
        label.setToolTip(tooltip)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _form_label(self, text: str, tooltip: str) -> QLabel:
        label = QLabel(text)
        label.setToolTip(tooltip)
        return label

    def _build_results_box(self) -> QGroupBox:
        self.results_box = QGroupBox()
        self.results_box.setObjectName("entropyResults")
        self.results_box.setToolTip(self.tr("Measures of how uncertain an outcome of p is."))
        tips = {
            "entropy": self.tr(
                "Shannon entropy H = −Σ pᵢ log_b pᵢ, with 0 · log 0 = 0: the mean "
                "surprisal of an outcome, in the chosen unit."
            ),
            "max": self.tr(
                "Maximum entropy log_b n: the entropy of n equally likely outcomes, "
                "the most uncertain distribution over n outcomes."
            ),
            "efficiency": self.tr(
                "Efficiency H / log n: how close p is to uniform (100 %); the same in "
                "every unit. Defined as 100 % for a single outcome."
            ),
            "perplexity": self.tr(
                "Perplexity 2^H (H in bits) = e^H (H in nats): the number of equally "
                "likely outcomes that would be just as uncertain."
            ),
            "fixed": self.tr(
                "Fixed-length code size ⌈log₂ n⌉: the fewest binary digits that give "
                "each of the n outcomes its own code word of one common length."
            ),
            "digits": self.tr(
                "k binary digits tell 2^k values apart; the highlighted column is the "
                "smallest k with 2^k ≥ n."
            ),
        }
        self.entropy_value = self._readout("entropyValue", tips["entropy"])
        self.max_entropy_value = self._readout("maxEntropyValue", tips["max"])
        self.efficiency_value = self._readout("efficiencyValue", tips["efficiency"])
        self.perplexity_value = self._readout("perplexityValue", tips["perplexity"])
        self.fixed_length_value = self._readout("fixedLengthValue", tips["fixed"])
        self.digits_value = self._readout("binaryDigitsValue", tips["digits"])
        self.digits_value.setTextFormat(Qt.TextFormat.RichText)
        self.digits_value.setWordWrap(True)

        form = QFormLayout(self.results_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._form_label(self.tr("Entropy H"), tips["entropy"]), self.entropy_value)
        form.addRow(self._form_label(self.tr("Maximum log n"), tips["max"]), self.max_entropy_value)
        form.addRow(
            self._form_label(self.tr("Efficiency"), tips["efficiency"]), self.efficiency_value
        )
        form.addRow(
            self._form_label(self.tr("Perplexity"), tips["perplexity"]), self.perplexity_value
        )
        form.addRow(
            self._form_label(self.tr("Fixed-length code"), tips["fixed"]),
            self.fixed_length_value,
        )
        form.addRow(self.digits_value)
        return self.results_box

    def _build_chart_box(self) -> QGroupBox:
        self.chart_box = QGroupBox()
        self.chart_box.setObjectName("entropyChartBox")
        self.chart_box.setToolTip(
            self.tr("Each outcome's probability and how surprising it is, side by side.")
        )
        self.chart = pg.GraphicsLayoutWidget()
        self.chart.setObjectName("entropyChart")
        self.chart.setBackground("w")
        self.chart.setFixedHeight(250)
        self.chart.setToolTip(
            self.tr(
                "Top: probability pᵢ of each outcome. Bottom: its surprisal −log_b pᵢ; "
                "rare outcomes are more surprising, and H is the p-weighted mean of the "
                "bottom bars. A triangle marks an outcome with p = 0, whose surprisal is "
                "infinite."
            )
        )
        self._p_plot = self.chart.addPlot(row=0, col=0)
        self._surprisal_plot = self.chart.addPlot(row=1, col=0)
        for plot in (self._p_plot, self._surprisal_plot):
            _style_plot(plot)
            # Zooming along x helps with many outcomes; y follows the data.
            plot.setMouseEnabled(x=True, y=False)
            plot.getAxis("left").setWidth(42)
        self._surprisal_plot.setXLink(self._p_plot)
        self._p_plot.setLabel("left", self.tr("p"))
        self._p_bars = pg.BarGraphItem(
            x=np.zeros(0), height=np.zeros(0), width=0.7, brush=_P_BRUSH, pen=None
        )
        self._surprisal_bars = pg.BarGraphItem(
            x=np.zeros(0), height=np.zeros(0), width=0.7, brush=_SURPRISAL_BRUSH, pen=None
        )
        self._infinite_marks = pg.ScatterPlotItem(
            symbol="t1", size=10, brush=pg.mkBrush("#C44E52"), pen=None
        )
        self._p_plot.addItem(self._p_bars)
        self._surprisal_plot.addItem(self._surprisal_bars)
        self._surprisal_plot.addItem(self._infinite_marks)
        layout = QVBoxLayout(self.chart_box)
        layout.addWidget(self.chart)
        return self.chart_box

    def _build_huffman_box(self) -> QGroupBox:
        self.huffman_box = QGroupBox()
        self.huffman_box.setObjectName("huffmanBox")
        self.huffman_box.setToolTip(
            self.tr(
                "A Huffman code: the shortest mean length of any binary code in which no "
                "code word starts another, built by merging the two least likely "
                "outcomes again and again."
            )
        )
        self.huffman_table = QTableWidget(0, 5)
        self.huffman_table.setObjectName("huffmanTable")
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
            item = QTableWidgetItem(text)
            item.setToolTip(tip)
            self.huffman_table.setHorizontalHeaderItem(column, item)
        self.huffman_table.setToolTip(
            self.tr("Outcomes from most to least likely, with their Huffman code words.")
        )
        self.huffman_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = self.huffman_table.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.huffman_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Code words are the one column whose width varies a lot.
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.huffman_summary = self._readout(
            "huffmanSummary",
            self.tr(
                "Mean length L = Σ pᵢ lᵢ. No binary code does better than H bits per "
                "outcome, and Huffman's stays within one bit of it: H ≤ L < H + 1."
            ),
        )
        self.huffman_summary.setWordWrap(True)
        self.huffman_rows_note = QLabel()
        self.huffman_rows_note.setObjectName("huffmanRowsNote")
        self.huffman_rows_note.setToolTip(self.tr("Rows beyond this are left out of the table."))
        self.huffman_rows_note.hide()
        layout = QVBoxLayout(self.huffman_box)
        layout.addWidget(self.huffman_table)
        layout.addWidget(self.huffman_rows_note)
        layout.addWidget(self.huffman_summary)
        return self.huffman_box

    def _build_binary_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Binary entropy"))
        box.setToolTip(
            self.tr(
                "Entropy of a coin that lands heads with probability p: "
                "H(p) = −p log p − (1 − p) log(1 − p); largest at p = 1/2."
            )
        )
        self.binary_p_spin = QDoubleSpinBox()
        self.binary_p_spin.setObjectName("binaryP")
        self.binary_p_spin.setRange(0.0, 1.0)
        self.binary_p_spin.setDecimals(3)
        self.binary_p_spin.setSingleStep(0.01)
        self.binary_p_spin.setValue(_INITIAL_BINARY_P)
        self.binary_p_spin.setToolTip(
            self.tr("Probability p of heads; also set by dragging the red line.")
        )
        self.binary_value = self._readout(
            "binaryEntropyValue",
            self.tr("H(p) = −p log_b p − (1 − p) log_b(1 − p) at the chosen p."),
        )
        p_label = QLabel(self.tr("p ="))
        p_label.setBuddy(self.binary_p_spin)
        p_label.setToolTip(self.binary_p_spin.toolTip())
        row = QHBoxLayout()
        row.addWidget(p_label)
        row.addWidget(self.binary_p_spin)
        row.addWidget(self.binary_value, 1)

        self.binary_plot = pg.PlotWidget(background="w")
        self.binary_plot.setObjectName("binaryEntropyPlot")
        self.binary_plot.setFixedHeight(160)
        self.binary_plot.setToolTip(
            self.tr("H(p) for p from 0 to 1. Drag the red line, or click the plot, to choose p.")
        )
        plot = self.binary_plot.getPlotItem()
        _style_plot(plot)
        plot.setMouseEnabled(x=False, y=False)
        plot.getAxis("left").setWidth(42)
        plot.setLabel("bottom", self.tr("p"))
        plot.setXRange(0.0, 1.0, padding=0.02)
        self._binary_curve = plot.plot(pen=_CURVE_PEN)
        self.binary_marker = pg.InfiniteLine(
            pos=_INITIAL_BINARY_P,
            angle=90,
            movable=True,
            bounds=(0.0, 1.0),
            pen=_MARKER_PEN,
            hoverPen=_MARKER_HOVER_PEN,
        )
        self._binary_dot = pg.ScatterPlotItem(size=9, brush=pg.mkBrush("#C44E52"), pen=None)
        plot.addItem(self.binary_marker)
        plot.addItem(self._binary_dot)

        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.binary_plot)
        return box

    def _build_divergence_box(self) -> QGroupBox:
        self.divergence_box = QGroupBox()
        self.divergence_box.setObjectName("divergenceBox")
        self.divergence_box.setToolTip(
            self.tr(
                "How well a model distribution q fits the true p: cross-entropy is the "
                "mean code length when p's outcomes are coded with a code built for q."
            )
        )
        self.model_edit = QPlainTextEdit()
        self.model_edit.setObjectName("entropyModelInput")
        self.model_edit.setFixedHeight(48)
        self.model_message = QLabel()
        self.model_message.setObjectName("entropyModelMessage")
        self.model_message.setStyleSheet(_ERROR_STYLE)
        self.model_message.setWordWrap(True)
        self.model_message.setToolTip(self.tr("Why q cannot be used as it is."))
        self.model_message.hide()
        self.model_note = QLabel()
        self.model_note.setObjectName("entropyModelNote")
        self.model_note.setStyleSheet(_NOTE_STYLE)
        self.model_note.setWordWrap(True)
        self.model_note.setToolTip(self.tr("What q is and how the two results relate."))
        tips = {
            "cross": self.tr(
                "Cross-entropy H(p, q) = −Σ pᵢ log_b qᵢ: the mean code length per outcome "
                "of p when coding with a code made for q. Infinite if qᵢ = 0 where pᵢ > 0."
            ),
            "kl": self.tr(
                "Kullback–Leibler divergence KL(p‖q) = Σ pᵢ log_b(pᵢ / qᵢ) = H(p, q) − H(p) "
                "≥ 0: the cost of using q instead of p; 0 only when q = p."
            ),
        }
        self.cross_entropy_value = self._readout("crossEntropyValue", tips["cross"])
        self.kl_value = self._readout("klDivergenceValue", tips["kl"])
        form = QFormLayout()
        form.addRow(
            self._form_label(self.tr("Cross-entropy H(p, q)"), tips["cross"]),
            self.cross_entropy_value,
        )
        form.addRow(self._form_label(self.tr("KL(p‖q)"), tips["kl"]), self.kl_value)
        layout = QVBoxLayout(self.divergence_box)
        layout.addWidget(self.model_edit)
        layout.addWidget(self.model_message)
        layout.addLayout(form)
        layout.addWidget(self.model_note)
        return self.divergence_box

    # ------------------------------------------------------------------
    # Slots

    def _on_mode_combo_changed(self, _index: int) -> None:
        self._update_input_hints()
        self._parse_input()

    def _on_unit_combo_changed(self, _index: int) -> None:
        self._update_binary_curve()
        self._show_binary_point(self.binary_p_spin.value())
        # The last good input is restated in the new unit, stale or not.
        self._show_results()

    def _on_input_edit_changed(self) -> None:
        self._parse_input()

    def _on_model_edit_changed(self) -> None:
        self._refresh_divergence()

    def _on_binary_marker_moved(self, line: pg.InfiniteLine) -> None:
        p = float(np.clip(line.value(), 0.0, 1.0))
        with QSignalBlocker(self.binary_p_spin):
            self.binary_p_spin.setValue(p)
        self._show_binary_point(p)

    def _on_binary_p_spin_changed(self, value: float) -> None:
        with QSignalBlocker(self.binary_marker):
            self.binary_marker.setValue(value)
        self._show_binary_point(value)

    def _on_binary_scene_clicked(self, event) -> None:
        # Items (the marker) had their chance first; a click they left is a
        # click on empty plot, which jumps the marker there.
        if event.isAccepted() or event.button() != Qt.MouseButton.LeftButton:
            return
        view = self.binary_plot.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(event.scenePos()):
            return
        p = float(np.clip(view.mapSceneToView(event.scenePos()).x(), 0.0, 1.0))
        self.binary_p_spin.setValue(p)

    # ------------------------------------------------------------------
    # Computation and display

    @property
    def _kind(self) -> str:
        return self.mode_combo.currentData()

    @property
    def _unit(self) -> str:
        return self.unit_combo.currentData()

    def _parse_input(self) -> None:
        try:
            distribution = ent.parse_distribution(self.input_edit.toPlainText(), self._kind)
        except ent.EntropyInputError as exc:
            self._input_valid = False
            self.input_message.setText(self._describe_input_error(exc))
            self.input_message.show()
            self.input_note.hide()
            self._set_results_stale(True)
            self._set_divergence_stale(True)
            return
        self._input_valid = True
        self._distribution = distribution
        self.input_message.hide()
        self._show_input_note(distribution)
        self._show_results()

    def _show_results(self) -> None:
        """Show everything computed from the last good input in the current unit."""
        distribution = self._distribution
        if distribution is None:
            return
        summary = ent.summarize(distribution, self._unit)
        self._show_readouts(summary)
        self._show_chart(distribution, summary)
        self._show_huffman(distribution, summary)
        self._set_results_stale(not self._input_valid)
        self._refresh_divergence()

    def _format_amount(self, value: float) -> str:
        if math.isinf(value):
            return "∞"
        return self.tr("{value} {unit}").format(
            value=f"{value:.4f}", unit=self._unit_names[self._unit]
        )

    def _show_input_note(self, distribution: ent.Distribution) -> None:
        total = distribution.original_sum
        n = distribution.n_outcomes
        if distribution.kind == "probabilities":
            if not distribution.normalized:
                self.input_note.hide()
                return
            text = self.tr(
                "Note: the values sum to {total}, not 1, so each was divided by {total}."
            ).format(total=_format_total(total))
        elif distribution.kind == "counts":
            text = self.tr("pᵢ = cᵢ / {total}, the total of the {n} counts.").format(
                total=_format_total(total), n=n
            )
        elif distribution.kind == "characters":
            text = self.tr(
                "{total} characters counted (spaces and line breaks not), {n} different."
            ).format(total=int(total), n=n)
        else:
            text = self.tr("{total} words counted, {n} different.").format(total=int(total), n=n)
        self.input_note.setText(text)
        self.input_note.show()

    def _show_readouts(self, summary: ent.EntropySummary) -> None:
        n = summary.n_outcomes
        b = summary.fixed_length_bits
        self.entropy_value.setText(self._format_amount(summary.entropy))
        self.max_entropy_value.setText(self._format_amount(summary.max_entropy))
        self.efficiency_value.setText(f"{100 * summary.efficiency:.2f} %")
        self.perplexity_value.setText(f"{summary.perplexity:.4f}")
        self.fixed_length_value.setText(self.tr("{bits} binary digits per outcome").format(bits=b))
        self.digits_value.setText(self._digits_html(n, b))

    def _digits_html(self, n: int, b: int) -> str:
        """The k -> 2^k table around the current n, the needed k in bold."""
        if b == 0:
            sentence = self.tr("One outcome needs no digits at all: 2<sup>0</sup> = 1.")
        else:
            sentence = self.tr(
                "{b} binary digits tell 2<sup>{b}</sup> = {v} values apart, enough for "
                "n = {n}; {b1} would tell only {v1}."
            ).format(b=b, v=2**b, n=n, b1=b - 1, v1=2 ** (b - 1))
        ks = range(max(0, b - 4), b + 2)

        def cell(value: int, k: int) -> str:
            text = f"<b>{value}</b>" if k == b else str(value)
            return f"<td align='right'>{text}</td>"

        cells_k = "".join(cell(k, k) for k in ks)
        cells_v = "".join(cell(2**k, k) for k in ks)
        digits = self.tr("digits k")
        values = self.tr("values 2<sup>k</sup>")
        return (
            f"{sentence}<table cellspacing='0' cellpadding='2'>"
            f"<tr><td>{digits}</td>{cells_k}</tr>"
            f"<tr><td>{values}</td>{cells_v}</tr></table>"
        )

    def _show_chart(self, distribution: ent.Distribution, summary: ent.EntropySummary) -> None:
        x = np.arange(1, summary.n_outcomes + 1, dtype=float)
        info = summary.surprisal
        finite = np.isfinite(info)
        self._p_bars.setOpts(x=x, height=distribution.probabilities)
        # An infinite bar cannot be drawn; a triangle at the top of the
        # finite bars stands for it.
        self._surprisal_bars.setOpts(x=x[finite], height=info[finite])
        top = float(info[finite].max()) if finite.any() else 1.0
        if top == 0.0:
            top = 1.0
        self._infinite_marks.setData(x=x[~finite], y=np.full((~finite).sum(), top))
        self._surprisal_plot.setLabel(
            "left", self.tr("−log p ({unit})").format(unit=self._unit_names[self._unit])
        )
        if summary.n_outcomes <= _MAX_TICK_LABELS:
            ticks = [[(float(i + 1), _elide(label)) for i, label in enumerate(distribution.labels)]]
        else:
            ticks = None
        for plot in (self._p_plot, self._surprisal_plot):
            plot.getAxis("bottom").setTicks(ticks)
            plot.enableAutoRange()
        self._p_plot.setYRange(0.0, float(distribution.probabilities.max()), padding=0.05)

    def _show_huffman(self, distribution: ent.Distribution, summary: ent.EntropySummary) -> None:
        code = summary.huffman
        probs = distribution.probabilities
        # Most likely first; equal probabilities keep their input order.
        order = np.argsort(-probs, kind="stable")[:_MAX_TABLE_ROWS]
        table = self.huffman_table
        table.setUpdatesEnabled(False)
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
                if column in (1, 2, 4):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        table.setUpdatesEnabled(True)
        # Short tables shrink to their rows, so a 3-outcome code leaves no
        # empty box in a narrow dock; long ones scroll.
        visible_rows = min(max(len(order), 1), 6)
        table.setFixedHeight(
            table.horizontalHeader().height()
            + visible_rows * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
        )
        if summary.n_outcomes > _MAX_TABLE_ROWS:
            self.huffman_rows_note.setText(
                self.tr("Showing the {shown} most likely of {n} outcomes.").format(
                    shown=_MAX_TABLE_ROWS, n=summary.n_outcomes
                )
            )
            self.huffman_rows_note.show()
        else:
            self.huffman_rows_note.hide()
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

    def _refresh_divergence(self) -> None:
        p = self._distribution
        if p is None:
            return
        text = self.model_edit.toPlainText()
        if not text.strip():
            q = None
            note = self.tr(
                "q is empty, so p is compared with the uniform distribution over its {n} outcomes."
            ).format(n=p.n_outcomes)
            p_probs = p.probabilities
            q_probs = np.full(p.n_outcomes, 1.0 / p.n_outcomes)
            labels = p.labels
        else:
            try:
                q = ent.parse_distribution(text, self._kind)
            except ent.EntropyInputError as exc:
                self._show_model_error(self._describe_input_error(exc))
                return
            if self._kind in ("characters", "words"):
                p_aligned, q_aligned = ent.align_by_label(p, q)
            elif q.n_outcomes != p.n_outcomes:
                self._show_model_error(
                    self.tr(
                        "q has {m} values but p has {n}; give one value per outcome of p."
                    ).format(m=q.n_outcomes, n=p.n_outcomes)
                )
                return
            else:
                p_aligned, q_aligned = p, q
            p_probs, q_probs = p_aligned.probabilities, q_aligned.probabilities
            labels = p_aligned.labels
            note = ""
            if q.kind == "probabilities" and q.normalized:
                note = self.tr(
                    "q's values sum to {total}, not 1, so each was divided by {total}."
                ).format(total=_format_total(q.original_sum))
        result = ent.divergence(p_probs, q_probs, self._unit, labels)
        self.model_message.hide()
        self.cross_entropy_value.setText(self._format_amount(result.cross_entropy))
        self.kl_value.setText(self._format_amount(result.kl_divergence))
        if result.infinite_at:
            i = result.infinite_at[0]
            reason = self.tr(
                "Infinite: q gives outcome “{label}” probability 0 although p gives it "
                "{p}, so coding it with q would need infinitely many {unit}."
            ).format(label=labels[i], p=f"{p_probs[i]:.4g}", unit=self._unit_names[self._unit])
            if len(result.infinite_at) > 1:
                reason += " " + self.tr("({count} such outcomes in all.)").format(
                    count=len(result.infinite_at)
                )
            note = f"{note} {reason}".strip()
        else:
            identity = self.tr("H(p, q) = H(p) + KL(p‖q) = {h} + {kl}.").format(
                h=f"{result.cross_entropy - result.kl_divergence:.4f}",
                kl=f"{result.kl_divergence:.4f}",
            )
            note = f"{note} {identity}".strip()
        self.model_note.setText(note)
        self.model_note.show()
        self._set_divergence_stale(not self._input_valid)

    def _show_model_error(self, message: str) -> None:
        self.model_message.setText(message)
        self.model_message.show()
        self._set_divergence_stale(True)

    def _set_results_stale(self, stale: bool) -> None:
        titles = (
            (self.results_box, self.tr("Results")),
            (self.chart_box, self.tr("Per outcome: p and surprisal −log p")),
            (self.huffman_box, self.tr("Huffman code")),
        )
        for box, title in titles:
            box.setTitle(self.tr("{title} (stale)").format(title=title) if stale else title)
            box.setEnabled(not stale)
        self._p_bars.setOpts(brush=_STALE_BRUSH if stale else _P_BRUSH)
        self._surprisal_bars.setOpts(brush=_STALE_BRUSH if stale else _SURPRISAL_BRUSH)

    def _set_divergence_stale(self, stale: bool) -> None:
        title = self.tr("Compare with a model q")
        self.divergence_box.setTitle(
            self.tr("{title} (stale)").format(title=title) if stale else title
        )
        for widget in (self.cross_entropy_value, self.kl_value, self.model_note):
            widget.setEnabled(not stale)

    def _update_input_hints(self) -> None:
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
        placeholder, tooltip = hints[self._kind]
        self.input_edit.setPlaceholderText(placeholder)
        self.input_edit.setToolTip(tooltip)
        self.model_edit.setPlaceholderText(
            self.tr("Model q, read like p; empty = uniform over p's outcomes")
        )
        self.model_edit.setToolTip(
            self.tr(
                "A second distribution q over the same outcomes, in the same form as p. "
                "For numbers give one value per outcome of p; for text, outcomes are "
                "matched by character or word. Leave it empty to compare with the "
                "uniform distribution."
            )
        )

    def _update_binary_curve(self) -> None:
        unit = self._unit
        self._binary_curve.setData(_BINARY_CURVE_X, ent.binary_entropy(_BINARY_CURVE_X, unit))
        plot = self.binary_plot.getPlotItem()
        plot.setYRange(0.0, ent.max_entropy(2, unit), padding=0.05)
        plot.setLabel("left", self.tr("H ({unit})").format(unit=self._unit_names[unit]))

    def _show_binary_point(self, p: float) -> None:
        h = ent.binary_entropy(p, self._unit)
        self._binary_dot.setData(x=[p], y=[h])
        self.binary_value.setText(
            self.tr("H({p}) = {h}").format(p=f"{p:.3f}", h=self._format_amount(h))
        )

    def _describe_input_error(self, exc: ent.EntropyInputError) -> str:
        """Say what is wrong with the input, in the interface language."""
        item = None if exc.index is None else exc.index + 1
        token = exc.token
        messages = {
            "empty": self.tr(
                "The input is empty; type one or more numbers separated by spaces or commas."
            ),
            "not_a_number": self.tr(
                "Item {item}, “{token}”, is not a number; write a decimal such as 0.25 "
                "or a fraction such as 1/4."
            ),
            "not_finite": self.tr(
                "Item {item}, “{token}”, is not a finite number; use ordinary numbers."
            ),
            "negative": self.tr("Item {item}, “{token}”, is negative; values must be 0 or more."),
            "not_integer": self.tr(
                "Item {item}, “{token}”, is not a whole number; counts are whole numbers "
                "(type weights or proportions in the Probabilities mode)."
            ),
            "zero_denominator": self.tr("Item {item}, “{token}”, divides by zero."),
            "all_zero": self.tr(
                "All values are zero, so no outcome can happen; make at least one positive."
            ),
            "too_many": self.tr(
                "Item {item}, “{token}”, goes over the limit of {limit} outcomes; remove some."
            ),
            "no_characters": self.tr(
                "The text has no characters to count (spaces and line breaks do not count)."
            ),
            "no_words": self.tr("The text has no words to count; type some letters or digits."),
        }
        template = messages.get(exc.reason)
        if template is None:
            # A reason added to core later still gets its English sentence.
            return str(exc)
        return template.format(item=item, token=token, limit=exc.limit)
