"""Axes the panels share: the log λ axis, coefficient indices, nice bounds.

Every λ axis in the app spans the same grid (core.validation's LAMBDA_MIN to
LAMBDA_MAX) on a log10 scale, names the penalty in use the same way, and
puts λ = 0 ("off") at its left edge.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from core.validation import LAMBDA_MAX, LAMBDA_MIN, PenaltyMix
from gui.labels import superscript_power

MAX_Y_LABELS = 7
LOG_LAMBDA_MIN = math.log10(LAMBDA_MIN)
LOG_LAMBDA_MAX = math.log10(LAMBDA_MAX)

Ticks = list[list[tuple[float, str]]]


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of 10 that is >= value."""
    if not (math.isfinite(value) and value > 0):
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    for step in (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0):
        if step * power >= value * (1 - 1e-12):
            return step * power
    return 10.0 * power


def index_ticks(degree: int) -> Ticks:
    """Ticks for k = 0..degree: every index when few, every fifth labelled when many."""
    step = 1 if degree <= 12 else 5
    major = [(float(k), str(k)) for k in range(0, degree + 1, step)]
    minor = [(float(k), "") for k in range(degree + 1) if k % step]
    return [major, minor]


def lambda_ticks(log_min: float = LOG_LAMBDA_MIN, log_max: float = LOG_LAMBDA_MAX) -> Ticks:
    """Ticks for a log10 λ axis: every other decade labelled (10⁻¹⁰ … 10² by default),
    the rest minor. The classification lab's grid spans 10⁻⁸ … 1."""
    lo, hi = round(log_min), round(log_max)
    major = [(float(e), superscript_power(e)) for e in range(lo, hi + 1) if (e - lo) % 2 == 0]
    minor = [(float(e), "") for e in range(lo, hi + 1) if (e - lo) % 2]
    return [major, minor]


def lambda_position(
    lam: float, log_min: float = LOG_LAMBDA_MIN, log_max: float = LOG_LAMBDA_MAX
) -> float:
    """Where λ sits on a log10 λ axis: clamped to the grid, λ = 0 (off) at the left edge."""
    if lam <= 0:
        return log_min
    return min(max(math.log10(lam), log_min), log_max)


def format_lambda(value: float) -> str:
    """A strength in two significant digits, "0" for off."""
    return "0" if value == 0 else f"{value:.2g}"


def lambda_axis_title(mix: PenaltyMix) -> str:
    """The name of a λ axis for the penalty in use, in the current language."""

    translate = QCoreApplication.translate
    if mix.kind == "l1":
        return translate("LambdaAxis", "λ₁ (L1 strength)")
    if mix.kind == "l2":
        return translate("LambdaAxis", "λ₂ (L2 strength)")
    return translate("LambdaAxis", "λ = λ₁ + λ₂ (ratio {0:.2g} : {1:.2g} kept)").format(
        mix.l1_share, 1 - mix.l1_share
    )


def asinh_ticks(scale: float, top: float) -> Ticks:
    """Ticks for an axis showing ``asinh(c / scale)``: 0 and ±10^e up to ``top``."""
    lo = math.floor(math.log10(scale)) + 1
    hi = math.ceil(math.log10(top)) if top > 0 else lo
    exps = list(range(lo, max(hi, lo) + 1))
    step = max(1, math.ceil(2 * len(exps) / (MAX_Y_LABELS - 1)))
    major = [(0.0, "0")]
    minor = []
    for i, e in enumerate(reversed(exps)):
        pos = math.asinh(10.0**e / scale)
        ticks = major if i % step == 0 else minor
        label = superscript_power(e) if ticks is major else ""
        ticks.append((pos, label))
        ticks.append((-pos, "−" + label if label else ""))
    return [major, minor]
