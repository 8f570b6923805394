"""K-means: Lloyd fixed points, scikit-learn as reference, the two-ring demonstration, agreement."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.cluster import KMeans
from sklearn.metrics import adjusted_rand_score
from sklearn.metrics.cluster import contingency_matrix

from core.kmeans import (
    DEFAULT_RESTARTS,
    MAX_HEIGHT,
    MAX_K,
    KMeansState,
    adjusted_rand_index,
    assign_step,
    cluster_means,
    contingency_table,
    from_centroids,
    kmeans,
    nearest_centroid,
    next_step,
    paraboloid_space,
    plane_space,
    purity,
    run,
    scale_columns,
    start,
    update_step,
)
from core.plane import Box


# ------------------------------------------------------------------ helpers
def direct_sq_dist(x: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """||x_i - c_j||^2 straight from the coordinate differences, shape (N, K)."""
    diff = x[:, None, :] - centroids[None, :, :]
    return (diff * diff).sum(axis=2)


def assert_lloyd_fixed_point(x: np.ndarray, labels: np.ndarray, centroids: np.ndarray) -> None:
    """Every point nearest its own centroid (ties to the lowest index); every centroid its mean."""
    k = centroids.shape[0]
    dist = direct_sq_dist(x, centroids)
    assert np.array_equal(labels, dist.argmin(axis=1))
    scale = max(1.0, float(np.abs(x).max()))
    for j in range(k):
        members = x[labels == j]
        assert members.shape[0] > 0, f"cluster {j} is empty"
        np.testing.assert_allclose(centroids[j], members.mean(axis=0), rtol=0, atol=1e-13 * scale)


def make_points(kind: str, n: int, d: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    if kind == "gauss":
        return rng.normal(size=(n, d))
    if kind == "grid":  # small integers: exact ties everywhere
        return rng.integers(-2, 3, size=(n, d)).astype(float)
    if kind == "copies":  # every point several times
        base = rng.normal(size=(max(1, n // 4), d))
        return base[rng.integers(0, base.shape[0], n)]
    if kind == "far":  # two clumps 2e6 apart with 1e-3 detail: the expansion is useless inside
        side = np.where(rng.random(n) < 0.5, -1e6, 1e6)[:, None]
        return side + rng.integers(-3, 4, size=(n, d)) * 1e-3
    if kind == "blobs":
        centres = rng.normal(scale=5.0, size=(4, d))
        return centres[rng.integers(0, 4, n)] + rng.normal(scale=0.3, size=(n, d))
    raise AssertionError(kind)


def distinct_count(x: np.ndarray) -> int:
    return np.unique(x, axis=0).shape[0] if x.shape[0] else 0


@st.composite
def point_sets(draw, max_n: int = 60):
    kind = draw(st.sampled_from(["gauss", "grid", "copies", "far", "blobs"]))
    n = draw(st.integers(1, max_n))
    d = draw(st.integers(1, 4))
    x = make_points(kind, n, d, draw(st.integers(0, 2**32 - 1)))
    k = draw(st.integers(1, min(MAX_K, distinct_count(x))))
    return x, k


def rings(n_per_ring: int, noise: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Two concentric rings of radii 0.4 (class 0) and 1.0 (class 1), radial noise."""
    rng = np.random.default_rng(seed)
    radius = np.repeat([0.4, 1.0], n_per_ring) + rng.normal(0.0, noise, 2 * n_per_ring)
    angle = rng.uniform(0.0, 2 * np.pi, 2 * n_per_ring)
    points = np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])
    return points, np.repeat([0, 1], n_per_ring)


def sklearn_lloyd(x: np.ndarray, init: np.ndarray, max_iter: int = 300) -> KMeans:
    # tol=0: scikit-learn then also iterates until the labels stop changing.
    model = KMeans(
        n_clusters=init.shape[0], init=init, n_init=1, algorithm="lloyd", tol=0.0, max_iter=max_iter
    )
    return model.fit(x)


