"""Hostile input through the window: a 10 MB paste is taken in whole, and the letter saves
and opens again with all of it.

Pasted HTML with scripts, iframes, remote images and style sheets is covered by
``tests/gui/richtext/test_richtext_paste.py::test_pasting_html_fetches_nothing`` (a server on
127.0.0.1 records requests and sees none); a save failing halfway through the window by
``test_safety_saving.py`` ("halfway write"); the reader by ``tests/safety/test_fuzz_reader.py``.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from window_helpers import small_letter

from answerletter.fileformat import load_letter

SIZE = 10_000_000


def ten_megabytes() -> str:
    line = "Geplakte regel {n:07d}: tekst uit een groot document, met één accent.\n"
    lines = [line.format(n=n) for n in range(SIZE // len(line) + 2)]
    return "".join(lines)[:SIZE]


@pytest.mark.slow
def test_a_ten_megabyte_paste(make_window, qtbot, fake_dialogs, tmp_path):
    window = make_window(small_letter(2))
    window.list_pane.select_ids(["q1"])
    editor = window.editor_pane.answer_editor
    window.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    editor.moveCursor(QTextCursor.MoveOperation.End)
    text = ten_megabytes()
    mime = QMimeData()
    mime.setText(text)
    QApplication.clipboard().setMimeData(mime)

    start = time.perf_counter()
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    expected = "Antwoord 1." + text.rstrip("\n")

    def answer() -> str:
        return window.document.letter.answer("a1").text.plain_text()

    qtbot.waitUntil(lambda: len(answer()) == len(expected), timeout=300_000)
    QApplication.processEvents()  # the preview and the list follow
    pasted = time.perf_counter() - start
    assert answer() == expected

    fake_dialogs.save_path = tmp_path / "groot.kvb"
    start = time.perf_counter()
    window.save_action.trigger()
    saved = time.perf_counter() - start
    assert load_letter(tmp_path / "groot.kvb").answer("a1").text.plain_text() == expected
    print(f"\n10 MB paste: {pasted:.1f} s into the window, {saved:.1f} s to save (and verify)")
