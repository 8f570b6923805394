"""Run pure functions off the GUI thread and deliver only the latest result.

A panel whose computation can take longer than a frame hands it to a
:class:`LatestRunner`: ``submit(fn, *args)`` starts it on a worker thread,
and ``result_ready`` later carries ``fn``'s return value into the GUI thread.
Submissions coalesce: while a job runs, a newer submission replaces any
waiting one, and a result that is no longer the latest submission is dropped.
A slider drag therefore computes at most the setting in flight plus the
newest one, and never shows a result for a setting the user has left.

The worker is a Python thread (not a QThreadPool thread) so that the
interpreter, not Qt, waits for it at exit; it touches no widget and no state,
only the function's arguments. Its result reaches the GUI thread through a
queued signal of a small relay object kept alive by the job itself, so a
runner (or its window) may be deleted while a job runs: Qt drops the
connection with the receiver and the late result goes nowhere.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries a finished job from the worker thread to the GUI thread (queued)."""

    done = Signal(int, object, object)


class LatestRunner(QObject):
    """Runs one function at a time off the GUI thread; only the newest result is delivered.

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

    def __init__(self, parent: QObject | None = None, name: str = "overfit-background") -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        # No Qt parent: the relay must outlive this runner while a job holds it.
        self._relay = _Relay()
        self._relay.done.connect(self._on_relay_done)
        self._generation = 0
        self._running = False
        self._pending: tuple[int, Callable[..., Any], tuple[Any, ...]] | None = None
        executor = self._executor
        # A closure over the executor, not self: it runs while self is being destroyed.
        self.destroyed.connect(lambda *_: executor.shutdown(wait=False, cancel_futures=True))

    # ------------------------------------------------------------------ public
    @property
    def busy(self) -> bool:
        """True while a job runs or waits to run."""
        return self._running or self._pending is not None

    @property
    def generation(self) -> int:
        """Number of the latest submission (or cancellation)."""
        return self._generation

    def submit(self, fn: Callable[..., Any], *args: Any) -> int:
        """Run ``fn(*args)`` off the GUI thread; returns the job's generation number.

        ``fn`` must not touch Qt objects or shared mutable state: give it
        immutable inputs (numpy arrays that nobody writes, frozen dataclasses).
        """
        self._generation += 1
        job = (self._generation, fn, args)
        was_busy = self.busy
        if self._running:
            self._pending = job  # replaces any older waiting job
        else:
            self._start(job)
        if not was_busy:
            self.busy_changed.emit(True)
        return self._generation

    def cancel(self) -> None:
        """Forget the waiting job and drop the result of the running one."""
        self._generation += 1
        was_busy = self.busy
        self._pending = None
        if was_busy and not self.busy:
            self.busy_changed.emit(False)

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Process events until no job is left (results applied); False on timeout.

        For exports and tests: the GUI stays responsive while it waits.
        """
        deadline = QDeadlineTimer(timeout_ms)
        app = QApplication.instance()
        while self.busy and not deadline.hasExpired():
            if app is not None:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if self.busy:
                loop = QEventLoop()
                QTimer.singleShot(2, loop.quit)
                loop.exec()
        return not self.busy

    def shutdown(self) -> None:
        """Stop accepting work: drop pending jobs and results (a running job finishes unseen)."""
        self.cancel()
        self._executor.shutdown(wait=False, cancel_futures=True)

    # ----------------------------------------------------------------- private
    def _start(self, job: tuple[int, Callable[..., Any], tuple[Any, ...]]) -> None:
        generation, fn, args = job
        relay = self._relay
        self._running = True

        def work() -> None:
            try:
                result = fn(*args)
            except Exception as exc:  # handed to the GUI thread, which reports or re-raises it
                relay.done.emit(generation, None, exc)
            else:
                relay.done.emit(generation, result, None)

        try:
            self._executor.submit(work)
        except RuntimeError:
            # The executor was shut down (the window is closing): nothing will run.
            self._running = False

    def _on_relay_done(self, generation: int, result: object, error: object) -> None:
        self._running = False
        if self._pending is not None:
            job, self._pending = self._pending, None
            self._start(job)
        try:
            if generation != self._generation:
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
