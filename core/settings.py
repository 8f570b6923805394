"""Model and generator settings: small frozen dataclasses that check every field.

``ModelSettings`` is the model the user fits (degree, penalties, basis and
view options), ``GeneratorSettings`` the synthetic data generator. Each
field is checked and normalized on construction (numpy scalars become plain
Python numbers, which JSON can write); an invalid value raises
``FieldError``, a ``ValueError`` that keeps the field name, the value and the
requirement so a file loader can name the place in the file.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np

from core.datasets import PRESETS as DATASET_PRESETS
from core.limits import MAX_DEGREE, MAX_GENERATED_POINTS, MAX_NOISE, MAX_SEED, MAX_STRENGTH
from core.polyfit import BASES

__all__ = [
    "MAX_GENERATED_POINTS",
    "MAX_SEED",
    "PRESETS",
    "FieldError",
    "GeneratorSettings",
    "ModelSettings",
    "check_bool",
    "check_choice",
    "check_float",
    "check_instance",
    "check_int",
    "normalize",
    "shorten",
]

PRESETS = tuple(DATASET_PRESETS)
# Long offending values are cut so a message stays one readable line.
_MAX_SHOWN_CHARS = 40

_T = TypeVar("_T")


class FieldError(ValueError):
    """An invalid settings value; keeps its parts so the loader can name the JSON path."""

    def __init__(self, name: str, value: object, requirement: str) -> None:
        self.name = name
        self.value = value
        self.requirement = requirement
        # A numpy scalar is shown as the number it holds, not as np.int64(3).
        shown = value.item() if isinstance(value, np.generic) else value
        super().__init__(f"{name} must be {requirement}, got {shorten(repr(shown))}")


@dataclass(frozen=True)
class ModelSettings:
    """The model the user fits: polynomial degree, penalties, basis and view options.

    The fitted objective (see ``core/polyfit.py``) is
    ``(1/N) sum_i (y_i - f(x_i))**2 + l1 * sum_k |coef_k| + l2 * sum_k coef_k**2``
    with the sums over k = 1..degree, or k = 0..degree if `penalize_intercept`.

    Parameters
    ----------
    degree : int, default 3
        Polynomial degree, 0 to `MAX_DEGREE`.
    l1, l2 : float, default 0.0
        Penalty strengths, from 0 (off) to `core.limits.MAX_STRENGTH`.
    basis : {"monomial", "legendre"}, default "monomial"
        Basis functions of the scaled variable z in [-1, 1].
    penalize_intercept : bool, default False
        Whether coef_0 is penalized too.
    noise_sigma : float, default 0.0
        Standard deviation of the Gaussian noise added to y of a clicked point;
        from 0 to `core.limits.MAX_NOISE`.
    show_true_function : bool, default False
        Whether the plot shows the generator preset's noise-free function.

    Raises
    ------
    ValueError
        If a value has the wrong type or is out of range; the message names
        the field, the value and the allowed range.
    """

    degree: int = 3
    l1: float = 0.0
    l2: float = 0.0
    basis: str = "monomial"
    penalize_intercept: bool = False
    noise_sigma: float = 0.0
    show_true_function: bool = False

    def __post_init__(self) -> None:
        normalize(
            self,
            degree=lambda v: check_int("degree", v, 0, MAX_DEGREE),
            l1=lambda v: check_float("l1", v, non_negative=True, maximum=MAX_STRENGTH),
            l2=lambda v: check_float("l2", v, non_negative=True, maximum=MAX_STRENGTH),
            basis=lambda v: check_choice("basis", v, BASES),
            penalize_intercept=lambda v: check_bool("penalize_intercept", v),
            noise_sigma=lambda v: check_float(
                "noise_sigma", v, non_negative=True, maximum=MAX_NOISE
            ),
            show_true_function=lambda v: check_bool("show_true_function", v),
        )


@dataclass(frozen=True)
class GeneratorSettings:
    """The synthetic data generator: which function, how many points, how noisy.

    Parameters
    ----------
    preset : {"sin", "cubic", "step", "runge", "line"}, default "sin"
        The noise-free function (``sin`` is sin(2 pi x) on [0, 1]).
    n_train, n_test : int, default 10
        Number of training and test points, 0 to `MAX_GENERATED_POINTS`.
    noise : float, default 0.3
        Standard deviation of the Gaussian noise on y; finite and >= 0.
    seed : int, default 0
        Seed of the random generator, 0 to `MAX_SEED`.

    Raises
    ------
    ValueError
        If a value has the wrong type or is out of range; the message names
        the field, the value and the allowed range.
    """

    preset: str = "sin"
    n_train: int = 10
    n_test: int = 10
    noise: float = 0.3
    seed: int = 0

    def __post_init__(self) -> None:
        normalize(
            self,
            preset=lambda v: check_choice("preset", v, PRESETS),
            n_train=lambda v: check_int("n_train", v, 0, MAX_GENERATED_POINTS),
            n_test=lambda v: check_int("n_test", v, 0, MAX_GENERATED_POINTS),
            noise=lambda v: check_float("noise", v, non_negative=True, maximum=MAX_NOISE),
            seed=lambda v: check_int("seed", v, 0, MAX_SEED),
        )


# --- checks shared by the dataclasses and the loaders ------------------------


def normalize(instance: object, **checks: Callable[[Any], object]) -> None:
    """Replace each named field of a frozen dataclass by its checked, normalized value."""
    for name, check in checks.items():
        # Frozen dataclasses allow this in __post_init__; it is how numpy
        # scalars become plain int/float/bool, which json can write.
        object.__setattr__(instance, name, check(getattr(instance, name)))


def is_number(value: object) -> bool:
    """Whether ``value`` is an int or float (numpy's too), not a bool."""
    # bool is an int subclass, but true is not a number in a settings file.
    return isinstance(value, int | float | np.integer | np.floating) and not isinstance(value, bool)


def check_int(name: str, value: object, low: int, high: int | None = None) -> int:
    """Return ``value`` as an int if it is an integer (not a bool) from `low` to `high`.

    ``high=None`` leaves it unbounded above. Raises `FieldError` naming
    `name`, the value and the allowed range.
    """
    whole = is_number(value) and isinstance(value, int | np.integer)
    if not whole or value < low or (high is not None and value > high):
        allowed = f"an integer >= {low}" if high is None else f"an integer from {low} to {high:,}"
        raise FieldError(name, value, allowed)
    return int(value)


def check_float(
    name: str, value: object, *, non_negative: bool = False, maximum: float | None = None
) -> float:
    """Return ``value`` as a float if it is a finite number (not a bool) within the bounds.

    ``non_negative`` asks for ``value >= 0``, `maximum` for ``value <= maximum``.
    Raises `FieldError` naming `name`, the value and the requirement.
    """
    requirement = "a finite number >= 0" if non_negative else "a finite number"
    if not is_number(value):
        raise FieldError(name, value, requirement)
    try:
        number = float(value)  # type: ignore[arg-type]
    except OverflowError:  # an integer beyond the float range
        raise FieldError(name, value, requirement) from None
    if not math.isfinite(number) or (non_negative and number < 0):
        raise FieldError(name, value, requirement)
    if maximum is not None and number > maximum:
        raise FieldError(name, value, f"at most the limit {maximum:g}")
    return number


def check_bool(name: str, value: object) -> bool:
    """Return ``value`` as a bool if it is a bool (numpy's too); else raise `FieldError`."""
    if not isinstance(value, bool | np.bool_):
        raise FieldError(name, value, "true or false")
    return bool(value)


def check_choice(name: str, value: object, choices: Sequence[str]) -> str:
    """Return ``value`` if it is one of the strings `choices`; else raise `FieldError`."""
    if not isinstance(value, str) or value not in choices:
        raise FieldError(name, value, "one of " + ", ".join(f'"{c}"' for c in choices))
    return value


def check_instance(name: str, value: object, kind: type[_T]) -> _T:
    """Return ``value`` if it is an instance of `kind`; else raise `FieldError` naming the type."""
    if not isinstance(value, kind):
        raise FieldError(name, value, f"a {kind.__name__}")
    return value


def shorten(text: str) -> str:
    """``text``, cut with "..." to at most 40 characters."""
    return text if len(text) <= _MAX_SHOWN_CHARS else text[: _MAX_SHOWN_CHARS - 3] + "..."