# ------------------------------------------------------------ fixed points
@settings(max_examples=80, deadline=None)
@given(data=point_sets(), seed=st.integers(0, 2**32 - 1), restarts=st.integers(1, 3))
def test_result_is_a_lloyd_fixed_point(data, seed, restarts):
    x, k = data
    result = kmeans(x, k, restarts=restarts, seed=seed)
    assert result.converged
    assert_lloyd_fixed_point(x, result.labels, result.centroids)
    own = direct_sq_dist(x, result.centroids)[np.arange(x.shape[0]), result.labels]
    assert result.inertia == pytest.approx(float(own.sum()), rel=1e-12, abs=1e-300)
    assert result.inertia == min(result.restart_inertias)
    assert result.restart_inertias[result.restart] == result.inertia
    assert len(result.restart_inertias) == restarts
    assert np.all(np.isfinite(result.centroids))


@settings(max_examples=80, deadline=None)
@given(data=point_sets(max_n=120), seed=st.integers(0, 2**32 - 1))
def test_kmeans_walks_the_same_path_as_the_step_by_step_api(data, seed):
    # kmeans skips points whose label provably stays; the steps recompute all.
    x, k = data
    result = kmeans(x, k, restarts=1, seed=seed)
    state = run(start(x, k, seed=seed))
    assert state.converged and result.converged
    assert np.array_equal(result.labels, state.labels)
    assert np.array_equal(result.centroids, state.centroids)
    assert result.n_iter == state.n_assign
    assert result.inertia == state.inertia


def test_fixed_point_is_exact_far_from_the_origin_with_ties():
    # Points on 1e-3 grids around (-1e6, -1e6) and (1e6, 1e6): the distance
    # expansion's rounding (about 1e-4) exceeds the squared distances inside a
    # clump (about 1e-6), and many points are exactly equidistant from two
    # centroids.
    x = make_points("far", 400, 2, seed=5)
    for k in (3, 5, 10):
        result = kmeans(x, k, restarts=3, seed=k)
        assert_lloyd_fixed_point(x, result.labels, result.centroids)


def test_nearest_centroid_breaks_ties_to_the_lowest_index():
    centroids = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]])
    assert nearest_centroid([[0.0, 0.0]], centroids).tolist() == [0]
    assert nearest_centroid([[0.0, 0.0]], centroids[::-1]).tolist() == [0]
    assert nearest_centroid([[-0.5, 0.5]], centroids).tolist() == [1]
    grid = np.array([[i, j] for i in range(-3, 4) for j in range(-3, 4)], dtype=float)
    centres = np.array([[-1.0, -1.0], [1.0, 1.0], [1.0, -1.0], [-1.0, 1.0], [-1.0, -1.0]])
    labels = nearest_centroid(grid, centres)
    assert np.array_equal(labels, direct_sq_dist(grid, centres).argmin(axis=1))
    assert 4 not in labels  # a copy of centroid 0 never wins


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), offset=st.sampled_from([0.0, 1e3, 1e8]))
def test_nearest_centroid_agrees_with_the_direct_formula(seed, offset):
    rng = np.random.default_rng(seed)
    x = offset + rng.integers(-4, 5, size=(300, 3)) * 0.25
    centroids = offset + rng.integers(-4, 5, size=(int(rng.integers(1, 11)), 3)) * 0.25
    assert np.array_equal(nearest_centroid(x, centroids), direct_sq_dist(x, centroids).argmin(1))


# ------------------------------------------------------- scikit-learn parity
CASES = [
    # (n, d, k, seed)
    (50, 2, 3, 0),
    (200, 2, 5, 1),
    (500, 3, 10, 2),
    (1000, 2, 2, 3),
    (300, 5, 7, 4),
    (120, 1, 4, 5),
    (2000, 3, 8, 6),
    (40, 2, 10, 7),
]


@pytest.mark.parametrize(("n", "d", "k", "seed"), CASES)
def test_same_start_gives_scikit_learns_result(n, d, k, seed):
    x = make_points("gauss", n, d, seed)
    init = start(x, k, seed=seed).centroids
    ours = run(from_centroids(x, init))
    reference = sklearn_lloyd(x, np.array(init))
    assert ours.converged
    assert np.array_equal(ours.labels, reference.labels_)
    np.testing.assert_allclose(ours.centroids, reference.cluster_centers_, rtol=0, atol=1e-9)
    assert ours.inertia == pytest.approx(reference.inertia_, rel=1e-9)
    assert ours.n_assign == reference.n_iter_
    # kmeans with one restart starts from the same seeds.
    result = kmeans(x, k, restarts=1, seed=seed)
    assert np.array_equal(result.labels, reference.labels_)
    assert result.n_iter == reference.n_iter_


