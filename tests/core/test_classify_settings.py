"""Tests of the classification lab's settings dataclasses."""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

from core.classify_settings import ClassifierSettings, ClassifyLabSettings, PlaneGeneratorSettings
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
