"""The rooms of the window: the labs and the entropy calculator, one tab each.

The central area is a tab widget; each room is a tab (its main view) plus
the docks that belong to it. Switching rooms shows the new room's docks as
the user left them and hides the others', so each room has the whole window
to itself: the entropy calculator is usable at 1024x768 without dragging a
splitter. A dock of a room not shown cannot be toggled from the View menu.

A room's docks live either in the window's own dock areas (the curve lab's)
or in a :class:`DockRoom`, a main window of its own used as the tab's widget
(the classification lab's). The second keeps two sets of tabbed docks from
sharing the window's dock areas, where Qt leaves the tab bars of one set's
groups on screen when the other set is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabWidget, QWidget

from gui.window_layout import full_tab_names, scrolled


@dataclass
class _Room:
    key: str
    content: QWidget
    docks: list[QDockWidget]
    title: Callable[[], str]
    # Which docks were open when the user left the room (all, the first time).
    open_docks: set[str] = field(default_factory=set)
    # The dock sizes when the user left the room: hiding and showing docks
    # lets Qt share their space out anew, which drifts a little each time.
    layout: QByteArray | None = None

    def host(self) -> QMainWindow | None:
        """The main window whose dock areas hold the room's docks."""
        parent = self.docks[0].parentWidget() if self.docks else None
        return parent if isinstance(parent, QMainWindow) else None


class DockRoom(QMainWindow):
    """A room with dock areas of its own: a main window used as a tab's widget.

    ``content`` is the central view; :meth:`add_dock` puts a panel in a dock
    on the right, in a scroll area as the window's own docks hold theirs.
    """

    def __init__(self, content: QWidget, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setObjectName(object_name)
        self.setCentralWidget(content)
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )

    def add_dock(self, name: str, widget: QWidget) -> QDockWidget:
        """A dock (objectName ``name``) holding ``widget`` in a scroll area."""
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(scrolled(widget))
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return dock


class Rooms(QTabWidget):
    """The central tabs (objectName ``rooms``); ``room_changed(key)`` when another is shown."""

    room_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rooms")
        self.setDocumentMode(True)
        self._rooms: list[_Room] = []
        self._shown: str | None = None
        self.currentChanged.connect(self._on_current_changed)

    @property
    def current(self) -> str:
        """The key of the room shown."""
        return self._rooms[self.currentIndex()].key

    def room_keys(self) -> list[str]:
        """Every room's key, in tab order."""
        return [room.key for room in self._rooms]

    def open_docks(self, key: str) -> set[str]:
        """The objectNames of the docks open in a room (as left, if it is not shown)."""
        room = self._room(key)
        if room.key == self._shown:
            return {d.objectName() for d in room.docks if not d.isHidden()}
        return set(room.open_docks)

    def set_open_docks(self, key: str, names: set[str]) -> None:
        """Which docks of a room not shown open when it is entered (as remembered)."""
        room = self._room(key)
        if room.key != self._shown:
            room.open_docks = {d.objectName() for d in room.docks} & set(names)

    def all_open_docks(self) -> dict[str, set[str]]:
        """Every room's open docks (see :meth:`open_docks`), by the room's key."""
        return {room.key: self.open_docks(room.key) for room in self._rooms}

    def restore_open_docks(self, opened: dict[str, set[str]]) -> None:
        """Open exactly these docks in each room: now in the room shown, on entry in the others.

        After a window's saved layout is restored, which shows or hides docks
        without knowing which room is in front.
        """
        for room in self._rooms:
            names = opened.get(room.key, set())
            if room.key == self._shown:
                for dock in room.docks:
                    dock.setVisible(dock.objectName() in names)
            else:
                # The sizes just restored are the ones to come back to.
                host = room.host()
                room.layout = host.saveState() if host is not None else None
                self._hide_docks(room)
                room.open_docks = {d.objectName() for d in room.docks} & names

    def close_docks(self, docks: list[QDockWidget]) -> None:
        """Close these docks: at once in the room shown, and on entry in the others."""
        names = {d.objectName() for d in docks}
        for room in self._rooms:
            if room.key == self._shown:
                for dock in room.docks:
                    if dock.objectName() in names:
                        dock.hide()
            else:
                room.open_docks -= names

    def add_room(
        self, key: str, content: QWidget, docks: list[QDockWidget], title: Callable[[], str]
    ) -> None:
        """Add a room: its tab's content, its docks, and its name in the current language."""
        room = _Room(key, content, docks, title, {d.objectName() for d in docks})
        first = not self._rooms
        self._rooms.append(room)
        if not first:
            self._hide_docks(room)  # only the first room's docks show at the start
        self.addTab(content, title())  # the first tab becomes current: it is entered

    def show_room(self, key: str) -> None:
        """Bring a room to the front."""
        self.setCurrentIndex(self.room_keys().index(key))

    def retranslate(self) -> None:
        """Name the tabs in the current language."""
        for index, room in enumerate(self._rooms):
            self.setTabText(index, room.title())

    def _room(self, key: str) -> _Room:
        return self._rooms[self.room_keys().index(key)]

    def _leave(self, room: _Room) -> None:
        # isHidden, not isVisible: a dock is open even while its window is not shown yet.
        room.open_docks = {d.objectName() for d in room.docks if not d.isHidden()}
        host = room.host()
        room.layout = host.saveState() if host is not None else None
        self._hide_docks(room)

    @staticmethod
    def _hide_docks(room: _Room) -> None:
        for dock in room.docks:
            dock.hide()
            dock.toggleViewAction().setEnabled(False)

    def _enter(self, room: _Room) -> None:
        host = room.host()
        if room.layout is not None and host is not None:
            host.restoreState(room.layout)  # the sizes as left; which docks open is below
            full_tab_names(host)
        for dock in room.docks:
            dock.toggleViewAction().setEnabled(True)
            dock.setVisible(dock.objectName() in room.open_docks)

    def _on_current_changed(self, index: int) -> None:
        if index < 0 or index >= len(self._rooms):
            return
        room = self._rooms[index]
        if room.key == self._shown:
            return
        if self._shown is not None:
            self._leave(self._room(self._shown))
        self._shown = room.key
        self._enter(room)
        self.room_changed.emit(room.key)