@pytest.mark.parametrize("max_iter", [1, 2, 3])
def test_iteration_cap_matches_scikit_learn_and_is_reported(max_iter):
    x = make_points("gauss", 2000, 2, seed=11)
    init = start(x, 8, seed=3).centroids
    reference = sklearn_lloyd(x, np.array(init), max_iter=max_iter)
    ours = run(from_centroids(x, init), max_iter=max_iter)
    assert not ours.converged
    assert ours.n_assign == max_iter == reference.n_iter_
    # Stopped after an update: the centroids are scikit-learn's, each the mean of its points.
    np.testing.assert_allclose(ours.centroids, reference.cluster_centers_, rtol=0, atol=1e-9)
    for j in range(8):
        np.testing.assert_allclose(ours.centroids[j], x[ours.labels == j].mean(0), atol=1e-13)
    result = kmeans(x, 8, restarts=1, seed=3, max_iter=max_iter)
    assert (result.converged, result.n_iter, result.n_unconverged) == (False, max_iter, 1)
    assert np.array_equal(result.centroids, ours.centroids)


@pytest.mark.parametrize("restarts", [1, 3, DEFAULT_RESTARTS])
@pytest.mark.parametrize(("k", "d", "seed"), [(2, 2, 0), (4, 2, 1), (6, 3, 2), (10, 2, 3)])
def test_restarts_never_above_scikit_learn_on_well_separated_data(k, d, seed, restarts):
    rng = np.random.default_rng(seed)
    # Centres on a coarse grid (at least 10 apart), spread 0.5: well separated.
    cells = rng.choice(6**d, size=k, replace=False)
    centres = np.array(np.unravel_index(cells, (6,) * d)).T * 10.0
    truth = rng.integers(0, k, 1500)
    truth[:k] = np.arange(k)
    x = centres[truth] + rng.normal(0.0, 0.5, size=(1500, d))
    ours = kmeans(x, k, restarts=restarts, seed=seed)
    reference = KMeans(k, n_init=restarts, random_state=seed, tol=0.0, algorithm="lloyd").fit(x)
    assert ours.inertia <= reference.inertia_ * (1 + 1e-12)
    assert purity(ours.labels, truth) == 1.0


# ------------------------------------------------------- the demonstration
def test_two_rings_split_in_half_in_the_plane():
    points, classes = rings(100, 0.05, seed=7)
    result = kmeans(plane_space(points), 2)
    assert 0.5 <= purity(result.labels, classes) <= 0.6
    assert abs(adjusted_rand_index(result.labels, classes)) < 0.05
    # A split in half: both clusters hold about as many inner as outer points.
    table = contingency_table(result.labels, classes)
    assert np.all(table >= 0.35 * 100)


@pytest.mark.parametrize("height", [1.5, 2.0, 3.0, MAX_HEIGHT])
def test_two_rings_separate_on_the_paraboloid_from_height_one_and_a_half(height):
    points, classes = rings(100, 0.05, seed=7)
    result = kmeans(paraboloid_space(points, height), 2, plane=points)
    assert purity(result.labels, classes) == 1.0
    assert adjusted_rand_index(result.labels, classes) == 1.0
    # Each cluster is a ring: its plane centroid is that ring's mean, near the origin.
    inner = result.labels[classes == 0][0]
    ring_means = [points[classes == c].mean(axis=0) for c in (0, 1)]
    np.testing.assert_allclose(result.plane_centroids[inner], ring_means[0], atol=1e-15)
    np.testing.assert_allclose(result.plane_centroids[1 - inner], ring_means[1], atol=1e-15)
    assert np.all(np.abs(result.plane_centroids) < 0.15)


@pytest.mark.parametrize("height", [0.0, 0.5, 1.0, 1.3])
def test_two_rings_do_not_separate_on_a_flat_paraboloid(height):
    points, classes = rings(100, 0.05, seed=7)
    result = kmeans(paraboloid_space(points, height), 2)
    assert purity(result.labels, classes) < 0.9


def test_height_zero_is_the_plane():
    points, _ = rings(100, 0.05, seed=3)
    flat = kmeans(paraboloid_space(points, 0.0), 2, seed=4)
    plane = kmeans(plane_space(points), 2, seed=4)
    assert np.array_equal(flat.labels, plane.labels)
    assert flat.inertia == pytest.approx(plane.inertia, rel=1e-14)


