"""Hostile input through the window: a 10 MB paste of any shape is refused with a message and
changes nothing; the largest paste taken lands whole, and the letter saves and opens again
with all of it.

Pasted HTML with scripts, iframes, remote images and style sheets is covered by
``tests/gui/richtext/test_richtext_paste.py::test_pasting_html_fetches_nothing`` (a server on
127.0.0.1 records requests and sees none); the paste limits and the background conversion in
the editor widget by ``tests/gui/richtext/test_big_paste.py``; a save failing halfway through
the window by ``test_safety_saving.py`` ("halfway write"); the reader by
``tests/safety/test_fuzz_reader.py``.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from window_helpers import small_letter

from answerletter.fileformat import load_letter
from answerletter.gui.richtext.big_paste import MAX_TEXT_CHARS

SIZE = 10_000_000
WAIT = 300_000  # ms: only a guard against hanging


def lines(size: int) -> str:
    line = "Geplakte regel {n:07d}: tekst uit een groot document, met één accent.\n"
    return "".join(line.format(n=n) for n in range(size // len(line) + 2))[:size]


def ten_megabytes() -> dict[str, QMimeData]:
    """10 MB on the clipboard in every shape: lines, one paragraph, one word, Word's HTML."""
    shapes = {
        "lines": lines(SIZE),
        "paragraph": ("woord " * (SIZE // 6 + 1))[:SIZE],
        "word": "x" * SIZE,
    }
    mimes = {}
    for name, text in shapes.items():
        mime = QMimeData()
        mime.setText(text)
        mimes[name] = mime
    paragraph = '<p class=MsoNormal><span style="font-family:Verdana">Een alinea.</span></p>\n'
    word = QMimeData()
    word.setHtml("<html><body>" + paragraph * (SIZE // len(paragraph)) + "</body></html>")
    word.setText("Een alinea.\n" * (SIZE // len(paragraph)))
    mimes["word html"] = word
    return mimes


def _answer_editor(make_window, qtbot):
    window = make_window(small_letter(2))
    window.list_pane.select_ids(["q1"])
    editor = window.editor_pane.answer_editor
    window.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    editor.moveCursor(QTextCursor.MoveOperation.End)
    return window, editor


def test_a_ten_megabyte_paste_of_any_shape_is_refused(make_window, qtbot, fake_dialogs):
    window, editor = _answer_editor(make_window, qtbot)
    before = window.document.letter
    for name, mime in ten_megabytes().items():
        fake_dialogs.calls.clear()
        QApplication.clipboard().setMimeData(mime)
        qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: "information" in fake_dialogs.calls, timeout=WAIT)
        assert "too large" in window.statusBar().currentMessage(), name
        assert window.document.letter is before, name
        assert not editor.isReadOnly()


@pytest.mark.slow
def test_the_largest_paste_taken_lands_and_saves(make_window, qtbot, fake_dialogs, tmp_path):
    window, editor = _answer_editor(make_window, qtbot)
    text = lines(MAX_TEXT_CHARS)
    mime = QMimeData()
    mime.setText(text)
    QApplication.clipboard().setMimeData(mime)

    start = time.perf_counter()
    with qtbot.waitSignal(editor.pasteFinished, timeout=WAIT):
        qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    expected = "Antwoord 1." + text.rstrip("\n")

    def answer() -> str:
        return window.document.letter.answer("a1").text.plain_text()

    qtbot.waitUntil(lambda: len(answer()) == len(expected), timeout=WAIT)
    QApplication.processEvents()  # the preview and the list follow
    pasted = time.perf_counter() - start
    assert answer() == expected

    fake_dialogs.save_path = tmp_path / "groot.kvb"
    start = time.perf_counter()
    window.save_action.trigger()
    saved = time.perf_counter() - start
    assert load_letter(tmp_path / "groot.kvb").answer("a1").text.plain_text() == expected
    print(f"\n{len(text):,} characters: {pasted:.1f} s into the window, {saved:.1f} s to save")
