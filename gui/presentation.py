"""Presentation mode: the lab readable from the back row of a lecture hall.

Switched from View > Presentation mode (F5). Text everywhere grows by
``PRESENTATION.text`` (the application font), every plot draws thicker
curves, bigger points and bolder axes (:data:`gui.plot_style.PRESENTATION`),
and the secondary panels step out of the way, leaving the plot, the model
controls and the fit numbers. Switching back restores the window exactly as
it was: its font, its docks, their sizes. The mode is remembered. Exports
are drawn in the normal look whatever the screen shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow

from gui.plot_style import NORMAL, PRESENTATION, Look
from gui.rooms import Rooms
from gui.window_layout import full_tab_names


class Restylable(Protocol):
    """A view that can draw itself in a given look."""

    def set_look(self, look: Look) -> None: ...


class Presentation(QObject):
    """Turns presentation mode on and off for a window.

    Parameters
    ----------
    window : QMainWindow
    views : sequence of objects with ``set_look(look)``
        Every view that draws plots.
    secondary : callable returning the docks to put out of the way
    settings : QSettings
        Where the mode is remembered (``ui/presentation``).
    inner : sequence of QMainWindow
        Main windows inside the window (rooms with docks of their own), whose
        layout is kept and restored like the window's.
    rooms : Rooms, optional
        The window's rooms: each keeps the docks it had open, whichever room
        is in front when the mode is switched on or off.

    Signals
    -------
    toggled(bool)
        The mode changed.
    """

    toggled = Signal(bool)

    def __init__(
        self,
        window: QMainWindow,
        views: Sequence[Restylable],
        secondary: Callable[[], list[QDockWidget]],
        settings: QSettings,
        inner: Sequence[QMainWindow] = (),
        rooms: Rooms | None = None,
    ) -> None:
        super().__init__(window)
        self._rooms = rooms
        self._saved_open: dict[str, set[str]] = {}
        self._window = window
        self._inner = list(inner)
        self._saved_inner: list[QByteArray] = []
        self._views = list(views)
        self._secondary = secondary
        self._settings = settings
        self._enabled = False
        self._saved_state: QByteArray | None = None
        self._saved_font: QFont | None = None

    @property
    def enabled(self) -> bool:
        """Whether presentation mode is on."""
        return self._enabled

    @property
    def look(self) -> Look:
        """How plots are drawn now."""
        return PRESENTATION if self._enabled else NORMAL

    def remembered(self) -> bool:
        """Whether the mode was on when the app last closed."""
        return str(self._settings.value("ui/presentation", "false")).lower() == "true"

    def set_enabled(self, enabled: bool) -> None:
        """Turn presentation mode on or off (a checkable action's slot)."""
        enabled = bool(enabled)
        if enabled == self._enabled:
            return
        app: QApplication = QApplication.instance()  # type: ignore[assignment]
        if enabled:
            self._saved_state = self._window.saveState()
            self._saved_inner = [inner.saveState() for inner in self._inner]
            self._saved_font = QFont(app.font())
            font = QFont(self._saved_font)
            font.setPointSizeF(self._saved_font.pointSizeF() * PRESENTATION.text)
            app.setFont(font)
            if self._rooms is not None:
                self._saved_open = self._rooms.all_open_docks()
                self._rooms.close_docks(self._secondary())
            else:
                for dock in self._secondary():
                    dock.hide()
        else:
            if self._saved_font is not None:
                app.setFont(self._saved_font)
            if self._saved_state is not None:
                self._window.restoreState(self._saved_state)
            for inner, state in zip(self._inner, self._saved_inner, strict=False):
                inner.restoreState(state)
            if self._rooms is not None:
                # The layouts restored show the docks as they were when saved,
                # whichever room was in front then; each room gets its own back.
                self._rooms.restore_open_docks(self._saved_open)
            for window in (self._window, *self._inner):
                full_tab_names(window)
        self._enabled = enabled
        for view in self._views:
            view.set_look(self.look)
        self._settings.setValue("ui/presentation", enabled)
        self.toggled.emit(enabled)
