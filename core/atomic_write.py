"""Atomic file replacement, so a crash or a full disk during a save never costs the old file.

`write_atomic` writes the new content to a temporary file in the same directory as
the target, flushes it to the disk (``fsync``) and only then renames it over the
target with ``os.replace``, which is atomic on POSIX and Windows. Readers therefore
see either the complete old file or the complete new one. On any failure the
temporary file is removed, the old file is left untouched, and the error is raised
as an `OSError` (or subclass, such as `PermissionError`) whose message names the
target path. This is the standard-library counterpart of Qt's ``QSaveFile``, usable
from the headless core.

A writer killed mid-write (a power cut, ``kill -9``) cannot remove its temporary
file. Those files are named ``.<target name>.<8 hex digits>.tmp`` and, while
being written, hold an advisory lock (``flock``, where the system has one).
Each write first removes the leftovers of earlier writes to the same target:
files of exactly that name pattern, not locked and untouched for
`STALE_TEMP_SECONDS`. `remove_stale_temp_files` does the same for a whole
folder (the autosave folder, say) and never touches any other file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import time

try:
    import fcntl
except ImportError:  # Windows: no advisory locks, but an open file cannot be removed there
    fcntl = None  # type: ignore[assignment]

__all__ = ["STALE_TEMP_SECONDS", "remove_stale_temp_files", "write_atomic"]

#: A temporary file untouched for this long (and not locked) was left by a
#: writer that died: a live writer touches it with every write.
STALE_TEMP_SECONDS = 60.0

# Enough attempts that a clash of random temp names is practically impossible,
# few enough that a directory where O_EXCL always fails cannot loop forever.
_TEMP_NAME_ATTEMPTS = 100
# Most file systems allow 255 bytes per name; a temp name adds 14 to the target's.
_MAX_NAME_BYTES = 255
_TEMP_EXTRA_BYTES = len("..12345678.tmp")
_TEMP_NAME = re.compile(r"\.(?P<stem>.+)\.[0-9a-f]{8}\.tmp", re.DOTALL)


def write_atomic(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Replace the file at `path` with `data`, all or nothing.

    Parameters
    ----------
    path : str or os.PathLike
        The file to create or replace. If it is a symbolic link, the file it
        points to is replaced and the link is kept.
    data : str or bytes
        The new content; a `str` is encoded as UTF-8.

    Raises
    ------
    OSError
        If the file cannot be written (no such directory, permission denied,
        disk full, `path` is a directory, ...). The message names `path`;
        ``errno`` is kept, so the usual subclasses (`PermissionError`,
        `FileNotFoundError`, `IsADirectoryError`, ...) are raised. The old
        file, if any, is unchanged and no temporary file is left behind. An
        existing `path` that is not a regular file (a named pipe, a device)
        is refused with ``errno.EINVAL`` rather than replaced.
    TypeError
        If `data` is neither `str` nor `bytes`.

    Notes
    -----
    An existing file keeps its permission bits; a new file gets the default
    permissions (``0o666`` less the umask), as an ordinary ``open`` would give.
    Owner and group are not copied (only root could do that). Stale temporary
    files of earlier writes to `path` are removed first (see the module
    docstring); that is best effort and never makes the write fail.
    """
    if isinstance(data, str):
        payload = data.encode("utf-8")
    elif isinstance(data, bytes | bytearray | memoryview):
        payload = bytes(data)
    else:
        raise TypeError(f"data must be str or bytes, got {type(data).__name__}")

    shown = os.fspath(path)
    # Replacing a symlink would silently turn it into a regular file; write
    # through it instead, as editors and QSaveFile do.
    target = os.path.realpath(shown)
    if os.path.isdir(target):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), shown)

    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise _with_path(exc, shown) from exc
    mode = None
    if info is not None:
        if not stat.S_ISREG(info.st_mode):
            # Renaming over /dev/null or a FIFO would destroy it, not write to it.
            raise OSError(errno.EINVAL, "not a regular file, so not replaced", shown)
        mode = stat.S_IMODE(info.st_mode)

    directory, name = os.path.split(target)
    # Before the new temp file exists, and so that a leftover of tens of MB
    # cannot be what makes this write run out of space.
    remove_stale_temp_files(directory or ".", name)
    temp = None
    try:
        fd, temp = _create_temp(target)
        try:
            _lock(fd)
            if mode is not None:
                # Without this the replacement would carry the temp file's mode.
                os.chmod(temp, mode)
            _write_all(fd, payload)
            # Without fsync a power cut right after the rename can leave an
            # empty file where the old, complete one used to be.
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, target)
        temp = None
    except OSError as exc:
        raise _with_path(exc, shown) from exc
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.remove(temp)
    _fsync_directory(os.path.dirname(target))


