"""The K-means tool of the classification lab: settings, the live clustering, the steps."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from core import kmeans as km
from core.plane_datasets import generate_plane
from gui.clustering import space_matrix
from gui.plane_plot import CLUSTER_SYMBOLS
from tests.gui.test_plane_lab import in_plane, set_model
from tests.gui.test_plane_panels import show_dock


def rings():
    return generate_plane("circles", 120, 40, 0.05, 1)


def core_clustering(window):
    s = window.plane_state
    c = s.clustering
    x = space_matrix(s.points, s.box, c, s.model.degree)
    plane = np.column_stack([s.points.x1, s.points.x2])
    return km.kmeans(x, c.k, restarts=c.restarts, seed=c.seed, plane=plane)


def show_clusters(window, **changes):
    s = window.plane_state
    s.set_clustering(s.clustering_with(shown=True, **changes))
    assert window.plane_lab.clustering.wait_until_idle()


def test_shown_clusters_are_the_core_clustering_drawn_as_marker_shapes(window):
    in_plane(window, rings())
    show_clusters(window, k=3, space="plane")
    expected = core_clustering(window)
    shown = window.plane_lab.clustering.shown
    np.testing.assert_array_equal(shown.labels, expected.labels)
    np.testing.assert_array_equal(shown.plane_centroids, expected.plane_centroids)
    assert shown.inertia == expected.inertia
    assert window.plane_lab.plot.cluster_symbols() == [
        CLUSTER_SYMBOLS[c] for c in expected.labels.tolist()
    ]
    x, y = window.plane_lab.plot.centroids.getData()
    np.testing.assert_allclose(np.column_stack([x, y]), expected.plane_centroids)
    # Hidden again: plain markers, no centroids.
    s = window.plane_state
    s.set_clustering(s.clustering_with(shown=False))
    assert set(window.plane_lab.plot.cluster_symbols()) == {"o"}
    assert len(window.plane_lab.plot.centroids.getData()[0]) == 0


def test_the_rings_are_cut_in_half_in_the_plane_and_separated_as_h_rises(window):
    in_plane(window, rings())
    show_dock(window, "clusterDock")
    panel = window.plane_lab.cluster_panel
    show_clusters(window, k=2, space="paraboloid", height=0.0)
    flat = window.plane_lab.clustering.shown
    assert flat.purity < 0.6
    assert panel.values["purity"].text() == f"{flat.purity:.4g}"
    # The h slider is one gesture and one undo step; the clustering follows it.
    window.undo_stack.clear()
    slider = panel.height_slider
    slider.sliderPressed.emit()
    for position in (20, 40, 60):
        slider.setValue(position)
    slider.sliderReleased.emit()
    assert window.plane_state.clustering.height == 3.0
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Classification: change the height h"
    assert window.plane_lab.clustering.wait_until_idle()
    lifted = window.plane_lab.clustering.shown
    assert lifted.purity == 1.0 and lifted.ari == 1.0
    assert panel.values["ari"].text() == "1"
    assert lifted.inertia == core_clustering(window).inertia
    window.undo_stack.undo()
    assert window.plane_state.clustering.height == 0.0


def test_step_by_step_is_lloyds_algorithm_from_the_first_seeds(window):
    in_plane(window, rings())
    show_dock(window, "clusterDock")
    panel = window.plane_lab.cluster_panel
    show_clusters(window, k=2, space="paraboloid", height=2.0, seed=3)
    s = window.plane_state
    x = space_matrix(s.points, s.box, s.clustering, s.model.degree)
    expected = km.start(x, 2, 3)
    panel.seed_button.click()
    shown = window.plane_lab.clustering.shown
    assert window.plane_lab.clustering.stepping and shown.labels is None
    np.testing.assert_array_equal(shown.centroids, expected.centroids)
    assert panel.cluster_button.isEnabled()
    inertias = []
    for button, phase in (
        (panel.assign_button, "assigned"),
        (panel.update_button, "updated"),
        (panel.assign_button, "assigned"),
        (panel.update_button, "updated"),
    ):
        button.click()
        expected = km.next_step(expected)
        shown = window.plane_lab.clustering.shown
        assert shown.phase == phase == expected.phase
        np.testing.assert_array_equal(shown.labels, expected.labels)
        np.testing.assert_array_equal(shown.centroids, expected.centroids)
        inertias.append(shown.inertia)
        assert panel.values["inertia"].text() == f"{shown.inertia:.4g}"
    assert all(a >= b for a, b in itertools.pairwise(inertias))
    panel.converge_button.click()
    shown = window.plane_lab.clustering.shown
    assert shown.converged and "fixed point" in panel.status.text()
    assert np.array_equal(km.nearest_centroid(x, shown.centroids), shown.labels)
    panel.cluster_button.click()
    assert not window.plane_lab.clustering.stepping
    assert window.plane_lab.clustering.shown.restart_inertias  # the full clustering again


def test_a_change_of_the_points_ends_the_steps(window):
    plot = in_plane(window, rings())
    show_clusters(window, k=2)
    window.plane_lab.clustering.seed()
    window.plane_lab.clustering.assign()
    assert window.plane_lab.clustering.stepping
    from tests.gui.conftest import click

    click(window, 1.3, 1.3, plot=plot)
    assert not window.plane_lab.clustering.stepping
    assert window.plane_lab.clustering.wait_until_idle()
    assert window.plane_lab.clustering.shown.labels.size == len(window.plane_state.points)


def test_too_few_points_for_k_say_so_and_never_draw_nan(window):
    from tests.gui.test_plane_lab import table

    in_plane(window, table([0.0, 0.5, 0.0], [0.0, 0.5, 0.0], [0, 1, 0]))
    show_dock(window, "clusterDock")
    show_clusters(window, k=3)
    assert window.plane_lab.clustering.shown is None
    assert "distinct points" in window.plane_lab.cluster_panel.status.text()
    assert window.plane_lab.cluster_panel.values["inertia"].text() == "—"
    window.plane_lab.clustering.seed()
    assert not window.plane_lab.clustering.stepping
    assert window.plane_lab.cluster_panel.status.text().startswith("Cannot cluster:")


def test_the_polynomial_lift_uses_the_classifiers_degree_scaled(window):
    in_plane(window, rings())
    set_model(window, degree=2)
    show_clusters(window, k=2, space="polynomial")
    s = window.plane_state
    z1, z2 = s.box.to_unit(s.points.x1, s.points.x2)
    lifted = np.column_stack([z1, z2, z1 * z1, z1 * z2, z2 * z2])
    np.testing.assert_allclose(
        space_matrix(s.points, s.box, s.clustering, 2), km.scale_columns(lifted)
    )
    np.testing.assert_array_equal(
        window.plane_lab.clustering.shown.labels, core_clustering(window).labels
    )
    # Changing the degree changes this lift: the clustering follows.
    set_model(window, degree=4)
    assert window.plane_lab.clustering.wait_until_idle()
    assert window.plane_lab.clustering.shown.centroids.shape == (2, 14)


def test_the_lifted_view_shows_the_clusters_on_the_paraboloid(window):
    in_plane(window, rings())
    show_dock(window, "liftedDock")
    window.plane_lab.lifted.set_mode("paraboloid")
    show_clusters(window, k=2, space="paraboloid", height=2.0)
    shown = window.plane_lab.clustering.shown
    u, v = window.plane_lab.lifted.centroids.getData()
    assert len(u) == 2
    from core.lifted_view import oblique_view

    eu, ev = oblique_view(
        shown.centroids, window.plane_lab.lifted.azimuth, window.plane_lab.lifted.elevation
    )
    np.testing.assert_allclose(u, eu)
    np.testing.assert_allclose(v, ev)


def test_cluster_settings_are_undoable_and_in_the_session(window, tmp_path):
    in_plane(window, rings())
    show_dock(window, "clusterDock")
    panel = window.plane_lab.cluster_panel
    panel.k.setValue(4)
    panel.space.setCurrentIndex(panel.space.findData("plane"))
    panel.restarts.setValue(7)
    assert window.undo_stack.undoText() == "Classification: change restarts"
    c = window.plane_state.clustering
    assert (c.k, c.space, c.restarts) == (4, "plane", 7)
    assert not panel.height_row.isEnabled()  # h belongs to the paraboloid
    for _ in range(3):
        window.undo_stack.undo()
    c = window.plane_state.clustering
    assert (c.k, c.space, c.restarts) == (2, "paraboloid", 5)
    assert panel.k.value() == 2


@pytest.mark.parametrize("space", ["plane", "paraboloid"])
def test_centroids_in_the_plane_are_the_means_of_their_points(window, space):
    in_plane(window, generate_plane("blobs", 80, 0, 0.2, 2))
    show_clusters(window, k=2, space=space, height=1.0)
    shown = window.plane_lab.clustering.shown
    p = window.plane_state.points
    for j in range(2):
        mine = shown.labels == j
        np.testing.assert_allclose(
            shown.plane_centroids[j], [p.x1[mine].mean(), p.x2[mine].mean()], atol=1e-12
        )
