"""The recovery offer at start, in-process: open (a modified letter tied to its original file,
saved there only after confirmation, Undo gives the file's version), discard, or later."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from window_helpers import small_letter

from answerletter.desktop import session
from answerletter.fileformat import load_letter, save_letter
from answerletter.gui import safety_dialogs
from answerletter.gui.safety_dialogs import RecoveryChoice
from answerletter.model import RichText
from answerletter.model.operations import set_answer_text
from answerletter.safety.guard import recovery_store
from answerletter.safety.locks import read_lock


@pytest.fixture
def crashed(config, tmp_path):
    """brief.kvb on disk and a recovery copy of it with an edit, left by a dead editor."""
    path = tmp_path / "brief.kvb"
    save_letter(small_letter(3), path)
    edited = set_answer_text(small_letter(3), "a1", RichText.plain("Hersteld."))
    store = recovery_store(config.data_directory)
    store.write("oud", edited, path, "brief.kvb")
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    meta = json.loads(store.meta_file("oud").read_text())
    meta["pid"] = process.pid
    store.meta_file("oud").write_text(json.dumps(meta))
    return path, store, edited


@pytest.fixture
def answer(monkeypatch, opener):
    asked: list[tuple[str, str]] = []
    choice = {"value": RecoveryChoice.LATER}

    def ask_recovery(parent, title, saved_at, original):
        asked.append((title, original))
        return choice["value"]

    monkeypatch.setattr(safety_dialogs, "ask_recovery", ask_recovery)
    yield asked, choice
    for window in opener.windows():
        window.close()


def test_later_keeps_the_copy_and_discard_removes_it(opener, crashed, answer, fake_dialogs):
    path, store, _ = crashed
    asked, choice = answer
    assert session.offer_recoveries(opener) == []
    assert asked == [("brief.kvb", str(path))]
    assert [e.key for e in store.entries()] == ["oud"]
    choice["value"] = RecoveryChoice.DISCARD
    session.offer_recoveries(opener)
    assert store.entries() == []


def test_open_ties_the_copy_to_its_file_and_saves_after_confirmation(
    opener, crashed, answer, fake_dialogs, qtbot
):
    path, store, edited = crashed
    _, choice = answer
    choice["value"] = RecoveryChoice.OPEN
    (window,) = session.offer_recoveries(opener)
    qtbot.addWidget(window)
    assert window in opener.windows()
    assert window.document.path == path
    assert window.document.letter == edited
    assert window.isWindowModified()
    assert read_lock(path).is_ours()
    # The copy now belongs to this editor (not offered to another start).
    (entry,) = store.entries()
    assert entry.key == "oud" and entry.writer_alive()

    before = path.read_bytes()
    fake_dialogs.confirm_recovered = False
    window.save_action.trigger()
    assert fake_dialogs.calls[-1] == "confirm_recovered"
    assert path.read_bytes() == before
    fake_dialogs.confirm_recovered = True
    window.save_action.trigger()
    assert load_letter(path) == edited
    assert not window.isWindowModified()
    assert store.entries() == []
    window.undo_action.trigger()  # the file's version before the recovery
    assert window.document.letter == small_letter(3)


def test_open_recovers_into_the_window_already_showing_the_file(
    opener, crashed, answer, fake_dialogs, qtbot
):
    """The editor was started with the file (double-click) and then offered its recovery:
    the recovered text goes into that window, as one undoable step; no second window."""
    path, store, edited = crashed
    _, choice = answer
    window = opener.open_path(path)
    assert window is not None
    qtbot.addWidget(window)
    choice["value"] = RecoveryChoice.OPEN
    assert session.offer_recoveries(opener) == [window]
    assert opener.windows() == [window]
    assert window.document.letter == edited
    assert window.isWindowModified()
    (entry,) = store.entries()  # the crashed editor's copy, now this editor's
    assert entry.key == "oud" and entry.writer_alive()
    fake_dialogs.confirm_recovered = True
    window.save_action.trigger()
    assert fake_dialogs.calls[-1] == "confirm_recovered"
    assert load_letter(path) == edited
    window.undo_action.trigger()
    assert window.document.letter == small_letter(3)
