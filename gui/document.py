"""The session as a document: new, open, save, recent files, autosave and recovery.

:class:`SessionDocument` knows which file the session belongs to and whether
the undo stack holds unsaved work. It loads and saves through
:mod:`core.session_file`, keeps the autosave going, and after a crash offers
the autosave left behind. Questions and warnings go through
:class:`gui.dialogs.Dialogs`; the window only follows ``path_changed`` (for
its title) and ``replaced`` (to show the new points).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEventLoop, QFileInfo, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMenu, QProgressDialog, QWidget

from core.session_file import SessionData, load_session, save_session
from gui.autosave import (
    Autosaver,
    discard_autosave,
    orphaned_autosaves,
    remove_stale_temp_files_quietly,
    set_aside,
)
from gui.background import BackgroundWorker, LatestRunner
from gui.dialogs import Button, Dialogs
from gui.file_history import FileHistory
from gui.workspace import PreparedWorkspace, Workspace, prepare_session

LOADER_NAME = "overfitSessionLoader"
#: A load that takes longer than this shows a progress dialog with Cancel.
SHOW_PROGRESS_MS = 400


def read_and_prepare(path: str) -> PreparedWorkspace:
    """Load, check, reduce and fit a session file, both labs (runs on the loader's thread).

    Raises SessionFileError for a file that is not a valid session, ValueError
    for one that cannot be fitted.
    """
    return prepare_session(load_session(path))


class SessionDocument(QObject):
    """The file behind the session, and every way the session meets the disk.

    Signals
    -------
    path_changed(object)
        The session now belongs to this file (a Path), or to none (None).
    replaced()
        A whole new session is on screen (opened, recovered, or new).
    """

    path_changed = Signal(object)
    replaced = Signal()

    def __init__(
        self,
        state: Workspace,
        undo_stack: QUndoStack,
        history: FileHistory,
        dialogs: Dialogs,
        data_dir: Path,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._undo = undo_stack
        self._history = history
        self._dialogs = dialogs
        self._parent = parent
        self.path: Path | None = None
        self.autosaver = Autosaver(state, undo_stack, data_dir, self)
        # What a save killed mid-write left in the autosave folder goes now.
        remove_stale_temp_files_quietly(data_dir)
        self.autosaver.failed.connect(self._on_autosaver_failed)
        self.recent_menu = QMenu(parent)
        self.recent_menu.aboutToShow.connect(self._on_recent_menu_about_to_show)
        # Sessions load on a thread of their own: a million points take seconds to
        # parse and reduce, and the window must stay responsive (and cancellable).
        self._loader = LatestRunner(self, BackgroundWorker(self, LOADER_NAME))

    def retranslate(self) -> None:
        """Set the texts this object owns in the current language."""
        self.recent_menu.setTitle(self.tr("Open &recent"))

    # ---------------------------------------------------------------- loading
    def new_session(self) -> None:
        """Start a fresh, empty session with default settings (not undoable: a new document)."""
        self._state.restore(SessionData())
        self._set_path(None)
        self.replaced.emit()

    def open_session(self, path: str | os.PathLike[str]) -> bool:
        """Load a session file; on any problem say so and keep the current session.

        The file is read, checked, reduced and fitted off the GUI thread behind a
        progress dialog with Cancel; nothing on screen changes until all of that
        succeeded. Returns True once the session is shown.
        """
        prepared = self._load(path, self.tr("Opening {0}…").format(path))
        if isinstance(prepared, str):
            if prepared:
                self._dialogs.warn(self.tr("Cannot open session"), prepared)
            return False
        self._state.restore(prepared)
        self._set_path(Path(path))
        self._history.add_recent(Path(path))
        self.replaced.emit()
        self._dialogs.status(self.tr("Opened {0}").format(path))
        return True

    def offer_recovery(self) -> bool:
        """After a crash: offer the newest autosave left behind; True if restored.

        An autosave the user declines, or one that cannot be restored, is set
        aside (renamed, kept in the same folder) and never offered again; older
        ones are set aside too. Nothing is deleted.
        """
        orphans = orphaned_autosaves(self.autosaver.directory)
        if not orphans:
            return False
        newest, older = orphans[0], orphans[1:]
        for path in older:
            set_aside(path)
        modified = QFileInfo(str(newest)).lastModified()
        when = QLocale.system().toString(modified, QLocale.FormatType.LongFormat)
        if not self._dialogs.ask_recover(when):
            kept = set_aside(newest)
            self._dialogs.status(self.tr("The autosave was kept as {0}").format(kept))
            return False
        prepared = self._load(newest, self.tr("Restoring the autosaved session…"))
        if isinstance(prepared, str):
            kept = set_aside(newest)
            self._dialogs.warn(
                self.tr("Cannot restore the session"),
                self.tr("{0} The autosave was kept as {1}").format(prepared, kept),
            )
            return False
        self._state.restore(prepared)
        # The session keeps the file it belonged to: Save writes there.
        self._set_path(self.autosaver.document_of(newest))
        self._undo.resetClean()  # restored work is unsaved work
        self.replaced.emit()
        if self.autosaver.save_now():
            discard_autosave(newest)  # its work now lives in this process's autosave
        else:
            set_aside(newest)
        return True

    def _load(self, path: str | os.PathLike[str], label: str) -> PreparedWorkspace | str:
        """Read and prepare a session off the GUI thread; the reason (or "") on failure.

        Waits in a local event loop behind a window-modal progress dialog, so
        the window repaints while a large file loads; Cancel returns "".
        """
        outcome: list[PreparedWorkspace | str] = []
        loop = QEventLoop()

        def finish(result: PreparedWorkspace | str) -> None:
            if not outcome:
                outcome.append(result)
            loop.quit()

        progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self._parent)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(SHOW_PROGRESS_MS)
        # A busy dialog gets no setValue calls, which is what shows it by itself.
        show = QTimer(progress)
        show.setSingleShot(True)
        show.timeout.connect(progress.show)
        show.start(SHOW_PROGRESS_MS)
        connections = [
            self._loader.result_ready.connect(finish),
            self._loader.failed.connect(lambda error: finish(str(error))),
            progress.canceled.connect(lambda: finish("")),
        ]
        try:
            self._loader.submit(read_and_prepare, os.fspath(path))
            if not outcome:
                loop.exec()
        finally:
            for connection in connections:
                QObject.disconnect(connection)
            progress.close()
            progress.deleteLater()
        if outcome[0] == "":
            self._loader.cancel()  # the thread finishes; its result goes nowhere
            self._dialogs.status(self.tr("Opening cancelled"))
        return outcome[0]

    # ----------------------------------------------------------------- saving
    def save_session_to(self, path: str | os.PathLike[str]) -> bool:
        """Write the session to ``path`` atomically; the session stays as it is on failure."""
        try:
            save_session(path, self._state.to_session())
        except (OSError, ValueError) as exc:
            # ValueError: a limit (both labs hold more points than a file may).
            self._dialogs.warn(self.tr("Cannot save session"), str(exc))
            return False
        self._set_path(Path(path), keep_history=True)
        self._history.add_recent(Path(path))
        self._dialogs.status(self.tr("Saved {0}").format(path))
        return True

    def save(self) -> bool:
        """Save to the current file, or ask for one."""
        if self.path is None:
            return self.save_as()
        return self.save_session_to(self.path)

    def save_as(self) -> bool:
        """Ask for a file name and save there."""
        start = str(self.path or Path(self._history.last_dir()) / "session.json")
        path, _ = QFileDialog.getSaveFileName(
            self._parent, self.tr("Save session"), start, self.tr("Overfit Lab sessions (*.json)")
        )
        if not path:
            return False
        if not path.lower().endswith(".json"):
            path += ".json"
        self._history.remember_dir(path)
        return self.save_session_to(path)

    def maybe_save(self) -> bool:
        """Before unsaved work would be lost: ask to save. False means the user cancelled."""
        if self._undo.isClean():
            return True
        answer = self._dialogs.ask_unsaved()
        if answer == Button.Save:
            return self.save()
        return answer == Button.Discard

    def close(self) -> None:
        """The window closes normally: no autosave is left behind."""
        self.autosaver.discard()

    # --------------------------------------------------------- from the menus
    def start_new(self) -> None:
        """File > New: ask about unsaved work, then start over."""
        if self.maybe_save():
            self.new_session()

    def choose_and_open(self) -> None:
        """File > Open: ask about unsaved work, then for a file to open."""
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Open session"),
            self._history.last_dir(),
            self.tr("Overfit Lab sessions (*.json)"),
        )
        if path:
            self.open_session(path)

    # ---------------------------------------------------------------- private
    def _set_path(self, path: Path | None, keep_history: bool = False) -> None:
        self.path = path
        self.autosaver.document = path
        if not keep_history:
            self._undo.clear()
        self._undo.setClean()
        self.path_changed.emit(path)

    def _on_recent_menu_about_to_show(self) -> None:
        self.recent_menu.clear()
        recent = self._history.recent_files()
        if not recent:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)
        for name in recent:
            act = self.recent_menu.addAction(name)
            act.triggered.connect(lambda _=False, n=name: self._open_if_allowed(n))

    def _open_if_allowed(self, path: str) -> None:
        if self.maybe_save():
            self.open_session(path)

    def _on_autosaver_failed(self, reason: str) -> None:
        self._dialogs.status(self.tr("Autosave failed: {0}").format(reason))
