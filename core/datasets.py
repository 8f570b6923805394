"""Generated data sets: a known true function plus Gaussian noise, reproducible by seed.

Every preset lives on the domain [0, 1]. Training x are spread evenly with a
little jitter (as in the classic textbook figure of sin 2 pi x); test x are
drawn uniformly, so they fall between and beside the training points.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from core import limits
from core.points_csv import PointTable

MAX_GENERATED = limits.MAX_GENERATED_POINTS


@dataclass(frozen=True)
class Preset:
    """A named true function on [0, 1]."""

    key: str
    formula: str
    function: Callable[[NDArray[np.float64]], NDArray[np.float64]]


def _sin(x: NDArray[np.float64]) -> NDArray[np.float64]:
    return np.sin(2 * np.pi * x)


def _cubic(x: NDArray[np.float64]) -> NDArray[np.float64]:
    u = 2 * x - 1
    return 1.5 * u**3 - u


def _step(x: NDArray[np.float64]) -> NDArray[np.float64]:
    return np.where(x < 0.5, -0.5, 0.5)


def _runge(x: NDArray[np.float64]) -> NDArray[np.float64]:
    u = 2 * x - 1
    return 1.0 / (1.0 + 25.0 * u**2)


def _line(x: NDArray[np.float64]) -> NDArray[np.float64]:
    return 2 * x - 1


PRESETS: dict[str, Preset] = {
    p.key: p
    for p in (
        Preset("sin", "sin(2πx)", _sin),
        Preset("cubic", "1.5u³ − u, u = 2x − 1", _cubic),
        Preset("step", "−0.5 (x < 0.5),  0.5 (x ≥ 0.5)", _step),
        Preset("runge", "1 / (1 + 25u²), u = 2x − 1", _runge),
        Preset("line", "2x − 1", _line),
    )
}


def true_function(preset: str) -> Callable[[NDArray[np.float64]], NDArray[np.float64]]:
    """The noise-free function of a preset."""
    return _preset(preset).function


def _preset(preset: str) -> Preset:
    if preset not in PRESETS:
        raise ValueError(f"preset must be one of {', '.join(PRESETS)}, got {preset!r}")
    return PRESETS[preset]


def generate(preset: str, n_train: int, n_test: int, noise: float, seed: int) -> PointTable:
    """Sample a preset: ``y = f(x) + N(0, noise**2)``; the same seed gives the same points.

    Parameters
    ----------
    preset : str
        A key of PRESETS.
    n_train, n_test : int
        0 to MAX_GENERATED each.
    noise : float
        Standard deviation of the noise on y, 0 to `core.limits.MAX_NOISE` (so
        that y stays far within `core.limits.MAX_ABS_Y`).
    seed : int
        >= 0.
    """
    function = _preset(preset).function
    for name, value in (("n_train", n_train), ("n_test", n_test)):
        if not 0 <= value <= MAX_GENERATED:
            raise ValueError(f"{name} must be from 0 to {MAX_GENERATED}, got {value}")
    limits.check_noise("noise", noise)
    if seed < 0:
        raise ValueError(f"seed must be >= 0, got {seed}")
    rng = np.random.default_rng(seed)
    spacing = 1.0 / max(n_train, 1)
    x_train = (np.arange(n_train) + 0.5 + rng.uniform(-0.3, 0.3, n_train)) * spacing
    x_test = rng.uniform(0.0, 1.0, n_test)
    x = np.concatenate([x_train, x_test])
    y = function(x) + rng.normal(0.0, noise, x.size)
    is_test = np.concatenate([np.zeros(n_train, bool), np.ones(n_test, bool)])
    return PointTable(x, y, is_test)
