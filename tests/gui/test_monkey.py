"""A seeded monkey: thousands of random user actions, never a crash, an exact undo history.

Clicks anywhere (far outside the domain too, after zooming out with the
wheel), Shift+clicks, right-clicks, drags with edits in their middle, slider
extremes, undo and redo bursts, generated data, clear, scenarios, a language
switch, presentation mode and entropy input. pytest-qt fails the test on any
exception in a slot and on any Qt warning. At the end, undoing everything
gives back the start and redoing everything the end, step by step.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.slider_controls import SLIDER_STEPS
from tests.gui.conftest import click, move, press, release, to_viewport


def _wheel(window, x: float, y: float, steps: int) -> None:
    viewport = window.curve_lab.plot.viewport()
    pos = QPointF(to_viewport(window, x, y))
    event = QWheelEvent(
        pos,
        viewport.mapToGlobal(pos),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


def _somewhere(window, rng) -> tuple[float, float]:
    (x0, x1), (y0, y1) = window.curve_lab.plot.getPlotItem().vb.viewRange()
    return float(rng.uniform(x0, x1)), float(rng.uniform(y0, y1))


def _a_point(window, rng) -> tuple[float, float] | None:
    p = window.state.points
    (x0, x1), (y0, y1) = window.curve_lab.plot.getPlotItem().vb.viewRange()
    inside = np.flatnonzero((p.x > x0) & (p.x < x1) & (p.y > y0) & (p.y < y1))
    if not inside.size:
        return None
    i = int(rng.choice(inside))
    return float(p.x[i]), float(p.y[i])


def run_monkey(window, qtbot, seed: int, n_actions: int) -> None:
    rng = np.random.default_rng(seed)
    # Clicks add the click noise: drawn from the seed too, so a run repeats.
    window.curve_lab.plot.noise_rng = np.random.default_rng(seed + 1)
    stack = window.undo_stack
    window.load_example()
    stack.clear()
    states = {0: (window.state.points, window.state.model)}
    mid_edits = (
        lambda: stack.undo(),
        lambda: window.action_table.clear.trigger(),
        lambda: (window.curve_lab.plot.select_all(), window.action_table.delete.trigger()),
        lambda: window.scenario_controller.load("overfit_it"),
    )
    controls = window.curve_lab.controls
    for step in range(n_actions):
        action = int(rng.integers(0, 16))
        if action <= 3:
            mods = (
                Qt.KeyboardModifier.ShiftModifier if action == 1 else Qt.KeyboardModifier.NoModifier
            )
            click(window, *_somewhere(window, rng), modifiers=mods)
        elif action == 4 and (at := _a_point(window, rng)) is not None:
            click(window, *at, button=Qt.MouseButton.RightButton)
        elif action == 5 and (at := _a_point(window, rng)) is not None:
            press(window, *at)
            move(window, *_somewhere(window, rng))
            if rng.random() < 0.4:
                mid_edits[int(rng.integers(0, len(mid_edits)))]()
            move(window, *_somewhere(window, rng))
            release(window, *_somewhere(window, rng))
        elif action == 6:
            _wheel(window, *_somewhere(window, rng), int(rng.choice([-8, -3, 2, 5])))
        elif action == 7:
            window.action_table.reset_view.trigger()
        elif action == 8:
            controls.degree.slider.setValue(int(rng.choice([0, 30, rng.integers(0, 31)])))
        elif action == 9:
            slider = (controls.l1 if rng.random() < 0.5 else controls.l2).slider
            slider.setValue(int(rng.choice([0, SLIDER_STEPS, rng.integers(0, SLIDER_STEPS)])))
        elif action == 10:
            for _ in range(int(rng.integers(1, 8))):
                stack.undo() if rng.random() < 0.6 else stack.redo()
        elif action == 11:
            gen = window.curve_lab.generator
            gen.n_train.setValue(int(rng.integers(0, 40)))
            gen.seed.setValue(int(rng.integers(0, 1000)))
            window.action_table.generate.trigger()
        elif action == 12 and rng.random() < 0.3:
            window.action_table.clear.trigger()
        elif action == 13:
            key = str(rng.choice(list(window.scenario_controller.scenarios)))
            window.scenario_controller.load(key)
        elif action == 14 and rng.random() < 0.05:
            window.set_language("zh_CN" if rng.random() < 0.5 else "en")
        elif action == 15:
            text = str(rng.choice(["0.5 0.5", "1/3 1/3", "3 x", "1e308 1e308", "", "-1 2"]))
            window.entropy_panel.show_distribution(text, "probabilities")
            if rng.random() < 0.05:
                window.action_table.presentation.trigger()
        states[stack.index()] = (window.state.points, window.state.model)
        assert window.state.fit is None or np.isfinite(window.state.fit.objective), step
    window.set_language("en")
    if window.presentation.enabled:
        window.action_table.presentation.trigger()
    # The whole history walks back to the start and forward to its end, exactly.
    count = stack.count()
    stack.setIndex(0)
    assert (window.state.points, window.state.model) == states[0]
    stack.setIndex(count)
    assert (window.state.points, window.state.model) == states[count]


@pytest.fixture
def monkey_window(window, monkeypatch):
    # A scenario over unsaved work asks first: the monkey answers "load anyway".
    monkeypatch.setattr(
        window.dialogs, "ask_before_scenario", lambda: QMessageBox.StandardButton.Ignore
    )
    window.activateWindow()
    return window


def test_a_few_hundred_random_actions(monkey_window, qtbot):
    run_monkey(monkey_window, qtbot, seed=1, n_actions=400)


@pytest.mark.slow
@pytest.mark.parametrize("seed", [2, 3, 4])
def test_thousands_of_random_actions(monkey_window, qtbot, seed):
    run_monkey(monkey_window, qtbot, seed=seed, n_actions=1500)
