"""The editor's line wrapping for text holding very long words.

Qt's word wrapping costs O(n²) for a word of n characters (it looks for the word's end again
on every line): a 400,000-character word took 26 s to show in an editor, a 4-million-character
one froze it for minutes. Breaking anywhere is linear (0.24 s for 400,000). So an editor
whose text holds a word longer than :data:`LONG_WORD` wraps anywhere — every line full to the
edge, words cut at line ends — until that word is gone. The text itself is never changed.

The check runs before text is shown or pasted, and after large edits (such as an undone
paste or a replace-all); keystrokes never trigger it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QTextEdit

from answerletter.layout.breaks import has_run_longer_than

#: A word longer than this (about 70 lines of one word) switches wrapping to anywhere; Qt's
#: word wrapping of it costs a few milliseconds.
LONG_WORD = 5_000
#: Edits smaller than this cannot make or remove a long word worth a re-check.
_LARGE_EDIT = 1_000

_WORDS = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
_ANYWHERE = QTextOption.WrapMode.WrapAnywhere


class LongWordWrap(QObject):
    """Keeps *editor* wrapping at words, or anywhere while its text holds a long word."""

    def __init__(self, editor: QTextEdit) -> None:
        super().__init__(editor)
        self._editor = editor
        self._pending = False
        editor.document().contentsChange.connect(self._changed)

    @property
    def anywhere(self) -> bool:
        return self._editor.wordWrapMode() == _ANYWHERE

    def prepare(self, incoming: str) -> bool:
        """Before *incoming* text enters the editor: wrap anywhere if it holds a long word
        (whether it does)."""
        long_word = has_run_longer_than(incoming, LONG_WORD)
        if long_word and not self.anywhere:
            self._editor.setWordWrapMode(_ANYWHERE)
        return long_word

    def replaced(self, long_word: bool) -> None:
        """After the editor's whole text was replaced by one :meth:`prepare` saw: back to
        word wrapping if it holds no long word (only now: the old text may have one)."""
        if not long_word and self.anywhere:
            self._editor.setWordWrapMode(_WORDS)

    def refit(self) -> None:
        """Wrap as the editor's whole text needs."""
        self._pending = False
        long_word = has_run_longer_than(self._editor.document().toPlainText(), LONG_WORD)
        wanted = _ANYWHERE if long_word else _WORDS
        if self._editor.wordWrapMode() != wanted:
            self._editor.setWordWrapMode(wanted)

    def _changed(self, _position: int, removed: int, added: int) -> None:
        if max(removed, added) >= _LARGE_EDIT and not self._pending:
            # Not inside Qt's change notification: changing the wrap mode re-lays the text.
            self._pending = True
            QTimer.singleShot(0, self, self.refit)
