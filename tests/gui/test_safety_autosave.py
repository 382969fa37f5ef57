"""Autosave and outside changes through the window: a recovery copy (never the user's file)
after a pause in typing and at least every minute; gone after save, undo-to-saved or discard;
an outside change asks reload-or-keep (autosave waits meanwhile); our own save asks nothing."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication
from window_helpers import small_letter

from answerletter.fileformat import load_letter, save_letter
from answerletter.gui import safety_dialogs
from answerletter.gui.dialogs import SaveChoice
from answerletter.gui.safety_dialogs import ChangeChoice
from answerletter.model import RichText
from answerletter.model.operations import set_answer_text
from answerletter.safety import autosave

WAIT_MS = 10_000


def type_text(window, text="Getypt.", answer="a1"):
    letter = window.document.letter
    after = set_answer_text(letter, answer, RichText.plain(text))
    window.document.apply(after, "typing", typing_key=("answer", answer))


def copies(window):
    return window.guard.store.entries()


@pytest.fixture
def opened(make_window, tmp_path):
    path = tmp_path / "brief.kvb"
    save_letter(small_letter(3), path)
    window = make_window(load_letter(path), path)
    window.guard.autosaver.pause_timer.setInterval(30)  # the mechanism, not the 3 s wait
    return window, path


def test_the_real_intervals():
    assert autosave.PAUSE_MS == 3000
    assert autosave.MAX_INTERVAL_MS == 60_000


def test_a_pause_in_typing_writes_a_recovery_copy(opened, qtbot, tmp_path):
    window, path = opened
    before = path.read_bytes()
    type_text(window)
    qtbot.waitUntil(lambda: len(copies(window)) == 1, timeout=WAIT_MS)
    (entry,) = copies(window)
    assert entry.original == path and entry.title == "brief.kvb"
    assert window.guard.store.read(entry) == window.document.letter
    assert entry.letter_file.parent == tmp_path / "config" / "data" / "recovery"
    assert path.read_bytes() == before  # never over the user's file


def test_continuous_typing_still_writes_every_interval(opened, qtbot):
    window, _ = opened
    saver = window.guard.autosaver
    saver.pause_timer.setInterval(3_600_000)  # the pause never comes
    saver.max_timer.setInterval(60_000)
    type_text(window, "een")
    remaining = saver.max_timer.remainingTime()
    type_text(window, "een twee")
    assert saver.max_timer.isActive() and saver.max_timer.remainingTime() <= remaining
    saver.max_timer.setInterval(30)
    saver.max_timer.start()
    qtbot.waitUntil(lambda: len(copies(window)) == 1, timeout=WAIT_MS)
    assert window.guard.store.read(copies(window)[0]).answer("a1").text.plain_text() == "een twee"


def test_save_and_undo_to_saved_remove_the_copy(opened, qtbot):
    window, _ = opened
    type_text(window)
    qtbot.waitUntil(lambda: len(copies(window)) == 1, timeout=WAIT_MS)
    window.save_action.trigger()
    assert copies(window) == []
    type_text(window, "Weer anders.")
    qtbot.waitUntil(lambda: len(copies(window)) == 1, timeout=WAIT_MS)
    window.undo_action.trigger()
    assert not window.document.is_modified()
    saver = window.guard.autosaver
    qtbot.waitUntil(lambda: not saver.writing, timeout=WAIT_MS)  # its result handled
    assert copies(window) == []


class _LockHeldAfterItsCheck:
    """The autosaver's lock, made to wait on the writing thread right before it is let go
    (after the thread checked whether its copy was removed meanwhile)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.releasing = threading.Event()
        self.go_on = threading.Event()

    def acquire(self, blocking: bool = True) -> bool:
        return self._lock.acquire(blocking)

    def release(self) -> None:
        if threading.current_thread().name == "autosave":
            self.releasing.set()
            self.go_on.wait(WAIT_MS / 1000)
        self._lock.release()

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, *_: object) -> None:
        self.release()


def test_undo_to_saved_just_after_the_thread_checked_still_removes_the_copy(opened, qtbot):
    """The copy is written and checked (not removed yet), then undo returns to the saved
    letter while the thread still holds the lock: the removal cannot take it, and the
    thread has checked already. The copy must go all the same."""
    window, _ = opened
    saver = window.guard.autosaver
    lock = _LockHeldAfterItsCheck()
    saver._lock = lock
    type_text(window)
    qtbot.waitUntil(lock.releasing.is_set, timeout=WAIT_MS)  # written, checked, letting go
    assert len(copies(window)) == 1
    window.undo_action.trigger()
    assert not window.document.is_modified()
    lock.go_on.set()
    qtbot.waitUntil(lambda: not saver.writing, timeout=WAIT_MS)
    assert copies(window) == []


def test_discarding_on_close_removes_the_copy(opened, qtbot, fake_dialogs):
    window, _ = opened
    type_text(window)
    qtbot.waitUntil(lambda: len(copies(window)) == 1, timeout=WAIT_MS)
    fake_dialogs.save_choice = SaveChoice.CANCEL
    window.close()
    assert len(copies(window)) == 1  # cancelled: still open, copy kept
    fake_dialogs.save_choice = SaveChoice.DISCARD
    window.close()
    assert copies(window) == []


def test_an_untitled_letter_is_copied_too(make_window, qtbot):
    window = make_window(small_letter(2))
    window.guard.autosaver.pause_timer.setInterval(30)
    type_text(window)
    qtbot.waitUntil(lambda: len(copies(window)) == 1, timeout=WAIT_MS)
    assert copies(window)[0].original is None
    assert copies(window)[0].title == "de proef"  # the subject when there is no file name


# -- outside changes --


