"""Pasting from Word or the web into the letter: a table keeps its rows readable and the
status bar says what was reshaped or left out (issue 9: cells became paragraphs and images
vanished without a word)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from window_helpers import small_letter

TABLE_AND_IMAGE = (
    "<p>Zie de tabel:</p>"
    "<table><tr><td><p>Jaar</p></td><td><p>Plaatsen</p></td></tr>"
    "<tr><td>2024</td><td>3.000</td></tr></table>"
    '<p><img src="https://voorbeeld.nl/logo.png" alt="logo"> Logo. <img src="x.png"></p>'
)


def test_a_pasted_table_and_images_are_reported_in_the_status_bar(make_window):
    window = make_window(small_letter(2))
    window.list_pane.select_ids(["q1"])
    editor = window.editor_pane.answer_editor
    editor.setFocus()
    mime = QMimeData()
    mime.setHtml(TABLE_AND_IMAGE)
    editor.insertFromMimeData(mime)
    text = window.document.letter.answer("a1").text.plain_text()
    assert "Jaar\tPlaatsen" in text and "2024\t3.000" in text
    assert window.statusBar().currentMessage() == (
        "1 pasted table became one paragraph per row, cells separated by tabs. "
        "2 images left out: the letter text holds no images."
    )


def test_a_plain_paste_says_nothing(make_window):
    window = make_window(small_letter(2))
    window.list_pane.select_ids(["q1"])
    editor = window.editor_pane.answer_editor
    mime = QMimeData()
    mime.setHtml("<p>Gewoon <b>tekst</b>.</p>")
    editor.insertFromMimeData(mime)
    assert window.statusBar().currentMessage() == ""
