"""K-means in the classification lab: the clustering of the points shown, and its steps.

The settings (K, the space, the paraboloid's height h, seed, restarts and
whether the clusters are shown) belong to the session and change through
undo commands; this object turns them into a clustering of the lab's
points with ``core.kmeans``:

- the full clustering (k-means++ seeds, Lloyd to a fixed point, the lowest
  inertia of the restarts) is computed off the GUI thread whenever the
  points or the settings change, so it follows the h slider live;
- step by step, the first restart's k-means++ seeds, then one assignment or
  one update step at a time, or the rest of the way to the fixed point; a
  change of points or settings ends the steps and shows the full
  clustering again.

The space clustered is the plane ``(z1, z2)`` of the box's [-1, 1]
coordinates, the paraboloid ``(z1, z2, h (z1^2 + z2^2))``, or every monomial
``z1^i z2^j`` with ``1 <= i + j <= D`` (the classifier's degree), each
column scaled to unit variance (``core.kmeans.scale_columns``). Centroids are
drawn in the plane as the mean position of each cluster's points; inertia
is measured in the space clustered; purity and the adjusted Rand index
compare the clusters with the class labels.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, Signal

from core import kmeans as km
from core.classify_settings import ClusterSettings
from core.plane import Box, PlaneTable
from core.plane_features import features
from core.validation import Checkpoint
from gui.background_results import BackgroundResults, Keys
from gui.plane_state import PlaneState


@dataclass(frozen=True, eq=False)
class ClusterRequest:
    """What the full clustering is computed from (immutable, for the worker thread)."""

    points: PlaneTable
    box: Box
    settings: ClusterSettings
    degree: int


@dataclass(frozen=True, eq=False)
class Clustered:
    """A clustering of the lab's points, full or at some step, as the views show it.

    ``labels`` is None right after seeding (no point assigned yet);
    ``plane_centroids`` are in the plane's coordinates (x1, x2), ``centroids``
    in the space clustered; ``inertia`` is measured there.
    """

    labels: np.ndarray | None
    centroids: np.ndarray
    plane_centroids: np.ndarray
    inertia: float | None
    purity: float | None
    ari: float | None
    space: str
    n_iter: int
    converged: bool
    restart_inertias: tuple[float, ...] = ()
    phase: str = "full"
    n_changed: int = 0
    reseeded: tuple[int, ...] = ()


def space_matrix(
    points: PlaneTable, box: Box, settings: ClusterSettings, degree: int
) -> np.ndarray:
    """The points in the space clustered (see the module docstring), shape (N, d)."""
    xy = np.column_stack([points.x1, points.x2])
    if settings.space == "plane":
        return km.plane_space(xy, box)
    if settings.space == "paraboloid":
        return km.paraboloid_space(xy, settings.height, box)
    if degree == 0:
        return km.plane_space(xy, box)  # no monomial but the constant: the plane itself
    z1, z2 = box.to_unit(points.x1, points.x2)
    return km.scale_columns(features(z1, z2, degree, "monomial")[:, 1:])


def _agreement(labels: np.ndarray | None, classes: np.ndarray) -> tuple[float | None, float | None]:
    if labels is None or labels.size == 0:
        return None, None
    return km.purity(labels, classes), km.adjusted_rand_index(labels, classes)


def cluster_job(request: ClusterRequest, checkpoint: Checkpoint | None = None) -> dict:
    """The worker's job: the full clustering (restarts) of the request's points."""
    if checkpoint is not None:
        checkpoint()
    r, s = request, request.settings
    x = space_matrix(r.points, r.box, s, r.degree)
    plane = np.column_stack([r.points.x1, r.points.x2])
    result = km.kmeans(x, s.k, restarts=s.restarts, seed=s.seed, plane=plane)
    purity, ari = _agreement(result.labels, r.points.label)
    assert result.plane_centroids is not None
    clustered = Clustered(
        labels=result.labels,
        centroids=result.centroids,
        plane_centroids=result.plane_centroids,
        inertia=result.inertia,
        purity=purity,
        ari=ari,
        space=s.space,
        n_iter=result.n_iter,
        converged=result.converged,
        restart_inertias=result.restart_inertias,
    )
    return {"clusters": clustered}


class Clustering(QObject):
    """The lab's K-means: the full clustering, or Lloyd's algorithm one step at a time.

    Signals
    -------
    changed()
        What is shown changed (a new clustering, a step, or none).
    """

    changed = Signal()

    def __init__(self, state: PlaneState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._steps: km.KMeansState | None = None
        self._step_key: tuple | None = None
        self.error: str | None = None
        self.results = BackgroundResults(
            state, self._keys, self._start, ("clusters",), self._wanted, self
        )
        self.results.delivered.connect(self._on_results_delivered)
        self.results.failed.connect(self._on_results_failed)
        state.points_changed.connect(self._on_inputs_changed)
        state.box_changed.connect(self._on_inputs_changed)
        state.clustering_changed.connect(self._on_inputs_changed)
        state.model_changed.connect(self._on_model_changed)
        #: Whether a view other than the plane wants the clustering (the panel shown).
        self.wanted_by_panel = False

    # ------------------------------------------------------------------ reading
    @property
    def shown(self) -> Clustered | None:
        """The clustering on screen: the steps' state if stepping, else the full one."""
        if self._steps is not None:
            return self._from_steps(self._steps)
        return self.results.value("clusters")

    @property
    def stepping(self) -> bool:
        """Whether Lloyd's algorithm is being shown step by step."""
        return self._steps is not None

    @property
    def next_phase(self) -> str | None:
        """``"assign"`` or ``"update"`` while stepping, else None."""
        return None if self._steps is None else self._steps.next_phase

    def wait_until_idle(self, timeout_ms: int = 10_000) -> bool:
        """Process events until the full clustering is up to date (for exports and tests)."""
        return self.results.wait_until_idle(timeout_ms)

    # ------------------------------------------------------------------ steps
    def seed(self) -> bool:
        """Start the steps: the k-means++ seeds of the first restart; False if impossible."""
        s = self._state
        try:
            x = space_matrix(s.points, s.box, s.clustering, s.model.degree)
            self._steps = km.start(x, s.clustering.k, s.clustering.seed)
        except ValueError as exc:
            self._fail(exc)
            return False
        self._step_key = self._input_key()
        self.error = None
        self.changed.emit()
        return True

    def step(self) -> None:
        """One step of Lloyd's algorithm: an assignment, or an update after an assignment."""
        if self._steps is None and not self.seed():
            return
        assert self._steps is not None
        self._steps = km.next_step(self._steps)
        self.changed.emit()

    def assign(self) -> None:
        """An assignment step (each point to its nearest centroid)."""
        if self._steps is None and not self.seed():
            return
        assert self._steps is not None
        self._steps = km.assign_step(self._steps)
        self.changed.emit()

    def update(self) -> None:
        """An update step (each centroid to the mean of its points); assigns first if needed."""
        if self._steps is None and not self.seed():
            return
        assert self._steps is not None
        if self._steps.labels is None:
            self._steps = km.assign_step(self._steps)
        self._steps = km.update_step(self._steps)
        self.changed.emit()

    def run(self) -> None:
        """The steps the rest of the way, to a fixed point."""
        if self._steps is None and not self.seed():
            return
        assert self._steps is not None
        self._steps = km.run(self._steps)
        self.changed.emit()

    def stop_steps(self) -> None:
        """Back to the full clustering (with its restarts)."""
        if self._steps is not None:
            self._steps = None
            self.changed.emit()

    # ---------------------------------------------------------------- private
    def _wanted(self) -> bool:
        return self._state.clustering.shown or self.wanted_by_panel

    def refresh(self) -> None:
        """Compute what is wanted now (after the panel appeared, say)."""
        self.results.invalidate()

    def _input_key(self) -> tuple:
        s = self._state
        degree = s.model.degree if s.clustering.space == "polynomial" else -1
        settings = s.clustering
        # "shown" changes what is drawn, not the clustering.
        return (s.points, s.box, settings.k, settings.space, settings.height, settings.seed,
                settings.restarts, degree)  # fmt: skip

    def _keys(self) -> Keys:
        if len(self._state.points) == 0:
            return {"clusters": None}
        return {"clusters": self._input_key()}

    def _start(self, _wanted: frozenset[str], _keys: Keys) -> tuple | None:
        s = self._state
        if len(s.points) == 0:
            return None
        return cluster_job, ClusterRequest(s.points, s.box, s.clustering, s.model.degree)

    def _on_inputs_changed(self) -> None:
        if self._steps is not None and self._step_key != self._input_key():
            self._steps = None
        self.error = None
        self.results.invalidate()
        self.changed.emit()

    def _on_model_changed(self) -> None:
        # Only the polynomial lift depends on the classifier (its degree).
        if self._state.clustering.space == "polynomial":
            self._on_inputs_changed()

    def _on_results_delivered(self, _parts: dict) -> None:
        self.error = None
        self.changed.emit()

    def _on_results_failed(self, error: object) -> None:
        self._fail(error)

    def _fail(self, error: object) -> None:
        self.error = str(error)
        self.changed.emit()

    def _from_steps(self, st: km.KMeansState) -> Clustered:
        s = self._state
        p = s.points
        plane = np.column_stack([p.x1, p.x2])
        if s.clustering.space in ("plane", "paraboloid") or s.model.degree == 0:
            # The first two coordinates are the plane's z: map the centroids back.
            x1, x2 = s.box.from_unit(st.centroids[:, 0], st.centroids[:, 1])
            plane_centroids = np.column_stack([x1, x2])
        elif st.labels is not None:
            plane_centroids = _means_or_nearest(plane, st.labels, st.k, st.x, st.centroids)
        else:
            # Seeds are points of the data: draw them where those points are.
            index = [int(np.argmin(((st.x - c) ** 2).sum(axis=1))) for c in st.centroids]
            plane_centroids = plane[index]
        purity, ari = _agreement(st.labels, p.label)
        return Clustered(
            labels=st.labels,
            centroids=st.centroids,
            plane_centroids=plane_centroids,
            inertia=st.inertia,
            purity=purity,
            ari=ari,
            space=s.clustering.space,
            n_iter=st.n_assign,
            converged=st.converged,
            phase=st.phase,
            n_changed=st.n_changed,
            reseeded=st.reseeded,
        )


def _means_or_nearest(
    plane: np.ndarray, labels: np.ndarray, k: int, x: np.ndarray, centroids: np.ndarray
) -> np.ndarray:
    """Mean plane position of each cluster; an empty one where its centroid's nearest point is."""
    counts = np.bincount(labels, minlength=k)
    out = np.empty((k, plane.shape[1]))
    for j in range(k):
        if counts[j]:
            out[j] = plane[labels == j].mean(axis=0)
        else:
            out[j] = plane[int(np.argmin(((x - centroids[j]) ** 2).sum(axis=1)))]
    return out
