"""The safety mechanics under attack, without windows: the fingerprint never blocks on a named
pipe nor reads a giant; saves through a link reach the real file; locks are written whole
or not at all, and a reused process id or an empty lock does not keep a letter locked; the
recovery folder ignores what is not a file; a full disk names the letter."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import threading
import tracemalloc
from pathlib import Path

import pytest

from answerletter import processes as procs
from answerletter.fileformat import KvbError, load_letter, save_letter
from answerletter.model.synthetic import generate_letter
from answerletter.safety.locks import FileLock, LockInfo, lock_path, read_lock
from answerletter.safety.recovery import RecoveryStore, new_key
from answerletter.safety.saving import (
    backup_path,
    fingerprint,
    same_content,
    save_letter_with_backup,
)
from answerletter.templates import empty_letter

posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs, links and mounts")
#: A guard against hanging for ever if a FIFO were opened blocking (not a synchronisation).
RESCUE_SECONDS = 120


@pytest.fixture
def letter_file(tmp_path):
    path = tmp_path / "brief.kvb"
    save_letter(generate_letter(3, seed=1), path)
    return path


def rescued_call(fifo: Path, function):
    """Call *function*; if it is still blocked on *fifo* after RESCUE_SECONDS, open the
    FIFO's other end so the test fails instead of hanging. Returns (result, rescued)."""
    done = threading.Event()
    rescued = []

    def rescue():
        if not done.wait(RESCUE_SECONDS):
            rescued.append(True)
            for flags in (os.O_WRONLY | os.O_NONBLOCK, os.O_RDONLY | os.O_NONBLOCK):
                try:
                    os.close(os.open(fifo, flags))
                except OSError:
                    continue

    thread = threading.Thread(target=rescue, daemon=True)
    thread.start()
    try:
        result = function()
    finally:
        done.set()
        thread.join()
    return result, bool(rescued)


# -- items 1 and 2: the watcher's fingerprint --


@posix_only
def test_a_letter_replaced_by_a_named_pipe_is_a_change_and_is_never_opened(letter_file):
    known = fingerprint(letter_file)
    letter_file.unlink()
    os.mkfifo(letter_file)
    (now, same), rescued = rescued_call(
        letter_file, lambda: (fingerprint(letter_file), same_content(letter_file, known))
    )
    assert not rescued
    assert now is None and same is False


def test_a_giant_replacing_the_letter_is_noticed_without_reading_it(letter_file):
    known = fingerprint(letter_file)
    assert known is not None and known.digest
    replacement = letter_file.with_name("groot.tmp")
    with replacement.open("wb") as stream:
        stream.truncate(2 * 1024**3)  # sparse 2 GB
    replacement.replace(letter_file)
    tracemalloc.start()
    try:
        changed = not same_content(letter_file, known)
        giant = fingerprint(letter_file)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert changed
    assert giant is not None and giant.size == 2 * 1024**3 and giant.digest == ""
    assert peak < 4 * 1024 * 1024


def test_a_same_size_file_with_another_time_is_hashed_in_pieces(letter_file):
    known = fingerprint(letter_file)
    os.utime(letter_file, ns=(known.mtime_ns + 10**9, known.mtime_ns + 10**9))  # a sync client
    assert same_content(letter_file, known)
    data = bytearray(letter_file.read_bytes())
    data[-3] ^= 1  # same size, other content
    letter_file.write_bytes(bytes(data))
    assert not same_content(letter_file, known)


# -- item 4: saving through a symbolic link --


@posix_only
def test_saving_through_a_link_writes_the_real_file_and_keeps_the_link(tmp_path, letter_file):
    shared = tmp_path / "gedeeld"
    shared.mkdir()
    real = shared / "brief.kvb"
    letter_file.rename(real)
    link = tmp_path / "snelkoppeling.kvb"
    link.symlink_to(real)
    before = real.read_bytes()
    edited = generate_letter(5, seed=2)

    known = save_letter_with_backup(edited, link, keep_backup=True)

    assert link.is_symlink() and link.resolve() == real
    assert load_letter(real) == edited
    assert backup_path(real).read_bytes() == before  # the backup is beside the real file
    assert not backup_path(link).exists()
    assert same_content(link, known) and same_content(real, known)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gedeeld", "snelkoppeling.kvb"]


