"""Settings of the classification lab: the classifier, the two-class generator, K-means.

Frozen dataclasses in the style of ``core/settings.py`` (and with its check
helpers): every field is checked and normalized on construction (numpy
scalars become plain Python numbers, which JSON can write) and an invalid
value raises ``core.settings.FieldError``, a ``ValueError`` naming the
field, the value and the allowed range, so a session loader can name the
place in the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.kmeans import MAX_HEIGHT, MAX_K, MAX_RESTARTS, MIN_K
from core.limits import MAX_NOISE, MAX_STRENGTH
from core.plane_datasets import MAX_PLANE_GENERATED, PLANE_PRESETS
from core.plane_features import MAX_PLANE_DEGREE
from core.polyfit import BASES
from core.settings import (
    MAX_SEED,
    check_bool,
    check_choice,
    check_float,
    check_instance,
    check_int,
    normalize,
)

__all__ = [
    "CLUSTER_SPACES",
    "ClassifierSettings",
    "ClassifyLabSettings",
    "ClusterSettings",
    "PlaneGeneratorSettings",
]

#: Where K-means may cluster: the plane ``(z1, z2)``, the paraboloid lift
#: ``(z1, z2, h (z1^2 + z2^2))``, or every monomial of the classifier's degree
#: (``1 <= i + j <= D``) scaled to unit variance (``core.kmeans.scale_columns``).
CLUSTER_SPACES = ("plane", "paraboloid", "polynomial")


@dataclass(frozen=True)
class ClassifierSettings:
    """The classifier the user fits (see ``core/classifier.py`` for the objective).

    Parameters
    ----------
    degree : int, default 2
        Highest total degree i + j of the monomials z1^i z2^j, 0 to 10.
    l1, l2 : float, default 0.0
        Penalty strengths, from 0 (off) to ``core.limits.MAX_STRENGTH``.
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
            l1=lambda v: check_float("l1", v, non_negative=True, maximum=MAX_STRENGTH),
            l2=lambda v: check_float("l2", v, non_negative=True, maximum=MAX_STRENGTH),
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
        Standard deviation of the noise on both coordinates, from 0 to
        ``core.limits.MAX_NOISE``.
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
            noise=lambda v: check_float("noise", v, non_negative=True, maximum=MAX_NOISE),
            seed=lambda v: check_int("seed", v, 0, MAX_SEED),
        )


@dataclass(frozen=True)
class ClusterSettings:
    """The K-means tool of the lab (``core/kmeans.py``).

    Parameters
    ----------
    k : int, default 2
        Number of clusters, ``MIN_K`` to ``MAX_K`` (1 to 10).
    space : {"plane", "paraboloid", "polynomial"}, default "paraboloid"
        Where to cluster (see `CLUSTER_SPACES`); at ``height`` 0 the
        paraboloid is the plane.
    height : float, default 0.0
        The paraboloid's ``h``, 0 to ``MAX_HEIGHT`` (5).
    seed : int, default 0
        Seed of the k-means++ seeding, 0 to ``core.settings.MAX_SEED``.
    restarts : int, default 5
        Seeded runs, the lowest inertia kept; 1 to ``MAX_RESTARTS``.
    shown : bool, default False
        Whether the clusters are drawn on the plane (and computed).
    """

    k: int = 2
    space: str = "paraboloid"
    height: float = 0.0
    seed: int = 0
    restarts: int = 5
    shown: bool = False

    def __post_init__(self) -> None:
        normalize(
            self,
            k=lambda v: check_int("k", v, MIN_K, MAX_K),
            space=lambda v: check_choice("space", v, CLUSTER_SPACES),
            height=lambda v: check_float("height", v, non_negative=True, maximum=MAX_HEIGHT),
            seed=lambda v: check_int("seed", v, 0, MAX_SEED),
            restarts=lambda v: check_int("restarts", v, 1, MAX_RESTARTS),
            shown=lambda v: check_bool("shown", v),
        )


@dataclass(frozen=True)
class ClassifyLabSettings:
    """Everything the classification lab keeps besides its points and box."""

    model: ClassifierSettings = field(default_factory=ClassifierSettings)
    generator: PlaneGeneratorSettings = field(default_factory=PlaneGeneratorSettings)
    clustering: ClusterSettings = field(default_factory=ClusterSettings)

    def __post_init__(self) -> None:
        normalize(
            self,
            model=lambda v: check_instance("model", v, ClassifierSettings),
            generator=lambda v: check_instance("generator", v, PlaneGeneratorSettings),
            clustering=lambda v: check_instance("clustering", v, ClusterSettings),
        )
