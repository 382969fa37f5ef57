"""Character formatting, links and list structure of the rich-text editor.

The base of RichTextEditor: commands that change the selection (or the typing format when
nothing is selected) as one undo step each, without touching footnote marks' own properties.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from answerletter.gui.richtext import linkdialog
from answerletter.gui.richtext.formats import (
    is_bold,
    is_footnote,
    is_underlined,
    link_of,
    script_of,
    set_link,
    set_script,
    set_underline,
    strip_special,
)
from answerletter.gui.richtext.lists import ListState, list_state, normalize_lists
from answerletter.model.richtext import MAX_LIST_LEVEL, ListKind, Script, is_allowed_link


class TextFormatting(QTextEdit):
    """Formatting commands; RichTextEditor adds content, footnotes, keys and the clipboard."""

    def _update_actions(self) -> None:
        """Refresh the actions' checked states (RichTextEditor fills this in)."""

    # -- character formatting --

    def _pieces(self, start: int, end: int) -> list[tuple[int, int, QTextCharFormat]]:
        """(start, end, format) of the fragments between two positions."""
        out: list[tuple[int, int, QTextCharFormat]] = []
        block = self.document().findBlock(start)
        while block.isValid() and block.position() < end:
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                it += 1
                lo = max(start, fragment.position())
                hi = min(end, fragment.position() + fragment.length())
                if lo < hi:
                    out.append((lo, hi, fragment.charFormat()))
            block = block.next()
        return out

    def _selected_formats(self) -> list[QTextCharFormat]:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return [self.currentCharFormat()]
        pieces = self._pieces(cursor.selectionStart(), cursor.selectionEnd())
        formats = [fmt for _, _, fmt in pieces if not is_footnote(fmt)]
        return formats or [self.currentCharFormat()]

    def _change_format(
        self,
        change: Callable[[QTextCharFormat], None],
        start: int | None = None,
        end: int | None = None,
    ) -> None:
        """Apply *change* to every fragment of the selection (or of start..end), or to the
        typing format when nothing is selected. Footnote marks keep their own properties."""
        cursor = self.textCursor()
        if start is None or end is None:
            if not cursor.hasSelection():
                fmt = strip_special(self.currentCharFormat())
                change(fmt)
                cursor.setCharFormat(fmt)  # no selection: only the format for typing
                self.setTextCursor(cursor)
                self._update_actions()
                return
            start, end = cursor.selectionStart(), cursor.selectionEnd()
        edit = QTextCursor(self.document())
        edit.beginEditBlock()
        for lo, hi, fmt in self._pieces(start, end):
            new = QTextCharFormat(fmt)
            change(new)
            edit.setPosition(lo)
            edit.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
            edit.setCharFormat(new)
        edit.endEditBlock()
        self._update_actions()

    def toggle_bold(self) -> None:
        on = not all(is_bold(f) for f in self._selected_formats())
        self._change_format(lambda f: f.setFontWeight(700 if on else 400))

    def toggle_italic(self) -> None:
        on = not all(f.fontItalic() for f in self._selected_formats())
        self._change_format(lambda f: f.setFontItalic(on))

    def toggle_underline(self) -> None:
        on = not all(is_underlined(f) for f in self._selected_formats())
        self._change_format(lambda f: set_underline(f, on))

    def _toggle_script(self, script: Script) -> None:
        on = not all(script_of(f) is script for f in self._selected_formats())
        self._change_format(lambda f: set_script(f, script if on else Script.NORMAL))

    def toggle_superscript(self) -> None:
        self._toggle_script(Script.SUPER)

    def toggle_subscript(self) -> None:
        self._toggle_script(Script.SUB)

    # -- links --

    def link_range(self, position: int) -> tuple[int, int, str] | None:
        """(start, end, href) of the link at *position* (the character before or after it)."""
        block = self.document().findBlock(position)
        pieces = [
            (lo, hi, link_of(fmt))
            for lo, hi, fmt in self._pieces(block.position(), block.position() + block.length() - 1)
        ]
        for index, (lo, hi, href) in enumerate(pieces):
            if href is None or not (lo <= position <= hi):
                continue
            first = last = index
            while first > 0 and pieces[first - 1][2] == href:
                first -= 1
            while last + 1 < len(pieces) and pieces[last + 1][2] == href:
                last += 1
            return pieces[first][0], pieces[last][1], href
        return None

    def link_at_cursor(self) -> str | None:
        cursor = self.textCursor()
        if cursor.hasSelection():
            links = {link_of(f) for f in self._selected_formats()}
            return links.pop() if len(links) == 1 else None
        found = self.link_range(cursor.position())
        return found[2] if found else None

    def set_link(self, href: str, text: str = "") -> None:
        """Link the selection (or the link at the cursor) to *href*; with neither, insert
        *text* (or the address) as a link. Raises ValueError for other schemes than
        http, https and mailto."""
        if not is_allowed_link(href):
            raise ValueError(self.tr("Only http, https and mailto addresses can be links."))
        cursor = self.textCursor()

        def link(fmt: QTextCharFormat) -> None:
            if not is_footnote(fmt):
                set_link(fmt, href, underline=is_underlined(fmt))

        if cursor.hasSelection():
            self._change_format(link, cursor.selectionStart(), cursor.selectionEnd())
            return
        found = self.link_range(cursor.position())
        if found is not None:
            self._change_format(link, found[0], found[1])
            return
        fmt = strip_special(self.currentCharFormat())
        link(fmt)
        cursor.insertText(text or href, fmt)
        set_link(fmt, None, underline=False)
        cursor.setCharFormat(fmt)  # typing on after the new link is not part of it
        self.setTextCursor(cursor)

    def remove_link(self) -> None:
        cursor = self.textCursor()

        def unlink(fmt: QTextCharFormat) -> None:
            if not is_footnote(fmt):
                set_link(fmt, None, underline=is_underlined(fmt))

        if cursor.hasSelection():
            self._change_format(unlink, cursor.selectionStart(), cursor.selectionEnd())
            return
        found = self.link_range(cursor.position())
        if found is not None:
            self._change_format(unlink, found[0], found[1])

    def edit_link(self) -> None:
        """Ask for an address (Ctrl+K) and link, relink or unlink."""
        current = self.link_at_cursor()
        cursor = self.textCursor()
        ask_text = not cursor.hasSelection() and current is None
        answer = linkdialog.ask_link(
            self, current or "", ask_text=ask_text, can_remove=current is not None
        )
        if answer is None:
            self._update_actions()
            return
        if answer.href is None:
            self.remove_link()
        else:
            self.set_link(answer.href, answer.text)

    # -- lists --

    def _selected_blocks(self) -> list[int]:
        cursor = self.textCursor()
        document = self.document()
        first = document.findBlock(cursor.selectionStart()).blockNumber()
        last = document.findBlock(cursor.selectionEnd()).blockNumber()
        return list(range(first, last + 1))

    def _set_list_states(self, wanted: dict[int, ListState]) -> None:
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        normalize_lists(self.document(), wanted)
        cursor.endEditBlock()
        self._update_actions()

    def _states(self) -> dict[int, ListState]:
        document = self.document()
        return {n: list_state(document.findBlockByNumber(n)) for n in self._selected_blocks()}

    def toggle_list(self, kind: ListKind) -> None:
        """Make the selected paragraphs items of a *kind* list, or paragraphs if they are."""
        states = self._states()
        if all(state is not None and state[0] is kind for state in states.values()):
            self._set_list_states(dict.fromkeys(states))
        else:
            self._set_list_states(
                {n: (kind, state[1] if state else 0) for n, state in states.items()}
            )

    def toggle_bullet_list(self) -> None:
        self.toggle_list(ListKind.BULLET)

    def toggle_numbered_list(self) -> None:
        self.toggle_list(ListKind.NUMBER)

    def _shift_level(self, step: int) -> None:
        """Move the selected list items *step* levels; level 0 items outdented leave the list."""
        wanted: dict[int, ListState] = {}
        for number, state in self._states().items():
            if state is None:
                continue
            level = state[1] + step
            wanted[number] = None if level < 0 else (state[0], min(level, MAX_LIST_LEVEL))
        if wanted:
            self._set_list_states(wanted)

    def indent(self) -> None:
        self._shift_level(1)

    def outdent(self) -> None:
        self._shift_level(-1)