# --------------------------------------------------------------- the lifts
def test_the_plane_is_the_box_mapped_onto_the_unit_square():
    box = Box(0.0, 4.0, -2.0, 0.0)
    corners = np.array([[0.0, -2.0], [4.0, 0.0], [2.0, -1.0], [6.0, 1.0]])
    z = plane_space(corners, box)
    np.testing.assert_allclose(z, [[-1, -1], [1, 1], [0, 0], [2, 2]])
    np.testing.assert_allclose(np.column_stack(box.from_unit(z[:, 0], z[:, 1])), corners)
    np.testing.assert_array_equal(plane_space(corners), corners)


def test_paraboloid_adds_the_scaled_squared_radius():
    box = Box(0.0, 2.0, 0.0, 2.0)
    points = np.array([[1.0, 1.0], [2.0, 1.0], [0.0, 0.0], [3.0, 1.0]])
    lifted = paraboloid_space(points, 2.5, box)
    np.testing.assert_allclose(lifted, [[0, 0, 0], [1, 0, 2.5], [-1, -1, 5.0], [2, 0, 10.0]])
    np.testing.assert_array_equal(paraboloid_space(points, 0.0, box)[:, 2], 0.0)
    np.testing.assert_array_equal(plane_space(points, box), lifted[:, :2])


@pytest.mark.parametrize("height", [-0.1, 5.01, math.nan, math.inf, "high"])
def test_paraboloid_height_out_of_range(height):
    with pytest.raises(ValueError, match="height must be"):
        paraboloid_space(np.zeros((3, 2)), height)


@pytest.mark.parametrize("points", [np.zeros((3, 3)), np.zeros(4), [[0.0, math.nan]]])
def test_lifts_reject_bad_points(points):
    with pytest.raises(ValueError, match="points"):
        plane_space(points)


def test_plane_centroids_are_the_cluster_means_in_the_plane():
    points = make_points("blobs", 300, 2, seed=9)
    box = Box(-15.0, 15.0, -10.0, 20.0)
    lifted = paraboloid_space(points, 1.0, box)
    result = kmeans(lifted, 4, plane=points)
    expected = np.array([points[result.labels == j].mean(axis=0) for j in range(4)])
    np.testing.assert_allclose(result.plane_centroids, expected, rtol=0, atol=1e-12)
    # The lift's first two coordinates are an affine image of the plane.
    back = box.from_unit(result.centroids[:, 0], result.centroids[:, 1])
    np.testing.assert_allclose(result.plane_centroids, np.column_stack(back))
    assert kmeans(lifted, 4).plane_centroids is None


def test_scale_columns_gives_unit_variance_and_zeroes_constants():
    rng = np.random.default_rng(0)
    z = rng.uniform(-1, 1, size=(500, 2))
    features = np.column_stack([z[:, 0], z[:, 0] ** 8, z[:, 0] * z[:, 1] ** 3, np.full(500, 0.7)])
    # 0.7 is not exact in binary: its computed standard deviation is not 0.
    assert features.std(axis=0)[3] > 0
    scaled = scale_columns(features)
    np.testing.assert_allclose(scaled.std(axis=0), [1, 1, 1, 0], atol=1e-12)
    np.testing.assert_allclose(scaled[:, :3], features[:, :3] / features[:, :3].std(axis=0))
    assert np.all(scaled[:, 3] == 0.0)
    assert scale_columns(np.zeros((0, 3))).shape == (0, 3)


# --------------------------------------------------------- empty clusters
def test_empty_cluster_takes_the_point_farthest_from_its_mean():
    # Derived by hand. Copies of centroid 0 lose every tie, so cluster 1
    # starts empty; all four points are 0.5 from their cluster's mean, so the
    # lowest index, point 0, moves into cluster 1.
    x = np.array([[0.0], [1.0], [10.0], [11.0]])
    state = assign_step(from_centroids(x, [[0.0], [0.0], [10.0]]))
    assert state.labels.tolist() == [0, 0, 2, 2]
    state = update_step(state)
    assert state.reseeded == (1,)
    assert state.labels.tolist() == [1, 0, 2, 2]
    assert state.n_changed == 1
    np.testing.assert_array_equal(state.centroids, [[1.0], [0.0], [10.5]])
    assert state.inertia == 0.5
    final = run(state)
    assert final.converged
    assert final.labels.tolist() == [1, 0, 2, 2]
    assert final.inertia == 0.5


