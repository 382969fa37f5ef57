"""The flowing text of a letter in one unpaginated QTextDocument, edited item by item.

All items (body, questions heading, questions, answers) live in one document laid out at the
body column's width; Qt re-lays only the blocks an edit touches and merely moves the others.
For each item we keep its block range and its lines (:class:`~.paginate.Unit`), measured
relative to the item's first block, so the lines of an unchanged item stay valid however much
text before it grows or shrinks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument

from answerletter.layout.items import BodySource, ItemKind, ItemSpec
from answerletter.layout.paginate import Unit
from answerletter.layout.textwriter import (
    CharFormats,
    RichWriter,
    TextStyle,
    block_format,
    lay_out,
    new_document,
)
from answerletter.layout.units import fmt
from answerletter.model import wording
from answerletter.model.letter import Answer, Question
from answerletter.model.richtext import PLAIN, Footnote, RichText


@dataclass(frozen=True, slots=True)
class FlowStyle:
    """Everything the flow's look depends on (lengths in dots)."""

    body: TextStyle
    footnote: TextStyle
    width: float
    footnote_indent: float
    signature_space: float
    questions_on_new_page: bool


class FootnoteBox:
    """A footnote laid out on its own at the column width: number, hanging indent, body."""

    __slots__ = ("document", "footnote", "leading", "line_count", "number")

    def __init__(
        self, footnote: Footnote, number: int, style: FlowStyle, formats: CharFormats
    ) -> None:
        self.footnote = footnote
        self.number = number
        self.leading = style.footnote.leading
        document = new_document(style.footnote)
        cursor = QTextCursor(document)
        writer = RichWriter(cursor, style.footnote, formats)
        indent = style.footnote_indent
        block = block_format(self.leading, left=indent, first_line=-indent)
        writer.new_block(block)
        # The number stands in the hanging indent; a fixed-width space pads it there.
        cursor.insertText(f"{number}\t", formats.get(PLAIN))
        for run in footnote.body:
            cursor.insertText(run.text, formats.get(run.marks))
        _set_tab(document, indent)
        lay_out(document, style.width)
        self.document = document
        self.line_count = sum(
            _block_lines(document.findBlockByNumber(i)) for i in range(document.blockCount())
        )


def _set_tab(document: QTextDocument, indent: float) -> None:
    option = document.defaultTextOption()
    option.setTabStopDistance(fmt(indent))  # scaled to the device like vertical lengths
    document.setDefaultTextOption(option)


def _block_lines(block: QTextBlock) -> int:
    return int(block.layout().lineCount())


@dataclass(slots=True)
class FlowItem:
    """One item in the flow document: its blocks, lines and footnotes."""

    spec: ItemSpec
    first_block: int = 0
    block_count: int = 0
    keeps: list[bool] = field(default_factory=list)
    page_breaks: list[bool] = field(default_factory=list)
    marks: list[tuple[Footnote, int]] = field(default_factory=list)
    footnotes: dict[int, FootnoteBox] = field(default_factory=dict)
    units: list[Unit] = field(default_factory=list)


