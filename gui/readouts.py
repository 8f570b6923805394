"""Live numbers of the current fit: errors, the objective split into its parts, and notes.

Every value is read from the state's FitResult; nothing here computes a fit.
"""

from __future__ import annotations

import math
import sys

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from core.polyfit import ILL_CONDITIONED, FitResult
from gui.labels import number_rows
from gui.state import LabState

# Above 1 / eps double precision cannot resolve the features' last direction.
HOPELESS_CONDITION = 1.0 / sys.float_info.epsilon


def format_number(value: float | None) -> str:
    """Four significant digits, "—" when there is no value."""
    if value is None or not math.isfinite(value):
        return "—"
    return f"{value:.4g}"


class Readouts(QWidget):
    """Train/test RMSE, empirical risk + penalty = structural risk, zeros, notes."""

    ROWS = (
        "train_rmse",
        "test_rmse",
        "data_term",
        "l1_term",
        "l2_term",
        "objective",
        "n_zero",
        "max_coef",
        "max_slope",
    )

    def __init__(self, state: LabState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readouts")
        self._state = state
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        self.names, self.values, row = number_rows(
            grid, self.ROWS, "readout_", rule_before=("objective",), bold=("objective",)
        )
        self.note = QLabel()
        self.note.setObjectName("fitNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8a5300;")
        grid.addWidget(self.note, row, 0, 1, 2)
        grid.setRowStretch(row + 1, 1)
        self.retranslate()
        state.fit_changed.connect(self._update)
        self._update()

    def retranslate(self) -> None:
        """Set names and tooltips (with each number's formula) in the current language."""
        texts = {
            "train_rmse": (
                self.tr("Train RMSE"),
                self.tr("√((1/N) Σ (yᵢ − f(xᵢ))²) over the N training points."),
            ),
            "test_rmse": (
                self.tr("Test RMSE"),
                self.tr(
                    "The same over the held-out test points (Shift+click to add some). "
                    "Rising while train RMSE falls: overfitting."
                ),
            ),
            "data_term": (
                self.tr("Empirical risk (data term)"),
                self.tr("(1/N) Σ (yᵢ − f(xᵢ))²: the mean squared error on the training points."),
            ),
            "l1_term": (
                self.tr("+ L1 penalty"),
                self.tr("λ₁ Σ |coefₖ|, k = 1..D (from k = 0 if the intercept is penalized)."),
            ),
            "l2_term": (
                self.tr("+ L2 penalty"),
                self.tr("λ₂ Σ coefₖ², k = 1..D (from k = 0 if the intercept is penalized)."),
            ),
            "objective": (
                self.tr("= Structural risk"),
                self.tr(
                    "L(coef) = empirical risk + L1 penalty + L2 penalty: the quantity the fit "
                    "minimizes exactly."
                ),
            ),
            "n_zero": (
                self.tr("Exactly zero coefficients"),
                self.tr("How many coefₖ are exactly 0 (L1 switches features off)."),
            ),
            "max_coef": (
                self.tr("Largest |coef|"),
                self.tr("maxₖ |coefₖ|: large coefficients make the curve swing."),
            ),
            "max_slope": (
                self.tr("Steepest slope max |f′(x)|"),
                self.tr(
                    "The largest |f′(x)| over the domain. An overfit curve needs steep swings "
                    "to pass through noisy neighbours."
                ),
            ),
        }
        for key, (name, tip) in texts.items():
            self.names[key].setText(name)
            self.names[key].setToolTip(tip)
            self.values[key].setToolTip(tip)
        self._update()

    def _update(self) -> None:
        fit = self._state.fit
        if fit is None:
            for value in self.values.values():
                value.setText("—")
            self.note.setText(
                self.tr("No training points yet: click on the plot to add some, or generate data.")
            )
            return
        v = self.values
        v["train_rmse"].setText(format_number(math.sqrt(fit.train_mse)))
        v["test_rmse"].setText(
            "—" if fit.test_mse is None else format_number(math.sqrt(fit.test_mse))
        )
        v["data_term"].setText(format_number(fit.data_term))
        v["l1_term"].setText(format_number(fit.l1_term))
        v["l2_term"].setText(format_number(fit.l2_term))
        v["objective"].setText(format_number(fit.objective))
        v["n_zero"].setText(self.tr("{0} of {1}").format(fit.n_zero, fit.degree + 1))
        v["max_coef"].setText(format_number(fit.max_abs_coef))
        v["max_slope"].setText(format_number(fit.max_abs_slope()))
        self.note.setText(self._note(fit))

    def _note(self, fit: FitResult) -> str:
        notes = []
        if not fit.is_unique:
            notes.append(
                self.tr(
                    "Not unique: {0} coefficients but the points pin down only {1} of them. "
                    "Infinitely many curves fit equally well; this is the one with the smallest "
                    "coefficients. Add points, lower the degree or add an L2 penalty."
                ).format(fit.degree + 1, fit.rank)
            )
        elif fit.rank < fit.degree + 1:
            pass  # rank deficient features made unique by the L2 penalty: well posed
        elif fit.condition > HOPELESS_CONDITION:
            notes.append(
                self.tr(
                    "Ill-conditioned beyond double precision (condition number {0}): the fit is "
                    "unique in exact arithmetic, but some points are so close together that "
                    "rounding hides part of what they determine. Lower the degree, use the "
                    "Legendre basis or add a small penalty."
                ).format(_format_condition(fit.condition))
            )
        elif fit.condition > ILL_CONDITIONED:
            notes.append(
                self.tr(
                    "Ill-conditioned (condition number {0}): the fit is unique, but the features "
                    "are nearly dependent, so tiny changes in the data move the coefficients a "
                    "lot. The Legendre basis or a small penalty helps."
                ).format(_format_condition(fit.condition))
            )
        if fit.solver_status == "no_progress":
            notes.append(
                self.tr(
                    "Solver: stopped after {0} steps because rounding kept its steps from "
                    "lowering the structural risk, before the optimality test passed. The fit "
                    "shown is the best point found and may lie slightly above the minimum."
                ).format(fit.n_iter)
            )
        elif fit.solver_status == "iteration_limit":
            notes.append(
                self.tr(
                    "Solver: reached its limit of {0} steps before the optimality test passed. "
                    "The fit shown is the best point found and may lie slightly above the minimum."
                ).format(fit.n_iter)
            )
        if fit.test_mse is None:
            notes.append(self.tr("No test points: Shift+click to add held-out points."))
        return "\n".join(notes)


def _format_condition(value: float) -> str:
    return "∞" if math.isinf(value) else f"{value:.1e}"
