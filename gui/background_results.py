"""A view's background results, kept in step with the state they were computed from.

The validation curves, the regularization path and the bootstrap overlay
each compute off the GUI thread. Their results come in parts (the curves
versus degree, the curves versus λ, reductions worth reusing), and each part
depends on its own inputs. A view describes those inputs as *keys*: for each
part a tuple whose first item is the point table (compared by identity, see
:func:`gui.background.same_key`) or None when there is nothing to compute.
:class:`BackgroundResults` then does the rest for every view alike:

- it submits a job for the drawn parts whose stored key differs from the
  current one, carrying the keys it was started with;
- when the job returns ``{part: value}``, it keeps each part whose carried
  key is still current and hands those to the view (``delivered``); a part
  computed for inputs the user has left is dropped;
- while the view is hidden (``active()`` false) nothing is computed; the
  next refresh catches up (lazy refresh), and ``wait_until_idle`` brings it
  up to date for a test, or, with ``hidden=True``, for an export, which
  draws the results whether the view is on screen or not;
- a job that fails keeps its exception as ``error`` for as long as the
  inputs it was started with are current, so the view can say so until the
  next success or the next change;
- the state's ``model_changed`` and ``points_changed`` (emitted before the
  refit) hold cooperative jobs back for a moment, so the refit and the
  repaint go first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal

from gui.background import LatestRunner, same_key
from gui.state import LabState

Keys = Mapping[str, tuple | None]
#: ``start(wanted, keys)`` returns the job (a function and its one argument),
#: or None when nothing can be computed now.
Starter = Callable[[frozenset[str], Keys], tuple[Callable[..., dict[str, Any]], Any] | None]


def _keyed(fn: Callable[..., dict[str, Any]], keys: Keys, request: Any, checkpoint) -> tuple:
    return keys, fn(request, checkpoint=checkpoint)


class BackgroundResults(QObject):
    """Computes a view's parts off the GUI thread and keeps only those still current.

    Parameters
    ----------
    state : LabState
        Its ``model_changed``/``points_changed`` hold jobs back for the refit.
    keys : callable
        The current key of every part (drawn parts and reusable ones).
    start : callable
        Makes the job for the wanted parts (see ``Starter``); the job is
        called as ``fn(request, checkpoint=...)`` on the worker thread and
        returns ``{part: value}``.
    drawn : iterable of str
        The parts the view shows; only these make a job worth starting.
    active : callable
        Whether the view is on screen (computing for a hidden view waits).
    parent : QObject

    Signals
    -------
    delivered(object)
        ``{part: value}`` of parts that became current; ``value`` None means
        the part has no inputs any more (clear it).
    failed(object)
        The exception a job raised (see :class:`gui.background.LatestRunner`);
        it is :attr:`error` while the inputs stay as they were.
    busy_changed(bool)
    """

    delivered = Signal(object)
    failed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(
        self,
        state: LabState,
        keys: Callable[[], Keys],
        start: Starter,
        drawn: tuple[str, ...],
        active: Callable[[], bool],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._keys = keys
        self._start = start
        self._drawn = drawn
        self._active = active
        self._stored: dict[str, tuple[tuple, Any]] = {}
        # The parts and keys of the job in flight: a refresh that wants no more
        # than that lets it finish instead of starting it over.
        self._in_flight: tuple[frozenset[str], Keys] | None = None
        self._stale = True
        # The last failure and the keys of the parts its job was computing.
        self._failure: tuple[Exception, Keys | None] | None = None
        self.runner = LatestRunner(self)
        self.runner.result_ready.connect(self._on_runner_result_ready)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.busy_changed.connect(self._on_runner_busy_changed)
        state.model_changed.connect(self.runner.hold)
        state.points_changed.connect(self.runner.hold)

    # ------------------------------------------------------------------ public
    @property
    def busy(self) -> bool:
        """True while a job runs or waits to run."""
        return self.runner.busy

    @property
    def error(self) -> Exception | None:
        """Why the job for the current inputs failed; None after a success or a change."""
        if self._failure is None:
            return None
        error, keys = self._failure
        if keys is not None:
            now = self._keys()
            if not all(same_key(key, now.get(part)) for part, key in keys.items()):
                return None
        return error

    def value(self, part: str) -> Any:
        """The part's value if it was computed for the current inputs, else None."""
        stored = self._stored.get(part)
        key = self._keys().get(part)
        if stored is None or key is None or not same_key(stored[0], key):
            return None
        return stored[1]

    def invalidate(self) -> None:
        """The inputs may have changed: refresh now if the view is active, else later."""
        self._stale = True
        if self._active():
            self.refresh()

    def catch_up(self) -> None:
        """Refresh if the inputs changed while the view was inactive (call when shown)."""
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Start a job for the drawn parts that are not current; clear those without inputs."""
        self._stale = False
        keys = self._keys()
        cleared = {
            part: None for part in self._drawn if keys.get(part) is None and part in self._stored
        }
        for part in cleared:
            del self._stored[part]
        wanted = frozenset(
            part
            for part in self._drawn
            if keys.get(part) is not None and not same_key(self._stored_key(part), keys[part])
        )
        if not self._running_for(wanted, keys):
            job = self._start(wanted, keys) if wanted else None
            if job is None:
                self._in_flight = None
                self.runner.cancel()  # an older job in flight is not wanted any more
            else:
                fn, request = job
                self._in_flight = (wanted, dict(keys))
                self.runner.submit(_keyed, fn, dict(keys), request, cooperative=True)
        if cleared:
            self.delivered.emit(cleared)

    def wait_until_idle(self, timeout_ms: int = 10_000, hidden: bool = False) -> bool:
        """Process events until the results are up to date; False on timeout.

        For tests, and with ``hidden`` for exports: then the results are
        brought up to date even while the view is inactive (a closed dock or
        another room), as an export draws them all the same.
        """
        if self._stale and (hidden or self._active()):
            self.refresh()
        return self.runner.wait(timeout_ms)

    # ----------------------------------------------------------------- private
    def _stored_key(self, part: str) -> tuple | None:
        stored = self._stored.get(part)
        return None if stored is None else stored[0]

    def _running_for(self, wanted: frozenset[str], keys: Keys) -> bool:
        if not wanted or self._in_flight is None or not self.runner.busy:
            return False
        parts, started_with = self._in_flight
        return wanted <= parts and all(same_key(started_with[p], keys[p]) for p in wanted)

    def _on_runner_busy_changed(self, busy: bool) -> None:
        if not busy:
            self._in_flight = None
        self.busy_changed.emit(busy)

    def _on_runner_failed(self, error: Exception) -> None:
        # Emitted before busy_changed(False), so the job's parts are still known.
        flight = self._in_flight
        keys = None if flight is None else {part: flight[1][part] for part in flight[0]}
        self._failure = (error, keys)
        self.failed.emit(error)

    def _on_runner_result_ready(self, outcome: tuple) -> None:
        self._failure = None
        started_with, parts = outcome
        now = self._keys()
        fresh = {}
        for part, value in parts.items():
            key = started_with.get(part)
            if value is not None and key is not None and same_key(key, now.get(part)):
                self._stored[part] = (key, value)
                fresh[part] = value
        if fresh:
            self.delivered.emit(fresh)
