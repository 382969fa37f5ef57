"""Footnote marks and links in the editors are said to screen readers (issue 19 item 6), and
our own accessible interfaces answer every question Qt's bridge asks (a None handed back to
Qt as an interface pointer crashed the program under a running screen reader)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QTextCursor

from answerletter.model import Answer, Letter, Marks, Metadata, Question, RichText, Run
from answerletter.model.richtext import Block

from seed_letter import build_seed_letter

MARK = "\ufffc"


@pytest.fixture
def said(monkeypatch) -> list[tuple[object, str]]:
    """What is announced to screen readers (from Python)."""
    seen: list[tuple[object, str]] = []
    original = QAccessible.updateAccessibility

    def record(event) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            seen.append((event.object(), event.message()))
        original(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    return seen


def show(window, qtbot, question_id: str) -> None:
    window.list_pane.select_ids([question_id])
    qtbot.waitUntil(lambda: window.editor_pane.current_id == question_id)


def put_caret(editor, position: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(position)
    editor.setTextCursor(cursor)


def test_a_footnote_mark_says_its_number_and_text(make_window, qtbot, said):
    window = make_window(build_seed_letter())
    show(window, qtbot, window.document.letter.questions[0].id)
    editor = window.editor_pane._rows[0].editor
    mark = editor.toPlainText().index(MARK)  # after "… terug te sturen?"
    put_caret(editor, 0)
    assert editor.accessibleDescription() == ""
    put_caret(editor, mark + 1)  # just past the mark, as after typing it or End
    description = editor.accessibleDescription()
    assert description.startswith("footnote 1: Euractiv, 20 april 2026, 'EXCLUSIVE: Brussels")
    assert description.endswith(
        "https://www.euractiv.com/news/exclusive-brussels-to-host-taliban-in-talks-on-"
        "afghandeportations/"
    )
    interface = QAccessible.queryAccessibleInterface(editor)
    assert interface.text(QAccessible.Text.Description) == description
    assert said == [(editor, description)]
    put_caret(editor, mark)  # before the mark: the same note, not said again
    assert len(said) == 1
    put_caret(editor, 3)
    assert editor.accessibleDescription() == ""


def test_marks_are_numbered_through_the_letter(make_window, qtbot):
    window = make_window(build_seed_letter())
    letter = window.document.letter
    fourth = next(q for q in letter.questions if q.number == 4)
    show(window, qtbot, fourth.id)
    editor = window.editor_pane.answer_editor
    put_caret(editor, editor.toPlainText().index(MARK))
    assert editor.accessibleDescription() == (
        "footnote 2: Joint letter from the undersigned ministers on voluntary and forced "
        "return to Afghanistan | Rijksoverheid.nl"
    )


def linked_letter() -> Letter:
    text = RichText(
        (
            Block(
                (
                    Run("Zie de "),
                    Run("uitvoeringsregels", Marks(link="https://example.nl/regels")),
                    Run(" voor meer."),
                )
            ),
        )
    )
    return Letter(
        metadata=Metadata(subject="de proef", submitted=date(2026, 5, 1)),
        questions=(Question("q1", 1, RichText.plain("Vraag?")),),
        answers=(Answer("a1", ("q1",), text),),
    )


def test_a_link_says_it_is_a_link_with_its_address(make_window, qtbot, said):
    window = make_window(linked_letter())
    show(window, qtbot, "q1")
    editor = window.editor_pane.answer_editor
    start = editor.toPlainText().index("uitvoeringsregels")
    put_caret(editor, start + 4)
    expected = "link: uitvoeringsregels, https://example.nl/regels"
    assert editor.accessibleDescription() == expected
    assert said[-1] == (editor, expected)
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    assert editor.accessibleDescription() == ""


def test_in_dutch_a_mark_is_a_voetnoot(make_window, qtbot, fake_dialogs):
    window = make_window(build_seed_letter())
    fake_dialogs.language = "nl"
    window.edit_preferences()
    show(window, qtbot, window.document.letter.questions[0].id)
    editor = window.editor_pane._rows[0].editor
    put_caret(editor, editor.toPlainText().index(MARK))
    assert editor.accessibleDescription().startswith("voetnoot 1: Euractiv, 20 april 2026")


def test_in_dutch_a_link_is_a_koppeling(make_window, qtbot, fake_dialogs):
    window = make_window(linked_letter())
    fake_dialogs.language = "nl"
    window.edit_preferences()
    show(window, qtbot, "q1")
    editor = window.editor_pane.answer_editor
    put_caret(editor, editor.toPlainText().index("uitvoeringsregels") + 1)
    assert editor.accessibleDescription() == (
        "koppeling: uitvoeringsregels, https://example.nl/regels"
    )


def test_our_interfaces_answer_every_interface_question(make_window):
    window = make_window(build_seed_letter())
    interface = QAccessible.queryAccessibleInterface(window.preview.scroll_area)
    assert interface.textInterface() is not None
    # Each of these goes through our interface_cast from C++, as the AT-SPI bridge does.
    for ask in (
        interface.valueInterface,
        interface.editableTextInterface,
        interface.tableCellInterface,
        interface.selectionInterface,
        interface.attributesInterface,
    ):
        assert ask() is None
    assert interface.actionInterface() is not None  # QAccessibleWidget's own
