"""Soak: thousands of refits and repaints without a crash or a leak of None references.

PySide6 6.12.0 on Python 3.11 lost one reference to None per repaint and the
process aborted after a few thousand ("none_dealloc"). Counting None's
references around many repaints catches that kind of defect long before
the abort; on Python 3.12+ None is immortal and the count never moves.
"""

from __future__ import annotations

import sys

import pytest

from gui.slider_controls import SLIDER_STEPS, slider_to_strength

REPAINTS = 2000


@pytest.mark.slow
def test_thousands_of_refits_and_repaints_keep_none_intact(window):
    window.load_example()
    state = window.state
    viewport = window.curve_lab.plot.viewport()
    models = [state.model_with(degree=12, l2=slider_to_strength(i)) for i in range(SLIDER_STEPS)]

    def cycle(i: int) -> None:
        # Straight to the state: undo commands would hold references of their own.
        state.set_model(models[(i * 37) % SLIDER_STEPS])
        viewport.repaint()

    # Warm up caches (fonts, pens, pyqtgraph's path buffers) before counting.
    for i in range(50):
        cycle(i)
    before = sys.getrefcount(None)
    for i in range(REPAINTS):
        cycle(i)
    drift = sys.getrefcount(None) - before
    # A defect of one lost reference per repaint would show as about -REPAINTS.
    assert abs(drift) < REPAINTS // 10, drift
    assert state.fit is not None and state.fit.degree == 12
