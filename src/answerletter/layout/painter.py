"""The one function that paints page *i* of a laid-out letter on any QPainter.

The PDF writer, the printer and the editor's preview all call :func:`paint_page`, so the
preview is the PDF. The painter is expected in page points (1/72 inch from the page's top-left
corner); :func:`points_transform` sets that up for a paint device.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPaintDevice,
    QPainter,
    QPalette,
    QPen,
    QTextDocument,
    QTextLayout,
)

from answerletter.layout.flowdoc import FlowDocument, FlowItem, FootnoteBox
from answerletter.layout.letterhead import Placed
from answerletter.layout.letterlayout import LetterLayout
from answerletter.layout.qt_unlocked import draw
from answerletter.layout.tags import NO_TAGS, Tag, TagRecorder
from answerletter.layout.units import DPI, mm, pt

_BLACK = QColor(0, 0, 0)
# Glyphs such as italics and list bullets may stand slightly outside the column.
_SIDE_TOLERANCE = mm(5)
_CULL_INSET = 4.0  # dots
#: Artifact kinds (PDF 14.8.2.2): running header and page number; the footnote rule.
PAGINATION, LAYOUT = "Pagination", "Layout"


def points_transform(painter: QPainter, device: QPaintDevice) -> None:
    """Scale *painter* so one unit is one point on *device* (call once per page)."""
    painter.scale(device.logicalDpiX() / 72.0, device.logicalDpiY() / 72.0)


@cache
def _palette() -> QPalette:
    """Black text (made once: a QPalette needs a QGuiApplication, and every draw uses it)."""
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
        # Qt skips lines wholly outside the context's clip; inset it a little so a line that
        # only touches the edge is skipped too. Otherwise its glyphs would still be written
        # to the PDF (invisible under the clip, but found by search and copy).
        context.clip = clip.adjusted(0, _CULL_INSET, 0, -_CULL_INSET)
    draw(document, painter, context)  # without the interpreter lock (qt_unlocked)
    painter.restore()


def _draw_placed(painter: QPainter, part: Placed, tags: TagRecorder, name: str) -> None:
    if part.artifact:
        with tags.artifact(PAGINATION):
            draw_document(painter, part.document, part.x, part.y)
    else:
        # The part's document carries its own structure markers.
        with tags.context(name):
            draw_document(painter, part.document, part.x, part.y)


def paint_page(
    painter: QPainter, layout: LetterLayout, index: int, tags: TagRecorder | None = None
) -> None:
    """Paint page *index* (0-based) of *layout*; the painter is in page points.

    With *tags* (a tagged PDF is being written) the structure is recorded as it is drawn, in
    reading order: letterhead, flowing text, the page's footnotes; page furniture is marked as
    artifacts. Pages are painted the same either way.
    """
    if not 0 <= index < layout.page_count:
        raise IndexError(f"page {index} of {layout.page_count}")
    recorder = tags if tags is not None else NO_TAGS
    painter.save()
    painter.scale(72.0 / DPI, 72.0 / DPI)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    recorder.begin_page(painter)
    furniture = layout.furniture(index)
    if furniture.logo is not None:
        with recorder.element(Tag("Figure", "lh:logo", alt=furniture.logo_description)):
            furniture.logo.draw(painter, furniture.logo_box)
    for number, part in enumerate(furniture.parts):
        _draw_placed(painter, part, recorder, f"part:{number}")
    _draw_placed(painter, layout.page_number_part(index), recorder, "page-number")
    _paint_body(painter, layout, index, recorder)
    painter.restore()


def _draw_lines(
    painter: QPainter,
    layout: QTextLayout,
    lines: range,
    origin: QPointF,
    clip: QRectF,
) -> None:
    """Draw *lines* of one block's layout; the document's origin maps to *origin*.

    Used where a page starts inside a block: QTextLayout.draw also writes the one line above
    its clip (Qt 6 starts at the last line above the clip, not the first inside it), which
    would leave an invisible copy of the previous page's last line in the PDF's text.
    """
    painter.save()
    painter.translate(origin)
    painter.setClipRect(clip)
    painter.setPen(_BLACK)
    position = layout.position()
    for index in lines:
        layout.lineAt(index).draw(painter, position)
    painter.restore()


def _clip_span(
    flow: FlowDocument, item: FlowItem, first: int, last: int, after: int | None
) -> tuple[float, float]:
    """Document y range (relative to the item) that shows its lines first..last and nothing
    else; *after* is the item's line below them, if any."""
    units = item.units
    top = min(units[first].slot_top, flow.ink(item, first)[0])
    if first > 0:
        top = max(top, flow.ink(item, first - 1)[1])
    bottom = max(units[last].slot_top + units[last].height, flow.ink(item, last)[1])
    if after is not None:
        bottom = min(bottom, flow.ink(item, after)[0])
    return top, bottom


def _paint_body(painter: QPainter, layout: LetterLayout, index: int, tags: TagRecorder) -> None:
    page = layout.pages[index]
    if page.segments:
        # One context for the whole flow: a paragraph that runs on to the next page goes on
        # in the same element there.
        with tags.context("flow"):
            _paint_flow(painter, layout, index)
    if page.footnotes:
        _paint_footnotes(painter, layout, index, tags)


