"""The File > Export image dialog: which panel, which file, what size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from gui.export import DEFAULT_WIDTH, MAX_SIDE


class ExportDialog(QDialog):
    """Choose a panel (by key), a .png/.svg path and a PNG size."""

    def __init__(self, panels: dict[str, str], folder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export image"))
        self.panel = QComboBox()
        for key, label in panels.items():
            self.panel.addItem(label, key)
        self.path = QLineEdit(str(Path(folder) / "overfit-lab.png"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.width = QSpinBox()
        self.width.setRange(16, MAX_SIDE)
        self.width.setValue(DEFAULT_WIDTH)
        self.width.setSuffix(" px")
        self.width.setToolTip(self.tr("PNG width; 1600 px stays crisp on a projected slide."))
        self.height = QSpinBox()
        self.height.setRange(0, MAX_SIDE)
        self.height.setSpecialValueText(self.tr("automatic"))
        self.height.setSuffix(" px")
        self.height.setToolTip(self.tr("PNG height; automatic keeps the panel's proportions."))
        form = QFormLayout(self)
        form.addRow(self.tr("Panel"), self.panel)
        form.addRow(self.tr("File (.png or .svg)"), row)
        form.addRow(self.tr("Width"), self.width)
        form.addRow(self.tr("Height"), self.height)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export image"),
            self.path.text(),
            self.tr("PNG image (*.png);;SVG (*.svg)"),
        )
        if path:
            self.path.setText(path)

    def choice(self) -> tuple[str, str, int, int | None]:
        """(panel key, path, width, height or None)."""
        height = self.height.value() or None
        return self.panel.currentData(), self.path.text(), self.width.value(), height
