"""GUI latency: from a user action to every visible panel updated and repainted.

Measured offscreen with the whole window shown at 1366x768: a slider step
(through the undo stack, refit, every view's update) followed by a
synchronous repaint of the window; a click on the plot (a real mouse event
on the viewport) followed by the same repaint; the start of the app to the
window shown (a fresh process each time); and a 1600 px PNG export.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.harness import (
    Column,
    Options,
    Repeats,
    Samples,
    SectionReport,
    Target,
    format_ms,
    measure,
)

ROOT = Path(__file__).resolve().parent.parent
SIZES = (1_000, 100_000)
DEGREE = 30

_START_SCRIPT = """
import sys, time
sys.path.insert(0, {root!r})
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["OVERFIT_LAB_DATA_DIR"] = {data!r}
import main  # noqa: F401  (the app's own start-up settings)
from gui.app import create_window
from gui.app import application
app = application()
window = create_window([])
window.show()
app.processEvents()
print("shown", flush=True)
"""


def open_window():
    """(application, main window) shown offscreen at 1366 x 768, with private settings."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from gui.app import application
    from gui.main_window import MainWindow

    app = application()
    scratch = tempfile.mkdtemp(prefix="overfit-bench-")
    settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, data_dir=Path(scratch))
    window.resize(1366, 768)
    window.show()
    return app, window