def replace_on_disk(path, letter):
    """Another program saving atomically: a new file renamed over the old one."""
    temporary = path.with_name(".other-program.tmp")
    save_letter(letter, temporary)
    temporary.replace(path)


def test_our_own_save_asks_nothing(opened, qtbot, fake_dialogs):
    window, _ = opened
    type_text(window)
    with qtbot.waitSignal(window.guard.watcher.poked, timeout=WAIT_MS):
        window.save_action.trigger()
    assert "outside_change" not in fake_dialogs.calls


def test_outside_change_keep_mine(opened, qtbot, fake_dialogs):
    window, path = opened
    type_text(window, "Mijn tekst.")
    window.save_action.trigger()
    theirs = set_answer_text(small_letter(3), "a2", RichText.plain("Hun tekst."))
    fake_dialogs.change_choice = ChangeChoice.KEEP
    replace_on_disk(path, theirs)
    qtbot.waitUntil(lambda: "outside_change" in fake_dialogs.calls, timeout=WAIT_MS)
    assert window.document.letter.answer("a1").text.plain_text() == "Mijn tekst."
    assert window.isWindowModified()  # ours is not what is on disk any more
    assert load_letter(path) == theirs
    # Asked once: the same outside version does not ask again.
    with qtbot.waitSignal(window.guard.watcher.poked, timeout=WAIT_MS):
        path.with_name("iets-anders.txt").write_text("x")
    assert fake_dialogs.calls.count("outside_change") == 1


def test_outside_change_reload_and_undo_brings_mine_back(opened, qtbot, fake_dialogs):
    window, path = opened
    type_text(window, "Mijn tekst.")
    theirs = set_answer_text(small_letter(3), "a2", RichText.plain("Hun tekst."))
    fake_dialogs.change_choice = ChangeChoice.RELOAD
    replace_on_disk(path, theirs)
    qtbot.waitUntil(lambda: "outside_change" in fake_dialogs.calls, timeout=WAIT_MS)
    assert window.document.letter == theirs
    assert not window.isWindowModified()
    window.undo_action.trigger()
    assert window.document.letter.answer("a1").text.plain_text() == "Mijn tekst."


def test_autosave_waits_while_the_question_is_open(opened, qtbot, monkeypatch):
    window, path = opened
    saver = window.guard.autosaver
    seen = {}

    def ask(parent, name):
        seen["paused"] = saver.paused
        type_text(window, "Tijdens de vraag.")
        seen["written"] = saver.write_now()  # a timer firing now must not write
        seen["copies"] = len(copies(window))
        return ChangeChoice.KEEP

    monkeypatch.setattr(safety_dialogs, "ask_outside_change", ask)
    replace_on_disk(path, small_letter(4))
    qtbot.waitUntil(lambda: "copies" in seen, timeout=WAIT_MS)
    assert seen == {"paused": True, "written": False, "copies": 0}
    # Answered: the copy that came due is written now (on the autosave thread).
    assert not saver.paused
    if not copies(window):
        with qtbot.waitSignal(saver.written, timeout=WAIT_MS):
            pass
    assert len(copies(window)) == 1


def test_a_removed_file_marks_the_letter_modified(opened, qtbot, fake_dialogs):
    window, path = opened
    path.unlink()
    qtbot.waitUntil(window.isWindowModified, timeout=WAIT_MS)
    assert "removed" in window.statusBar().currentMessage()
    assert "outside_change" not in fake_dialogs.calls


class _HeldWrites:
    """Holds the recovery store's writes on the writing thread until the test lets them go
    (no timing involved): shows what the GUI thread does meanwhile."""

    def __init__(self, store, monkeypatch) -> None:
        self.started = threading.Event()
        self.go = threading.Event()
        self.threads: list[threading.Thread] = []
        real = store.write

        def held(*args, **kwargs):
            self.threads.append(threading.current_thread())
            self.started.set()
            assert self.go.wait(60), "the test never let the write go"
            return real(*args, **kwargs)

        monkeypatch.setattr(store, "write", held)


def test_the_copy_is_written_off_the_gui_thread_while_typing_goes_on(opened, qtbot, monkeypatch):
    window, _ = opened
    saver = window.guard.autosaver
    held = _HeldWrites(window.guard.store, monkeypatch)
    type_text(window, "Eerste versie.")
    saver.write_soon()
    assert held.started.wait(60)
    # The write is under way on its own thread; the window goes on taking edits.
    assert held.threads[0] is not threading.main_thread()
    type_text(window, "Tweede versie.")
    assert window.document.letter.answer("a1").text.plain_text() == "Tweede versie."
    saver.write_soon()  # due again while the first is written: written after it
    assert len(held.threads) == 1
    with qtbot.waitSignal(saver.written, timeout=WAIT_MS):
        held.go.set()
    with qtbot.waitSignal(saver.written, timeout=WAIT_MS):
        pass
    assert len(held.threads) == 2
    (entry,) = copies(window)
    assert window.guard.store.read(entry).answer("a1").text.plain_text() == "Tweede versie."


def test_a_copy_removed_while_it_is_written_does_not_come_back(opened, qtbot, monkeypatch):
    window, _ = opened
    saver = window.guard.autosaver
    held = _HeldWrites(window.guard.store, monkeypatch)
    written = []
    saver.written.connect(lambda: written.append(True))
    type_text(window)
    saver.write_soon()
    assert held.started.wait(60)
    window.save_action.trigger()  # the copy goes: not waiting for the write under way
    assert not window.document.is_modified()
    held.go.set()
    held.threads[0].join(60)
    assert not held.threads[0].is_alive()
    assert copies(window) == []
    QCoreApplication.processEvents()  # the thread's report (queued): no copy written
    assert written == []
