"""Generated two-class data sets in the plane, reproducible by seed.

Each preset draws points of class 0 and class 1 (half each; class 0 gets the
odd one out) in roughly the square [-1, 1]^2 and adds Gaussian noise of
standard deviation ``noise`` to both coordinates of every point::

    circles  class 1 on the ring of radius 0.4, class 0 on the ring of radius 1.0
             (angles uniform): no straight line separates them, a circle does.
    xor      class 1 uniform in the quadrants x1 x2 > 0, class 0 in x1 x2 < 0
             (each quadrant of [-1, 1]^2 with equal chance): needs the product x1 x2.
    moons    two interleaving half circles of radius 2/3: class 0 the upper arc
             (cos t, sin t), class 1 the lower (1 - cos t, 1/2 - sin t), t in [0, pi]
             uniform, then shifted by (-1/2, -1/4) and scaled by 2/3.
    blobs    two round Gaussian clouds of standard deviation ``noise`` around
             (-0.4, -0.4) (class 0) and (0.4, 0.4) (class 1): nearly linear.
    spiral   two arms r = 0.1 + 0.9 s, angle = 3.5 pi s + pi * label, s in [0, 1]
             uniform: hard for low degrees.

The training points are drawn first and the test points after them from the
same generator, so a seed fixes the training points whatever ``n_test`` is.
At a preset's default noise, every point closer than 3.5 standard deviations
of noise to its pattern lies inside `DEFAULT_BOX`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from core import limits
from core.plane import Box, PlaneTable
from core.settings import MAX_SEED, check_choice, check_float, check_int

__all__ = [
    "DEFAULT_BOX",
    "MAX_PLANE_GENERATED",
    "PLANE_PRESETS",
    "PlanePreset",
    "generate_plane",
    "generated_box",
]

#: Largest number of training (and of test) points a generator makes.
MAX_PLANE_GENERATED = 100_000
#: The box generated data are shown and fitted in.
DEFAULT_BOX = Box(-1.5, 1.5, -1.5, 1.5)

FloatArray = NDArray[np.float64]
# (generator, labels) -> (x1, x2) before noise, one point per label.
Sampler = Callable[[np.random.Generator, NDArray[np.int64]], tuple[FloatArray, FloatArray]]


@dataclass(frozen=True)
class PlanePreset:
    """A named two-class pattern with the noise it is shown with by default."""

    key: str
    description: str
    default_noise: float
    sampler: Sampler


def _circles(rng: np.random.Generator, label: NDArray[np.int64]) -> tuple[FloatArray, FloatArray]:
    angle = rng.uniform(0.0, 2 * np.pi, label.size)
    radius = np.where(label == 1, 0.4, 1.0)
    return radius * np.cos(angle), radius * np.sin(angle)


def _xor(rng: np.random.Generator, label: NDArray[np.int64]) -> tuple[FloatArray, FloatArray]:
    u1 = rng.uniform(0.0, 1.0, label.size)
    u2 = rng.uniform(0.0, 1.0, label.size)
    sign1 = rng.choice((-1.0, 1.0), label.size)
    # Same signs for class 1 (x1 x2 > 0), opposite signs for class 0.
    sign2 = np.where(label == 1, sign1, -sign1)
    return sign1 * u1, sign2 * u2


def _moons(rng: np.random.Generator, label: NDArray[np.int64]) -> tuple[FloatArray, FloatArray]:
    t = rng.uniform(0.0, np.pi, label.size)
    x1 = np.where(label == 1, 1.0 - np.cos(t), np.cos(t))
    x2 = np.where(label == 1, 0.5 - np.sin(t), np.sin(t))
    return (x1 - 0.5) * (2 / 3), (x2 - 0.25) * (2 / 3)


def _blobs(rng: np.random.Generator, label: NDArray[np.int64]) -> tuple[FloatArray, FloatArray]:
    center = np.where(label == 1, 0.4, -0.4)
    return center.copy(), center.copy()


def _spiral(rng: np.random.Generator, label: NDArray[np.int64]) -> tuple[FloatArray, FloatArray]:
    s = rng.uniform(0.0, 1.0, label.size)
    radius = 0.1 + 0.9 * s
    angle = 3.5 * np.pi * s + np.pi * label
    return radius * np.cos(angle), radius * np.sin(angle)


PLANE_PRESETS: dict[str, PlanePreset] = {
    p.key: p
    for p in (
        PlanePreset("circles", "a ring of class 1 inside a ring of class 0", 0.1, _circles),
        PlanePreset("xor", "class 1 where x1 x2 > 0, class 0 where x1 x2 < 0", 0.1, _xor),
        PlanePreset("moons", "two interleaving half circles", 0.1, _moons),
        PlanePreset("blobs", "two Gaussian clouds", 0.3, _blobs),
        PlanePreset("spiral", "two interleaved spiral arms", 0.05, _spiral),
    )
}


def generate_plane(preset: str, n_train: int, n_test: int, noise: float, seed: int) -> PlaneTable:
    """Sample a preset's two classes with Gaussian noise; the same seed gives the same points.

    Parameters
    ----------
    preset : str
        A key of `PLANE_PRESETS` (see the module docstring for each pattern).
    n_train, n_test : int
        0 to `MAX_PLANE_GENERATED` each; labels alternate 0, 1, 0, ... so
        each set is half class 0 and half class 1.
    noise : float
        Standard deviation of the noise added to both coordinates, >= 0.
    seed : int
        0 to ``core.settings.MAX_SEED``.

    Returns
    -------
    PlaneTable
        The training points, then the test points.

    Raises
    ------
    ValueError
        For an unknown preset or a value out of range; the message names the
        parameter, the value and the allowed range.
    """
    sampler = PLANE_PRESETS[check_choice("preset", preset, tuple(PLANE_PRESETS))].sampler
    n_train = check_int("n_train", n_train, 0, MAX_PLANE_GENERATED)
    n_test = check_int("n_test", n_test, 0, MAX_PLANE_GENERATED)
    noise = check_float("noise", noise, non_negative=True, maximum=limits.MAX_NOISE)
    seed = check_int("seed", seed, 0, MAX_SEED)
    rng = np.random.default_rng(seed)
    parts = []
    for n in (n_train, n_test):
        label = (np.arange(n) % 2).astype(np.int64)
        x1, x2 = sampler(rng, label)
        x1 = x1 + rng.normal(0.0, noise, n)
        x2 = x2 + rng.normal(0.0, noise, n)
        parts.append((x1, x2, label))
    is_test = np.concatenate([np.zeros(n_train, bool), np.ones(n_test, bool)])
    return PlaneTable(
        np.concatenate([parts[0][0], parts[1][0]]),
        np.concatenate([parts[0][1], parts[1][1]]),
        np.concatenate([parts[0][2], parts[1][2]]),
        is_test,
    )


def generated_box(x1: ArrayLike, x2: ArrayLike) -> Box:
    """The box generated points are shown and fitted in.

    `DEFAULT_BOX` when every point is within the lab's limits of it
    (``core.limits.MAX_PLANE_Z``), as at any noise a lesson uses; otherwise
    (a large noise) the smallest box holding `DEFAULT_BOX` and every point,
    so that Generate never makes points the lab would refuse.
    """
    x1 = np.asarray(x1, dtype=float)
    x2 = np.asarray(x2, dtype=float)
    if limits.find_plane_point_violation(x1, x2, DEFAULT_BOX.as_tuple()) is None:
        return DEFAULT_BOX
    lo1, hi1, lo2, hi2 = DEFAULT_BOX.as_tuple()
    return Box(
        min(lo1, float(x1.min())),
        max(hi1, float(x1.max())),
        min(lo2, float(x2.min())),
        max(hi2, float(x2.max())),
    )
