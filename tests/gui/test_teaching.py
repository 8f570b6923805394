"""The concepts guide and the guided scenarios, driven as a user would."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QPlainTextEdit

from core.polyfit import Domain, fit
from core.scenarios import (
    HELP_DIR,
    HELP_TOPICS,
    INDEX_TOPIC,
    load_scenarios,
    plane_scenario_data,
    scenario_session,
)
from core.session_file import load_session
from tests.gui.conftest import answering, click
from tests.gui.images import differing_fraction, pixels

Button = QMessageBox.StandardButton
SCENARIOS = {s.key: s for s in load_scenarios()}
PAGES_WITH_SCENARIO = [t for t in HELP_TOPICS if t != "entropy"]


def _has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _assert_shows(window, key: str) -> None:
    scenario = SCENARIOS[key]
    if scenario.lab == "classification":
        assert window.plane_state.to_data() == plane_scenario_data(scenario)
        assert window.rooms.current == "classification"
        panel = window.plane_lab.scenario_panel
    else:
        session = scenario_session(scenario)
        assert window.state.points == session.points
        assert window.state.model == session.model
        assert window.state.generator == session.generator
        assert window.rooms.current == "curves"
        panel = window.curve_lab.scenario_panel
    assert panel.current == key
    assert scenario.explanation("en") == panel.explanation.text()


def _lab_state(window, key: str) -> tuple:
    """What a scenario's load replaces, in its lab."""
    if SCENARIOS[key].lab == "classification":
        return (window.plane_state.to_data(),)
    return (window.state.points, window.state.model)


@pytest.mark.parametrize("key", sorted(SCENARIOS))
def test_each_scenario_from_the_menu_loads_its_setup_as_one_undo_step(window, key):
    window.load_example()
    before = _lab_state(window, key)
    window.action_table.scenarios[key].trigger()
    _assert_shows(window, key)
    assert window.action_table.scenarios[key].text() == SCENARIOS[key].title("en")
    window.action_table.undo.trigger()
    assert _lab_state(window, key) == before
    window.action_table.redo.trigger()
    _assert_shows(window, key)


def _fit_of(window):
    return window.state.fit


def test_scenarios_reach_the_states_they_describe(window):
    window.action_table.scenarios["overfit_it"].trigger()
    fit = _fit_of(window)
    assert fit.train_mse < 1e-10 and fit.test_mse > 10.0
    assert window.curve_lab.readouts.values["n_zero"].text().startswith("0")

    window.action_table.scenarios["tame_l2"].trigger()
    tamed = _fit_of(window)
    assert tamed.test_mse < fit.test_mse / 10
    assert np.max(np.abs(tamed.coef)) < np.max(np.abs(fit.coef)) / 10

    window.action_table.scenarios["l1_features"].trigger()
    sparse = _fit_of(window)
    assert sparse.n_zero >= 1
    assert window.curve_lab.readouts.values["n_zero"].text().split()[0] == str(sparse.n_zero)
    assert (
        int(np.count_nonzero(window.curve_lab.coefficients.coefficients() == 0.0)) == sparse.n_zero
    )

    window.action_table.scenarios["lambda_too_large"].trigger()
    under = _fit_of(window)
    window.action_table.scenarios["textbook"].trigger()
    right = _fit_of(window)
    assert window.state.model.degree == 3
    assert under.train_mse > 2 * right.train_mse and under.test_mse > right.test_mse

    window.action_table.scenarios["too_little_data"].trigger()
    few = _fit_of(window)
    assert window.state.n_train <= window.state.model.degree + 2
    assert few.test_mse > 10 * few.train_mse


def test_the_drawn_curve_is_the_scenarios_fit(window):
    window.action_table.scenarios["l1_features"].trigger()
    session = scenario_session(SCENARIOS["l1_features"])
    m = session.model
    points = session.points
    train = ~points.is_test
    reference = fit(
        points.x[train],
        points.y[train],
        m.degree,
        l1=m.l1,
        l2=m.l2,
        basis=m.basis,
        domain=Domain(*session.domain),
    )
    np.testing.assert_allclose(window.state.fit.coef, reference.coef, rtol=1e-9, atol=1e-12)
    xs, ys = window.curve_lab.plot.curve_data()
    np.testing.assert_allclose(ys, reference.predict(xs), rtol=1e-9, atol=1e-9)


