"""Tests of the shared field checks of core.settings and the dataclasses built on them."""

from __future__ import annotations

import numpy as np
import pytest

from core.settings import (
    FieldError,
    GeneratorSettings,
    ModelSettings,
    check_bool,
    check_choice,
    check_float,
    check_instance,
    check_int,
)


def test_check_int_takes_whole_numbers_in_range_and_returns_plain_ints() -> None:
    assert check_int("k", 3, 1, 10) == 3
    value = check_int("k", np.int64(10), 1, 10)
    assert value == 10 and type(value) is int
    assert check_int("seed", 10**30, 0) == 10**30  # no upper bound


@pytest.mark.parametrize(
    ("value", "low", "high", "message"),
    [
        (0, 1, 10, "k must be an integer from 1 to 10, got 0"),
        (11, 1, 10, "k must be an integer from 1 to 10, got 11"),
        (2.0, 1, 10, "k must be an integer from 1 to 10, got 2.0"),
        (True, 0, 10, "k must be an integer from 0 to 10, got True"),
        ("3", 1, 10, "k must be an integer from 1 to 10, got '3'"),
        (0, 1, 100_000, "k must be an integer from 1 to 100,000, got 0"),
        (-3, 1, None, "k must be an integer >= 1, got -3"),
        (np.int64(-1), 0, None, "k must be an integer >= 0, got -1"),
    ],
)
def test_check_int_names_the_field_the_value_and_the_range(value, low, high, message) -> None:
    with pytest.raises(FieldError) as info:
        check_int("k", value, low, high)
    assert str(info.value) == message
    assert info.value.name == "k" and info.value.value is value


def test_check_float_bool_choice_and_instance() -> None:
    assert check_float("l2", np.float32(0.5), non_negative=True) == 0.5
    assert check_bool("flag", np.bool_(True)) is True
    assert check_choice("basis", "legendre", ("monomial", "legendre")) == "legendre"
    assert check_instance("settings", ModelSettings(), ModelSettings) == ModelSettings()
    for call, message in (
        (lambda: check_float("l2", -1.0, non_negative=True), "l2 must be a finite number >= 0"),
        (lambda: check_float("l2", float("inf")), "l2 must be a finite number, got inf"),
        (lambda: check_float("l2", 10**400), "l2 must be a finite number, got 1000"),
        (lambda: check_float("l2", 2.0, maximum=1.0), "l2 must be at most the limit 1, got 2.0"),
        (lambda: check_float("l2", True), "l2 must be a finite number, got True"),
        (lambda: check_bool("flag", 1), "flag must be true or false, got 1"),
        (lambda: check_choice("basis", "cubic", ("a", "b")), 'basis must be one of "a", "b"'),
        (lambda: check_instance("s", 3, ModelSettings), "s must be a ModelSettings, got 3"),
    ):
        with pytest.raises(FieldError, match=message):
            call()


def test_settings_dataclasses_check_their_fields() -> None:
    with pytest.raises(ValueError, match="degree must be an integer from 0 to 30, got 31"):
        ModelSettings(degree=31)
    with pytest.raises(ValueError, match="n_train must be an integer from 0 to"):
        GeneratorSettings(n_train=-1)
    assert type(GeneratorSettings(seed=np.int32(4)).seed) is int
