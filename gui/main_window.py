"""The main window: it assembles the labs' views, controllers, actions, menus and docks.

Built in the order of Qt's own examples: actions, menus, tool bar, status
bar, docks. The window owns the states of both labs (the curve lab's
``state`` and the classification lab's ``plane_state``, one session as
``workspace``) and the one undo stack they share; what happens to files
(:mod:`gui.document`, :mod:`gui.points_io`, :mod:`gui.plane_io`,
:mod:`gui.image_export`), scenarios (:mod:`gui.scenario_controller`) and
every action's words (:mod:`gui.actions`) lives in modules of its own. The
title marks unsaved changes (``[*]``) whenever the undo stack is not at its
clean index. Actions on points (generate, clear, delete, import, export,
reset view) act on the lab in the room shown; in the entropy calculator's
room they are off.

Each lab assembles its own views and docks (:mod:`gui.curve_lab`,
:mod:`gui.plane_lab`). Over 400 lines because what is the window's alone
stays here: the rooms, the point actions sent to the lab shown, language,
full screen and presentation, and the layout restored for the screen and
saved on close, which share the window's construction order.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
)

from core.datasets import generate
from core.plane import PlaneTable
from core.plane_datasets import generate_plane, generated_box
from core.points_csv import PointTable
from core.polyfit import Domain
from core.scenarios import INDEX_TOPIC
from gui.actions import WindowActions
from gui.autosave import default_data_dir
from gui.commands import ReplacePointsCommand, retranslate_stack
from gui.curve_lab import CurveLab
from gui.dialogs import Dialogs
from gui.document import SessionDocument
from gui.entropy import EntropyPanel
from gui.figures.sources import provide_figures
from gui.file_history import FileHistory
from gui.guide import ConceptsGuide
from gui.i18n import LANGUAGES, Translations, system_language
from gui.image_export import Exportable, ImageExport
from gui.menus import Menus
from gui.plane_commands import ReplacePlanePointsCommand
from gui.plane_io import PlaneIO
from gui.plane_lab import PlaneLab
from gui.plane_plot import ClassPlot
from gui.plane_state import PlaneState
from gui.plot_view import DataPlot
from gui.points_io import PointsIO
from gui.presentation import Presentation
from gui.rooms import Rooms
from gui.scenario_controller import ScenarioController
from gui.state import LabState
from gui.tooltips import WrappingToolTips
from gui.window_layout import fit_to_screen, fits, full_tab_names
from gui.workspace import Workspace

# The distribution the concepts guide's entropy page walks through.
ENTROPY_EXAMPLE = "0.5 0.25 0.25"
#: The rooms that hold a lab (their plot takes the actions on points).
LAB_ROOMS = ("curves", "classification")


class MainWindow(QMainWindow):
    """Overfit Lab's one window."""

    def __init__(
        self,
        state: LabState | None = None,
        settings: QSettings | None = None,
        data_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.state = state if state is not None else LabState(self)
        self.plane_state = PlaneState(self)
        self.workspace = Workspace(self.state, self.plane_state)
        self.undo_stack = QUndoStack(self)
        self._settings = settings if settings is not None else QSettings()
        app: QApplication = QApplication.instance()  # type: ignore[assignment]
        self.translations = Translations(app)
        WrappingToolTips.install(app)
        self.dialogs = Dialogs(self)
        self.file_history = history = FileHistory(self._settings)
        self.document = SessionDocument(
            self.workspace,
            self.undo_stack,
            history,
            self.dialogs,
            data_dir or default_data_dir(),
            self,
        )
        plane_points = self._plane_point_count
        curve_points = self._curve_point_count
        self.points_io = PointsIO(
            self.state, self.undo_stack, history, self.dialogs, self, plane_points
        )
        self.plane_io = PlaneIO(
            self.plane_state, self.undo_stack, history, self.dialogs, self, curve_points
        )
        self.image_export = ImageExport(
            history, self.dialogs, self.wait_for_panels, self, self._preferred_export
        )

        self.rooms = Rooms()
        self.setCentralWidget(self.rooms)
        self.entropy_panel = EntropyPanel()
        self.scenario_controller = ScenarioController(
            self.state, self.undo_stack, self.document, self.dialogs, self, self.plane_state
        )
        scenarios = list(self.scenario_controller.scenarios.values())
        self.curve_lab = CurveLab(self.state, self.undo_stack, scenarios, plane_points, self)
        self.plane_lab = PlaneLab(self.plane_state, self.undo_stack, scenarios, curve_points, self)
        self.guide: ConceptsGuide | None = None

        self.presentation = Presentation(
            self,
            [*self.curve_lab.figures(), self.entropy_panel, *self.plane_lab.figures()],
            self._secondary_docks,
            self._settings,
            inner=[self.plane_lab.room],
            rooms=self.rooms,
        )
        self.presentation.toggled.connect(self._on_presentation_toggled)
        self.action_table = WindowActions(self)
        self.menus = Menus(self, self.action_table, self.document.recent_menu)
        self._create_tool_bar()
        self._create_status_bar()
        self._create_docks()
        self._register_exports()
        provide_figures(self)
        self.retranslate()

        self.undo_stack.cleanChanged.connect(self._on_undo_stack_clean_changed)
        self.document.path_changed.connect(self._on_document_path_changed)
        self.document.replaced.connect(self.curve_lab.plot.reset_view)
        self.document.replaced.connect(self.plane_lab.plot.reset_view)
        self.points_io.import_finished.connect(self._on_points_io_import_finished)
        self.plane_io.import_finished.connect(self._on_plane_io_import_finished)
        self.curve_lab.message.connect(self.dialogs.status)
        self.plane_lab.message.connect(self.dialogs.status)
        self.plane_lab.entropy_requested.connect(self.show_entropy_counts)
        self.plane_lab.plot.selection_changed.connect(self._on_plot_selection_changed)
        self.rooms.room_changed.connect(self._on_rooms_room_changed)
        self.scenario_controller.loaded.connect(self._on_scenario_controller_loaded)
        self.scenario_controller.shown_changed.connect(self._on_scenario_controller_shown_changed)
        for lab in (self.curve_lab, self.plane_lab):
            lab.scenario_panel.scenario_chosen.connect(self.scenario_controller.load)
        self.curve_lab.plot.selection_changed.connect(self._on_plot_selection_changed)
        self._on_plot_selection_changed()
        self._restore_layout()
        self.set_language(str(self._settings.value("ui/language", system_language())))

    # ---------------------------------------------------------------- building
    def _create_tool_bar(self) -> None:
        a = self.action_table
        self.tool_bar = self.addToolBar("")
        self.tool_bar.setObjectName("mainToolBar")
        self.tool_bar.addActions([a.undo, a.redo, a.generate, a.clear, a.reset_view])

    def _create_status_bar(self) -> None:
        # A widget, not a message: a passing message hides it only while shown.
        self.hint_label = QLabel()
        self.hint_label.setObjectName("mouseHint")
        self.statusBar().addWidget(self.hint_label, 1)

    def _create_docks(self) -> None:
        # The labs' docks are theirs; the View menu shows and hides each.
        for d in self.curve_lab.docks.all():
            self.menus.view.insertAction(self.menus.dock_toggles, d.toggleViewAction())
        self.curve_lab.add_to(self.rooms, lambda: self.tr("Curve fitting"))
        for d in self.plane_lab.docks.all():
            self.menus.view.insertAction(self.menus.dock_toggles, d.toggleViewAction())
        self.plane_lab.add_to(self.rooms, lambda: self.tr("Classification"))
        # The panel scrolls itself: it fills the room at any window size.
        self.rooms.add_room(
            "entropy", self.entropy_panel, [], lambda: self.tr("Entropy calculator")
        )

    def _register_exports(self) -> None:
        def reveal(dock: QDockWidget | None = None, room: str = "curves") -> Callable[[], None]:
            def bring_forward() -> None:
                self.rooms.show_room(room)
                if dock is not None:
                    dock.show()
                    dock.raise_()

            return bring_forward

        register = self.image_export.register
        self.curve_lab.register_exports(register, reveal)
        self.plane_lab.register_exports(register, reveal)
        entropy = Exportable(
            lambda: self.tr("Entropy panel"), lambda: self.entropy_panel, reveal(room="entropy")
        )
        register("entropy", entropy)
        register("window", Exportable(lambda: self.tr("Whole window"), lambda: self))

    def retranslate(self) -> None:
        """Set every text of the window in the current language."""
        self._update_title()
        self.menus.retranslate()
        self.tool_bar.setWindowTitle(self.tr("Tool bar"))
        self.action_table.retranslate()
        self.document.retranslate()
        self.curve_lab.retranslate()
        self.plane_lab.retranslate()
        self.rooms.retranslate()
        self._update_hint()

    def _update_hint(self) -> None:
        room = self.rooms.current
        if room == "classification":
            text = self.tr(
                "Click: add a point of the chosen class (keys 1, 2) · Shift+click: add a test "
                "point · drag a point: move it · right-click: remove it · drag empty space: pan "
                "· wheel: zoom"
            )
        elif room == "curves":
            text = self.tr(
                "Click: add a training point · Shift+click: add a test point · drag a point: "
                "move it · right-click: remove it · drag empty space: pan · wheel: zoom"
            )
        else:
            text = ""
        self.hint_label.setText(text)

    # ----------------------------------------------------------------- language
    def set_language(self, language: str) -> None:
        """Switch the interface language live and remember it."""
        if language not in LANGUAGES:
            language = "en"
        if not self.translations.set_language(language):
            self.dialogs.status(self.tr("The translation for {0} is missing.").format(language))
        self._settings.setValue("ui/language", self.translations.language)
        for act in self.action_table.languages.actions():
            act.setChecked(act.data() == self.translations.language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            language = self.translations.language
            # Before the actions: the scenario actions are named in this language.
            self.scenario_controller.set_language(language)
            for lab in (self.curve_lab, self.plane_lab):
                lab.scenario_panel.set_language(language)
            retranslate_stack(self.undo_stack)  # before the actions name Undo and Redo
            self.retranslate()
            if self.guide is not None:
                self.guide.set_language(language)
        elif event.type() == QEvent.Type.WindowStateChange:
            # Full screen left another way (the window manager, say): the action follows.
            full = bool(self.windowState() & Qt.WindowState.WindowFullScreen)
            self.action_table.full_screen.setChecked(full)
        super().changeEvent(event)

    # ------------------------------------------------------------------ actions
    def load_example(self) -> None:
        """Show each lab's sample (the textbook figure, two rings) without making the session
        dirty."""
        g = self.state.generator
        table = generate(g.preset, g.n_train, g.n_test, g.noise, g.seed)
        self.state.replace_points(table, Domain(0.0, 1.0))
        self.curve_lab.plot.reset_view()
        p = self.plane_state.generator
        plane = generate_plane(p.preset, p.n_train, p.n_test, p.noise, p.seed)
        self.plane_state.replace_points(plane, generated_box(plane.x1, plane.x2))
        self.plane_lab.plot.reset_view()

    @property
    def lab(self) -> str | None:
        """The lab whose room is shown ("curves" or "classification"), or None."""
        if not self.rooms.room_keys():
            return None  # still being built
        room = self.rooms.current
        return room if room in LAB_ROOMS else None

    def clear_points(self) -> None:
        """Remove every point of the lab shown (one undo step)."""
        if self.lab == "classification":
            if len(self.plane_state.points):
                self.undo_stack.push(
                    ReplacePlanePointsCommand(
                        self.plane_state,
                        lambda: self.tr("Classification: clear points"),
                        PlaneTable.empty(),
                    )
                )
        elif self.lab == "curves" and self.state.points.x.size:
            self.undo_stack.push(
                ReplacePointsCommand(
                    self.state, lambda: self.tr("Clear points"), PointTable.empty()
                )
            )

    def generate_data(self) -> None:
        """Data > Generate: a fresh sample for the lab shown."""
        if self.lab == "classification":
            self.plane_lab.generator.generate()
        elif self.lab == "curves":
            self.curve_lab.generator.generate()

    def delete_selected(self) -> None:
        """Edit > Delete: remove the selected points of the lab shown."""
        plot = self.lab_plot()
        if plot is not None:
            plot.delete_selected()

    def select_all_points(self) -> None:
        """Edit > Select all: every point of the lab shown."""
        plot = self.lab_plot()
        if plot is not None:
            plot.select_all()

    def reset_view(self) -> None:
        """View > Reset view of the lab shown."""
        plot = self.lab_plot()
        if plot is not None:
            plot.reset_view()

    def import_points(self) -> None:
        """File > Import points into the lab shown."""
        if self.lab == "classification":
            self.plane_io.choose_and_import()
        elif self.lab == "curves":
            self.points_io.choose_and_import()

    def export_points(self) -> None:
        """File > Export points of the lab shown."""
        if self.lab == "classification":
            self.plane_io.choose_and_export()
        elif self.lab == "curves":
            self.points_io.choose_and_export()

    def lab_plot(self) -> DataPlot | ClassPlot | None:
        """The plot of the lab shown, if a lab is shown."""
        return {"curves": self.curve_lab.plot, "classification": self.plane_lab.plot}.get(
            self.lab or ""
        )

    def _preferred_export(self) -> str:
        return {"classification": "plane", "entropy": "entropy"}.get(self.rooms.current, "plot")

    def _curve_point_count(self) -> int:
        return int(self.state.points.x.size)

    def _plane_point_count(self) -> int:
        return len(self.plane_state.points)

    def show_guide(self, topic: str = INDEX_TOPIC) -> ConceptsGuide:
        """Open the concepts guide (one window, raised if already open) at ``topic``."""
        if self.guide is None:
            self.guide = ConceptsGuide(self.translations.language, self)
            self.guide.show_me_requested.connect(self.scenario_controller.load)
            self.guide.show_entropy_requested.connect(self.show_entropy_example)
        if topic != INDEX_TOPIC or not self.guide.isVisible():
            self.guide.show_topic(topic)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()
        return self.guide

    def show_entropy_example(self) -> None:
        """Show the entropy calculator with the guide's example distribution."""
        self.entropy_panel.show_distribution(ENTROPY_EXAMPLE, "probabilities")
        self.rooms.show_room("entropy")

    def show_entropy_counts(self, counts: str) -> None:
        """Show the entropy calculator with class counts (from the classifier's numbers)."""
        self.entropy_panel.show_distribution(counts, "counts")
        self.rooms.show_room("entropy")

    def set_full_screen(self, full: bool) -> None:
        """View > Full screen: the whole screen, or back to the window as it was (maximized too)."""
        state = self.windowState()
        if full:
            self.setWindowState(state | Qt.WindowState.WindowFullScreen)
        else:
            self.setWindowState(state & ~Qt.WindowState.WindowFullScreen)

    def _secondary_docks(self) -> list[QDockWidget]:
        # What presentation mode puts out of the way: all but the controls and numbers.
        return [*self.curve_lab.secondary_docks(), *self.plane_lab.secondary_docks()]

    def wait_for_panels(self) -> None:
        """Let every panel finish its background computations (before an export)."""
        QApplication.processEvents()
        for lab in (self.curve_lab, self.plane_lab):
            lab.wait_until_idle()
        QApplication.processEvents()

    # -------------------------------------------------------------------- slots
    def _on_undo_stack_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _on_document_path_changed(self, path: Path | None) -> None:
        self.setWindowFilePath(str(path) if path else "")
        self._update_title()
        self.setWindowModified(not self.undo_stack.isClean())

    def _on_points_io_import_finished(self, ok: bool, _message: str) -> None:
        if ok:
            self.curve_lab.plot.reset_view()

    def _on_plane_io_import_finished(self, ok: bool, _message: str) -> None:
        if ok:
            self.plane_lab.plot.reset_view()

    def _on_rooms_room_changed(self, room: str) -> None:
        if room == "classification":
            self.plane_lab.room_shown()
        self._update_hint()
        self.action_table.follow_room(room)
        self._on_plot_selection_changed()

    def _on_scenario_controller_loaded(self, key: str) -> None:
        scenario = self.scenario_controller.scenarios[key]
        if scenario.lab == "curves":
            self.rooms.show_room("curves")
            self.curve_lab.open_scenario()
            return
        self.rooms.show_room("classification")
        self.plane_lab.open_scenario(scenario.clustering is not None and scenario.clustering.shown)

    def _on_scenario_controller_shown_changed(self, lab: str, key: str | None) -> None:
        panel = (self.curve_lab if lab == "curves" else self.plane_lab).scenario_panel
        panel.show_scenario(key)

    def _on_presentation_toggled(self, presenting: bool) -> None:
        # The teacher works the mouse; the back row needs the room more than the hint.
        self.hint_label.setVisible(not presenting)
        if presenting:
            # Once the larger font has reached every widget and their size hints.
            QTimer.singleShot(0, self._fit_models)

    def _fit_models(self) -> None:
        # Only the room shown: a hidden dock is not part of any layout to resize.
        if self.rooms.current == "curves":
            self.curve_lab.fit_model()
        elif self.rooms.current == "classification":
            self.plane_lab.fit_model()

    def _on_plot_selection_changed(self) -> None:
        plot = self.lab_plot()
        self.action_table.delete.setEnabled(plot is not None and bool(plot.selected.size))

    def _update_title(self) -> None:
        app = self.tr("Overfit Lab")
        path = self.document.path
        self.setWindowTitle(f"{path.name}[*] — {app}" if path else f"{app}[*]")

    # ------------------------------------------------------------- window state
    def _restore_layout(self) -> None:
        available = self.screen().availableGeometry()
        geometry = self._settings.value("window/geometry")
        layout = self._settings.value("window/state")
        restored = (
            geometry is not None
            and layout is not None
            and self.restoreGeometry(geometry)
            and fits(self, available)
            and self.restoreState(layout)
        )
        if not restored:
            self.fit_to_screen(available)
        else:
            plane = self._settings.value("window/plane_state")
            if plane is None or not self.plane_lab.room.restoreState(plane):
                self.plane_lab.arrange(available)
            opened = self._settings.value("ui/plane_open_docks")
            if isinstance(opened, list | str):
                names = {opened} if isinstance(opened, str) else set(map(str, opened))
                self.rooms.set_open_docks("classification", names)
            for window in (self, self.plane_lab.room):
                full_tab_names(window)
        room = str(self._settings.value("ui/room", "curves"))
        self.rooms.show_room(room if room in self.rooms.room_keys() else "curves")
        # The first room was entered before the actions existed: they follow it now.
        self.action_table.follow_room(self.rooms.current)
        if self.presentation.remembered():
            self.action_table.presentation.setChecked(True)

    def fit_to_screen(self, available: QRect) -> None:
        """Size the window for a screen with this available geometry and arrange the docks."""
        fit_to_screen(self, available)
        self.curve_lab.arrange(available)
        self.plane_lab.arrange(available)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The window system tells the frame's size (title bar, borders) only now.
        QTimer.singleShot(0, self._keep_on_screen)

    def _keep_on_screen(self) -> None:
        available = self.screen().availableGeometry()
        if not fits(self, available):
            fit_to_screen(self, available)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.document.maybe_save():
            event.ignore()
            return
        self.document.close()
        self.points_io.imports.abandon_all()
        self.plane_io.imports.abandon_all()
        self._settings.setValue("ui/room", self.rooms.current)
        # The layout saved is the normal one; presentation mode is remembered apart.
        presenting = self.presentation.enabled
        self.presentation.set_enabled(False)
        # The normal font reaches every widget now, while they are all alive:
        # delivered during the interpreter's exit it crashed in a plot item.
        QApplication.sendPostedEvents()
        self._settings.setValue("ui/presentation", presenting)
        # Which of the classification lab's docks are open, then the docks as
        # the curve lab has them: other rooms hide them.
        self._settings.setValue(
            "ui/plane_open_docks", sorted(self.rooms.open_docks("classification")) or ""
        )
        self.rooms.show_room("curves")
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        self._settings.setValue("window/plane_state", self.plane_lab.room.saveState())
        super().closeEvent(event)
