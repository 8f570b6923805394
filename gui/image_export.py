"""File > Export image and animation, Edit > Copy figure: every panel as a figure.

The window registers what can be exported: a key (the key of ``main.py
export --panel``), and an :class:`Exportable` saying how to name the panel,
where it is on screen, how to bring it forward, and how to build its
figure. An export brings the panel forward, lets every background
computation finish, builds the figure from the panel's numbers and renders
it fresh (:mod:`gui.figures`): PNG, SVG or PDF by the file's suffix, GIF or
APNG for a sweep.

How a panel plugs in (a new lab does the same)::

    register("plane", Exportable(
        label=lambda: self.tr("Classification plane"),
        widget=lambda: self.plane_plot,          # for Copy figure under the mouse
        reveal=reveal(room="plane"),             # bring it on screen, optional
        figure=lambda caption: plane_figure(snapshot(), caption),
        sweep=lambda sweep, caption: (plane_figure(s, caption) for s in ...),
    ))

``figure(caption)`` returns a :class:`gui.figures.model.Figure` (plots,
text panels, a caption line; see that module), built from the panel's
numbers. ``sweep(sweep, caption)`` (optional) yields one figure per value
of a :class:`gui.sweep.Sweep`. Every panel of both labs and the entropy
calculator gets its figure in :func:`gui.figures.sources.provide_figures`
(the classification lab's from :mod:`gui.figures.plane`,
:mod:`gui.figures.classifier` and :mod:`gui.figures.lifted`). A panel
registered without ``figure`` is still exported, as the widget looks on
screen (a screenshot, :func:`gui.export.export_widget`), until it gets
one. What cannot be exported is said in a warning, in the interface
language.
"""

from __future__ import annotations

import atexit
import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QMimeData, QObject, QPoint, Qt
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from gui.dialogs import Dialogs
from gui.export import (
    ANIMATED_FORMATS,
    ExportError,
    check_target,
    export_figure,
    export_widget,
)
from gui.export_dialog import ExportChoice, ExportDialog
from gui.figures import render
from gui.figures.model import Figure
from gui.file_history import FileHistory
from gui.messages import user_message
from gui.sweep import DEFAULT_ANIMATION_WIDTH, Sweep, default_sweep, export_sweep

# Clipboard images are the figure's layout at this pixel ratio (crisp on slides and HiDPI).
CLIPBOARD_SCALE = 2.0

# Mime data this process put on the clipboard. Qt deletes what the clipboard
# holds when the application object goes, which at interpreter exit is after
# Python's own teardown: the Python-made QMimeData then crashes the process
# on the way out. Before that, it is swapped for a copy of its picture made
# by Qt itself (a clipboard manager still gets the image): when the
# application is about to quit, or at interpreter exit if it never ran.
_placed: list[QMimeData] = []
# The application property that says its aboutToQuit already releases the clipboard.
_RELEASE_HOOKED = "overfitLabReleasesClipboard"


def _release_clipboard() -> None:
    while _placed:
        data = _placed.pop()
        if QGuiApplication.instance() is None or not shiboken6.isValid(data):
            continue
        clipboard = QGuiApplication.clipboard()
        if clipboard.mimeData() is data:
            clipboard.setImage(clipboard.image())


atexit.register(_release_clipboard)


def _release_clipboard_on_quit() -> None:
    """Connect the release to the application's aboutToQuit, once however many windows."""
    app = QApplication.instance()
    if app is not None and not app.property(_RELEASE_HOOKED):
        app.aboutToQuit.connect(_release_clipboard)
        app.setProperty(_RELEASE_HOOKED, True)


class FigureSource(Protocol):
    """Builds a panel's figure from its numbers; ``caption`` False leaves the caption out."""

    def __call__(self, caption: bool) -> Figure: ...


class SweepSource(Protocol):
    """Yields the panel's figure at each value of ``sweep``, each with its own caption."""

    def __call__(self, sweep: Sweep, caption: bool) -> Iterable[Figure]: ...


