"""The entropy calculator's figure: the distribution, its surprisals, its numbers and its code.

Built from an :class:`EntropySnapshot` (the last distribution the panel
could read and the text it was read from, the unit, the coin's p and the
model q, compared as the panel compares them), never from the widgets:
the whole result, not the part a scroll area shows, and no input box,
menu or stale note. Left, three plots: p per outcome, the surprisal
−log p per outcome with H as their p-weighted mean, and the binary entropy
H(p) of a coin. Right, the numbers and the Huffman code. The caption
states the distribution and the unit.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication

from core import entropy as ent
from gui.entropy.binary_box import CURVE_SAMPLES
from gui.entropy.common import (
    CURVE_COLOR,
    MARKER_COLOR,
    MAX_TICK_LABELS,
    P_COLOR,
    SURPRISAL_COLOR,
    elide,
    format_amount,
    shorten,
    unit_name,
)
from gui.entropy.comparison_box import OutcomeCountError, compare
from gui.figures.model import (
    Axis,
    Bars,
    Cell,
    Figure,
    LegendEntry,
    Line,
    Markers,
    Plot,
    Rule,
    Table,
    TextPanel,
)
from gui.labels import superscript
from gui.plot_style import AXIS_COLOR

if TYPE_CHECKING:
    from gui.entropy.panel import EntropyPanel

translate = QCoreApplication.translate
# Values of p written out in the caption before "…".
CAPTION_VALUES = 8
# Characters of a typed text quoted in the caption.
QUOTE_CHARS = 40


@dataclass(frozen=True, eq=False)
class EntropySnapshot:
    """What the entropy figure draws: p, the unit, the coin's p and the comparison with q."""

    distribution: ent.Distribution
    unit: str
    coin_p: float
    text: str | None = None
    comparison: ent.Divergence | None = None
    # Whether q was left empty (the uniform distribution over p's outcomes).
    q_uniform: bool = False


def _comparison(p: ent.Distribution, q_text: str, unit: str) -> ent.Divergence | None:
    """H(p, q) and KL(p‖q) as the panel compares them; None while q cannot be used."""
    try:
        return compare(p, q_text, unit).result
    except (ent.EntropyInputError, OutcomeCountError):
        return None


def snapshot_of_panel(panel: EntropyPanel) -> EntropySnapshot | None:
    """The entropy panel's last readable input as a snapshot (None before any)."""
    distribution, source = panel.distribution, panel.source
    if distribution is None or source is None:
        return None
    unit = panel.input_box.unit()
    q_text = panel.divergence_box.model_edit.toPlainText()
    return EntropySnapshot(
        distribution=distribution,
        unit=unit,
        coin_p=panel.binary_box.p(),
        text=source.text,
        comparison=_comparison(distribution, q_text, unit),
        q_uniform=not q_text.strip(),
    )


def caption(s: EntropySnapshot) -> str:
    """The distribution (its values, or the text it counts), its size and the unit."""
    d = s.distribution
    n = d.n_outcomes
    if d.kind in ("probabilities", "counts"):
        shown = ", ".join(f"{p:.4g}" for p in d.probabilities[:CAPTION_VALUES])
        if n > CAPTION_VALUES:
            shown += ", …"
        what = translate("Figures", "p = ({0})").format(shown)
    else:
        quote = shorten(s.text or "", QUOTE_CHARS)
        if d.kind == "characters":
            what = translate("Figures", "p: character frequencies of “{0}”")
        else:
            what = translate("Figures", "p: word frequencies of “{0}”")
        what = what.format(quote)
    return translate("Figures", "{0} · {1} outcomes · unit: {2}").format(what, n, unit_name(s.unit))


def _outcome_axis(d: ent.Distribution, label: str) -> Axis:
    n = d.n_outcomes
    ticks = None
    if n <= MAX_TICK_LABELS:
        ticks = tuple((float(i + 1), elide(name)) for i, name in enumerate(d.labels))
    return Axis(label, 0.4, n + 0.6, ticks)


