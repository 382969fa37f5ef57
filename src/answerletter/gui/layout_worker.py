"""The preview's typesetting off the GUI thread.

A :class:`LayoutWorker` owns one :class:`~answerletter.layout.LetterLayout` on a thread of its
own (its ``QTextDocument``s are never touched by the GUI thread). It is handed immutable letter
values with increasing version numbers; it always lays out the newest one it has (older ones
still waiting are dropped), updating the layout incrementally through its public API
(``LetterLayout.update``), and hands the GUI thread a :class:`LayoutSnapshot`: an immutable
summary of the pages (count, size, which question starts where) with the pages near the view
recorded as ``QPicture``s. The GUI plays those back at any zoom; pages scrolled to later are
asked for (:meth:`LayoutWorker.want_pages`) and recorded from the same layout version.

The first layout of a letter is made in steps (``SteppedLayout``): once the pages in view
exist, and then every :data:`PROGRESS_S`, a provisional snapshot of the pages laid out so far
is handed over (``progress``), so a letter of 10,000 questions shows its first page after a
fraction of a second instead of half a minute. Pages asked for meanwhile (the view moved) get a
new provisional snapshot after the next step; a newer letter (the user typed) is taken between
steps, and its snapshot follows at once; a worker told to stop leaves between steps.

Why pictures: painting from the worker's layout on the GUI thread would race with its next
update; a ``QPicture`` is a finished recording of what :func:`~answerletter.layout.paint_page`
drew (vector, so the zoom needs no new recording), and painting onto a ``QPicture`` is allowed
outside the GUI thread (Qt: "Painting in threads": QImage, QPrinter and QPicture), as are
``QTextDocument`` and ``QFont`` (reentrant). A picture of a page is ~20 KB and ~2 ms to record.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable

from PySide6.QtCore import QObject, QPointF, QSizeF, Signal
from PySide6.QtGui import QPainter, QPicture

from answerletter import collector
from answerletter.layout import LetterLayout, Profile, paint_page
from answerletter.layout.letterlayout import SteppedLayout
from answerletter.layout.page_text import PageTexts
from answerletter.layout.paginate import PageBreak
from answerletter.layout.units import DPI
from answerletter.model import Answer, Letter, Question

_POINTS_PER_MM = 72 / 25.4
#: Pages recorded beyond the visible ones, on each side (scrolling a little needs no wait).
MARGIN_PAGES = 2
#: Pictures kept per snapshot at most (the ones nearest the view stay).
MAX_PICTURES = 80
#: Seconds between provisional snapshots while a first layout is made in steps.
PROGRESS_S = 1.0
#: Chunk documents the preview's layout keeps filled (about 3 MB each at 40 items; the
#: others are emptied and written again when a page on them is recorded, see layout.chunks):
#: the pages in view and their margins need a few, a keystroke one or two more.
PREVIEW_CHUNKS = 24

_log = logging.getLogger(__name__)


class LayoutSnapshot:
    """One finished layout of one letter version, as the GUI thread may use it (a
    ``PageSource``). Only :meth:`add_pictures` changes it, with pictures of the same layout."""

    def __init__(
        self,
        version: int,
        letter: Letter,
        page_size: QSizeF,
        starts: list[list[tuple[float, str]]],
        pictures: dict[int, QPicture],
        *,
        texts: list[str] | None = None,
    ) -> None:
        self.version = version
        #: Each page's printed text for screen readers (``layout.page_text``), when asked for.
        self._texts = texts
        self.letter = letter
        self._size = page_size
        #: Per page: (top in points, question id or "") of each item's lines on that page.
        self._starts = starts
        self._first_page: dict[str, int] = {}
        for index, page in enumerate(starts):
            for _, item_id in page:
                if item_id:
                    self._first_page.setdefault(item_id, index)
        self._pictures = pictures

    # -- PageSource --

    def page_count(self) -> int:
        return len(self._starts)

    def page_texts(self) -> list[str] | None:
        """Each page's printed text, or None when this layout was made without them."""
        return self._texts

    def page_size(self) -> QSizeF:
        return self._size

    def paint_page(self, painter: QPainter, index: int) -> None:
        picture = self._pictures.get(index)
        if picture is not None:
            picture.play(painter)

    def page_of(self, item_id: str) -> int | None:
        return self._first_page.get(item_id)

    def item_at(self, index: int, point: QPointF) -> str | None:
        """The question (or the first question of the answer) printed at *point*."""
        if not 0 <= index < len(self._starts):
            return None
        hit = ""
        for top, item_id in self._starts[index]:
            if top <= point.y():
                hit = item_id
        return hit or None

    # -- pictures --

    def has_page(self, index: int) -> bool:
        return index in self._pictures

    def missing(self, indices: Iterable[int]) -> list[int]:
        return [i for i in indices if 0 <= i < len(self._starts) and i not in self._pictures]

    def picture(self, index: int) -> QPicture | None:
        return self._pictures.get(index)

    def starts(self, index: int) -> list[tuple[float, str]]:
        """(top in points, question id or "") of each item's lines on page *index*."""
        return list(self._starts[index])

    def add_pictures(self, pictures: dict[int, QPicture], near: int) -> None:
        """Keep *pictures* too; drop the ones farthest from page *near* beyond the limit."""
        self._pictures.update(pictures)
        if len(self._pictures) > MAX_PICTURES:
            keep = sorted(self._pictures, key=lambda i: abs(i - near))[:MAX_PICTURES]
            self._pictures = {i: self._pictures[i] for i in keep}


