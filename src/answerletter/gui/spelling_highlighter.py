"""Squiggles under misspelled words in one rich-text editor (question, answer, footnote).

A QSyntaxHighlighter's formats live in the layout, not in the text: the editor's content,
the clipboard and the letter built from it never see them, and print, PDF and Word export
are made from the letter, so a squiggle can never reach paper. Links (an address, a
source's own title) and footnote marks are not checked; in a footnote's text neither are
quoted titles.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import (
    QColor,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QTextEdit

from answerletter.gui.spelling_session import LetterSpelling
from answerletter.spelling.letter import footnote_checkable
from answerletter.spelling.tokenizer import Token, words

#: The squiggle's colour: the red every word processor uses for a spelling mistake.
SQUIGGLE_COLOUR = QColor(0xD0, 0x10, 0x10)


def checkable_text(block: QTextBlock, *, footnote: bool = False) -> str:
    """The block's text with link text blanked out (offsets kept); in a footnote, quoted
    titles too."""
    text = block.text()
    pieces: list[str] = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        it += 1
        if not fragment.isValid():
            continue
        start = fragment.position() - block.position()
        piece = text[start : start + fragment.length()]
        pieces.append(" " * len(piece) if fragment.charFormat().isAnchor() else piece)
    plain = "".join(pieces)
    return footnote_checkable(plain) if footnote else plain


class SpellingHighlighter(QSyntaxHighlighter):
    #: The word held back while being typed is finished (the cursor left it).
    released = Signal()

    """Underlines the words *session* finds misspelled in *editor*'s text.

    The word being typed (the cursor at its end, in the focused editor) is left alone until
    the cursor leaves it, as word processors do: no squiggle flickering under "Afgh" while
    "Afghanen" is still being typed, and no question to the speller on every keystroke.
    """

    def __init__(
        self, editor: QTextEdit, session: LetterSpelling, *, footnote: bool = False
    ) -> None:
        super().__init__(editor.document())
        self.editor = editor
        self.session = session
        self.footnote = footnote
        #: (block number, end position) of the word held back while it is being typed.
        self._held: tuple[int, int] | None = None
        self._refreshing = False  # highlighting because verdicts changed, not an edit
        self.squiggle = QTextCharFormat()
        self.squiggle.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.squiggle.setUnderlineColor(SQUIGGLE_COLOUR)
        session.flagged.connect(self._on_flagged)
        session.refreshed.connect(self.refresh)
        editor.cursorPositionChanged.connect(self._cursor_moved)
        editor.installEventFilter(self)
        # Qt highlights a new document from a zero timer, through the same edit block as
        # below; doing it now, quietly, leaves that timer nothing to do.
        self.refresh()

    def tokens(self, block: QTextBlock) -> list[Token]:
        """The words of *block* the spell check reads (offsets within the block)."""
        return words(checkable_text(block, footnote=self.footnote))

    def misspelled(self, block: QTextBlock, *, typing: int | None = None) -> list[Token]:
        """The misspelled words of *block* whose verdicts are in; with *typing* (a position
        in the block), not the word ending there."""
        session = self.session
        if not session.ready:
            return []
        return [
            t
            for t in self.tokens(block)
            if not (typing is not None and t.start < typing == t.end)
            and session.verdict(t) is False
        ]

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        typing = self._typing_in(block)
        for token in self.misspelled(block, typing=typing):
            self.setFormat(token.start, token.end - token.start, self.squiggle)

    def _typing_in(self, block: QTextBlock) -> int | None:
        """The cursor's position in *block* while the user types there, else None."""
        editor = self.editor
        if not editor.hasFocus() or editor.textCursor().hasSelection():
            return None
        position = editor.textCursor().position()
        if not block.contains(position):
            return None
        here = (block.blockNumber(), position)
        if self._refreshing and self._held != here:
            return None  # only an edit starts holding a word back
        self._held = here
        return position - block.position()

    def _cursor_moved(self) -> None:
        held = self._held
        if held is not None and self.editor.textCursor().position() != held[1]:
            self._release()

    def held_word(self) -> str | None:
        """The word being typed (held back from the squiggles), if any."""
        if self._held is None:
            return None
        block = self.document().findBlockByNumber(self._held[0])
        offset = self._held[1] - block.position()
        for token in self.tokens(block) if block.isValid() else []:
            if token.start < offset == token.end:
                return token.word
        return None

    def _release(self) -> None:
        held, self._held = self._held, None
        if held is not None:
            block = self.document().findBlockByNumber(held[0])
            if block.isValid():
                self._quietly([block])
            self.released.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._release()  # the word typed last is finished
        return False

    # -- repainting without touching the text --

    def refresh(self) -> None:
        """Highlight every block again (verdicts or the switch changed)."""
        document = self.document()
        quiet = document.blockSignals(True)
        self._refreshing = True
        try:
            self.rehighlight()
        finally:
            self._refreshing = False
            document.blockSignals(quiet)

    def _on_flagged(self, flagged: set[str]) -> None:
        typed = _typed(flagged)
        self._quietly(
            b for b in _blocks(self.document()) if any(word in b.text() for word in typed)
        )

    def _quietly(self, blocks: Iterable[QTextBlock]) -> None:
        # Qt's rehighlight wraps its work in an edit block of the document, which then emits
        # contentsChanged as if the text had been edited: the editor would make an undo step
        # of nothing. The layout is told directly, so blocking the signals loses no repaint.
        document = self.document()
        quiet = document.blockSignals(True)
        self._refreshing = True
        try:
            for block in blocks:
                self.rehighlightBlock(block)
        finally:
            self._refreshing = False
            document.blockSignals(quiet)


def _typed(flagged: set[str]) -> set[str]:
    """The verdict's words as they may stand in the text (straight or curly apostrophe)."""
    return flagged | {w.replace("'", "\u2019") for w in flagged if "'" in w}


def _blocks(document: QTextDocument) -> list[QTextBlock]:
    out = []
    block = document.firstBlock()
    while block.isValid():
        out.append(block)
        block = block.next()
    return out
