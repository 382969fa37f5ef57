"""The typesetter as the preview's page source, so the preview is the PDF: ``ThreadedLayout``
(the editor's: one LetterLayout per preview on a worker thread, updated incrementally) and
``LayoutPages`` (the same on the calling thread)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSizeF
from PySide6.QtGui import QPainter

from answerletter.gui.layout_worker import LayoutWorker
from answerletter.layout import LetterLayout, Profile, paint_page
from answerletter.layout.fonts import register_bundled_fonts
from answerletter.layout.units import DPI
from answerletter.model import Answer, Letter, Question

_POINTS_PER_MM = 72 / 25.4


class LayoutPages:
    """A ``PageSource`` over a LetterLayout; ``update`` re-lays only what changed."""

    def __init__(self, letter: Letter, profile: Profile | None = None) -> None:
        self.layout = LetterLayout(letter, profile)

    def update(self, letter: Letter) -> None:
        self.layout.update(letter)

    def page_count(self) -> int:
        return self.layout.page_count

    def page_size(self) -> QSizeF:
        width, height = self.layout.page_size_mm
        return QSizeF(width * _POINTS_PER_MM, height * _POINTS_PER_MM)

    def paint_page(self, painter: QPainter, index: int) -> None:
        if 0 <= index < self.layout.page_count:
            paint_page(painter, self.layout, index)

    def _item_ids(self, item: int) -> tuple[str, ...]:
        """The question ids a flow item shows (an answer shows its questions)."""
        source = self.layout.flow.items[item].spec.source
        if isinstance(source, Question):
            return (source.id,)
        if isinstance(source, Answer):
            return source.questions
        return ()

    def page_of(self, item_id: str) -> int | None:
        for index, page in enumerate(self.layout.pages):
            for segment in page.segments:
                if item_id in self._item_ids(segment.item):
                    return index
        return None

    def item_at(self, index: int, point: QPointF) -> str | None:
        """The question (or the first question of the answer) printed at *point*."""
        if not 0 <= index < self.layout.page_count:
            return None
        y = point.y() * DPI / 72
        hit = None
        for segment in self.layout.pages[index].segments:
            if segment.y <= y:
                hit = segment
        if hit is None:
            return None
        ids = self._item_ids(hit.item)
        return ids[0] if ids else None


class ThreadedLayout:
    """The preview's page factory: the typesetter, laid out off the GUI thread by a
    :class:`~answerletter.gui.layout_worker.LayoutWorker` (``make_engine``). Called directly
    it lays out on the calling thread (``LayoutPages``)."""

    def __init__(self, profile: Profile | None = None) -> None:
        self.profile = profile

    def __call__(self, letter: Letter) -> LayoutPages:
        return LayoutPages(letter, self.profile)

    def make_engine(self) -> LayoutWorker:
        # Fonts are registered with Qt here, on the GUI thread, before the worker uses them.
        register_bundled_fonts()
        return LayoutWorker(self.profile)
