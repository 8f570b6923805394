"""The classification lab's data generator: pattern, sizes, noise, seed and Generate.

A change of a field is an undo step of its own; Generate replaces the points
by a fresh sample (one undo step) in the box of
``core.plane_datasets.generated_box``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
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
from core.classify_settings import PlaneGeneratorSettings
from core.plane_datasets import MAX_PLANE_GENERATED, PLANE_PRESETS, generate_plane, generated_box
from core.settings import MAX_SEED
from gui.labels import narrow_combo
from gui.plane_commands import ReplacePlanePointsCommand, SetPlaneGeneratorCommand
from gui.plane_state import PlaneState


class PlaneGeneratorControls(QWidget):
    """Pattern, sizes, noise and seed of generated two-class data, and the Generate button.

    ``other_points()`` counts the curve lab's points (see
    ``gui.generator_controls.GeneratorControls``).
    """

    message = Signal(str)

    def __init__(
        self,
        state: PlaneState,
        undo_stack: QUndoStack,
        parent=None,
        other_points: Callable[[], int] = lambda: 0,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planeGeneratorControls")
        self._other_points = other_points
        self._state = state
        self._undo = undo_stack
        self.preset = QComboBox()
        narrow_combo(self.preset)
        for key in PLANE_PRESETS:
            self.preset.addItem("", key)
        self.n_train = QSpinBox()
        self.n_test = QSpinBox()
        for spin in (self.n_train, self.n_test):
            spin.setRange(0, MAX_PLANE_GENERATED)
            spin.setKeyboardTracking(False)
            spin.setGroupSeparatorShown(True)
        self.noise = QDoubleSpinBox()
        self.noise.setRange(0.0, 10.0)
        self.noise.setDecimals(3)
        self.noise.setSingleStep(0.02)
        self.noise.setKeyboardTracking(False)
        self.seed = QSpinBox()
        self.seed.setRange(0, MAX_SEED)
        self.seed.setKeyboardTracking(False)
        self.generate_button = QPushButton()
        self.generate_button.setObjectName("planeGenerateButton")

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
            "circles": (
                self.tr("Circles: a ring inside a ring"),
                self.tr("class 1 on the inner ring (radius 0.4), class 0 on the outer (radius 1)"),
            ),
            "xor": (
                self.tr("XOR: opposite quadrants"),
                self.tr("class 1 where x₁ x₂ > 0, class 0 where x₁ x₂ < 0"),
            ),
            "moons": (self.tr("Two moons"), self.tr("two interleaving half circles")),
            "blobs": (
                self.tr("Two blobs"),
                self.tr("two round Gaussian clouds; the noise is their spread"),
            ),
            "spiral": (
                self.tr("Spiral"),
                self.tr("two interleaved spiral arms: hard for low degrees"),
            ),
        }
        for i in range(self.preset.count()):
            name, tip = names[self.preset.itemData(i)]
            self.preset.setItemText(i, name)
            self.preset.setItemData(i, tip, Qt.ItemDataRole.ToolTipRole)
        for label, text in zip(
            self._labels,
            (
                self.tr("&Pattern"),
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
            self.tr(
                "Replace all points of this lab by a fresh sample of the pattern, half of each "
                "class, with Gaussian noise on both coordinates (Ctrl+G)."
            )
        )
        self.n_test.setToolTip(
            self.tr("Held-out points: never used for fitting, only to measure test accuracy.")
        )
        self.seed.setToolTip(self.tr("The same seed always gives the same points."))
        self.noise.setToolTip(
            self.tr("Standard deviation of the Gaussian noise added to x₁ and x₂ of each point.")
        )

    def settings(self) -> PlaneGeneratorSettings:
        """The settings the fields show."""
        return PlaneGeneratorSettings(
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
        for spin in (self.n_train, self.n_test, self.noise, self.seed):
            spin.interpretText()
        g = self._state.generator
        try:
            limits.check_point_count(g.n_train + g.n_test + self._other_points(), "both labs")
        except limits.LimitError as exc:
            self.message.emit(self.tr("Not generated: {0}").format(exc))
            return
        table = generate_plane(g.preset, g.n_train, g.n_test, g.noise, g.seed)
        self._undo.push(
            ReplacePlanePointsCommand(
                self._state,
                lambda: self.tr("Classification: generate data"),
                table,
                generated_box(table.x1, table.x2),
                g,
            )
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
            self._undo.push(SetPlaneGeneratorCommand(self._state, settings))