def remove_stale_temp_files(
    directory: str | os.PathLike[str],
    name: str | None = None,
    *,
    min_age: float = STALE_TEMP_SECONDS,
) -> list[str]:
    """Remove the temporary files that interrupted writes left in `directory`.

    Parameters
    ----------
    directory : str or os.PathLike
        The folder to clean (not its subfolders).
    name : str, optional
        Only the leftovers of writes to the file of this name (no folder);
        default: those of every file in the folder, for a folder the app owns.
    min_age : float, default STALE_TEMP_SECONDS
        Seconds a file must have been left untouched.

    Returns
    -------
    list of str
        The paths of the files removed.

    Notes
    -----
    Only regular files named ``.<name>.<8 hex digits>.tmp``, as `write_atomic`
    names them, are candidates; of those only ones untouched for `min_age`
    and not locked by a writer are removed, so a write in progress (in this
    or another process) keeps its file. Errors (a folder that cannot be
    listed, a file that cannot be removed) are ignored: cleaning up is best
    effort.
    """
    stem = None if name is None else _temp_stem(name)
    try:
        with os.scandir(directory) as entries:
            candidates = [
                entry.path
                for entry in entries
                if (match := _TEMP_NAME.fullmatch(entry.name))
                and (stem is None or match["stem"] == stem)
            ]
    except OSError:
        return []
    now = time.time()
    return [path for path in candidates if _remove_if_stale(path, now, min_age)]


def _remove_if_stale(path: str, now: float, min_age: float) -> bool:
    try:
        info = os.lstat(path)
    except OSError:
        return False
    # abs(): a clock set back must not make a leftover immortal.
    if not stat.S_ISREG(info.st_mode) or abs(now - info.st_mtime) < min_age:
        return False
    if fcntl is None:
        try:
            os.remove(path)
        except OSError:
            return False
        return True
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        # A writer holds the lock until it closes the file, or dies.
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        # Still the file judged stale, not a new one that took its name?
        opened, current = os.fstat(fd), os.lstat(path)
        if (opened.st_dev, opened.st_ino) != (current.st_dev, current.st_ino):
            return False
        os.remove(path)
    except OSError:
        return False
    finally:
        os.close(fd)
    return True


def _lock(fd: int) -> None:
    """Mark a temp file as being written; the lock ends when `fd` is closed or its process dies."""
    if fcntl is not None:
        # Best effort: without the lock, the age rule alone protects the file.
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _temp_stem(name: str) -> str:
    """The part of `name` in its temp files' names: all of it, unless the result were too long."""
    stem = name
    while len(os.fsencode(stem)) > _MAX_NAME_BYTES - _TEMP_EXTRA_BYTES:
        stem = stem[:-1]
    return stem


def _create_temp(target: str) -> tuple[int, str]:
    """Create and open a new, empty temp file next to `target`; return (fd, name)."""
    directory, name = os.path.split(target)
    stem = _temp_stem(name)
    for _ in range(_TEMP_NAME_ATTEMPTS):
        # Same directory, hence same file system: os.replace is then a rename,
        # never a copy. The leading dot keeps it out of ordinary listings.
        temp = os.path.join(directory, f".{stem}.{secrets.token_hex(4)}.tmp")
        try:
            # O_EXCL never reuses (or follows a symlink to) an existing file;
            # 0o666 lets the umask decide, as for any newly created file.
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
            return os.open(temp, flags, 0o666), temp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "could not create a unique temporary file", target)


def _write_all(fd: int, payload: bytes) -> None:
    """Write every byte of `payload`; ``os.write`` may write only part of it."""
    view = memoryview(payload)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _fsync_directory(directory: str) -> None:
    """Make the rename itself durable; best effort, as not every system allows it."""
    if os.name != "posix":
        return
    try:
        fd = os.open(directory or ".", os.O_RDONLY)
    except OSError:
        return
    try:
        # The new file is already complete and in place; failing to sync the
        # directory entry only weakens durability, so it is not an error.
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def _with_path(exc: OSError, path: str) -> OSError:
    """Return an error like `exc` that names `path` (not the temp file) in its message."""
    if exc.errno is None:
        return OSError(f"cannot write {path}: {exc}")
    # OSError(errno, ...) picks the matching subclass (PermissionError, ...).
    return OSError(exc.errno, exc.strerror or os.strerror(exc.errno), path)
