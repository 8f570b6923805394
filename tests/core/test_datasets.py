"""Generated data sets: reproducible, the right sizes, noise of the right size."""

from __future__ import annotations

import numpy as np
import pytest

from core.datasets import PRESETS, generate, true_function


@pytest.mark.parametrize("preset", sorted(PRESETS))
def test_same_seed_same_points_other_seed_other_points(preset):
    a = generate(preset, 10, 5, 0.3, seed=1)
    assert a == generate(preset, 10, 5, 0.3, seed=1)
    assert a != generate(preset, 10, 5, 0.3, seed=2)
    assert np.count_nonzero(~a.is_test) == 10 and np.count_nonzero(a.is_test) == 5
    assert np.all((a.x >= 0) & (a.x <= 1))


def test_zero_noise_lies_on_the_true_function_and_noise_has_its_size():
    exact = generate("runge", 50, 50, 0.0, seed=3)
    np.testing.assert_allclose(exact.y, true_function("runge")(exact.x))
    noisy = generate("sin", 20000, 0, 0.3, seed=4)
    residual = noisy.y - np.sin(2 * np.pi * noisy.x)
    assert residual.std() == pytest.approx(0.3, rel=0.03)


def test_textbook_preset_spreads_training_points_over_the_domain():
    table = generate("sin", 10, 0, 0.3, seed=0)
    # One training point in each tenth of [0, 1], as in the classic figure.
    assert sorted(np.floor(table.x * 10).astype(int).tolist()) == list(range(10))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("nope", 1, 1, 0.1, 0), "preset must be one of"),
        (("sin", -1, 1, 0.1, 0), "n_train must be from 0"),
        (("sin", 1, 2_000_000, 0.1, 0), "n_test must be from 0"),
        (("sin", 1, 1, -0.1, 0), "noise must be a finite number >= 0"),
        (("sin", 1, 1, 0.1, -5), "seed must be >= 0"),
    ],
)
def test_invalid_arguments(args, message):
    with pytest.raises(ValueError, match=message):
        generate(*args)
