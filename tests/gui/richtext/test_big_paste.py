"""Big and hostile pastes through the editor widget: too large is refused with a message and
changes nothing; large is converted off the GUI thread and lands whole; long words switch the
editor to breaking lines anywhere (Qt's word wrapping of them is quadratic)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication, QTextOption

from answerletter.gui.richtext import RichTextEditor
from answerletter.gui.richtext.big_paste import (
    BACKGROUND_BYTES,
    MAX_HTML_BYTES,
    MAX_PARAGRAPHS,
    MAX_TEXT_CHARS,
)
from answerletter.gui.richtext.long_words import LONG_WORD
from answerletter.model.richtext import Block, RichText, Run

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ANYWHERE = QTextOption.WrapMode.WrapAnywhere
WORDS = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
WAIT = 120_000  # ms: only a guard against hanging; a paste lands long before
#: Characters of a paste that is taken but converted on the worker thread.
LARGE = (BACKGROUND_BYTES + MAX_TEXT_CHARS) // 2
assert BACKGROUND_BYTES < LARGE < MAX_TEXT_CHARS


def _word(length: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return "".join(letters[(index * 7) % 26] for index in range(length))


def _lines(size: int) -> str:
    """Whole lines, *size* characters or (at most a line) more."""
    line = "Geplakte regel: tekst uit een groot document, met één accent.\n"
    return line * -(-size // len(line))


def _copy(text: str = "", html: str = "") -> None:
    mime = QMimeData()
    if html:
        mime.setHtml(html)
    if text:
        mime.setText(text)
    QGuiApplication.clipboard().setMimeData(mime)


def _paste_and_wait(qtbot, editor: RichTextEditor, *, plain: bool = False) -> None:
    """Paste with the keyboard; wait until a background paste has landed."""
    modifiers = CTRL | SHIFT if plain else CTRL
    read_only_while_noted: list[bool] = []

    def noted(_message: str) -> None:
        read_only_while_noted.append(editor.isReadOnly())

    editor.pasteNoted.connect(noted)
    with qtbot.waitSignal(editor.pasteFinished, timeout=WAIT):
        qtbot.keyClick(editor, Qt.Key.Key_V, modifiers)
    editor.pasteNoted.disconnect(noted)
    # The "Pasting…" note came while the editor waited, read-only.
    assert read_only_while_noted[:1] == [True]
    assert not editor.isReadOnly()


def test_a_long_word_is_pasted_whole_and_wrapped_anywhere(qtbot, editor):
    editor.set_rich_text(RichText.plain("Begin "))
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    assert editor.wordWrapMode() == WORDS
    word = _word(LARGE)
    _copy(word)
    _paste_and_wait(qtbot, editor)
    assert editor.rich_text() == RichText.plain("Begin " + word)
    assert editor.wordWrapMode() == ANYWHERE
    # Lines break inside the word: far more lines than blocks.
    assert editor.document().firstBlock().layout().lineCount() > 100


def test_wrapping_returns_to_words_when_the_long_word_goes(qtbot, editor):
    long_text = RichText.plain("x" * (LONG_WORD + 1))
    editor.set_rich_text(long_text)
    assert editor.wordWrapMode() == ANYWHERE
    assert editor.rich_text() == long_text
    editor.set_rich_text(RichText.plain("Gewone woorden."))
    assert editor.wordWrapMode() == WORDS
    # A word of exactly LONG_WORD characters is still wrapped at words.
    editor.set_rich_text(RichText.plain("y" * LONG_WORD))
    assert editor.wordWrapMode() == WORDS
    # Selecting the long word away (a large edit) switches back after the edit.
    editor.set_rich_text(long_text)
    editor.selectAll()
    editor.textCursor().removeSelectedText()
    cursor = editor.textCursor()
    cursor.select(cursor.SelectionType.Document)
    cursor.insertText("kort")
    qtbot.waitUntil(lambda: editor.wordWrapMode() == WORDS, timeout=WAIT)


def test_a_million_character_word_loads_and_reads_back(editor):
    """A letter file may hold such a word (it is valid): the editor shows it, wrapping
    anywhere, and gives it back unchanged."""
    text = RichText((Block((Run(_word(1_000_000)),)), Block((Run("Daarna."),))))
    editor.set_rich_text(text)
    assert editor.wordWrapMode() == ANYWHERE
    assert editor.rich_text() == text


def test_too_much_text_is_refused_with_a_message(qtbot, editor, fake_dialogs):
    editor.set_rich_text(RichText.plain("Bestaand antwoord."))
    notes: list[str] = []
    editor.pasteNoted.connect(notes.append)
    too_much = _lines(MAX_TEXT_CHARS + 1)
    _copy(too_much)
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    assert editor.rich_text() == RichText.plain("Bestaand antwoord.")
    assert not editor.isReadOnly()
    assert len(notes) == 1
    assert "too large" in notes[0] and "characters" in notes[0]
    qtbot.waitUntil(lambda: "information" in fake_dialogs.calls, timeout=WAIT)
    # Nothing is lost: the clipboard still holds the text.
    assert QGuiApplication.clipboard().text() == too_much
    # Paste as plain text is held to the same limit.
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL | SHIFT)
    assert editor.rich_text() == RichText.plain("Bestaand antwoord.")
    assert len(notes) == 2
    # Ten megabytes are refused by their size alone, given in megabytes.
    _copy("x" * 10_000_000)
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    assert "too large" in notes[2] and "MB" in notes[2]
    assert editor.rich_text() == RichText.plain("Bestaand antwoord.")


def test_too_much_html_is_refused_and_plain_text_is_offered(qtbot, editor, fake_dialogs):
    paragraph = "<p>Een <b>vette</b> alinea uit <i>Word</i>.</p>\n"
    html = "<html><body>" + paragraph * (MAX_HTML_BYTES // len(paragraph) + 1) + "</body></html>"
    text = "Een vette alinea uit Word.\n" * 3
    _copy(text=text, html=html)
    notes: list[str] = []
    editor.pasteNoted.connect(notes.append)
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    assert editor.rich_text() == RichText()
    assert "HTML" in notes[0] and "plain text" in notes[0]
    # The plain text form is small: pasting it as plain text works.
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL | SHIFT)
    assert editor.rich_text().plain_text() == text.rstrip("\n")


def test_a_large_paste_converts_in_the_background_and_lands_whole(qtbot, editor):
    editor.set_rich_text(RichText.plain("Eerst dit. "))
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    text = _lines(LARGE)
    _copy(text)
    notes: list[str] = []
    editor.pasteNoted.connect(notes.append)
    _paste_and_wait(qtbot, editor)
    assert editor.rich_text().plain_text() == "Eerst dit. " + text.rstrip("\n")
    assert notes == ["Pasting…"]
    # The editor's own history has the paste as one step.
    editor.document().undo()
    assert editor.rich_text() == RichText.plain("Eerst dit. ")


def test_large_html_converts_in_the_background(qtbot, editor):
    paragraph = "<p>Een <b>vette</b> alinea met nog wat meer tekst erachter.</p>"
    count = 3 * BACKGROUND_BYTES // (2 * len(paragraph))
    assert count <= MAX_PARAGRAPHS
    _copy(text="plain fallback", html="<html><body>" + paragraph * count + "</body></html>")
    _paste_and_wait(qtbot, editor)
    blocks = editor.rich_text().blocks
    assert len(blocks) == count
    assert all(block.content[1] == Run("vette", blocks[0].content[1].marks) for block in blocks)
    assert blocks[0].content[1].marks.bold


def test_opening_another_text_stops_a_paste_in_progress(qtbot, editor):
    _copy(_lines(LARGE))
    notes: list[str] = []
    editor.pasteNoted.connect(notes.append)
    # Both: the paste ends at once, and the conversion, when it arrives, is dropped.
    signals = [editor.pasteFinished, editor.paste_converter.settled]
    with qtbot.waitSignals(signals, timeout=WAIT):
        # Called directly, not through a key press (QTest runs the event loop, where the
        # conversion could already land): the text is replaced while the paste converts.
        editor.insertFromMimeData(QGuiApplication.clipboard().mimeData())
        editor.set_rich_text(RichText.plain("Een ander antwoord."))
        assert "stopped" in notes[-1]
        assert not editor.isReadOnly()
    assert editor.rich_text() == RichText.plain("Een ander antwoord.")


def test_a_second_paste_waits_for_the_first(qtbot, editor):
    _copy(_lines(LARGE))
    notes: list[str] = []
    editor.pasteNoted.connect(notes.append)
    with qtbot.waitSignal(editor.pasteFinished, timeout=WAIT):
        # Both directly (see above): the second comes while the first converts.
        editor.insertFromMimeData(QGuiApplication.clipboard().mimeData())
        editor.insertFromMimeData(QGuiApplication.clipboard().mimeData())
        assert "Still pasting" in notes[-1]
    assert editor.rich_text().plain_text() == _lines(LARGE).rstrip("\n")


def test_html_whose_text_is_too_large_is_refused_after_conversion(qtbot, editor, fake_dialogs):
    """Small enough HTML may still hold more text than an answer takes: refused once known."""
    paragraphs = MAX_TEXT_CHARS // 1000 + 20
    html = "<html><body>" + ("<p>" + "x" * 1000 + "</p>") * paragraphs + "</body></html>"
    assert BACKGROUND_BYTES < len(html) < MAX_HTML_BYTES
    _copy(text="plain fallback", html=html)
    notes: list[str] = []
    editor.pasteNoted.connect(notes.append)
    _paste_and_wait(qtbot, editor)
    assert editor.rich_text() == RichText()
    assert "too large" in notes[-1] and "characters" in notes[-1]
    qtbot.waitUntil(lambda: "information" in fake_dialogs.calls, timeout=WAIT)


def test_too_many_paragraphs_are_refused(qtbot, editor, fake_dialogs):
    """Costs grow with paragraphs: short lines of little text are refused past the limit,
    as plain text before conversion and as HTML after it; up to it they are taken."""
    notes: list[str] = []
    editor.pasteNoted.connect(notes.append)
    _copy("kort\n" * MAX_PARAGRAPHS)  # MAX_PARAGRAPHS + 1 lines: the last one empty
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    assert editor.rich_text() == RichText()
    assert "too many paragraphs" in notes[-1]
    html = "<html><body>" + "<p>kort</p>" * (MAX_PARAGRAPHS + 1) + "</body></html>"
    _copy(text="kort", html=html)
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    assert editor.rich_text() == RichText()
    assert "too many paragraphs" in notes[-1]
    assert notes.count(notes[-1]) == 2
    _copy("kort\n" * (MAX_PARAGRAPHS - 1) + "kort")
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    assert editor.rich_text() == RichText.plain(*["kort"] * MAX_PARAGRAPHS)
