"""One editable rich text (a question or an answer) behind a small adapter.

The adapter wraps the project's RichTextEditor and hands Undo/Redo to the window: the
editor's own history is switched off, because every edit is already an undoable step on the
document's QUndoStack (see ``document``), and two histories would disagree about what
"Undo" means.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextEdit, QWidget

from answerletter.gui.richtext import RichTextEditor
from answerletter.model import RichText
from answerletter.model.ids import IdCensus
from answerletter.model.operations import FOOTNOTE_PREFIX, new_ids

_HISTORY_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def create_editor(parent: QWidget | None = None) -> RichTextEditor:
    editor = RichTextEditor(parent)
    editor.setTabChangesFocus(True)
    return editor


class TextField(QObject):
    """An editor widget showing one RichText. ``edited`` fires on user edits only.

    *letter_ids* gives the ids in use in the letter, so new footnotes get fresh ones.
    """

    edited = Signal()

    def __init__(
        self, editor: RichTextEditor, letter_ids: Callable[[], IdCensus] | None = None
    ) -> None:
        super().__init__(editor)
        self.editor = editor
        self._loading = False
        self._text = RichText()
        self._letter_ids = letter_ids
        editor.document().setUndoRedoEnabled(False)
        editor.installEventFilter(self)
        editor.set_footnote_id_factory(self._fresh_footnote_id)
        editor.richTextChanged.connect(self._on_changed)

    def _fresh_footnote_id(self, used: set[str]) -> str:
        if self._letter_ids is None:
            return new_ids(used, FOOTNOTE_PREFIX)[0]
        # The letter's census, not a set of its ids: a footnote added at 10,000 questions
        # costs a look-up, not a walk over every footnote.
        return self._letter_ids().fresh(FOOTNOTE_PREFIX, also=used)[0]

    @property
    def text(self) -> RichText:
        """The text as last loaded or edited (cheap; no conversion)."""
        return self._text

    def read(self) -> RichText:
        """Convert the editor's content to a RichText."""
        return self.editor.rich_text()

    def load(self, text: RichText) -> None:
        """Show *text*, keeping the cursor near where it was; does not emit ``edited``."""
        if text == self._text:
            return
        position = self.editor.textCursor().position()
        self._loading = True
        try:
            self.editor.set_rich_text(text)
        finally:
            self._loading = False
        self._text = text
        cursor = self.editor.textCursor()
        cursor.setPosition(min(position, self.editor.document().characterCount() - 1))
        self.editor.setTextCursor(cursor)

    def _on_changed(self, *_: object) -> None:
        if self._loading:
            return
        self._text = self.read()
        self.edited.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # QTextEdit claims Ctrl+Z/Ctrl+Y as shortcut overrides for its own history; leave
        # them unclaimed so the window's Undo/Redo actions (the document history) get them.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and any(event.matches(key) for key in _HISTORY_KEYS)
        ):
            event.ignore()
            return True
        return False


class AutoHeightEditor(QObject):
    """Keeps an editor as tall as its text (between *min_lines* and *max_lines* lines), so a
    short question does not take half the pane and a long one scrolls."""

    def __init__(self, editor: QTextEdit, min_lines: int = 2, max_lines: int = 10) -> None:
        super().__init__(editor)
        self.editor = editor
        self.min_lines = min_lines
        self.max_lines = max_lines
        editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        editor.setFrameShape(QFrame.Shape.StyledPanel)
        editor.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _fit(self, *_: object) -> None:
        line = self.editor.fontMetrics().lineSpacing()
        margins = self.editor.contentsMargins()
        frame = margins.top() + margins.bottom() + 2 * int(self.editor.document().documentMargin())
        content = int(self.editor.document().size().height())
        lowest = self.min_lines * line + frame
        highest = self.max_lines * line + frame
        height = max(lowest, min(highest, content + margins.top() + margins.bottom()))
        if height != self.editor.height():
            self.editor.setFixedHeight(height)