@dataclass(frozen=True)
class Exportable:
    """A panel that can be exported: its label (a function: it follows the language),
    its widget, how to bring it forward, and how to build its figure and sweeps."""

    label: Callable[[], str]
    widget: Callable[[], QWidget]
    reveal: Callable[[], None] | None = None
    figure: FigureSource | None = None
    sweep: SweepSource | None = None


class ImageExport(QObject):
    """Exports registered panels to image files and the clipboard."""

    def __init__(
        self,
        history: FileHistory,
        dialogs: Dialogs,
        wait_for_background: Callable[[], None],
        parent: QWidget,
        preferred: Callable[[], str | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        # The panel the export dialog offers first: the plot of the lab shown.
        self._preferred = preferred
        self._history = history
        self._dialogs = dialogs
        self._wait = wait_for_background
        self._parent = parent
        self._panels: dict[str, Exportable] = {}
        _release_clipboard_on_quit()

    def register(self, key: str, panel: Exportable) -> None:
        """Make a panel exportable under ``key`` (the key of ``main.py export --panel``)."""
        self._panels[key] = panel

    def provide(self, key: str, figure: FigureSource, sweep: SweepSource | None = None) -> None:
        """Give the panel registered as ``key`` its figure (and sweep); unknown keys are skipped."""
        if key in self._panels:
            self._panels[key] = dataclasses.replace(self._panels[key], figure=figure, sweep=sweep)

    def panels(self) -> dict[str, str]:
        """Panels that can be exported: key -> label in the current language."""
        return {key: panel.label() for key, panel in self._panels.items()}

    def sweepable(self) -> dict[str, str]:
        """Panels that can be exported as a sweep: key -> label."""
        return {key: p.label() for key, p in self._panels.items() if p.sweep is not None}

    def _panel(self, key: str) -> Exportable:
        if key not in self._panels:
            raise ExportError(
                QT_TRANSLATE_NOOP("ExportMessages", "unknown panel {key}; choose from {choices}"),
                key=repr(key),
                choices=", ".join(self._panels),
            )
        return self._panels[key]

    def panel_widget(self, key: str) -> QWidget:
        """The widget of an exportable panel, its dock brought to the front."""
        panel = self._panel(key)
        if panel.reveal is not None:
            panel.reveal()
            QApplication.processEvents()
        return panel.widget()

    def figure(self, key: str, caption: bool = True) -> Figure | None:
        """The panel's figure with its background results complete (None: it has none)."""
        panel = self._panel(key)
        self.panel_widget(key)
        self._wait()
        return None if panel.figure is None else panel.figure(caption)

    def write(
        self, key: str, path: str, width: int, height: int | None = None, caption: bool = True
    ) -> Path:
        """Write the panel to ``path`` (.png, .svg, .pdf); raise ExportError or OSError."""
        check_target(path, width, height)
        figure = self.figure(key, caption)
        if figure is None:
            return export_widget(self._panel(key).widget(), path, width, height)
        return export_figure(figure, path, width, height)

    def write_sweep(
        self,
        key: str,
        path: str,
        sweep: Sweep,
        width: int = DEFAULT_ANIMATION_WIDTH,
        height: int | None = None,
        caption: bool = True,
    ) -> Path:
        """Write the panel's sweep to ``path`` (.gif, .apng); raise ExportError or OSError."""
        panel = self._panel(key)
        if panel.sweep is None:
            raise ExportError(
                QT_TRANSLATE_NOOP(
                    "ExportMessages", "the panel {key} cannot be animated; choose from {choices}"
                ),
                key=repr(key),
                choices=", ".join(self.sweepable()),
            )
        check_target(path, width, height, ANIMATED_FORMATS)
        self.panel_widget(key)
        self._wait()
        source = panel.sweep
        return export_sweep(lambda s: source(s, caption), sweep, path, width, height)

    def export_image(
        self,
        key: str,
        path: str,
        width: int,
        height: int | None = None,
        caption: bool = True,
        sweep: Sweep | None = None,
    ) -> bool:
        """Export a panel (an animation for .gif and .apng); say so on failure."""
        # An animation takes seconds: the cursor says the window is busy.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if Path(path).suffix.lower() in ANIMATED_FORMATS:
                self.write_sweep(
                    key, path, sweep or default_sweep("degree"), width, height, caption
                )
            else:
                self.write(key, path, width, height, caption)
            failure = None
        except OSError as exc:
            failure = self.tr("Could not write {0}: {1}").format(path, exc.strerror or exc)
        except ValueError as exc:  # ExportError, SweepError and RenderError among them
            failure = user_message(exc)
        finally:
            QApplication.restoreOverrideCursor()
        if failure is not None:
            self._dialogs.warn(self.tr("Cannot export the image"), failure)
            return False
        self._dialogs.status(self.tr("Exported {0}").format(path))
        return True

    # ----------------------------------------------------------------- clipboard
    def key_at(self, global_pos: QPoint) -> str | None:
        """The key of the registered panel under a screen position, if any."""
        widget = None
        # The top-level windows themselves, not the platform's idea of what is
        # under the point (which some platforms, offscreen among them, lack).
        for top in QApplication.topLevelWidgets():
            if top.isVisible() and top.frameGeometry().contains(global_pos):
                widget = top.childAt(top.mapFromGlobal(global_pos)) or top
                break
        while widget is not None:
            for key, panel in self._panels.items():
                if key != "window" and panel.widget() is widget:
                    return key
            widget = widget.parentWidget()
        return None

    def copy_figure(self, key: str | None = None) -> bool:
        """Put a panel's figure on the clipboard: the panel under the mouse, else the data plot.

        The clipboard gets a PNG image at twice the figure's layout size and
        the same figure as SVG, for programs that paste vector drawings.
        """
        if key is None:
            key = self.key_at(QCursor.pos()) or next(iter(self._panels), None)
        if key is None:
            return False
        data = QMimeData()
        try:
            figure = self.figure(key)
            if figure is None:
                # A panel without a figure yet: the widget as it looks.
                image = self._panels[key].widget().grab().toImage()
            else:
                width = round(figure.design_width * CLIPBOARD_SCALE)
                image, _ = render.render_image(figure, width, scale=CLIPBOARD_SCALE)
                image.setDevicePixelRatio(CLIPBOARD_SCALE)
                svg = render.svg_bytes(figure, round(figure.design_width))
                data.setData("image/svg+xml", QByteArray(svg))
        except (ExportError, render.RenderError) as exc:
            self._dialogs.warn(self.tr("Cannot copy the figure"), user_message(exc))
            return False
        data.setImageData(image)
        QGuiApplication.clipboard().setMimeData(data)
        _placed[:] = [d for d in _placed if shiboken6.isValid(d)]  # replaced ones are gone
        _placed.append(data)
        self._dialogs.status(
            self.tr("Copied the figure of “{0}” ({1} × {2} pixels)").format(
                self._panels[key].label(), image.width(), image.height()
            )
        )
        return True

    # -------------------------------------------------------------------- dialog
    def choose_and_export(self, animation: bool = False) -> None:
        """File > Export image (or animation): ask what, where and how, then export."""
        dialog = ExportDialog(
            self.panels(),
            self.sweepable(),
            self._history.last_dir(),
            animation,
            self._parent,
            self._preferred(),
        )
        if dialog.exec():
            choice: ExportChoice = dialog.choice()
            self._history.remember_dir(choice.path)
            self.export_image(
                choice.key, choice.path, choice.width, choice.height, choice.caption, choice.sweep
            )

    def choose_and_export_animation(self) -> None:
        """File > Export animation: the same dialog, set up for a GIF of a sweep."""
        self.choose_and_export(animation=True)