def _window(n_points: int):
    from core.datasets import generate
    from core.polyfit import Domain

    app, window = open_window()
    window.state.replace_points(generate("sin", n_points, n_points // 4, 0.3, 0), Domain(0, 1))
    window.state.set_model(window.state.model_with(degree=DEGREE))
    window.curve_lab.plot.reset_view()
    app.processEvents()
    return app, window


def _click(window, x: float, y: float) -> None:
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    viewport = window.curve_lab.plot.viewport()
    pos = QPointF(
        window.curve_lab.plot.mapFromScene(
            window.curve_lab.plot.getPlotItem().vb.mapViewToScene(QPointF(x, y))
        )
    )
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    mods = Qt.KeyboardModifier.NoModifier
    for kind, button, buttons in (
        (QEvent.Type.MouseMove, none, none),
        (QEvent.Type.MouseButtonPress, left, left),
        (QEvent.Type.MouseButtonRelease, left, none),
    ):
        event = QMouseEvent(kind, pos, viewport.mapToGlobal(pos), button, buttons, mods)
        QApplication.sendEvent(viewport, event)


def _time_clicks(window, y: float, count: int) -> Samples:
    """Click-to-repaint times; each added point is undone (untimed) before the next click."""
    times = []
    size = window.state.points.x.size
    for i in range(count + 1):
        start = time.perf_counter()
        _click(window, 0.05 + (i * 0.6180339) % 0.9, y)
        _repaint_all(window)
        elapsed = time.perf_counter() - start
        if window.state.points.x.size != size + 1:
            raise RuntimeError("a benchmark click did not add a point")
        window.undo_stack.undo()
        if i:  # the first click is the warm-up
            times.append(elapsed)
    return Samples(tuple(times))


def _repaint_all(window) -> None:
    """Paint what the action made dirty, as the event loop does before the next frame.

    ``processEvents`` delivers the pending update requests, so every widget
    whose content changed (plot, readouts, panels) paints into the backing
    store now, and nothing that did not change is painted again.
    """
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()


def _row(action: str, n: int | None, samples: Samples, goal: str) -> tuple[str, ...]:
    size = "-" if n is None else f"{n:,}"
    return (
        action,
        size,
        format_ms(samples.median),
        format_ms(samples.p95),
        str(samples.n),
        goal,
    )


def _slider_stepper(window, slider, low: int, high: int):
    """A call that moves ``slider`` one position within [low, high) and repaints."""
    position = {"i": 0}

    def step() -> None:
        position["i"] += 1
        slider.setValue(low + position["i"] % (high - low))
        _repaint_all(window)

    return step


def _size_rows(n: int, options: Options, report: SectionReport) -> float:
    """Rows for one number of points; returns the worst slider p95 in seconds."""
    app, window = _window(n)
    controls = window.curve_lab.controls
    reps = Repeats(
        min_reps=5 if options.quick else 60,
        max_reps=400,
        budget_s=0.5 if options.quick else 4.0,
        limit_s=20,
    )
    goal = "<= 16 ms" if n <= 1_000 else "<= 50 ms"
    worst = 0.0
    for label, slider, low, high in (
        ("L2 slider step", controls.l2.slider, 200, 400),
        ("L1 slider step", controls.l1.slider, 200, 400),
        ("degree slider step", controls.degree.slider, 20, 31),
    ):
        samples, _ = measure(_slider_stepper(window, slider, low, high), reps)
        report.rows.append(_row(label, n, samples, goal))
        worst = max(worst, samples.p95)

    (_, _), (y0, y1) = window.curve_lab.plot.getPlotItem().vb.viewRange()
    # Along the top of the view, clear of the data, so every click adds a point.
    clicks = _time_clicks(window, y1 - 0.03 * (y1 - y0), 5 if options.quick else 60)
    report.rows.append(_row("click adds a point", n, clicks, "<= 16 ms" if n <= 1_000 else "-"))
    if n <= 1_000:
        p95 = clicks.p95
        report.targets.append(
            Target(
                "click to repaint, N=1,000, D=30: p95",
                f"{format_ms(p95)} ms",
                "<= 16 ms",
                p95 <= 0.016,
            )
        )
        from gui.export import export_figure
        from gui.figures.curves import data_plot_figure, snapshot_of_window

        png = Path(tempfile.mkdtemp(prefix="overfit-png-")) / "plot.png"
        # The figure of the data plot, built from the window's numbers, drawn and written.
        shots, _ = measure(
            lambda: export_figure(data_plot_figure(snapshot_of_window(window)), png, 1600),
            Repeats(min_reps=3 if options.quick else 15, max_reps=50, budget_s=3.0),
        )
        report.rows.append(_row("PNG export, 1600 px", n, shots, "<= 300 ms"))
        report.targets.append(
            Target(
                "PNG export 1600 px: p95",
                f"{format_ms(shots.p95)} ms",
                "<= 300 ms",
                shots.p95 <= 0.3,
            )
        )
    window.undo_stack.setClean()
    window.close()
    app.processEvents()
    report.rows.append(None)
    return worst


def run(options: Options) -> SectionReport:
    """Latency rows for N = 1,000 and 100,000 at degree 30, start-up and export."""
    report = SectionReport(
        title=f"GUI: user action to window repainted (degree {DEGREE}, offscreen, ms)",
        columns=(
            Column("action", "<"),
            Column("N", ">"),
            Column("median"),
            Column("p95"),
            Column("runs"),
            Column("target"),
        ),
    )
    slider_p95 = {n: _size_rows(n, options, report) for n in options.sizes or SIZES}
    for n, goal, limit in ((1_000, "<= 16 ms", 0.016), (100_000, "<= 50 ms", 0.05)):
        if n in slider_p95:
            report.targets.append(
                Target(
                    f"slider step to repaint, N={n:,}, D=30: worst p95",
                    f"{format_ms(slider_p95[n])} ms",
                    goal,
                    slider_p95[n] <= limit,
                )
            )
    starts = Samples(tuple(_start_times(2 if options.quick else 6)))
    report.rows.append(_row("start to window shown", None, starts, "<= 1500 ms"))
    slowest = max(starts.times)
    report.targets.append(
        Target(
            "start to window shown: slowest",
            f"{format_ms(slowest)} ms",
            "<= 1500 ms",
            slowest <= 1.5,
        )
    )
    report.notes.extend(
        [
            "slider step: QSlider.setValue (undo command, refit, every view updated), then the",
            "  event loop paints every widget the step made dirty (processEvents)",
            "click: a real press/release on the plot (undo command, QR of the points again,",
            "  scatter update) + repaint; each added point is undone, untimed, before the next",
            "start: a fresh Python process, from spawn to the window shown with the example data",
        ]
    )
    return report


def _start_times(count: int) -> list[float]:
    times = []
    with tempfile.TemporaryDirectory() as data:
        script = _START_SCRIPT.format(root=str(ROOT), data=data)
        for _ in range(count):
            start = time.perf_counter()
            with subprocess.Popen(
                [sys.executable, "-c", script],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                cwd=ROOT,
            ) as proc:
                line = proc.stdout.readline()
                times.append(time.perf_counter() - start)
                proc.wait(timeout=30)
            if line.strip() != "shown":
                raise RuntimeError("the app did not start")
    return times
