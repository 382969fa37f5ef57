"""Selecting a finding's excerpt in a text editor.

Findings give offsets into a text's plain text (blocks joined by a newline, footnote marks
left out). An editor's QTextDocument has the same blocks, with each footnote mark as one
object character; this maps one onto the other. If the text moved on since the check, the
excerpt is looked up near the old place instead.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit

from answerletter.gui.richtext.footnotes import footnote_at, footnote_positions

OBJECT_CHARACTER = "\ufffc"


def _plain_and_positions(editor: QTextEdit) -> tuple[str, list[int]]:
    """The editor's plain text as the checks see it, and each character's document position
    (plus the end position)."""
    document = editor.document()
    chars: list[str] = []
    positions: list[int] = []
    block = document.begin()
    first = True
    while block.isValid():
        if not first:
            chars.append("\n")
            positions.append(block.position() - 1)
        first = False
        base = block.position()
        for offset, char in enumerate(block.text()):
            if char == OBJECT_CHARACTER:
                continue
            chars.append(char)
            positions.append(base + offset)
        block = block.next()
    positions.append(document.characterCount() - 1)
    return "".join(chars), positions


def select_excerpt(editor: QTextEdit, start: int | None, end: int | None, excerpt: str) -> bool:
    """Select *excerpt* at plain offsets [start, end) (or its nearest occurrence); True when
    something was selected."""
    plain, positions = _plain_and_positions(editor)
    if start is None or end is None or plain[start:end] != excerpt:
        if not excerpt:
            return False
        hint = start or 0
        candidates = []
        at = plain.find(excerpt)
        while at >= 0:
            candidates.append(at)
            at = plain.find(excerpt, at + 1)
        if not candidates:
            return False
        start = min(candidates, key=lambda c: abs(c - hint))
        end = start + len(excerpt)
    if end > len(plain) or start > end:
        return False
    cursor = QTextCursor(editor.document())
    cursor.setPosition(positions[start])
    cursor.setPosition(positions[end] if end < len(positions) else positions[-1],
                       QTextCursor.MoveMode.KeepAnchor)  # fmt: skip
    if start == end:  # nothing to select (an empty footnote): place the cursor
        cursor.clearSelection()
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
    return True


def select_footnote_mark(editor: QTextEdit, footnote_id: str) -> bool:
    """Select the mark of the footnote *footnote_id* in the editor."""
    document = editor.document()
    for position in footnote_positions(document):
        note = footnote_at(document, position)
        if note is not None and note.id == footnote_id:
            cursor = QTextCursor(document)
            cursor.setPosition(position)
            cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
            editor.setTextCursor(cursor)
            editor.ensureCursorVisible()
            return True
    return False
