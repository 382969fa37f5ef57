"""Saving is atomic: a failure at any moment leaves the previous file intact and no litter."""

import errno
import os

import pytest

from answerletter.fileformat import KvbError, atomic, load_letter, save_letter
from answerletter.templates import empty_letter

from seed_letter import build_seed_letter


@pytest.fixture
def saved(tmp_path):
    path = tmp_path / "brief.kvb"
    save_letter(build_seed_letter(), path)
    return path


def _litter(folder):
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_save_creates_and_replaces(saved):
    save_letter(empty_letter(), saved)
    assert load_letter(saved) == empty_letter()
    assert _litter(saved.parent) == []


def test_write_failing_halfway_leaves_the_original(saved, monkeypatch):
    original = saved.read_bytes()

    def fail_fsync(fd):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(atomic.os, "fsync", fail_fsync)
    with pytest.raises(KvbError, match="could not be saved: Input/output error"):
        save_letter(empty_letter(), saved)
    assert saved.read_bytes() == original
    assert _litter(saved.parent) == []


def test_full_disk(saved, monkeypatch):
    original = saved.read_bytes()

    def no_space(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", no_space)
    with pytest.raises(KvbError, match="The disk is full"):
        save_letter(empty_letter(), saved)
    assert saved.read_bytes() == original


def test_rename_failing_leaves_the_original(saved, monkeypatch):
    original = saved.read_bytes()

    def refuse(self, target):
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.Path, "replace", refuse)
    with pytest.raises(KvbError, match="no permission to write"):
        save_letter(empty_letter(), saved)
    assert saved.read_bytes() == original
    assert _litter(saved.parent) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_folder(saved):
    saved.parent.chmod(0o555)
    try:
        with pytest.raises(KvbError, match="no permission to write"):
            save_letter(empty_letter(), saved)
    finally:
        saved.parent.chmod(0o755)


def test_vanished_folder(tmp_path):
    with pytest.raises(KvbError, match="does not exist"):
        save_letter(empty_letter(), tmp_path / "gone" / "brief.kvb")


def test_inconsistent_letter_is_not_written(saved):
    from dataclasses import replace

    from answerletter.model import Answer

    letter = build_seed_letter()
    broken = replace(letter, answers=(*letter.answers, Answer("a99", ("q404",))))
    original = saved.read_bytes()
    with pytest.raises(KvbError, match="inconsistent"):
        save_letter(broken, saved)
    assert saved.read_bytes() == original


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_replacing_keeps_the_file_mode(saved):
    saved.chmod(0o640)
    save_letter(empty_letter(), saved)
    assert saved.stat().st_mode & 0o777 == 0o640


def test_read_only_folder_simulated(saved, monkeypatch):
    """As root (CI) folder permissions do not bite; the OS error is simulated instead."""
    original = saved.read_bytes()

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(atomic, "open_temporary", read_only)
    with pytest.raises(KvbError, match=r"no permission to write in .*choose another folder"):
        save_letter(empty_letter(), saved)
    assert saved.read_bytes() == original
