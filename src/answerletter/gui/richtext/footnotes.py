"""Footnote marks in the editor: numbered in reading order and painted as a small raised chip.

A mark is one U+FFFC character (see ``formats``). This handler gives it its size and paints
its number, which is derived (in reading order, from the letter's number of the text's first
note, so the editor shows the numbers the letter prints), so inserting or deleting a
footnote renumbers the others without touching the document or its undo history.
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QPointF, QRect, QRectF, QSizeF, Qt, QTimer
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPainter,
    QPyTextObject,
    QTextDocument,
    QTextFormat,
)

from answerletter.gui.palette_colours import footnote_chip, footnote_number
from answerletter.gui.richtext.formats import (
    FOOTNOTE_OBJECT,
    footnote_of,
    is_footnote,
)
from answerletter.model.richtext import Footnote

_SCALE = 0.72
_PAD = 2.0


def footnote_positions(document: QTextDocument) -> list[int]:
    """Document positions of every footnote mark, in order."""
    positions: list[int] = []
    block = document.firstBlock()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            it += 1
            if is_footnote(fragment.charFormat()):
                start = fragment.position()
                positions.extend(range(start, start + fragment.length()))
        block = block.next()
    return positions


def footnote_at(document: QTextDocument, position: int) -> Footnote | None:
    """The footnote whose mark is the character at *position*, or None."""
    block = document.findBlock(position)
    if not block.isValid():
        return None
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        it += 1
        if fragment.position() <= position < fragment.position() + fragment.length():
            fmt = fragment.charFormat()
            return footnote_of(fmt) if is_footnote(fmt) else None
    return None


class FootnoteMarks(QPyTextObject):
    """Sizes and paints the footnote marks of one document (register once per document)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._document = document
        #: The letter's number of this text's first footnote (numbers run through the letter).
        self.first_number = 1
        self._positions: list[int] | None = None
        self._count = 0
        self._check_pending = False
        document.documentLayout().registerHandler(FOOTNOTE_OBJECT, self)
        document.contentsChange.connect(self._changed)

    def positions(self) -> list[int]:
        if self._positions is None:
            self._positions = footnote_positions(self._document)
        return self._positions

    def number_at(self, position: int) -> int:
        """The letter's number of the footnote whose mark is at *position*."""
        return bisect_left(self.positions(), position) + self.first_number

    def set_first_number(self, number: int) -> None:
        """Number this text's footnotes from *number* (the notes before it in the letter)."""
        if number == self.first_number:
            return
        self.first_number = number
        # The marks' widths and pictures show the old numbers.
        self._document.markContentsDirty(0, self._document.characterCount())

    def _changed(self, _position: int, _removed: int, _added: int) -> None:
        self._positions = None
        if not self._check_pending:
            # Counted later, once per burst of changes (a paste makes hundreds).
            self._check_pending = True
            QTimer.singleShot(0, self, self._check_count)

    def _check_count(self) -> None:
        self._check_pending = False
        count = len(self.positions())
        if count != self._count:
            self._count = count
            # Numbers after the change moved: their marks' widths and pictures are stale.
            self._document.markContentsDirty(0, self._document.characterCount())

    # -- QTextObjectInterface --

    def _fonts(self, document: QTextDocument, fmt: QTextFormat) -> tuple[QFont, QFont]:
        base = fmt.toCharFormat().font().resolve(document.defaultFont())
        small = QFont(base)
        if base.pointSizeF() > 0:
            small.setPointSizeF(base.pointSizeF() * _SCALE)
        else:
            small.setPixelSize(max(6, round(base.pixelSize() * _SCALE)))
        # Bold: at 72 % size a regular digit's stem is thinner than a pixel and is painted
        # at half strength, too faint to read at 4.5:1 on the chip (issue 19).
        small.setBold(True)
        return base, small

    def intrinsicSize(self, doc: QTextDocument, posInDocument: int, format: QTextFormat) -> QSizeF:  # noqa: N803
        base, small = self._fonts(doc, format)
        label = str(self.number_at(posInDocument))
        width = QFontMetricsF(small).horizontalAdvance(label) + 2 * _PAD
        return QSizeF(width, QFontMetricsF(base).ascent())

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        posInDocument: int,  # noqa: N803
        format: QTextFormat,
    ) -> None:
        _, small = self._fonts(doc, format)
        metrics = QFontMetricsF(small)
        label = str(self.number_at(posInDocument))
        chip = QRectF(rect.left(), rect.top(), rect.width(), metrics.height())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        palette = QGuiApplication.palette()  # the chip follows the theme (palette_colours)
        painter.setBrush(footnote_chip(palette))
        painter.drawRoundedRect(chip, 2.5, 2.5)
        painter.setFont(small)
        painter.setPen(footnote_number(palette))
        painter.drawText(QPointF(rect.left() + _PAD, rect.top() + metrics.ascent()), label)
        painter.restore()
