"""Atomic file replacement, so a crash or a full disk during a save never costs the old file.

`write_atomic` writes the new content to a temporary file in the same directory as
the target, flushes it to the disk (``fsync``) and only then renames it over the
target with ``os.replace``, which is atomic on POSIX and Windows. Readers therefore
see either the complete old file or the complete new one. On any failure the
temporary file is removed, the old file is left untouched, and the error is raised
as an `OSError` (or subclass, such as `PermissionError`) whose message names the
target path. This is the standard-library counterpart of Qt's ``QSaveFile``, usable
from the headless core.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat

__all__ = ["write_atomic"]

# Enough attempts that a clash of random temp names is practically impossible,
# few enough that a directory where O_EXCL always fails cannot loop forever.
_TEMP_NAME_ATTEMPTS = 100


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
        file, if any, is unchanged and no temporary file is left behind.
    TypeError
        If `data` is neither `str` nor `bytes`.

    Notes
    -----
    An existing file keeps its permission bits; a new file gets the default
    permissions (``0o666`` less the umask), as an ordinary ``open`` would give.
    Owner and group are not copied (only root could do that).
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
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise _with_path(exc, shown) from exc

    temp = None
    try:
        fd, temp = _create_temp(target)
        try:
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


def _create_temp(target: str) -> tuple[int, str]:
    """Create and open a new, empty temp file next to `target`; return (fd, name)."""
    directory, name = os.path.split(target)
    for _ in range(_TEMP_NAME_ATTEMPTS):
        # Same directory, hence same file system: os.replace is then a rename,
        # never a copy. The leading dot keeps it out of ordinary listings.
        temp = os.path.join(directory, f".{name}.{secrets.token_hex(4)}.tmp")
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
