""" "Uitstelbericht maken" in the window: the notice as a new document, the postponement
recorded (undoably) in the answer letter, the deadline moved."""

from __future__ import annotations

from datetime import date

from answerletter.model import DocumentKind, Postponement, wording
from answerletter.templates import example_letter


def _draft_example():
    from dataclasses import replace

    letter = example_letter()
    return replace(letter, metadata=replace(letter.metadata, letter_date=None))


def _other_windows(qtbot, opener, window):
    others = [w for w in opener.windows() if w is not window]
    for other in others:
        qtbot.addWidget(other)  # closed and deleted by pytest-qt
    return others


def test_making_a_notice_opens_it_and_records_the_postponement(
    qtbot, make_window, opener, fake_dialogs
):
    window = make_window(_draft_example())
    fake_dialogs.notice_details = ("dat de afstemming meer tijd vergt", None)
    window.notice_action.trigger()
    # Submitted 13 May 2026: due 3 June; the dialog suggests three weeks later.
    assert "notice_details:2026-06-24" in fake_dialogs.calls
    # The notice opens through the owner's open path, in a window of its own.
    [notice_window] = _other_windows(qtbot, opener, window)
    assert notice_window.isVisible()
    notice_document = notice_window.document
    notice = notice_document.letter
    assert notice.kind is DocumentKind.POSTPONEMENT_NOTICE
    assert notice_document.path is None  # new and unsaved
    text = wording.offering(notice).plain_text()
    assert "kunnen tot mijn spijt niet binnen de gebruikelijke termijn" in text
    assert "De reden van het uitstel is dat de afstemming meer tijd vergt." in text
    assert "Ik streef ernaar de vragen zo spoedig mogelijk te beantwoorden." in text
    # The answer letter now carries the postponement (dated today, 20 May 2026 in the tests).
    recorded = window.document.letter.metadata.postponement
    assert recorded == Postponement(date(2026, 5, 20), "dat de afstemming meer tijd vergt")
    assert "June 24, 2026" in window.deadline_label.text()  # three weeks after 3 June
    window.undo_action.trigger()
    assert window.document.letter.metadata.postponement is None


def test_cancelling_makes_nothing(qtbot, make_window, opener, fake_dialogs) -> None:
    window = make_window(_draft_example())
    fake_dialogs.notice_details = None
    window.notice_action.trigger()
    assert _other_windows(qtbot, opener, window) == []
    assert window.document.letter.metadata.postponement is None
    assert not window.document.undo_stack.canUndo()


def test_a_notice_window_explains_itself(qtbot, make_window) -> None:
    from answerletter.model.notice import make_notice

    notice, _ = make_notice(_draft_example(), date(2026, 5, 20), "dat het meer tijd vergt")
    window = make_window(notice)
    assert "postponement notice" in window.editor_pane.placeholder.text()
    assert window.deadline_label.text() == "Postponement notice"
