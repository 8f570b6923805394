"""Run pure functions off the GUI thread and deliver only the latest result.

A panel whose computation can take longer than a frame hands it to a
:class:`LatestRunner`: ``submit(fn, *args)`` starts it on a worker thread,
and ``result_ready`` later carries ``fn``'s return value into the GUI thread.
Submissions coalesce: while a job runs, a newer submission replaces any
waiting one, and a result that is no longer the latest submission is dropped.
A slider drag therefore computes at most the setting in flight plus the
newest one, and never shows a result for a setting the user has left.

Cooperative jobs (``submit(..., cooperative=True)``) get a ``checkpoint``
keyword argument to call between steps (the loops of :mod:`core.validation`
take one). It abandons a job as soon as a newer submission makes it stale,
and it lets the GUI thread go first: numpy releases the interpreter lock
around every LAPACK call, and a worker that grabs it each time makes the GUI
thread wait for it dozens of times per frame (measured: a 1.3 ms refit took
6 ms next to a busy worker). So every submission, made while the GUI thread
is handling a change, holds cooperative jobs for a few milliseconds, the
time to repaint; a job waits at most ``MAX_HOLD_S`` at a time, so a long
drag delays the panels but never starves them.

The panels' runners share one worker thread (:class:`BackgroundWorker`, a
child of the application), so background work never takes more than one core
from the GUI thread, and on Linux that thread runs at a lower priority. A job
that cannot be interrupted and may take seconds (writing an autosave of a
million points) gets a worker of its own, so it never delays the panels. The worker is
a Python thread (not a QThreadPool thread) so that the interpreter, not Qt,
waits for it at exit; it touches no widget and no state, only the function's
arguments. Its result reaches the GUI thread through a queued signal of a
small relay object kept alive by the job itself, so a runner (or its window)
may be deleted while a job runs: Qt drops the connection with the receiver
and the late result goes nowhere.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QEventLoop,
    QObject,
    Qt,
    QTimer,
    Signal,
)

_log = logging.getLogger(__name__)

WORKER_NAME = "overfitBackgroundWorker"
#: Nice value of the worker thread on Linux (0 is normal, 19 the lowest priority).
WORKER_NICENESS = 8
#: After a submission, cooperative jobs wait this long: the GUI thread repaints.
HOLD_MS = 8
#: A job never waits longer than this at one checkpoint.
MAX_HOLD_S = 0.04


class JobCancelledError(Exception):
    """Raised by a checkpoint when a newer submission made the job's result useless."""


def _lower_priority() -> None:
    # Linux keeps a nice value per thread: the worker yields the CPU to the GUI
    # thread. Elsewhere (or where it is not permitted) it keeps normal priority.
    if sys.platform.startswith("linux"):
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), WORKER_NICENESS)
        except OSError:
            _log.debug("could not lower the background thread's priority")


def _stop(idle: threading.Event, executor: ThreadPoolExecutor) -> None:
    idle.set()  # a job waiting at a checkpoint finishes instead of waiting for a GUI
    executor.shutdown(wait=False, cancel_futures=True)


class BackgroundWorker(QObject):
    """The one worker thread that background jobs of every panel share.

    Use :meth:`shared`: it lives as a child of the application (objectName
    ``overfitBackgroundWorker``), so it is created once and goes with the app.
    """

    def __init__(self, parent: QObject | None = None, name: str = WORKER_NAME) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.executor = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="overfit-background", initializer=_lower_priority
        )
        #: Set while cooperative jobs may run; cleared for a moment by hold().
        self.gui_idle = threading.Event()
        self.gui_idle.set()
        self._release = QTimer(self)
        self._release.setSingleShot(True)
        self._release.timeout.connect(self.gui_idle.set)
        executor, idle = self.executor, self.gui_idle
        # A closure over plain objects, not self: it runs while self is being destroyed.
        self.destroyed.connect(lambda *_: _stop(idle, executor))

    @classmethod
    def shared(cls) -> BackgroundWorker:
        """The application's worker, created on first use."""
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("background jobs need a QApplication (create one first)")
        only_direct = Qt.FindChildOption.FindDirectChildrenOnly
        for child in app.findChildren(QObject, WORKER_NAME, only_direct):
            if isinstance(child, cls):
                return child
        return cls(app)

    def hold(self, ms: int = HOLD_MS) -> None:
        """Keep cooperative jobs waiting for ``ms`` milliseconds (the GUI thread is busy).

        Extends a hold in force, never shortens it.
        """
        self.gui_idle.clear()
        if not (self._release.isActive() and self._release.remainingTime() >= ms):
            self._release.start(ms)

    def release(self) -> None:
        """End a hold now."""
        self._release.stop()
        self.gui_idle.set()


class _Relay(QObject):
    """Carries a finished job from the worker thread to the GUI thread (queued)."""

    done = Signal(int, object, object)


class _Latest:
    """The newest generation of a runner, readable from the worker thread."""

    generation = 0


@dataclass(frozen=True)
class _Job:
    generation: int
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    cooperative: bool


