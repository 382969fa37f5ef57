"""RichTextEditor: a QTextEdit limited to the formatting an answer letter may hold.

Bold, italic, underline, super/subscript, http(s)/mailto links, bulleted and numbered lists
(levels 0..3) and footnotes, whose text is edited in a popup at the mark. The content is read
and written as the model's RichText; pasting keeps only that formatting (see ``paste``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, QMimeData, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QGuiApplication,
    QInputMethodEvent,
    QKeyEvent,
    QMouseEvent,
    QTextCursor,
)
from PySide6.QtWidgets import QMainWindow, QMenu, QToolTip, QWidget

from answerletter import pacing
from answerletter.gui import dialogs
from answerletter.gui.plain_text import plain_tooltip
from answerletter.gui.richtext.actions import FormatActions, create_actions
from answerletter.gui.richtext.big_paste import (
    Form,
    PasteConverter,
    Refusal,
    in_background,
    refusal,
    result_refusal,
)
from answerletter.gui.richtext.convert import (
    IdFactory,
    document_from_richtext,
    insert_richtext,
    richtext_from_document,
    richtext_from_range,
)
from answerletter.gui.richtext.footnote_editing import FootnoteEditing
from answerletter.gui.richtext.footnote_popup import FootnotePopup
from answerletter.gui.richtext.footnotes import FootnoteMarks, footnote_at
from answerletter.gui.richtext.formats import (
    has_special,
    is_bold,
    is_underlined,
    script_of,
    strip_special,
)
from answerletter.gui.richtext.lists import (
    apply_lists,
    plan_lists,
)
from answerletter.gui.richtext.long_words import LongWordWrap
from answerletter.gui.richtext.paste import (
    ClipboardForms,
    Pasted,
    as_inline,
    can_paste,
    forms_of,
    mime_from_richtext,
    paste_from_forms,
)
from answerletter.model.operations import FOOTNOTE_PREFIX, new_ids
from answerletter.model.richtext import (
    LINE_BREAK,
    Footnote,
    ListKind,
    RichText,
    Script,
)

_RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# How long the status bar says what a paste left out.
PASTE_NOTE_MS = 10_000
_INDENT_WIDTH = 26  # pixels per list level; Qt's 40 pushes level 3 far to the right


def default_footnote_id(used: set[str]) -> str:
    """The id "fn<n>" after the highest one in use (the model renews ids clashing elsewhere)."""
    return new_ids(used, FOOTNOTE_PREFIX)[0]


class RichTextEditor(FootnoteEditing):
    """Edits one RichText. With *inline*, a single paragraph without lists or footnotes
    (a footnote's own text): Enter emits ``commitRequested`` and Escape ``cancelRequested``."""

    #: The text changed by the user (not by ``set_rich_text``); debouncing is the caller's job.
    richTextChanged = Signal()
    commitRequested = Signal()
    cancelRequested = Signal()
    # What a paste left out, in words (also shown in the main window's status bar).
    pasteNoted = Signal(str)
    #: A paste converted on a worker thread is in place (or was dropped); see ``big_paste``.
    pasteFinished = Signal()
    # A footnote's text editor was made for this editor's popup (the spell check attaches).
    inlineEditorCreated = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, inline: bool = False) -> None:
        super().__init__(parent)
        self._inline = inline
        self._loading = False
        self._cache: RichText | None = RichText()
        self._tidy_pending = False
        self._popup: FootnotePopup | None = None
        self._fresh_id: IdFactory = default_footnote_id
        # Called with (menu, position) to add items to the context menu (the spell check's).
        self.context_menu_hooks: list[Callable[[QMenu, QPoint], None]] = []
        self.setAcceptRichText(True)  # paste goes through insertFromMimeData, which filters
        self.setAccessibleName(self.tr("Footnote text") if inline else self.tr("Rich text"))
        self.document().setIndentWidth(_INDENT_WIDTH)
        self.marks = FootnoteMarks(self.document())
        self._wrap = LongWordWrap(self)
        self.paste_converter = PasteConverter(self)
        self.paste_converter.converted.connect(self._on_converted)
        self._paste_cursor: QTextCursor | None = None
        self._was_read_only = False
        self.format_actions: FormatActions = create_actions(self, inline=inline)
        self._shortcut_keys = {
            (seq[0].key(), seq[0].keyboardModifiers())  # type: ignore[index]
            for action in self.format_actions
            for seq in action.shortcuts()
            if not seq.isEmpty()
        }
        self.document().contentsChanged.connect(self._contents_changed)
        self.cursorPositionChanged.connect(self._update_actions)
        self.currentCharFormatChanged.connect(self._update_actions)
        self.selectionChanged.connect(self._update_actions)
        self.set_rich_text(RichText())  # gives the first paragraph the editor's block format

    # -- content --

    def rich_text(self) -> RichText:
        """The editor's content as a canonical RichText."""
        if self._cache is None:
            self._cache = richtext_from_document(self.document())
        return self._cache

    def set_rich_text(self, text: RichText) -> None:
        """Show *text*; clears the editor's own undo history and emits no richTextChanged."""
        if self._popup is not None:
            self._popup.cancel()  # its footnote belongs to the text being replaced
        if self.paste_converter.pending:
            self._end_background_paste()
            self._note(self.tr("The paste was stopped: another text was opened in its place."))
            self.pasteFinished.emit()
        document = self.document()
        undo = document.isUndoRedoEnabled()
        long_word = self._wrap.prepare(text.plain_text())
        self._loading = True
        try:
            document.setUndoRedoEnabled(False)
            document_from_richtext(text, document)
            document.setUndoRedoEnabled(undo)
        finally:
            self._loading = False
        self._wrap.replaced(long_word)
        self._cache = None
        document.setModified(False)
        self._update_actions()

    def set_footnote_id_factory(self, factory: IdFactory) -> None:
        """Use *factory* (given the ids in this editor) for new and pasted footnotes, e.g. one
        that knows every id of the letter."""
        self._fresh_id = factory

    def footnotes(self) -> list[tuple[int, Footnote]]:
        """(position, footnote) of every footnote mark, in order (numbers are index + 1)."""
        document = self.document()
        out = []
        for position in self.marks.positions():
            note = footnote_at(document, position)
            if note is not None:
                out.append((position, note))
        return out

    def _contents_changed(self) -> None:
        self._cache = None
        if self._loading:
            return
        if not self._inline and not self._tidy_pending:
            self._tidy_pending = True
            QTimer.singleShot(0, self, self._tidy_lists)
        self.richTextChanged.emit()

    def _tidy_lists(self) -> None:
        """After Qt's own edits (joining paragraphs, …) regroup lists the model's way, as part
        of the same undo step."""
        self._tidy_pending = False
        document = self.document()
        moves = plan_lists(document)
        if not moves:
            return
        cursor = QTextCursor(document)
        self._loading = True
        try:
            cursor.joinPreviousEditBlock()
            apply_lists(document, moves)
            cursor.endEditBlock()
        finally:
            self._loading = False
        self._cache = None

    def _new_inline_editor(self) -> RichTextEditor:
        editor = RichTextEditor(inline=True)
        self.inlineEditorCreated.emit(editor)
        return editor

    # -- keys, mouse, menus --

    def _is_format_shortcut(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        shift = Qt.KeyboardModifier.ShiftModifier
        candidates = {(key, mods), (key, mods & ~shift), (key, mods | shift)}
        if key == Qt.Key.Key_Plus:
            candidates |= {(Qt.Key.Key_Equal, mods), (Qt.Key.Key_Equal, mods | shift)}
        return bool(candidates & self._shortcut_keys)

    def event(self, event: QEvent) -> bool:
        # QTextEdit claims some keys (Ctrl+K deletes to the end of the line on X11) before
        # shortcuts see them; leave our formatting shortcuts to our actions.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._is_format_shortcut(event)
        ):
            event.ignore()
            return True
        if event.type() == QEvent.Type.ToolTip:
            self._show_tooltip(event)
            return True
        return super().event(event)

    def _show_tooltip(self, event: QEvent) -> None:
        pos = self.viewport().mapFromGlobal(event.globalPos())  # type: ignore[attr-defined]
        footnote = self.footnote_at_point(pos)
        text = ""
        if footnote is not None:
            note = footnote_at(self.document(), footnote)
            body = note.plain_text() if note else ""
            text = self.tr("Footnote {number}: {text}").format(
                number=self.marks.number_at(footnote), text=body or self.tr("(empty)")
            )
        else:
            found = self.link_range(self.cursorForPosition(pos).position())
            text = found[2] if found else ""
        if text:
            # The footnote's text and the link come from the letter file: shown literally.
            QToolTip.showText(event.globalPos(), plain_tooltip(text), self)  # type: ignore[attr-defined]
        else:
            QToolTip.hideText()

    def _clean_typing_format(self) -> None:
        """Text typed next to a footnote mark must not inherit the mark's properties."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            return
        fmt = cursor.charFormat()
        if has_special(fmt) or fmt.objectType():
            cursor.setCharFormat(strip_special(fmt))
            self.setTextCursor(cursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        pacing.user_input()  # the layout, checks and spelling threads hold back meanwhile
        key, mods = event.key(), event.modifiers()
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if self._inline:
            if key in _RETURN_KEYS:
                if shift:
                    self._clean_typing_format()
                    self.textCursor().insertText(LINE_BREAK)
                else:
                    self.commitRequested.emit()
                return
            if key == Qt.Key.Key_Escape:
                self.cancelRequested.emit()
                return
        elif self._list_key(event):
            return
        if event.text():
            self._clean_typing_format()
        super().keyPressEvent(event)

    def _list_key(self, event: QKeyEvent) -> bool:
        """Word-like keys in a list item; True when handled."""
        cursor = self.textCursor()
        if cursor.hasSelection() or cursor.currentList() is None:
            return False
        key, mods = event.key(), event.modifiers()
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if key in _RETURN_KEYS and plain and cursor.block().length() == 1:
            self.outdent()  # Enter on an empty item: up a level, or out of the list
            return True
        if key == Qt.Key.Key_Backspace and plain and cursor.atBlockStart():
            self.outdent()
            return True
        if not self.tabChangesFocus():
            shift = Qt.KeyboardModifier.ShiftModifier
            if key == Qt.Key.Key_Tab and plain:
                self.indent()
                return True
            if key == Qt.Key.Key_Backtab or (key == Qt.Key.Key_Tab and mods == shift):
                self.outdent()
                return True
        return False

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        if event.commitString():
            self._clean_typing_format()
        super().inputMethodEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if not self._inline and event.button() == Qt.MouseButton.LeftButton:
            position = self.footnote_at_point(event.position().toPoint())
            if position is not None:
                self.edit_footnote(position)
                return
        super().mouseDoubleClickEvent(event)
        self._trim_marks_from_selection()

    def _trim_marks_from_selection(self) -> None:
        """Qt counts a footnote mark as part of the word next to it; a double-clicked word
        must not take the footnote along when it is overtyped."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return
        document = self.document()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        while start < end and footnote_at(document, end - 1) is not None:
            end -= 1
        while start < end and footnote_at(document, start) is not None:
            start += 1
        if (start, end) == (cursor.selectionStart(), cursor.selectionEnd()):
            return
        forward = cursor.position() >= cursor.anchor()
        cursor.setPosition(start if forward else end)
        cursor.setPosition(end if forward else start, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def context_menu(self, pos: QPoint, *, every_item: bool = False) -> QMenu:
        """Qt's text menu with ours added; *every_item* adds the ones shown only at a link or
        a footnote too (so their shortcut letters can be checked against the rest)."""
        menu: QMenu = self.createStandardContextMenu(pos)
        actions = self.format_actions
        standard = menu.actions()
        names = [action.objectName() for action in standard]
        # Right after Qt's own Paste (object name "edit-paste"), or at the end.
        after = names.index("edit-paste") + 1 if "edit-paste" in names else len(standard)
        if after < len(standard):
            menu.insertAction(standard[after], actions.paste_plain)
        else:
            menu.addAction(actions.paste_plain)
        menu.addSeparator()
        menu.addAction(actions.link)
        if every_item or self.link_at_cursor() is not None:
            menu.addAction(actions.remove_link)
        if actions.footnote is not None and actions.edit_footnote is not None:
            menu.addAction(actions.footnote)
            if every_item or self.footnote_near_cursor() is not None:
                menu.addAction(actions.edit_footnote)
        for hook in self.context_menu_hooks:
            hook(menu, pos)
        return menu

    def _update_actions(self) -> None:
        actions = self.format_actions
        formats = self._selected_formats()
        actions.bold.setChecked(all(is_bold(f) for f in formats))
        actions.italic.setChecked(all(f.fontItalic() for f in formats))
        actions.underline.setChecked(all(is_underlined(f) for f in formats))
        actions.superscript.setChecked(all(script_of(f) is Script.SUPER for f in formats))
        actions.subscript.setChecked(all(script_of(f) is Script.SUB for f in formats))
        in_link = self.link_at_cursor() is not None
        actions.link.setChecked(in_link)
        actions.remove_link.setEnabled(in_link)
        if self._inline:
            return
        states = set(self._states().values())
        kinds = {state[0] if state else None for state in states}
        assert actions.bullet_list and actions.numbered_list and actions.indent
        assert actions.outdent and actions.edit_footnote
        actions.bullet_list.setChecked(kinds == {ListKind.BULLET})
        actions.numbered_list.setChecked(kinds == {ListKind.NUMBER})
        in_list = None not in kinds
        actions.indent.setEnabled(in_list and any(s is not None and s[1] < 3 for s in states))
        actions.outdent.setEnabled(in_list)
        actions.edit_footnote.setEnabled(self.footnote_near_cursor() is not None)

    # -- clipboard and drag and drop --

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return can_paste(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        self._paste(source)

    def paste_plain(self) -> None:
        """Paste the clipboard's text alone (lines become paragraphs; typed lists stay lists)."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is not None:
            self._paste(mime, plain=True)

    def _paste(self, mime: QMimeData, *, plain: bool = False) -> None:
        """Paste *mime* (*plain*: its text only) at the cursor: refused when too large,
        converted on a worker thread when large (see ``big_paste``), else at once."""
        if self.paste_converter.pending:
            self._note(self.tr("Still pasting: wait until the previous paste is in place."))
            return
        too_large = refusal(mime, plain=plain)
        if too_large is not None:
            self._refuse(too_large)
            return
        forms = ClipboardForms(text=mime.text()) if plain else forms_of(mime)
        if forms is None:
            return
        if not in_background(mime, plain=plain):
            pasted = paste_from_forms(forms)
            too_large = result_refusal(pasted) if pasted is not None else None
            if too_large is not None:
                self._refuse(too_large)
            else:
                self._insert_pasted(pasted)
            return
        self._paste_cursor = QTextCursor(self.textCursor())
        self._was_read_only = self.isReadOnly()
        self.setReadOnly(True)  # the text stays as it is until the paste lands
        self.viewport().setCursor(Qt.CursorShape.BusyCursor)
        # Shown until the paste is in place.
        self._note(self.tr("Pasting…"), timeout=0)
        self.paste_converter.start(forms)

    def _on_converted(self, _token: int, pasted: Pasted | None) -> None:
        cursor = self._paste_cursor
        self._end_background_paste()
        if cursor is not None:
            self.setTextCursor(cursor)
            self._clear_note()
            too_large = result_refusal(pasted) if pasted is not None else None
            if too_large is not None:
                self._refuse(too_large)
            else:
                self._insert_pasted(pasted)
        self.pasteFinished.emit()

    def _end_background_paste(self) -> None:
        self.paste_converter.cancel()
        if self._paste_cursor is not None:
            self._paste_cursor = None
            self.setReadOnly(self._was_read_only)
            self.viewport().unsetCursor()
            self.viewport().setCursor(Qt.CursorShape.IBeamCursor)

    def _insert_pasted(self, pasted: Pasted | None) -> None:
        if pasted is None:
            return
        self._report_left_out(pasted)
        text = pasted.text
        if not text.blocks:
            return
        if self._inline:
            text = as_inline(text)
        self._wrap.prepare(text.plain_text())
        cursor = self.textCursor()
        insert_richtext(cursor, text, fresh_id=self._fresh_id)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def _refuse(self, too_large: Refusal) -> None:
        """Say why a paste is not taken, in the status bar and in a message (deferred: a
        drop must finish before a dialog opens)."""
        locale = QLocale()  # the interface language's (i18n sets the default)
        limit = locale.toString(too_large.limit)
        if too_large.characters:
            size = self.tr("{count} characters").format(count=locale.toString(too_large.size))
        else:
            size = self.tr("{megabytes} MB").format(
                megabytes=locale.toString(too_large.size / 1e6, "f", 1)
            )
        if too_large.paragraphs:
            text = self.tr(
                "The text on the clipboard has too many paragraphs to paste ({size}; at most "
                "{limit} are taken at a time). Paste it in parts, or import the document with "
                "File ▸ Import. Nothing was pasted; the clipboard still holds it."
            )
            size = locale.toString(too_large.size)
        elif too_large.form is Form.HTML:
            text = self.tr(
                "The formatted text on the clipboard is too large to paste ({size} of HTML; "
                "at most {limit} bytes are taken at a time). Paste it as plain text "
                "(Ctrl+Shift+V), or in parts. Nothing was pasted; the clipboard still holds it."
            )
        else:
            text = self.tr(
                "The text on the clipboard is too large to paste ({size}; at most {limit} "
                "characters, about 30 pages, are taken at a time). Paste it in parts, or "
                "import the document with File ▸ Import. Nothing was pasted; the clipboard "
                "still holds it."
            )
        message = text.format(size=size, limit=limit)
        self._note(message)
        QTimer.singleShot(
            0, self, lambda: dialogs.show_information(self, self.tr("Paste"), message)
        )

    def _note(self, message: str, timeout: int = PASTE_NOTE_MS) -> None:
        self.pasteNoted.emit(message)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, timeout)

    def _clear_note(self) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().clearMessage()

    def _report_left_out(self, pasted: Pasted) -> None:
        """Say in the window's status bar what the paste left out (nothing goes silently)."""
        notes = []
        if pasted.unwrapped:
            notes.append(
                self.tr(
                    "The pasted text was nested too deeply; its deepest formatting was left "
                    "out (the text is all there)."
                )
            )
        if pasted.bidi_removed:
            notes.append(
                self.tr(
                    "%n invisible text-direction character(s) removed from the pasted text.",
                    "",
                    pasted.bidi_removed,
                )
            )
        if pasted.tables:
            notes.append(
                self.tr(
                    "%n pasted table(s) became one paragraph per row, cells separated by tabs.",
                    "",
                    pasted.tables,
                )
            )
        if pasted.media:
            notes.append(
                self.tr("%n image(s) left out: the letter text holds no images.", "", pasted.media)
            )
        if notes:
            self._note(" ".join(notes))

    def createMimeDataFromSelection(self) -> QMimeData:
        cursor = self.textCursor()
        text = richtext_from_range(self.document(), cursor.selectionStart(), cursor.selectionEnd())
        return mime_from_richtext(text)

    def loadResource(self, type: int, name: QUrl | str) -> object:
        """Never load anything: no images or style sheets, from the network or from disk."""
        return None
