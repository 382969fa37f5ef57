"""An unexpected exception never ends the session: a recovery copy of every open letter is
written first, then a dialog shows the details and offers Save As; the editor goes on."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from window_helpers import small_letter

from answerletter.desktop import session
from answerletter.fileformat import load_letter
from answerletter.gui import safety_dialogs
from answerletter.model import RichText
from answerletter.model.operations import set_answer_text
from answerletter.safety import crash

WAIT_MS = 10_000


class BrokenError(Exception):
    """The bug being simulated."""


@pytest.fixture
def hook(qapp, opener, monkeypatch):
    """The exception handler installed (pytest-qt's own capture is off for these tests),
    with the dialog recorded: what it said, and how many copies existed when it showed."""
    shown: list[dict[str, object]] = []
    answer = {"save_as": False}

    def show(parent, summary, details, saved):
        # Every window of a test shares one recovery folder (one config).
        keys = {e.key for w in opener.windows() for e in w.guard.store.entries()}
        shown.append(
            {
                "summary": summary,
                "details": details,
                "saved": saved,
                "copies": len(keys),
                "parent": parent,
            }
        )
        return answer["save_as"]

    monkeypatch.setattr(safety_dialogs, "show_unexpected_error", show)
    session.install_crash_handler(qapp, opener)
    yield shown, answer
    crash.uninstall()


def edit(window, text):
    letter = window.document.letter
    window.document.apply(set_answer_text(letter, "a1", RichText.plain(text)), "test")


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_writes_copies_then_offers_save_as(
    make_window, qtbot, hook, fake_dialogs, tmp_path
):
    shown, answer = hook
    first = make_window(small_letter(2))
    second = make_window(small_letter(3))
    edit(first, "Niet verliezen.")
    edit(second, "Ook niet.")
    answer["save_as"] = True
    fake_dialogs.save_path = tmp_path / "gered.kvb"

    def faulty_slot():
        raise BrokenError("kapot in een slot")

    QTimer.singleShot(0, faulty_slot)  # raised inside Qt's event loop, as a real bug would be
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    (report,) = shown
    assert report["copies"] == 2  # both letters copied before the dialog appeared
    assert "BrokenError" in report["summary"]
    assert "kapot in een slot" in report["details"] and "faulty_slot" in report["details"]
    assert "2 letter" in report["saved"]
    # Save As was chosen: the letter is saved, the editor still runs.
    saved = load_letter(tmp_path / "gered.kvb")
    assert saved.answer("a1").text.plain_text() in ("Niet verliezen.", "Ook niet.")
    assert first.isVisible() and second.isVisible()
    edit(first, "Verder werken.")
    assert first.document.letter.answer("a1").text.plain_text() == "Verder werken."


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_worker_thread_reaches_the_dialog(make_window, qtbot, hook):
    shown, _ = hook
    window = make_window(small_letter(2))
    edit(window, "Ongered.")

    def worker():
        raise BrokenError("kapot in een thread")

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    assert "kapot in een thread" in shown[0]["details"]
    assert shown[0]["copies"] == 1
    assert window.isVisible() and window.isWindowModified()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_the_handler_itself_does_not_loop(make_window, qtbot, hook, monkeypatch):
    make_window(small_letter(2))
    calls = []

    def failing_dialog(*args):
        calls.append(1)
        raise BrokenError("de dialoog faalt ook")

    monkeypatch.setattr(safety_dialogs, "show_unexpected_error", failing_dialog)
    QTimer.singleShot(0, lambda: (_ for _ in ()).throw(BrokenError("eerst")))
    qtbot.waitUntil(lambda: bool(calls), timeout=WAIT_MS)
    assert calls == [1]
