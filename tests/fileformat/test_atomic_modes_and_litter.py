"""What an atomic save leaves behind: the mode a colleague needs to open the file, and no
temporary files from a save that was killed half-way."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from answerletter.fileformat import atomic, load_letter, save_letter
from answerletter.templates import empty_letter

from seed_letter import build_seed_letter

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX modes and signals")
TIMEOUT = 120  # seconds a helper process may take on a busy machine before the test fails


@pytest.fixture
def umask():
    """Set the process umask for one test (restored afterwards)."""
    previous = os.umask(0o022)
    yield os.umask
    os.umask(previous)


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


@posix_only
@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_a_new_letter_gets_the_mode_any_new_file_gets_under_the_umask(
    tmp_path, umask, mask, expected
):
    umask(mask)
    path = tmp_path / "brief.kvb"
    save_letter(build_seed_letter(), path)
    assert _mode(path) == expected
    assert load_letter(path) == build_seed_letter()


@posix_only
@pytest.mark.parametrize("mode", [0o600, 0o640, 0o664, 0o444])
def test_a_replaced_letter_keeps_its_mode_whatever_the_umask(tmp_path, umask, mode):
    path = tmp_path / "brief.kvb"
    save_letter(build_seed_letter(), path)
    path.chmod(mode)
    umask(0o077)
    save_letter(empty_letter(), path)
    assert _mode(path) == mode
    assert load_letter(path) == empty_letter()


@posix_only
def test_an_explicit_mode_wins(tmp_path, umask):
    path = tmp_path / "kopie.kvb"
    atomic.write_atomically(path, b"x", mode=0o600)
    assert _mode(path) == 0o600


# -- stale temporary files of a killed save --

_KILLED_SAVE = """
import os, sys
from pathlib import Path
from answerletter.fileformat import atomic, save_letter
from answerletter.templates import empty_letter

def hang(descriptor):
    print("writing", flush=True)
    sys.stdin.read()  # until killed

atomic.os.fsync = hang
save_letter(empty_letter(), Path(sys.argv[1]))
"""


def _litter(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def _kill_during_save(path: Path) -> None:
    """A real editor process killed (SIGKILL) in the middle of saving *path*."""
    process = subprocess.Popen(
        [sys.executable, "-c", _KILLED_SAVE, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline() == "writing\n"  # the temporary file is written
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(TIMEOUT)


@posix_only
def test_the_next_save_removes_what_killed_saves_left_behind(tmp_path):
    path = tmp_path / "brief.kvb"
    save_letter(build_seed_letter(), path)
    original = path.read_bytes()
    _kill_during_save(path)
    first = _litter(tmp_path)
    assert len(first) == 1  # the kill left its temporary file (and the letter intact)
    assert path.read_bytes() == original
    _kill_during_save(path)  # the next (killed) save removed it, and left its own
    second = _litter(tmp_path)
    assert len(second) == 1 and second != first
    assert path.read_bytes() == original
    save_letter(empty_letter(), path)
    assert _litter(tmp_path) == []
    assert load_letter(path) == empty_letter()


@posix_only
def test_a_save_in_progress_elsewhere_and_other_files_are_left_alone(tmp_path):
    path = tmp_path / "brief.kvb"
    save_letter(build_seed_letter(), path)
    # A save by a live process on this machine (a second editor in mid-save).
    process = subprocess.Popen(
        [sys.executable, "-c", _KILLED_SAVE, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None and process.stdout.readline() == "writing\n"
        in_progress = _litter(tmp_path)
        # A fresh temporary file in tempfile's old naming (maybe another machine's, in mid-save),
        # an old one in that naming, and files that only look similar.
        fresh = tmp_path / ".brief.kvb.abcd1234.tmp"
        old = tmp_path / ".brief.kvb.wxyz_789.tmp"
        others = [tmp_path / ".andere.kvb.abcd1234.tmp", tmp_path / "brief.kvb.tmp"]
        for item in (fresh, old, *others):
            item.write_bytes(b"partial")
        hour_ago = time.time() - atomic.STALE_TEMPORARY_SECONDS - 60
        os.utime(old, (hour_ago, hour_ago))
        folder = tmp_path / ".brief.kvb.abcdefgh.tmp"
        folder.mkdir()

        save_letter(empty_letter(), path)
        assert _litter(tmp_path) == sorted(
            [*in_progress, fresh.name, folder.name, *(item.name for item in others)]
        )
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(TIMEOUT)
    assert load_letter(path) == empty_letter()
    save_letter(empty_letter(), path)  # now the writer is gone: its file goes too
    assert set(in_progress).isdisjoint(_litter(tmp_path))


def test_a_very_long_name_still_saves_and_cleans_up(tmp_path):
    path = tmp_path / ("lange naam " * 22 + ".kvb")
    assert len(path.name.encode()) < 255
    save_letter(build_seed_letter(), path)
    save_letter(empty_letter(), path)
    assert load_letter(path) == empty_letter()
    assert _litter(tmp_path) == []


@posix_only
def test_a_backup_gets_the_letters_mode(tmp_path, umask):
    from answerletter.safety.saving import backup_path, save_letter_with_backup

    path = tmp_path / "brief.kvb"
    save_letter(build_seed_letter(), path)
    path.chmod(0o640)
    save_letter_with_backup(empty_letter(), path, keep_backup=True)
    assert _mode(backup_path(path)) == 0o640 == _mode(path)
    assert load_letter(backup_path(path)) == build_seed_letter()


@posix_only
def test_recovery_copies_stay_private(tmp_path, umask):
    from answerletter.safety.recovery import RecoveryStore, new_key

    store = RecoveryStore(tmp_path / "recovery")
    key = new_key()
    store.write(key, build_seed_letter(), None, "brief")
    assert _mode(store.letter_file(key)) == 0o600 == _mode(store.meta_file(key))


@posix_only
def test_a_killed_save_through_a_link_is_cleaned_up_at_the_next_one(tmp_path):
    real = tmp_path / "gedeeld" / "brief.kvb"
    real.parent.mkdir()
    save_letter(build_seed_letter(), real)
    link = tmp_path / "snelkoppeling.kvb"
    link.symlink_to(real)
    _kill_during_save(link)
    assert len(_litter(real.parent)) == 1 and _litter(tmp_path) == []  # beside the real file
    atomic.remove_stale_temporaries(link)  # what opening the letter by its link does
    assert _litter(real.parent) == []
    assert load_letter(link) == build_seed_letter()
