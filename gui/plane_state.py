"""The session state of the classification lab: points of two classes, box, settings, fit.

``PlaneState`` owns the lab as :class:`gui.state.LabState` owns the curve lab:
it is the only caller of ``core`` for the live fit, views subscribe to its
past-tense signals, and edits reach it through undo commands
(``gui.plane_commands``). Every point is lifted once per point set, box and
basis at the highest degree (``core.classifier.prepare``), so a degree, L1
or L2 move costs only a warm-started fit on the small feature system.

The live fit never runs the separability test (``separability=False``): with
a penalty it is a property of the points, shown by the readouts from a
background job. Without a penalty the solver needs the answer itself; when
the previous fit already separates the new training points, that settles it
at once (``core.separability.separates``), which keeps a click on separable
points from running the linear program.

The class new clicks get (keys 1 and 2) is state of the lab too, but not of
the session: it is not saved.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, Signal

from core.classifier import LogisticFit, PlaneDesign, fit_design, prepare, prepare_from
from core.classify_settings import (
    ClassifierSettings,
    ClassifyLabSettings,
    ClusterSettings,
    PlaneGeneratorSettings,
)
from core.plane import Box, PlaneTable
from core.plane_features import MAX_PLANE_DEGREE
from core.separability import Separation, separates
from core.session_file import ClassificationData


@dataclass(frozen=True, eq=False)
class PreparedPlane:
    """The lab's data lifted and fitted off screen, ready to be shown in one step."""

    data: ClassificationData
    design: PlaneDesign | None
    fit: LogisticFit | None


def _design(table: PlaneTable, box: Box, basis: str) -> PlaneDesign | None:
    return prepare(table, box, basis, MAX_PLANE_DEGREE) if len(table) else None  # type: ignore[arg-type]


def _fit(
    design: PlaneDesign | None, model: ClassifierSettings, warm: np.ndarray | None
) -> LogisticFit | None:
    if design is None or design.n_train == 0:
        return None
    return fit_design(design, model.degree, model.l1, model.l2, warm, separability=False)


def prepare_plane(data: ClassificationData) -> PreparedPlane:
    """Lift and fit the lab's points (pure numpy: runs on any thread)."""
    model = data.settings.model
    design = _design(data.points, data.box, model.basis)
    return PreparedPlane(data, design, _fit(design, model, None))


