"""The classification lab's model controls: the class of clicks, degree, L1, L2 and basis.

Synced from the state's signals with the controls' own signals blocked, so
syncing never echoes back as an edit; user changes become undo commands
(``gui.plane_commands``), and a slider drag is one of them from its first
step, the fit following the slider while it moves. The class a click adds
is chosen here (or with keys 1 and 2) and is not an edit: nothing to undo.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QWidget,
)

from core.plane_features import MAX_PLANE_DEGREE
from gui.commands import Name
from gui.labels import set_text_color
from gui.plane_commands import SetClassifierCommand
from gui.plane_plot import CLASS_COLORS
from gui.plane_state import PlaneState
from gui.slider_controls import DegreeControl, StrengthControl


def class_icon(label: int, size: int = 12) -> QIcon:
    """A square of class ``label``'s colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(CLASS_COLORS[label]))
    return QIcon(pixmap)


#: The class that clicks add must be plain at a glance (and on a projector):
#: its button bold and framed, the other one light.
CLASS_BUTTON_STYLE = (
    "QToolButton { padding: 2px 6px; border: 1px solid #c8c8c8; border-radius: 3px; }"
    "QToolButton:checked { font-weight: bold; border: 2px solid #202020;"
    " background: #e6e6e6; }"
)


class PlaneModelControls(QWidget):
    """Click class, degree 0..10, L1, L2 and basis, bound to the plane state."""

    message = Signal(str)

    def __init__(self, state: PlaneState, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("planeModelControls")
        self._state = state
        self._undo = undo_stack
        self.class_buttons = QButtonGroup(self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for label in (0, 1):
            button = QToolButton()
            button.setObjectName(f"clickClass{label}")
            button.setCheckable(True)
            button.setIcon(class_icon(label))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setStyleSheet(CLASS_BUTTON_STYLE)
            self.class_buttons.addButton(button, label)
            row.addWidget(button)
        row.addStretch(1)
        self.class_row = QWidget()
        self.class_row.setObjectName("clickClassControl")
        self.class_row.setLayout(row)
        self.degree = DegreeControl(MAX_PLANE_DEGREE, "planeDegreeControl")
        self.l1 = StrengthControl("planeL1Control")
        self.l2 = StrengthControl("planeL2Control")
        self.basis = QComboBox()
        self.basis.setObjectName("planeBasisControl")
        self.basis.addItem("", "monomial")
        self.basis.addItem("", "legendre")

        form = QFormLayout(self)
        self._class_label = QLabel()
        form.addRow(self._class_label, self.class_row)
        self._labels = [QLabel() for _ in range(4)]
        for label, widget in zip(
            self._labels, (self.degree, self.l1, self.l2, self.basis), strict=True
        ):
            label.setBuddy(widget.spin if widget is self.degree else widget)
            form.addRow(label, widget)
        self.formula = QLabel()
        self.formula.setObjectName("planeFormula")
        self.formula.setWordWrap(True)
        set_text_color(self.formula, "#555555")
        form.addRow(self.formula)
        self.retranslate()

        self.class_buttons.idClicked.connect(state.set_click_label)
        self.degree.value_edited.connect(self._on_degree_edited)
        self.l1.value_edited.connect(self._on_l1_edited)
        self.l2.value_edited.connect(self._on_l2_edited)
        self.l1.rejected.connect(self.message)
        self.l2.rejected.connect(self.message)
        self.basis.currentIndexChanged.connect(self._on_basis_changed)
        state.model_changed.connect(self._sync)
        state.click_label_changed.connect(self._sync_click_label)
        self._sync()
        self._sync_click_label(state.click_label)

    def retranslate(self) -> None:
        """Set every label and tooltip in the current language."""
        self._class_label.setText(self.tr("Clicks add"))
        for label in (0, 1):
            button = self.class_buttons.button(label)
            button.setText(self.tr("Class {0}").format(label))
            button.setToolTip(
                self.tr(
                    "A click on the plane adds a point of class {0} (key {1}); Shift+click adds "
                    "a held-out test point of that class."
                ).format(label, label + 1)
            )
        self.class_row.setToolTip(self.class_buttons.button(0).toolTip())
        texts = (
            self.tr("&Degree"),
            self.tr("L&1 strength"),
            self.tr("L&2 strength"),
            self.tr("&Basis"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.basis.setItemText(0, self.tr("Monomial  z₁ⁱ z₂ʲ"))
        self.basis.setItemText(1, self.tr("Legendre  Pᵢ(z₁) Pⱼ(z₂)"))
        self.degree.setToolTip(
            self.tr(
                "Degree D: the features are every monomial z₁ⁱ z₂ʲ with i + j ≤ D, "
                "(D + 1)(D + 2)/2 of them (66 at D = 10). The classifier is linear in them; "
                "in the plane its boundary is a curve of degree D."
            )
        )
        self.l1.setToolTip(
            self.tr(
                "λ₁ in the penalty λ₁ Σₖ₌₁ |wₖ| (the intercept w₀ is free). Sets weights to "
                "exactly zero: the boundary uses fewer monomials. Leftmost = off (0)."
            )
        )
        self.l2.setToolTip(
            self.tr(
                "λ₂ in the penalty λ₂ Σₖ₌₁ wₖ² (the intercept w₀ is free). Shrinks every weight: "
                "the boundary calms down. Leftmost = off (0)."
            )
        )
        self.basis.setToolTip(
            self.tr(
                "Products of powers (monomials) or of Legendre polynomials of z₁ and z₂, the "
                "box mapped onto [−1, 1]². Without a penalty both give the same boundary; "
                "penalties act on the weights, so they differ with L1/L2."
            )
        )
        self.formula.setText(
            self.tr(
                "p = σ(f),  f = Σₖ wₖ φₖ(z₁, z₂)\n"
                "L(w) = (1/N) Σᵢ [log(1 + eᶠⁱ) − tᵢ fᵢ] + λ₁ Σ|wₖ| + λ₂ Σwₖ²"
            )
        )
        self.formula.setToolTip(
            self.tr(
                "The objective minimized exactly: the mean cross-entropy (in nats) of the "
                "training labels tᵢ ∈ {0, 1} plus the penalties, which skip the intercept w₀."
            )
        )

    def _sync(self) -> None:
        m = self._state.model
        self.degree.set_value(m.degree)
        self.l1.set_value(m.l1)
        self.l2.set_value(m.l2)
        with QSignalBlocker(self.basis):
            self.basis.setCurrentIndex(self.basis.findData(m.basis))

    def _sync_click_label(self, label: int) -> None:
        button = self.class_buttons.button(label)
        if not button.isChecked():
            button.setChecked(True)

    def _push(self, name: Name, gesture: object = None, **changes: object) -> None:
        new = self._state.model_with(**changes)
        if new != self._state.model:
            self._undo.push(SetClassifierCommand(self._state, name, new, gesture))

    def _on_degree_edited(self, degree: int, gesture: object) -> None:
        self._push(lambda: self.tr("Classification: change degree"), gesture, degree=degree)

    def _on_l1_edited(self, value: float, gesture: object) -> None:
        self._push(lambda: self.tr("Classification: change L1 strength"), gesture, l1=value)

    def _on_l2_edited(self, value: float, gesture: object) -> None:
        self._push(lambda: self.tr("Classification: change L2 strength"), gesture, l2=value)

    def _on_basis_changed(self, _index: int) -> None:
        self._push(lambda: self.tr("Classification: change basis"), basis=self.basis.currentData())