def test_unsaved_work_is_not_replaced_without_asking(window, tmp_path, monkeypatch):
    click(window, 0.5, 0.2)
    assert window.state.points.x.size == 1
    asked = []

    monkeypatch.setattr(window.dialogs, "ask_before_scenario", answering(asked, Button.Cancel))
    assert not window.scenario_controller.load("overfit_it")
    assert window.state.points.x.size == 1 and asked

    path = tmp_path / "mine.json"
    window.document.save_session_to(path)
    click(window, 0.6, 0.3)
    monkeypatch.setattr(window.dialogs, "ask_before_scenario", answering(asked, Button.Save))
    assert window.scenario_controller.load("overfit_it")
    assert load_session(path).points.x.size == 2  # saved before being replaced
    _assert_shows(window, "overfit_it")

    click(window, 0.6, 0.5)
    monkeypatch.setattr(window.dialogs, "ask_before_scenario", answering(asked, Button.Ignore))
    assert window.scenario_controller.load("tame_l2")
    _assert_shows(window, "tame_l2")
    window.action_table.undo.trigger()
    assert window.state.points.x.size == scenario_session(SCENARIOS["overfit_it"]).points.x.size + 1


def test_a_clean_session_is_replaced_without_a_question(window, monkeypatch):
    monkeypatch.setattr(window.dialogs, "ask_before_scenario", lambda: pytest.fail("asked"))
    window.load_example()
    assert window.scenario_controller.load("textbook")
    assert window.scenario_controller.load("overfit_it")  # only scenarios on screen: still clean


def test_clicking_a_scenario_in_the_panel_loads_it(window, qtbot):
    panel = window.curve_lab.scenario_panel
    item = next(
        panel.list.item(i)
        for i in range(panel.list.count())
        if panel.list.item(i).data(Qt.ItemDataRole.UserRole) == "too_much_noise"
    )
    rect = panel.list.visualItemRect(item)
    panel.list.scrollToItem(item)
    rect = panel.list.visualItemRect(item)
    QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    _assert_shows(window, "too_much_noise")
    assert window.undo_stack.count() == 1
    # A second click on the scenario on screen adds no step.
    QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.undo_stack.count() == 1


def test_scenario_texts_follow_the_language(window):
    window.scenario_controller.load("l1_features")
    window.set_language("zh_CN")
    try:
        assert window.curve_lab.scenario_panel.explanation.text() == SCENARIOS[
            "l1_features"
        ].explanation("zh_CN")
        assert window.action_table.scenarios["l1_features"].text() == SCENARIOS[
            "l1_features"
        ].title("zh_CN")
        assert _has_chinese(window.curve_lab.docks.scenario.windowTitle())
        assert _has_chinese(window.menus.scenarios.title())
    finally:
        window.set_language("en")
    assert window.curve_lab.scenario_panel.explanation.text() == SCENARIOS[
        "l1_features"
    ].explanation("en")


def test_f1_opens_the_guide_on_its_contents(window, qtbot):
    assert window.action_table.guide.shortcut().toString() == "F1"
    window.action_table.guide.trigger()
    guide = window.guide
    assert guide is not None and guide.isVisible()
    assert guide.topic == INDEX_TOPIC
    assert guide.topics.count() == len(HELP_TOPICS) + 1
    assert not guide.show_me_button.isVisible()
    assert "concepts guide" in guide.browser.toPlainText().lower()


@pytest.mark.parametrize("topic", PAGES_WITH_SCENARIO)
def test_show_me_on_each_page_sets_up_its_scenario(window, topic):
    guide = window.show_guide()
    row = [guide.topics.item(i).data(Qt.ItemDataRole.UserRole) for i in range(guide.topics.count())]
    guide.topics.setCurrentRow(row.index(topic))
    assert guide.topic == topic
    assert guide.show_me_button.isVisible()
    key = guide.scenario()
    assert key in SCENARIOS
    QTest.mouseClick(guide.show_me_button, Qt.MouseButton.LeftButton)
    _assert_shows(window, key)


def test_show_me_on_the_entropy_page_opens_the_entropy_panel(window):
    guide = window.show_guide("entropy")
    assert guide.show_me_button.isVisible()
    # Read and set by objectName, as the user sees the panel, not by its internals.
    panel = window.entropy_panel
    mode = panel.findChild(QComboBox, "entropyMode")
    edit = panel.findChild(QPlainTextEdit, "entropyInput")
    mode.setCurrentIndex(mode.findData("words"))
    edit.setPlainText("1 2 3")
    QTest.mouseClick(guide.show_me_button, Qt.MouseButton.LeftButton)
    assert mode.currentData() == "probabilities"
    assert edit.toPlainText() == "0.5 0.25 0.25"
    assert panel.findChild(QLabel, "entropyValue").text().startswith("1.5")


