"""The entropy panel's comparison of p with a model q: cross-entropy and KL divergence.

:class:`ModelComparisonBox` reads a second distribution q, typed like p
(numbers one per outcome of p, or a text matched to p by character or
word; empty means uniform), and shows H(p, q) and KL(p‖q) with a note on
how they relate or why they are infinite. The panel gives it p; it reads
q itself. While p or q cannot be read it keeps the last comparison it
could make, greyed, with a note naming the p and q it belongs to.
:func:`compare` is that comparison as a pure function, which the exported
figure makes too.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from core import entropy as ent
from gui.entropy.common import (
    ERROR_STYLE,
    NOTE_STYLE,
    InputSource,
    ResultBox,
    describe_input_error,
    format_amount,
    format_total,
    kind_name,
    make_readout,
    shorten,
    unit_name,
)


class OutcomeCountError(ValueError):
    """Numbers for q that do not give one value per outcome of p."""

    def __init__(self, q_count: int, p_count: int) -> None:
        super().__init__(f"q has {q_count} values but p has {p_count}")
        self.q_count = q_count
        self.p_count = p_count


@dataclass(frozen=True, eq=False)
class Comparison:
    """H(p, q) and KL(p‖q) of one q, and what a note on them needs.

    ``labels`` and ``p_probs`` are p's outcomes as compared (matched with q's
    by label for text); ``q_sum`` is q's total before normalization when it
    was normalized, else None.
    """

    result: ent.Divergence
    labels: tuple[str, ...]
    p_probs: NDArray[np.float64]
    q_text: str
    q_sum: float | None


def compare(p: ent.Distribution, q_text: str, unit: str) -> Comparison:
    """Compare ``p`` with q read from ``q_text`` like p (empty: uniform over p's outcomes).

    Raises
    ------
    core.entropy.EntropyInputError
        If q cannot be read.
    OutcomeCountError
        If q's numbers are not one per outcome of p (text is matched by label).
    """
    if not q_text.strip():
        q_probs = np.full(p.n_outcomes, 1.0 / p.n_outcomes)
        return Comparison(
            ent.divergence(p.probabilities, q_probs, unit, p.labels),
            p.labels,
            p.probabilities,
            q_text,
            None,
        )
    # q is read like the p it is compared with, even while the mode menu
    # already shows another kind for an unreadable input.
    q = ent.parse_distribution(q_text, p.kind)
    if p.kind in ("characters", "words"):
        p_aligned, q_aligned = ent.align_by_label(p, q)
    elif q.n_outcomes != p.n_outcomes:
        raise OutcomeCountError(q.n_outcomes, p.n_outcomes)
    else:
        p_aligned, q_aligned = p, q
    q_sum = q.original_sum if q.kind == "probabilities" and q.normalized else None
    result = ent.divergence(
        p_aligned.probabilities, q_aligned.probabilities, unit, p_aligned.labels
    )
    return Comparison(result, p_aligned.labels, p_aligned.probabilities, q_text, q_sum)


class ModelComparisonBox(ResultBox):
    """Cross-entropy H(p, q) and KL(p‖q) of a typed model q against the panel's p.

    Parameters
    ----------
    parent : QWidget, optional
        The usual Qt parent.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("divergenceBox", parent)
        self._p: ent.Distribution | None = None
        self._p_source: InputSource | None = None
        self._p_current = False
        self._unit = "bits"
        # The comparison shown, and the input of the p it was made with.
        self._comparison: Comparison | None = None
        self._comparison_source: InputSource | None = None
        # Why q cannot be used: core's input error, or (q's count, p's count).
        self._q_problem: ent.EntropyInputError | tuple[int, int] | None = None

        self.model_edit = QPlainTextEdit()
        self.model_edit.setObjectName("entropyModelInput")
        self.model_edit.setFixedHeight(48)
        self.model_message = QLabel()
        self.model_message.setObjectName("entropyModelMessage")
        self.model_message.setStyleSheet(ERROR_STYLE)
        self.model_message.setWordWrap(True)
        self.model_message.hide()
        self.model_note = QLabel()
        self.model_note.setObjectName("entropyModelNote")
        self.model_note.setStyleSheet(NOTE_STYLE)
        self.model_note.setWordWrap(True)
        self.cross_entropy_value = make_readout("crossEntropyValue")
        self.kl_value = make_readout("klDivergenceValue")
        self._cross_name = QLabel()
        self._kl_name = QLabel()
        form = QFormLayout()
        form.addRow(self._cross_name, self.cross_entropy_value)
        form.addRow(self._kl_name, self.kl_value)
        layout = QVBoxLayout(self)
        layout.addWidget(self.model_edit)
        layout.addWidget(self.model_message)
        layout.addWidget(self.stale_note)
        layout.addLayout(form)
        layout.addWidget(self.model_note)

        self.model_edit.textChanged.connect(self._on_model_edit_changed)
        self.retranslate()

    def title_text(self) -> str:
        return self.tr("Compare with a model q")

    def set_p(self, p: ent.Distribution, source: InputSource, unit: str, current: bool) -> None:
        """Compare q with ``p`` (read from ``source``) in ``unit``.

        ``current`` is False when p is the last good input but what is typed
        now cannot be read: the comparison is made, but shown as stale.
        """
        self._p = p
        self._p_source = source
        self._unit = unit
        self._p_current = current
        self._compare()

    def set_p_current(self, current: bool) -> None:
        """Mark the p compared with as the current input or as an old one."""
        self._p_current = current
        self.show_stale_state()

    def stale_text(self) -> str | None:
        shown, source = self._comparison, self._comparison_source
        if shown is None or source is None or (self._p_current and self._q_problem is None):
            return None
        p_text = shorten(source.text)
        mode = kind_name(source.kind)
        if not shown.q_text.strip():
            return self.tr(
                "Still showing the comparison of p from “{p}” ({mode}) with the uniform q."
            ).format(p=p_text, mode=mode)
        return self.tr(
            "Still showing the comparison of p from “{p}” ({mode}) with q from “{q}”."
        ).format(p=p_text, mode=mode, q=shorten(shown.q_text))

    def apply_stale_look(self, stale: bool) -> None:
        # q stays editable: only the results are greyed.
        for widget in (self.cross_entropy_value, self.kl_value, self.model_note):
            widget.setEnabled(not stale)

    def retranslate(self) -> None:
        """Set every text of the box in the current interface language."""
        self.setToolTip(
            self.tr(
                "How well a model distribution q fits the true p: cross-entropy is the "
                "mean code length when p's outcomes are coded with a code built for q."
            )
        )
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
        self.model_message.setToolTip(self.tr("Why q cannot be used as it is."))
        self.model_note.setToolTip(self.tr("What q is and how the two results relate."))
        cross_tip = self.tr(
            "Cross-entropy H(p, q) = −Σ pᵢ log_b qᵢ: the mean code length per outcome "
            "of p when coding with a code made for q. Infinite if qᵢ = 0 where pᵢ > 0."
        )
        kl_tip = self.tr(
            "Kullback–Leibler divergence KL(p‖q) = Σ pᵢ log_b(pᵢ / qᵢ) = H(p, q) − H(p) "
            "≥ 0: the cost of using q instead of p; 0 only when q = p."
        )
        self._cross_name.setText(self.tr("Cross-entropy H(p, q)"))
        self._kl_name.setText(self.tr("KL(p‖q)"))
        for widget, tip in (
            (self._cross_name, cross_tip),
            (self.cross_entropy_value, cross_tip),
            (self._kl_name, kl_tip),
            (self.kl_value, kl_tip),
        ):
            widget.setToolTip(tip)
        self._show()

    # ------------------------------------------------------------------
    # Computation and display

    def _on_model_edit_changed(self) -> None:
        self._compare()

    def _compare(self) -> None:
        p = self._p
        if p is None or self._p_source is None:
            return
        try:
            comparison = compare(p, self.model_edit.toPlainText(), self._unit)
        except ent.EntropyInputError as exc:
            self._q_problem = exc
        except OutcomeCountError as exc:
            self._q_problem = (exc.q_count, exc.p_count)
        else:
            self._q_problem = None
            self._comparison, self._comparison_source = comparison, self._p_source
        self._show()

    def _show(self) -> None:
        problem = self._q_problem
        if problem is None:
            self.model_message.hide()
        else:
            if isinstance(problem, ent.EntropyInputError):
                message = describe_input_error(problem)
            elif problem[0] == 1:
                message = self.tr(
                    "q has only 1 value but p has {n}; give one value per outcome of p."
                ).format(n=problem[1])
            else:
                message = self.tr(
                    "q has %n values but p has {n}; give one value per outcome of p.",
                    "",
                    problem[0],
                ).format(n=problem[1])
            self.model_message.setText(message)
            self.model_message.show()
        shown = self._comparison
        if shown is not None:
            unit = shown.result.unit
            self.cross_entropy_value.setText(format_amount(shown.result.cross_entropy, unit))
            self.kl_value.setText(format_amount(shown.result.kl_divergence, unit))
            self.model_note.setText(self._note(shown))
            self.model_note.show()
        self.show_stale_state()

    def _note(self, shown: Comparison) -> str:
        result = shown.result
        parts = []
        if not shown.q_text.strip():
            n = len(shown.labels)
            if n == 1:
                parts.append(
                    self.tr(
                        "q is empty, so p is compared with the uniform distribution over "
                        "its single outcome."
                    )
                )
            else:
                parts.append(
                    self.tr(
                        "q is empty, so p is compared with the uniform distribution over "
                        "its %n outcomes.",
                        "",
                        n,
                    )
                )
        elif shown.q_sum is not None:
            parts.append(
                self.tr("q's values sum to {total}, not 1, so each was divided by {total}.").format(
                    total=format_total(shown.q_sum)
                )
            )
        if result.infinite_at:
            i = result.infinite_at[0]
            parts.append(
                self.tr(
                    "Infinite: q gives outcome “{label}” probability 0 although p gives it "
                    "{p}, so coding it with q would need infinitely many {unit}."
                ).format(
                    label=shown.labels[i],
                    p=f"{shown.p_probs[i]:.4g}",
                    unit=unit_name(result.unit),
                )
            )
            if len(result.infinite_at) > 1:
                parts.append(
                    self.tr("({count} such outcomes in all.)").format(count=len(result.infinite_at))
                )
        else:
            parts.append(
                self.tr("H(p, q) = H(p) + KL(p‖q) = {h} + {kl}.").format(
                    h=f"{result.cross_entropy - result.kl_divergence:.4f}",
                    kl=f"{result.kl_divergence:.4f}",
                )
            )
        return " ".join(parts)
