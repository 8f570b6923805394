"""The File > Export dialog: which panel, which file (its suffix is the format), what size,
the caption, and for an animation (.gif, .apng) the sweep."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from core.limits import MAX_STRENGTH
from core.polyfit import MAX_DEGREE
from gui.export import ANIMATED_FORMATS, DEFAULT_WIDTH, MAX_SIDE, MIN_SIDE
from gui.messages import user_message
from gui.plot_style import ERROR_COLOR
from gui.sweep import DEFAULT_ANIMATION_WIDTH, DEFAULTS, MAX_FPS, MAX_FRAMES, Sweep


@dataclass(frozen=True)
class ExportChoice:
    """What the dialog was told: panel key, path, size, caption and (animations) the sweep."""

    key: str
    path: str
    width: int
    height: int | None
    caption: bool
    sweep: Sweep | None


class ExportDialog(QDialog):
    """Choose a panel (by key), a .png/.svg/.pdf/.gif/.apng path, a size, the caption, a sweep.

    Parameters
    ----------
    panels : dict
        key -> label of every exportable panel.
    sweepable : dict
        key -> label of the panels that can be animated.
    folder : str
        Where the file goes by default.
    animation : bool
        Start with a .gif name (File > Export animation).
    preferred : str or None
        The key of the panel chosen at first (the plot of the lab shown).
    """

    def __init__(
        self,
        panels: dict[str, str],
        sweepable: dict[str, str],
        folder: str,
        animation: bool = False,
        parent: QWidget | None = None,
        preferred: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._panels = panels
        self._sweepable = sweepable
        self.setWindowTitle(self.tr("Export animation") if animation else self.tr("Export image"))
        self.panel = QComboBox()
        self.path = QLineEdit(
            str(Path(folder) / ("overfit-lab.gif" if animation else "overfit-lab.png"))
        )
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.width_spin = QSpinBox()
        self.width_spin.setRange(MIN_SIDE, MAX_SIDE)
        self.width_spin.setValue(DEFAULT_ANIMATION_WIDTH if animation else DEFAULT_WIDTH)
        self.width_spin.setSuffix(" px")
        self.width_spin.setToolTip(
            self.tr(
                "Image width; 1600 px stays crisp on a projected slide. SVG and PDF are "
                "vector drawings with the same proportions."
            )
        )
        self.height_spin = QSpinBox()
        # 0 (the special value) is automatic; a size below MIN_SIDE is refused at export.
        self.height_spin.setRange(0, MAX_SIDE)
        self.height_spin.setSpecialValueText(self.tr("automatic"))
        self.height_spin.setSuffix(" px")
        self.height_spin.setToolTip(
            self.tr("Image height; automatic keeps the figure's proportions.")
        )
        self.caption = QCheckBox(self.tr("Caption stating the model"))
        self.caption.setChecked(True)
        self.caption.setToolTip(
            self.tr(
                "A line under the figure with the degree, basis, λ₁, λ₂, the numbers of "
                "training and test points and both RMSEs (for entropy: the distribution and unit)."
            )
        )

        self.sweep_box = QGroupBox(self.tr("Animation (.gif, .apng)"))
        self.parameter = QComboBox()
        self.parameter.addItem(self.tr("Degree"), "degree")
        self.parameter.addItem(self.tr("L1 strength λ₁"), "l1")
        self.parameter.addItem(self.tr("L2 strength λ₂"), "l2")
        self.start = QDoubleSpinBox()
        self.stop = QDoubleSpinBox()
        for spin in (self.start, self.stop):
            spin.setDecimals(10)
            spin.setRange(0.0, MAX_STRENGTH)
        self.frames = QSpinBox()
        self.frames.setRange(2, MAX_FRAMES)
        self.fps = QDoubleSpinBox()
        self.fps.setRange(0.5, MAX_FPS)
        self.fps.setDecimals(1)
        sweep_form = QFormLayout(self.sweep_box)
        sweep_form.addRow(self.tr("Sweep"), self.parameter)
        sweep_form.addRow(self.tr("From"), self.start)
        sweep_form.addRow(self.tr("To"), self.stop)
        sweep_form.addRow(self.tr("Frames"), self.frames)
        sweep_form.addRow(self.tr("Frames per second"), self.fps)
        self.sweep_note = QLabel()
        self.sweep_note.setWordWrap(True)
        sweep_form.addRow(self.sweep_note)

        form = QFormLayout(self)
        form.addRow(self.tr("Panel"), self.panel)
        form.addRow(self.tr("File (.png, .svg, .pdf, .gif, .apng)"), row)
        form.addRow(self.tr("Width"), self.width_spin)
        form.addRow(self.tr("Height"), self.height_spin)
        form.addRow(self.caption)
        form.addRow(self.sweep_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

        self.parameter.currentIndexChanged.connect(self._on_parameter_changed)
        self.path.textChanged.connect(self._on_path_changed)
        self._on_parameter_changed()
        self._on_path_changed()
        if preferred is not None:
            self.panel.setCurrentIndex(max(self.panel.findData(preferred), 0))

    @property
    def animated(self) -> bool:
        """Whether the file name asks for an animation."""
        return Path(self.path.text()).suffix.lower() in ANIMATED_FORMATS

    def _on_path_changed(self, *_args: object) -> None:
        # A sweep only for animated files, and only of panels that can be swept.
        animated = self.animated
        self.sweep_box.setEnabled(animated)
        current = self.panel.currentData()
        self.panel.clear()
        for key, label in (self._sweepable if animated else self._panels).items():
            self.panel.addItem(label, key)
        index = self.panel.findData(current)
        self.panel.setCurrentIndex(max(index, 0))

    def _on_parameter_changed(self, *_args: object) -> None:
        parameter = self.parameter.currentData()
        start, stop, frames, fps = DEFAULTS[parameter]
        degree = parameter == "degree"
        for spin, value in ((self.start, start), (self.stop, stop)):
            spin.setDecimals(0 if degree else 10)
            spin.setRange(0.0, float(MAX_DEGREE) if degree else MAX_STRENGTH)
            spin.setValue(value)
        self.frames.setValue(frames)
        self.frames.setEnabled(not degree)
        self.fps.setValue(fps)
        self.sweep_note.setStyleSheet("")
        self.sweep_note.setText(
            self.tr("One frame per degree.")
            if degree
            else self.tr("Frames evenly spaced on a log scale; both ends must be > 0.")
        )

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.windowTitle(),
            self.path.text(),
            self.tr(
                "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;"
                "Animated GIF (*.gif);;Animated PNG (*.apng)"
            ),
        )
        if path:
            self.path.setText(path)

    def sweep(self) -> Sweep | None:
        """The sweep set in the dialog, for an animated file name (ValueError if invalid)."""
        if not self.animated:
            return None
        return Sweep(
            self.parameter.currentData(),
            self.start.value(),
            self.stop.value(),
            self.frames.value(),
            self.fps.value(),
        )

    def accept(self) -> None:
        """Close only with a sweep that can be made; otherwise say why, in the dialog."""
        try:
            self.sweep()
        except ValueError as exc:
            self.sweep_note.setStyleSheet(f"color: {ERROR_COLOR};")
            self.sweep_note.setText(user_message(exc))
            return
        super().accept()

    def choice(self) -> ExportChoice:
        """Everything chosen (call after the dialog was accepted)."""
        return ExportChoice(
            self.panel.currentData(),
            self.path.text(),
            self.width_spin.value(),
            self.height_spin.value() or None,
            self.caption.isChecked(),
            self.sweep(),
        )
