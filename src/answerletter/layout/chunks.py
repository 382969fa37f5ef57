"""Chunk documents that a flow may empty to save memory and write again when they are needed.

Qt keeps about 60 bytes per character of a laid-out ``QTextDocument`` (measured here: 70 MB for
1.1 million characters of plain text, whatever the blocks' cache setting), so the preview of a
letter of 10,000 questions held 850 MB of laid-out text, nearly all of it on pages nobody
looked at. The paginator does not need the documents: each item keeps its lines (``Unit``s)
apart. So a flow with a *budget* keeps at most that many chunk documents filled; the one used
longest ago is emptied (``QTextDocument.clear``: text and layout go, the object, its layout and
its settings stay, so no Qt object is made or destroyed) and written again from its items'
specs when one of its pages is painted or one of its items is edited: the same text at the
same width, hence the same lines.

Documents are emptied only in :meth:`ChunkCache.trim`, which callers run between operations,
never while one is under way (a painter holding two documents of one page keeps both).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtGui import QTextDocument

from answerletter.layout.qt_unlocked import clear


class Chunk:
    """One chunk document of a flow. ``document`` is always filled when it is read."""

    __slots__ = ("_cache", "_document", "note_base", "note_count")

    def __init__(self, document: QTextDocument, cache: ChunkCache | None) -> None:
        self._document = document
        self._cache = cache
        #: The footnotes of the chunks before this one, and of this one's items (the flow
        #: numbers its items' footnotes by these, see flowdoc).
        self.note_base = 0
        self.note_count = 0

    @property
    def document(self) -> QTextDocument:
        if self._cache is not None:
            self._cache.use(self)
        return self._document

    @property
    def raw_document(self) -> QTextDocument:
        """The document, filled or not (for writing it again)."""
        return self._document


class ChunkCache:
    """The chunks whose documents are filled, least recently used first."""

    def __init__(self, budget: int, refill: Callable[[Chunk], None]) -> None:
        if budget < 2:
            raise ValueError("a page may need two chunks at once")
        self.budget = budget
        self._refill = refill
        self._filled: OrderedDict[Chunk, None] = OrderedDict()
        #: How many documents were written again (for tests and benchmarks).
        self.refills = 0

    def add(self, chunk: Chunk) -> None:
        """A new chunk, just written."""
        self._filled[chunk] = None

    def use(self, chunk: Chunk) -> None:
        filled = self._filled
        if chunk in filled:
            filled.move_to_end(chunk)
            return
        self.refills += 1
        filled[chunk] = None  # first: the refill reads the chunk's own document
        self._refill(chunk)

    def forget(self, chunk: Chunk) -> None:
        """A chunk no longer in the flow."""
        self._filled.pop(chunk, None)

    def is_filled(self, chunk: Chunk) -> bool:
        return chunk in self._filled

    def filled_count(self) -> int:
        return len(self._filled)

    def trim(self) -> None:
        """Empty the documents used longest ago, down to the budget."""
        filled = self._filled
        while len(filled) > self.budget:
            chunk, _ = filled.popitem(last=False)
            clear(chunk.raw_document)  # without the interpreter lock (qt_unlocked)
