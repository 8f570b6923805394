"""The main window: the data plot in the centre, controls and panels in docks.

Built in the order of Qt's own examples: actions, menus, tool bar, status
bar, docks. The window owns the undo stack; the title marks unsaved changes
(``[*]``) whenever the stack is not at its clean index.
"""

from __future__ import annotations

import os
import re
from functools import partial
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QFileInfo, QObject, QSettings, Qt, QThread, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QScrollArea,
    QWidget,
)

from core.atomic_write import write_atomic
from core.datasets import generate
from core.points_csv import DataFileError, PointTable, format_points_csv, read_points_csv
from core.polyfit import Domain
from core.scenarios import INDEX_TOPIC, load_scenarios, scenario_session
from core.session_file import SessionData, SessionFileError, load_session, save_session
from gui.autosave import Autosaver, default_data_dir, orphaned_autosaves
from gui.coefficient_panel import CoefficientPanel
from gui.commands import ReplacePointsCommand, SetModelCommand
from gui.controls import GeneratorControls, ModelControls
from gui.entropy_panel import EntropyPanel
from gui.error_panel import ErrorPanel
from gui.export import ExportError, export_widget
from gui.export_dialog import ExportDialog
from gui.guide import ConceptsGuide
from gui.i18n import LANGUAGES, Translations, apply_fonts_and_numbers, system_language
from gui.path_panel import PathPanel
from gui.plot_view import DataPlot
from gui.readouts import Readouts
from gui.scenario_panel import ScenarioPanel
from gui.state import LabState
from gui.variance_overlay import VarianceOverlay

MAX_RECENT = 8