class PlaneState(QObject):
    """Owns the lab's points, box, classifier, generator and K-means settings, and the fit."""

    points_changed = Signal()
    box_changed = Signal()
    model_changed = Signal()
    generator_changed = Signal()
    clustering_changed = Signal()
    fit_changed = Signal()
    click_label_changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        empty = ClassificationData()
        self._points = empty.points
        self._box = empty.box
        self._model = empty.settings.model
        self._generator = empty.settings.generator
        self._clustering = empty.settings.clustering
        self._design: PlaneDesign | None = None
        self._fit: LogisticFit | None = None
        self._click_label = 1

    # ----------------------------------------------------------------- reading
    @property
    def points(self) -> PlaneTable:
        """All points, training and test (an immutable table)."""
        return self._points

    @property
    def box(self) -> Box:
        """The rectangle mapped onto [-1, 1]^2."""
        return self._box

    @property
    def model(self) -> ClassifierSettings:
        """Degree, penalties and basis of the classifier."""
        return self._model

    @property
    def generator(self) -> PlaneGeneratorSettings:
        """Settings of the two-class generator."""
        return self._generator

    @property
    def clustering(self) -> ClusterSettings:
        """Settings of the K-means tool."""
        return self._clustering

    @property
    def design(self) -> PlaneDesign | None:
        """Every point lifted at the highest degree (None without points)."""
        return self._design

    @property
    def fit(self) -> LogisticFit | None:
        """The current fit, or None without training points."""
        return self._fit

    @property
    def n_train(self) -> int:
        """Number of training points."""
        return self._points.n_train

    @property
    def click_label(self) -> int:
        """The class (0 or 1) a click adds."""
        return self._click_label

    # ---------------------------------------------------------------- mutating
    def set_click_label(self, label: int) -> None:
        """Choose the class of clicked points (not part of the session, not undone)."""
        label = int(label)
        if label not in (0, 1):
            raise ValueError(f"label must be 0 or 1, got {label}")
        if label != self._click_label:
            self._click_label = label
            self.click_label_changed.emit(label)

    def insert_points(self, index: int, table: PlaneTable) -> None:
        """Insert points before position ``index``."""
        p = self._points
        self._set_points(
            PlaneTable(
                np.insert(p.x1, index, table.x1),
                np.insert(p.x2, index, table.x2),
                np.insert(p.label, index, table.label),
                np.insert(p.is_test, index, table.is_test),
            )
        )

    def insert_points_at(self, indices: np.ndarray, table: PlaneTable) -> None:
        """Put points back where they were (``indices`` ascending, their final positions)."""
        n = len(self._points) + indices.size
        keep = np.ones(n, dtype=bool)
        keep[indices] = False
        p = self._points
        x1, x2 = np.empty(n), np.empty(n)
        label, is_test = np.empty(n, dtype=np.int64), np.empty(n, dtype=bool)
        x1[keep], x2[keep], label[keep], is_test[keep] = p.x1, p.x2, p.label, p.is_test
        x1[indices], x2[indices] = table.x1, table.x2
        label[indices], is_test[indices] = table.label, table.is_test
        self._set_points(PlaneTable(x1, x2, label, is_test))

    def remove_points(self, indices: np.ndarray) -> PlaneTable:
        """Remove the points at ``indices``; return them (in ascending index order)."""
        indices = np.unique(indices)
        p = self._points
        removed = PlaneTable(p.x1[indices], p.x2[indices], p.label[indices], p.is_test[indices])
        self._set_points(
            PlaneTable(
                np.delete(p.x1, indices),
                np.delete(p.x2, indices),
                np.delete(p.label, indices),
                np.delete(p.is_test, indices),
            )
        )
        return removed

    def move_point(self, index: int, x1: float, x2: float) -> None:
        """Move one point to (x1, x2), keeping its class and role."""
        p = self._points
        a, b = p.x1.copy(), p.x2.copy()
        a[index], b[index] = x1, x2
        self._set_points(PlaneTable(a, b, p.label, p.is_test))

    def replace_points(self, table: PlaneTable, box: Box | None = None) -> None:
        """Replace every point (and the box, when given)."""
        if box is not None and box != self._box:
            self._box = box
            self._design = None
            self.box_changed.emit()
        self._set_points(table)

    def set_model(self, model: ClassifierSettings) -> None:
        """Apply new classifier settings and refit."""
        if model == self._model:
            return
        basis_changed = model.basis != self._model.basis
        self._model = model
        if basis_changed:
            self._design = None
        self.model_changed.emit()
        self._refit()

    def set_generator(self, generator: PlaneGeneratorSettings) -> None:
        """Store new generator settings (they take effect when the user generates)."""
        if generator != self._generator:
            self._generator = generator
            self.generator_changed.emit()

    def set_clustering(self, clustering: ClusterSettings) -> None:
        """Store new K-means settings (the clustering follows them)."""
        if clustering != self._clustering:
            self._clustering = clustering
            self.clustering_changed.emit()

    def model_with(self, **changes: object) -> ClassifierSettings:
        """The current classifier settings with some fields changed."""
        return dataclasses.replace(self._model, **changes)

    def clustering_with(self, **changes: object) -> ClusterSettings:
        """The current K-means settings with some fields changed."""
        return dataclasses.replace(self._clustering, **changes)

    # ----------------------------------------------------------------- fitting
    def _set_points(self, table: PlaneTable) -> None:
        self._points = table
        design = self._design
        if design is not None and len(table) and design.basis == self._model.basis:
            # A click appends a point (undo drops it): lift only what is new.
            self._design = prepare_from(design, table)
        else:
            self._design = None
        self.points_changed.emit()
        self._refit()

    def _refit(self) -> None:
        m = self._model
        if self._design is None:
            self._design = _design(self._points, self._box, m.basis)
        previous = self._fit
        warm = None
        if previous is not None and previous.basis == m.basis and previous.box == self._box:
            # Any degree: a lower one is padded with zeros, a higher one cut.
            # A warm start only changes how fast the answer comes.
            warm = np.asarray(previous.coef)
            design = self._design
            if (
                m.l1 == 0
                and m.l2 == 0
                and design is not None
                and design.n_train
                and previous.degree == m.degree
                and separates(design.train_features(m.degree), design.labels_train, warm)
            ):
                # The previous weights separate these points: a certificate.
                direction = warm / np.max(np.abs(warm))
                design.remember(m.degree, Separation(True, "complete", direction, None, 0))
        self._fit = _fit(self._design, m, warm)
        self.fit_changed.emit()

    # ---------------------------------------------------------------- sessions
    def to_data(self) -> ClassificationData:
        """Everything a session holds of this lab, as it is now."""
        return ClassificationData(
            box=self._box,
            points=self._points,
            settings=ClassifyLabSettings(
                model=self._model, generator=self._generator, clustering=self._clustering
            ),
        )

    def restore(self, data: ClassificationData | PreparedPlane) -> None:
        """Replace the whole lab by a session's, prepared first if it is not yet.

        Everything is computed before anything changes: if the lab cannot be
        fitted (ValueError), the state stays as it was.
        """
        prepared = data if isinstance(data, PreparedPlane) else prepare_plane(data)
        new = prepared.data
        self._box = new.box
        self._points = new.points
        self._model = new.settings.model
        self._generator = new.settings.generator
        self._clustering = new.settings.clustering
        self._design = prepared.design
        self._fit = prepared.fit
        for signal in (
            self.model_changed,
            self.generator_changed,
            self.clustering_changed,
            self.box_changed,
            self.points_changed,
            self.fit_changed,
        ):
            signal.emit()