def _question_ids(source: object) -> tuple[str, ...]:
    if isinstance(source, Question):
        return (source.id,)
    if isinstance(source, Answer):
        return source.questions
    return ()


class PageStarts:
    """Per page, the top (points) of each item's lines there, with the question it shows
    (an answer: its first question; "" for the other parts of the letter). Kept for the
    pages a later layout reuses: an update re-breaks only the pages around a change and
    keeps the page objects of the others (or shifts them, after items inserted or removed),
    so an edit at 10,000 questions (4,000 pages, 20,000 lines) reads the lines of a few
    pages, not all of them."""

    def __init__(self) -> None:
        #: By id of the origin (see PageBreak.origin) of a page of the last layout read;
        #: those pages are kept alive with them (so no other page can have their ids).
        self._known: dict[int, tuple[PageBreak, list[tuple[float, str]]]] = {}

    def of(self, layout: LetterLayout) -> list[list[tuple[float, str]]]:
        items = layout.flow.items
        known = self._known
        kept: dict[int, tuple[PageBreak, list[tuple[float, str]]]] = {}
        result: list[list[tuple[float, str]]] = []
        for page, shift in layout.pages.unmoved():
            # By the page first broken: one only moved on by an insertion reads the same
            # (and is not made moved unless it must be read).
            origin = page.origin
            found = known.get(id(origin))
            if found is None:
                entries = []
                for segment in page.shifted(shift).segments:
                    ids = _question_ids(items[segment.item].spec.source)
                    entries.append((segment.y * 72 / DPI, ids[0] if ids else ""))
                found = (origin, entries)
            kept[id(origin)] = found
            result.append(found[1])
        self._known = kept
        return result


def record_pages(layout: LetterLayout, indices: Iterable[int]) -> dict[int, QPicture]:
    """Pictures of pages *indices* (in points, as the PDF), on the calling thread."""
    pictures: dict[int, QPicture] = {}
    for index in indices:
        if 0 <= index < layout.page_count:
            picture = QPicture()
            painter = QPainter(picture)
            paint_page(painter, layout, index)
            painter.end()
            pictures[index] = picture
            layout.flow.trim()  # between pages: a page's documents stay filled while painted
    return pictures


def page_size(layout: LetterLayout) -> QSizeF:
    width, height = layout.page_size_mm
    return QSizeF(width * _POINTS_PER_MM, height * _POINTS_PER_MM)


