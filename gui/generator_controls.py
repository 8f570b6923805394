"""The labs' data generators: pattern, sizes, noise, seed and Generate.

:class:`GeneratorForm` is what both labs' generators share: the fields, one
undo step per field change, and Generate, which replaces the points by a
fresh sample (one undo step) from the lab's own generator settings. The
curve lab's (:class:`GeneratorControls`) samples a preset function and resets
the domain to [0, 1]; the classification lab's
(:class:`gui.plane_generator.PlaneGeneratorControls`) samples two classes in
the box of ``core.plane_datasets.generated_box``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core import limits
from core.datasets import MAX_GENERATED, PRESETS, generate
from core.polyfit import Domain
from core.settings import MAX_SEED, GeneratorSettings
from gui.commands import ReplacePointsCommand, SetGeneratorCommand
from gui.labels import narrow_combo
from gui.plane_state import PlaneState
from gui.state import LabState


class GeneratorForm(QWidget):
    """Pattern, sizes, noise and seed of generated data, and the Generate button.

    A lab's subclass names the fields (``retranslate``), says which settings
    the fields make (``SETTINGS``) and which undo commands set them and
    replace the points by a sample (``_set_command``, ``_sample_command``).
    ``other_points()`` counts the other lab's points: both labs together hold
    at most ``core.limits.MAX_POINTS``, so a sample that would go beyond is
    refused with a ``message``.
    """

    message = Signal(str)
    SETTINGS: type = GeneratorSettings

    def __init__(
        self,
        state: LabState | PlaneState,
        undo_stack: QUndoStack,
        presets: Iterable[str],
        max_generated: int,
        noise_max: float,
        noise_step: float,
        other_points: Callable[[], int] = lambda: 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._other_points = other_points
        self._state = state
        self._undo = undo_stack
        self.preset = QComboBox()
        narrow_combo(self.preset)
        for key in presets:
            self.preset.addItem("", key)
        self.n_train = QSpinBox()
        self.n_test = QSpinBox()
        for spin in (self.n_train, self.n_test):
            spin.setRange(0, max_generated)
            spin.setKeyboardTracking(False)
            spin.setGroupSeparatorShown(True)
        self.noise = QDoubleSpinBox()
        self.noise.setRange(0.0, noise_max)
        self.noise.setDecimals(3)
        self.noise.setSingleStep(noise_step)
        self.noise.setKeyboardTracking(False)
        self.seed = QSpinBox()
        self.seed.setRange(0, MAX_SEED)
        self.seed.setKeyboardTracking(False)
        self.generate_button = QPushButton()

        layout = QVBoxLayout(self)
        form = QFormLayout()
        self._labels = [QLabel() for _ in range(5)]
        for label, widget in zip(self._labels, self._fields(), strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form)
        layout.addWidget(self.generate_button)
        layout.addStretch(1)
        self.retranslate()

        self.preset.currentIndexChanged.connect(self._on_field_changed)
        for spin in self._spins():
            spin.valueChanged.connect(self._on_field_changed)
        self.generate_button.clicked.connect(self.generate)
        state.generator_changed.connect(self._sync)
        self._sync()

    def retranslate(self) -> None:
        """Set every label and tooltip in the current language."""
        raise NotImplementedError

    def settings(self) -> object:
        """The settings the fields show."""
        return self.SETTINGS(
            preset=self.preset.currentData(),
            n_train=self.n_train.value(),
            n_test=self.n_test.value(),
            noise=self.noise.value(),
            seed=self.seed.value(),
        )

    def generate(self) -> None:
        """Replace the points by a generated sample (one undo step).

        The lab's generator settings are the sample's: the fields push every
        change to them (a value still being typed is taken first), and a
        session may hold values the fields show rounded.
        """
        for spin in self._spins():
            spin.interpretText()
        g = self._state.generator
        try:
            limits.check_point_count(g.n_train + g.n_test + self._other_points(), "both labs")
        except limits.LimitError as exc:
            text = QCoreApplication.translate("GeneratorForm", "Not generated: {0}")
            self.message.emit(text.format(exc))
            return
        self._undo.push(self._sample_command(g))

    def _sample_command(self, settings: object) -> QUndoCommand:
        raise NotImplementedError

    def _set_command(self, settings: object) -> QUndoCommand:
        raise NotImplementedError

    def _fields(self) -> tuple[QWidget, ...]:
        return (self.preset, self.n_train, self.n_test, self.noise, self.seed)

    def _spins(self) -> tuple[QSpinBox | QDoubleSpinBox, ...]:
        return (self.n_train, self.n_test, self.noise, self.seed)

    def _sync(self) -> None:
        g = self._state.generator
        for widget in self._fields():
            widget.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData(g.preset))
        self.n_train.setValue(g.n_train)
        self.n_test.setValue(g.n_test)
        self.noise.setValue(g.noise)
        self.seed.setValue(g.seed)
        for widget in self._fields():
            widget.blockSignals(False)

    def _on_field_changed(self, *_args: object) -> None:
        settings = self.settings()
        if settings != self._state.generator:
            self._undo.push(self._set_command(settings))


class GeneratorControls(GeneratorForm):
    """The curve lab's generator: a preset function y = f(x) with Gaussian noise on y."""

    _state: LabState

    def __init__(
        self,
        state: LabState,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        other_points: Callable[[], int] = lambda: 0,
    ) -> None:
        super().__init__(
            state, undo_stack, PRESETS, MAX_GENERATED, 100.0, 0.05, other_points, parent
        )
        self.setObjectName("generatorControls")
        self.generate_button.setObjectName("generateButton")

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

    def _sample_command(self, settings: object) -> QUndoCommand:
        g: GeneratorSettings = settings  # type: ignore[assignment]
        table = generate(g.preset, g.n_train, g.n_test, g.noise, g.seed)
        return ReplacePointsCommand(
            self._state, lambda: self.tr("Generate data"), table, Domain(0.0, 1.0), g
        )

    def _set_command(self, settings: object) -> QUndoCommand:
        return SetGeneratorCommand(self._state, settings)  # type: ignore[arg-type]
