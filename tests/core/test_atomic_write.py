"""Tests of atomic writes: the old file survives every failure and no temp file is left."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from core.atomic_write import write_atomic

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


def test_permission_denied_by_the_file_system(tmp_path: Path) -> None:
    if os.name != "posix" or os.geteuid() == 0:
        pytest.skip("root (or a non-POSIX system) writes into read-only directories")
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / "f.json"
    path.write_text(OLD, encoding="utf-8")
    folder.chmod(0o500)
    try:
        with pytest.raises(PermissionError) as info:
            write_atomic(path, "new")
        assert str(path) in str(info.value)
        _assert_untouched(path)
    finally:
        folder.chmod(0o700)


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
