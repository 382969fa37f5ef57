"""Hostile pastes through the window (issue 10, items 11 and 15): HTML nested far deeper than
libxml2 follows loses only formatting, never text, and the status bar says so; invisible
text-direction controls (the "Trojan source" trick) are removed and counted. Each time the
letter saves and opens again with exactly what was pasted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from window_helpers import small_letter

from answerletter.fileformat import load_letter
from answerletter.gui.richtext.html_import import import_html
from answerletter.gui.richtext.paste import paste_from_mime


def nested(depth: int, tag: str = "b") -> str:
    return (
        "<html><body><p>Voor de diepte.</p>"
        + f"<{tag}>" * depth
        + "Diep in de opmaak."
        + f"</{tag}>" * depth
        + "<p>Na de diepte, <i>cursief</i>.</p></body></html>"
    )


@pytest.mark.parametrize("depth", [10, 254, 255, 256, 1000, 20_000])
def test_deep_nesting_keeps_every_word(depth):
    text, unwrapped = import_html(nested(depth))
    assert text.plain_text() == "Voor de diepte.\nDiep in de opmaak.\nNa de diepte, cursief."
    assert text.blocks[1].content[0].marks.bold  # the outer formatting stays
    assert text.blocks[2].content[1].marks.italic
    assert (unwrapped > 0) == (depth >= 255)


def test_deep_nesting_inside_a_list_item_and_stray_end_tags():
    html = "<ul><li>een</li><li>" + "<span>" * 400 + "twee" + "</b></i>" * 50 + "</li></ul>"
    html += "<p>drie</p>"
    text, unwrapped = import_html(html)
    assert unwrapped > 0
    assert [block.plain_text() for block in text.blocks] == ["een", "twee", "drie"]


def paste_into_answer(window, qtbot, mime: QMimeData, notes: list[str]):
    window.list_pane.select_ids(["q1"])
    editor = window.editor_pane.answer_editor
    editor.pasteNoted.connect(notes.append)
    window.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    editor.moveCursor(QTextCursor.MoveOperation.End)
    QApplication.clipboard().setMimeData(mime)
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    return editor


def saved_and_reopened(window, fake_dialogs, tmp_path):
    fake_dialogs.save_path = tmp_path / "geplakt.kvb"
    window.save_action.trigger()
    return load_letter(tmp_path / "geplakt.kvb")


def test_a_deeply_nested_paste_keeps_its_text_and_says_what_was_left_out(
    make_window, qtbot, fake_dialogs, tmp_path
):
    window = make_window(small_letter(2))
    mime = QMimeData()
    mime.setHtml(nested(3000))
    mime.setText("platte tekst (niet gebruikt)")
    notes: list[str] = []
    paste_into_answer(window, qtbot, mime, notes)
    expected = "Antwoord 1.Voor de diepte.\nDiep in de opmaak.\nNa de diepte, cursief."
    qtbot.waitUntil(lambda: window.document.letter.answer("a1").text.plain_text() == expected)
    assert notes == [window.statusBar().currentMessage()]
    assert "nested too deeply" in notes[0] and "the text is all there" in notes[0]
    reopened = saved_and_reopened(window, fake_dialogs, tmp_path)
    assert reopened.answer("a1").text == window.document.letter.answer("a1").text
    assert reopened.answer("a1").text.plain_text() == expected


BIDI = "\u202e\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069"


def test_text_direction_controls_are_removed_from_html_plain_and_own_pastes():
    for make in (
        lambda mime: mime.setHtml(f"<p>Bedrag: \u202e00,001 €\u202c klopt{BIDI}</p>"),
        lambda mime: mime.setText(f"Bedrag: \u202e00,001 €\u202c klopt{BIDI}"),
    ):
        mime = QMimeData()
        make(mime)
        pasted = paste_from_mime(mime)
        assert pasted is not None
        assert pasted.text.plain_text() == "Bedrag: 00,001 € klopt"
        assert pasted.bidi_removed == 2 + len(BIDI)
    ordinary = QMimeData()
    ordinary.setText("Gewone tekst met één accent en een \u200b breekpunt.")
    pasted = paste_from_mime(ordinary)
    assert pasted.bidi_removed == 0
    assert pasted.text.plain_text() == "Gewone tekst met één accent en een \u200b breekpunt."


def test_a_paste_with_a_right_to_left_override_is_cleaned_and_reported(
    make_window, qtbot, fake_dialogs, tmp_path
):
    window = make_window(small_letter(2))
    mime = QMimeData()
    mime.setHtml("<p>Het bedrag is <b>\u202e000.001\u202c</b> euro.</p>")
    notes: list[str] = []
    editor = paste_into_answer(window, qtbot, mime, notes)
    expected = "Antwoord 1.Het bedrag is 000.001 euro."
    qtbot.waitUntil(lambda: window.document.letter.answer("a1").text.plain_text() == expected)
    assert notes == [window.statusBar().currentMessage()]
    assert notes[0] == "2 invisible text-direction characters removed from the pasted text."
    assert "\u202e" not in editor.toPlainText()
    reopened = saved_and_reopened(window, fake_dialogs, tmp_path)
    assert reopened.answer("a1").text.plain_text() == expected
    assert "\u202e" not in (tmp_path / "geplakt.kvb").read_text("utf-8")