@posix_only
def test_a_relative_link_and_a_link_to_a_link_are_followed(tmp_path, letter_file):
    first = tmp_path / "a.kvb"
    first.symlink_to("brief.kvb")
    second = tmp_path / "b.kvb"
    second.symlink_to(first)
    save_letter(empty_letter(), second)
    assert first.is_symlink() and second.is_symlink()
    assert load_letter(letter_file) == empty_letter()


@posix_only
def test_the_lock_is_named_after_the_real_file(tmp_path, letter_file):
    link = tmp_path / "elders" / "snelkoppeling.kvb"
    link.parent.mkdir()
    link.symlink_to(letter_file)
    assert lock_path(link) == lock_path(letter_file) == tmp_path / ".~lock.brief.kvb#"
    lock = FileLock(link)
    lock.acquire()
    try:
        seen = read_lock(letter_file)  # someone who opened the real path sees it
        assert seen is not None and seen.is_ours()
        with pytest.raises(FileExistsError):
            FileLock(letter_file).acquire()
    finally:
        lock.release()
    assert read_lock(letter_file) is None


# -- item 8: a lock is written whole or not at all; an empty one is stale --


@pytest.fixture
def small_disk(tmp_path):
    """A real, tiny file system (tmpfs) that fills up; skipped where mounting is not allowed."""
    mount = tmp_path / "schijf"
    mount.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=128k,mode=0755", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (not root, or not allowed)")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], capture_output=True, check=False)


def fill(disk: Path) -> None:
    """Fill *disk* to the last byte."""
    descriptor = os.open(disk / "vulling", os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        for size in (65536, 4096, 1):
            try:
                while True:
                    os.write(descriptor, b"\0" * size)
            except OSError as error:
                assert error.errno == errno.ENOSPC
    finally:
        os.close(descriptor)


def test_a_full_disk_while_locking_leaves_no_lock_file(small_disk):
    letter = small_disk / "brief.kvb"
    save_letter(generate_letter(2, seed=4), letter)
    before = letter.read_bytes()
    fill(small_disk)
    with pytest.raises(OSError) as caught:
        FileLock(letter).acquire()
    assert caught.value.errno == errno.ENOSPC
    assert not lock_path(letter).exists()
    assert sorted(p.name for p in small_disk.iterdir()) == ["brief.kvb", "vulling"]
    assert letter.read_bytes() == before


@pytest.mark.parametrize("content", [b"", b"  \n", b"\xff garbage", b'{"user": '])
def test_an_empty_or_unreadable_lock_is_stale_and_taken_over(letter_file, content):
    lock_path(letter_file).write_bytes(content)
    info = read_lock(letter_file)
    assert info is not None and not info.readable and info.is_stale()
    lock = FileLock(letter_file)
    lock.acquire(take_over=True)
    assert read_lock(letter_file).is_ours()
    lock.release()


@posix_only
def test_a_lock_file_that_is_a_named_pipe_is_read_without_blocking(letter_file):
    os.mkfifo(lock_path(letter_file))
    info, rescued = rescued_call(lock_path(letter_file), lambda: read_lock(letter_file))
    assert not rescued
    assert info is not None and info.is_stale()


def test_a_libreoffice_lock_of_the_same_name_still_counts(letter_file):
    lock_path(letter_file).write_text("Jan Jansen,pc-17,jan,20.05.2026 09:00,file:///x;")
    info = read_lock(letter_file)
    assert info is not None and info.user == "Jan Jansen" and info.host == "pc-17"
    assert not info.is_stale()


# -- item 9: a process id recorded with the process's start and the machine's boot --


@pytest.fixture
def other_process():
    process = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"],
                               stdin=subprocess.PIPE)  # fmt: skip
    yield process
    process.stdin.close()
    process.wait(RESCUE_SECONDS)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc start times")
def test_our_lock_records_the_process_start_and_the_boot(letter_file):
    lock = FileLock(letter_file)
    lock.acquire()
    try:
        data = json.loads(lock_path(letter_file).read_text())
        assert data["boot"] == procs.boot_id() != ""
        assert data["started"] == procs.start_time(os.getpid()) != ""
        assert not read_lock(letter_file).is_stale()
    finally:
        lock.release()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc start times")
