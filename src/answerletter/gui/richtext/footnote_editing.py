"""Footnotes in the rich-text editor: insert at the cursor, edit in a popup at the mark.

A footnote is one mark character (see ``formats``); its text is edited in a FootnotePopup
holding an inline RichTextEditor. Changing a footnote's text is one undo step of the editor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from answerletter.gui.richtext.actions import make_format_toolbar
from answerletter.gui.richtext.convert import IdFactory, footnote_ids
from answerletter.gui.richtext.footnote_popup import FootnotePopup
from answerletter.gui.richtext.footnotes import FootnoteMarks, footnote_at
from answerletter.gui.richtext.formats import OBJECT_REPLACEMENT, footnote_format, strip_special
from answerletter.gui.richtext.formatting import TextFormatting
from answerletter.gui.richtext.paste import as_inline
from answerletter.model.richtext import Block, Footnote, RichText, Run

if TYPE_CHECKING:
    from answerletter.gui.richtext.editor import RichTextEditor


class FootnoteEditing(TextFormatting):
    """Footnote commands of RichTextEditor."""

    marks: FootnoteMarks
    _inline: bool
    _fresh_id: IdFactory
    _popup: FootnotePopup | None
    _popup_target: tuple[QTextCursor, tuple[Run, ...], bool, RichTextEditor]

    def _new_inline_editor(self) -> RichTextEditor:
        raise NotImplementedError

    def footnote_popup(self) -> FootnotePopup | None:
        """The open footnote popup, if any."""
        return self._popup

    def footnote_near_cursor(self) -> int | None:
        """Position of a footnote mark right after or before the cursor."""
        cursor = self.textCursor()
        for position in (cursor.position(), cursor.position() - 1):
            if position >= 0 and footnote_at(self.document(), position) is not None:
                return position
        return None

    def footnote_at_point(self, point: QPoint) -> int | None:
        """Position of the footnote mark under *point* (viewport coordinates), if any."""
        position = self.cursorForPosition(point).position()
        for candidate in (position, position - 1):
            if candidate < 0 or footnote_at(self.document(), candidate) is None:
                continue
            cursor = QTextCursor(self.document())
            cursor.setPosition(candidate)
            left = self.cursorRect(cursor)
            cursor.setPosition(candidate + 1)
            right = self.cursorRect(cursor)
            if left.left() - 2 <= point.x() <= right.left() + 2:
                return candidate
        return None

    def insert_footnote(self, body: tuple[Run, ...] | None = None) -> str | None:
        """Insert a footnote at the cursor. With *body*, at once (returns the new id);
        without, a popup asks for its text and inserts it when the user is done."""
        if self._inline:
            return None
        if body is not None:
            return self._insert_footnote_at(self.textCursor(), body)
        cursor = self.textCursor()
        cursor.clearSelection()
        number = sum(1 for p in self.marks.positions() if p < cursor.position()) + 1
        self._open_popup(cursor, number, (), is_new=True)
        return None

    def ask_footnote(self) -> None:
        """Insert a footnote after asking for its text (the Footnote action)."""
        self.insert_footnote()

    def edit_footnote_at_cursor(self) -> None:
        """Edit the footnote next to the cursor (the Edit Footnote action)."""
        self.edit_footnote()

    def _insert_footnote_at(self, cursor: QTextCursor, body: tuple[Run, ...]) -> str:
        note = Footnote(self._fresh_id(footnote_ids(self.document())), body)
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        base = strip_special(cursor.charFormat())
        cursor.insertText(OBJECT_REPLACEMENT, footnote_format(note, base))
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        return note.id

    def set_footnote_body(self, position: int, body: tuple[Run, ...]) -> None:
        """Replace the text of the footnote whose mark is at *position* (one undo step)."""
        note = footnote_at(self.document(), position)
        if note is None:
            raise ValueError(f"No footnote at position {position}")
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(footnote_format(Footnote(note.id, body), cursor.charFormat()))

    def remove_footnote(self, position: int) -> None:
        if footnote_at(self.document(), position) is None:
            raise ValueError(f"No footnote at position {position}")
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()

    def edit_footnote(self, position: int | None = None) -> None:
        """Open the popup for the footnote at *position* (default: next to the cursor)."""
        if position is None:
            position = self.footnote_near_cursor()
        if position is None:
            return
        note = footnote_at(self.document(), position)
        if note is None:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        self._open_popup(cursor, self.marks.number_at(position), note.body, is_new=False)

    def _open_popup(
        self, cursor: QTextCursor, number: int, body: tuple[Run, ...], *, is_new: bool
    ) -> None:
        if self._popup is not None:
            self._popup.cancel()
        body_editor = self._new_inline_editor()
        body_editor.set_rich_text(RichText((Block(body),)) if body else RichText())
        body_editor.moveCursor(QTextCursor.MoveOperation.End)
        # The popup hangs off the window, not this editor: Qt looks through popups for
        # WidgetWithChildrenShortcut, so as our child its Ctrl+B would be ambiguous with ours.
        popup = FootnotePopup(
            self.window(), body_editor, make_format_toolbar(body_editor), number, is_new=is_new
        )
        self._popup = popup
        self._popup_target = (cursor, body, is_new, body_editor)
        popup.finished.connect(self._popup_finished)
        popup.removeRequested.connect(self._popup_removed)
        rect = self.cursorRect(cursor)
        popup.show_at(self.viewport().mapToGlobal(rect.bottomLeft() + QPoint(0, 4)))

    def _popup_finished(self, keep: bool) -> None:
        popup, self._popup = self._popup, None
        cursor, body, is_new, body_editor = self._popup_target
        if keep:
            runs = _runs_of(as_inline(body_editor.rich_text()))
            if is_new:
                self._insert_footnote_at(cursor, runs)
            elif runs != body:
                self.set_footnote_body(cursor.position(), runs)
        if popup is not None:
            popup.deleteLater()
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def _popup_removed(self) -> None:
        popup, self._popup = self._popup, None
        self.remove_footnote(self._popup_target[0].position())
        if popup is not None:
            popup.deleteLater()


def _runs_of(text: RichText) -> tuple[Run, ...]:
    return tuple(item for block in text.blocks for item in block.content if isinstance(item, Run))
