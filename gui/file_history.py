"""Recently used session files and the folder the file dialogs open in, kept in QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8


class FileHistory:
    """Recent sessions (newest first) and the last folder a file was chosen in."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def recent_files(self) -> list[str]:
        """Recently opened or saved sessions, newest first."""
        value = self._settings.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or []]

    def add_recent(self, path: Path) -> None:
        """Put ``path`` first in the recent list (and remember its folder)."""
        name = str(path.resolve())
        recent = [name] + [p for p in self.recent_files() if p != name]
        self._settings.setValue("files/recent", recent[:MAX_RECENT])
        self.remember_dir(name)

    def last_dir(self) -> str:
        """The folder a file dialog should open in."""
        return str(self._settings.value("files/last_dir", str(Path.home())))

    def remember_dir(self, path: str) -> None:
        """Open the next file dialog in the folder of ``path``."""
        self._settings.setValue("files/last_dir", str(Path(path).resolve().parent))
