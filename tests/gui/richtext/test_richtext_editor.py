"""Driving the editor widget: typing, format shortcuts, lists, links, undo/redo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from answerletter.gui.richtext import linkdialog
from answerletter.gui.richtext.linkdialog import LinkDialog, LinkRequest
from answerletter.model.richtext import LINE_BREAK, Block, ListKind, Marks, RichText, Run, Script

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
B, N = ListKind.BULLET, ListKind.NUMBER


def test_typing_produces_the_model_text(qtbot, editor):
    with qtbot.waitSignal(editor.richTextChanged):
        qtbot.keyClicks(editor, "Het kabinet")
    qtbot.keyClick(editor, Qt.Key.Key_Return, SHIFT)
    qtbot.keyClicks(editor, "regel twee")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Tweede alinea")
    assert editor.rich_text() == RichText.plain(
        f"Het kabinet{LINE_BREAK}regel twee", "Tweede alinea"
    )


@pytest.mark.parametrize(
    ("key", "modifiers", "marks"),
    [
        (Qt.Key.Key_B, CTRL, Marks(bold=True)),
        (Qt.Key.Key_I, CTRL, Marks(italic=True)),
        (Qt.Key.Key_U, CTRL, Marks(underline=True)),
        (Qt.Key.Key_Equal, CTRL | SHIFT, Marks(script=Script.SUPER)),
        (Qt.Key.Key_Equal, CTRL, Marks(script=Script.SUB)),
    ],
)
def test_format_shortcut_while_typing(qtbot, editor, key, modifiers, marks):
    qtbot.keyClicks(editor, "a ")
    qtbot.keyClick(editor, key, modifiers)
    qtbot.keyClicks(editor, "b")
    qtbot.keyClick(editor, key, modifiers)
    qtbot.keyClicks(editor, " c")
    assert editor.rich_text() == RichText((Block((Run("a "), Run("b", marks), Run(" c"))),))


def test_format_shortcut_on_a_selection_and_the_toolbar_state(qtbot, editor):
    qtbot.keyClicks(editor, "een twee")
    qtbot.keyClick(editor, Qt.Key.Key_Left, CTRL | SHIFT)  # select "twee"
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    assert editor.rich_text() == RichText((Block((Run("een "), Run("twee", Marks(bold=True)))),))
    assert editor.format_actions.bold.isChecked()
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    assert not editor.format_actions.bold.isChecked()
    qtbot.keyClick(editor, Qt.Key.Key_End)
    assert editor.format_actions.bold.isChecked()
    # Toggling again removes the mark.
    qtbot.keyClick(editor, Qt.Key.Key_Left, CTRL | SHIFT)
    editor.format_actions.bold.trigger()
    assert editor.rich_text() == RichText.plain("een twee")


def test_superscript_and_subscript_exclude_each_other(qtbot, editor):
    qtbot.keyClicks(editor, "H")
    qtbot.keyClick(editor, Qt.Key.Key_Equal, CTRL)
    qtbot.keyClicks(editor, "2")
    qtbot.keyClick(editor, Qt.Key.Key_Equal, CTRL | SHIFT)
    qtbot.keyClicks(editor, "3")
    assert editor.rich_text() == RichText(
        (
            Block(
                (Run("H"), Run("2", Marks(script=Script.SUB)), Run("3", Marks(script=Script.SUPER)))
            ),
        )
    )
    assert editor.format_actions.superscript.isChecked()
    assert not editor.format_actions.subscript.isChecked()


def test_bulleted_and_numbered_lists_with_levels(qtbot, editor):
    qtbot.keyClick(editor, Qt.Key.Key_8, CTRL | SHIFT)  # bulleted list
    qtbot.keyClicks(editor, "een")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # one level deeper
    qtbot.keyClicks(editor, "sub")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Tab, SHIFT)  # back up
    qtbot.keyClicks(editor, "twee")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Enter on an empty item ends the list
    qtbot.keyClicks(editor, "los")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    editor.format_actions.numbered_list.trigger()
    qtbot.keyClicks(editor, "genummerd")
    assert editor.rich_text() == RichText(
        (
            Block((Run("een"),), B),
            Block((Run("sub"),), B, 1),
            Block((Run("twee"),), B),
            Block((Run("los"),)),
            Block((Run("genummerd"),), N),
        )
    )
    assert editor.format_actions.numbered_list.isChecked()
    assert not editor.format_actions.bullet_list.isChecked()
    # The two bullet items at level 0 share one list, so they are numbered as one.
    first = editor.document().findBlockByNumber(0)
    third = editor.document().findBlockByNumber(2)
    assert first.textList().objectIndex() == third.textList().objectIndex()


def test_indent_actions_and_backspace_in_a_list(qtbot, editor):
    editor.set_rich_text(RichText((Block((Run("a"),), N), Block((Run("b"),), N))))
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_M, CTRL)
    qtbot.keyClick(editor, Qt.Key.Key_M, CTRL)
    assert editor.rich_text().blocks[1] == Block((Run("b"),), N, 2)
    qtbot.keyClick(editor, Qt.Key.Key_M, CTRL | SHIFT)
    assert editor.rich_text().blocks[1] == Block((Run("b"),), N, 1)
    editor.moveCursor(QTextCursor.MoveOperation.StartOfBlock)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)  # at the start of an item: up a level
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)  # at level 0: out of the list
    assert editor.rich_text().blocks[1] == Block((Run("b"),))
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)  # at the start of a paragraph: joins
    assert editor.rich_text() == RichText((Block((Run("ab"),), N),))


def test_joining_two_lists_makes_one_list(qtbot, editor):
    editor.set_rich_text(
        RichText((Block((Run("a"),), N), Block((Run("x"),)), Block((Run("b"),), N)))
    )
    document = editor.document()
    assert document.findBlockByNumber(2).textList().itemText(document.findBlockByNumber(2)) == "1."
    # Delete the paragraph between the lists.
    cursor = QTextCursor(document.findBlockByNumber(1))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.waitUntil(
        lambda: (
            document.findBlockByNumber(1).textList().itemText(document.findBlockByNumber(1)) == "2."
        )
    )
    assert editor.rich_text() == RichText((Block((Run("a"),), N), Block((Run("b"),), N)))


def test_link_insert_with_ctrl_k(qtbot, editor, monkeypatch):
    asked = []

    def fake_ask(parent, href, *, ask_text, can_remove):
        asked.append((href, ask_text, can_remove))
        return LinkRequest("https://www.tweedekamer.nl", "Tweede Kamer")

    monkeypatch.setattr(linkdialog, "ask_link", fake_ask)
    qtbot.keyClicks(editor, "Zie ")
    qtbot.keyClick(editor, Qt.Key.Key_K, CTRL)
    qtbot.keyClicks(editor, " nu")
    link = Marks(link="https://www.tweedekamer.nl")
    assert editor.rich_text() == RichText(
        (Block((Run("Zie "), Run("Tweede Kamer", link), Run(" nu"))),)
    )
    assert asked == [("", True, False)]


def test_link_on_selection_edit_and_remove(qtbot, editor, monkeypatch):
    qtbot.keyClicks(editor, "de brief")
    qtbot.keyClick(editor, Qt.Key.Key_Left, CTRL | SHIFT)
    editor.set_link("https://a.nl")
    assert editor.rich_text().links() == ("https://a.nl",)
    # With the cursor inside the link, Ctrl+K edits the whole link.
    editor.moveCursor(QTextCursor.MoveOperation.Left)
    editor.moveCursor(QTextCursor.MoveOperation.Right)
    editor.moveCursor(QTextCursor.MoveOperation.Right)
    assert editor.format_actions.link.isChecked()
    monkeypatch.setattr(
        linkdialog, "ask_link", lambda *a, **k: LinkRequest("mailto:griffie@tweedekamer.nl")
    )
    qtbot.keyClick(editor, Qt.Key.Key_K, CTRL)
    assert editor.rich_text() == RichText(
        (Block((Run("de "), Run("brief", Marks(link="mailto:griffie@tweedekamer.nl")))),)
    )
    monkeypatch.setattr(linkdialog, "ask_link", lambda *a, **k: LinkRequest(None))
    qtbot.keyClick(editor, Qt.Key.Key_K, CTRL)
    assert editor.rich_text() == RichText.plain("de brief")


def test_underline_of_a_link_is_its_own_mark(qtbot, editor):
    qtbot.keyClicks(editor, "site")
    editor.selectAll()
    editor.set_link("https://a.nl")
    assert editor.rich_text().blocks[0].content[0].marks == Marks(link="https://a.nl")
    qtbot.keyClick(editor, Qt.Key.Key_U, CTRL)
    assert editor.rich_text().blocks[0].content[0].marks == Marks(
        underline=True, link="https://a.nl"
    )


def test_set_link_refuses_other_schemes(editor):
    editor.setPlainText("x")
    editor.selectAll()
    with pytest.raises(ValueError, match="http, https and mailto"):
        editor.set_link("javascript:alert(1)")
    assert editor.rich_text() == RichText.plain("x")


def test_link_dialog_refuses_javascript_with_a_message(qtbot):
    dialog = LinkDialog(None, "", ask_text=True, can_remove=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.address, "javascript:alert(document.cookie)")
    qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.result() == 0
    assert dialog.error.isVisible()
    assert "javascript:alert" in dialog.error.text()
    assert "https://" in dialog.error.text()
    # A bare web or e-mail address is completed and accepted.
    dialog.address.setText("www.rijksoverheid.nl")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
    assert dialog.href() == "https://www.rijksoverheid.nl"


def test_undo_and_redo_of_text_edits(qtbot, editor):
    qtbot.keyClicks(editor, "eerste")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "tweede")
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    bold = editor.rich_text()
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.rich_text() == RichText.plain("eerste", "tweede")
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL | SHIFT)
    assert editor.rich_text() == bold
    while editor.document().isUndoAvailable():
        editor.undo()
    assert editor.rich_text() == RichText()


def test_set_rich_text_emits_nothing_and_resets_history(qtbot, editor):
    qtbot.keyClicks(editor, "weg")
    with qtbot.assertNotEmitted(editor.richTextChanged):
        editor.set_rich_text(RichText.plain("nieuw"))
    assert not editor.document().isUndoAvailable()
    assert editor.rich_text() == RichText.plain("nieuw")


def test_set_rich_text_keeps_history_switched_off(editor):
    editor.document().setUndoRedoEnabled(False)
    editor.set_rich_text(RichText.plain("x"))
    assert not editor.document().isUndoRedoEnabled()


def test_widgets_have_accessible_names(window, editor):
    from PySide6.QtWidgets import QToolBar, QToolButton

    assert editor.accessibleName()
    toolbar = window.findChild(QToolBar)
    assert toolbar.accessibleName()
    buttons = toolbar.findChildren(QToolButton)
    named = [b for b in buttons if b.defaultAction() is not None]
    assert len(named) >= 11
    assert all(b.accessibleName() for b in named)


def test_two_editors_in_one_window_keep_their_shortcuts_apart(qtbot, qtlog, window, editor):
    from answerletter.gui.richtext import RichTextEditor

    other = RichTextEditor(window)
    window.layout().addWidget(other)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    qtbot.keyClicks(other, "vraag ")
    qtbot.keyClick(other, Qt.Key.Key_B, CTRL)
    qtbot.keyClicks(other, "vet")
    assert other.rich_text() == RichText((Block((Run("vraag "), Run("vet", Marks(bold=True)))),))
    assert editor.rich_text() == RichText()
    assert not editor.format_actions.bold.isChecked()
    assert not [r for r in qtlog.records if "Ambiguous" in r.message]
