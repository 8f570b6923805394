"""The K-means tool of the classification lab: K, the space, the height h, and the steps.

The settings are the session's (undo commands, the h slider one gesture);
the buttons show Lloyd's algorithm one step at a time from the k-means++
seeds, and Cluster goes back to the full clustering with its restarts. The
numbers: the inertia in the space clustered, and how well the clusters match
the two classes (purity, adjusted Rand index).
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QHideEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.classify_settings import CLUSTER_SPACES
from core.kmeans import MAX_HEIGHT, MAX_K, MAX_RESTARTS, MIN_K
from core.settings import MAX_SEED
from gui.clustering import Clustered, Clustering
from gui.commands import Name
from gui.labels import LinesLabel, narrow_combo, number_rows, set_text_color
from gui.plane_commands import SetClusteringCommand
from gui.plane_state import PlaneState
from gui.readouts import format_number
from gui.slider_controls import GestureTracker

#: Slider positions per unit of h (steps of 0.05).
HEIGHT_STEPS = 20


class ClusterPanel(QWidget):
    """K-means in the plane or a lift, step by step (objectName ``clusterPanel``)."""

    def __init__(
        self, state: PlaneState, clustering: Clustering, undo_stack: QUndoStack, parent=None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clusterPanel")
        self._state = state
        self._clustering = clustering
        self._undo = undo_stack

        self.shown = QCheckBox()
        self.shown.setObjectName("clusterShownControl")
        self.k = QSpinBox()
        self.k.setObjectName("clusterKControl")
        self.k.setRange(MIN_K, MAX_K)
        self.k.setKeyboardTracking(False)
        self.space = QComboBox()
        self.space.setObjectName("clusterSpaceControl")
        narrow_combo(self.space)
        for key in CLUSTER_SPACES:
            self.space.addItem("", key)
        self.height_slider = QSlider(Qt.Orientation.Horizontal)
        self.height_slider.setObjectName("clusterHeightSlider")
        self.height_slider.setRange(0, round(MAX_HEIGHT * HEIGHT_STEPS))
        self.height_slider.setPageStep(HEIGHT_STEPS // 2)
        self.height_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.height_slider.setTickInterval(HEIGHT_STEPS)
        self.height_spin = QDoubleSpinBox()
        self.height_spin.setObjectName("clusterHeightControl")
        self.height_spin.setRange(0.0, MAX_HEIGHT)
        self.height_spin.setDecimals(2)
        self.height_spin.setSingleStep(1.0 / HEIGHT_STEPS)
        self.height_spin.setKeyboardTracking(False)
        self._height_gesture = GestureTracker(self.height_slider, self.height_spin)
        height_row = QWidget()
        height_row.setObjectName("clusterHeightRow")
        row = QHBoxLayout(height_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.height_slider, 1)
        row.addWidget(self.height_spin)
        self.height_row = height_row
        self.seed = QSpinBox()
        self.seed.setObjectName("clusterSeedControl")
        self.seed.setRange(0, MAX_SEED)
        self.seed.setKeyboardTracking(False)
        self.restarts = QSpinBox()
        self.restarts.setObjectName("clusterRestartsControl")
        self.restarts.setRange(1, MAX_RESTARTS)
        self.restarts.setKeyboardTracking(False)

        self.cluster_button = QPushButton()
        self.cluster_button.setObjectName("clusterRunButton")
        self.seed_button = QPushButton()
        self.seed_button.setObjectName("clusterSeedButton")
        self.assign_button = QPushButton()
        self.assign_button.setObjectName("clusterAssignButton")
        self.update_button = QPushButton()
        self.update_button.setObjectName("clusterUpdateButton")
        self.converge_button = QPushButton()
        self.converge_button.setObjectName("clusterConvergeButton")

        form = QFormLayout()
        self._labels = [QLabel() for _ in range(5)]
        for label, widget in zip(
            self._labels,
            (self.k, self.space, self.height_row, self.seed, self.restarts),
            strict=True,
        ):
            label.setBuddy(self.height_slider if widget is self.height_row else widget)
            form.addRow(label, widget)
        buttons = QGridLayout()
        buttons.addWidget(self.cluster_button, 0, 0, 1, 2)
        buttons.addWidget(self.seed_button, 1, 0)
        buttons.addWidget(self.assign_button, 1, 1)
        buttons.addWidget(self.update_button, 2, 0)
        buttons.addWidget(self.converge_button, 2, 1)

        numbers = QGridLayout()
        numbers.setColumnStretch(1, 1)
        keys = ("inertia", "purity", "ari", "steps")
        self.names, self.values, _ = number_rows(numbers, keys, "clusterReadout_")
        # Room for a step's note and the one on centroids in a lift, in a narrow dock.
        self.status = LinesLabel(6, "clusterStatus")
        set_text_color(self.status, "#404040")

        layout = QVBoxLayout(self)
        layout.addWidget(self.shown)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addLayout(numbers)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.retranslate()

        self.shown.toggled.connect(self._on_shown_toggled)
        self.k.valueChanged.connect(self._on_k_changed)
        self.space.currentIndexChanged.connect(self._on_space_changed)
        self.height_slider.valueChanged.connect(self._on_height_slider_changed)
        self.height_spin.valueChanged.connect(self._on_height_spin_changed)
        self.seed.valueChanged.connect(self._on_seed_changed)
        self.restarts.valueChanged.connect(self._on_restarts_changed)
        self.cluster_button.clicked.connect(clustering.stop_steps)
        self.seed_button.clicked.connect(clustering.seed)
        self.assign_button.clicked.connect(clustering.assign)
        self.update_button.clicked.connect(clustering.update)
        self.converge_button.clicked.connect(clustering.run)
        state.clustering_changed.connect(self._sync)
        clustering.changed.connect(self._update_numbers)
        self._sync()

    # ------------------------------------------------------------------ public
    def retranslate(self) -> None:
        """Set every label and tooltip in the current language."""
        self.shown.setText(self.tr("&Show clusters on the plane"))
        self.shown.setToolTip(
            self.tr(
                "Each point keeps its class colour; its marker's shape shows its cluster, and "
                "the large markers are the centroids (the mean position of each cluster's "
                "points)."
            )
        )
        for label, text in zip(
            self._labels,
            (
                self.tr("&K clusters"),
                self.tr("S&pace"),
                self.tr("&Height h"),
                self.tr("See&d"),
                self.tr("&Restarts"),
            ),
            strict=True,
        ):
            label.setText(text)
        names = {
            "plane": self.tr("The plane (z₁, z₂)"),
            "paraboloid": self.tr("Paraboloid (z₁, z₂, h·(z₁² + z₂²))"),
            "polynomial": self.tr("Every monomial up to the degree, scaled"),
        }
        for i in range(self.space.count()):
            self.space.setItemText(i, names[self.space.itemData(i)])
        self.space.setToolTip(
            self.tr(
                "Where K-means measures distances. The paraboloid adds a height that grows "
                "with the distance from the centre. The polynomial lift uses every monomial "
                "z₁ⁱ z₂ʲ with 1 ≤ i + j ≤ D (the classifier's degree), each scaled to unit "
                "variance so that high powers count as much as low ones."
            )
        )
        tip = self.tr(
            "h in the paraboloid (z₁, z₂, h·(z₁² + z₂²)), 0 to 5; at h = 0 it is the plane. "
            "The clustering follows the slider."
        )
        for widget in (self.height_slider, self.height_spin):
            widget.setToolTip(tip)
        self.seed.setToolTip(
            self.tr("Seed of the k-means++ seeding: the same seed gives the same clusters.")
        )
        self.restarts.setToolTip(
            self.tr(
                "Independent runs from new k-means++ seeds; the one with the lowest inertia "
                "is kept."
            )
        )
        self.cluster_button.setText(self.tr("&Cluster (best of the restarts)"))
        self.cluster_button.setToolTip(
            self.tr(
                "k-means++ seeds, then Lloyd's two steps until nothing changes, for every "
                "restart; the lowest inertia wins."
            )
        )
        self.seed_button.setText(self.tr("S&eed"))
        self.seed_button.setToolTip(
            self.tr(
                "Start over step by step: pick K seed points by k-means++ (each next seed far "
                "from the ones before)."
            )
        )
        self.assign_button.setText(self.tr("&Assign step"))
        self.assign_button.setToolTip(
            self.tr("Give every point to its nearest centroid (ties to the lowest number).")
        )
        self.update_button.setText(self.tr("&Update step"))
        self.update_button.setToolTip(
            self.tr(
                "Move every centroid to the mean of its points (an empty cluster takes the "
                "point farthest from its own cluster's mean)."
            )
        )
        self.converge_button.setText(self.tr("Run to con&vergence"))
        self.converge_button.setToolTip(
            self.tr("Repeat both steps until an assignment changes nothing: a Lloyd fixed point.")
        )
        for key, name, tip in (
            (
                "inertia",
                self.tr("Inertia"),
                self.tr(
                    "Σᵢ ‖xᵢ − c(i)‖²: the squared distances of the points to their centroids, "
                    "in the space clustered. K-means makes it smaller at every step."
                ),
            ),
            (
                "purity",
                self.tr("Purity"),
                self.tr(
                    "The share of points whose class is the most common class of their "
                    "cluster: 1 when every cluster holds one class."
                ),
            ),
            (
                "ari",
                self.tr("Adjusted Rand index"),
                self.tr(
                    "Agreement of the clusters with the classes over all pairs of points, "
                    "corrected for chance: 1 identical, about 0 random."
                ),
            ),
            ("steps", self.tr("Steps"), self.tr("Assignment steps taken, and the last step.")),
        ):
            self.names[key].setText(name)
            self.names[key].setToolTip(tip)
            self.values[key].setToolTip(tip)
        self._update_numbers()

    # ------------------------------------------------------------------- slots
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._clustering.wanted_by_panel = True
        self._clustering.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._clustering.wanted_by_panel = False

    def _push(self, name: Name, gesture: object = None, **changes: object) -> None:
        new = self._state.clustering_with(**changes)
        if new != self._state.clustering:
            self._undo.push(SetClusteringCommand(self._state, name, new, gesture))

    def _on_shown_toggled(self, checked: bool) -> None:
        self._push(lambda: self.tr("Classification: show clusters"), shown=checked)

    def _on_k_changed(self, value: int) -> None:
        self._push(lambda: self.tr("Classification: change K"), k=value)

    def _on_space_changed(self, _index: int) -> None:
        self._push(
            lambda: self.tr("Classification: change the space clustered"),
            space=self.space.currentData(),
        )

    def _on_height_slider_changed(self, position: int) -> None:
        self._push(
            lambda: self.tr("Classification: change the height h"),
            self._height_gesture.current,
            height=position / HEIGHT_STEPS,
        )

    def _on_height_spin_changed(self, value: float) -> None:
        self._push(
            lambda: self.tr("Classification: change the height h"),
            self._height_gesture.current,
            height=value,
        )

    def _on_seed_changed(self, value: int) -> None:
        self._push(lambda: self.tr("Classification: change K-means seed"), seed=value)

    def _on_restarts_changed(self, value: int) -> None:
        self._push(lambda: self.tr("Classification: change restarts"), restarts=value)

    def _sync(self) -> None:
        c = self._state.clustering
        widgets = (
            self.shown,
            self.k,
            self.space,
            self.height_slider,
            self.height_spin,
            self.seed,
            self.restarts,
        )
        blockers = [QSignalBlocker(w) for w in widgets]
        self.shown.setChecked(c.shown)
        self.k.setValue(c.k)
        self.space.setCurrentIndex(self.space.findData(c.space))
        self.height_slider.setValue(round(c.height * HEIGHT_STEPS))
        self.height_spin.setValue(c.height)
        self.seed.setValue(c.seed)
        self.restarts.setValue(c.restarts)
        for blocker in blockers:
            blocker.unblock()
        self.height_row.setEnabled(c.space == "paraboloid")
        self._update_numbers()

    def _update_numbers(self) -> None:
        shown: Clustered | None = self._clustering.shown
        v = self.values
        stepping = self._clustering.stepping
        self.cluster_button.setEnabled(stepping)
        if shown is None:
            for value in v.values():
                value.setText("—")
        else:
            v["inertia"].setText(format_number(shown.inertia))
            v["purity"].setText(format_number(shown.purity))
            v["ari"].setText(format_number(shown.ari))
            v["steps"].setText(self._steps_text(shown))
        self.status.setText(self._status_text(shown))

    def _steps_text(self, shown: Clustered) -> str:
        phase = {
            "full": self.tr("{0} (best of {1} restarts)").format(
                shown.n_iter, len(shown.restart_inertias)
            ),
            "seeded": self.tr("0 (seeded)"),
            "assigned": self.tr("{0} (after an assignment)").format(shown.n_iter),
            "updated": self.tr("{0} (after an update)").format(shown.n_iter),
        }
        return phase.get(shown.phase, str(shown.n_iter))

    def _status_text(self, shown: Clustered | None) -> str:
        error = self._clustering.error
        if error:
            return self.tr("Cannot cluster: {0}").format(error)
        if not len(self._state.points):
            return self.tr("No points yet.")
        if shown is None:
            if not (self._state.clustering.shown or self.isVisible()):
                return ""
            return self.tr("Clustering…")
        notes = []
        if shown.converged:
            notes.append(
                self.tr(
                    "A fixed point: every point is nearest its own centroid, and every centroid "
                    "is the mean of its points."
                )
            )
        elif shown.phase == "assigned":
            notes.append(
                self.tr("{0} points changed cluster. Next: an update step.").format(shown.n_changed)
            )
        elif shown.phase == "updated":
            notes.append(self.tr("The centroids moved to the means. Next: an assignment step."))
        elif shown.phase == "seeded":
            notes.append(self.tr("Seeded by k-means++. Next: an assignment step."))
        if shown.space != "plane" and shown.labels is not None:
            notes.append(
                self.tr(
                    "On the plane each centroid is drawn at the mean position of its cluster's "
                    "points: a whole ring's mean is its centre."
                )
            )
        if shown.space == "polynomial" and self._state.model.degree == 0:
            notes.append(self.tr("Degree 0 has no monomials to lift to: clustered in the plane."))
        return " ".join(notes)
