"""Background threads give way to the user typing (answerletter.pacing): they pause at their
give-way points for as long as a keystroke is being handled, never the GUI thread."""

from __future__ import annotations

import threading

import pytest

from answerletter import pacing


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@pytest.fixture
def clock(monkeypatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(pacing, "_clock", fake.monotonic)
    monkeypatch.setattr(pacing, "_sleep", fake.sleep)
    monkeypatch.setattr(pacing._Quiet, "until", 0.0)
    return fake


def in_a_thread(function) -> None:
    failure: list[BaseException] = []

    def run() -> None:
        try:
            function()
        except BaseException as error:  # reported on the test's thread
            failure.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if failure:
        raise failure[0]


def test_a_background_thread_pauses_while_a_keystroke_is_handled(clock):
    in_a_thread(pacing.give_way)
    assert clock.slept == []  # nobody typing: no pause
    pacing.user_input()
    clock.now += 0.01
    in_a_thread(pacing.give_way)
    assert clock.slept == [pytest.approx(pacing.QUIET_S - 0.01)]
    in_a_thread(pacing.give_way)
    assert len(clock.slept) == 1  # the keystroke's quiet time is over


def test_a_pause_is_never_longer_than_the_longest(clock):
    pacing.user_input(5.0)  # (a long quiet time asked for)
    in_a_thread(pacing.give_way)
    assert clock.slept == [pacing.LONGEST_PAUSE_S]


def test_the_gui_thread_never_waits(clock):
    assert threading.current_thread() is threading.main_thread()
    pacing.user_input()
    pacing.give_way()
    assert clock.slept == []


def test_typing_in_an_editor_holds_background_work_back(qtbot, clock):
    from PySide6.QtCore import Qt

    from answerletter.gui.richtext.editor import RichTextEditor

    editor = RichTextEditor()
    qtbot.addWidget(editor)
    assert pacing._Quiet.until == 0.0
    qtbot.keyClick(editor, Qt.Key.Key_A)
    assert pacing._Quiet.until == pytest.approx(clock.now + pacing.QUIET_S)


def test_the_typesetter_checks_and_spelling_have_give_way_points(qapp, monkeypatch):
    """Each item typeset and each text checked or read for the spell check is a point where
    the thread doing it may pause."""
    from answerletter.checks import runner
    from answerletter.layout import LetterLayout, flowdoc
    from answerletter.spelling import incremental
    from answerletter.testing.synthetic import generate_letter

    points: list[str] = []
    monkeypatch.setattr(flowdoc, "give_way", lambda: points.append("layout"))
    monkeypatch.setattr(runner, "give_way", lambda: points.append("checks"))
    monkeypatch.setattr(incremental, "give_way", lambda: points.append("spelling"))
    letter = generate_letter(5, seed=1)
    LetterLayout(letter)
    assert points.count("layout") == len(letter.presentation()) + 2  # body, heading, items
    runner.Checker().check(letter)
    assert points.count("checks") >= len(letter.presentation())
    incremental.IncrementalSpelling().findings(
        letter, frozenset(), lambda texts, also: [[]] * len(texts)
    )
    assert points.count("spelling") >= len(letter.presentation())
