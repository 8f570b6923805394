"""The classification lab driven as a user drives it: mouse on the plane, keys, controls, undo."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from core.classifier import fit_design, prepare
from core.decision_map import decision_map
from core.plane import Box, PlaneTable
from core.plane_datasets import DEFAULT_BOX, generate_plane, generated_box
from core.plane_features import MAX_PLANE_DEGREE
from core.session_file import SessionData, load_session, session_to_json
from tests.gui.conftest import click, drag, move, press, release

BOX = Box(-1.5, 1.5, -1.5, 1.5)


@pytest.fixture
def warnings_shown(monkeypatch):
    shown: list[str] = []

    def fake_warning(parent, title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fake_warning))
    return shown


def table(x1, x2, label, test=None) -> PlaneTable:
    n = len(x1)
    test = np.zeros(n, bool) if test is None else np.asarray(test, bool)
    return PlaneTable(np.asarray(x1, float), np.asarray(x2, float), np.asarray(label), test)


def in_plane(window, points: PlaneTable | None = None, box: Box = BOX):
    """The classification room shown with these points, and nothing to undo."""
    window.rooms.show_room("classification")
    window.plane_state.replace_points(points if points is not None else PlaneTable.empty(), box)
    plot = window.plane_lab.plot
    # Painted once: the axes take their width and the locked aspect its range,
    # so the mouse lands where the test computes (as a user's lands where they see).
    plot.repaint()
    plot.reset_view()
    plot.repaint()
    window.undo_stack.clear()
    QApplication.processEvents()
    return plot


def rings(n_train=60, n_test=40, seed=1) -> PlaneTable:
    return generate_plane("circles", n_train, n_test, 0.15, seed)


def core_fit(window):
    s = window.plane_state
    m = s.model
    design = prepare(s.points, s.box, m.basis, MAX_PLANE_DEGREE)
    return fit_design(design, m.degree, m.l1, m.l2)


def set_model(window, **changes):
    window.plane_state.set_model(window.plane_state.model_with(**changes))


# ------------------------------------------------------------------ the room
def test_the_room_its_controls_and_the_view_menu(window, qtbot):
    assert window.rooms.room_keys() == ["curves", "classification", "entropy"]
    for name in (
        "classPlot",
        "planeDegreeControl",
        "planeL1Control",
        "planeL2Control",
        "planeBasisControl",
        "clickClassControl",
        "planeReadouts",
        "planeGeneratorControls",
    ):
        assert window.findChild(object, name) is not None, name
    assert window.plane_lab.controls.degree.spin.maximum() == 10
    assert window.curve_lab.controls.degree.spin.maximum() == 30
    rooms = window.action_table.rooms
    assert [rooms[k].shortcut().toString() for k in ("curves", "classification", "entropy")] == [
        "Ctrl+1",
        "Ctrl+2",
        "Ctrl+3",
    ]
    assert all(act in window.menus.view.actions() for act in rooms.values())
    # The room shown from the start is marked, and only the curve lab offers its bootstrap fits.
    assert rooms["curves"].isChecked() and window.action_table.variance.isEnabled()
    # Every dock of the lab is named from the start, and so is its entry in the View menu.
    titles = {d.objectName(): d.windowTitle() for d in window.plane_lab.docks.all()}
    assert titles["clusterDock"] == "K-means" and titles["liftedDock"] == "Lifted view"
    assert all(titles.values()), titles
    toggles = [d.toggleViewAction() for d in window.plane_lab.docks.all()]
    assert all(t in window.menus.view.actions() and t.text() for t in toggles)
    # Shortcuts reach only the active window: wait until it is (tests run in parallel).
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.rooms.current == "classification"
    assert window.plane_lab.docks.model.isVisible() and not window.curve_lab.docks.model.isVisible()
    assert rooms["classification"].isChecked()
    assert not window.action_table.variance.isEnabled()
    assert "keys 1, 2" in window.hint_label.text()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.rooms.current == "entropy" and not window.plane_lab.docks.model.isVisible()
    assert not window.action_table.generate.isEnabled()
    assert not window.action_table.click_classes[0].isEnabled()
    rooms["curves"].trigger()
    assert window.rooms.current == "curves" and window.curve_lab.docks.model.isVisible()
    assert "keys 1, 2" not in window.hint_label.text()


def test_clicks_add_points_of_the_chosen_class_and_keys_choose_it(window, qtbot):
    plot = in_plane(window)
    state = window.plane_state
    assert state.click_label == 1
    click(window, 0.5, 0.25, plot=plot)
    assert state.points.x1.tolist() == pytest.approx([0.5], abs=0.01)
    assert state.points.x2.tolist() == pytest.approx([0.25], abs=0.01)
    assert state.points.label.tolist() == [1] and not state.points.is_test[0]
    assert window.undo_stack.undoText() == "Classification: add point of class 1"
    plot.setFocus()
    qtbot.keyClick(plot, Qt.Key.Key_1)
    assert state.click_label == 0
    assert window.plane_lab.controls.class_buttons.button(0).isChecked()
    assert window.action_table.click_classes[0].isChecked()
    click(window, -0.5, -0.25, plot=plot)
    click(window, -0.5, 0.75, modifiers=Qt.KeyboardModifier.ShiftModifier, plot=plot)
    assert state.points.label.tolist() == [1, 0, 0]
    assert state.points.is_test.tolist() == [False, False, True]
    assert window.undo_stack.undoText() == "Classification: add test point of class 0"
    window.plane_lab.controls.class_buttons.button(1).click()
    assert state.click_label == 1
    qtbot.keyClick(plot, Qt.Key.Key_2)  # already class 1: stays
    assert state.click_label == 1
    # The click class is no edit: nothing to undo for it.
    assert window.undo_stack.count() == 3
    for _ in range(3):
        window.action_table.undo.trigger()
    assert len(state.points) == 0


def test_drag_moves_a_point_in_one_undo_step_and_right_click_removes_it(window):
    plot = in_plane(window, table([0.0, 0.8], [0.0, 0.8], [0, 1]))
    state = window.plane_state
    drag(window, (0.0, 0.0), (-0.6, 0.4), plot=plot)
    assert (state.points.x1[0], state.points.x2[0]) == pytest.approx((-0.6, 0.4), abs=0.02)
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Classification: move point"
    click(window, 0.8, 0.8, button=Qt.MouseButton.RightButton, plot=plot)
    assert len(state.points) == 1 and state.points.label.tolist() == [0]
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert state.points == table([0.0, 0.8], [0.0, 0.8], [0, 1])


def test_dragging_empty_space_pans_without_editing(window):
    plot = in_plane(window, rings(20, 0))
    before = window.plane_state.points
    (x0, _), _ = plot.getPlotItem().vb.viewRange()
    drag(window, (-1.4, -1.4), (-1.2, -1.2), plot=plot)  # not on the legend
    assert window.plane_state.points is before
    assert plot.getPlotItem().vb.viewRange()[0][0] != x0


def test_a_click_beyond_the_limit_is_refused_naming_it_and_a_drag_stops_there(window):
    plot = in_plane(window, table([0.0], [0.0], [1]), box=Box(-0.5, 0.5, -0.5, 0.5))
    plot.getPlotItem().vb.setRange(xRange=(-2, 2), yRange=(-2, 2), padding=0)
    QApplication.processEvents()
    click(window, 1.5, 0.0, plot=plot)
    assert len(window.plane_state.points) == 1
    message = window.statusBar().currentMessage()
    # Said as the curve lab says it, in the interface language, the limit a formula.
    assert message == "No point there: x1 is beyond the limits of the app (|z1|, |z2| <= 2)."
    click(window, 0.95, -0.9, plot=plot)  # within half a width beyond: accepted
    assert len(window.plane_state.points) == 2
    drag(window, (0.0, 0.0), (1.8, 1.8), plot=plot)
    x1, x2 = window.plane_state.points.x1[0], window.plane_state.points.x2[0]
    assert x1 == pytest.approx(1.0) and x2 == pytest.approx(1.0)
    assert x1 <= 1.0 and x2 <= 1.0


# ------------------------------------------------------------------ the fit
def test_the_drawn_classifier_is_the_core_fit_and_follows_each_control(window):
    plot = in_plane(window, rings())
    for changes in ({"degree": 2}, {"degree": 4, "l2": 1e-3}, {"basis": "legendre", "l1": 1e-3}):
        set_model(window, **changes)
        fit = window.plane_state.fit
        reference = core_fit(window)
        np.testing.assert_allclose(fit.coef, reference.coef, rtol=1e-6, atol=1e-8)
        (x0, x1), (y0, y1) = plot.getPlotItem().vb.viewRange()
        grid = decision_map(fit.coef, fit.basis, fit.box, (x0, x1), (y0, y1), 160, 160)
        np.testing.assert_allclose(plot.boundary_data(), grid.boundary)
        assert plot.boundary_data().shape[0] > 50
        image = plot.shading_image()
        assert image.shape == (160, 160, 4)
        # Tinted by class: where p is near 1 the colour is class 1's (red > blue).
        sure_one = grid.probability > 0.8
        sure_zero = grid.probability < 0.2
        assert sure_one.any() and sure_zero.any()
        assert (image[sure_one, 0] > image[sure_one, 2]).all()
        assert (image[sure_zero, 2] > image[sure_zero, 0]).all()
        p = window.plane_state.points
        wx, wy = plot.misclassified_data()
        assert sorted(wx.tolist()) == sorted(p.x1[fit.misclassified].tolist())
        assert sorted(wy.tolist()) == sorted(p.x2[fit.misclassified].tolist())


def test_points_are_drawn_by_class_and_role(window):
    points = table([0.1, 0.2, 0.3, 0.4], [0.0, 0.1, 0.2, 0.3], [0, 1, 0, 1], [0, 0, 1, 1])
    plot = in_plane(window, points)
    assert plot.points_data(0, test=False)[0].tolist() == [0.1]
    assert plot.points_data(1, test=False)[0].tolist() == [0.2]
    assert plot.points_data(0, test=True)[0].tolist() == [0.3]
    assert plot.points_data(1, test=True)[0].tolist() == [0.4]


def test_slider_drag_refits_while_moving_and_is_one_undo_step(window, qtbot):
    in_plane(window, rings())
    set_model(window, degree=6)
    window.undo_stack.clear()
    slider = window.plane_lab.controls.l2.slider
    slider.setFocus()
    seen = []
    slider.sliderPressed.emit()
    for position in (200, 260, 320, 380):
        slider.setValue(position)
        seen.append(window.plane_state.fit.l2_term)
    slider.sliderReleased.emit()
    assert len(set(seen)) == 4
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Classification: change L2 strength"
    window.undo_stack.undo()
    assert window.plane_state.model.l2 == 0.0


def test_the_readouts_show_the_fit(window):
    in_plane(window, rings())
    set_model(window, degree=3, l1=1e-3)
    fit = window.plane_state.fit
    v = window.plane_lab.readouts.values
    assert v["train_accuracy"].text() == f"{100 * fit.train_accuracy:.1f} %"
    assert v["test_accuracy"].text() == f"{100 * fit.test_accuracy:.1f} %"
    assert v["train_bits"].text() == f"{fit.train_cross_entropy_bits:.4g} bits"
    assert v["objective"].text() == f"{fit.objective:.4g}"
    assert fit.objective == pytest.approx(fit.data_term + fit.l1_term + fit.l2_term)
    assert v["n_zero"].text() == f"{fit.n_zero} of 10"
    assert v["max_coef"].text() == f"{fit.max_abs_coef:.4g}"
    link = window.plane_lab.readouts.entropy_link.text()
    assert "H = 1.000 bits" in link and "href" in link


def test_separable_points_without_a_penalty_are_named_and_never_nan(window):
    in_plane(window, table([-1, -0.9, 0.9, 1], [0, 0.1, 0, 0.1], [0, 0, 1, 1]))
    fit = window.plane_state.fit
    assert fit.status == "separable" and np.isfinite(fit.coef).all()
    note = window.plane_lab.readouts.note.text()
    assert note.startswith("Separable: without a penalty the weights grow without bound")
    assert "nan" not in " ".join(v.text() for v in window.plane_lab.readouts.values.values())
    in_plane(window, table([-1, 0.5], [0, 0], [1, 1]))
    assert window.plane_state.fit.status == "one class"
    assert window.plane_lab.readouts.note.text().startswith("One class only")
    in_plane(window)
    assert window.plane_state.fit is None
    assert window.plane_lab.readouts.values["train_accuracy"].text() == "—"
    assert window.plane_lab.readouts.note.text().startswith("No training points yet")


def test_separability_with_a_penalty_is_decided_off_the_gui_thread(window):
    in_plane(window, table([-1, -0.9, 0.9, 1, 0.0], [0, 0.1, 0, 0.1, 1.0], [0, 0, 1, 1, 1]))
    # So strong a penalty that the fit misclassifies a point: it cannot tell.
    set_model(window, l2=10.0)
    assert window.plane_state.fit.misclassified.any()
    assert window.plane_state.fit.separable is None  # the live fit leaves it open
    readouts = window.plane_lab.readouts
    assert readouts.wait_until_idle()
    assert readouts.separable is True
    assert "separable at degree 2" in readouts.note.text()
    # Overlapping classes: no note.
    in_plane(window, table([-1, -0.9, 0.9, 1, 0.95], [0, 0.1, 0, 0.1, 0.05], [0, 1, 1, 0, 0]))
    set_model(window, degree=1, l2=10.0)
    assert window.plane_state.fit.separable is None
    assert readouts.wait_until_idle()
    assert readouts.separable is False
    assert "separable" not in readouts.note.text()


def test_the_entropy_link_opens_the_calculator_with_the_class_counts(window):
    in_plane(window, table([0, 1, 2, 3], [0, 0, 0, 0], [0, 1, 1, 1]))
    window.plane_lab.readouts.entropy_link.linkActivated.emit("entropy")
    assert window.rooms.current == "entropy"
    distribution = window.entropy_panel.distribution
    assert distribution is not None
    assert distribution.values.tolist() == [1, 3] and distribution.kind == "counts"


# ------------------------------------------------------------ generate, edit
def test_generate_in_this_room_makes_plane_data_reproducibly_and_undoably(window):
    in_plane(window, table([0.0], [0.0], [1]))
    curves = window.state.points
    controls = window.plane_lab.generator
    controls.preset.setCurrentIndex(controls.preset.findData("xor"))
    controls.n_train.setValue(30)
    controls.n_test.setValue(10)
    controls.seed.setValue(4)
    window.action_table.generate.trigger()
    expected = generate_plane("xor", 30, 10, window.plane_state.generator.noise, 4)
    assert window.plane_state.points == expected
    assert window.plane_state.box == generated_box(expected.x1, expected.x2) == DEFAULT_BOX
    assert window.state.points is curves
    assert window.undo_stack.undoText() == "Classification: generate data"
    window.action_table.undo.trigger()
    assert window.plane_state.points == table([0.0], [0.0], [1])


def test_clear_delete_and_select_all_act_on_the_lab_shown(window, qtbot):
    window.load_example()
    curves = window.state.points
    plot = in_plane(window, rings(20, 0))
    window.action_table.select_all.trigger()
    assert plot.selected.size == 20
    assert window.action_table.delete.isEnabled()
    window.action_table.delete.trigger()
    assert len(window.plane_state.points) == 0
    window.undo_stack.undo()
    window.action_table.clear.trigger()
    assert len(window.plane_state.points) == 0
    assert window.undo_stack.undoText() == "Classification: clear points"
    assert window.state.points is curves


def test_rubber_band_selection_and_delete(window):
    plot = in_plane(window, table([0.0, 0.2, 1.0], [0.0, 0.2, 1.0], [0, 1, 0]))
    drag(window, (-0.3, -0.3), (0.4, 0.4), modifiers=Qt.KeyboardModifier.ControlModifier, plot=plot)
    assert plot.selected.tolist() == [0, 1]
    plot.delete_selected()
    assert window.plane_state.points.x1.tolist() == [1.0]
    assert window.undo_stack.undoText() == "Classification: remove 2 points"


@pytest.mark.parametrize("edit", ["undo", "delete", "clear", "generate"])
def test_an_edit_in_the_middle_of_a_drag_cancels_the_drag(window, edit):
    start = table([0.0, 0.5, 1.0], [0.0, 0.5, 0.0], [0, 1, 0])
    plot = in_plane(window, start)
    press(window, 0.5, 0.5, plot=plot)
    move(window, 0.6, 0.3, plot=plot)
    if edit == "undo":
        window.action_table.undo.trigger()
    elif edit == "delete":
        plot.select_all()
        window.action_table.delete.trigger()
    elif edit == "clear":
        window.action_table.clear.trigger()
    else:
        window.action_table.generate.trigger()
    after = window.plane_state.points
    move(window, 0.7, 0.1, plot=plot)
    release(window, 0.7, 0.1, plot=plot)
    assert window.plane_state.points is after
    drag(window, (-1.2, -1.2), (-1.0, -1.0), plot=plot)  # a new drag works (pans)
    assert window.plane_state.points is after


# ------------------------------------------------------------------ files
def test_import_sets_the_box_to_the_points_and_is_one_undo_step(window, tmp_path, qtbot):
    in_plane(window, table([0.0], [0.0], [1]))
    path = tmp_path / "classes.csv"
    path.write_text("x1,x2,label,role\n2,1,0,train\n3,5,1,train\n4,2,1,test\n", encoding="utf-8")
    with qtbot.waitSignal(window.plane_io.import_finished, timeout=10_000) as blocker:
        window.plane_io.import_points(str(path))
    assert blocker.args[0] is True
    p = window.plane_state.points
    assert p.x1.tolist() == [2, 3, 4] and p.label.tolist() == [0, 1, 1]
    assert p.is_test.tolist() == [False, False, True]
    assert window.plane_state.box == Box(2.0, 4.0, 1.0, 5.0)
    assert window.undo_stack.undoText() == "Classification: import points"
    window.undo_stack.undo()
    assert window.plane_state.box == BOX and len(window.plane_state.points) == 1


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("x1,x2,label\n1,2,0\n3,4,2\n", "line 3"),
        ("x1,x2,label\n1,2,0\n1,4,1\n", "all x1 values equal 1.0"),
    ],
)
def test_a_bad_import_says_why_and_changes_nothing(
    window, tmp_path, qtbot, warnings_shown, content, expected
):
    in_plane(window, table([0.0], [0.0], [1]))
    before = window.plane_state.points
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with qtbot.waitSignal(window.plane_io.import_finished, timeout=10_000) as blocker:
        window.plane_io.import_points(str(path))
    assert blocker.args[0] is False
    assert expected in warnings_shown[0]
    assert window.plane_state.points is before


def test_export_writes_what_import_reads(window, tmp_path):
    in_plane(window, rings(10, 4))
    path = tmp_path / "out.csv"
    assert window.plane_io.export_points(str(path))
    assert path.read_text(encoding="utf-8").splitlines()[0] == "x1,x2,label,role"
    from core.plane_csv import read_plane_csv

    assert read_plane_csv(path) == window.plane_state.points


def test_a_session_holds_both_labs_and_reopens_them_exactly(window, tmp_path, qtbot):
    from tests.gui.conftest import make_window

    window.load_example()
    click(window, 0.5, 0.2)
    plot = in_plane(window, rings())
    click(window, 0.1, 0.1, plot=plot)
    set_model(window, degree=5, l2=1e-3, basis="legendre")
    window.plane_state.set_clustering(window.plane_state.clustering_with(k=3, height=1.5))
    path = tmp_path / "both.json"
    assert window.document.save_session_to(path)
    other = make_window(qtbot, tmp_path / "other")
    assert other.document.open_session(path)
    assert other.state.points == window.state.points
    assert other.plane_state.points == window.plane_state.points
    assert other.plane_state.model == window.plane_state.model
    assert other.plane_state.clustering == window.plane_state.clustering
    assert other.plane_state.box == window.plane_state.box
    np.testing.assert_array_equal(other.plane_state.fit.coef, window.plane_state.fit.coef)
    assert load_session(path).classification == window.plane_state.to_data()


def test_a_version_1_session_opens_with_the_lab_empty(window, tmp_path):
    in_plane(window, rings())
    document = json.loads(session_to_json(SessionData()))
    document["version"] = 1
    del document["classification"]
    path = tmp_path / "old.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert window.document.open_session(path)
    assert len(window.plane_state.points) == 0
    assert window.plane_state.fit is None
    assert window.plane_state.model == SessionData().classification.settings.model


def test_the_autosave_holds_the_classification_lab(window, tmp_path, qtbot):
    plot = in_plane(window, rings(10, 0))
    click(window, 0.3, -0.2, plot=plot)
    autosaver = window.document.autosaver
    assert autosaver.save_now()
    saved = load_session(autosaver.path)
    assert saved.classification.points == window.plane_state.points
    assert len(saved.classification.points) == 11
