"""Live numbers of the classifier: accuracy, cross-entropy in bits, the objective's parts, notes.

Every value is read from the state's ``LogisticFit``; nothing here fits. The
one thing the live fit leaves open, whether the training points are
separable at this degree when a penalty is on, is decided off the GUI
thread (``PlaneDesign.separation``, through
:class:`gui.background_results.BackgroundResults`) and shown as a note when
it arrives. A link compares the cross-entropy with the entropy of the labels
alone, in the entropy calculator.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from core.classifier import LogisticFit, PlaneDesign
from core.validation import Checkpoint
from gui.background_results import BackgroundResults, Keys
from gui.labels import number_rows, set_text_color
from gui.plane_state import PlaneState
from gui.readouts import format_number


def separation_job(
    request: tuple[PlaneDesign, int, np.ndarray], checkpoint: Checkpoint | None = None
) -> dict:
    """The worker's job: whether the training points are separable at the degree."""
    design, degree, hint = request
    if checkpoint is not None:
        checkpoint()
    return {"separation": design.separation(degree, hint=hint).separable}


def label_entropy_bits(labels: np.ndarray) -> float:
    """Entropy in bits of the class balance of ``labels`` (0 log 0 = 0)."""
    n = labels.size
    if n == 0:
        return math.nan
    share = np.bincount(labels, minlength=2) / n
    share = share[share > 0]
    return float(-(share * np.log2(share)).sum())


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f} %"


