"""Tests of the plane point table, the box and the two-class generators."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.plane import Box, PlaneTable
from core.plane_datasets import DEFAULT_BOX, MAX_PLANE_GENERATED, PLANE_PRESETS, generate_plane

# --- PlaneTable -----------------------------------------------------------------


def test_table_copies_freezes_and_compares_by_value() -> None:
    x1 = np.array([0.5, -1.0])
    table = PlaneTable(x1, [2, 3], [1, 0], np.array([False, True]))
    x1[0] = 9.0
    assert table.x1.tolist() == [0.5, -1.0]
    assert table.label.dtype == np.int64 and table.x2.dtype == np.float64
    for array in (table.x1, table.x2, table.label, table.is_test):
        with pytest.raises(ValueError, match="read-only"):
            array[0] = 0
    assert table == PlaneTable([0.5, -1.0], [2.0, 3.0], [1.0, 0.0], np.array([False, True]))
    assert table != PlaneTable([0.5, -1.0], [2.0, 3.0], [0, 0], np.array([False, True]))
    assert (len(table), table.n_train, table.n_test) == (2, 1, 1)
    assert len(PlaneTable.empty()) == 0


@pytest.mark.parametrize(
    ("x1", "x2", "label", "is_test", "message"),
    [
        ([1.0], [1.0, 2.0], [0], [False], "same length"),
        ([np.nan], [1.0], [0], [False], "x1 must be finite"),
        ([1.0], [np.inf], [0], [False], "x2 must be finite"),
        ([1.0], [1.0], [2], [False], "label must be 0 or 1, got 2 at index 0"),
        ([1.0, 2.0], [1.0, 2.0], [1, 0.5], [False, False], "label must be 0 or 1"),
        ([1.0], [1.0], ["a"], [False], "label must hold the numbers"),
        ([1.0], [1.0], [1], [1], "is_test must be a bool array"),
        ([[1.0]], [1.0], [1], [False], "x1 must be one-dimensional"),
    ],
)
def test_table_rejects_bad_arrays(x1, x2, label, is_test, message) -> None:
    with pytest.raises(ValueError, match=message):
        PlaneTable(x1, x2, label, np.asarray(is_test))


# --- Box ------------------------------------------------------------------------


@settings(max_examples=100, deadline=None)
@given(
    st.floats(-1e6, 1e6),
    st.floats(1e-3, 1e6),
    st.floats(-1e6, 1e6),
    st.floats(1e-3, 1e6),
    st.lists(st.floats(0, 1), min_size=1, max_size=20),
)
def test_box_maps_onto_the_unit_square_and_back(x1lo, w1, x2lo, w2, fractions) -> None:
    box = Box(x1lo, x1lo + w1, x2lo, x2lo + w2)
    f = np.array(fractions)
    z1, z2 = box.to_unit(box.x1lo + f * (box.x1hi - box.x1lo), box.x2lo + f * (box.x2hi - box.x2lo))
    # The inputs themselves are rounded to a few ulps of the side's position.
    eps = np.finfo(float).eps
    np.testing.assert_allclose(z1, 2 * f - 1, atol=16 * eps * (1 + abs(x1lo) / w1))
    np.testing.assert_allclose(z2, 2 * f - 1, atol=16 * eps * (1 + abs(x2lo) / w2))
    back1, back2 = box.from_unit(z1, z2)
    np.testing.assert_allclose(back1, box.x1lo + f * (box.x1hi - box.x1lo), rtol=1e-9, atol=1e-6)
    np.testing.assert_allclose(back2, box.x2lo + f * (box.x2hi - box.x2lo), rtol=1e-9, atol=1e-6)


def test_box_corners_map_to_the_corners_of_the_square() -> None:
    box = Box(2.0, 4.0, -3.0, 1.0)
    z1, z2 = box.to_unit([2.0, 4.0, 3.0], [-3.0, 1.0, -1.0])
    assert z1.tolist() == [-1.0, 1.0, 0.0]
    assert z2.tolist() == [-1.0, 1.0, 0.0]
    assert box.as_tuple() == (2.0, 4.0, -3.0, 1.0)


@pytest.mark.parametrize(
    ("bounds", "side"),
    [
        ((1, 1, 0, 1), "x1"),
        ((0, 1, 2, 1), "x2"),
        ((0, np.inf, 0, 1), "x1"),
        ((0, 1, np.nan, 1), "x2"),
    ],
)
def test_box_rejects_an_empty_or_infinite_side_naming_it(bounds, side) -> None:
    with pytest.raises(ValueError, match=f"box side {side}"):
        Box(*bounds)


def test_bounding_box_and_its_degenerate_sides() -> None:
    assert Box.bounding([0, 2, 1], [5, -1, 0]).as_tuple() == (0.0, 2.0, -1.0, 5.0)
    with pytest.raises(ValueError, match=r"all x1 values equal 0\.5"):
        Box.bounding([0.5, 0.5], [0, 1])
    with pytest.raises(ValueError, match=r"all x2 values equal 3\.0"):
        Box.bounding([0, 1], [3.0, 3.0])
    with pytest.raises(ValueError, match="at least one point"):
        Box.bounding([], [])


# --- generators -----------------------------------------------------------------


@pytest.mark.parametrize("preset", sorted(PLANE_PRESETS))
def test_generators_are_reproducible_balanced_and_train_first(preset: str) -> None:
    a = generate_plane(preset, 101, 40, 0.1, 7)
    assert a == generate_plane(preset, 101, 40, 0.1, 7)
    assert a != generate_plane(preset, 101, 40, 0.1, 8)
    assert a.is_test.tolist() == [False] * 101 + [True] * 40
    assert a.label.tolist() == [i % 2 for i in range(101)] + [i % 2 for i in range(40)]
    # The training points do not depend on how many test points follow.
    b = generate_plane(preset, 101, 3, 0.1, 7)
    train = ~a.is_test
    assert np.array_equal(a.x1[train], b.x1[~b.is_test])
    assert np.array_equal(a.x2[train], b.x2[~b.is_test])


def _noise_free(preset: str, n: int = 400) -> PlaneTable:
    return generate_plane(preset, n, 0, 0.0, 3)


def test_circles_are_labelled_by_their_ring() -> None:
    t = _noise_free("circles")
    radius = np.hypot(t.x1, t.x2)
    np.testing.assert_allclose(radius[t.label == 1], 0.4)
    np.testing.assert_allclose(radius[t.label == 0], 1.0)


def test_xor_is_labelled_by_the_sign_of_the_product() -> None:
    t = _noise_free("xor")
    assert np.all((t.x1 * t.x2 > 0) == (t.label == 1))
    assert np.all(np.abs(t.x1) <= 1) and np.all(np.abs(t.x2) <= 1)
    # Every quadrant is used.
    quadrants = {(bool(a > 0), bool(b > 0)) for a, b in zip(t.x1, t.x2, strict=True)}
    assert len(quadrants) == 4


def test_moons_lie_on_their_half_circles() -> None:
    t = _noise_free("moons")
    # Undo the documented shift and scale, then check each arc.
    u1 = t.x1 * 1.5 + 0.5
    u2 = t.x2 * 1.5 + 0.25
    upper = t.label == 0
    np.testing.assert_allclose(np.hypot(u1[upper], u2[upper]), 1.0)
    assert np.all(u2[upper] >= -1e-12)
    np.testing.assert_allclose(np.hypot(u1[~upper] - 1.0, u2[~upper] - 0.5), 1.0)
    assert np.all(u2[~upper] <= 0.5 + 1e-12)


def test_blobs_centre_on_their_class_means() -> None:
    t = generate_plane("blobs", 20_000, 0, 0.3, 1)
    for label, centre in ((0, -0.4), (1, 0.4)):
        pick = t.label == label
        assert abs(t.x1[pick].mean() - centre) < 0.01
        assert abs(t.x2[pick].std() - 0.3) < 0.01
    exact = _noise_free("blobs")
    assert set(zip(exact.x1.tolist(), exact.x2.tolist(), strict=True)) == {(-0.4, -0.4), (0.4, 0.4)}


def test_spiral_arms_follow_their_formula() -> None:
    t = _noise_free("spiral")
    radius = np.hypot(t.x1, t.x2)
    s = (radius - 0.1) / 0.9
    angle = 3.5 * np.pi * s + np.pi * t.label
    np.testing.assert_allclose(t.x1, radius * np.cos(angle), atol=1e-12)
    np.testing.assert_allclose(t.x2, radius * np.sin(angle), atol=1e-12)


@pytest.mark.parametrize("preset", sorted(PLANE_PRESETS))
def test_default_noise_keeps_points_in_the_default_box(preset: str) -> None:
    # As documented: the noise-free pattern plus 3.5 standard deviations fits.
    t = _noise_free(preset, 2000)
    reach = 3.5 * PLANE_PRESETS[preset].default_noise
    assert np.all((t.x1 - reach > DEFAULT_BOX.x1lo) & (t.x1 + reach < DEFAULT_BOX.x1hi))
    assert np.all((t.x2 - reach > DEFAULT_BOX.x2lo) & (t.x2 + reach < DEFAULT_BOX.x2hi))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("rings", 10, 10, 0.1, 0), "preset must be one of"),
        (("xor", -1, 10, 0.1, 0), "n_train must be an integer from 0"),
        (("xor", 10, MAX_PLANE_GENERATED + 1, 0.1, 0), "n_test must be an integer"),
        (("xor", 10, 10, -0.1, 0), "noise must be a finite number >= 0"),
        (("xor", 10, 10, float("nan"), 0), "noise must be a finite number >= 0"),
        (("xor", 10, 10, 0.1, -3), "seed must be an integer"),
        (("xor", 2.5, 10, 0.1, 0), "n_train must be an integer"),
    ],
)
def test_generator_rejects_bad_arguments(args, message) -> None:
    with pytest.raises(ValueError, match=message):
        generate_plane(*args)


def test_empty_sets_are_allowed() -> None:
    assert len(generate_plane("moons", 0, 0, 0.1, 0)) == 0
