"""Date fields take a typed date as a whole: selecting the date and typing a new one gives
the new date, and an impossible date is refused visibly (issue 9: the old date stayed, and
31-2-2026 silently became 10-2-2026)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from window_helpers import small_letter

from answerletter.gui.date_field import parse_date


def submitted(window):
    return window.document.letter.metadata.submitted


def type_over(qtbot, field, text):
    """Select the whole date, as a user does with a double click or Ctrl+A, and type."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_typing_over_the_selected_date_gives_the_typed_date(make_window, qtbot):
    window = make_window(small_letter(2))  # submitted 1 May 2026
    field = window.form.dates["submittedDateEdit"]
    type_over(qtbot, field, "15-3-2026")
    assert submitted(window) == date(2026, 3, 15)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.text() == "15-3-2026"
    assert field.problem() == ""
    window.undo_action.trigger()
    assert submitted(window) == date(2026, 5, 1)
    assert field.text() == "1-5-2026"


def test_an_impossible_date_is_refused_visibly_and_the_letter_keeps_its_date(make_window, qtbot):
    window = make_window(small_letter(2))
    field = window.form.dates["submittedDateEdit"]
    type_over(qtbot, field, "31-2-2026")
    assert submitted(window) == date(2026, 5, 1)
    assert "31-2-2026 is not a date that exists" in field.problem()
    assert field.toolTip() == field.problem() and field.styleSheet()
    assert field.text() == "31-2-2026"  # what was typed stays, to be corrected
    assert window.statusBar().currentMessage() == field.problem()
    type_over(qtbot, field, "28-2-2026")
    assert submitted(window) == date(2026, 2, 28)
    assert field.problem() == "" and field.styleSheet() == ""


def test_text_that_is_no_date_is_explained_when_leaving_the_field(make_window, qtbot):
    window = make_window(small_letter(2))
    field = window.form.dates["submittedDateEdit"]
    type_over(qtbot, field, "morgen")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert "is not a date" in field.problem()
    assert submitted(window) == date(2026, 5, 1)


def test_the_shapes_people_type_dates_in():
    assert parse_date("31-3-2026") == (2026, 3, 31)
    assert parse_date("31/03/2026") == (2026, 3, 31)
    assert parse_date("2026-03-31") == (2026, 3, 31)
    assert parse_date("31 maart 2026") == (2026, 3, 31)
    assert parse_date("31 mrt 2026") is None  # "mrt" is no prefix of "maart": not guessed
    assert parse_date("31 March 2026") == (2026, 3, 31)
    assert parse_date("31-2-2026") == (2026, 2, 31)  # the shape of a date; checked later
    assert parse_date("31-3") is None
