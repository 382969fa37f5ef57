"""The Qt-free parts: recovery copies, lock files and saving with a backup."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys

import pytest

from answerletter import processes as procs
from answerletter.fileformat import KvbError, atomic, load_letter, save_letter
from answerletter.safety.locks import FileLock, LockInfo, lock_path, read_lock
from answerletter.safety.recovery import RecoveryStore, new_key
from answerletter.safety.saving import (
    backup_path,
    fingerprint,
    same_content,
    save_letter_with_backup,
)
from answerletter.testing.synthetic import generate_letter


def dead_pid() -> int:
    """The id of a process that has exited (and been reaped)."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


# -- recovery store --


def test_recovery_copy_round_trip_and_removal(tmp_path):
    store = RecoveryStore(tmp_path / "recovery")
    letter = generate_letter(4, seed=3)
    key = new_key()
    store.write(key, letter, tmp_path / "brief.kvb", "brief.kvb")
    (entry,) = store.entries()
    assert entry.key == key
    assert entry.original == tmp_path / "brief.kvb"
    assert entry.title == "brief.kvb"
    assert store.read(entry) == letter
    assert entry.writer_alive()  # written by this very process
    assert store.orphans() == []
    store.remove(key)
    assert store.entries() == []
    assert list((tmp_path / "recovery").iterdir()) == []


def test_copies_of_dead_editors_are_orphans_newest_first(tmp_path):
    store = RecoveryStore(tmp_path)
    first, second = new_key(), new_key()
    store.write(first, generate_letter(1, seed=1), None, "")
    store.write(second, generate_letter(2, seed=2), None, "")
    pid = dead_pid()
    for key, stamp in ((first, "2026-05-01T10:00:00+00:00"), (second, "2026-05-02T10:00:00+00:00")):
        meta = json.loads(store.meta_file(key).read_text())
        meta.update(pid=pid, saved_at=stamp)
        store.meta_file(key).write_text(json.dumps(meta))
    assert [entry.key for entry in store.orphans()] == [second, first]


def test_broken_metadata_or_missing_letter_is_not_offered(tmp_path):
    store = RecoveryStore(tmp_path)
    good, bad, lonely = new_key(), new_key(), new_key()
    for key in (good, bad, lonely):
        store.write(key, generate_letter(1, seed=1), None, "")
    store.meta_file(bad).write_text("{not json")
    store.letter_file(lonely).unlink()
    assert [entry.key for entry in store.entries()] == [good]


def test_missing_folder_has_no_entries(tmp_path):
    assert RecoveryStore(tmp_path / "none").entries() == []


# -- locks --


def test_lock_written_read_and_released(tmp_path):
    letter = tmp_path / "brief.kvb"
    lock = FileLock(letter)
    lock.acquire()
    assert lock_path(letter) == tmp_path / ".~lock.brief.kvb#"
    info = read_lock(letter)
    assert info == lock.info
    assert info.user == procs.user_name()
    assert info.host == procs.host_name() and info.pid == os.getpid()
    assert info.is_ours() and not info.is_stale()
    with pytest.raises(FileExistsError):
        FileLock(letter).acquire()
    lock.release()
    assert read_lock(letter) is None


def test_a_lock_taken_over_by_someone_else_is_left_alone(tmp_path):
    letter = tmp_path / "brief.kvb"
    mine = FileLock(letter)
    mine.acquire()
    other = LockInfo("collega", "andere-pc", 4242, "2026-05-20T09:00:00+00:00")
    lock_path(letter).write_bytes(other.encode())
    mine.release()
    assert read_lock(letter) == other
    assert not other.is_stale()  # another machine: cannot be checked, so it counts


def test_stale_lock_of_a_dead_process_on_this_machine(tmp_path):
    info = LockInfo("ik", procs.host_name(), dead_pid(), "2026-05-20T09:00:00+00:00")
    assert info.is_stale()
    letter = tmp_path / "brief.kvb"
    lock_path(letter).write_bytes(info.encode())
    FileLock(letter).acquire(take_over=True)
    assert read_lock(letter).is_ours()


def test_unreadable_lock_is_stale_and_names_nobody(tmp_path):
    letter = tmp_path / "brief.kvb"
    lock_path(letter).write_bytes(b"\xff garbage")
    info = read_lock(letter)
    # Issue 10, item 8: an unreadable lock of our naming (what a full disk leaves) is stale.
    assert info is not None and info.is_stale() and not info.is_ours()


# -- saving with a backup --


def test_save_keeps_the_previous_version_as_backup(tmp_path):
    path = tmp_path / "brief.kvb"
    first, second, third = (generate_letter(n, seed=n) for n in (1, 2, 3))
    save_letter_with_backup(first, path, keep_backup=True)
    assert not backup_path(path).exists()  # nothing to keep yet
    save_letter_with_backup(second, path, keep_backup=True)
    assert load_letter(backup_path(path)) == first
    known = save_letter_with_backup(third, path, keep_backup=True)
    assert load_letter(backup_path(path)) == second
    assert load_letter(path) == third
    assert same_content(path, known)
    save_letter_with_backup(third, path, keep_backup=True)  # unchanged: backup stays older
    assert load_letter(backup_path(path)) == second


def test_no_backup_when_switched_off(tmp_path):
    path = tmp_path / "brief.kvb"
    save_letter(generate_letter(1, seed=1), path)
    save_letter_with_backup(generate_letter(2, seed=2), path, keep_backup=False)
    assert not backup_path(path).exists()


def test_failing_save_leaves_file_and_backup_intact(tmp_path, monkeypatch):
    path = tmp_path / "brief.kvb"
    save_letter_with_backup(generate_letter(1, seed=1), path, keep_backup=True)
    save_letter_with_backup(generate_letter(2, seed=2), path, keep_backup=True)
    before = path.read_bytes(), backup_path(path).read_bytes()

    def no_space(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", no_space)
    with pytest.raises(KvbError, match="disk is full"):
        save_letter_with_backup(generate_letter(3, seed=3), path, keep_backup=True)
    assert (path.read_bytes(), backup_path(path).read_bytes()) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.kvb", "brief.kvb.bak"]


def test_fingerprint_tells_an_outside_change(tmp_path):
    path = tmp_path / "brief.kvb"
    known = save_letter_with_backup(generate_letter(1, seed=1), path, keep_backup=False)
    os.utime(path, ns=(1, 1))  # touched, same bytes: not a change
    assert same_content(path, known)
    path.write_bytes(path.read_bytes() + b"\n")
    assert not same_content(path, known)
    path.unlink()
    assert fingerprint(path) is None and not same_content(path, known)


def test_a_letter_that_could_not_be_opened_again_is_not_written(tmp_path):
    """The reader refuses single texts beyond 10 MB; the writer does not. Saving such a
    letter over a good file would lose it, so the save is refused and the file kept."""
    from answerletter.model import RichText
    from answerletter.model.operations import set_answer_text

    path = tmp_path / "brief.kvb"
    letter = generate_letter(2, seed=1)
    save_letter(letter, path)
    before = path.read_bytes()
    huge = set_answer_text(letter, letter.answers[0].id, RichText.plain("x" * 10_000_001))
    with pytest.raises(KvbError, match=r"could not be opened again.*larger than 10 MB"):
        save_letter_with_backup(huge, path, keep_backup=True)
    assert path.read_bytes() == before
    assert not backup_path(path).exists()
