"""What the headless commands print: strict JSON and counted nouns."""

from __future__ import annotations

import math
from typing import Any


def strict(value: Any) -> Any:
    """``value`` with every non-finite float replaced by None, so JSON stays strict.

    Lists and dicts are copied with their items made strict; anything else
    is returned as is.
    """
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, list):
        return [strict(v) for v in value]
    if isinstance(value, dict):
        return {k: strict(v) for k, v in value.items()}
    return value


def count(n: float, singular: str, plural: str | None = None) -> str:
    """``n`` and a noun that agrees with it as printed: "1 bit", "2 bits", "1.5 bits".

    Whole numbers print in full, others to six significant digits.
    """
    text = str(n) if isinstance(n, int) else f"{n:.6g}"
    return f"{text} {singular if text == '1' else plural or singular + 's'}"
