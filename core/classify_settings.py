"""Settings of the classification lab: the classifier and the two-class generator.

Frozen dataclasses in the style of ``core/settings.py`` (and with its check
helpers): every field is checked and normalized on construction (numpy
scalars become plain Python numbers, which JSON can write) and an invalid
value raises ``core.settings.FieldError``, a ``ValueError`` naming the
field, the value and the allowed range, so a session loader can name the
place in the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.plane_datasets import MAX_PLANE_GENERATED, PLANE_PRESETS
from core.plane_features import MAX_PLANE_DEGREE
from core.polyfit import BASES
from core.settings import (
    MAX_SEED,
    check_choice,
    check_float,
    check_instance,
    check_int,
    normalize,
)

__all__ = ["ClassifierSettings", "ClassifyLabSettings", "PlaneGeneratorSettings"]


@dataclass(frozen=True)
class ClassifierSettings:
    """The classifier the user fits (see ``core/classifier.py`` for the objective).

    Parameters
    ----------
    degree : int, default 2
        Highest total degree i + j of the monomials z1^i z2^j, 0 to 10.
    l1, l2 : float, default 0.0
        Penalty strengths, finite and >= 0 (0 turns the penalty off).
    basis : {"monomial", "legendre"}, default "monomial"
    """

    degree: int = 2
    l1: float = 0.0
    l2: float = 0.0
    basis: str = "monomial"

    def __post_init__(self) -> None:
        normalize(
            self,
            degree=lambda v: check_int("degree", v, 0, MAX_PLANE_DEGREE),
            l1=lambda v: check_float("l1", v, non_negative=True),
            l2=lambda v: check_float("l2", v, non_negative=True),
            basis=lambda v: check_choice("basis", v, BASES),
        )


@dataclass(frozen=True)
class PlaneGeneratorSettings:
    """The two-class generator (``core/plane_datasets.py``).

    Parameters
    ----------
    preset : {"circles", "xor", "moons", "blobs", "spiral"}, default "circles"
    n_train, n_test : int, default 100
        Number of training and test points, 0 to `MAX_PLANE_GENERATED`.
    noise : float, default 0.1
        Standard deviation of the noise on both coordinates; finite and >= 0.
    seed : int, default 0
        0 to ``core.settings.MAX_SEED``.
    """

    preset: str = "circles"
    n_train: int = 100
    n_test: int = 100
    noise: float = 0.1
    seed: int = 0

    def __post_init__(self) -> None:
        normalize(
            self,
            preset=lambda v: check_choice("preset", v, tuple(PLANE_PRESETS)),
            n_train=lambda v: check_int("n_train", v, 0, MAX_PLANE_GENERATED),
            n_test=lambda v: check_int("n_test", v, 0, MAX_PLANE_GENERATED),
            noise=lambda v: check_float("noise", v, non_negative=True),
            seed=lambda v: check_int("seed", v, 0, MAX_SEED),
        )


@dataclass(frozen=True)
class ClassifyLabSettings:
    """Everything the classification lab keeps besides its points and box."""

    model: ClassifierSettings = field(default_factory=ClassifierSettings)
    generator: PlaneGeneratorSettings = field(default_factory=PlaneGeneratorSettings)

    def __post_init__(self) -> None:
        normalize(
            self,
            model=lambda v: check_instance("model", v, ClassifierSettings),
            generator=lambda v: check_instance("generator", v, PlaneGeneratorSettings),
        )
