"""Where the window's panels get their figures: both labs' and the entropy calculator's.

:func:`provide_figures` gives every panel the window registered for export
(:meth:`gui.image_export.ImageExport.register`) its figure builder and, for
the curve lab, its sweep: the frames of an animation are snapshots of the
same session at each swept setting (:class:`gui.figures.snapshot.SnapshotSeries`).
The classification lab's panels (the plane, its weights, its validation
curves and the lifted view) are drawn from a
:class:`gui.figures.plane.PlaneSnapshot`; a panel that computes in the
background does so for its figure even when it is not on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from gui.export import ExportError
from gui.figures.classifier import plane_validation_figure, weights_figure
from gui.figures.curves import BUILDERS, steady_legend
from gui.figures.entropy import entropy_figure, snapshot_of_panel
from gui.figures.lifted import lifted_figure
from gui.figures.model import Figure
from gui.figures.plane import PlaneSnapshot, plane_figure, snapshot_of_plane
from gui.figures.snapshot import CurveSnapshot, SnapshotSeries, snapshot_of_window
from gui.sweep import Sweep

if TYPE_CHECKING:
    from gui.main_window import MainWindow

Builder = Callable[[CurveSnapshot, bool], Figure]
PlaneBuilder = Callable[[PlaneSnapshot, bool], Figure]
#: The classification lab's panels and their figures.
PLANE_BUILDERS: dict[str, PlaneBuilder] = {
    "plane": plane_figure,
    "plane-coefficients": weights_figure,
    "plane-validation": plane_validation_figure,
    "lifted": lifted_figure,
}


def curve_frames(base: CurveSnapshot, key: str, sweep: Sweep, caption: bool) -> Iterator[Figure]:
    """The figure of panel ``key`` at each setting of ``sweep``, from ``base``'s session."""
    build = BUILDERS[key]
    base = steady_legend(base)
    series = SnapshotSeries(base, key)
    for model in sweep.models(base.model):
        yield build(series.at(model), caption)


def provide_figures(window: MainWindow) -> None:
    """Attach figure builders (and sweeps) to the window's exportable panels."""
    export = window.image_export

    def figure_of(build: Builder) -> Callable[[bool], Figure]:
        return lambda caption: build(snapshot_of_window(window), caption)

    def sweep_of(key: str) -> Callable[[Sweep, bool], Iterator[Figure]]:
        return lambda sweep, caption: curve_frames(snapshot_of_window(window), key, sweep, caption)

    for key, build in BUILDERS.items():
        export.provide(key, figure_of(build), sweep_of(key))

    def entropy(caption: bool) -> Figure:
        snapshot = snapshot_of_panel(window.entropy_panel)
        if snapshot is None:
            raise ExportError(
                QT_TRANSLATE_NOOP(
                    "ExportMessages", "the entropy calculator has no distribution to show yet"
                )
            )
        return entropy_figure(snapshot, caption)

    export.provide("entropy", entropy)

    # The panels that compute in the background, brought up to date even when hidden.
    waits: dict[str, Callable[[], object]] = {
        "plane-validation": lambda: window.plane_lab.validation.wait_until_idle(hidden=True),
        "lifted": lambda: window.plane_lab.lifted.wait_until_idle(hidden=True),
    }

    def plane_source(key: str, build: PlaneBuilder) -> Callable[[bool], Figure]:
        def figure(caption: bool) -> Figure:
            if key in waits:
                waits[key]()
            return build(snapshot_of_plane(window), caption)

        return figure

    for key, build in PLANE_BUILDERS.items():
        export.provide(key, plane_source(key, build))