class LatestRunner(QObject):
    """Runs one function at a time off the GUI thread; only the newest result is delivered.

    Parameters
    ----------
    parent : QObject, optional
    worker : BackgroundWorker, optional
        Defaults to the application's shared worker.

    Signals
    -------
    result_ready(object)
        The return value of the latest submitted job (GUI thread).
    failed(object)
        The exception the latest job raised. ``ValueError`` (bad input the
        core refuses) is only reported; anything else is re-raised in the
        GUI thread afterwards, so a bug is not hidden.
    busy_changed(bool)
        True when a job starts while idle, False when nothing is left to do.
    """

    result_ready = Signal(object)
    failed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(
        self, parent: QObject | None = None, worker: BackgroundWorker | None = None
    ) -> None:
        super().__init__(parent)
        self._worker = worker or BackgroundWorker.shared()
        # No Qt parent: the relay must outlive this runner while a job holds it.
        self._relay = _Relay()
        self._relay.done.connect(self._on_relay_done)
        self._latest = _Latest()
        self._running = False
        self._pending: _Job | None = None

    # ------------------------------------------------------------------ public
    @property
    def busy(self) -> bool:
        """True while a job runs or waits to run."""
        return self._running or self._pending is not None

    @property
    def generation(self) -> int:
        """Number of the latest submission (or cancellation)."""
        return self._latest.generation

    def submit(self, fn: Callable[..., Any], *args: Any, cooperative: bool = False) -> int:
        """Run ``fn(*args)`` off the GUI thread; returns the job's generation number.

        ``fn`` must not touch Qt objects or shared mutable state: give it
        immutable inputs (numpy arrays that nobody writes, frozen dataclasses).
        With ``cooperative=True`` it is called as ``fn(*args, checkpoint=...)``
        and should call the checkpoint between steps (see the module docstring).
        """
        self._latest.generation += 1
        job = _Job(self._latest.generation, fn, args, cooperative)
        self._worker.hold()
        was_busy = self.busy
        if self._running:
            self._pending = job  # replaces any older waiting job
        else:
            self._start(job)
        if not was_busy:
            self.busy_changed.emit(True)
        return job.generation

    def hold(self, *_args: object) -> None:
        """Keep cooperative jobs waiting a moment: the GUI thread is about to work.

        Connect it to signals that precede GUI work, such as a state's
        ``model_changed`` (emitted before the refit), so that the worker does
        not compete with the refit and the repaint for the interpreter lock.
        """
        self._worker.hold()

    def cancel(self) -> None:
        """Forget the waiting job and drop (or, if cooperative, stop) the running one."""
        self._latest.generation += 1
        was_busy = self.busy
        self._pending = None
        if was_busy and not self.busy:
            self.busy_changed.emit(False)

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Process events until no job is left (results applied); False on timeout.

        For exports and tests: the GUI stays responsive while it waits.
        """
        deadline = QDeadlineTimer(timeout_ms)
        app = QCoreApplication.instance()
        while self.busy and not deadline.hasExpired():
            if app is not None:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if self.busy:
                loop = QEventLoop()
                QTimer.singleShot(2, loop.quit)
                loop.exec()
        return not self.busy

    # ----------------------------------------------------------------- private
    def _start(self, job: _Job) -> None:
        relay, latest, idle = self._relay, self._latest, self._worker.gui_idle
        self._running = True

        def checkpoint() -> None:
            if latest.generation != job.generation:
                raise JobCancelledError
            idle.wait(MAX_HOLD_S)
            if latest.generation != job.generation:
                raise JobCancelledError

        def work() -> None:
            try:
                if job.cooperative:
                    checkpoint()
                    result = job.fn(*job.args, checkpoint=checkpoint)
                else:
                    result = job.fn(*job.args)
            except Exception as exc:  # handed to the GUI thread, which reports or re-raises it
                relay.done.emit(job.generation, None, exc)
            else:
                relay.done.emit(job.generation, result, None)

        try:
            self._worker.executor.submit(work)
        except RuntimeError:
            # The worker was shut down (the application is closing): nothing will run.
            self._running = False

    def _on_relay_done(self, generation: int, result: object, error: object) -> None:
        self._running = False
        if self._pending is not None:
            job, self._pending = self._pending, None
            self._start(job)
        try:
            if generation != self._latest.generation or isinstance(error, JobCancelledError):
                return  # superseded: a newer submission or a cancel came after it
            if error is None:
                self.result_ready.emit(result)
                return
            self.failed.emit(error)
            if not isinstance(error, ValueError):
                _log.error("background job failed", exc_info=error)
                raise error
        finally:
            if not self.busy:
                self.busy_changed.emit(False)


def same_key(a: tuple | None, b: tuple | None) -> bool:
    """Whether two request keys are equal, the first item (the point table) by identity.

    Point tables are immutable and replaced on every edit, so identity says
    "same points" in O(1) where ``==`` would compare every point.
    """
    if a is None or b is None:
        return a is b
    if len(a) != len(b) or a[0] is not b[0]:
        return False
    return a[1:] == b[1:]
