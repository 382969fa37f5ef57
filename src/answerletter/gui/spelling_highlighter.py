"""Squiggles under misspelled words in one rich-text editor (question, answer, footnote).

A QSyntaxHighlighter's formats live in the layout, not in the text: the editor's content,
the clipboard and the letter built from it never see them, and print, PDF and Word export
are made from the letter, so a squiggle can never reach paper. Links (an address, a
source's own title) and footnote marks are not checked; in a footnote's text neither are
quoted titles.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import (
    QColor,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextDocument,
)

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
    """Underlines the words *session* finds misspelled in *document*."""

    def __init__(
        self, document: QTextDocument, session: LetterSpelling, *, footnote: bool = False
    ) -> None:
        super().__init__(document)
        self.session = session
        self.footnote = footnote
        self.squiggle = QTextCharFormat()
        self.squiggle.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.squiggle.setUnderlineColor(SQUIGGLE_COLOUR)
        session.flagged.connect(self._on_flagged)
        session.refreshed.connect(self.refresh)
        # Qt highlights a new document from a zero timer, through the same edit block as
        # below; doing it now, quietly, leaves that timer nothing to do.
        self.refresh()

    def tokens(self, block: QTextBlock) -> list[Token]:
        """The words of *block* the spell check reads (offsets within the block)."""
        return words(checkable_text(block, footnote=self.footnote))

    def misspelled(self, block: QTextBlock) -> list[Token]:
        session = self.session
        if not session.ready:
            return []
        return [t for t in self.tokens(block) if session.verdict(t) is False]

    def highlightBlock(self, text: str) -> None:
        for token in self.misspelled(self.currentBlock()):
            self.setFormat(token.start, token.end - token.start, self.squiggle)

    # -- repainting without touching the text --

    def refresh(self) -> None:
        """Highlight every block again (verdicts or the switch changed)."""
        document = self.document()
        quiet = document.blockSignals(True)
        try:
            self.rehighlight()
        finally:
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
        try:
            for block in blocks:
                self.rehighlightBlock(block)
        finally:
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
