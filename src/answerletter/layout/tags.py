"""What the painter tells the PDF tagger: where each structural element's content is drawn.

Qt's PDF engine writes no structure, so the structure travels through the drawing itself. Every
block the typesetter writes starts and ends with a *marker*: an invisible, zero-width inline
object carrying a :class:`Mark` — the structure path its content belongs to (for example
``L / LI / LBody``, ``P``, or ``P / Link``). Links and footnote marks are bracketed the same way.
When a page is painted for a tagged PDF, Qt draws each marker in text order, and the marker
draws a tiny rectangle in a reserved colour; :mod:`~.pdftags` finds those rectangles in the
content stream and replaces them by ``BDC``/``EMC`` operators with MCIDs. The painter itself
brackets page furniture (artifacts) and the letterhead's parts the same way through a
:class:`TagRecorder`.

So the tagger knows nothing about letters: whatever the writer puts in a block's path reaches
the structure tree, and a new kind of item needs no second edit anywhere.

Without a recorder (preview, printing) the markers draw nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, QSizeF
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from answerletter.layout.qt_unlocked import register_handler


@dataclass(frozen=True, slots=True)
class Tag:
    """A structure element: its standard type, and the key that makes it one element wherever
    its content is drawn (a paragraph split over two pages, a label and its value)."""

    role: str
    key: str
    #: Alternate text (figures) or the link's description.
    alt: str = ""
    #: Place the element right after the element with this key (a note after its mark).
    after: str = ""
    #: The element's /ID (notes, PDF/UA 7.9).
    element_id: str = ""


Path = tuple[Tag, ...]


@dataclass(frozen=True, slots=True)
class Mark:
    """From a marker on, drawn content belongs to the last tag of *path* (none: until the next
    marker, which may claim it as its *prefix*, e.g. a list item's bullet as its ``Lbl``)."""

    path: Path
    #: The role given to content drawn just before this marker and after an empty mark.
    prefix: str = ""


END = Mark(())

# -- markers inside QTextDocuments --

MARKER_OBJECT = int(QTextFormat.ObjectTypes.UserObject.value) + 7
_MARK_PROPERTY = int(QTextFormat.Property.UserProperty.value) + 7
#: Marks interned by value; a marker's format holds the index (formats hold no Python objects).
_interned: dict[Mark, int] = {}
_marks: list[Mark] = []


def _index(mark: Mark) -> int:
    found = _interned.get(mark)
    if found is None:
        found = _interned[mark] = len(_marks)
        _marks.append(mark)
    return found


def mark_index(mark: Mark) -> int:
    """*mark*'s number in the process's table of marks (what a format property can hold)."""
    return _index(mark)


def mark_at(index: int) -> Mark:
    return _marks[index]


_format_cache: dict[int, QTextCharFormat] = {}


def marker_format(mark: Mark) -> QTextCharFormat:
    """The character format of a marker for *mark* (cached: Qt copies formats on insert)."""
    index = _index(mark)
    char = _format_cache.get(index)
    if char is None:
        char = QTextCharFormat()
        char.setObjectType(MARKER_OBJECT)
        char.setProperty(_MARK_PROPERTY, index)
        _format_cache[index] = char
    return char


OBJECT_CHARACTER = "\ufffc"


def insert_marker(cursor: QTextCursor, mark: Mark) -> None:
    cursor.insertText(OBJECT_CHARACTER, marker_format(mark))


class _MarkerObject(QPyTextObject):
    """Qt's handler for markers: no size; draws only while a recorder is active."""

    def intrinsicSize(  # noqa: N802 (Qt's name)
        self, doc: QTextDocument, pos: int, fmt: QTextFormat
    ) -> QSizeF:
        return QSizeF(0, 0)

    def drawObject(  # noqa: N802 (Qt's name)
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        pos: int,
        fmt: QTextFormat,
    ) -> None:
        recorder = active_recorder()
        if recorder is not None:
            mark = _marks[int(fmt.property(_MARK_PROPERTY))]
            recorder.document_mark(painter, QRectF(rect), mark)


_handler: _MarkerObject | None = None


def register_markers(document: QTextDocument) -> None:
    """Let *document* lay out and draw markers (every typesetter document calls this)."""
    global _handler  # noqa: PLW0603 (one handler object for the process)
    if _handler is None:
        _handler = _MarkerObject()
    register_handler(document, MARKER_OBJECT, _handler)


def strip_markers(text: str) -> str:
    return text.replace(OBJECT_CHARACTER, "")


# -- recording while a tagged PDF is painted --


def active_recorder() -> TagRecorder | None:
    """The recorder of the tagged PDF being painted, if any (for other inline objects that
    report structure, such as footnote numbers), on this thread."""
    recorder: TagRecorder | None = getattr(_active, "recorder", None)
    return recorder


#: The two reserved fill colours, alternated so that Qt writes the colour for every marker
#: (it leaves out a colour that did not change). Nothing else is ever drawn in them.
MARKER_COLOURS = (QColor(1, 2, 3), QColor(3, 2, 1))
_MARKER_SIZE = 0.01

#: The recorder of the tagged PDF being painted on this thread: per thread, because the
#: preview paints (without tags) while an export paints its pages on another thread.
_active = threading.local()


@dataclass(slots=True)
class _Context:
    """A stretch of drawing with its own current mark (the flow, one footnote, a part)."""

    mark: Mark = END
    artifact: str = ""


class TagRecorder:
    """Collects, page by page, the marks in the order their markers were drawn.

    ``pages[i]`` lists page *i*'s states: a :class:`Mark`, or an artifact's kind (a string).
    Each state was drawn as one marker rectangle, in that order.
    """

    def __init__(self) -> None:
        self.pages: list[list[Mark | str]] = []
        self._contexts: dict[str, _Context] = {}
        self._current: _Context | None = None
        self._last: Mark | str | None = None
        self._parity = 0
        self._painter: QPainter | None = None

    def begin_page(self, painter: QPainter) -> None:
        """A new page, painted with *painter* (explicit marks are drawn with it)."""
        self.pages.append([])
        self._last = None
        self._painter = painter

    @contextmanager
    def active(self) -> Iterator[TagRecorder]:
        """While painting for a tagged PDF: markers in documents report here."""
        previous = getattr(_active, "recorder", None)
        _active.recorder = self
        try:
            yield self
        finally:
            _active.recorder = previous

    @contextmanager
    def context(self, name: str) -> Iterator[None]:
        """Draw inside the named context: it resumes where it stopped (the flow on the next
        page, a footnote continued), and the context around it resumes afterwards."""
        outer = self._current
        inner = self._contexts.setdefault(name, _Context())
        self._current = inner
        self._emit(inner.artifact or inner.mark)
        try:
            yield
        finally:
            self._current = outer
            self._emit(END if outer is None else (outer.artifact or outer.mark))

    @contextmanager
    def artifact(self, kind: str) -> Iterator[None]:
        """Draw page furniture (a running header, a page number, a rule): no structure."""
        with self.context(f"artifact:{kind}"):
            assert self._current is not None
            self._current.artifact = kind
            self._emit(kind)
            yield

    @contextmanager
    def element(self, tag: Tag) -> Iterator[None]:
        """Draw content of one element the painter knows directly (e.g. the logo)."""
        with self.context(f"element:{tag.key}"):
            assert self._current is not None
            self._current.mark = Mark((tag,))
            self._emit(self._current.mark)
            yield

    def document_mark(self, painter: QPainter, rect: QRectF, mark: Mark) -> None:
        """A marker in a document was drawn at *rect*."""
        context = self._current
        if context is None or context.artifact:
            return
        context.mark = mark
        self._emit(mark, painter, rect)

    def _emit(
        self, state: Mark | str, painter: QPainter | None = None, rect: QRectF | None = None
    ) -> None:
        if state == self._last:
            return
        painter = painter or self._painter
        assert painter is not None, "begin_page() first"
        self._last = state
        self.pages[-1].append(state)
        colour = MARKER_COLOURS[self._parity]
        self._parity ^= 1
        x, y = (rect.x(), rect.y()) if rect is not None else (0.0, 0.0)
        painter.fillRect(QRectF(x, y, _MARKER_SIZE, _MARKER_SIZE), colour)


class _NoTags(TagRecorder):
    """Painting for the screen or a printer: nothing is recorded or drawn."""

    def begin_page(self, painter: QPainter) -> None:
        return

    @contextmanager
    def context(self, name: str) -> Iterator[None]:
        yield

    @contextmanager
    def artifact(self, kind: str) -> Iterator[None]:
        yield

    @contextmanager
    def element(self, tag: Tag) -> Iterator[None]:
        yield


NO_TAGS: TagRecorder = _NoTags()
