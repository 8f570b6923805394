"""The classification lab's data generator: pattern, sizes, noise, seed and Generate.

The fields and their undo steps are :class:`gui.generator_controls.GeneratorForm`'s;
Generate replaces the points by a fresh sample of two classes (one undo step)
in the box of ``core.plane_datasets.generated_box``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from core.classify_settings import PlaneGeneratorSettings
from core.plane_datasets import MAX_PLANE_GENERATED, PLANE_PRESETS, generate_plane, generated_box
from gui.generator_controls import GeneratorForm
from gui.plane_commands import ReplacePlanePointsCommand, SetPlaneGeneratorCommand
from gui.plane_state import PlaneState


class PlaneGeneratorControls(GeneratorForm):
    """The classification lab's generator: a pattern of two classes with noise on x₁ and x₂."""

    _state: PlaneState
    SETTINGS = PlaneGeneratorSettings

    def __init__(
        self,
        state: PlaneState,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        other_points: Callable[[], int] = lambda: 0,
    ) -> None:
        super().__init__(
            state, undo_stack, PLANE_PRESETS, MAX_PLANE_GENERATED, 10.0, 0.02, other_points, parent
        )
        self.setObjectName("planeGeneratorControls")
        self.generate_button.setObjectName("planeGenerateButton")

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

    def _sample_command(self, settings: object) -> QUndoCommand:
        g: PlaneGeneratorSettings = settings  # type: ignore[assignment]
        table = generate_plane(g.preset, g.n_train, g.n_test, g.noise, g.seed)
        return ReplacePlanePointsCommand(
            self._state,
            lambda: self.tr("Classification: generate data"),
            table,
            generated_box(table.x1, table.x2),
            g,
        )

    def _set_command(self, settings: object) -> QUndoCommand:
        return SetPlaneGeneratorCommand(self._state, settings)  # type: ignore[arg-type]
