"""Showing a find hit in the window: its question chosen, its text selected in the field that
edits it (the question or answer editor, the letter text, a letter detail), and the preview
at its page. The find bar keeps the keyboard focus, so Enter goes on to the next hit.

Hit offsets count characters as Python does; Qt counts UTF-16 units, so a character outside
the Basic Multilingual Plane (an emoji) before the hit moves it by one more.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from answerletter.gui.findings_select import select_footnote_mark
from answerletter.model import Letter
from answerletter.model.replace import place_text
from answerletter.model.search import Hit, Part

if TYPE_CHECKING:
    from answerletter.gui.main_window import MainWindow

#: Metadata field (as ``search.metadata_fields`` names it) → the form's line edit.
_LINE_EDITS = {
    "our_reference": "ourReferenceEdit",
    "your_reference": "yourReferenceEdit",
    "subject": "subjectEdit",
    "betreft": "betreftEdit",
    "sender/ministry": "ministryEdit",
    "sender/unit": "unitEdit",
    "sender/return_address": "returnAddressEdit",
    "sender/website": "websiteEdit",
}
#: Fields of one line per row of a multi-line field → the form's plain-text edit.
_LINES = {
    "sender/visiting_address": "visitingAddressEdit",
    "sender/postal_address": "postalAddressEdit",
    "addressee": "addresseeEdit",
    "attachments": "attachmentsEdit",
}
#: Table fields → (table, column of each part).
_TABLES = {
    "members": ("membersTable", {"name": 0, "party": 1}),
    "addressed_to": ("addressedTable", {"portfolio": 1}),
    "signatories": ("signatoriesTable", {"portfolio": 1, "name": 2}),
    "on_behalf_of": ("onBehalfTable", {"portfolio": 1}),
}


def utf16(text: str, offset: int) -> int:
    """*offset* characters into *text*, in UTF-16 units (Qt's positions)."""
    head = text[:offset]
    return offset if head.isascii() else len(head.encode("utf-16-le")) // 2


def show_hit(window: MainWindow, letter: Letter, hit: Hit) -> QWidget | None:
    """Show *hit* of *letter*; returns the field in which it is selected (if any)."""
    part = hit.place.part
    if part in (Part.QUESTION, Part.ANSWER):
        return _show_in_item(window, letter, hit)
    window.details_dock.show()
    window.details_dock.raise_()
    _preview_to_start(window)
    if part is Part.METADATA:
        return _show_in_details(window, hit)
    return _show_in_body(window, letter, hit)


def select_range(editor: QTextEdit | QPlainTextEdit, text: str, start: int, end: int) -> None:
    """Select [start, end) of *text* (the editor's search text) in *editor*, in view."""
    cursor = QTextCursor(editor.document())
    last = editor.document().characterCount() - 1
    cursor.setPosition(min(utf16(text, start), last))
    cursor.setPosition(min(utf16(text, end), last), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()


def _select_in_editor(editor: QTextEdit, letter: Letter, hit: Hit) -> None:
    if hit.place.footnote:
        # A footnote's text is edited in its popup: the hit shows as its selected mark.
        select_footnote_mark(editor, hit.place.footnote)
        return
    text = place_text(letter, hit.place) or ""
    select_range(editor, text, hit.start, hit.end)


def _show_in_item(window: MainWindow, letter: Letter, hit: Hit) -> QWidget | None:
    item = hit.place.item
    if hit.place.part is Part.QUESTION:
        question = item
    else:
        covered = letter.answer(item).questions if item in letter.answer_index else ()
        current = window.editor_pane.current_id
        question = current if current in covered else (covered[0] if covered else "")
    if not question:
        return None
    if window.list_pane.current_id() != question:
        window.list_pane.select_ids([question])
    if window.editor_pane.current_id != question:  # the list's filter may have hidden it
        window.editor_pane.show_question(question)
    window.preview.show_item(question)
    editor = window.editor_pane.editor_for(item)
    if editor is None:
        return None
    _select_in_editor(editor, letter, hit)
    return editor


def _preview_to_start(window: MainWindow) -> None:
    """The letter details and the letter text are on the first page."""
    window.preview.scroll_area.verticalScrollBar().setValue(0)


def _tab_to(widget: QWidget) -> None:
    """Bring the letter-details tab holding *widget* to the front."""
    child: QWidget | None = widget
    while child is not None:
        parent = child.parentWidget()
        tabs = parent.parentWidget() if parent is not None else None
        if isinstance(tabs, QTabWidget) and tabs.indexOf(child) >= 0:
            tabs.setCurrentWidget(child)
        child = parent


def _show_in_body(window: MainWindow, letter: Letter, hit: Hit) -> QWidget | None:
    body = window.form.body_form
    _tab_to(body)
    part = hit.place.part
    if part is Part.CLOSING:
        body.closing.setSelection(hit.start, hit.end - hit.start)
        return body.closing
    editor = body.offering if part is Part.OFFERING else body.paragraphs
    _select_in_editor(editor, letter, hit)
    return editor


def _show_in_details(window: MainWindow, hit: Hit) -> QWidget | None:
    form = window.form.form
    name = hit.place.field
    head, _, rest = name.rpartition("/")
    if name in _LINE_EDITS:
        edit = form.findChild(QLineEdit, _LINE_EDITS[name])
        if edit is not None:
            _tab_to(edit)
            edit.setSelection(hit.start, hit.end - hit.start)
        return edit
    if head in _LINES and rest.isdigit():
        lines = form.findChild(QPlainTextEdit, _LINES[head])
        if lines is not None:
            _tab_to(lines)
            _select_line_part(lines, int(rest), hit.start, hit.end)
        return lines
    table_head, _, tail = name.partition("/")
    if table_head in _TABLES:
        table_name, columns = _TABLES[table_head]
        row, _, column = tail.partition("/")
        table = form.findChild(QTableWidget, table_name)
        if table is not None and row.isdigit():
            _tab_to(table)
            table.setCurrentCell(int(row), columns.get(column, 0))
        return table
    if name == "classification":
        combo = form.findChild(QComboBox, "classificationCombo")
        if combo is not None:
            _tab_to(combo)
        return combo
    if name == "postponement/reason":
        reason = form.findChild(QPlainTextEdit, "postponementReasonEdit")
        if reason is not None:
            _tab_to(reason)
            select_range(reason, reason.toPlainText(), hit.start, hit.end)
        return reason
    return None


def _select_line_part(edit: QPlainTextEdit, line: int, start: int, end: int) -> None:
    block = edit.document().findBlockByNumber(line)
    if not block.isValid():
        return
    text = block.text()
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + utf16(text, start))
    cursor.setPosition(block.position() + utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    edit.ensureCursorVisible()