def entropy_figure(s: EntropySnapshot, with_caption: bool = True) -> Figure:
    """The entropy calculator as one figure."""
    d = s.distribution
    summary = ent.summarize(d, s.unit)
    n = d.n_outcomes
    x = np.arange(1, n + 1, dtype=float)
    probs = d.probabilities
    p_plot = Plot(
        _outcome_axis(d, ""),
        Axis(translate("Figures", "p"), 0.0, float(probs.max()) * 1.08),
        (Bars(x, probs, (P_COLOR,) * n),),
        title=translate("Figures", "Probability pᵢ of each outcome"),
    )
    info = summary.surprisal
    finite = np.isfinite(info)
    top = float(info[finite].max()) if finite.any() else 1.0
    top = top if top > 0 else 1.0
    entropy_rule = Rule(summary.entropy, False, AXIS_COLOR, 1.5, True)
    unit = unit_name(s.unit)
    surprisal_plot = Plot(
        _outcome_axis(d, translate("Figures", "outcome")),
        Axis(translate("Figures", "−log p ({0})").format(unit), 0.0, top * 1.12),
        (
            Bars(x[finite], info[finite], (SURPRISAL_COLOR,) * int(finite.sum())),
            Markers(x[~finite], np.full(int((~finite).sum()), top), "t", 10, MARKER_COLOR),
            entropy_rule,
        ),
        title=translate("Figures", "Surprisal −log pᵢ; H is their p-weighted mean"),
        legend=(
            LegendEntry(
                entropy_rule,
                translate("Figures", "H = {0}").format(format_amount(summary.entropy, s.unit)),
            ),
        ),
        legend_at="above",
    )
    coin = np.linspace(0.0, 1.0, CURVE_SAMPLES)
    h_max = ent.max_entropy(2, s.unit)
    h_coin = float(ent.binary_entropy(s.coin_p, s.unit))
    binary_plot = Plot(
        Axis(translate("Figures", "p of heads"), -0.02, 1.02),
        Axis(translate("Figures", "H ({0})").format(unit), 0.0, h_max * 1.08),
        (
            Line(coin, ent.binary_entropy(coin, s.unit), CURVE_COLOR, 2.0),
            Rule(s.coin_p, True, MARKER_COLOR, 2.0),
            Markers([s.coin_p], [h_coin], "o", 9, MARKER_COLOR),
        ),
        title=translate("Figures", "Binary entropy of a coin: H({0}) = {1}").format(
            f"{s.coin_p:.3f}", format_amount(h_coin, s.unit)
        ),
    )
    figure = Figure(
        (
            Cell(p_plot, 0, 0),
            Cell(surprisal_plot, 1, 0),
            Cell(binary_plot, 2, 0),
            Cell(_numbers(s, summary), 0, 1, 3, 1),
        ),
        caption(s),
        aspect=0.72,
        design_width=1000.0,
        column_weights=(1.25, 1.0),
        row_weights=(1.0, 1.1, 1.0),
    )
    return figure if with_caption else figure.without_caption()


def _numbers(s: EntropySnapshot, summary: ent.EntropySummary) -> TextPanel:
    b = summary.fixed_length_bits
    rows = [
        (translate("Figures", "Entropy H"), format_amount(summary.entropy, s.unit)),
        (translate("Figures", "Maximum log n"), format_amount(summary.max_entropy, s.unit)),
        (translate("Figures", "Efficiency H / log n"), f"{100 * summary.efficiency:.2f} %"),
        (translate("Figures", "Perplexity"), f"{summary.perplexity:.4f}"),
        (
            translate("Figures", "Fixed-length code ⌈log₂ n⌉"),
            translate("Figures", "{0} digits (2{1} = {2} ≥ n = {3})").format(
                b, superscript(b), 2**b, summary.n_outcomes
            ),
        ),
        (
            translate("Figures", "Huffman mean length L"),
            translate("Figures", "{0} bits").format(f"{summary.huffman.mean_length:.4f}"),
        ),
    ]
    c = s.comparison
    if c is not None:
        name = translate("Figures", "Cross-entropy H(p, q)")
        if s.q_uniform:
            name = translate("Figures", "Cross-entropy H(p, q), q uniform")
        rows.append((name, format_amount(c.cross_entropy, c.unit)))
        rows.append((translate("Figures", "KL(p‖q)"), format_amount(c.kl_divergence, c.unit)))
    numbers = Table(tuple(rows), numeric=(1,))
    d = s.distribution
    order = np.argsort(-d.probabilities, kind="stable")
    bits = ent.surprisal(d.probabilities, "bits")
    code = summary.huffman
    code_rows = []
    for i in order:
        word = code.code_words[i]
        code_rows.append(
            (
                d.labels[i],
                f"{d.probabilities[i]:.4f}",
                "∞" if math.isinf(bits[i]) else f"{bits[i]:.3f}",
                "—" if word is None else word,
            )
        )
    huffman = Table(
        tuple(code_rows),
        header=(
            translate("Figures", "Outcome"),
            translate("Figures", "p"),
            translate("Figures", "−log₂ p"),
            translate("Figures", "Code word"),
        ),
        numeric=(1, 2),
        title=translate("Figures", "Huffman code: H = {0} ≤ L = {1} < H + 1 (bits)").format(
            f"{summary.entropy_bits:.4f}", f"{code.mean_length:.4f}"
        ),
    )
    blocks: list = [numbers, huffman]
    if c is not None and c.infinite_at:
        blocks.append(
            translate("Figures", "H(p, q) is infinite: q gives 0 to an outcome that p does not.")
        )
    return TextPanel(tuple(blocks), title=translate("Figures", "Entropy of p"))