def test_a_cluster_emptied_midway_is_reseeded():
    # Derived by hand (squared distances in comments).
    x = np.array([[0.0, 8.0], [6.0, 3.0], [0.0, 6.0], [6.0, 6.0]])
    state = assign_step(from_centroids(x, [[0.0, 2.0], [0.0, 5.0], [1.0, 7.0]]))
    # (0,8): 36, 9, 2; (6,3): 37, 40, 41; (0,6): 16, 1, 2; (6,6): 52, 37, 26.
    assert state.labels.tolist() == [2, 0, 1, 2]
    state = update_step(state)
    np.testing.assert_array_equal(state.centroids, [[6, 3], [0, 6], [3, 7]])
    assert state.reseeded == ()
    # (0,8): 61, 4, 10; (6,3): 0, ...; (0,6): ..., 0, ...; (6,6): 9, 36, 10. Cluster 2 is empty.
    state = assign_step(state)
    assert state.labels.tolist() == [1, 0, 1, 0]
    # Means (6, 4.5) and (0, 7); squared distances to them 1, 2.25, 1, 2.25: point 1 moves.
    state = update_step(state)
    assert state.reseeded == (2,)
    assert state.labels.tolist() == [1, 2, 1, 0]
    np.testing.assert_array_equal(state.centroids, [[6, 6], [0, 7], [6, 3]])
    assert state.inertia == 2.0
    state = assign_step(state)
    assert state.converged and state.labels.tolist() == [1, 2, 1, 0]
    result = run(from_centroids(x, [[0.0, 2.0], [0.0, 5.0], [1.0, 7.0]]))
    assert result.converged and result.inertia == 2.0 and result.n_assign == 3


@settings(max_examples=60, deadline=None)
@given(data=point_sets(max_n=40), seed=st.integers(0, 2**32 - 1))
def test_steps_from_clumped_centroids_never_leave_a_cluster_empty_or_nan(data, seed):
    # All centroids start inside a tiny ball: most clusters start empty.
    x, k = data
    rng = np.random.default_rng(seed)
    centroids = x[0] + rng.normal(scale=1e-9, size=(k, x.shape[1]))
    state = assign_step(from_centroids(x, centroids))
    previous = state.inertia
    while not state.converged:
        state = next_step(state)
        assert np.all(np.isfinite(state.centroids))
        assert state.inertia <= previous * (1 + 1e-12) + 1e-300
        previous = state.inertia
        if state.phase == "updated":
            assert np.bincount(state.labels, minlength=k).min() > 0
        assert state.n_assign <= 300
    assert_lloyd_fixed_point(x, state.labels, state.centroids)


# ---------------------------------------------------------- step by step
def test_steps_alternate_and_report_what_changed():
    x = make_points("blobs", 200, 2, seed=1)
    state = start(x, 4, seed=2)
    assert (state.phase, state.labels, state.inertia, state.next_phase) == (
        "seeded",
        None,
        None,
        "assign",
    )
    # k-means++ seeds are distinct points of x.
    assert all(any(np.array_equal(c, p) for p in x) for c in state.centroids)
    assert distinct_count(np.asarray(state.centroids)) == 4
    with pytest.raises(ValueError, match="assignment step first"):
        update_step(state)
    state = next_step(state)
    assert (state.phase, state.n_assign, state.n_update, state.n_changed) == ("assigned", 1, 0, 200)
    assert state.next_phase == "update"
    own = direct_sq_dist(x, np.asarray(state.centroids))[np.arange(200), state.labels]
    assert state.inertia == pytest.approx(float(own.sum()), rel=1e-12)
    state = next_step(state)
    assert (state.phase, state.n_assign, state.n_update) == ("updated", 1, 1)
    done = run(state)
    assert done.converged and done.n_changed == 0
    # A fixed point stays put.
    again = next_step(next_step(done))
    assert again.converged
    assert np.array_equal(again.labels, done.labels)
    assert np.array_equal(again.centroids, done.centroids)
    assert run(done) is done


