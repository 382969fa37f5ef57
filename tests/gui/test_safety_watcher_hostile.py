"""The outside-change watcher of a running editor under attack (issue 10, items 1 and 2): the
open letter replaced by a named pipe or by a 2 GB file. The editor neither blocks nor fills
its memory, the unsaved edits stay, and Save writes them as a proper letter again."""

from __future__ import annotations

import os
import threading
import tracemalloc

import pytest
from PySide6.QtWidgets import QApplication
from window_helpers import small_letter

from answerletter.fileformat import load_letter, save_letter
from answerletter.gui.safety_dialogs import ChangeChoice
from answerletter.model import RichText
from answerletter.model.operations import set_answer_text

#: A guard against hanging for ever if the FIFO were opened blocking (not a synchronisation).
RESCUE_SECONDS = 120


def edit(window, text="Niet opgeslagen wijziging."):
    letter = window.document.letter
    window.document.apply(set_answer_text(letter, "a1", RichText.plain(text)), "test")


@pytest.fixture
def opened(make_window, tmp_path):
    path = tmp_path / "brief.kvb"
    save_letter(small_letter(3), path)
    window = make_window(load_letter(path), path)
    edit(window)
    return window, path


def check_without_blocking(window, fifo):
    """window.guard.check_disk(), with a rescue that opens the FIFO's other end should it
    block (so a regression fails instead of hanging). Returns whether it was rescued."""
    done = threading.Event()
    rescued = []

    def rescue():
        if not done.wait(RESCUE_SECONDS):
            rescued.append(True)
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))

    thread = threading.Thread(target=rescue, daemon=True)
    thread.start()
    try:
        window.guard.check_disk()
        QApplication.processEvents()
    finally:
        done.set()
        thread.join()
    return bool(rescued)


@pytest.mark.skipif(os.name != "posix", reason="named pipes")
@pytest.mark.parametrize("choice", [ChangeChoice.KEEP, ChangeChoice.RELOAD])
def test_a_letter_replaced_by_a_named_pipe_freezes_nothing(opened, fake_dialogs, choice):
    window, path = opened
    fake_dialogs.change_choice = choice
    path.unlink()
    os.mkfifo(path)  # another program's doing
    assert not check_without_blocking(window, path)
    assert fake_dialogs.calls.count("outside_change") == 1
    if choice is ChangeChoice.RELOAD:
        title, _, details = fake_dialogs.errors[-1]
        assert title == "Cannot reload the letter"
        assert "named pipe (FIFO)" in details
    # The edits are on screen, unsaved; a second look does not ask again.
    assert window.document.letter.answer("a1").text.plain_text() == "Niet opgeslagen wijziging."
    assert window.isWindowModified()
    assert not check_without_blocking(window, path)
    assert fake_dialogs.calls.count("outside_change") == 1
    # Save writes the letter again, as an ordinary file.
    window.save_action.trigger()
    assert path.is_file()
    assert load_letter(path).answer("a1").text.plain_text() == "Niet opgeslagen wijziging."


@pytest.mark.parametrize("choice", [ChangeChoice.KEEP, ChangeChoice.RELOAD])
def test_a_two_gigabyte_replacement_costs_no_memory(opened, fake_dialogs, choice):
    window, path = opened
    fake_dialogs.change_choice = choice
    giant = path.with_name("groot.tmp")
    with giant.open("wb") as stream:
        stream.truncate(2 * 1024**3)  # sparse: no disk space, 2 GB to anyone who reads it
    giant.replace(path)
    tracemalloc.start()
    try:
        window.guard.check_disk()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024
    assert fake_dialogs.calls.count("outside_change") == 1
    if choice is ChangeChoice.RELOAD:
        assert "2.0 GB; the limit is 200 MB" in fake_dialogs.errors[-1][2]
    assert window.document.letter.answer("a1").text.plain_text() == "Niet opgeslagen wijziging."
    assert path.stat().st_size == 2 * 1024**3  # nothing written over it behind the user's back


@pytest.mark.skipif(os.name != "posix", reason="named pipes")
def test_opening_a_named_pipe_reports_it_and_keeps_the_open_letter(opened, fake_dialogs):
    window, path = opened
    fifo = path.with_name("pijp.kvb")
    os.mkfifo(fifo)
    fake_dialogs.open_path = fifo
    fake_dialogs.save_choice = fake_dialogs.save_choice.DISCARD  # the edit is not the point
    done = threading.Event()
    rescued = []

    def rescue():
        if not done.wait(RESCUE_SECONDS):
            rescued.append(True)
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))

    thread = threading.Thread(target=rescue, daemon=True)
    thread.start()
    try:
        window.open_action.trigger()
    finally:
        done.set()
        thread.join()
    assert not rescued
    title, text, details = fake_dialogs.errors[-1]
    assert title == "Cannot open the letter" and "pijp.kvb" in text
    assert "named pipe (FIFO)" in details
    assert window.document.path == path  # the open letter stays
