"""Saving through the window: the previous version is kept as a backup; every fault (full
disk, read-only or vanished folder, no permission, a write failing halfway) leaves the file
on disk intact and the letter modified, and offers Save As right there."""

from __future__ import annotations

import errno
import os
import shutil

import pytest
from window_helpers import small_letter

from answerletter.fileformat import atomic, load_letter, save_letter
from answerletter.gui import safety_dialogs
from answerletter.model import RichText
from answerletter.model.operations import set_answer_text
from answerletter.safety.saving import backup_path


def edit(window, text="Gewijzigd."):
    letter = window.document.letter
    window.document.apply(set_answer_text(letter, "a1", RichText.plain(text)), "test")


@pytest.fixture
def opened(make_window, tmp_path):
    """A window on brief.kvb (saved once before, so there is a version to back up)."""
    path = tmp_path / "brief.kvb"
    save_letter(small_letter(3), path)
    window = make_window(load_letter(path), path)
    return window, path


def test_save_keeps_the_previous_version_as_backup(opened):
    window, path = opened
    before = path.read_bytes()
    edit(window)
    window.save_action.trigger()
    assert backup_path(path).read_bytes() == before
    assert load_letter(path).answer("a1").text.plain_text() == "Gewijzigd."
    edit(window, "Nog eens.")
    window.save_action.trigger()
    assert load_letter(backup_path(path)).answer("a1").text.plain_text() == "Gewijzigd."


def test_backup_can_be_switched_off(opened):
    window, path = opened
    window.config.update(keep_backup=False)
    edit(window)
    window.save_action.trigger()
    assert not backup_path(path).exists()


def _no_space(fd):
    raise OSError(errno.ENOSPC, "No space left on device")


def _read_only(*args, **kwargs):
    raise OSError(errno.EROFS, "Read-only file system")


def _refused(self, target):
    raise OSError(errno.EACCES, "Permission denied")


_REAL_OPEN_TEMPORARY = atomic.open_temporary


def _half_writer(path):
    temporary, stream = _REAL_OPEN_TEMPORARY(path)
    return temporary, _HalfWriter(stream, fails=path.name == "brief.kvb")


class _HalfWriter:
    """The letter's temporary file takes half of what is written, then fails (an I/O error
    in the middle of the write, e.g. a network drive going away). The backup is written
    normally first, so the fault hits the letter itself."""

    def __init__(self, stream, *, fails):
        self._file = stream
        self.fails = fails

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._file.close()

    def flush(self):
        self._file.flush()

    def fileno(self):
        return self._file.fileno()

    def write(self, data):
        if not self.fails:
            return self._file.write(data)
        self._file.write(data[: len(data) // 2])
        self._file.flush()
        raise OSError(errno.EIO, "Input/output error")


FAULTS = {
    # name: (what to patch, replacement, the words the message must contain)
    "full disk": ((atomic.os, "fsync"), _no_space, "disk is full"),
    "read-only folder": ((atomic, "open_temporary"), _read_only, "no permission"),
    "no permission": ((atomic.Path, "replace"), _refused, "no permission"),
    "halfway write": ((atomic, "open_temporary"), _half_writer, "Input/output"),
}


@pytest.mark.parametrize("fault", FAULTS)
def test_a_fault_while_saving_keeps_everything_and_offers_save_as(
    opened, fake_dialogs, monkeypatch, tmp_path, fault
):
    window, path = opened
    (target, name), replacement, words = FAULTS[fault]
    edit(window)
    window.save_action.trigger()  # a first save makes a backup to protect as well
    edit(window, "Tweede versie.")
    on_disk = path.read_bytes(), backup_path(path).read_bytes()
    fault_patch = pytest.MonkeyPatch()
    fault_patch.setattr(target, name, replacement)
    try:
        window.save_action.trigger()  # fails; Save As declined
    finally:
        fault_patch.undo()
    # The message says why, the file and its backup are untouched, no temporary litter.
    assert fake_dialogs.calls[-1] == "offer_save_as"
    title, text, details = fake_dialogs.errors[-1]
    assert title == "Cannot save the letter"
    assert "brief.kvb" in text and words in text and words in details
    assert path.read_bytes() == on_disk[0]
    assert backup_path(path).read_bytes() in on_disk  # the old backup, or the file's version
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    # The letter stays modified, with the edit.
    assert window.isWindowModified()
    assert window.document.letter.answer("a1").text.plain_text() == "Tweede versie."

    # Again, and this time Save As is accepted (to a disk without the fault).
    elsewhere = tmp_path / "elders" / "brief.kvb"
    elsewhere.parent.mkdir()
    fake_dialogs.save_path = elsewhere

    def accept(parent, title, text, details=""):
        fake_dialogs.calls.append("offer_save_as")
        fault_patch.undo()
        return True

    monkeypatch.setattr(safety_dialogs, "offer_save_as", accept)
    fault_patch.setattr(target, name, replacement)
    try:
        window.save_action.trigger()
    finally:
        fault_patch.undo()
    assert fake_dialogs.calls[-2:] == ["offer_save_as", "save"]
    assert load_letter(elsewhere).answer("a1").text.plain_text() == "Tweede versie."
    assert window.document.path == elsewhere
    assert not window.isWindowModified()
    assert path.read_bytes() == on_disk[0]


def test_a_vanished_folder(opened, fake_dialogs, tmp_path):
    window, path = opened
    edit(window)
    shutil.rmtree(tmp_path / "config", ignore_errors=True)
    moved = tmp_path.parent / (tmp_path.name + "-weg")
    tmp_path.rename(moved)  # the network drive went away (its whole folder)
    try:
        window.save_action.trigger()
        _, text, _ = fake_dialogs.errors[-1]
        assert "does not exist" in text
        assert window.isWindowModified()
        assert not path.exists()
    finally:
        moved.rename(tmp_path)
    assert load_letter(path) == small_letter(3)  # the original, untouched


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_a_really_read_only_folder(opened, fake_dialogs, tmp_path):
    window, path = opened
    edit(window)
    before = path.read_bytes()
    tmp_path.chmod(0o555)
    try:
        window.save_action.trigger()
    finally:
        tmp_path.chmod(0o755)
    assert "no permission" in fake_dialogs.errors[-1][1]
    assert path.read_bytes() == before
    assert window.isWindowModified()
