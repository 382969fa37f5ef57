"""The letter text tab: the generated offering follows the details until overridden;
paragraphs and closing reach the model; undo restores the tab."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from window_helpers import small_letter


def show_body_tab(window):
    """Bring the letter text tab into view (a hidden widget cannot take the focus)."""
    window.show_details_action.trigger()
    body = window.form.body_form
    body.parentWidget().parentWidget().setCurrentWidget(body)
    window.activateWindow()
    return body


def test_offering_is_generated_until_overridden(make_window, qtbot):
    window = make_window(small_letter(2))
    body = window.form.body_form
    assert body.offering.isReadOnly()
    assert "over de proef" in body.offering.toPlainText()
    edit = window.form.lines["subjectEdit"]
    edit.selectAll()
    qtbot.keyClicks(edit, "de begroting")
    assert "over de begroting" in body.offering.toPlainText()
    assert window.document.letter.body.offering is None

    body.own_offering.setChecked(True)
    assert not body.offering.isReadOnly()
    assert window.document.letter.body.offering is not None
    show_body_tab(window)
    body.offering.setFocus()
    qtbot.waitUntil(body.offering.hasFocus)
    body.offering.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(body.offering, " Extra.")
    assert window.document.letter.body.offering.plain_text().endswith("Extra.")


def test_paragraphs_and_closing(make_window, qtbot):
    window = make_window(small_letter(2))
    body = show_body_tab(window)
    body.paragraphs.setFocus()
    qtbot.waitUntil(body.paragraphs.hasFocus)
    qtbot.keyClicks(body.paragraphs, "Tot slot.")
    qtbot.keyClicks(body.closing, "Hoogachtend,")
    letter_body = window.document.letter.body
    assert letter_body.paragraphs.plain_text() == "Tot slot."
    assert letter_body.closing == "Hoogachtend,"
    window.undo_action.trigger()
    assert body.closing.text() == ""
    window.undo_action.trigger()
    assert body.paragraphs.toPlainText() == ""