def without_mnemonic(text: str) -> str:
    """``text`` without its keyboard mnemonic: "&Undo" and "撤销(&U)" become "Undo", "撤销"."""
    return re.sub(r"\(&[^&]\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


class _CsvReader(QThread):
    """Reads a points CSV off the GUI thread, reporting progress in percent."""

    progressed = Signal(int)
    loaded = Signal(object)
    failed = Signal(str)

    def __init__(self, path: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path

    def run(self) -> None:
        try:
            table = read_points_csv(self._path, progress=self._on_progress)
        except DataFileError as exc:
            self.failed.emit(str(exc))
        else:
            self.loaded.emit(table)

    def _on_progress(self, fraction: float) -> None:
        self.progressed.emit(int(100 * fraction))


# The distribution the concepts guide's entropy page walks through.
ENTROPY_EXAMPLE = "0.5 0.25 0.25"


class MainWindow(QMainWindow):
    """Overfit Lab's one window."""

    import_finished = Signal(bool, str)

    def __init__(
        self,
        state: LabState | None = None,
        settings: QSettings | None = None,
        data_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.state = state if state is not None else LabState(self)
        self.undo_stack = QUndoStack(self)
        self._settings = settings if settings is not None else QSettings()
        self.current_path: Path | None = None
        self._readers: set[_CsvReader] = set()
        data_dir = data_dir or default_data_dir()
        self.autosaver = Autosaver(self.state, self.undo_stack, data_dir, self)
        self.plot = DataPlot(self.state, self.undo_stack)
        self.setCentralWidget(self.plot)
        self.model_controls = ModelControls(self.state, self.undo_stack)
        self.generator_controls = GeneratorControls(self.state, self.undo_stack)
        self.readouts = Readouts(self.state)
        self.entropy_panel = EntropyPanel()
        self.coefficient_panel = CoefficientPanel(self.state)
        self.error_panel = ErrorPanel(self.state, self.undo_stack)
        self.path_panel = PathPanel(self.state)
        self.variance_overlay = VarianceOverlay(self.state, self.plot.getPlotItem(), self)
        self.scenarios = {s.key: s for s in load_scenarios()}
        self.scenario_panel = ScenarioPanel(list(self.scenarios.values()), "en")
        self.guide: ConceptsGuide | None = None
        # (key, undo index after its load, the load's undo text) of the last scenario loaded.
        self._scenario_step: tuple[str, int, str] | None = None

        self.translations = Translations(application())
        self._create_actions()
        self._create_menus()
        self._create_tool_bar()
        self._create_status_bar()
        self._create_docks()
        self.retranslate()

        self.undo_stack.cleanChanged.connect(self._on_undo_stack_clean_changed)
        self.autosaver.failed.connect(self._on_autosaver_failed)
        self.model_controls.message.connect(self._show_message)
        self.plot.selection_changed.connect(self._on_plot_selection_changed)
        self.scenario_panel.scenario_chosen.connect(self.load_scenario)
        self._on_plot_selection_changed()
        self.resize(1320, 740)
        self._restore_layout()
        self.set_language(str(self._settings.value("ui/language", system_language())))

    # ---------------------------------------------------------------- building
    def _create_actions(self) -> None:
        def action(key: QKeySequence | QKeySequence.StandardKey | str | None, slot) -> QAction:
            act = QAction(self)
            if key is not None:
                act.setShortcut(QKeySequence(key))
            act.triggered.connect(slot)
            return act

        std = QKeySequence.StandardKey
        self.new_action = action(std.New, self._on_new_triggered)
        self.open_action = action(std.Open, self._on_open_triggered)
        self.save_action = action(std.Save, self.save)
        self.save_as_action = action(std.SaveAs, self.save_as)
        self.export_image_action = action("Ctrl+Shift+E", self._on_export_image_triggered)
        self.import_action = action("Ctrl+I", self._on_import_triggered)
        self.export_points_action = action("Ctrl+E", self._on_export_points_triggered)
        self.quit_action = action(std.Quit, self.close)
        # Our own undo/redo actions (not QUndoStack's) so their text is translated.
        self.undo_action = action(std.Undo, self.undo_stack.undo)
        self.redo_action = action(std.Redo, self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self._update_undo_actions)
        self.undo_stack.canRedoChanged.connect(self._update_undo_actions)
        self.undo_stack.undoTextChanged.connect(self._update_undo_actions)
        self.undo_stack.redoTextChanged.connect(self._update_undo_actions)
        self.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        self.delete_action = action(std.Delete, self.plot.delete_selected)
        self.select_all_action = action(std.SelectAll, self.plot.select_all)
        self.clear_action = action("Ctrl+Shift+Del", self.clear_points)
        self.generate_action = action("Ctrl+G", self.generator_controls.generate)
        self.reset_view_action = action("Ctrl+0", self.plot.reset_view)
        self.about_action = action(None, self._on_about_triggered)
        self.guide_action = action(std.HelpContents, self._on_guide_triggered)
        self.scenario_actions: dict[str, QAction] = {}
        for key in self.scenarios:
            self.scenario_actions[key] = action(None, partial(self._on_scenario_triggered, key))
        self.variance_action = QAction(self)
        self.variance_action.setShortcut(QKeySequence("Ctrl+B"))
        self.variance_action.setCheckable(True)
        self.variance_action.toggled.connect(self.variance_overlay.set_enabled)
        for act in (self.delete_action, self.select_all_action):
            # Delete and Ctrl+A belong to the plot, not to a text field with focus.
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.plot.addAction(act)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = self._make_recent_menu()
        for act in (
            self.new_action,
            self.open_action,
            self.recent_menu.menuAction(),
            self.save_action,
            self.save_as_action,
            None,
            self.import_action,
            self.export_points_action,
            self.export_image_action,
        ):
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
        self.scenario_menu = bar.addMenu("")
        self.scenario_menu.addActions(list(self.scenario_actions.values()))
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.reset_view_action)
        self.view_menu.addAction(self.variance_action)
        self.view_menu.addSeparator()
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            act = self.language_menu.addAction(name)
            act.setCheckable(True)
            act.setData(code)
            self.language_group.addAction(act)
        self.language_group.triggered.connect(self._on_language_triggered)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addSeparator()
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
        # A widget, not a message: a passing message hides it only while shown.
        self.hint_label = QLabel()
        self.hint_label.setObjectName("mouseHint")
        self.statusBar().addWidget(self.hint_label, 1)

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
        self.coefficient_dock = dock("coefficientDock", self.coefficient_panel, left)
        self.error_dock = dock("errorDock", self.error_panel, right)
        self.path_dock = dock("pathDock", self.path_panel, right)
        # Under the plot, between the side columns: wide lines for the explanation.
        self.setCorner(Qt.Corner.BottomLeftCorner, left)
        self.setCorner(Qt.Corner.BottomRightCorner, right)
        self.scenario_dock = dock(
            "scenarioDock", self.scenario_panel, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.tabifyDockWidget(self.generator_dock, self.entropy_dock)
        self.tabifyDockWidget(self.readouts_dock, self.error_dock)
        self.tabifyDockWidget(self.readouts_dock, self.path_dock)
        self.generator_dock.raise_()
        self.readouts_dock.raise_()
        self.resizeDocks(
            [self.model_dock, self.generator_dock], [380, 300], Qt.Orientation.Horizontal
        )
        self.resizeDocks(
            [self.generator_dock, self.coefficient_dock], [260, 400], Qt.Orientation.Vertical
        )
        # Tall enough for the whole list of scenarios (plus the dock's title bar).
        height = self.scenario_panel.minimumSizeHint().height() + 3 * self.fontMetrics().height()
        self.resizeDocks([self.scenario_dock], [height], Qt.Orientation.Vertical)

    def retranslate(self) -> None:
        """Set every text of the window in the current language."""
        self._update_title()
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.data_menu.setTitle(self.tr("&Data"))
        self.scenario_menu.setTitle(self.tr("&Scenarios"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.tool_bar.setWindowTitle(self.tr("Tool bar"))
        texts = (
            (self.new_action, self.tr("&New session"), self.tr("Start over with no points")),
            (self.open_action, self.tr("&Open session…"), self.tr("Open a saved session")),
            (self.save_action, self.tr("&Save session"), self.tr("Save the session")),
            (
                self.save_as_action,
                self.tr("Save session &as…"),
                self.tr("Save the session under a new name"),
            ),
            (
                self.export_image_action,
                self.tr("Export i&mage (PNG, SVG)…"),
                self.tr("Save a panel or the whole window as a picture for slides"),
            ),
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
            (
                self.guide_action,
                self.tr("&Concepts guide"),
                self.tr("Short illustrated pages on overfitting, regularization and entropy"),
            ),
            (
                self.variance_action,
                self.tr("Show &variance (bootstrap fits)"),
                self.variance_overlay.description(),
            ),
        )
        language = self.translations.language
        texts += tuple(
            (act, self.scenarios[key].title(language), self.scenarios[key].explanation(language))
            for key, act in self.scenario_actions.items()
        )
        for act, text, tip in texts:
            act.setText(text)
            act.setToolTip(tip or without_mnemonic(text))
        for act in self.tool_bar.actions():
            act.setIconText(without_mnemonic(act.text()))
            act.setStatusTip(tip)
        self._update_undo_actions()
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.model_dock.setWindowTitle(self.tr("Model"))
        self.readouts_dock.setWindowTitle(self.tr("Fit numbers"))
        self.generator_dock.setWindowTitle(self.tr("Data generator"))
        self.entropy_dock.setWindowTitle(self.tr("Entropy"))
        self.scenario_dock.setWindowTitle(self.tr("Scenarios"))
        self.coefficient_dock.setWindowTitle(self.tr("Coefficients"))
        self.error_dock.setWindowTitle(self.tr("Validation curves"))
        self.path_dock.setWindowTitle(self.tr("Regularization path"))
        self.hint_label.setText(
            self.tr(
                "Click: add a training point · Shift+click: add a test point · drag a point: "
                "move it · right-click: remove it · drag empty space: pan · wheel: zoom"
            )
        )

    def _update_undo_actions(self) -> None:
        stack = self.undo_stack
        for act, can, name, plain, template in (
            (
                self.undo_action,
                stack.canUndo(),
                stack.undoText(),
                self.tr("&Undo"),
                self.tr("&Undo {0}"),
            ),
            (
                self.redo_action,
                stack.canRedo(),
                stack.redoText(),
                self.tr("&Redo"),
                self.tr("&Redo {0}"),
            ),
        ):
            act.setEnabled(can)
            act.setText(template.format(name) if can and name else plain)
            act.setIconText(without_mnemonic(plain))  # the tool bar stays short
            act.setToolTip(without_mnemonic(act.text()))

    def set_language(self, language: str) -> None:
        """Switch the interface language live and remember it."""
        if language not in LANGUAGES:
            language = "en"
        if not self.translations.set_language(language):
            self._show_message(self.tr("The translation for {0} is missing.").format(language))
        self._settings.setValue("ui/language", self.translations.language)
        for act in self.language_group.actions():
            act.setChecked(act.data() == self.translations.language)

    def _on_language_triggered(self, action: QAction) -> None:
        self.set_language(action.data())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model_controls.retranslate()
            self.generator_controls.retranslate()
            self.readouts.retranslate()
            self.plot.retranslate()
            self.coefficient_panel.retranslate()
            self.error_panel.retranslate()
            self.path_panel.retranslate()
            self.variance_overlay.retranslate()
            self.scenario_panel.set_language(self.translations.language)
            if self.guide is not None:
                self.guide.set_language(self.translations.language)
            self._rebuild_entropy_panel()
        super().changeEvent(event)

    def _rebuild_entropy_panel(self) -> None:
        # The entropy panel labels itself once, when built: a new one in the
        # new language takes over the old one's inputs.
        old = self.entropy_panel
        new = EntropyPanel()
        new.mode_combo.setCurrentIndex(old.mode_combo.currentIndex())
        new.unit_combo.setCurrentIndex(old.unit_combo.currentIndex())
        new.model_edit.setPlainText(old.model_edit.toPlainText())
        new.binary_p_spin.setValue(old.binary_p_spin.value())
        new.input_edit.setPlainText(old.input_edit.toPlainText())
        self.entropy_panel = new
        self.entropy_dock.setWidget(_scrolled(new))
        old.deleteLater()

    # ----------------------------------------------------------------- actions
    def load_example(self) -> None:
        """Show the textbook sample without making the session dirty."""
        g = self.state.generator
        table = generate(g.preset, g.n_train, g.n_test, g.noise, g.seed)
        self.state.replace_points(table, Domain(0.0, 1.0))
        self.plot.reset_view()

    def show_guide(self, topic: str = INDEX_TOPIC) -> ConceptsGuide:
        """Open the concepts guide (one window, raised if already open) at ``topic``."""
        if self.guide is None:
            self.guide = ConceptsGuide(self.translations.language, self)
            self.guide.show_me_requested.connect(self.load_scenario)
            self.guide.show_entropy_requested.connect(self.show_entropy_example)
        if topic != INDEX_TOPIC or not self.guide.isVisible():
            self.guide.show_topic(topic)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()
        return self.guide

    def load_scenario(self, key: str) -> bool:
        """Load a guided scenario as one undo step and show its explanation.

        Unsaved work is never lost silently: the user is offered to save it
        first (and the load itself can be undone). False if cancelled.
        """
        scenario = self.scenarios[key]
        session = scenario_session(scenario)
        showing = self._scenario_on_screen()
        if showing != key:
            # An unedited scenario on screen is reproducible: replacing it loses nothing.
            if showing is None and not self.undo_stack.isClean() and self.state.points.x.size:
                answer = self.ask_before_scenario()
                if answer == QMessageBox.StandardButton.Cancel:
                    return False
                if answer == QMessageBox.StandardButton.Save and not self.save():
                    return False
            text = self.tr("Load scenario “{0}”").format(scenario.title(self.translations.language))
            self.undo_stack.beginMacro(text)
            self.undo_stack.push(
                ReplacePointsCommand(
                    self.state, text, session.points, Domain(*session.domain), session.generator
                )
            )
            self.undo_stack.push(SetModelCommand(self.state, text, session.model))
            self.undo_stack.endMacro()
            self._scenario_step = (key, self.undo_stack.index(), text)
        self.plot.reset_view()
        self.scenario_panel.show_scenario(key)
        self.scenario_dock.show()
        self.scenario_dock.raise_()
        return True

    def _on_undo_stack_index_changed(self, index: int) -> None:
        # The explanation stays while the scenario's load is on the undo stack
        # (the user follows it by editing); undoing the load takes it away.
        if self._scenario_step is None:
            return
        key, step, text = self._scenario_step
        stack = self.undo_stack
        loaded = step <= index and step <= stack.count() and stack.command(step - 1).text() == text
        self.scenario_panel.show_scenario(key if loaded else None)

    def _scenario_on_screen(self) -> str | None:
        """The key of the scenario whose exact, unedited setup is on screen, if any."""
        for key, scenario in self.scenarios.items():
            if (
                self.state.model == scenario.model
                and self.state.generator == scenario.generator
                and self.state.points == scenario_session(scenario).points
            ):
                return key
        return None

    def show_entropy_example(self) -> None:
        """Bring the Entropy panel forward with the guide's example distribution."""
        combo = self.entropy_panel.mode_combo
        combo.setCurrentIndex(combo.findData("probabilities"))
        self.entropy_panel.input_edit.setPlainText(ENTROPY_EXAMPLE)
        self.entropy_dock.show()
        self.entropy_dock.raise_()
        # Room for the Huffman table and the curves, not just the first readouts.
        if not self.entropy_dock.isFloating():
            height = self.centralWidget().height()
            self.resizeDocks(
                [self.entropy_dock, self.coefficient_dock],
                [height * 3 // 4, height // 4],
                Qt.Orientation.Vertical,
            )
            self.resizeDocks([self.entropy_dock], [440], Qt.Orientation.Horizontal)

    def ask_before_scenario(self) -> QMessageBox.StandardButton:
        """Ask Save / Load anyway / Cancel before a scenario replaces unsaved work."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr(
                "The scenario replaces the points and settings on screen (Undo brings them "
                "back). Save the session first?"
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Ignore
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Ignore).setText(self.tr("&Load without saving"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        return QMessageBox.StandardButton(box.exec())

    def _on_guide_triggered(self) -> None:
        self.show_guide()

    def _on_scenario_triggered(self, key: str) -> None:
        self.load_scenario(key)

    # ---------------------------------------------------------------- sessions
    def new_session(self) -> None:
        """Start a fresh, empty session with default settings (not undoable: a new document)."""
        self.state.restore(SessionData())
        self._set_document(None)

    def open_session(self, path: str | os.PathLike[str]) -> bool:
        """Load a session file; on any problem say so and keep the current session."""
        try:
            session = load_session(path)
        except SessionFileError as exc:
            self._warn(self.tr("Cannot open session"), str(exc))
            return False
        self.state.restore(session)
        self._set_document(Path(path))
        self.plot.reset_view()
        self._add_recent(Path(path))
        self._show_message(self.tr("Opened {0}").format(path))
        return True

    def save_session_to(self, path: str | os.PathLike[str]) -> bool:
        """Write the session to ``path`` atomically; the session stays as it is on failure."""
        try:
            save_session(path, self.state.to_session())
        except OSError as exc:
            self._warn(self.tr("Cannot save session"), str(exc))
            return False
        self._set_document(Path(path), keep_history=True)
        self._add_recent(Path(path))
        self._show_message(self.tr("Saved {0}").format(path))
        return True

    def save(self) -> bool:
        """Save to the current file, or ask for one."""
        if self.current_path is None:
            return self.save_as()
        return self.save_session_to(self.current_path)

    def save_as(self) -> bool:
        """Ask for a file name and save there."""
        start = str(self.current_path or Path(self._last_dir()) / "session.json")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save session"), start, self.tr("Overfit Lab sessions (*.json)")
        )
        if not path:
            return False
        if not path.lower().endswith(".json"):
            path += ".json"
        self._remember_dir(path)
        return self.save_session_to(path)

    def maybe_save(self) -> bool:
        """Before unsaved work would be lost: ask to save. False means the user cancelled."""
        if self.undo_stack.isClean():
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Ask Save / Discard / Cancel about unsaved changes."""
        buttons = (
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        return QMessageBox.warning(
            self,
            self.tr("Unsaved changes"),
            self.tr("The session has unsaved changes. Save them first?"),
            buttons,
            QMessageBox.StandardButton.Save,
        )

    def offer_recovery(self) -> bool:
        """After a crash: offer the newest autosave left behind; True if restored."""
        orphans = orphaned_autosaves(self.autosaver.directory)
        if not orphans:
            return False
        newest = orphans[0]
        when = QFileInfo(str(newest)).lastModified().toString(Qt.DateFormat.TextDate)
        restore = self.ask_recover(when)
        restored = False
        if restore:
            try:
                session = load_session(newest)
            except SessionFileError as exc:
                self._warn(self.tr("Cannot restore the session"), str(exc))
            else:
                self.state.restore(session)
                self._set_document(None)
                self.undo_stack.resetClean()  # restored work is unsaved work
                self.plot.reset_view()
                self.autosaver.save_now()
                restored = True
        for path in orphans:
            path.unlink(missing_ok=True)
        return restored

    def ask_recover(self, when: str) -> bool:
        """Ask whether to restore an autosaved session from ``when``."""
        answer = QMessageBox.question(
            self,
            self.tr("Restore unsaved session?"),
            self.tr(
                "Overfit Lab did not close normally last time. Restore the session autosaved "
                "at {0}?"
            ).format(when),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _set_document(self, path: Path | None, keep_history: bool = False) -> None:
        self.current_path = path
        self.setWindowFilePath(str(path) if path else "")
        self._update_title()
        if not keep_history:
            self.undo_stack.clear()
        self.undo_stack.setClean()
        self.setWindowModified(False)

    def _update_title(self) -> None:
        app = self.tr("Overfit Lab")
        path = self.current_path
        self.setWindowTitle(f"{path.name}[*] — {app}" if path else f"{app}[*]")

    def _make_recent_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.aboutToShow.connect(self._on_recent_menu_about_to_show)
        return menu

    def recent_files(self) -> list[str]:
        """Recently opened or saved sessions, newest first."""
        value = self._settings.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or []]

    def _add_recent(self, path: Path) -> None:
        name = str(path.resolve())
        recent = [name] + [p for p in self.recent_files() if p != name]
        self._settings.setValue("files/recent", recent[:MAX_RECENT])
        self._remember_dir(name)

    def _on_recent_menu_about_to_show(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_files()
        if not recent:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)
        for name in recent:
            act = self.recent_menu.addAction(name)
            act.triggered.connect(lambda _=False, n=name: self._open_if_allowed(n))

    def _open_if_allowed(self, path: str) -> None:
        if self.maybe_save():
            self.open_session(path)

    def _last_dir(self) -> str:
        return str(self._settings.value("files/last_dir", str(Path.home())))

    def _remember_dir(self, path: str) -> None:
        self._settings.setValue("files/last_dir", str(Path(path).resolve().parent))

    def _on_new_triggered(self) -> None:
        if self.maybe_save():
            self.new_session()

    def _on_open_triggered(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open session"),
            self._last_dir(),
            self.tr("Overfit Lab sessions (*.json)"),
        )
        if path:
            self.open_session(path)

    # ------------------------------------------------------------------ images
    def export_panels(self) -> dict[str, str]:
        """Panels that can be exported: key -> label."""
        return {
            "plot": self.tr("Data plot"),
            "coefficients": self.tr("Coefficient panel"),
            "errors": self.tr("Validation curves"),
            "path": self.tr("Regularization path"),
            "entropy": self.tr("Entropy panel"),
            "window": self.tr("Whole window"),
        }

    def panel_widget(self, key: str) -> QWidget:
        """The widget of an exportable panel, its dock brought to the front."""
        docks = {
            "coefficients": (self.coefficient_dock, self.coefficient_panel),
            "errors": (self.error_dock, self.error_panel),
            "path": (self.path_dock, self.path_panel),
            "entropy": (self.entropy_dock, self.entropy_panel),
        }
        if key == "plot":
            return self.plot
        if key == "window":
            return self
        if key not in docks:
            choices = ", ".join(self.export_panels())
            raise ExportError(f"unknown panel {key!r}; choose from {choices}")
        dock, widget = docks[key]
        dock.show()
        dock.raise_()
        QApplication.processEvents()
        return widget

    def wait_for_panels(self) -> None:
        """Let every panel finish its background computations (before an export)."""
        QApplication.processEvents()
        for panel in (self.error_panel, self.path_panel, self.variance_overlay):
            panel.wait_until_idle()
        QApplication.processEvents()

    def export_image(self, key: str, path: str, width: int, height: int | None = None) -> bool:
        """Export a panel to PNG or SVG; say so on failure."""
        try:
            widget = self.panel_widget(key)
            self.wait_for_panels()
            export_widget(widget, path, width, height)
        except (ExportError, OSError) as exc:
            self._warn(self.tr("Cannot export the image"), str(exc))
            return False
        self._show_message(self.tr("Exported {0}").format(path))
        return True

    def _on_export_image_triggered(self) -> None:
        dialog = ExportDialog(self.export_panels(), self._last_dir(), self)
        if dialog.exec():
            key, path, width, height = dialog.choice()
            self._remember_dir(path)
            self.export_image(key, path, width, height)

    def clear_points(self) -> None:
        """Remove every point (one undo step)."""
        if self.state.points.x.size:
            self.undo_stack.push(
                ReplacePointsCommand(self.state, self.tr("Clear points"), PointTable.empty())
            )

    def import_points(self, path: str) -> None:
        """Replace the points by a CSV file's (one undo step); the domain becomes their x range.

        The file is read on a worker thread with a progress dialog, so a
        million rows never freeze the window; ``import_finished`` reports
        the outcome.
        """
        reader = _CsvReader(path, self)
        progress = QProgressDialog(self.tr("Reading {0}…").format(path), "", 0, 100, self)
        progress.setCancelButton(None)
        progress.setMinimumDuration(300)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        reader.progressed.connect(progress.setValue)
        reader.loaded.connect(lambda table: self._apply_import(path, table))
        reader.failed.connect(lambda reason: self._finish_import(False, reason))
        reader.finished.connect(progress.close)
        reader.finished.connect(reader.deleteLater)
        self._readers.add(reader)
        reader.finished.connect(lambda: self._readers.discard(reader))
        reader.start()

    def _apply_import(self, path: str, table: PointTable) -> None:
        lo, hi = float(table.x.min()), float(table.x.max())
        if lo == hi:
            reason = self.tr("{0}: all x values equal {1}, so they span no domain.")
            self._finish_import(False, reason.format(path, lo))
            return
        self.undo_stack.push(
            ReplacePointsCommand(self.state, self.tr("Import points"), table, Domain(lo, hi))
        )
        self.plot.reset_view()
        message = self.tr("Imported {0} points from {1}").format(table.x.size, path)
        self._finish_import(True, message)

    def _finish_import(self, ok: bool, message: str) -> None:
        if ok:
            self._show_message(message)
        else:
            self._warn(self.tr("Cannot import points"), message)
        self.import_finished.emit(ok, message)

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
            self,
            self.tr("Import points"),
            self._last_dir(),
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if path:
            self._remember_dir(path)
            self.import_points(path)

    def _on_export_points_triggered(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export points"),
            str(Path(self._last_dir()) / "points.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self._remember_dir(path)
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

    def _on_autosaver_failed(self, reason: str) -> None:
        self._show_message(self.tr("Autosave failed: {0}").format(reason))

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
        if not self.maybe_save():
            event.ignore()
            return
        self.autosaver.discard()
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
    apply_fonts_and_numbers(app)
    return app  # type: ignore[return-value]
