"""Footnote numbers that are drawn when a page is painted, not typeset into the text.

A footnote's number (its mark in the text, and the number before the footnote's own text)
is one inline object: laid out as wide as the digits of the number it has when Qt lays its
block out (digits are equally wide), drawn as the number the footnote has *now*. So when a
footnote added early in the letter moves every later number on by one, the later items keep
their laid-out lines and pages: only a number that gains a digit (9 → 10) changes the text's
layout, and the flow lays those blocks out again (see :mod:`~.flowdoc`).

The object also stands for the structure the number belongs to in a tagged PDF: the mark
is a ``Link`` ("Voetnoot N") inside its paragraph, the footnote's text a ``Note`` with the
ID its mark links to. Drawn while a recorder is active, the object reports that element
(with the current number) as a marker does, then draws the digits through a QTextLayout in
Qt's superscript style, with the anchor that makes Qt write the link (or its destination).
"""

from __future__ import annotations

import weakref
from typing import Protocol

from PySide6.QtCore import QPointF, QRect, QRectF, QSizeF
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPyTextObject,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
    QTextLayout,
)

from answerletter.layout import tags
from answerletter.layout.qt_unlocked import register_handler
from answerletter.layout.tags import OBJECT_CHARACTER, Mark, Path, Tag
from answerletter.layout.units import reference_device

NUMBER_OBJECT = int(QTextFormat.ObjectTypes.UserObject.value) + 8
_TOKEN = int(QTextFormat.Property.UserProperty.value) + 8
_DIGITS = int(QTextFormat.Property.UserProperty.value) + 9
_TARGET = int(QTextFormat.Property.UserProperty.value) + 10
_PATH = int(QTextFormat.Property.UserProperty.value) + 11
#: Qt's superscript: the font at 70 %, its baseline raised by half the small font's height.
_SCRIPT_SCALE = 0.7
_BLACK = QColor(0, 0, 0)

__all__ = ["NUMBER_OBJECT", "OBJECT_CHARACTER", "NoteNumbers", "Numbered"]


def note_anchor(number: int) -> str:
    """The PDF destination name of footnote *number* (its mark links there)."""
    return f"noot-{number}"


def mark_tag(number: int, token: int) -> Tag:
    """The Link element of the mark of footnote *number* (its object's *token*). Keys hold
    the token, not the number, so content written under the element keeps belonging to it
    when the number changes; the first drawing of a key (the number object) makes the
    element, with the number of the day."""
    return Tag("Link", f"mark:{token}", alt=f"Voetnoot {number}")


def note_tag(number: int, token: int) -> Tag:
    """The Note element of footnote *number*: placed right after its mark."""
    return Tag("Note", f"note:{token}", after=f"mark:{token}", element_id=note_anchor(number))


class Numbered(Protocol):
    """What a number object shows: a footnote whose number is known when painting."""

    @property
    def number(self) -> int: ...


