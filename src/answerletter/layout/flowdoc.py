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

The flow numbers the footnotes: an item's first number is its chunk's count of footnotes
before it plus its own count of those before it in the chunk (``FlowItem.note_start``), so a
footnote added early in 10,000 questions moves the numbers of every later one by moving a
count per chunk, not per item. Numbers are painted late (see :mod:`~.notenumbers`): an item
is laid out again only where one of its numbers gains or loses a digit.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import islice

from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument

from answerletter.layout.chunks import Chunk, ChunkCache
from answerletter.layout.items import ItemSpec, note_digits
from answerletter.layout.itemwriter import FlowItem, FlowStyle, FootnoteBox, write_item
from answerletter.layout.notenumbers import NoteNumbers
from answerletter.layout.paginate import Unit, whole_item
from answerletter.layout.qt_unlocked import document_height, end_edit_block
from answerletter.layout.tags import strip_markers
from answerletter.layout.textwriter import CharFormats, RichWriter, new_document, writing
from answerletter.model.richtext import Footnote
from answerletter.pacing import give_way

__all__ = ["CHUNK_ITEMS", "FlowDocument", "FlowItem", "FlowStyle", "FootnoteBox", "runs_of"]

#: A run of items [first, end).
Run = tuple[int, int]

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
        #: The chunks, in flow order (each holds the numbering of its items' footnotes).
        self.chunks: list[Chunk] = []
        self._gaps: dict[tuple[float, float, float, int], float] = {}

    # -- building --

    def build(self, specs: list[ItemSpec]) -> None:
        """Write every item into new chunk documents and lay them out once."""
        self.items, self.chunks = [], []
        self.append(specs)

    def append(self, specs: list[ItemSpec]) -> None:
        """Add items for *specs* at the end, in new chunk documents (the same documents and
        lines as one :meth:`build` when every call but the last adds whole chunks). Each
        chunk is written and measured in turn, and the budget kept after each."""
        for first in range(0, len(specs), CHUNK_ITEMS):
            start = len(self.items)
            items, chunks = self._write_chunks(
                specs[first : first + CHUNK_ITEMS], self.note_total() + 1
            )
            self.items.extend(items)
            self.chunks.extend(chunks)
            for index in range(start, len(self.items)):
                self._measure(index)
            self.trim()

    def trim(self) -> None:
        """Keep the budget of filled documents (run between operations, never during one)."""
        if self.cache is not None:
            self.cache.trim()

    def documents(self) -> list[QTextDocument]:
        """The chunk documents, in flow order."""
        return [chunk.document for chunk in self.chunks]

    def note_total(self) -> int:
        """How many footnotes the flow's items have."""
        if not self.chunks:
            return 0
        last = self.chunks[-1]
        return last.note_base + last.note_count

    def text(self) -> str:
        """The flow's plain text, one line per block (for tests and debugging)."""
        return strip_markers("\n".join(document.toPlainText() for document in self.documents()))

    def replace(self, start: int, old_count: int, specs: list[ItemSpec]) -> list[Run]:
        """Replace items[start:start+old_count] by new items for *specs*, re-laying only them
        and the later items whose footnote numbers, moved on or back by as many footnotes
        as the new items have more or fewer, gained or lost a digit: the runs of those."""
        notes = self.note_total()
        self._replace(start, old_count, specs)
        moved = self.note_total() - notes
        return self._redigit(start + len(specs), moved) if moved else []

    def _redigit(self, after: int, moved: int) -> list[Run]:
        """Lay out again the items from *after* on whose footnote numbers, moved by *moved*,
        gained or lost a digit (those now in [10, 10 + moved), [100, 100 + moved) and so on,
        or below those bounds when moved back: found by bisection); the runs laid out."""
        items = self.items
        total = self.note_total()
        changed: list[int] = []
        bound = 10
        while bound + min(moved, 0) <= total:
            low, high = (bound, bound + moved - 1) if moved > 0 else (bound + moved, bound - 1)
            index = bisect_left(items, low, lo=after, key=_last_number)
            while index < len(items) and items[index].note_start <= high:
                item = items[index]
                if item.digits != note_digits(item.note_start, item.spec.footnote_count):
                    changed.append(index)
                index += 1
            bound *= 10
        changed = sorted(set(changed))
        for index in changed:
            self._relay_numbers(index)
        return runs_of(changed)

    def _relay_numbers(self, index: int) -> None:
        """Lay out the blocks of item *index* again, for the digits its footnote numbers
        have now (the marks are as wide as their numbers when laid out, see notenumbers),
        and the footnotes whose numbers gained or lost a digit; measure its lines again.
        (Its text stays: a few blocks are re-laid, not an item written anew.)"""
        item = self.items[index]
        document = item.document
        first = document.findBlockByNumber(item.first_block)
        last = document.findBlockByNumber(item.first_block + item.block_count - 1)
        start = first.position()
        document.markContentsDirty(start, last.position() + last.length() - 1 - start)
        for key, box in list(item.footnotes.items()):
            if box.digits != len(str(box.number)) and not box.relay_number():
                # It has more or fewer lines now: a new box, so that a page holding the old
                # one (perhaps continued on the next) is broken again, never matched by it.
                item.footnotes[key] = FootnoteBox(
                    box.footnote,
                    item=item,
                    index=box.index,
                    token=box.token,
                    style=self.style,
                    formats=self.footnote_formats,
                    numbers=self.numbers,
                )
        document_height(document)  # finish the layout
        item.digits = note_digits(item.note_start, item.spec.footnote_count)
        self._measure_from(index, 1)

    def _replace(self, start: int, old_count: int, specs: list[ItemSpec]) -> None:
        items = self.items
        old = items[start : start + old_count]
        if len(specs) == old_count and any(i.chunk is not old[0].chunk for i in old):
            # Item for item (e.g. footnotes renumbered): chunk by chunk.
            piece = start
            while piece < start + old_count:
                end = piece
                while end < start + old_count and items[end].chunk is items[piece].chunk:
                    end += 1
                self._replace(piece, end - piece, specs[piece - start : end - start])
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
        self, specs: list[ItemSpec], note: int, again: list[FlowItem | None] | None = None
    ) -> tuple[list[FlowItem], list[Chunk]]:
        """New items for *specs* in new chunk documents, laid out, their footnotes numbered
        from *note* on, and the chunks; *again* gives, per spec, the item that showed it
        before (kept items written anew), if any."""
        items: list[FlowItem] = []
        chunks: list[Chunk] = []
        for first in range(0, len(specs), CHUNK_ITEMS):
            document = new_document(self.style.body, self.style.width)
            self.numbers.register(document)
            chunk = Chunk(document, self.cache)
            chunk.note_base = note - 1
            chunks.append(chunk)
            if self.cache is not None:
                self.cache.add(chunk)
            with writing(QTextCursor(document)) as cursor:
                writer = RichWriter(cursor, self.style.body, self.formats)
                for index in range(first, min(first + CHUNK_ITEMS, len(specs))):
                    give_way()  # on the layout thread, to the user typing (see pacing)
                    before = again[index] if again is not None else None
                    items.append(self._write_item(writer, specs[index], chunk, note, before))
                    note += specs[index].footnote_count
            chunk.note_count = note - 1 - chunk.note_base
        return items, chunks

    def _write_item(
        self,
        writer: RichWriter,
        spec: ItemSpec,
        chunk: Chunk,
        note: int,
        again: FlowItem | None = None,
    ) -> FlowItem:
        return write_item(
            writer,
            spec,
            self.style,
            self.footnote_formats,
            numbers=self.numbers,
            chunk=chunk,
            note_start=note,
            again=again,
        )

    def _rebase_from(self, position: int) -> None:
        """Number the chunks from *position* on after those before (their counts known)."""
        chunks = self.chunks
        base = chunks[position - 1].note_base + chunks[position - 1].note_count if position else 0
        for chunk in islice(chunks, position, None):
            chunk.note_base = base
            base += chunk.note_count

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
                new = self._write_item(writer, old.spec, chunk, old.note_start, old)
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
        # The chunks written anew: from the first item's to the last one's.
        chunks = self.chunks
        low = chunks.index(items[first].chunk) if end > first else len(chunks)
        high = chunks.index(items[end - 1].chunk) + 1 if end > first else low
        note = items[first].note_start if end > first else self.note_total() + 1
        kept_specs = [item.spec for item in kept_before], [item.spec for item in kept_after]
        again: list[FlowItem | None] = [*kept_before, *([None] * len(specs)), *kept_after]
        new_items, new_chunks = self._write_chunks(
            [*kept_specs[0], *specs, *kept_specs[1]], note, again
        )
        items[first:end] = new_items
        chunks[low:high] = new_chunks
        self._rebase_from(low + len(new_chunks))
        self._measure_from(first, len(new_items))

    def _edit(self, start: int, old_count: int, specs: list[ItemSpec]) -> None:
        """Replace the items inside their chunk document (see _can_edit)."""
        old = self.items[start : start + old_count]
        chunk = old[0].chunk if old else self.items[start - 1].chunk
        document = chunk.document  # filled again first if it was emptied
        cursor = QTextCursor(document)
        writer = RichWriter(cursor, self.style.body, self.formats)
        old_blocks = sum(item.block_count for item in old)
        if old:
            note = old[0].note_start
        else:
            previous = self.items[start - 1]
            note = previous.note_start + previous.spec.footnote_count
        old_notes = sum(item.spec.footnote_count for item in old)
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
        new_items = []
        # Item for item, each takes over the footnote boxes its old item can give (the same
        # footnotes, their numbers as long): typing leaves an answer's footnotes alone.
        again = old if len(old) == len(specs) else [None] * len(specs)
        for spec, before in zip(specs, again, strict=True):
            new_items.append(self._write_item(writer, spec, chunk, note, before))
            note += spec.footnote_count
        end_edit_block(cursor)  # Qt lays the chunk out: without the interpreter lock
        delta = sum(item.block_count for item in new_items) - old_blocks
        moved = sum(spec.footnote_count for spec in specs) - old_notes
        for item in islice(self.items, start + old_count, None):
            if item.chunk is not chunk:
                break
            item.first_block += delta
            item.notes_before += moved
        self.items[start : start + old_count] = new_items
        if moved:
            chunk.note_count += moved
            self._rebase_from(self.chunks.index(chunk) + 1)
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
        first_position = block.position()
        for note, offset in item.marks:
            position = first_position + offset
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


def _last_number(item: FlowItem) -> int:
    """The number of an item's last footnote (the one before its first, when it has none):
    never smaller than the item's before it."""
    return item.note_start + item.spec.footnote_count - 1


def runs_of(indices: list[int]) -> list[Run]:
    """Sorted *indices* as runs [first, end) of consecutive ones."""
    runs: list[Run] = []
    for index in indices:
        if runs and runs[-1][1] == index:
            runs[-1] = (runs[-1][0], index + 1)
        else:
            runs.append((index, index + 1))
    return runs
