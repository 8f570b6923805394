"""Tests of atomic writes: the old file survives every failure and no temp file is left."""

from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from core import atomic_write
from core.atomic_write import STALE_TEMP_SECONDS, remove_stale_temp_files, write_atomic

ROOT = Path(__file__).resolve().parents[2]

OLD = "old content, must survive\n"


@pytest.fixture
def existing(tmp_path: Path) -> Path:
    path = tmp_path / "session.json"
    path.write_text(OLD, encoding="utf-8")
    return path


def _assert_untouched(path: Path) -> None:
    assert path.read_text(encoding="utf-8") == OLD
    # Nothing but the original file: no temp file left behind.
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_creates_a_new_file_from_text_as_utf8(tmp_path: Path) -> None:
    path = tmp_path / "new.json"
    write_atomic(path, "Grüße, 你好\n")
    assert path.read_bytes() == "Grüße, 你好\n".encode()
    assert [p.name for p in tmp_path.iterdir()] == ["new.json"]


def test_replaces_an_existing_file_with_bytes(existing: Path) -> None:
    write_atomic(str(existing), b"\x00new\xff")
    assert existing.read_bytes() == b"\x00new\xff"
    assert [p.name for p in existing.parent.iterdir()] == [existing.name]


def test_empty_data_gives_an_empty_file(existing: Path) -> None:
    write_atomic(existing, "")
    assert existing.read_bytes() == b""


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_keeps_the_permissions_of_an_existing_file(existing: Path) -> None:
    existing.chmod(0o640)
    write_atomic(existing, "new")
    assert stat.S_IMODE(existing.stat().st_mode) == 0o640


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_a_new_file_gets_the_usual_permissions_not_the_temp_files(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "new.txt", "x")
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o644


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_writes_through_a_symbolic_link_and_keeps_the_link(existing: Path) -> None:
    link = existing.parent / "link.json"
    link.symlink_to(existing.name)
    write_atomic(link, "via link")
    assert link.is_symlink()
    assert existing.read_text(encoding="utf-8") == "via link"


def test_failing_rename_leaves_the_old_file_and_no_temp_file(
    existing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(src: str, dst: str) -> None:
        raise OSError(errno.EXDEV, "Invalid cross-device link", src, None, dst)

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError) as info:
        write_atomic(existing, "new content")
    assert info.value.errno == errno.EXDEV
    assert str(existing) in str(info.value)
    # The message names the user's file, not the temp file.
    assert ".tmp" not in str(info.value)
    _assert_untouched(existing)


