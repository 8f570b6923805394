"""The main window: the data plot in the centre, controls and panels in docks.

Built in the order of Qt's own examples: actions, menus, tool bar, status
bar, docks. The window owns the undo stack; the title marks unsaved changes
(``[*]``) whenever the stack is not at its clean index.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QWidget,
)

from core.atomic_write import write_atomic
from core.datasets import generate
from core.points_csv import DataFileError, PointTable, format_points_csv, read_points_csv
from core.polyfit import Domain
from core.session_file import ModelSettings
from gui.commands import ReplacePointsCommand, SetModelCommand
from gui.controls import GeneratorControls, ModelControls
from gui.entropy_panel import EntropyPanel
from gui.plot_view import DataPlot
from gui.readouts import Readouts
from gui.state import LabState

HINT_TIMEOUT_MS = 0


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


class MainWindow(QMainWindow):
    """Overfit Lab's one window."""

    def __init__(self, state: LabState | None = None, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.state = state if state is not None else LabState(self)
        self.undo_stack = QUndoStack(self)
        self._settings = settings if settings is not None else QSettings()
        self.plot = DataPlot(self.state, self.undo_stack)
        self.setCentralWidget(self.plot)
        self.model_controls = ModelControls(self.state, self.undo_stack)
        self.generator_controls = GeneratorControls(self.state, self.undo_stack)
        self.readouts = Readouts(self.state)
        self.entropy_panel = EntropyPanel()

        self._create_actions()
        self._create_menus()
        self._create_tool_bar()
        self._create_status_bar()
        self._create_docks()
        self.retranslate()

        self.undo_stack.cleanChanged.connect(self._on_undo_stack_clean_changed)
        self.model_controls.message.connect(self._show_message)
        self.plot.selection_changed.connect(self._on_plot_selection_changed)
        self._on_plot_selection_changed()
        self.resize(1320, 740)
        self._restore_layout()

    # ---------------------------------------------------------------- building
    def _create_actions(self) -> None:
        def action(key: QKeySequence | QKeySequence.StandardKey | str | None, slot) -> QAction:
            act = QAction(self)
            if key is not None:
                act.setShortcut(QKeySequence(key))
            act.triggered.connect(slot)
            return act

        std = QKeySequence.StandardKey
        self.new_action = action(std.New, self.new_session)
        self.import_action = action("Ctrl+I", self._on_import_triggered)
        self.export_points_action = action("Ctrl+E", self._on_export_points_triggered)
        self.quit_action = action(std.Quit, self.close)
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence(std.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setShortcut(QKeySequence(std.Redo))
        self.delete_action = action(std.Delete, self.plot.delete_selected)
        self.select_all_action = action(std.SelectAll, self.plot.select_all)
        self.clear_action = action("Ctrl+Shift+Del", self.clear_points)
        self.generate_action = action("Ctrl+G", self.generator_controls.generate)
        self.reset_view_action = action("Ctrl+0", self.plot.reset_view)
        self.about_action = action(None, self._on_about_triggered)
        for act in (self.delete_action, self.select_all_action):
            # Delete and Ctrl+A belong to the plot, not to a text field with focus.
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.plot.addAction(act)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for act in (self.new_action, None, self.import_action, self.export_points_action):
            self.file_menu.addSeparator() if act is None else self.file_menu.addAction(act)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        for act in (self.delete_action, self.select_all_action, self.clear_action):
            self.edit_menu.addAction(act)
        self.data_menu = bar.addMenu("")
        self.data_menu.addAction(self.generate_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.reset_view_action)
        self.view_menu.addSeparator()
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def _create_tool_bar(self) -> None:
        self.tool_bar = self.addToolBar("")
        self.tool_bar.setObjectName("mainToolBar")
        for act in (
            self.undo_action,
            self.redo_action,
            self.generate_action,
            self.clear_action,
            self.reset_view_action,
        ):
            self.tool_bar.addAction(act)

    def _create_status_bar(self) -> None:
        self.statusBar()

    def _create_docks(self) -> None:
        def dock(name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
            d = QDockWidget(self)
            d.setObjectName(name)
            d.setWidget(_scrolled(widget))
            self.addDockWidget(area, d)
            self.view_menu.addAction(d.toggleViewAction())
            return d

        right = Qt.DockWidgetArea.RightDockWidgetArea
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        self.model_dock = dock("modelDock", self.model_controls, right)
        self.readouts_dock = dock("readoutsDock", self.readouts, right)
        self.generator_dock = dock("generatorDock", self.generator_controls, left)
        self.entropy_dock = dock("entropyDock", self.entropy_panel, left)
        self.tabifyDockWidget(self.generator_dock, self.entropy_dock)
        self.generator_dock.raise_()
        self.resizeDocks(
            [self.model_dock, self.generator_dock], [380, 300], Qt.Orientation.Horizontal
        )

    def retranslate(self) -> None:
        """Set every text of the window in the current language."""
        self.setWindowTitle(self.tr("Overfit Lab") + "[*]")
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.data_menu.setTitle(self.tr("&Data"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.tool_bar.setWindowTitle(self.tr("Tool bar"))
        texts = (
            (self.new_action, self.tr("&New session"), self.tr("Start over with no points")),
            (
                self.import_action,
                self.tr("&Import points (CSV)…"),
                self.tr("Replace the points by a CSV file's: columns x, y and optionally role"),
            ),
            (
                self.export_points_action,
                self.tr("&Export points (CSV)…"),
                self.tr("Write the points to a CSV file"),
            ),
            (self.quit_action, self.tr("&Quit"), self.tr("Close Overfit Lab")),
            (
                self.delete_action,
                self.tr("&Delete selected points"),
                self.tr("Remove the selected points (Ctrl+click or Ctrl+drag selects)"),
            ),
            (self.select_all_action, self.tr("Select &all points"), ""),
            (self.clear_action, self.tr("&Clear all points"), self.tr("Remove every point")),
            (
                self.generate_action,
                self.tr("&Generate data"),
                self.tr("Replace the points by a fresh sample from the generator"),
            ),
            (
                self.reset_view_action,
                self.tr("&Reset view"),
                self.tr("Show the whole domain and every point"),
            ),
            (self.about_action, self.tr("&About Overfit Lab"), ""),
        )
        for act, text, tip in texts:
            act.setText(text)
            act.setToolTip(tip or text.replace("&", ""))
            act.setStatusTip(tip)
        self.model_dock.setWindowTitle(self.tr("Model"))
        self.readouts_dock.setWindowTitle(self.tr("Fit numbers"))
        self.generator_dock.setWindowTitle(self.tr("Data generator"))
        self.entropy_dock.setWindowTitle(self.tr("Entropy"))
        self.statusBar().showMessage(
            self.tr(
                "Click: add a training point · Shift+click: add a test point · drag a point: "
                "move it · right-click: remove it · drag empty space: pan · wheel: zoom"
            ),
            HINT_TIMEOUT_MS,
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model_controls.retranslate()
            self.generator_controls.retranslate()
            self.readouts.retranslate()
            self.plot.retranslate()
        super().changeEvent(event)

    # ----------------------------------------------------------------- actions
    def load_example(self) -> None:
        """Show the textbook sample without making the session dirty."""
        g = self.state.generator
        table = generate(g.preset, g.n_train, g.n_test, g.noise, g.seed)
        self.state.replace_points(table, Domain(0.0, 1.0))
        self.plot.reset_view()

    def new_session(self) -> None:
        """Remove every point and restore default model settings (one undo step)."""
        self.undo_stack.beginMacro(self.tr("New session"))
        self.undo_stack.push(
            ReplacePointsCommand(self.state, self.tr("Clear points"), PointTable.empty())
        )
        self.undo_stack.push(SetModelCommand(self.state, self.tr("Reset model"), ModelSettings()))
        self.undo_stack.endMacro()

    def clear_points(self) -> None:
        """Remove every point (one undo step)."""
        if self.state.points.x.size:
            self.undo_stack.push(
                ReplacePointsCommand(self.state, self.tr("Clear points"), PointTable.empty())
            )

    def import_points(self, path: str) -> bool:
        """Replace the points by a CSV file's; the domain becomes their x range."""
        try:
            table = read_points_csv(path)
        except DataFileError as exc:
            self._warn(self.tr("Cannot import points"), str(exc))
            return False
        lo, hi = float(table.x.min()), float(table.x.max())
        if lo == hi:
            self._warn(
                self.tr("Cannot import points"),
                self.tr("{0}: all x values are equal, so they span no domain.").format(path),
            )
            return False
        self.undo_stack.push(
            ReplacePointsCommand(self.state, self.tr("Import points"), table, Domain(lo, hi))
        )
        self.plot.reset_view()
        self._show_message(self.tr("Imported {0} points from {1}").format(table.x.size, path))
        return True

    def export_points(self, path: str) -> bool:
        """Write the points to a CSV file (atomically)."""
        try:
            write_atomic(path, format_points_csv(self.state.points))
        except OSError as exc:
            self._warn(self.tr("Cannot export points"), str(exc))
            return False
        self._show_message(
            self.tr("Wrote {0} points to {1}").format(self.state.points.x.size, path)
        )
        return True

    def _on_import_triggered(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import points"), "", self.tr("CSV files (*.csv *.txt);;All files (*)")
        )
        if path:
            self.import_points(path)

    def _on_export_points_triggered(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export points"), "points.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_points(path)

    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Overfit Lab"),
            self.tr(
                "<b>Overfit Lab</b><p>Place noisy points, fit a polynomial and watch it overfit; "
                "then tame it with L1 and L2 regularization.</p>"
                "<p>Objective: (1/N) Σ (yᵢ − f(xᵢ))² + λ₁ Σ |coefₖ| + λ₂ Σ coefₖ²</p>"
            ),
        )

    def _on_undo_stack_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _on_plot_selection_changed(self) -> None:
        self.delete_action.setEnabled(bool(np.size(self.plot.selected)))

    def _show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _warn(self, title: str, text: str) -> None:
        self._show_message(text)
        QMessageBox.warning(self, title, text)

    # ----------------------------------------------------------- window state
    def _restore_layout(self) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        layout = self._settings.value("window/state")
        if layout is not None:
            self.restoreState(layout)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        super().closeEvent(event)


def application() -> QApplication:
    """The running QApplication, created if there is none."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(["overfit-lab"])
    app.setOrganizationName("Overfit Lab")
    app.setApplicationName("Overfit Lab")
    return app  # type: ignore[return-value]