class PlaneReadouts(QWidget):
    """Accuracy, cross-entropy, empirical risk + penalties = structural risk, zeros, notes.

    Signals
    -------
    entropy_requested(str)
        The user asked to see the training labels' class counts ("n0 n1")
        in the entropy calculator.
    """

    ROWS = (
        "train_accuracy",
        "test_accuracy",
        "train_bits",
        "test_bits",
        "data_term",
        "l1_term",
        "l2_term",
        "objective",
        "n_zero",
        "max_coef",
    )
    entropy_requested = Signal(str)

    def __init__(self, state: PlaneState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planeReadouts")
        self._state = state
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        self.names, self.values, row = number_rows(
            grid,
            self.ROWS,
            "planeReadout_",
            rule_before=("data_term", "objective"),
            bold=("objective",),
        )
        self.entropy_link = QLabel()
        self.entropy_link.setObjectName("planeEntropyLink")
        self.entropy_link.setWordWrap(True)
        self.entropy_link.setTextFormat(Qt.TextFormat.RichText)
        self.entropy_link.linkActivated.connect(self._on_entropy_link_activated)
        grid.addWidget(self.entropy_link, row, 0, 1, 2)
        row += 1
        self.note = QLabel()
        self.note.setObjectName("planeFitNote")
        self.note.setWordWrap(True)
        set_text_color(self.note, "#8a5300")
        grid.addWidget(self.note, row, 0, 1, 2)
        grid.setRowStretch(row + 1, 1)

        self.results = BackgroundResults(
            state, self._keys, self._start, ("separation",), self.isVisible, self
        )
        self.results.delivered.connect(self._on_results_delivered)
        self.retranslate()
        state.fit_changed.connect(self._on_state_fit_changed)

    # ------------------------------------------------------------------ public
    def retranslate(self) -> None:
        """Set names and tooltips (with each number's formula) in the current language."""
        texts = {
            "train_accuracy": (
                self.tr("Train accuracy"),
                self.tr(
                    "Share of training points on their own side of the boundary "
                    "(class 1 predicted where f > 0, that is p > ½)."
                ),
            ),
            "test_accuracy": (
                self.tr("Test accuracy"),
                self.tr(
                    "The same over the held-out test points (Shift+click to add some). Falling "
                    "while train accuracy rises: overfitting."
                ),
            ),
            "train_bits": (
                self.tr("Train cross-entropy"),
                self.tr(
                    "−(1/N) Σ [tᵢ log₂ pᵢ + (1 − tᵢ) log₂ (1 − pᵢ)]: the mean surprise of the "
                    "true class under the model, in bits per point. 0 is a sure, right answer; "
                    "1 bit is a coin toss."
                ),
            ),
            "test_bits": (
                self.tr("Test cross-entropy"),
                self.tr("The same over the held-out test points: how well p is calibrated there."),
            ),
            "data_term": (
                self.tr("Empirical risk (data term)"),
                self.tr(
                    "(1/N) Σ [log(1 + eᶠⁱ) − tᵢ fᵢ]: the training cross-entropy in nats "
                    "(bits × ln 2), the loss the fit minimizes."
                ),
            ),
            "l1_term": (
                self.tr("+ L1 penalty"),
                self.tr("λ₁ Σ |wₖ| over every weight but the intercept w₀."),
            ),
            "l2_term": (
                self.tr("+ L2 penalty"),
                self.tr("λ₂ Σ wₖ² over every weight but the intercept w₀."),
            ),
            "objective": (
                self.tr("= Structural risk"),
                self.tr(
                    "L(w) = empirical risk + L1 penalty + L2 penalty: the quantity the fit "
                    "minimizes exactly (certified by its optimality conditions)."
                ),
            ),
            "n_zero": (
                self.tr("Exactly zero weights"),
                self.tr("How many wₖ are exactly 0: L1 switches those monomials off."),
            ),
            "max_coef": (
                self.tr("Largest |w|"),
                self.tr(
                    "maxₖ |wₖ|: large weights make p jump from 0 to 1 across the boundary and "
                    "let it bend around single points."
                ),
            ),
        }
        for key, (name, tip) in texts.items():
            self.names[key].setText(name)
            self.names[key].setToolTip(tip)
            self.values[key].setToolTip(tip)
        self.entropy_link.setToolTip(
            self.tr(
                "A model that ignores the position and only knows how often each class occurs "
                "does no better than this entropy; a useful classifier has a lower "
                "cross-entropy."
            )
        )
        self._update()

    def wait_until_idle(self, timeout_ms: int = 10_000) -> bool:
        """Process events until the separability note is up to date (for tests)."""
        return self.results.wait_until_idle(timeout_ms)

    @property
    def separable(self) -> bool | None:
        """Whether the training points are separable at the current degree, once known."""
        fit = self._state.fit
        if fit is None:
            return None
        if fit.separable is not None:
            return fit.separable
        return self.results.value("separation")

    # ------------------------------------------------------------------- slots
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.results.catch_up()

    def _on_state_fit_changed(self) -> None:
        self.results.invalidate()
        self._update()

    def _on_results_delivered(self, _parts: dict) -> None:
        self._update_note()

    def _on_entropy_link_activated(self, _link: str) -> None:
        p = self._state.points
        counts = np.bincount(p.label[~p.is_test], minlength=2)
        self.entropy_requested.emit(f"{counts[0]} {counts[1]}")

    # -------------------------------------------------------------- background
    def _keys(self) -> Keys:
        s, fit = self._state, self._state.fit
        if fit is None or fit.separable is not None or s.design is None:
            return {"separation": None}
        return {"separation": (s.points, s.box, fit.basis, fit.degree)}

    def _start(self, _wanted: frozenset[str], _keys: Keys) -> tuple | None:
        s, fit = self._state, self._state.fit
        if fit is None or s.design is None:
            return None
        return separation_job, (s.design, fit.degree, np.array(fit.coef))

    # ----------------------------------------------------------------- texts
    def _update(self) -> None:
        fit = self._state.fit
        v = self.values
        if fit is None:
            for value in v.values():
                value.setText("—")
            self.entropy_link.setText("")
            self.note.setText(
                self.tr("No training points yet: click on the plane to add some, or generate data.")
            )
            return
        v["train_accuracy"].setText(_percent(fit.train_accuracy))
        v["test_accuracy"].setText(_percent(fit.test_accuracy))
        bits = self.tr("{0} bits")
        v["train_bits"].setText(bits.format(format_number(fit.train_cross_entropy_bits)))
        test_bits = fit.test_cross_entropy_bits
        v["test_bits"].setText("—" if test_bits is None else bits.format(format_number(test_bits)))
        v["data_term"].setText(format_number(fit.data_term))
        v["l1_term"].setText(format_number(fit.l1_term))
        v["l2_term"].setText(format_number(fit.l2_term))
        v["objective"].setText(format_number(fit.objective))
        v["n_zero"].setText(self.tr("{0} of {1}").format(fit.n_zero, fit.coef.size))
        v["max_coef"].setText(format_number(fit.max_abs_coef))
        p = self._state.points
        entropy = label_entropy_bits(p.label[~p.is_test])
        self.entropy_link.setText(
            self.tr(
                "The labels alone: H = {0} bits per point. "
                "<a href='entropy'>Open in the entropy calculator</a>"
            ).format(f"{entropy:.3f}")
        )
        self._update_note()

    def _update_note(self) -> None:
        fit = self._state.fit
        if fit is None:
            return
        self.note.setText("\n".join(self._notes(fit)))

    def _notes(self, fit: LogisticFit) -> list[str]:
        notes = []
        if fit.status == "separable":
            notes.append(
                self.tr(
                    "Separable: without a penalty the weights grow without bound (no "
                    "minimizer exists at degree {0}). Shown is the fit with a tiny ridge "
                    "penalty {1} on every weight, whose boundary is close to the separating "
                    "curve with the widest margin. Turn on L2 or L1 for a true minimizer."
                ).format(fit.degree, f"{fit.fallback_l2:g}")
            )
        elif fit.status == "one class":
            notes.append(
                self.tr(
                    "One class only: every training point has the same label, so the intercept "
                    "grows without bound. Shown is the fit with a tiny ridge penalty {0} on "
                    "every weight. Add points of the other class."
                ).format(f"{fit.fallback_l2:g}")
            )
        elif fit.status == "iteration_limit":
            notes.append(
                self.tr(
                    "Solver: reached its limit of {0} Newton steps before the optimality test "
                    "passed; the fit shown may lie slightly above the minimum."
                ).format(fit.n_iter)
            )
        elif fit.status == "no_progress":
            notes.append(
                self.tr(
                    "Solver: stopped after {0} steps because rounding kept its steps from "
                    "lowering the structural risk, before the optimality test passed."
                ).format(fit.n_iter)
            )
        elif self.separable and fit.l1 + fit.l2 > 0:
            notes.append(
                self.tr(
                    "The training points are separable at degree {0}: without the penalty the "
                    "weights would grow without bound. With it the minimizer exists and is "
                    "shown."
                ).format(fit.degree)
            )
        if fit.n_test == 0:
            notes.append(self.tr("No test points: Shift+click to add held-out points."))
        return notes