class NoteNumbers(QPyTextObject):
    """Sizes and draws the footnote numbers of one flow's documents (register it with each).

    Each number object holds a token; :meth:`bind` tells which footnote it shows."""

    def __init__(self) -> None:
        super().__init__()
        self._shown: weakref.WeakValueDictionary[int, Numbered] = weakref.WeakValueDictionary()
        self._next = 0

    def register(self, document: QTextDocument) -> None:
        register_handler(document, NUMBER_OBJECT, self)

    def new_token(self) -> int:
        self._next += 1
        return self._next

    def bind(self, token: int, shown: Numbered) -> None:
        """Number objects with *token* show *shown*'s number (as long as it lives)."""
        self._shown[token] = shown

    def number_format(
        self, token: int, digits: int, path: Path, *, target: bool
    ) -> QTextCharFormat:
        """The format of a number object: a mark in the text (inside the block's structure
        *path*) or, with *target*, the number before a footnote's text."""
        char = QTextCharFormat()
        char.setObjectType(NUMBER_OBJECT)
        char.setProperty(_TOKEN, token)
        char.setProperty(_DIGITS, digits)
        char.setProperty(_TARGET, target)
        char.setProperty(_PATH, tags.mark_index(Mark(path)))
        return char

    def number_in(self, fmt: QTextFormat) -> tuple[int, bool] | None:
        """The number a character of format *fmt* shows now, and whether it is the number
        before a footnote's text (not a mark); None for any other character (for reading
        the text aloud, ``layout.page_text``)."""
        if fmt.objectType() != NUMBER_OBJECT:
            return None
        shown = self._shown.get(int(fmt.property(_TOKEN)))
        if shown is None:
            return None
        return shown.number, bool(fmt.property(_TARGET))

    # -- QTextObjectInterface --

    def intrinsicSize(  # noqa: N802 (Qt's name)
        self, doc: QTextDocument, pos: int, fmt: QTextFormat
    ) -> QSizeF:
        base = doc.defaultFont()
        shown = self._shown.get(int(fmt.property(_TOKEN)))
        digits = len(str(shown.number)) if shown is not None else int(fmt.property(_DIGITS))
        width = _digits_width(base, digits)
        # As high as the text's ascent, standing on the baseline: the line keeps its metrics.
        return QSizeF(width, QFontMetricsF(base, reference_device()).ascent())

    def drawObject(  # noqa: N802 (Qt's name)
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        pos: int,
        fmt: QTextFormat,
    ) -> None:
        token = int(fmt.property(_TOKEN))
        shown = self._shown.get(token)
        if shown is None:
            return
        number = shown.number
        target = bool(fmt.property(_TARGET))
        box = QRectF(rect)
        recorder = tags.active_recorder()
        if recorder is not None:
            path = tags.mark_at(int(fmt.property(_PATH))).path
            tag = note_tag(number, token) if target else mark_tag(number, token)
            recorder.document_mark(painter, box, Mark((*path, tag)))
        _draw_digits(painter, doc.defaultFont(), str(number), box, target=target)


def _script_font(base: QFont) -> QFont:
    small = QFont(base)
    if base.pointSizeF() > 0:
        small.setPointSizeF(base.pointSizeF() * _SCRIPT_SCALE)
    else:
        small.setPixelSize((base.pixelSize() * 7 + 5) // 10)
    small.setWeight(QFont.Weight.Normal)
    small.setItalic(False)
    return small


_widths: dict[tuple[str, int], float] = {}


def _digits_width(base: QFont, digits: int) -> float:
    """The advance of *digits* digits in the script font of *base* (remembered per font)."""
    key = (base.key(), digits)
    width = _widths.get(key)
    if width is None:
        metrics = QFontMetricsF(_script_font(base), reference_device())
        width = _widths[key] = float(metrics.horizontalAdvance("0" * digits))
    return width


def _draw_digits(painter: QPainter, base: QFont, text: str, box: QRectF, *, target: bool) -> None:
    """Draw *text* raised as Qt raises a superscript, its baseline on the box's bottom (the
    text's baseline), with the mark's link or the footnote's destination."""
    small = _script_font(base)
    char = QTextCharFormat()
    char.setForeground(_BLACK)
    char.setAnchor(True)
    number = int(text)
    if target:
        char.setAnchorNames([note_anchor(number)])
    else:
        char.setAnchorHref(f"#{note_anchor(number)}")
    layout = QTextLayout(text, small, reference_device())
    layout.setFormats([_range(len(text), char)])
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1e6)
    layout.endLayout()
    metrics = QFontMetricsF(small, reference_device())
    baseline = box.bottom() - (metrics.ascent() + metrics.descent()) / 2
    layout.draw(painter, QPointF(box.x(), baseline - line.ascent()))


def _range(length: int, char: QTextCharFormat) -> QTextLayout.FormatRange:
    found = QTextLayout.FormatRange()
    found.start, found.length, found.format = 0, length, char
    return found