def test_state_is_frozen():
    state = assign_step(start(make_points("gauss", 30, 2, seed=0), 3))
    assert isinstance(state, KMeansState)
    with pytest.raises(ValueError, match="read-only"):
        state.centroids[0, 0] = 1.0
    with pytest.raises(ValueError, match="read-only"):
        state.labels[0] = 1
    with pytest.raises(AttributeError):
        state.inertia = 0.0  # type: ignore[misc]


def test_seed_reproduces_and_generators_are_accepted():
    x = make_points("gauss", 300, 2, seed=0)
    a = kmeans(x, 5, seed=42)
    b = kmeans(x, 5, seed=42)
    assert np.array_equal(a.labels, b.labels) and a.restart_inertias == b.restart_inertias
    c = kmeans(x, 5, seed=np.random.default_rng(42))
    assert c.restart_inertias == a.restart_inertias
    assert np.array_equal(start(x, 5, seed=42).centroids, start(x, 5, seed=42).centroids)


# --------------------------------------------------------------- edge cases
def test_one_point_one_cluster():
    result = kmeans([[0.3, -0.2]], 1)
    assert result.labels.tolist() == [0]
    np.testing.assert_array_equal(result.centroids, [[0.3, -0.2]])
    assert (result.inertia, result.converged, result.n_iter) == (0.0, True, 2)


def test_one_cluster_is_the_mean():
    x = make_points("gauss", 100, 3, seed=0)
    result = kmeans(x, 1, restarts=2)
    np.testing.assert_allclose(result.centroids[0], x.mean(axis=0), atol=1e-15)
    assert result.inertia == pytest.approx(100 * x.var(axis=0).sum(), rel=1e-12)


def test_duplicate_points_are_ordinary_points():
    x = np.repeat([[0.0, 0.0], [1.0, 0.0], [0.0, 5.0]], [4, 3, 5], axis=0)
    result = kmeans(x, 3)
    assert purity(result.labels, np.repeat([0, 1, 2], [4, 3, 5])) == 1.0
    assert result.inertia == 0.0


@pytest.mark.parametrize(
    ("x", "k", "distinct"),
    [
        (np.zeros((0, 2)), 1, 0),
        ([[1.0, 2.0]], 2, 1),
        (np.repeat([[0.0, 0.0], [1.0, 1.0]], 5, axis=0), 3, 2),
        (np.zeros((7, 1)), 2, 1),
    ],
)
def test_fewer_distinct_points_than_clusters(x, k, distinct):
    message = rf"k must be at most the number of distinct points \({distinct}\), got {k}"
    with pytest.raises(ValueError, match=message):
        kmeans(x, k)
    with pytest.raises(ValueError, match=message):
        start(x, k)
    with pytest.raises(ValueError, match=message):
        from_centroids(x, np.zeros((k, np.shape(x)[1])))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"k": 0}, r"k must be an integer from 1 to 10, got 0"),
        ({"k": 11}, r"k must be an integer from 1 to 10, got 11"),
        ({"k": 2.0}, r"k must be an integer from 1 to 10, got 2.0"),
        ({"k": True}, r"k must be an integer"),
        ({"restarts": 0}, r"restarts must be an integer from 1 to 100, got 0"),
        ({"max_iter": 0}, r"max_iter must be an integer from 1 to 100,000, got 0"),
        ({"seed": -1}, r"seed must be an integer >= 0 or a numpy Generator, got -1"),
        ({"seed": "x"}, r"seed must be"),
        ({"plane": np.zeros((3, 2))}, r"plane must have one row per point \(10\), got 3"),
    ],
)
def test_bad_arguments_name_the_parameter(kwargs, message):
    arguments = {"x": make_points("gauss", 10, 2, seed=0), "k": 2} | kwargs
    with pytest.raises(ValueError, match=message):
        kmeans(**arguments)


@pytest.mark.parametrize(
    ("x", "message"),
    [
        (np.zeros(5), r"x must be a 2-D array"),
        (np.zeros((5, 0)), r"x must be a 2-D array"),
        ([[0.0, math.inf], [1.0, 1.0]], r"x must hold finite numbers"),
        ([[1e150, 0.0], [0.0, 0.0]], r"x must hold numbers below 1e\+150 in size"),
    ],
)
def test_bad_points(x, message):
    with pytest.raises(ValueError, match=message):
        kmeans(x, 1)


