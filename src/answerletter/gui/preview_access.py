"""The preview for screen readers: the letter as it is printed, page by page.

The preview paints pages; to a screen reader it was an unnamed filler. Its scroll area (the
focus target, named "Preview") now has an accessible text: every page's printed text in
reading order (``layout.page_text``), pages in order, each starting with its letterhead or
running header and "Pagina N van M". Its description says how many pages there are. Moving
the caret (a screen reader's review cursor) to a page scrolls the preview there.

The pages' texts are made by the layout worker, off the GUI thread, beside each layout from
the first time a screen reader reads the preview on (before that, nobody pays for them);
with the immediate engine they are read from its layout when asked. Reading a
1,000-question letter's 436 pages took 1.5 s (machine loaded to 11; laying them out took
4.3 s).
"""

from __future__ import annotations

from bisect import bisect_right

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from answerletter.gui import accessible_text
from answerletter.gui.preview import PAGE_GAP, PreviewPane
from answerletter.layout import LetterLayout
from answerletter.layout.page_text import page_text

# Between two pages in the text.
PAGE_SEPARATOR = "\n\n"
PREVIEW_NAME = "preview"  # the scroll area's object name


def source_pages(source: object) -> list[str] | None:
    """The printed text of every page of a preview page source, or None when the source
    cannot tell (the blank stand-in pages, a layout made without texts)."""
    own = getattr(source, "page_texts", None)
    if callable(own):
        texts = own()
        return None if texts is None else [str(text) for text in texts]
    layout = getattr(source, "layout", None)
    if isinstance(layout, LetterLayout):
        return [page_text(layout, index) for index in range(layout.page_count)]
    return None


class PreviewReader(QObject):
    """The preview's text source (see ``accessible_text.TextSource``); one per preview."""

    def __init__(self, pane: PreviewPane) -> None:
        super().__init__(pane)
        self.setObjectName("previewReader")
        self.pane = pane
        self._pages: list[str] | None = None
        self._starts: list[int] = []
        self._text = ""
        self._cursor = 0
        pane.refreshed.connect(self._on_refreshed)
        self._describe()

    # -- the text --

    def pages(self) -> list[str]:
        """Each page's printed text (built now if the preview changed since)."""
        if self._pages is None:
            source = self.pane.pages.source if shiboken6.isValid(self.pane.pages) else None
            texts = source_pages(source) if source is not None else None
            if texts is None and source is not None:
                self._ask_for_texts()
            self._pages = texts or []
            self._starts = []
            offset = 0
            for text in self._pages:
                self._starts.append(offset)
                offset += len(text) + len(PAGE_SEPARATOR)
            self._text = PAGE_SEPARATOR.join(self._pages)
        return self._pages

    def text(self) -> str:
        self.pages()
        return self._text

    def _ask_for_texts(self) -> None:
        """The pages come from the layout worker, which makes their texts only once asked:
        ask, and typeset again (the preview's ``refreshed`` brings them)."""
        engine = self.pane.engine
        if hasattr(engine, "want_texts") and not engine.want_texts:
            engine.want_texts = True
            self.pane.typeset_again()

    def page_at(self, offset: int) -> int:
        """The page (0-based) that character *offset* is on."""
        self.pages()
        return max(0, bisect_right(self._starts, offset) - 1)

    def _on_refreshed(self) -> None:
        # Built again when a screen reader next reads the preview (not now: that is a pass
        # over the whole letter, and the preview changes while the user types elsewhere).
        self._pages = None
        self._describe()

    def _describe(self) -> None:
        count = self.pane.page_count()
        self.pane.scroll_area.setAccessibleDescription(
            self.tr("The letter as it is printed, %n page(s)", "", count)
        )

    # -- the caret and the screen --

    def cursor(self) -> int:
        return min(self._cursor, len(self.text()))

    def set_cursor(self, offset: int) -> None:
        self._cursor = max(0, min(offset, len(self.text())))
        if self._pages:
            index = self.page_at(self._cursor)
            rect = self.pane.pages.page_rect(index)
            self.pane.scroll_area.verticalScrollBar().setValue(rect.top() - PAGE_GAP)

    def rect_of(self, offset: int) -> QRect:
        """The page the character is on, on the screen (a screen magnifier follows it)."""
        if not self.pages():
            return QRect()
        pages = self.pane.pages
        rect = pages.page_rect(self.page_at(offset))
        return QRect(pages.mapToGlobal(rect.topLeft()), rect.size())

    def offset_at(self, point: QPoint) -> int:
        if not self.pages():
            return -1
        pages = self.pane.pages
        local = pages.mapFromGlobal(point)
        for index in range(len(self._starts)):
            if pages.page_rect(index).contains(local):
                return self._starts[index]
        return -1


def _is_preview(widget: QWidget) -> bool:
    return isinstance(widget, QAbstractScrollArea) and widget.objectName() == PREVIEW_NAME


def _reader_of(widget: QWidget) -> PreviewReader | None:
    pane = widget.parentWidget()
    if isinstance(pane, PreviewPane):
        return pane.findChild(PreviewReader, "previewReader")
    return None


def register() -> None:
    """Give every preview's scroll area our interface (once; before previews are made)."""
    accessible_text.register("preview", _is_preview, QAccessible.Role.Document, _reader_of)


def expose(pane: PreviewPane) -> PreviewReader:
    """Give *pane*'s scroll area its accessible text (once per pane)."""
    register()
    found = pane.findChild(PreviewReader, "previewReader")
    return found if isinstance(found, PreviewReader) else PreviewReader(pane)
