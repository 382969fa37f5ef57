"""Writing the items of the flow (body, questions heading, questions, answers) as blocks of a
QTextDocument, in house style, with their footnotes laid out on their own.

An item records, per block, whether it keeps with the next block and whether it must start a
page, and where its footnote marks are; :mod:`~.flowdoc` measures its lines after layout.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument

from answerletter.layout.chunks import Chunk
from answerletter.layout.items import BodySource, ItemKind, ItemSpec, note_digits
from answerletter.layout.notenumbers import OBJECT_CHARACTER, NoteNumbers, note_tag
from answerletter.layout.paginate import Unit, WholeItem
from answerletter.layout.qt_unlocked import document_height
from answerletter.layout.tags import END, Path, insert_marker
from answerletter.layout.textwriter import (
    CharFormats,
    RichWriter,
    TextStyle,
    block_format,
    new_document,
    writing,
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
    """A footnote laid out on its own at the column width: superscript number, then the body
    (as in real letters; with a profile's hanging indent the number stands in the indent).
    The number is the target of the mark's internal link.

    The number is drawn as the footnote's number at the time (``item.note_start`` on), so a
    box outlives renumbering as long as its number keeps its *digits*."""

    __slots__ = (
        "__weakref__",
        "digits",
        "document",
        "footnote",
        "index",
        "item",
        "leading",
        "line_count",
        "token",
    )

    def __init__(
        self,
        footnote: Footnote,
        *,
        item: FlowItem,
        index: int,
        token: int,
        style: FlowStyle,
        formats: CharFormats,
        numbers: NoteNumbers,
    ) -> None:
        self.footnote = footnote
        self.item = item
        self.index = index
        self.leading = style.footnote.leading
        self.token = token
        numbers.bind(token, self)
        document = new_document(style.footnote, style.width)
        numbers.register(document)
        indent = style.footnote_indent
        if indent:
            _set_tab(document, indent)
        with writing(QTextCursor(document)) as cursor:
            writer = RichWriter(cursor, style.footnote, formats)
            if indent:
                block = block_format(self.leading, left=indent, first_line=-indent)
            else:
                block = block_format(self.leading)
            writer.new_block(block)
            # The number object stands for the Note element too (see notenumbers); links in
            # the footnote's text belong to that element (by its key).
            writer.set_path((note_tag(self.number, token),))
            self.digits = len(str(self.number))
            cursor.insertText(
                OBJECT_CHARACTER, numbers.number_format(token, self.digits, (), target=True)
            )
            # A fixed-width tab pads the number in a hanging indent; otherwise one space.
            cursor.insertText("\t" if indent else " ", formats.get(PLAIN))
            writer.runs(footnote.body)
            insert_marker(cursor, END)
        self.document = document
        self.line_count = _line_count(document)

    def relay_number(self) -> bool:
        """Lay the footnote out again for the digits its number has now; whether it kept
        its line count (if not, pages may break otherwise: the flow replaces the box)."""
        document = self.document
        digits = len(str(self.number))
        document.markContentsDirty(0, document.characterCount() - 1)
        if _line_count(document) == self.line_count:
            self.digits = digits
            return True
        return False

    @property
    def number(self) -> int:
        """The footnote's number in the letter now."""
        return self.item.note_start + self.index


def _set_tab(document: QTextDocument, indent: float) -> None:
    option = document.defaultTextOption()
    option.setTabStopDistance(fmt(indent))  # scaled to the device like vertical lengths
    document.setDefaultTextOption(option)


def _line_count(document: QTextDocument) -> int:
    """The lines of *document*'s blocks, laid out."""
    document_height(document)  # (Qt lays out lazily)
    return sum(
        int(document.findBlockByNumber(i).layout().lineCount())
        for i in range(document.blockCount())
    )


@dataclass(slots=True)
class FlowItem:
    """One item in the flow document: its blocks, lines and footnotes."""

    spec: ItemSpec
    #: The chunk whose document holds the item's blocks.
    chunk: Chunk
    #: The footnotes of the items before it in its chunk (see note_start).
    notes_before: int = 0
    #: The digits of its footnote numbers when it was last laid out (items.note_digits): its
    #: lines hold for other numbers with the same digits.
    digits: tuple[int, ...] = ()
    first_block: int = 0
    block_count: int = 0
    keeps: list[bool] = field(default_factory=list)
    page_breaks: list[bool] = field(default_factory=list)
    #: Its footnotes and where their marks are, from its first block's position on (which
    #: moves when an item before it in its document changes).
    marks: list[tuple[Footnote, int]] = field(default_factory=list)
    footnotes: dict[int, FootnoteBox] = field(default_factory=dict)
    units: list[Unit] = field(default_factory=list)
    #: Its lines summed up for the paginator (paginate.whole_item), made with *units*.
    whole: WholeItem | None = None
    #: The top margin of its first block and (bottom margin, line height, line height type)
    #: of its last: what the space between it and a neighbour in another chunk depends on,
    #: kept so measuring that space needs no document that may be emptied (see chunks).
    top_margin: float = 0.0
    bottom_key: tuple[float, float, int] = (0.0, 0.0, 0)

    @property
    def document(self) -> QTextDocument:
        """The (chunk) document holding the item's blocks, filled."""
        return self.chunk.document

    @property
    def note_start(self) -> int:
        """The number of its first footnote (of the one it would have, when it has none)."""
        return self.chunk.note_base + self.notes_before + 1


def item_scope(spec: ItemSpec) -> str:
    """What makes the structure keys of an item's blocks unique in the letter."""
    source = spec.source
    if isinstance(source, Question | Answer):
        return f"{spec.kind.value}:{source.id}"
    return spec.kind.value


def write_item(
    writer: RichWriter,
    spec: ItemSpec,
    style: FlowStyle,
    footnote_formats: CharFormats,
    *,
    numbers: NoteNumbers,
    chunk: Chunk,
    note_start: int,
    again: FlowItem | None = None,
) -> FlowItem:
    """Write the blocks of the item for *spec* at the writer's cursor (in *chunk*'s
    document) and lay out its footnotes, numbered from *note_start* (its place in the flow,
    whose numbering *chunk* holds up to it); the item's lines are measured once its document
    is laid out. *numbers* draws the footnote numbers (registered with the writer's
    document). *again* is the same item written before (same key): its footnote boxes are
    taken over where their numbers keep their digits, so pages that show them stay valid
    and number them as this item does."""
    item = FlowItem(
        spec,
        chunk,
        notes_before=note_start - 1 - chunk.note_base,
        digits=note_digits(note_start, spec.footnote_count),
    )
    writer.scope = item_scope(spec)
    before = writer.blocks_written
    gap = style.body.paragraph_gap

    def block(keep: bool = False, page_break: bool = False) -> None:
        item.keeps.append(keep)
        item.page_breaks.append(page_break)

    tokens: list[int] = []

    def number(_note: Footnote, path: Path) -> QTextCharFormat:
        token = numbers.new_token()
        digits = len(str(note_start + len(tokens)))
        tokens.append(token)
        return numbers.number_format(token, digits, path, target=False)

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
        _write_body(writer, spec.source, style, rich, block)
    elif spec.kind is ItemKind.HEADING:
        heading_format = block_format(style.body.leading, bottom=gap)
        writer.plain_block(spec.extra, heading_format, bold=True, role="H1")
        block(keep=True, page_break=style.questions_on_new_page)
    elif isinstance(spec.source, Question):
        # Labels are headings below the questions heading: a screen reader can jump from
        # question to answer.
        writer.plain_block(spec.label, label_format, bold=True, role="H2")
        block(keep=True)
        rich(spec.source.text, bold=True)
    else:
        answer = spec.source
        assert isinstance(answer, Answer)
        writer.plain_block(spec.label, label_format, bold=True, role="H2")
        block(keep=True)
        if spec.extra:
            writer.plain_block(spec.extra, block_format(style.body.leading, bottom=gap))
            block()
        rich(answer.text)
    if writer.blocks_written == before:
        writer.plain_block("", block_format(style.body.leading, bottom=gap))
        block()
    writer.close_block()
    item.block_count = writer.blocks_written - before
    item.first_block = writer.cursor.block().blockNumber() - item.block_count + 1
    if item.marks:
        origin = writer.cursor.document().findBlockByNumber(item.first_block).position()
        item.marks = [(note, position - origin) for note, position in item.marks]
    _add_boxes(item, tokens, again, style=style, formats=footnote_formats, numbers=numbers)
    return item


def _add_boxes(
    item: FlowItem,
    tokens: list[int],
    again: FlowItem | None,
    *,
    style: FlowStyle,
    formats: CharFormats,
    numbers: NoteNumbers,
) -> None:
    """Lay out the item's footnotes (the boxes of *again*, the item written before, are
    taken over: the same footnotes in the same places, their numbers as many digits long)."""
    note_start = item.note_start
    earlier = list(again.footnotes.values()) if again is not None else []
    for i, (note, _) in enumerate(item.marks):
        if (
            i < len(earlier)
            and earlier[i].footnote is note
            and earlier[i].index == i
            and earlier[i].digits == len(str(note_start + i))
        ):
            box = earlier[i]
            box.item, box.token = item, tokens[i]
            numbers.bind(tokens[i], box)
        else:
            box = FootnoteBox(
                note,
                item=item,
                index=i,
                token=tokens[i],
                style=style,
                formats=formats,
                numbers=numbers,
            )
        item.footnotes[id(note)] = box


def _write_body(
    writer: RichWriter,
    source: BodySource,
    style: FlowStyle,
    rich: Callable[[RichText], None],
    block: Callable[..., None],
) -> None:
    """The letter itself: offering, paragraphs, closing and signatures."""
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
