"""Lock files through the window: placed on open and removed on close; a letter someone else
has open can be opened read-only (visible, and never saved over), anyway, or not at all; a
stale lock is taken over silently; a folder refusing the lock still opens the letter."""

from __future__ import annotations

import errno
import subprocess
import sys
from pathlib import Path

import pytest
from window_helpers import small_letter

from answerletter import processes as procs
from answerletter.fileformat import load_letter, save_letter
from answerletter.gui.safety_dialogs import LockChoice
from answerletter.model import RichText
from answerletter.model.operations import set_answer_text
from answerletter.safety import locks
from answerletter.safety.locks import LockInfo, lock_path, read_lock

COLLEAGUE = LockInfo("collega", "pc-van-collega", 4242, "2026-05-20T09:00:00+00:00")


def edit(window, text="Gewijzigd."):
    letter = window.document.letter
    window.document.apply(set_answer_text(letter, "a1", RichText.plain(text)), "test")


@pytest.fixture
def letter_file(tmp_path):
    path = tmp_path / "brief.kvb"
    save_letter(small_letter(3), path)
    return path


@pytest.fixture
def window(make_window):
    return make_window(small_letter(1))


def open_through_menu(window, fake_dialogs, path):
    fake_dialogs.open_path = path
    window.open_action.trigger()


def test_open_places_a_lock_and_close_removes_it(window, fake_dialogs, letter_file):
    open_through_menu(window, fake_dialogs, letter_file)
    assert window.document.path == letter_file
    info = read_lock(letter_file)
    assert info is not None and info.is_ours() and info.user == procs.user_name()
    assert "locked" not in fake_dialogs.calls
    window.close()
    assert read_lock(letter_file) is None


def test_opening_another_letter_releases_the_first_lock(window, fake_dialogs, letter_file):
    open_through_menu(window, fake_dialogs, letter_file)
    other = letter_file.with_name("ander.kvb")
    save_letter(small_letter(2), other)
    open_through_menu(window, fake_dialogs, other)
    assert read_lock(letter_file) is None
    assert read_lock(other).is_ours()
    open_through_menu(window, fake_dialogs, other)  # reopened in place: still ours, no question
    assert read_lock(other).is_ours() and "locked" not in fake_dialogs.calls


def test_someone_elses_lock_and_cancel(window, fake_dialogs, letter_file):
    lock_path(letter_file).write_bytes(COLLEAGUE.encode())
    before = window.document
    fake_dialogs.lock_choice = LockChoice.CANCEL
    open_through_menu(window, fake_dialogs, letter_file)
    assert fake_dialogs.calls[-1] == "locked"
    assert window.document is before
    assert read_lock(letter_file) == COLLEAGUE


def test_read_only_is_visible_and_never_saves_over_the_file(
    window, fake_dialogs, letter_file, tmp_path
):
    lock_path(letter_file).write_bytes(COLLEAGUE.encode())
    fake_dialogs.lock_choice = LockChoice.READ_ONLY
    open_through_menu(window, fake_dialogs, letter_file)
    assert window.document.path == letter_file
    assert "[read-only]" in window.windowTitle()
    note = window.guard.note
    assert note.isVisible() and "collega on pc-van-collega" in note.text()
    before = letter_file.read_bytes()
    edit(window)
    window.save_action.trigger()
    assert fake_dialogs.calls[-1] == "offer_save_as"
    assert "read-only" in fake_dialogs.errors[-1][1]
    fake_dialogs.save_path = letter_file  # Save As onto the same file is refused too
    window.save_as_action.trigger()
    assert fake_dialogs.calls[-1] == "offer_save_as"
    assert letter_file.read_bytes() == before
    assert window.isWindowModified()
    assert read_lock(letter_file) == COLLEAGUE  # their lock untouched

    copy = tmp_path / "mijn-versie.kvb"
    fake_dialogs.save_path = copy
    window.save_as_action.trigger()
    assert load_letter(copy).answer("a1").text.plain_text() == "Gewijzigd."
    assert "[read-only]" not in window.windowTitle()
    assert not note.isVisible()
    assert read_lock(copy).is_ours()
    assert read_lock(letter_file) == COLLEAGUE


def test_open_anyway_takes_the_lock(window, fake_dialogs, letter_file):
    lock_path(letter_file).write_bytes(COLLEAGUE.encode())
    fake_dialogs.lock_choice = LockChoice.ANYWAY
    open_through_menu(window, fake_dialogs, letter_file)
    assert read_lock(letter_file).is_ours()
    assert "[read-only]" not in window.windowTitle()
    assert "collega" in window.guard.note.text()
    edit(window)
    window.save_action.trigger()
    assert load_letter(letter_file).answer("a1").text.plain_text() == "Gewijzigd."


def test_a_stale_lock_is_taken_over_silently(window, fake_dialogs, letter_file):
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    crashed = LockInfo("ik", procs.host_name(), process.pid, "2026-05-20T09:00:00+00:00")
    lock_path(letter_file).write_bytes(crashed.encode())
    open_through_menu(window, fake_dialogs, letter_file)
    assert "locked" not in fake_dialogs.calls
    assert read_lock(letter_file).is_ours()
    assert not window.guard.note.isVisible()


def test_a_folder_refusing_the_lock_still_opens_with_a_note(
    window, fake_dialogs, letter_file, monkeypatch
):
    real_open = locks.os.open

    def read_only_share(path, *args, **kwargs):
        if Path(path).name.startswith(".~lock."):
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(locks.os, "open", read_only_share)
    open_through_menu(window, fake_dialogs, letter_file)
    assert window.document.path == letter_file
    assert not lock_path(letter_file).exists()
    assert window.guard.note.isVisible()
    assert (
        "No lock file (the disk or share is read-only: you have no permission to write there)"
        in window.guard.note.text()
    )


def test_saving_over_a_file_someone_else_has_open_is_refused(window, fake_dialogs, letter_file):
    lock_path(letter_file).write_bytes(COLLEAGUE.encode())
    before = letter_file.read_bytes()
    fake_dialogs.save_path = letter_file
    window.save_as_action.trigger()
    assert fake_dialogs.calls[-1] == "offer_save_as"
    assert "collega" in fake_dialogs.errors[-1][1]
    assert letter_file.read_bytes() == before