def test_from_centroids_checks_its_centroids():
    x = make_points("gauss", 20, 2, seed=0)
    with pytest.raises(ValueError, match="centroids must have 1 to 10 rows"):
        from_centroids(x, np.zeros((11, 2)))
    with pytest.raises(ValueError, match="centroids must have 2 columns like x, got 3"):
        from_centroids(x, np.zeros((2, 3)))
    with pytest.raises(ValueError, match="centroids must have 2 columns like x, got 1"):
        nearest_centroid(x, np.zeros((2, 1)))


def test_cluster_means_refuses_an_empty_cluster():
    with pytest.raises(ValueError, match="cluster 1 has no point"):
        cluster_means([[0.0], [1.0]], [0, 2], 3)
    with pytest.raises(ValueError, match="labels must be from 0 to 1"):
        cluster_means([[0.0], [1.0]], [0, 2], 2)
    np.testing.assert_array_equal(cluster_means([[0.0], [1.0], [3.0]], [1, 0, 1], 2), [[1], [1.5]])


# -------------------------------------------------------- agreement measures
def test_agreement_derived_by_hand():
    labels = [0, 0, 0, 1, 1, 1]
    classes = [0, 0, 1, 1, 2, 2]
    np.testing.assert_array_equal(contingency_table(labels, classes), [[2, 1, 0], [0, 1, 2]])
    # Pairs inside cells: C(2) + C(2) = 2; inside clusters: C(3) + C(3) = 6;
    # inside classes: 3 C(2) = 3; in all: C(6) = 15. Expected index 6 * 3 / 15,
    # maximum (6 + 3) / 2.
    expected = (2 - Fraction(18, 15)) / (Fraction(9, 2) - Fraction(18, 15))
    assert expected == Fraction(8, 33)
    assert adjusted_rand_index(labels, classes) == float(expected)
    assert purity(labels, classes) == 4 / 6
    # Crossed: no pair inside a cell, 2 inside clusters, 2 inside classes, 6 in
    # all: (0 - 2 * 2 / 6) / ((2 + 2) / 2 - 2 * 2 / 6) = -1/2, below chance.
    assert adjusted_rand_index([0, 1, 0, 1], [0, 0, 1, 1]) == -0.5
    assert purity([0, 1, 0, 1], [0, 0, 1, 1]) == 0.5


def test_agreement_ignores_the_names_of_clusters_and_classes():
    labels = np.array([3, 3, 7, 7, 7, -1])
    classes = np.array([10, 10, 20, 20, 20, 30])
    assert adjusted_rand_index(labels, classes) == 1.0
    assert purity(labels, classes) == 1.0
    assert adjusted_rand_index(classes, labels) == 1.0


@pytest.mark.parametrize(
    ("labels", "classes"),
    [([0], [5]), ([0, 0, 0], [1, 1, 1]), ([0, 1, 2], [2, 0, 1])],
)
def test_degenerate_partitions_that_agree_score_one(labels, classes):
    assert adjusted_rand_index(labels, classes) == 1.0
    assert adjusted_rand_index(labels, classes) == adjusted_rand_score(classes, labels)


@settings(max_examples=150, deadline=None)
@given(
    pairs=st.lists(st.tuples(st.integers(0, 4), st.integers(0, 3)), min_size=1, max_size=80),
)
def test_agreement_against_scikit_learn(pairs):
    labels, classes = map(np.array, zip(*pairs, strict=True))
    reference = adjusted_rand_score(classes, labels)
    assert adjusted_rand_index(labels, classes) == pytest.approx(reference, abs=1e-12)
    table = contingency_matrix(classes, labels)  # classes x clusters
    assert purity(labels, classes) == pytest.approx(table.max(axis=0).sum() / len(pairs))
    assert max(np.bincount(classes)) / len(pairs) <= purity(labels, classes) <= 1.0


def test_agreement_refuses_nothing_and_mismatches():
    for measure in (purity, adjusted_rand_index):
        with pytest.raises(ValueError, match="at least one point"):
            measure([], [])
        with pytest.raises(ValueError, match=r"classes must have one entry per point \(2\), got 3"):
            measure([0, 1], [0, 1, 1])
        with pytest.raises(ValueError, match="labels must be integers"):
            measure([0.5, 1.0], [0, 1])
