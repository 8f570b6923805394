"""Autosave of the open session, and recovery of one left behind by a crash.

While the session has unsaved changes, it is written (atomically) a couple
of seconds after each edit to ``autosave-<pid>.json`` in the data folder,
with ``autosave-<pid>.document`` naming the file the session belongs to (if
any); a clean session or a normal exit removes both. A file whose process
is no longer running was left by a crash: the next start offers it back.
One the user declines, or that cannot be restored, is *set aside*: renamed
to ``kept-autosave-<time>.json`` in the same folder, never offered again and
never deleted.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal
from PySide6.QtGui import QUndoStack

from core.atomic_write import remove_stale_temp_files, write_atomic
from core.session_file import SessionData, session_to_json
from gui.background import BackgroundWorker, LatestRunner
from gui.workspace import Workspace

_log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 2000
_PREFIX = "autosave-"
WORKER_NAME = "overfitAutosaveWorker"


def default_data_dir() -> Path:
    """Where autosaves live: $OVERFIT_LAB_DATA_DIR, else the platform's app-data folder."""
    override = os.environ.get("OVERFIT_LAB_DATA_DIR")
    if override:
        return Path(override)
    # The generic folder plus our name: AppDataLocation would add the
    # organization and the application name, both "Overfit Lab".
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(location) / "Overfit Lab" if location else Path.home() / ".overfit-lab"


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists but is not ours to signal
    return True


def _document_file(path: Path) -> Path:
    return path.with_suffix(".document")


def _write(path: Path, session: SessionData, document: Path | None) -> str | None:
    """Write ``session`` to ``path``; the reason if that failed (runs on any thread)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, session_to_json(session))
        if document is None:
            _document_file(path).unlink(missing_ok=True)
        else:
            write_atomic(_document_file(path), str(document))
    except (OSError, ValueError) as exc:
        # Autosave must never interrupt work with a dialog; the status bar says it.
        return str(exc)
    return None


def remove_stale_temp_files_quietly(directory: Path) -> None:
    """Remove what interrupted writes left in the autosave folder (errors are not ours)."""
    try:
        remove_stale_temp_files(directory)
    except OSError:
        _log.debug("could not clean %s", directory)


def set_aside(path: Path) -> Path:
    """Rename an autosave so it is kept but never offered again; return its new name."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"kept-{_PREFIX}{stamp}.json")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"kept-{_PREFIX}{stamp}-{n}.json")
    try:
        path.rename(target)
    except OSError:
        return path  # cannot rename: it stays where it is, still kept
    _document_file(path).unlink(missing_ok=True)
    return target


def discard_autosave(path: Path) -> None:
    """Remove an autosave and the note of its document."""
    path.unlink(missing_ok=True)
    _document_file(path).unlink(missing_ok=True)


def orphaned_autosaves(directory: Path) -> list[Path]:
    """Autosave files whose process is gone (left by a crash), newest first."""
    if not directory.is_dir():
        return []
    found = []
    for path in directory.glob(f"{_PREFIX}*.json"):
        try:
            pid = int(path.stem.removeprefix(_PREFIX))
        except ValueError:
            continue
        if not _process_alive(pid):
            found.append(path)
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


class Autosaver(QObject):
    """Writes the session shortly after each edit while it has unsaved changes.

    The timed saves are written off the GUI thread, on a worker of their own
    (a session of a million points takes seconds to format), from an
    immutable snapshot of the session; `save_now` writes at once, on the
    calling thread.
    """

    failed = Signal(str)

    def __init__(self, state: Workspace, undo_stack: QUndoStack, directory: Path, parent=None):
        super().__init__(parent)
        #: The file the session belongs to, written beside the autosave.
        self.document: Path | None = None
        self._state = state
        self._undo = undo_stack
        self.directory = directory
        self.path = directory / f"{_PREFIX}{os.getpid()}.json"
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_in_background)
        # Its own thread: formatting a million points takes seconds and cannot
        # be interrupted, and the panels' shared worker must not wait for it.
        self._runner = LatestRunner(self, BackgroundWorker(self, WORKER_NAME))
        self._runner.result_ready.connect(self._on_runner_result_ready)
        undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        undo_stack.cleanChanged.connect(self._on_undo_stack_index_changed)

    @property
    def is_busy(self) -> bool:
        """True while a background save is being written."""
        return self._runner.busy

    def _on_undo_stack_index_changed(self, *_args: object) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def save_now(self) -> bool:
        """Write the autosave now (or remove it when nothing is unsaved); False on failure."""
        self._timer.stop()
        if self._undo.isClean():
            self.discard()
            return True
        self._runner.wait()  # a background save in flight must not land after this one
        try:
            session = self._state.to_session()
        except ValueError as exc:  # beyond a limit: the file could not be read back
            self.failed.emit(str(exc))
            return False
        error = _write(self.path, session, self.document)
        if error is not None:
            self.failed.emit(error)
        return error is None

    def save_in_background(self) -> None:
        """Write the autosave off the GUI thread (or remove it when nothing is unsaved)."""
        if self._undo.isClean():
            self.discard()
            return
        try:
            session = self._state.to_session()
        except ValueError as exc:  # beyond a limit: the file could not be read back
            self.failed.emit(str(exc))
            return
        self._runner.submit(_write, self.path, session, self.document)

    def _on_runner_result_ready(self, error: str | None) -> None:
        if error is not None:
            self.failed.emit(error)

    def discard(self) -> None:
        """Remove this process's autosave."""
        self._timer.stop()
        self._runner.wait()  # else a save in flight would write the file again
        discard_autosave(self.path)

    @staticmethod
    def document_of(path: Path) -> Path | None:
        """The file the session autosaved at ``path`` belonged to, if it was saved anywhere."""
        try:
            text = _document_file(path).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            return None
        return Path(text) if text else None