class LayoutWorker(QObject):
    """Typesets letters for one preview on a thread of its own.

    ``finished(version, snapshot)`` for each letter laid out, ``progress(version,
    snapshot)`` with the first pages while a first layout is still being made,
    ``pagesReady(version, pictures)`` for pages asked for later, ``failed(version,
    message)`` when typesetting raised (the next letter is then laid out afresh). All arrive
    on the GUI thread.
    """

    finished = Signal(int, object)
    progress = Signal(int, object)
    pagesReady = Signal(int, object)
    failed = Signal(int, str)

    def __init__(self, profile: Profile | None = None) -> None:
        super().__init__()
        self.profile = profile
        self._lock = threading.Condition()
        self._letter: tuple[int, Letter] | None = None
        self._view = (0, 0)  # the pages in view (first, last)
        self._pages: tuple[int, set[int]] | None = None
        self._stopping = False
        self.busy = False  # laying out or recording (for tests and the benchmark)
        self._page_starts = PageStarts()  # these two on the worker's thread only
        self._page_texts = PageTexts()
        #: Snapshots carry each page's text (set once a screen reader reads the preview).
        self.want_texts = False
        self._thread = threading.Thread(target=self._run, name="preview-layout", daemon=True)
        self._thread.start()

    # -- called on the GUI thread --

    def submit(self, version: int, letter: Letter) -> None:
        """Lay out *letter* next (replacing any letter still waiting)."""
        with self._lock:
            self._letter = (version, letter)
            self._lock.notify()

    def set_view(self, first: int, last: int) -> None:
        """The pages in view: a new snapshot records these (and a margin) first."""
        with self._lock:
            self._view = (first, last)

    def want_pages(self, version: int, indices: Iterable[int]) -> None:
        """Record pages *indices* of layout *version* (dropped if a newer letter comes)."""
        with self._lock:
            if self._pages is not None and self._pages[0] == version:
                self._pages[1].update(indices)
            else:
                self._pages = (version, set(indices))
            self._lock.notify()

    def dispose(self) -> None:
        """Stop the thread once its current work is done (does not wait)."""
        with self._lock:
            self._stopping = True
            self._lock.notify()

    def join(self, timeout: float | None = None) -> bool:
        self._thread.join(timeout)
        return not self._thread.is_alive()

    # -- on the worker thread --

    def _run(self) -> None:
        layout: LetterLayout | None = None
        version = -1
        while True:
            with self._lock:
                while not (self._stopping or self._letter or self._pages):
                    self._lock.wait()
                if self._stopping:
                    return
                self.busy = True
                job, self._letter = self._letter, None
                pages = None
                if job is None:
                    pages, self._pages = self._pages, None
                first, last = self._view
            try:
                if job is not None:
                    layout, version = self._lay_out(layout, job, first, last)
                elif pages is not None and layout is not None and pages[0] == version:
                    self.pagesReady.emit(version, record_pages(layout, sorted(pages[1])))
            finally:
                self.busy = False

    def _lay_out(
        self, layout: LetterLayout | None, job: tuple[int, Letter], first: int, last: int
    ) -> tuple[LetterLayout | None, int]:
        version, letter = job
        try:
            if layout is None:
                made = self._first_layout(version, letter)
                if made is None:
                    return None, version  # told to stop
                layout, version, letter = made
                with self._lock:
                    first, last = self._view  # it may have moved meanwhile
                    if self._pages is not None and self._pages[0] == version:
                        # Asked for while the provisional pages were shown: the finished
                        # snapshot records the view itself, the pane asks again for more.
                        self._pages = None
            else:
                layout.update(letter)
            snapshot = self._snapshot(version, letter, layout, first, last)
        except Exception as error:  # a preview failure must never disturb editing
            _log.warning("The preview could not typeset the letter", exc_info=True)
            self.failed.emit(version, str(error))
            return None, version  # start afresh next time: the layout may be half updated
        self.finished.emit(version, snapshot)
        return layout, version

    def _snapshot(
        self, version: int, letter: Letter, layout: LetterLayout, first: int, last: int
    ) -> LayoutSnapshot:
        count = layout.page_count
        wanted = range(max(0, first - MARGIN_PAGES), min(count, last + MARGIN_PAGES + 1))
        texts = None
        if self.want_texts and layout.complete:
            texts = self._page_texts.of(layout)
        return LayoutSnapshot(
            version,
            letter,
            page_size(layout),
            self._page_starts.of(layout),
            record_pages(layout, wanted),
            texts=texts,
        )

    def _first_layout(
        self, version: int, letter: Letter
    ) -> tuple[LetterLayout, int, Letter] | None:
        """Lay *letter* out in steps, handing over provisional snapshots: as soon as the
        pages in view exist, then every PROGRESS_S. A letter submitted meanwhile is taken
        between steps (``SteppedLayout.change``: the items laid out so far that it changed
        are laid out again), so what the user types while a long letter is still being laid
        out shows on its pages, handed over once the view's pages exist again. Returns the
        complete layout with the version and letter it is of; None when told to stop."""
        shown_at: float | None = None
        changed = False  # a newer letter was taken since the last snapshot
        stepped = SteppedLayout(letter, self.profile, chunk_budget=PREVIEW_CHUNKS)
        while True:
            layout = stepped.step()
            # What the step made lives as long as the layout: frozen now, it is not walked
            # by a full collection, which holds the interpreter lock (every thread waits).
            collector.settle()
            if layout.complete:
                return layout, version, letter
            with self._lock:
                if self._stopping:
                    return None
                first, last = self._view
                newer, self._letter = self._letter, None
                # Pages asked for (the view moved): a new provisional snapshot of the view.
                # (Not pagesReady: those pictures would show no total once it is known.)
                asked = self._pages is not None and self._pages[0] == version
                if asked or newer is not None:
                    self._pages = None
            if newer is not None:
                version, letter = newer
                stepped.change(letter)
                # Pages from just before the change are laid out again: handed over once
                # the view's exist again (not at once: an empty preview would flash).
                changed = True
            now = time.monotonic()
            if shown_at is None:
                due = layout.page_count > last
            elif changed:
                due = layout.page_count > last or now - shown_at >= PROGRESS_S
            else:
                due = asked or now - shown_at >= PROGRESS_S
            if due:
                shown_at, changed = now, False
                self.progress.emit(version, self._snapshot(version, letter, layout, first, last))