def test_disk_full_midway_leaves_the_old_file_and_no_temp_file(
    existing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write = os.write
    calls = []

    def write_half_then_fail(fd: int, data: bytes) -> int:
        calls.append(len(data))
        if len(calls) == 1:
            # A partial write, as the OS may do; the loop must go on.
            return real_write(fd, bytes(data[: len(data) // 2]))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", write_half_then_fail)
    with pytest.raises(OSError) as info:
        write_atomic(existing, "x" * 10_000)
    assert len(calls) == 2
    assert info.value.errno == errno.ENOSPC
    assert str(existing) in str(info.value)
    _assert_untouched(existing)


def test_failing_fsync_leaves_the_old_file(existing: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(OSError, match="Input/output error") as info:
        write_atomic(existing, "new")
    assert info.value.filename == str(existing)
    _assert_untouched(existing)


def test_an_interrupt_midway_removes_the_temp_file(
    existing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupt(fd: int, data: bytes) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "write", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(existing, "new")
    _assert_untouched(existing)


def test_missing_directory_is_a_file_not_found_error_naming_the_path(tmp_path: Path) -> None:
    path = tmp_path / "no" / "such" / "dir" / "f.json"
    with pytest.raises(FileNotFoundError) as info:
        write_atomic(path, "x")
    assert str(path) in str(info.value)


def test_a_directory_cannot_be_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "folder"
    target.mkdir()
    (target / "inside.txt").write_text("keep", encoding="utf-8")
    with pytest.raises(IsADirectoryError) as info:
        write_atomic(target, "x")
    assert str(target) in str(info.value)
    assert (target / "inside.txt").read_text(encoding="utf-8") == "keep"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder"]


def test_a_path_through_a_regular_file_is_refused_by_the_file_system(tmp_path: Path) -> None:
    # ENOTDIR: refused for root too, unlike a folder without write permission.
    (tmp_path / "plain").write_text(OLD, encoding="utf-8")
    path = tmp_path / "plain" / "f.json"
    with pytest.raises(OSError) as info:
        write_atomic(path, "new")
    assert str(path) in str(info.value)
    if os.name == "posix":
        assert info.value.errno == errno.ENOTDIR
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plain"]
    assert (tmp_path / "plain").read_text(encoding="utf-8") == OLD


def test_a_name_too_long_for_the_file_system_is_refused(tmp_path: Path) -> None:
    path = tmp_path / ("n" * 300 + ".json")
    with pytest.raises(OSError) as info:
        write_atomic(path, "new")
    assert str(path) in str(info.value)
    if os.name == "posix":
        assert info.value.errno == errno.ENAMETOOLONG
    assert list(tmp_path.iterdir()) == []


def test_a_long_name_the_file_system_allows_is_written(tmp_path: Path) -> None:
    # The temp file's name adds 14 characters; they must not push it over 255.
    path = tmp_path / ("n" * 250 + ".json")
    write_atomic(path, "new")
    write_atomic(path, "newer")
    assert path.read_text(encoding="utf-8") == "newer"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


_FILE_SIZE_LIMITED = """
import os, resource, signal, sys
sys.path.insert(0, sys.argv[1])
from core.atomic_write import write_atomic
# Without this the kernel would end the process at the limit instead of failing the write.
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
try:
    write_atomic(sys.argv[2], b"n" * 100_000)
except OSError as exc:
    print(exc.errno, exc.filename)
"""


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE")
def test_a_write_the_file_system_stops_midway_keeps_the_old_file(existing: Path) -> None:
    # A file size limit fails the write after the temp file has data in it, as
    # a full disk does, and it binds root too.
    proc = subprocess.run(
        [sys.executable, "-c", _FILE_SIZE_LIMITED, str(ROOT), str(existing)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == f"{errno.EFBIG} {existing}\n"
    _assert_untouched(existing)


def test_permission_denied_is_a_permission_error_naming_the_path(
    existing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Works as root too: the denial is injected where the temp file is created.
    def deny(name: str, *args: object) -> int:
        raise PermissionError(errno.EACCES, "Permission denied", name)

    monkeypatch.setattr(os, "open", deny)
    with pytest.raises(PermissionError) as info:
        write_atomic(existing, "new")
    assert info.value.filename == str(existing)
    assert str(existing) in str(info.value)
    _assert_untouched(existing)


def test_rejects_data_that_is_not_text_or_bytes(existing: Path) -> None:
    with pytest.raises(TypeError, match="data must be str or bytes"):
        write_atomic(existing, 42)  # type: ignore[arg-type]
    _assert_untouched(existing)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_is_not_replaced(tmp_path: Path) -> None:
    # Renaming over a FIFO (or /dev/null, for root) would destroy it.
    fifo = tmp_path / "out.json"
    os.mkfifo(fifo)
    with pytest.raises(OSError) as info:
        write_atomic(fifo, "new")
    assert info.value.errno == errno.EINVAL
    assert str(fifo) in str(info.value)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


# --- leftovers of interrupted writes -----------------------------------------------

_KILLED_MIDWAY = """
import os, sys, time
sys.path.insert(0, sys.argv[1])
from core import atomic_write
real_write = os.write

def write_then_stall(fd, data):
    written = real_write(fd, bytes(data[:4096]))
    print("writing", flush=True)
    time.sleep(600)
    return written

os.write = write_then_stall
atomic_write.write_atomic(sys.argv[2], b"n" * 1_000_000)
"""


def _kill_a_writer_midway(target: Path) -> None:
    """Run a write to `target` in a subprocess and SIGKILL it while it writes."""
    proc = subprocess.Popen(
        [sys.executable, "-c", _KILLED_MIDWAY, str(ROOT), str(target)],
        stdout=subprocess.PIPE,
        text=True,
    )
    # Should the child never get to write, the test fails rather than hangs.
    watchdog = threading.Timer(60, proc.kill)
    watchdog.start()
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline() == "writing\n"
    finally:
        proc.kill()
        proc.wait(timeout=60)
        watchdog.cancel()
        if proc.stdout is not None:
            proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL


def _age(path: Path, seconds: float) -> None:
    """Make `path` look untouched for `seconds`, as if that much time had passed."""
    then = time.time() - seconds
    os.utime(path, (then, then), follow_symlinks=False)


def _leftovers(folder: Path, name: str) -> list[Path]:
    return sorted(folder.glob(f".{name}.*.tmp"))


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_write_killed_midway_is_cleaned_up_by_a_later_write(existing: Path) -> None:
    folder = existing.parent
    _kill_a_writer_midway(existing)
    assert existing.read_text(encoding="utf-8") == OLD
    (leftover,) = _leftovers(folder, existing.name)
    assert leftover.stat().st_size == 4096

    # Files that must survive: another file's leftover, look-alikes, and
    # things that are not regular files.
    other = folder / ".other.json.0123abcd.tmp"
    keep = [
        other,
        folder / f".{existing.name}.0123ABCD.tmp",
        folder / f".{existing.name}.0123abc.tmp",
        folder / f"{existing.name}.0123abcd.tmp",
        folder / f".{existing.name}.0123abcd.tmp.bak",
        folder / "notes.txt",
    ]
    for path in keep:
        path.write_text("keep", encoding="utf-8")
    (folder / f".{existing.name}.feedface.tmp").mkdir()
    (folder / f".{existing.name}.deadbeef.tmp").symlink_to("notes.txt")
    for path in [*keep, leftover, folder / f".{existing.name}.deadbeef.tmp"]:
        _age(path, 2 * STALE_TEMP_SECONDS)

    # Just killed, the leftover is younger than a moment: the next write keeps it.
    _age(leftover, STALE_TEMP_SECONDS / 2)
    write_atomic(existing, "second")
    assert leftover.exists()
    _age(leftover, 2 * STALE_TEMP_SECONDS)
    write_atomic(existing, "third")
    assert not leftover.exists()
    assert existing.read_text(encoding="utf-8") == "third"
    for path in keep:
        assert path.read_text(encoding="utf-8") == "keep"
    assert (folder / f".{existing.name}.feedface.tmp").is_dir()
    assert (folder / f".{existing.name}.deadbeef.tmp").is_symlink()
    # The folder-wide cleanup (for the autosave folder) takes every target's leftovers.
    assert remove_stale_temp_files(folder) == [str(other)]


@pytest.mark.skipif(atomic_write.fcntl is None, reason="advisory locks")
def test_a_leftover_a_live_writer_holds_is_kept_however_old(tmp_path: Path) -> None:
    temp = tmp_path / ".s.json.0123abcd.tmp"
    temp.write_bytes(b"half")
    _age(temp, 10 * STALE_TEMP_SECONDS)
    fd = os.open(temp, os.O_RDONLY)
    try:
        atomic_write.fcntl.flock(fd, atomic_write.fcntl.LOCK_EX)
        assert remove_stale_temp_files(tmp_path, "s.json", min_age=0) == []
        assert temp.exists()
    finally:
        os.close(fd)
    assert remove_stale_temp_files(tmp_path, "s.json") == [str(temp)]


def test_only_leftovers_of_the_named_target_are_removed(tmp_path: Path) -> None:
    mine = tmp_path / ".a.json.00000000.tmp"
    theirs = tmp_path / ".b.json.00000000.tmp"
    for path in (mine, theirs):
        path.write_bytes(b"x")
        _age(path, 2 * STALE_TEMP_SECONDS)
    assert remove_stale_temp_files(tmp_path, "a.json") == [str(mine)]
    assert theirs.exists()


def test_a_leftover_dated_in_the_future_is_stale_too(tmp_path: Path) -> None:
    # A clock set back must not make a leftover immortal.
    temp = tmp_path / ".s.json.0123abcd.tmp"
    temp.write_bytes(b"x")
    _age(temp, -2 * STALE_TEMP_SECONDS)
    assert remove_stale_temp_files(tmp_path) == [str(temp)]


def test_cleaning_a_folder_that_is_not_there_does_nothing(tmp_path: Path) -> None:
    assert remove_stale_temp_files(tmp_path / "missing") == []
    assert remove_stale_temp_files(tmp_path / "missing", "s.json") == []


def test_the_leftovers_of_a_long_named_target_are_recognized(tmp_path: Path) -> None:
    # Its temp files hold a shortened name (see test_a_long_name_..._is_written).
    target = tmp_path / ("n" * 250 + ".json")
    write_atomic(target, "first")
    leftover = tmp_path / f".{'n' * 241}.0123abcd.tmp"
    leftover.write_bytes(b"x")
    _age(leftover, 2 * STALE_TEMP_SECONDS)
    write_atomic(target, "second")
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
