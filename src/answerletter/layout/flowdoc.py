"""The flowing text of a letter in unpaginated QTextDocuments, edited item by item.

The items (body, questions heading, questions, answers) are written in order into chunk
documents of about :data:`CHUNK_ITEMS` items each, laid out at the body column's width. An
edit re-writes only the items that changed: Qt re-lays their blocks and moves every later
block of the same document, so chunks keep that work small however long the letter is. For
each item we keep its block range and its lines (:class:`~.paginate.Unit`), measured relative
to the item's first block, so the lines of an unchanged item stay valid however much text
before it grows or shrinks. Lines are measured as if all chunks were one document.

A flow made with a *budget* keeps at most that many chunk documents filled (see
:mod:`~.chunks`): the others are emptied by :meth:`FlowDocument.trim` and written again when
they are read.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument

from answerletter.layout.chunks import Chunk, ChunkCache
from answerletter.layout.items import ItemSpec
from answerletter.layout.itemwriter import FlowItem, FlowStyle, FootnoteBox, write_item
from answerletter.layout.notenumbers import NoteNumbers
from answerletter.layout.paginate import Unit, whole_item
from answerletter.layout.qt_unlocked import document_height, end_edit_block
from answerletter.layout.tags import strip_markers
from answerletter.layout.textwriter import CharFormats, RichWriter, new_document, writing
from answerletter.model.richtext import Footnote
from answerletter.pacing import give_way

__all__ = ["CHUNK_ITEMS", "FlowDocument", "FlowItem", "FlowStyle", "FootnoteBox"]

#: Items per chunk document when a flow is built. An edit costs Qt time in proportion to the
#: blocks after it in its chunk (~3 blocks an item); a chunk that grows past twice this size
#: is rewritten as new chunks.
CHUNK_ITEMS = 40


class FlowDocument:
    """The flow's items and the chunk documents that hold them."""

    def __init__(self, style: FlowStyle, budget: int | None = None) -> None:
        self.style = style
        #: The filled chunk documents, when there is a budget (None: all stay filled).
        self.cache = ChunkCache(budget, self._refill) if budget is not None else None
        self.formats = CharFormats(style.body)
        self.footnote_formats = CharFormats(style.footnote)
        #: Draws the footnote numbers of this flow's documents as they are at painting time.
        self.numbers = NoteNumbers()
        self.items: list[FlowItem] = []
        self._gaps: dict[tuple[float, float, float, int], float] = {}

    # -- building --

    def build(self, specs: list[ItemSpec]) -> None:
        """Write every item into new chunk documents and lay them out once."""
        self.items = []
        self.append(specs)

    def append(self, specs: list[ItemSpec]) -> None:
        """Add items for *specs* at the end, in new chunk documents (the same documents and
        lines as one :meth:`build` when every call but the last adds whole chunks). Each
        chunk is written and measured in turn, and the budget kept after each."""
        for first in range(0, len(specs), CHUNK_ITEMS):
            start = len(self.items)
            self.items.extend(self._write_chunks(specs[first : first + CHUNK_ITEMS]))
            for index in range(start, len(self.items)):
                self._measure(index)
            self.trim()

    def trim(self) -> None:
        """Keep the budget of filled documents (run between operations, never during one)."""
        if self.cache is not None:
            self.cache.trim()

    def documents(self) -> list[QTextDocument]:
        """The chunk documents, in flow order."""
        found: list[QTextDocument] = []
        chunk: Chunk | None = None
        for item in self.items:
            if item.chunk is not chunk:
                chunk = item.chunk
                found.append(chunk.document)
        return found

    def text(self) -> str:
        """The flow's plain text, one line per block (for tests and debugging)."""
        return strip_markers("\n".join(document.toPlainText() for document in self.documents()))

    def replace(self, start: int, old_count: int, specs: list[ItemSpec]) -> None:
        """Replace items[start:start+old_count] by new items for *specs*, re-laying only them."""
        items = self.items
        old = items[start : start + old_count]
        if len(specs) == old_count and any(i.chunk is not old[0].chunk for i in old):
            # Item for item (e.g. footnotes renumbered): chunk by chunk.
            piece = start
            while piece < start + old_count:
                end = piece
                while end < start + old_count and items[end].chunk is items[piece].chunk:
                    end += 1
                self.replace(piece, end - piece, specs[piece - start : end - start])
                piece = end
            return
        if self._can_edit(start, old_count, len(specs)):
            self._edit(start, old_count, specs)
        else:
            self._rewrite(start, old_count, specs)

    def _chunk_span(self, index: int) -> tuple[int, int]:
        """The items [first, end) that share item *index*'s document."""
        items = self.items
        chunk = items[index].chunk
        first, end = index, index + 1
        while first > 0 and items[first - 1].chunk is chunk:
            first -= 1
        while end < len(items) and items[end].chunk is chunk:
            end += 1
        return first, end

    def _can_edit(self, start: int, old_count: int, new_count: int) -> bool:
        """Whether the replacement can be made inside one chunk document: the old items share
        one, the chunk keeps an item before the new ones (its first block is filled in place
        otherwise) or gets new ones, and it does not grow past twice the chunk size."""
        if old_count:
            first, end = self._chunk_span(start)
            if start + old_count > end or (not new_count and start == first):
                return False
        elif start > 0:
            first, end = self._chunk_span(start - 1)
        else:
            return False
        return end - first - old_count + new_count <= 2 * CHUNK_ITEMS

    def _write_chunks(
        self, specs: list[ItemSpec], again: list[FlowItem | None] | None = None
    ) -> list[FlowItem]:
        """New items for *specs* in new chunk documents, laid out; *again* gives, per spec,
        the item that showed it before (kept items written anew), if any."""
        items: list[FlowItem] = []
        for first in range(0, len(specs), CHUNK_ITEMS):
            document = new_document(self.style.body, self.style.width)
            self.numbers.register(document)
            chunk = Chunk(document, self.cache)
            if self.cache is not None:
                self.cache.add(chunk)
            with writing(QTextCursor(document)) as cursor:
                writer = RichWriter(cursor, self.style.body, self.formats)
                for index in range(first, min(first + CHUNK_ITEMS, len(specs))):
                    give_way()  # on the layout thread, to the user typing (see pacing)
                    before = again[index] if again is not None else None
                    items.append(self._write_item(writer, specs[index], chunk, before))
        return items

    def _write_item(
        self, writer: RichWriter, spec: ItemSpec, chunk: Chunk, again: FlowItem | None = None
    ) -> FlowItem:
        return write_item(
            writer,
            spec,
            self.style,
            self.footnote_formats,
            numbers=self.numbers,
            chunk=chunk,
            again=again,
        )

    def _refill(self, chunk: Chunk) -> None:
        """Write an emptied chunk document again from its items' specs (see chunks). The
        items keep their lines, footnote boxes and identity; only where their blocks and
        marks are is read again, and it must come out where it was."""
        items = self.items
        start = next(index for index, item in enumerate(items) if item.chunk is chunk)
        end = start
        while end < len(items) and items[end].chunk is chunk:
            end += 1
        with writing(QTextCursor(chunk.raw_document)) as cursor:
            writer = RichWriter(cursor, self.style.body, self.formats)
            for old in items[start:end]:
                new = self._write_item(writer, old.spec, chunk, old)
                if (new.first_block, new.block_count) != (old.first_block, old.block_count):
                    raise RuntimeError("a chunk written again has other blocks")
                old.keeps, old.page_breaks, old.marks = new.keeps, new.page_breaks, new.marks
                old.footnotes = new.footnotes
                for box in old.footnotes.values():
                    box.item = old

    def _rewrite(self, start: int, old_count: int, specs: list[ItemSpec]) -> None:
        """Replace the items by writing the chunks they touch anew."""
        items = self.items
        if old_count:
            first, _ = self._chunk_span(start)
            _, end = self._chunk_span(start + old_count - 1)
        elif items:
            first, end = self._chunk_span(max(0, start - 1))
        else:
            first, end = 0, 0
        kept_before = items[first:start]
        kept_after = items[start + old_count : end]
        if self.cache is not None:
            for item in items[first:end]:
                self.cache.forget(item.chunk)
        kept_specs = [item.spec for item in kept_before], [item.spec for item in kept_after]
        again: list[FlowItem | None] = [*kept_before, *([None] * len(specs)), *kept_after]
        new_items = self._write_chunks([*kept_specs[0], *specs, *kept_specs[1]], again)
        items[first:end] = new_items
        self._measure_from(first, len(new_items))

    def _edit(self, start: int, old_count: int, specs: list[ItemSpec]) -> None:
        """Replace the items inside their chunk document (see _can_edit)."""
        old = self.items[start : start + old_count]
        chunk = old[0].chunk if old else self.items[start - 1].chunk
        document = chunk.document  # filled again first if it was emptied
        cursor = QTextCursor(document)
        writer = RichWriter(cursor, self.style.body, self.formats)
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
        new_items = [self._write_item(writer, spec, chunk) for spec in specs]
        end_edit_block(cursor)  # Qt lays the chunk out: without the interpreter lock
        delta = sum(item.block_count for item in new_items) - old_blocks
        for item in self.items[start + old_count :]:
            if item.chunk is not chunk:
                break
            item.first_block += delta
        self.items[start : start + old_count] = new_items
        document_height(document)  # finish the incremental layout
        self._measure_from(start, len(new_items))

    # -- measuring --

    def origin(self, item: FlowItem) -> float:
        """The document y of the item's first block (its lines are relative to this)."""
        return float(item.document.findBlockByNumber(item.first_block).layout().position().y())

    def _measure_from(self, start: int, count: int) -> None:
        """Measure *count* new items from *start*, and the first line of the item after."""
        for index in range(start, start + count + 1):
            if index < len(self.items):
                self._measure(index, reuse=index >= start + count)

    def _gap(self, above: FlowItem, below: FlowItem) -> float:
        """The space Qt puts between the last line of *above* and the first of *below* in one
        document, for items in different chunks: measured once per pair of block formats on
        a two-line probe document (Qt collapses the one's bottom and the other's top margin)."""
        bottom, line_height, line_height_type = above.bottom_key
        key = (bottom, line_height, below.top_margin, line_height_type)
        gap = self._gaps.get(key)
        if gap is None:
            probe = new_document(self.style.body, self.style.width)
            first = QTextBlockFormat()
            first.setBottomMargin(key[0])
            first.setLineHeight(key[1], key[3])
            second = QTextBlockFormat()
            second.setTopMargin(key[2])
            with writing(QTextCursor(probe)) as cursor:
                cursor.setBlockFormat(first)
                cursor.insertText("x")
                cursor.insertBlock(second)
                cursor.insertText("x")
            top = float(probe.begin().layout().position().y())
            below_top = float(probe.begin().next().layout().position().y())
            gap = below_top - (top + self.style.body.leading)
            self._gaps[key] = gap
        return gap

    def _relation(
        self, previous: FlowItem | None, item: FlowItem, origin: float | None
    ) -> tuple[float, bool]:
        """The space above *item*'s first line when it does not start a page, and whether
        the item before keeps with it. (*origin*: the item's, when known.) An item after one
        in another chunk needs no document, which may be emptied (see chunks)."""
        if previous is None or not previous.units:
            return 0.0, False
        keep = previous.keeps[-1]
        if previous.chunk is not item.chunk:
            return self._gap(previous, item), keep
        if origin is None:
            origin = self.origin(item)
        last = previous.units[-1]
        return origin - (self.origin(previous) + last.slot_top + last.height), keep

    def _measure(self, index: int, *, reuse: bool = False) -> None:
        """Compute the lines of item *index*; with *reuse* only refresh its first line's
        relation to the item before (space above, whether a page may start there)."""
        item = self.items[index]
        previous = self.items[index - 1] if index else None
        if reuse and item.units:
            space, keep = self._relation(previous, item, None)
            item.units[0].space_before, item.units[0].break_ok = space, not keep
            return
        document = item.document
        block = document.findBlockByNumber(item.first_block)
        origin = float(block.layout().position().y())
        leading = self.style.body.leading
        item.top_margin = float(block.blockFormat().topMargin())
        space_first, keep_first = self._relation(previous, item, origin)
        # Footnote marks by block number, then line in the block.
        notes_at: dict[int, dict[int, list[Footnote]]] = {}
        for note, position in item.marks:
            found = document.findBlock(position)
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
            last_format = block.blockFormat()
            block = block.next()
        item.units = units
        item.whole = whole_item(units)
        if item.block_count:
            item.bottom_key = (
                float(last_format.bottomMargin()),
                float(last_format.lineHeight()),
                int(last_format.lineHeightType()),
            )

    def ink(self, item: FlowItem, index: int) -> tuple[float, float]:
        """Where the glyphs of line *index* of *item* start and end, relative to the item's
        origin: super- and subscripts may stand outside the line's slot."""
        unit = item.units[index]
        layout = item.document.findBlockByNumber(item.first_block + unit.block).layout()
        line = layout.lineAt(unit.line)
        top = float(layout.position().y()) - self.origin(item) + float(line.y())
        return top, top + float(line.height())
