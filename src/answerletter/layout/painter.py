"""The one function that paints page *i* of a laid-out letter on any QPainter.

The PDF writer, the printer and the editor's preview all call :func:`paint_page`, so the
preview is the PDF. The painter is expected in page points (1/72 inch from the page's top-left
corner); :func:`points_transform` sets that up for a paint device.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPaintDevice,
    QPainter,
    QPalette,
    QPen,
    QTextDocument,
)

from answerletter.layout.flowdoc import FootnoteBox
from answerletter.layout.letterhead import Placed
from answerletter.layout.letterlayout import LetterLayout
from answerletter.layout.units import DPI, mm, pt

_BLACK = QColor(0, 0, 0)
# Glyphs such as italics and list bullets may stand slightly outside the column.
_SIDE_TOLERANCE = mm(5)


def points_transform(painter: QPainter, device: QPaintDevice) -> None:
    """Scale *painter* so one unit is one point on *device* (call once per page)."""
    painter.scale(device.logicalDpiX() / 72.0, device.logicalDpiY() / 72.0)


def _palette() -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, _BLACK)
    palette.setColor(QPalette.ColorRole.WindowText, _BLACK)
    return palette


def draw_document(
    painter: QPainter, document: QTextDocument, x: float, y: float, clip: QRectF | None = None
) -> None:
    """Draw *document* with its origin at (x, y); with *clip* (document coordinates) only that
    part of it."""
    painter.save()
    painter.translate(x, y)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette = _palette()
    if clip is not None:
        painter.setClipRect(clip)
        context.clip = clip
    document.documentLayout().draw(painter, context)
    painter.restore()


def _draw_placed(painter: QPainter, part: Placed) -> None:
    draw_document(painter, part.document, part.x, part.y)


def paint_page(painter: QPainter, layout: LetterLayout, index: int) -> None:
    """Paint page *index* (0-based) of *layout*; the painter is in page points."""
    if not 0 <= index < layout.page_count:
        raise IndexError(f"page {index} of {layout.page_count}")
    painter.save()
    painter.scale(72.0 / DPI, 72.0 / DPI)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    furniture = layout.furniture(index)
    if furniture.logo is not None:
        x, y, width, height = furniture.logo_box
        painter.drawImage(QRectF(x, y, width, height), furniture.logo)
    for part in furniture.parts:
        _draw_placed(painter, part)
    _draw_placed(painter, layout.page_number_part(index))
    _paint_body(painter, layout, index)
    painter.restore()


def _paint_body(painter: QPainter, layout: LetterLayout, index: int) -> None:
    page = layout.pages[index]
    flow = layout.flow
    left = mm(layout.profile.geometry.body_left)
    width = layout.flow_style.width
    top = layout.body_top(index)
    for segment in page.segments:
        item = flow.items[segment.item]
        units = item.units
        first, last = units[segment.first], units[segment.last]
        clip_top = min(first.slot_top, first.ink_top)
        if segment.first > 0:
            clip_top = max(clip_top, units[segment.first - 1].ink_bottom)
        clip_bottom = max(last.slot_top + last.height, last.ink_bottom)
        if segment.last + 1 < len(units):
            clip_bottom = min(clip_bottom, units[segment.last + 1].ink_top)
        origin = flow.origin(item)
        clip = QRectF(
            -_SIDE_TOLERANCE,
            origin + clip_top,
            width + 2 * _SIDE_TOLERANCE,
            clip_bottom - clip_top,
        )
        y = top + segment.y - first.slot_top - origin
        draw_document(painter, flow.document, left, y, clip)
    if not page.footnotes:
        return
    area_top = layout.body_bottom - page.footnote_area
    rule_y = area_top + layout.spacing.separator * 0.4
    pen = QPen(_BLACK)
    pen.setWidthF(pt(0.5))
    painter.setPen(pen)
    rule_width = mm(layout.profile.geometry.footnote_rule_width)
    painter.drawLine(QPointF(left, rule_y), QPointF(left + rule_width, rule_y))
    painter.setPen(Qt.PenStyle.NoPen)
    for part in page.footnotes:
        note = part.footnote
        assert isinstance(note, FootnoteBox)
        clip = QRectF(
            -_SIDE_TOLERANCE,
            part.first_line * note.leading,
            width + 2 * _SIDE_TOLERANCE,
            (part.end_line - part.first_line) * note.leading,
        )
        y = area_top + part.y - part.first_line * note.leading
        draw_document(painter, note.document, left, y, clip)