def test_links_in_the_guide_open_their_pages(window):
    guide = window.show_guide()
    guide.browser.setSource(guide.browser.source().resolved("l1_l2.html"))
    assert guide.topic == "l1_l2"
    assert guide.topics.currentItem().data(Qt.ItemDataRole.UserRole) == "l1_l2"
    assert guide.scenario() == "l1_features"


def test_the_guide_switches_language_on_the_same_page(window):
    guide = window.show_guide("risk")
    english = guide.browser.toPlainText()
    window.set_language("zh_CN")
    try:
        assert guide.topic == "risk"
        assert _has_chinese(guide.browser.toPlainText())
        assert _has_chinese(guide.windowTitle())
        assert _has_chinese(guide.show_me_button.text())
        assert guide.browser.toPlainText() != english
    finally:
        window.set_language("en")
    assert guide.browser.toPlainText() == english


def test_guide_figures_are_drawn_by_the_app_in_each_language(qapp, tmp_path):
    from PySide6.QtGui import QImage

    from gui.help_figures import FIGURES, PNG_WIDTH, SIZE, render
    from gui.plane_figures import PLANE_FIGURES

    assert set(FIGURES.values()) <= set(SCENARIOS)
    assert {key for key, _ in PLANE_FIGURES.values()} <= set(SCENARIOS)
    written = render(tmp_path)
    # And the L1/L2 geometry, and the classification lab's pictures.
    assert len(written) == 2 * (len(FIGURES) + 1 + len(PLANE_FIGURES))
    for name in FIGURES:
        en, zh = (QImage(str(tmp_path / lang / f"{name}.png")) for lang in ("en", "zh_CN"))
        assert en.width() == zh.width() == PNG_WIDTH
        assert abs(en.height() - PNG_WIDTH * SIZE[1] / SIZE[0]) <= 1
        assert en != zh  # the legend speaks the page's language
    # The figures in the guide are the ones this draws (re-run it after a change):
    # the same picture up to anti-aliasing and font hinting.
    for path in written:
        shipped = QImage(str(HELP_DIR / "img" / path.parent.name / path.name))
        assert shipped.size() == QImage(str(path)).size(), path.name
        assert differing_fraction(pixels(shipped), pixels(QImage(str(path)))) < 0.01, path.name


def test_the_geometry_picture_shows_what_its_caption_says():
    from gui.help_figures import BUDGET, C_STAR, A, constrained_minimum

    # L1: the diamond is met at its corner (1, 0): coef₂ exactly 0 there, and the
    # corner is optimal (minus the gradient lies in the diamond's normal cone).
    corner = constrained_minimum("l1")
    np.testing.assert_allclose(corner, [BUDGET, 0.0], atol=1e-4)
    pull = -2 * A @ (np.array([BUDGET, 0.0]) - C_STAR)
    assert pull[0] >= abs(pull[1])
    # L2: the disc is met where the ridge solution (A + mu I)^-1 A c* has norm t,
    # found here by bisection on mu, independently of the dense search.
    lo, hi = 0.0, 100.0
    for _ in range(200):
        mu = (lo + hi) / 2
        c = np.linalg.solve(A + mu * np.eye(2), A @ C_STAR)
        lo, hi = (mu, hi) if np.linalg.norm(c) > BUDGET else (lo, mu)
    np.testing.assert_allclose(constrained_minimum("l2"), c, atol=1e-4)
    assert np.all(np.abs(c) > 0.1)  # both coefficients clearly non-zero


def test_undoing_a_scenario_takes_its_explanation_away(window):
    window.load_example()
    window.action_table.scenarios["overfit_it"].trigger()
    window.curve_lab.controls.degree.spin.setValue(3)  # following the explanation keeps it
    assert window.curve_lab.scenario_panel.current == "overfit_it"
    window.action_table.undo.trigger()
    assert window.curve_lab.scenario_panel.current == "overfit_it"
    window.action_table.undo.trigger()  # the load itself
    assert window.curve_lab.scenario_panel.current is None
    assert window.curve_lab.scenario_panel.list.currentRow() == -1
    window.action_table.redo.trigger()
    assert window.curve_lab.scenario_panel.current == "overfit_it"
    window.action_table.undo.trigger()
    click(window, 0.5, 0.5)  # a new edit drops the undone load for good
    assert window.curve_lab.scenario_panel.current is None