def test_a_reused_process_id_does_not_keep_a_lock_alive(letter_file, other_process):
    """The lock's pid now belongs to another running process (after a reboot, or simply
    reused): stale. The same process (same start, same boot) is live."""
    pid = other_process.pid
    started = procs.start_time(pid)
    host, boot = procs.host_name(), procs.boot_id()
    live = LockInfo("ik", host, pid, "2026-05-20T09:00:00+00:00", boot, started)
    after_reboot = LockInfo("ik", host, pid, "2026-05-20T09:00:00+00:00", "another-boot", "5")
    reused = LockInfo("ik", host, pid, "2026-05-20T09:00:00+00:00", boot, str(int(started) - 1))
    legacy = LockInfo("ik", host, pid, "2026-05-20T09:00:00+00:00")  # no start recorded
    assert not live.is_stale() and not legacy.is_stale()
    assert after_reboot.is_stale() and reused.is_stale()
    lock_path(letter_file).write_bytes(reused.encode())
    assert read_lock(letter_file).is_stale()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc start times")
def test_a_recovery_copy_of_a_reused_process_id_is_offered(tmp_path, other_process):
    store = RecoveryStore(tmp_path / "recovery")
    key = new_key()
    store.write(key, generate_letter(2, seed=5), None, "brief")
    meta = json.loads(store.meta_file(key).read_text())
    assert meta["started"] == procs.start_time(os.getpid())
    assert store.orphans() == []  # this editor runs
    meta.update(pid=other_process.pid, started="1")
    store.meta_file(key).write_text(json.dumps(meta))
    assert [entry.key for entry in store.orphans()] == [key]


# -- recovery folder: nothing but files is read --


@posix_only
def test_named_pipes_in_the_recovery_folder_are_passed_over(tmp_path):
    store = RecoveryStore(tmp_path / "recovery")
    good = new_key()
    store.write(good, generate_letter(2, seed=6), None, "goed")
    pipe_meta = new_key()
    os.mkfifo(store.meta_file(pipe_meta))
    store.letter_file(pipe_meta).write_bytes(store.letter_file(good).read_bytes())
    pipe_letter = new_key()
    store.meta_file(pipe_letter).write_text(
        store.meta_file(good).read_text().replace('"goed"', '"pijp"')
    )
    os.mkfifo(store.letter_file(pipe_letter))
    entries, rescued = rescued_call(store.meta_file(pipe_meta), store.entries)
    assert not rescued
    assert [entry.key for entry in entries] == [good]
    assert store.read(entries[0]) == generate_letter(2, seed=6)


# -- item 15: a full disk names the letter, not its backup --


def test_a_full_disk_names_the_letter_and_keeps_it(small_disk):
    letter = small_disk / "brief.kvb"
    save_letter(generate_letter(2, seed=7), letter)
    before = letter.read_bytes()
    fill(small_disk)
    with pytest.raises(KvbError) as caught:
        save_letter_with_backup(generate_letter(3, seed=8), letter, keep_backup=True)
    assert str(caught.value) == (
        f"The disk is full; {letter} was not saved (the previous version is unchanged)"
    )
    assert ".bak" not in str(caught.value)
    assert letter.read_bytes() == before
    assert sorted(p.name for p in small_disk.iterdir()) == ["brief.kvb", "vulling"]


# -- item 1: logo files --


@posix_only
def test_a_logo_that_is_a_named_pipe_or_a_giant_is_passed_over(qapp, tmp_path):
    from answerletter.layout.logo import MAX_LOGO_BYTES, load_logo

    pipe = tmp_path / "logo.png"
    os.mkfifo(pipe)
    logo, rescued = rescued_call(pipe, lambda: load_logo(pipe))
    assert not rescued and logo is None
    giant = tmp_path / "groot.svg"
    with giant.open("wb") as stream:
        stream.truncate(MAX_LOGO_BYTES + 1)
    assert load_logo(giant) is None
    device = tmp_path / "nul.png"
    device.symlink_to("/dev/zero")
    assert load_logo(device) is None


def test_an_ordinary_logo_still_loads(qapp, tmp_path):
    from PySide6.QtGui import QColor, QImage

    from answerletter.layout.logo import load_logo

    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    path = tmp_path / "logo.png"
    assert image.save(str(path))
    logo = load_logo(path)
    assert logo is not None and (logo.size.width(), logo.size.height()) == (40, 20)