def _paint_flow(painter: QPainter, layout: LetterLayout, index: int) -> None:
    """The page's flowing text: consecutive lines of the flow, in one or more chunk documents.

    Each document is translated so its first line on the page lands at that line's place, and
    clipped to the page's stretch of the flow (in its own coordinates), so that together they
    draw exactly what one document holding the whole flow would.
    """
    page = layout.pages[index]
    flow = layout.flow
    left = mm(layout.profile.geometry.body_left)
    width = layout.flow_style.width
    first_segment, last_segment = page.segments[0], page.segments[-1]
    first_item = flow.items[first_segment.item]
    last_item = flow.items[last_segment.item]
    # The y at which each document's origin stands on the page.
    shifts: dict[int, float] = {}
    for segment in page.segments:
        item = flow.items[segment.item]
        if id(item.document) not in shifts:
            unit = item.units[segment.first]
            shift = layout.body_top(index) + segment.y - unit.slot_top - flow.origin(item)
            shifts[id(item.document)] = shift
    first_unit = first_item.units[first_segment.first]
    first_origin = flow.origin(first_item)
    y = shifts[id(first_item.document)]
    after = last_segment.last + 1 if last_segment.last + 1 < len(last_item.units) else None
    _, bottom = _clip_span(flow, last_item, last_segment.last, last_segment.last, after)
    bottom += flow.origin(last_item)
    # The stretch's bottom on the page, and in the coordinates of the first document.
    page_bottom = bottom + shifts[id(last_item.document)]
    first_bottom = bottom if last_item.document is first_item.document else page_bottom - y
    units = first_item.units
    start = first_segment.first
    rest_item = first_item
    if first_unit.line > 0:
        # The page starts inside a block: draw the rest of that block line by line.
        end = start
        while (
            end + 1 < len(units)
            and units[end + 1].block == first_unit.block
            and (first_segment.item, end + 1) <= (last_segment.item, last_segment.last)
        ):
            end += 1
        top, _ = _clip_span(flow, first_item, start, start, None)
        block = first_item.document.findBlockByNumber(first_item.first_block + first_unit.block)
        span = QRectF(
            -_SIDE_TOLERANCE,
            first_origin + top,
            width + 2 * _SIDE_TOLERANCE,
            first_bottom - first_origin - top,
        )
        line_end = first_unit.line + end - start + 1
        _draw_lines(
            painter, block.layout(), range(first_unit.line, line_end), QPointF(left, y), span
        )
        if (first_segment.item, end) == (last_segment.item, last_segment.last):
            return
        start = end + 1
        if start >= len(units):
            rest_item = flow.items[first_segment.item + 1]
            top = flow.origin(rest_item) + min(
                rest_item.units[0].slot_top, flow.ink(rest_item, 0)[0]
            )
        else:
            top = first_origin + _clip_span(flow, first_item, start, start, None)[0]
    else:
        top = first_origin + _clip_span(flow, first_item, start, start, None)[0]
    # The stretch's top on the page (the rest of it, after a block continued line by line).
    page_top = top + shifts[id(rest_item.document)]
    for document in _documents(flow, page.segments[0].item, last_segment.item, rest_item):
        shift = shifts[id(document)]
        clip_top = top if document is rest_item.document else page_top - shift
        clip_bottom = bottom if document is last_item.document else page_bottom - shift
        clip = QRectF(
            -_SIDE_TOLERANCE, clip_top, width + 2 * _SIDE_TOLERANCE, clip_bottom - clip_top
        )
        draw_document(painter, document, left, shift, clip)


def _documents(flow: FlowDocument, first: int, last: int, rest: FlowItem) -> list[QTextDocument]:
    """The documents of items first..last, from the one holding *rest* on."""
    found: list[QTextDocument] = []
    started = False
    for item in flow.items[first : last + 1]:
        started = started or item is rest
        if started and (not found or found[-1] is not item.document):
            found.append(item.document)
    return found


def _paint_footnotes(
    painter: QPainter, layout: LetterLayout, index: int, tags: TagRecorder
) -> None:
    page = layout.pages[index]
    left = mm(layout.profile.geometry.body_left)
    width = layout.flow_style.width
    area_top = layout.body_bottom - page.footnote_area
    rule_y = area_top + layout.spacing.separator * 0.4
    pen = QPen(_BLACK)
    pen.setWidthF(pt(0.5))
    painter.setPen(pen)
    rule_width = mm(layout.profile.geometry.footnote_rule_width)
    with tags.artifact(LAYOUT):
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
        # A context per footnote: a note continued on the next page goes on in its element.
        with tags.context(f"note:{note.number}"):
            if part.first_line > 0:
                # A continued footnote (one block): its earlier lines must not reach the PDF.
                block_layout = note.document.begin().layout()
                lines = range(part.first_line, part.end_line)
                _draw_lines(painter, block_layout, lines, QPointF(left, y), clip)
            else:
                draw_document(painter, note.document, left, y, clip)