class FlowDocument:
    """The flow's QTextDocument and its items."""

    def __init__(self, style: FlowStyle) -> None:
        self.style = style
        self.formats = CharFormats(style.body.link_color)
        self.footnote_formats = CharFormats(style.footnote.link_color)
        self.document = new_document(style.body)
        self.items: list[FlowItem] = []

    # -- building --

    def build(self, specs: list[ItemSpec]) -> None:
        """Write every item into the (new, empty) document and lay it out once."""
        cursor = QTextCursor(self.document)
        writer = RichWriter(cursor, self.style.body, self.formats)
        self.items = [self._write(writer, spec) for spec in specs]
        lay_out(self.document, self.style.width)
        for index in range(len(self.items)):
            self._measure(index)

    def replace(self, start: int, old_count: int, specs: list[ItemSpec]) -> None:
        """Replace items[start:start+old_count] by new items for *specs*, re-laying only them."""
        document = self.document
        cursor = QTextCursor(document)
        writer = RichWriter(cursor, self.style.body, self.formats)
        old = self.items[start : start + old_count]
        old_blocks = sum(item.block_count for item in old)
        # One edit block: Qt re-lays the document once at the end, not after every insertion.
        cursor.beginEditBlock()
        if old:
            first = document.findBlockByNumber(old[0].first_block)
            last = document.findBlockByNumber(old[0].first_block + old_blocks - 1)
            cursor.setPosition(first.position())
            cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            if not specs:
                # Remove the emptied block too, with the separator before it.
                position = cursor.position()
                cursor.setPosition(position - 1)
                cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
                cursor.removeSelectedText()
            writer.start_in_current_block()
        else:
            previous = self.items[start - 1]
            last = document.findBlockByNumber(previous.first_block + previous.block_count - 1)
            cursor.setPosition(last.position() + last.length() - 1)
            writer._fresh = False
        new_items = [self._write(writer, spec) for spec in specs]
        cursor.endEditBlock()
        delta = sum(item.block_count for item in new_items) - old_blocks
        for item in self.items[start + old_count :]:
            item.first_block += delta
        self.items[start : start + old_count] = new_items
        document.size()  # finish the incremental layout
        for index in range(start, start + len(new_items) + 1):
            if index < len(self.items):
                self._measure(index, reuse=index >= start + len(new_items))

    def _write(self, writer: RichWriter, spec: ItemSpec) -> FlowItem:
        item = FlowItem(spec)
        before = writer.blocks_written
        style = self.style
        gap = style.body.paragraph_gap

        def block(keep: bool = False, page_break: bool = False) -> None:
            item.keeps.append(keep)
            item.page_breaks.append(page_break)

        counter = iter(range(spec.footnote_start, spec.footnote_start + spec.footnote_count))

        def number(_note: Footnote) -> int:
            return next(counter)

        def mark(note: Footnote, position: int) -> None:
            item.marks.append((note, position))

        def rich(text: RichText, *, bold: bool = False, last_gap: float | None = None) -> None:
            count = writer.blocks_written
            writer.rich_text(
                text,
                bold=bold,
                footnote_number=number,
                on_footnote=mark,
                last_gap=last_gap,
            )
            for _ in range(writer.blocks_written - count):
                block()

        label_format = block_format(style.body.leading)
        if spec.kind is ItemKind.BODY:
            assert isinstance(spec.source, BodySource)
            self._write_body(writer, spec.source, rich, block)
        elif spec.kind is ItemKind.HEADING:
            writer.plain_block(spec.extra, block_format(style.body.leading, bottom=gap), bold=True)
            block(keep=True, page_break=style.questions_on_new_page)
        elif isinstance(spec.source, Question):
            writer.plain_block(spec.label, label_format, bold=True)
            block(keep=True)
            rich(spec.source.text, bold=True)
        else:
            answer = spec.source
            assert isinstance(answer, Answer)
            writer.plain_block(spec.label, label_format, bold=True)
            block(keep=True)
            if spec.extra:
                writer.plain_block(spec.extra, block_format(style.body.leading, bottom=gap))
                block()
            rich(answer.text)
        if writer.blocks_written == before:
            writer.plain_block("", block_format(style.body.leading, bottom=gap))
            block()
        item.block_count = writer.blocks_written - before
        item.first_block = writer.cursor.block().blockNumber() - item.block_count + 1
        notes = [note for note, _ in item.marks]
        item.footnotes = {
            id(note): FootnoteBox(note, spec.footnote_start + i, style, self.footnote_formats)
            for i, note in enumerate(notes)
        }
        return item

    def _write_body(
        self,
        writer: RichWriter,
        source: BodySource,
        rich: Callable[[RichText], None],
        block: Callable[..., None],
    ) -> None:
        """The letter itself: offering, paragraphs, closing and signatures."""
        style = self.style
        gap = style.body.paragraph_gap
        rich(source.offering)
        rich(source.body.paragraphs)
        if source.body.closing:
            writer.plain_block(source.body.closing, block_format(style.body.leading, bottom=gap))
            block(keep=True)
        for signatory in source.metadata.signatories:
            office, name = wording.signature_lines(signatory)
            writer.plain_block(office, block_format(style.body.leading))
            block(keep=True)
            space = block_format(style.body.leading, top=style.signature_space, bottom=gap)
            writer.plain_block(name, space)
            block()

    # -- measuring --

    def origin(self, item: FlowItem) -> float:
        """The document y of the item's first block (its lines are relative to this)."""
        return float(self.document.findBlockByNumber(item.first_block).layout().position().y())

    def _measure(self, index: int, *, reuse: bool = False) -> None:
        """Compute the lines of item *index*; with *reuse* only refresh its first line's
        relation to the item before (space above, whether a page may start there)."""
        item = self.items[index]
        previous = self.items[index - 1] if index else None
        block = self.document.findBlockByNumber(item.first_block)
        origin = float(block.layout().position().y())
        leading = self.style.body.leading
        if previous is not None and previous.units:
            last = previous.units[-1]
            previous_bottom = self.origin(previous) + last.slot_top + last.height
            space_first = origin - previous_bottom
            keep_first = previous.keeps[-1]
        else:
            space_first, keep_first = 0.0, False
        if reuse and item.units:
            item.units[0].space_before = space_first
            item.units[0].break_ok = not keep_first
            return
        # Footnote marks by block number, then line in the block.
        notes_at: dict[int, dict[int, list[Footnote]]] = {}
        for note, position in item.marks:
            found = self.document.findBlock(position)
            line = found.layout().lineForTextPosition(position - found.position())
            lines = notes_at.setdefault(found.blockNumber(), {})
            lines.setdefault(line.lineNumber(), []).append(note)
        # The hot loop of a full layout (one pass per line of the letter): only what the
        # paginator needs; glyph extents are asked for lines at page edges only (ink()).
        units: list[Unit] = []
        append = units.append
        previous_bottom_rel = -space_first
        keep_before = keep_first
        footnotes = item.footnotes
        for j in range(item.block_count):
            layout = block.layout()
            top = float(layout.position().y()) - origin
            count = int(layout.lineCount())
            block_notes = notes_at.get(item.first_block + j) if notes_at else None
            for i in range(count):
                slot_top = top + i * leading
                notes = block_notes.get(i) if block_notes else None
                marks = tuple(footnotes[id(n)] for n in notes) if notes else ()
                if i == 0:
                    space, ok = slot_top - previous_bottom_rel, not keep_before
                    page_break = item.page_breaks[j]
                else:
                    space, ok, page_break = 0.0, i >= 2 and count - i >= 2, False
                append(Unit(slot_top, leading, space, ok, page_break, marks, j, i))
            previous_bottom_rel = top + count * leading
            keep_before = item.keeps[j]
            block = block.next()
        item.units = units

    def ink(self, item: FlowItem, index: int) -> tuple[float, float]:
        """Where the glyphs of line *index* of *item* start and end, relative to the item's
        origin: super- and subscripts may stand outside the line's slot."""
        unit = item.units[index]
        layout = self.document.findBlockByNumber(item.first_block + unit.block).layout()
        line = layout.lineAt(unit.line)
        top = float(layout.position().y()) - self.origin(item) + float(line.y())
        return top, top + float(line.height())
