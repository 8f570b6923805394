"""Tests of the classification lab's settings dataclasses."""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

from core.classify_settings import (
    ClassifierSettings,
    ClassifyLabSettings,
    ClusterSettings,
    PlaneGeneratorSettings,
)
from core.plane_datasets import PLANE_PRESETS, generate_plane
from core.settings import FieldError


def test_defaults_are_valid_and_generate() -> None:
    lab = ClassifyLabSettings()
    assert lab.model == ClassifierSettings(2, 0.0, 0.0, "monomial")
    g = lab.generator
    assert g.preset in PLANE_PRESETS
    table = generate_plane(g.preset, g.n_train, g.n_test, g.noise, g.seed)
    assert (table.n_train, table.n_test) == (100, 100)


def test_numpy_values_become_plain_json_numbers() -> None:
    model = ClassifierSettings(np.int64(10), np.float64(1e-3), np.float32(0.5), "legendre")
    generator = PlaneGeneratorSettings("spiral", np.int32(5), 0, np.float64(0.05), np.int64(9))
    for settings in (model, generator):
        values = dataclasses.asdict(settings)
        assert json.loads(json.dumps(values)) == values
    assert type(model.degree) is int and type(model.l2) is float


@pytest.mark.parametrize(
    ("make", "field", "fragment"),
    [
        (lambda: ClassifierSettings(degree=11), "degree", "an integer from 0 to 10"),
        (lambda: ClassifierSettings(degree=2.0), "degree", "an integer from 0 to 10"),
        (lambda: ClassifierSettings(degree=True), "degree", "an integer"),
        (lambda: ClassifierSettings(l1=-1e-3), "l1", "a finite number >= 0"),
        (lambda: ClassifierSettings(l2=float("inf")), "l2", "a finite number >= 0"),
        (lambda: ClassifierSettings(basis="chebyshev"), "basis", '"monomial", "legendre"'),
        (lambda: PlaneGeneratorSettings(preset="rings"), "preset", '"circles"'),
        (lambda: PlaneGeneratorSettings(n_train=100_001), "n_train", "from 0 to 100,000"),
        (lambda: PlaneGeneratorSettings(n_test=-1), "n_test", "from 0 to"),
        (lambda: PlaneGeneratorSettings(noise=float("nan")), "noise", ">= 0"),
        (lambda: PlaneGeneratorSettings(seed=2**31), "seed", "from 0 to"),
        (lambda: ClassifyLabSettings(model="x"), "model", "a ClassifierSettings"),
        (lambda: ClassifierSettings(l1=1.0000000000000001e50 * 1.01), "l1", "the limit 1e+50"),
        (lambda: PlaneGeneratorSettings(noise=2e40), "noise", "the limit 1e+40"),
        (lambda: ClusterSettings(k=0), "k", "an integer from 1 to 10"),
        (lambda: ClusterSettings(k=11), "k", "an integer from 1 to 10"),
        (lambda: ClusterSettings(space="torus"), "space", '"plane", "paraboloid", "polynomial"'),
        (lambda: ClusterSettings(height=-0.1), "height", ">= 0"),
        (lambda: ClusterSettings(height=5.000001), "height", "the limit 5"),
        (lambda: ClusterSettings(restarts=0), "restarts", "an integer from 1 to 100"),
        (lambda: ClusterSettings(seed=-1), "seed", "from 0 to"),
        (lambda: ClusterSettings(shown=1), "shown", "true or false"),
        (lambda: ClassifyLabSettings(clustering=None), "clustering", "a ClusterSettings"),
    ],
)
def test_each_bad_field_is_named(make, field, fragment) -> None:
    with pytest.raises(FieldError) as info:
        make()
    assert info.value.name == field
    assert str(info.value).startswith(f"{field} must be ")
    assert fragment in str(info.value)


def test_settings_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        ClassifierSettings().degree = 3  # type: ignore[misc]


def test_cluster_settings_default_to_the_paraboloid_at_height_zero() -> None:
    c = ClassifyLabSettings().clustering
    assert (c.k, c.space, c.height, c.restarts, c.shown) == (2, "paraboloid", 0.0, 5, False)
    assert ClusterSettings(height=np.float32(1.5)).height == 1.5
    assert type(ClusterSettings(k=np.int64(3)).k) is int
