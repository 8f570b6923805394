"""The model controls: degree, L1 and L2 strengths, click noise, basis and options.

The controls show the state (synced from its signals with the controls'
own signals blocked, so syncing never echoes back as an edit) and turn user
changes into undo commands. A slider drag is one gesture: its commands
merge into one undo step, and the fit follows the slider while it moves.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QLabel, QWidget

from gui.commands import Name, SetModelCommand
from gui.slider_controls import DegreeControl, StrengthControl
from gui.state import LabState


class ModelControls(QWidget):
    """Degree, L1, L2, click noise, basis and options, bound to the state."""

    message = Signal(str)

    def __init__(self, state: LabState, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("modelControls")
        self._state = state
        self._undo = undo_stack
        self.degree = DegreeControl()
        self.l1 = StrengthControl("l1Control")
        self.l2 = StrengthControl("l2Control")
        self.noise = QDoubleSpinBox()
        self.noise.setObjectName("noiseControl")
        self.noise.setRange(0.0, 100.0)
        self.noise.setDecimals(3)
        self.noise.setSingleStep(0.05)
        self.noise.setKeyboardTracking(False)
        self.basis = QComboBox()
        self.basis.setObjectName("basisControl")
        self.basis.addItem("", "monomial")
        self.basis.addItem("", "legendre")
        self.penalize_intercept = QCheckBox()
        self.penalize_intercept.setObjectName("penalizeInterceptControl")
        self.show_true = QCheckBox()
        self.show_true.setObjectName("showTrueControl")

        self._form = QFormLayout(self)
        self._labels = [QLabel() for _ in range(5)]
        for label, widget in zip(
            self._labels, (self.degree, self.l1, self.l2, self.noise, self.basis), strict=True
        ):
            label.setBuddy(widget.spin if widget is self.degree else widget)
            self._form.addRow(label, widget)
        self._form.addRow(self.penalize_intercept)
        self._form.addRow(self.show_true)
        self.retranslate()

        self.degree.value_edited.connect(self._on_degree_edited)
        self.l1.value_edited.connect(self._on_l1_edited)
        self.l2.value_edited.connect(self._on_l2_edited)
        self.l1.rejected.connect(self.message)
        self.l2.rejected.connect(self.message)
        self.noise.valueChanged.connect(self._on_noise_changed)
        self.basis.currentIndexChanged.connect(self._on_basis_changed)
        self.penalize_intercept.toggled.connect(self._on_penalize_intercept_toggled)
        self.show_true.toggled.connect(self._on_show_true_toggled)
        state.model_changed.connect(self._sync)
        self._sync()

    def retranslate(self) -> None:
        """Set every label and tooltip in the current language."""
        texts = (
            self.tr("&Degree"),
            self.tr("L&1 strength"),
            self.tr("L&2 strength"),
            self.tr("Click &noise σ"),
            self.tr("&Basis"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.basis.setItemText(0, self.tr("Monomial  zᵏ"))
        self.basis.setItemText(1, self.tr("Legendre  Pₖ(z)"))
        self.penalize_intercept.setText(self.tr("Penalize the intercept coef₀"))
        self.show_true.setText(self.tr("Show the true function of generated data"))
        self.degree.setToolTip(
            self.tr(
                "Degree D of f(x) = Σₖ coefₖ φₖ(z), k = 0..D: D + 1 coefficients. "
                "A high degree with few points overfits."
            )
        )
        self.l1.setToolTip(
            self.tr(
                "λ₁ in the penalty λ₁ Σ |coefₖ| (lasso). Pushes coefficients to exactly "
                "zero. Leftmost = off (0); type any number >= 0 in the box."
            )
        )
        self.l2.setToolTip(
            self.tr(
                "λ₂ in the penalty λ₂ Σ coefₖ² (ridge). Shrinks all coefficients smoothly. "
                "Leftmost = off (0); type any number >= 0 in the box."
            )
        )
        self.degree.play.setToolTip(
            self.tr(
                "Play: raise the degree step by step to {0} and watch the curve (from 0 if it "
                "is already there). Press again to stop; Undo takes the whole run back."
            ).format(self.degree.slider.maximum())
        )
        for control, name in ((self.l1, self.tr("λ₁")), (self.l2, self.tr("λ₂"))):
            control.play.setToolTip(
                self.tr(
                    "Play: raise {0} step by step (a quarter decade at a time) up to 100 and "
                    "watch the curve calm down. Press again to stop; Undo takes the whole run "
                    "back."
                ).format(name)
            )
        self.noise.setToolTip(
            self.tr(
                "Standard deviation of the Gaussian noise added to y of each clicked point "
                "(0 places points exactly at the cursor)."
            )
        )
        self.basis.setToolTip(
            self.tr(
                "Basis functions of z = 2(x − lo)/(hi − lo) − 1. Both give the same least-squares "
                "curve; penalties act on the coefficients, so they differ with L1/L2."
            )
        )
        self.penalize_intercept.setToolTip(
            self.tr("Include coef₀ in the L1 and L2 sums (off: the sums start at k = 1).")
        )
        self.show_true.setToolTip(
            self.tr("Draw the noise-free function the generator samples, for comparison.")
        )

    def _sync(self) -> None:
        m = self._state.model
        self.degree.set_value(m.degree)
        self.l1.set_value(m.l1)
        self.l2.set_value(m.l2)
        for widget, value in (
            (self.noise, m.noise_sigma),
            (self.penalize_intercept, m.penalize_intercept),
            (self.show_true, m.show_true_function),
        ):
            with QSignalBlocker(widget):
                if isinstance(widget, QCheckBox):
                    widget.setChecked(value)
                else:
                    widget.setValue(value)
        with QSignalBlocker(self.basis):
            self.basis.setCurrentIndex(self.basis.findData(m.basis))

    def _push(self, name: Name, gesture: object = None, **changes: object) -> None:
        new = self._state.model_with(**changes)
        if new != self._state.model:
            self._undo.push(SetModelCommand(self._state, name, new, gesture))

    def _on_degree_edited(self, degree: int, gesture: object) -> None:
        self._push(lambda: self.tr("Change degree"), gesture, degree=degree)

    def _on_l1_edited(self, value: float, gesture: object) -> None:
        self._push(lambda: self.tr("Change L1 strength"), gesture, l1=value)

    def _on_l2_edited(self, value: float, gesture: object) -> None:
        self._push(lambda: self.tr("Change L2 strength"), gesture, l2=value)

    def _on_noise_changed(self, value: float) -> None:
        self._push(lambda: self.tr("Change click noise"), noise_sigma=value)

    def _on_basis_changed(self, _index: int) -> None:
        self._push(lambda: self.tr("Change basis"), basis=self.basis.currentData())

    def _on_penalize_intercept_toggled(self, checked: bool) -> None:
        self._push(lambda: self.tr("Penalize intercept"), penalize_intercept=checked)

    def _on_show_true_toggled(self, checked: bool) -> None:
        self._push(lambda: self.tr("Show true function"), show_true_function=checked)
