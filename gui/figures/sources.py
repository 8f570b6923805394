"""Where the window's panels get their figures: the curve lab's and the entropy calculator's.

:func:`provide_figures` gives every panel the window registered for export
(:meth:`gui.image_export.ImageExport.register`) its figure builder and, for
the curve lab, its sweep: the frames of an animation are snapshots of the
same session at each swept setting (:class:`gui.figures.snapshot.SnapshotSeries`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from gui.export import ExportError
from gui.figures.curves import BUILDERS, steady_legend
from gui.figures.entropy import entropy_figure, snapshot_of_panel
from gui.figures.model import Figure
from gui.figures.snapshot import CurveSnapshot, SnapshotSeries, snapshot_of_window
from gui.sweep import Sweep

if TYPE_CHECKING:
    from gui.main_window import MainWindow

Builder = Callable[[CurveSnapshot, bool], Figure]


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
