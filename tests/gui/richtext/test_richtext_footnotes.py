"""Footnotes in the editor: insert at the cursor, edit in place, numbering, undo."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from answerletter.gui.richtext.formats import OBJECT_REPLACEMENT, has_special
from answerletter.model.richtext import Block, Footnote, Marks, RichText, Run

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _popup(qtbot, editor):
    qtbot.waitUntil(
        lambda: editor.footnote_popup() is not None and editor.footnote_popup().isVisible()
    )
    return editor.footnote_popup()


def _mark_point(editor, position: int) -> QPoint:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(position)
    left = editor.cursorRect(cursor)
    cursor.setPosition(position + 1)
    right = editor.cursorRect(cursor)
    return QPoint((left.left() + right.left()) // 2, left.center().y())


def test_insert_a_footnote_with_the_shortcut_and_type_its_text(qtbot, editor):
    qtbot.keyClicks(editor, "Zie de brief")
    qtbot.keyClick(editor, Qt.Key.Key_F, CTRL | ALT)
    popup = _popup(qtbot, editor)
    assert popup.title.text() == "New footnote 1"
    assert popup.body_editor.hasFocus()
    qtbot.keyClicks(popup.body_editor, "Kamerstuk ")
    qtbot.keyClick(popup.body_editor, Qt.Key.Key_I, CTRL)
    qtbot.keyClicks(popup.body_editor, "36 200")
    qtbot.keyClick(popup.body_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.footnote_popup() is None)
    qtbot.keyClicks(editor, " van maart.")
    got = editor.rich_text()
    note = got.footnotes()[0]
    assert got == RichText(
        (
            Block(
                (
                    Run("Zie de brief"),
                    Footnote(note.id, (Run("Kamerstuk "), Run("36 200", Marks(italic=True)))),
                    Run(" van maart."),
                )
            ),
        )
    )
    # Text typed after the mark carries none of the mark's properties.
    block = editor.document().firstBlock()
    it = block.begin()
    formats = []
    while not it.atEnd():
        fragment = it.fragment()
        formats.append((fragment.text(), has_special(fragment.charFormat())))
        it += 1
    assert formats == [("Zie de brief", False), (OBJECT_REPLACEMENT, True), (" van maart.", False)]


def test_escape_cancels_a_new_footnote(qtbot, editor):
    qtbot.keyClicks(editor, "tekst")
    editor.format_actions.footnote.trigger()
    popup = _popup(qtbot, editor)
    qtbot.keyClicks(popup.body_editor, "weg")
    qtbot.keyClick(popup.body_editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: editor.footnote_popup() is None)
    assert editor.rich_text() == RichText.plain("tekst")


def test_numbering_follows_reading_order(qtbot, editor):
    editor.set_rich_text(RichText.plain("aaa bbb"))
    editor.moveCursor(QTextCursor.MoveOperation.End)
    second = editor.insert_footnote((Run("achter"),))
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    editor.moveCursor(QTextCursor.MoveOperation.Right)
    first = editor.insert_footnote((Run("voor"),))
    assert first != second
    numbered = [(editor.marks.number_at(p), n.id, n.plain_text()) for p, n in editor.footnotes()]
    assert numbered == [(1, first, "voor"), (2, second, "achter")]
    # Deleting the first renumbers the other.
    editor.remove_footnote(editor.footnotes()[0][0])
    assert [editor.marks.number_at(p) for p, _ in editor.footnotes()] == [1]
    editor.undo()
    assert [n.id for _, n in editor.footnotes()] == [first, second]


def test_ten_footnotes_widen_the_mark(qtbot, editor):
    for _ in range(10):
        editor.insert_footnote((Run("x"),))
    positions = [p for p, _ in editor.footnotes()]
    document = editor.document()

    def width(position: int) -> float:
        cursor = QTextCursor(document)
        cursor.setPosition(position + 1)
        return editor.marks.intrinsicSize(document, position, cursor.charFormat()).width()

    assert width(positions[9]) > width(positions[0])


def test_double_click_opens_the_footnote_for_editing_in_place(qtbot, editor):
    note = Footnote("fn4", (Run("oud"),))
    editor.set_rich_text(RichText((Block((Run("Vraag"), note, Run(" verder"))),)))
    position = editor.footnotes()[0][0]
    qtbot.mouseDClick(
        editor.viewport(), Qt.MouseButton.LeftButton, pos=_mark_point(editor, position)
    )
    popup = _popup(qtbot, editor)
    assert popup.title.text() == "Footnote 1"
    assert popup.body_editor.rich_text() == RichText.plain("oud")
    # The popup opens right under the mark.
    mark = editor.viewport().mapToGlobal(_mark_point(editor, position))
    assert abs(popup.geometry().left() - mark.x()) < 40
    assert 0 <= popup.geometry().top() - mark.y() < 60
    popup.body_editor.selectAll()
    qtbot.keyClicks(popup.body_editor, "nieuw")
    qtbot.keyClick(popup.body_editor, Qt.Key.Key_Return, SHIFT)
    qtbot.keyClicks(popup.body_editor, "regel")
    qtbot.keyClick(popup.body_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.footnote_popup() is None)
    assert editor.rich_text().footnotes() == (Footnote("fn4", (Run("nieuw\u2028regel"),)),)
    # Editing a footnote's text is one undo step of the editor.
    editor.undo()
    assert editor.rich_text().footnotes() == (note,)


def test_double_click_elsewhere_selects_a_word(qtbot, editor):
    editor.set_rich_text(RichText((Block((Run("woord"), Footnote("fn1", ()))),)))
    cursor = QTextCursor(editor.document())
    cursor.setPosition(2)
    point = editor.cursorRect(cursor).center()
    qtbot.mouseDClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert editor.footnote_popup() is None
    assert editor.textCursor().selectedText() == "woord"


def test_delete_button_removes_the_footnote(qtbot, editor):
    editor.set_rich_text(RichText((Block((Run("a"), Footnote("fn1", (Run("x"),)), Run("b"))),)))
    editor.edit_footnote(1)
    popup = _popup(qtbot, editor)
    qtbot.mouseClick(popup.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.footnote_popup() is None)
    assert editor.rich_text() == RichText.plain("ab")


def test_edit_footnote_action_follows_the_cursor(qtbot, editor):
    editor.set_rich_text(RichText((Block((Run("a"), Footnote("fn1", ()), Run(" b"))),)))
    editor.moveCursor(QTextCursor.MoveOperation.End)
    assert not editor.format_actions.edit_footnote.isEnabled()
    cursor = editor.textCursor()
    cursor.setPosition(2)
    editor.setTextCursor(cursor)
    assert editor.format_actions.edit_footnote.isEnabled()
    editor.format_actions.edit_footnote.trigger()
    popup = _popup(qtbot, editor)
    qtbot.keyClicks(popup.body_editor, "tekst")
    popup.done_button.click()
    qtbot.waitUntil(lambda: editor.footnote_popup() is None)
    assert editor.rich_text().footnotes() == (Footnote("fn1", (Run("tekst"),)),)


def test_footnote_ids_come_from_the_factory(editor):
    editor.set_rich_text(RichText((Block((Footnote("fn1", ()),)),)))
    seen = []

    def factory(used):
        seen.append(set(used))
        return "fn-answer-7"

    editor.set_footnote_id_factory(factory)
    assert editor.insert_footnote(()) == "fn-answer-7"
    assert seen == [{"fn1"}]
