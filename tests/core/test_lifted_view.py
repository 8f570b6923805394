"""Tests of the lifted-space views: principal components and the edge-on view of the plane."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.decomposition import PCA

from core.classifier import fit_design, prepare
from core.lifted_view import edge_on_view, principal_view
from core.plane_datasets import DEFAULT_BOX, generate_plane


def test_principal_view_matches_scikit_learn_pca() -> None:
    table = generate_plane("moons", 120, 40, 0.1, 1)
    design = prepare(table, DEFAULT_BOX)
    view = principal_view(design, 3)
    train = design.train_features(3)[:, 1:]
    pca = PCA(n_components=2).fit(train)
    np.testing.assert_allclose(view.explained, pca.explained_variance_ratio_, rtol=1e-10)
    expected = pca.transform(design.phi[:, 1:10])
    # Components are defined up to sign.
    for ours, theirs in ((view.u, expected[:, 0]), (view.v, expected[:, 1])):
        sign = np.sign(ours @ theirs)
        np.testing.assert_allclose(ours, sign * theirs, atol=1e-10)
    assert view.boundary_u is None


def test_degree_zero_and_one_views_are_defined() -> None:
    design = prepare(generate_plane("blobs", 30, 0, 0.3, 0), DEFAULT_BOX)
    flat = principal_view(design, 0)
    assert np.all(flat.u == 0) and np.all(flat.v == 0)
    plane = principal_view(design, 1)
    assert sum(plane.explained) == pytest.approx(1.0)


def test_rings_at_degree_two_are_split_by_a_vertical_line_seen_edge_on() -> None:
    table = generate_plane("circles", 200, 100, 0.05, 3)
    design = prepare(table, DEFAULT_BOX)
    fit = fit_design(design, 2, l2=1e-3)
    view = edge_on_view(design, fit)
    assert view.boundary_u == 0.0
    # u is the fitted logit itself, so the line u = 0 is the p = 1/2 boundary.
    np.testing.assert_allclose(view.u, fit.logit(table.x1, table.x2), rtol=1e-12, atol=1e-12)
    assert np.array_equal(view.u > 0, fit.probability > 0.5)
    assert fit.train_accuracy == 1.0 and fit.test_accuracy == 1.0
    assert np.all((view.u > 0) == (table.label == 1))
    # v measures spread along the plane: orthogonal to the fitted weights.
    centred = design.phi[:, 1:6] - design.train_features(2)[:, 1:].mean(axis=0)
    direction = np.linalg.lstsq(centred, view.v, rcond=None)[0]
    assert abs(direction @ fit.coef[1:]) < 1e-8 * np.linalg.norm(fit.coef[1:])
    assert 0 < view.explained[0] <= 1


def test_edge_on_view_needs_a_fit_of_the_same_design() -> None:
    table = generate_plane("xor", 40, 0, 0.1, 0)
    fit = fit_design(prepare(table, DEFAULT_BOX, "legendre"), 2, l2=1e-2)
    with pytest.raises(ValueError, match="same basis and box"):
        edge_on_view(prepare(table, DEFAULT_BOX), fit)


def test_the_boundary_trace_is_the_boundary_lifted_and_projected_like_the_points() -> None:
    table = generate_plane("moons", 150, 50, 0.1, 4)
    design = prepare(table, DEFAULT_BOX)
    fit = fit_design(design, 3, l2=1e-3)
    boundary = fit.decision_map().boundary
    view = principal_view(design, 3, boundary)
    assert view.trace is not None and view.trace.shape == boundary.shape
    pca = PCA(n_components=2).fit(design.train_features(3)[:, 1:])
    ends = boundary.reshape(-1, 2)
    z1, z2 = DEFAULT_BOX.to_unit(ends[:, 0], ends[:, 1])
    from core.plane_features import features

    expected = pca.transform(features(z1, z2, 3)[:, 1:])
    ours = view.trace.reshape(-1, 2)
    for k, along in enumerate((view.u, view.v)):
        sign = np.sign(along @ pca.transform(design.phi[:, 1:10])[:, k])
        np.testing.assert_allclose(ours[:, k], sign * expected[:, k], atol=1e-9)
    # Each end of the trace is a point where the classifier says p = 1/2.
    np.testing.assert_allclose(fit.logit(ends[:, 0], ends[:, 1]), 0.0, atol=0.05)
    assert principal_view(design, 3).trace is None


@pytest.mark.parametrize("azimuth", [0.0, 0.7, 2.5, -1.0])
@pytest.mark.parametrize("elevation", [0.0, 0.4, np.pi / 2])
def test_the_oblique_view_is_a_rotation_then_a_tilt(azimuth: float, elevation: float) -> None:
    from core.lifted_view import oblique_view

    rng = np.random.default_rng(5)
    points = rng.normal(size=(40, 3))
    u, v = oblique_view(points, azimuth, elevation)
    # Turning about the vertical keeps horizontal distances from the axis.
    depth = points[:, 0] * np.sin(azimuth) + points[:, 1] * np.cos(azimuth)
    np.testing.assert_allclose(u**2 + depth**2, points[:, 0] ** 2 + points[:, 1] ** 2)
    # Parallel projection: the image of a midpoint is the midpoint of the images.
    mid_u, mid_v = oblique_view((points[:20] + points[20:]) / 2, azimuth, elevation)
    np.testing.assert_allclose(mid_u, (u[:20] + u[20:]) / 2, atol=1e-12)
    np.testing.assert_allclose(mid_v, (v[:20] + v[20:]) / 2, atol=1e-12)
    if elevation == 0.0:
        np.testing.assert_allclose(v, points[:, 2])  # from the side: height is up
    if elevation == np.pi / 2:
        np.testing.assert_allclose(v, depth, atol=1e-12)  # from above: the plane itself


def test_the_oblique_view_checks_its_arguments() -> None:
    from core.lifted_view import oblique_view

    with pytest.raises(ValueError, match=r"shape \(n_points, 3\)"):
        oblique_view(np.zeros((3, 2)), 0.0, 0.0)
    with pytest.raises(ValueError, match="elevation must be a finite angle"):
        oblique_view(np.zeros((3, 3)), 0.0, float("nan"))
