"""Model and generator controls; each change is pushed as an undo command.

The controls show the state (synced from its signals with the controls'
own signals blocked, so syncing never echoes back as an edit) and turn user
changes into commands. A slider drag is one gesture: its commands merge
into one undo step, and the fit follows the slider while it moves.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.datasets import MAX_GENERATED, PRESETS, generate
from core.polyfit import MAX_DEGREE, Domain
from core.settings import GeneratorSettings
from gui.commands import ReplacePointsCommand, SetGeneratorCommand, SetModelCommand
from gui.state import LabState

LOG_MIN = -10.0
LOG_MAX = 2.0
SLIDER_STEPS = 600


def slider_to_strength(position: int) -> float:
    """Slider position 0 is "off" (exactly 0); 1..SLIDER_STEPS span 1e-10..1e2 on a log scale."""
    if position <= 0:
        return 0.0
    fraction = (min(position, SLIDER_STEPS) - 1) / (SLIDER_STEPS - 1)
    return 10.0 ** (LOG_MIN + (LOG_MAX - LOG_MIN) * fraction)


def strength_to_slider(value: float) -> int:
    """The slider position nearest to a strength (0 for 0; clamped at both ends)."""
    if value <= 0:
        return 0
    fraction = (math.log10(value) - LOG_MIN) / (LOG_MAX - LOG_MIN)
    return round(1 + min(max(fraction, 0.0), 1.0) * (SLIDER_STEPS - 1))


def format_strength(value: float) -> str:
    """Text for a strength field: "0" when off, else 4 significant digits."""
    return "0" if value == 0 else f"{value:.4g}"


class _Gesture:
    """Identity token shared by the commands of one slider drag."""


class StrengthControl(QWidget):
    """A log-scale slider with an exact "off" end and an editable number."""

    value_edited = Signal(float, object)
    rejected = Signal(str)

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, SLIDER_STEPS)
        self.slider.setPageStep(SLIDER_STEPS // 12)
        self.field = QLineEdit("0")
        self.field.setMaximumWidth(90)
        self.field.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.field)
        self._value = 0.0
        self._gesture: _Gesture | None = None
        self.slider.sliderPressed.connect(self._on_slider_pressed)
        self.slider.sliderReleased.connect(self._on_slider_released)
        self.slider.valueChanged.connect(self._on_slider_value_changed)
        self.field.editingFinished.connect(self._on_field_editing_finished)

    def value(self) -> float:
        """The strength shown."""
        return self._value

    def set_value(self, value: float) -> None:
        """Show a strength without emitting an edit."""
        self._value = value
        with QSignalBlocker(self.slider):
            self.slider.setValue(strength_to_slider(value))
        self.field.setText(format_strength(value))
        self.field.setStyleSheet("")

    def _on_slider_pressed(self) -> None:
        self._gesture = _Gesture()

    def _on_slider_released(self) -> None:
        self._gesture = None

    def _on_slider_value_changed(self, position: int) -> None:
        self._value = slider_to_strength(position)
        self.field.setText(format_strength(self._value))
        self.value_edited.emit(self._value, self._gesture)

    def _on_field_editing_finished(self) -> None:
        text = self.field.text().strip().lower()
        try:
            # "off" (or its translation) is the slider's left end, exactly 0.
            value = 0.0 if text in ("off", "", self.tr("off").lower()) else float(text)
        except ValueError:
            value = math.nan
        if not math.isfinite(value) or value < 0:
            self.field.setStyleSheet("background: #ffd6d6;")
            self.rejected.emit(
                self.tr("'{0}' is not a strength: type a number >= 0 (0 turns it off).").format(
                    self.field.text()
                )
            )
            return
        self.field.setStyleSheet("")
        if value != self._value:
            self.set_value(value)
            self.value_edited.emit(value, None)


class DegreeControl(QWidget):
    """Degree 0..MAX_DEGREE as a spin box and a slider (objectName ``degreeControl``)."""

    value_edited = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("degreeControl")
        self.spin = QSpinBox()
        self.spin.setRange(0, MAX_DEGREE)
        self.spin.setKeyboardTracking(False)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, MAX_DEGREE)
        self.slider.setPageStep(3)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(5)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.spin)
        self._gesture: _Gesture | None = None
        self.slider.sliderPressed.connect(self._on_slider_pressed)
        self.slider.sliderReleased.connect(self._on_slider_released)
        self.slider.valueChanged.connect(self._on_value_changed)
        self.spin.valueChanged.connect(self._on_value_changed)

    def set_value(self, degree: int) -> None:
        """Show a degree without emitting an edit."""
        with QSignalBlocker(self.slider), QSignalBlocker(self.spin):
            self.slider.setValue(degree)
            self.spin.setValue(degree)

    def _on_slider_pressed(self) -> None:
        self._gesture = _Gesture()

    def _on_slider_released(self) -> None:
        self._gesture = None

    def _on_value_changed(self, degree: int) -> None:
        self.set_value(degree)
        self.value_edited.emit(degree, self._gesture)


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

    def _push(self, text: str, gesture: object = None, **changes: object) -> None:
        new = self._state.model_with(**changes)
        if new != self._state.model:
            self._undo.push(SetModelCommand(self._state, text, new, gesture))

    def _on_degree_edited(self, degree: int, gesture: object) -> None:
        self._push(self.tr("Change degree"), gesture, degree=degree)

    def _on_l1_edited(self, value: float, gesture: object) -> None:
        self._push(self.tr("Change L1 strength"), gesture, l1=value)

    def _on_l2_edited(self, value: float, gesture: object) -> None:
        self._push(self.tr("Change L2 strength"), gesture, l2=value)

    def _on_noise_changed(self, value: float) -> None:
        self._push(self.tr("Change click noise"), noise_sigma=value)

    def _on_basis_changed(self, _index: int) -> None:
        self._push(self.tr("Change basis"), basis=self.basis.currentData())

    def _on_penalize_intercept_toggled(self, checked: bool) -> None:
        self._push(self.tr("Penalize intercept"), penalize_intercept=checked)

    def _on_show_true_toggled(self, checked: bool) -> None:
        self._push(self.tr("Show true function"), show_true_function=checked)


class GeneratorControls(QWidget):
    """Preset, sizes, noise and seed of generated data, and the Generate button."""

    def __init__(self, state: LabState, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("generatorControls")
        self._state = state
        self._undo = undo_stack
        self.preset = QComboBox()
        for key in PRESETS:
            self.preset.addItem("", key)
        self.n_train = QSpinBox()
        self.n_test = QSpinBox()
        for spin in (self.n_train, self.n_test):
            spin.setRange(0, MAX_GENERATED)
            spin.setKeyboardTracking(False)
            spin.setGroupSeparatorShown(True)
        self.noise = QDoubleSpinBox()
        self.noise.setRange(0.0, 100.0)
        self.noise.setDecimals(3)
        self.noise.setSingleStep(0.05)
        self.noise.setKeyboardTracking(False)
        self.seed = QSpinBox()
        self.seed.setRange(0, 2_000_000_000)
        self.seed.setKeyboardTracking(False)
        self.generate_button = QPushButton()
        self.generate_button.setObjectName("generateButton")

        layout = QVBoxLayout(self)
        form = QFormLayout()
        self._labels = [QLabel() for _ in range(5)]
        widgets = (self.preset, self.n_train, self.n_test, self.noise, self.seed)
        for label, widget in zip(self._labels, widgets, strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form)
        layout.addWidget(self.generate_button)
        layout.addStretch(1)
        self.retranslate()

        self.preset.currentIndexChanged.connect(self._on_field_changed)
        for spin in (self.n_train, self.n_test, self.noise, self.seed):
            spin.valueChanged.connect(self._on_field_changed)
        self.generate_button.clicked.connect(self.generate)
        state.generator_changed.connect(self._sync)
        self._sync()

    def retranslate(self) -> None:
        """Set every label and tooltip in the current language."""
        names = {
            "sin": self.tr("Textbook: sin 2πx"),
            "cubic": self.tr("Cubic"),
            "step": self.tr("Step"),
            "runge": self.tr("Runge's function"),
            "line": self.tr("Straight line"),
        }
        for i in range(self.preset.count()):
            key = self.preset.itemData(i)
            self.preset.setItemText(i, names[key])
            self.preset.setItemData(i, PRESETS[key].formula, Qt.ItemDataRole.ToolTipRole)
        for label, text in zip(
            self._labels,
            (
                self.tr("&Function"),
                self.tr("&Training points"),
                self.tr("T&est points"),
                self.tr("Noise &σ"),
                self.tr("See&d"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.generate_button.setText(self.tr("&Generate"))
        self.generate_button.setToolTip(
            self.tr("Replace all points by a fresh sample: y = f(x) + Gaussian noise (Ctrl+G).")
        )
        self.n_test.setToolTip(
            self.tr("Held-out points: never used for fitting, only to measure test error.")
        )
        self.seed.setToolTip(self.tr("The same seed always gives the same points."))
        self.noise.setToolTip(self.tr("Standard deviation of the Gaussian noise on y."))

    def settings(self) -> GeneratorSettings:
        """The settings the fields show."""
        return GeneratorSettings(
            preset=self.preset.currentData(),
            n_train=self.n_train.value(),
            n_test=self.n_test.value(),
            noise=self.noise.value(),
            seed=self.seed.value(),
        )

    def generate(self) -> None:
        """Replace the points by a generated sample (one undo step)."""
        g = self.settings()
        table = generate(g.preset, g.n_train, g.n_test, g.noise, g.seed)
        self._undo.push(
            ReplacePointsCommand(self._state, self.tr("Generate data"), table, Domain(0.0, 1.0), g)
        )

    def _sync(self) -> None:
        g = self._state.generator
        widgets = (self.preset, self.n_train, self.n_test, self.noise, self.seed)
        for widget in widgets:
            widget.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData(g.preset))
        self.n_train.setValue(g.n_train)
        self.n_test.setValue(g.n_test)
        self.noise.setValue(g.noise)
        self.seed.setValue(g.seed)
        for widget in widgets:
            widget.blockSignals(False)

    def _on_field_changed(self, *_args: object) -> None:
        settings = self.settings()
        if settings != self._state.generator:
            self._undo.push(SetGeneratorCommand(self._state, settings))
