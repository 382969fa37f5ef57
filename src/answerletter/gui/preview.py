"""The live preview: pages of the letter in a scroll area, painted by a page source.

A ``PageSource`` is what the typesetter provides: a page count, a page size in points and a
function that paints page *i*. A *page engine* makes page sources from letters: the
typesetter's engine (``gui.layout_worker.LayoutWorker``) lays the letter out on a thread of its
own and delivers finished, immutable snapshots; ``ImmediateEngine`` wraps a plain factory
(``FramePages``, stand-ins in tests) and delivers at once.

Changes are **throttled**, not merely debounced: a letter goes to the engine
:data:`DEBOUNCE_MS` after the last change, but never later than :data:`MAX_WAIT_MS` after the
first change not yet sent, so the preview follows while the user keeps typing. Every letter
sent carries a version; the pane shows a result only when it is newer than the one shown, so
a stale layout never replaces a newer one. Typing never waits for the layout: the GUI thread
only sends letters and plays back recorded pages, and only the pages in view. While a long
letter is laid out for the first time, the engine's provisional sources (``progress``) show
the pages made so far; the finished source replaces them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import (
    QObject,
    QPointF,
    QRect,
    QRectF,
    QSizeF,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from answerletter.gui.elided_label import ElidedLabel
from answerletter.gui.palette_colours import preview_backdrop
from answerletter.model import Letter

#: Wait this long after the last change before re-typesetting (the issue allows 300 ms)...
DEBOUNCE_MS = 250
#: ...but no longer than this after the first change not yet typeset (issue 16).
MAX_WAIT_MS = 500
PAGE_GAP = 16  # pixels between pages and around them
LABEL_MARGIN = 6  # pixels after the page count, at the pane's right edge
#: How long a closing window waits for its layout thread to finish the layout under way.
STOP_WAIT_S = 30.0
A4_POINTS = QSizeF(595.276, 841.89)
ZOOM_STEPS = (50, 75, 100, 125, 150, 200)


class PageSource(Protocol):
    """A typeset letter, ready to paint."""

    def page_count(self) -> int: ...

    def page_size(self) -> QSizeF:
        """Size of every page in points (1/72 inch)."""
        ...

    def paint_page(self, painter: QPainter, index: int) -> None:
        """Paint page *index*; the painter's unit is one point, origin at the page's corner."""
        ...

    def page_of(self, item_id: str) -> int | None:
        """The page where the question or answer *item_id* starts, if known."""
        ...

    def item_at(self, index: int, point: QPointF) -> str | None:
        """The question id at *point* (in points) on page *index*, if any."""
        ...


class UpdatablePageSource(PageSource, Protocol):
    """A page source that can follow a changed letter incrementally."""

    def update(self, letter: Letter) -> None: ...


PageSourceFactory = Callable[[Letter], PageSource]


class PageEngine(Protocol):
    """Turns letters into page sources, now or later.

    ``finished(version, source)`` and ``failed(version, message)`` (signals) report each
    letter submitted; ``progress(version, source)`` the first pages of a letter still being
    laid out; ``pagesReady(version, pictures)`` pages asked for with ``want_pages``.
    """

    finished: SignalInstance
    progress: SignalInstance
    failed: SignalInstance
    pagesReady: SignalInstance

    def submit(self, version: int, letter: Letter) -> None: ...

    def set_view(self, first: int, last: int) -> None: ...

    def want_pages(self, version: int, indices: Iterable[int]) -> None: ...

    def dispose(self) -> None: ...

    def join(self, timeout: float | None = None) -> bool: ...


class ImmediateEngine(QObject):
    """A page engine over a plain factory: builds the source at once, on this thread."""

    finished = Signal(int, object)
    progress = Signal(int, object)  # never: the source is made at once
    failed = Signal(int, str)
    pagesReady = Signal(int, object)

    def __init__(self, factory: PageSourceFactory) -> None:
        super().__init__()
        self.factory = factory

    def submit(self, version: int, letter: Letter) -> None:
        try:
            source = self.factory(letter)
        except Exception as error:  # a preview failure must never disturb editing
            self.failed.emit(version, str(error))
            return
        self.finished.emit(version, source)

    def set_view(self, first: int, last: int) -> None:
        return None

    def want_pages(self, version: int, indices: Iterable[int]) -> None:
        return None

    def dispose(self) -> None:
        return None

    def join(self, timeout: float | None = None) -> bool:
        return True


def make_engine(factory: PageSourceFactory) -> PageEngine:
    """The engine for *factory*: its own (``factory.make_engine()``) if it has one."""
    make = getattr(factory, "make_engine", None)
    engine: PageEngine = make() if callable(make) else ImmediateEngine(factory)
    return engine


class FramePages:
    """Blank A4 pages, about three questions to a page: a stand-in for the typesetter."""

    def __init__(self, letter: Letter) -> None:
        self._count = 1 + (len(letter.questions) + 2) // 3
        self._pages = {q.id: 1 + i // 3 for i, q in enumerate(letter.questions)}

    def page_count(self) -> int:
        return self._count

    def page_size(self) -> QSizeF:
        return A4_POINTS

    def paint_page(self, painter: QPainter, index: int) -> None:
        return None

    def page_of(self, item_id: str) -> int | None:
        return self._pages.get(item_id)

    def item_at(self, index: int, point: QPointF) -> str | None:
        return None


class PagesWidget(QWidget):
    """The pages stacked vertically at the current scale; paints only those in view.
    ``pagesMissing(indices)``: pages in view the source has not recorded yet (painted blank
    meanwhile)."""

    itemClicked = Signal(str)
    pagesMissing = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source: PageSource | None = None
        self.scale = 1.0  # pixels per point
        self.painted_pages: list[int] = []  # the pages of the last paint (for tests)
        #: Where they were and what was visible at that paint (the zoom may change after).
        self.painted_rects: list[QRect] = []
        self.painted_visible = QRect()
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), preview_backdrop(palette))
        self.setPalette(palette)

    def page_pixels(self) -> tuple[int, int]:
        size = self.source.page_size() if self.source else A4_POINTS
        return round(size.width() * self.scale), round(size.height() * self.scale)

    def page_rect(self, index: int) -> QRect:
        width, height = self.page_pixels()
        left = max(PAGE_GAP, (self.width() - width) // 2)
        return QRect(left, PAGE_GAP + index * (height + PAGE_GAP), width, height)

    def set_source(self, source: PageSource | None) -> None:
        self.source = source
        self._resize()
        self.update()

    def set_scale(self, scale: float) -> None:
        self.scale = max(0.1, min(scale, 8.0))
        self._resize()
        self.update()

    def _resize(self) -> None:
        width, height = self.page_pixels()
        count = self.source.page_count() if self.source else 0
        self.setMinimumSize(width + 2 * PAGE_GAP, PAGE_GAP + count * (height + PAGE_GAP))

    def pages_in(self, area: QRect) -> range:
        """The pages whose slots meet *area* (widget coordinates)."""
        if self.source is None:
            return range(0)
        _, height = self.page_pixels()
        first = max(0, (area.top() - PAGE_GAP) // (height + PAGE_GAP))
        last = min(self.source.page_count() - 1, area.bottom() // (height + PAGE_GAP))
        return range(first, last + 1)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.painted_pages, self.painted_rects = [], []
        if self.source is None:
            return
        self.painted_visible = self.visibleRegion().boundingRect()
        area = event.rect()
        pages = self.pages_in(area)
        missing = getattr(self.source, "missing", None)
        absent = missing(pages) if missing is not None else []
        if absent:
            self.pagesMissing.emit(absent)
        first, last = pages.start, pages.stop - 1
        painter = QPainter(self)
        for index in range(first, last + 1):
            rect = self.page_rect(index)
            if not rect.intersects(area):
                continue
            painter.fillRect(rect.translated(2, 2), QColor(0, 0, 0, 60))
            painter.fillRect(rect, Qt.GlobalColor.white)
            painter.save()
            painter.setClipRect(rect)
            painter.translate(rect.topLeft())
            painter.scale(self.scale, self.scale)
            self.source.paint_page(painter, index)
            painter.restore()
            self.painted_pages.append(index)
            self.painted_rects.append(rect)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.source is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        _, height = self.page_pixels()
        position = event.position()
        index = int(position.y() - PAGE_GAP) // (height + PAGE_GAP)
        if 0 <= index < self.source.page_count():
            rect = QRectF(self.page_rect(index))
            if rect.contains(position):
                point = (position - rect.topLeft()) / self.scale
                item = self.source.item_at(index, point)
                if item:
                    self.itemClicked.emit(item)


class PreviewPane(QWidget):
    """Zoom controls above the scrolling pages. ``refreshed`` fires after each re-typeset
    shown (or failed); ``layoutFinished(source)`` with the page source now shown."""

    refreshed = Signal()
    layoutFinished = Signal(object)
    #: Pages (first ones or all) or a failure are shown: the first one follows opening.
    pagesShown = Signal()
    itemClicked = Signal(str)

    def __init__(
        self, factory: PageSourceFactory = FramePages, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._letter: Letter | None = None
        self._version = 0  # of the latest letter given to the pane
        self._sent = 0  # the latest version handed to the engine
        self.shown_version = 0  # the version whose pages are shown
        self._source_version = 0  # the version of the source shown (provisional or not)
        self._asked: set[int] = set()  # pages of the source shown asked for
        self._waiting_since: float | None = None  # first change not yet sent (monotonic s)
        self._follow = ""  # a question to scroll to once the pages exist
        self.zoom_mode = "width"  # "width", "page" or a percentage as text
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh_now)
        self._factory = factory
        self.engine = self._connect(make_engine(factory))

        self.pages = PagesWidget()
        self.pages.itemClicked.connect(self.itemClicked)
        self.pages.pagesMissing.connect(self._ask_for_pages)
        self.scroll_area = _ResizingScrollArea(self)
        self.scroll_area.setObjectName("preview")
        self.scroll_area.setAccessibleName(self.tr("Preview"))
        self.scroll_area.setWidget(self.pages)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll_area.resized.connect(self.apply_zoom)
        self.scroll_area.verticalScrollBar().valueChanged.connect(self._tell_view)

        self.zoom_box = QComboBox(self)
        self.zoom_box.setObjectName("zoom")
        self.zoom_box.setAccessibleName(self.tr("Zoom"))
        self.zoom_box.addItem(self.tr("Fit width"), "width")
        self.zoom_box.addItem(self.tr("Fit page"), "page")
        for percent in ZOOM_STEPS:
            self.zoom_box.addItem(f"{percent} %", str(percent))
        self.zoom_box.currentIndexChanged.connect(self._on_zoom_chosen)
        self.page_label = ElidedLabel(self)
        zoom_label = QLabel(self.tr("&Zoom:"), self)
        zoom_label.setBuddy(self.zoom_box)
        bar = QHBoxLayout()
        bar.addWidget(zoom_label)
        bar.addWidget(self.zoom_box)
        bar.addWidget(self.page_label, 1)  # the room left; elided in less than its text
        # Some room after the page count: at the window's edge its last letter was cut off.
        bar.setContentsMargins(0, 0, LABEL_MARGIN, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area)

    # -- the engine --

    @property
    def factory(self) -> PageSourceFactory:
        return self._factory

    @factory.setter
    def factory(self, factory: PageSourceFactory) -> None:
        """A new page factory (another house style): a new engine; results of the old one
        still under way are ignored (the versions go on counting)."""
        self._factory = factory
        old, self.engine = self.engine, self._connect(make_engine(factory))
        old.finished.disconnect(self._on_finished)
        old.progress.disconnect(self._on_progress)
        old.failed.disconnect(self._on_failed)
        old.pagesReady.disconnect(self._on_pages_ready)
        old.dispose()

    def _connect(self, engine: PageEngine) -> PageEngine:
        engine.finished.connect(self._on_finished)
        engine.progress.connect(self._on_progress)
        engine.failed.connect(self._on_failed)
        engine.pagesReady.connect(self._on_pages_ready)
        # The engine's thread must end with the pane (a lambda: the pane's wrapper may be
        # gone when Qt reports the destruction).
        self.destroyed.connect(lambda *_: engine.dispose())
        return engine

    def stop_engine(self, timeout: float = STOP_WAIT_S) -> bool:
        """Stop the engine's thread and wait (at most *timeout*) until it has: the window is
        closing. A layout thread still creating Qt objects while this thread destroys the
        window's can deadlock: Qt's connection lock against Python's interpreter lock (seen
        under load as a hang in a test's teardown)."""
        self.engine.dispose()
        return self.engine.join(timeout)

    # -- content --

    def set_letter(self, letter: Letter) -> None:
        """Schedule a re-typeset of *letter*: after a pause in the changes, and at the latest
        :data:`MAX_WAIT_MS` after the first change not yet typeset."""
        self._letter = letter
        self._version += 1
        now = time.monotonic()
        if self._waiting_since is None:
            self._waiting_since = now
        waited_ms = (now - self._waiting_since) * 1000
        self.timer.start(round(max(0.0, min(DEBOUNCE_MS, MAX_WAIT_MS - waited_ms))))

    def refresh_now(self) -> None:
        """Send the latest letter to the engine now (the timer's work). The pages follow when
        it has laid it out (``layoutFinished``); with an immediate engine, before this returns.
        """
        self.timer.stop()
        self._waiting_since = None
        # A refresh queued while the window is being torn down can arrive after Qt deleted
        # the pages widget (seen under load at test teardown): there is nothing to show then.
        if self._letter is None or not shiboken6.isValid(self.pages):
            return
        if self._sent == self._version:
            return  # sent already: its result is on the way (or shown)
        self._sent = self._version
        self.engine.set_view(*self._view())
        self.engine.submit(self._version, self._letter)

    def typeset_again(self) -> None:
        """Lay the latest letter out once more (the engine was asked for more, e.g. each
        page's text for a screen reader)."""
        if self._letter is not None:
            self.set_letter(self._letter)

    def pending(self) -> bool:
        """True while a change is not shown yet (waiting to be sent, or being laid out)."""
        return self.timer.isActive() or self.shown_version < self._version

    def _on_finished(self, version: int, source: PageSource) -> None:
        if version <= self.shown_version or not shiboken6.isValid(self.pages):
            return  # stale: a newer layout is shown already
        self.shown_version = version
        self._show_source(version, source)
        self.page_label.setText(self.tr("%n page(s)", "", source.page_count()))
        self._scroll_to_followed()
        self.layoutFinished.emit(source)
        self.refreshed.emit()

    def _on_progress(self, version: int, source: PageSource) -> None:
        """The first pages of a letter still being laid out: shown until it is finished."""
        if version <= self.shown_version or version < self._source_version:
            return  # its finished layout, or a newer one, is shown already
        if not shiboken6.isValid(self.pages):
            return
        self._show_source(version, source)
        count = source.page_count()
        self.page_label.setText(self.tr("Laying out… %n page(s) so far", "", count))

    def _show_source(self, version: int, source: PageSource) -> None:
        self._source_version = version
        self._asked = set()
        self.pages.set_source(source)
        self.apply_zoom()
        self._tell_view()
        self.pagesShown.emit()

    def _on_failed(self, version: int, message: str) -> None:
        if version <= self.shown_version or not shiboken6.isValid(self.pages):
            return
        self.shown_version = self._source_version = version
        self.page_label.setText(self.tr("Preview failed: {error}").format(error=message))
        self.pages.set_source(None)
        self.pagesShown.emit()
        self.refreshed.emit()

    def _on_pages_ready(self, version: int, pictures: dict[int, Any]) -> None:
        source = self.pages.source if shiboken6.isValid(self.pages) else None
        if version != self._source_version or source is None:
            return  # pictures of a layout no longer shown
        self._asked.difference_update(pictures)  # in flight no more (may be asked again)
        add = getattr(source, "add_pictures", None)
        if add is not None:
            add(pictures, self._view()[0])
            self.pages.update()

    def _view(self) -> tuple[int, int]:
        """The pages in view (first, last)."""
        if not shiboken6.isValid(self.pages):
            return (0, 0)
        viewport = self.scroll_area.viewport()
        top = self.scroll_area.verticalScrollBar().value()
        shown = self.pages.pages_in(QRect(0, top, self.pages.width(), viewport.height()))
        return (shown.start, max(shown.start, shown.stop - 1))

    def _tell_view(self, *_: object) -> None:
        self.engine.set_view(*self._view())

    def _ask_for_pages(self, indices: list[int]) -> None:
        # Each paint reports the pages it lacks: ask for each page once per layout.
        new = [index for index in indices if index not in self._asked]
        if new:
            self._asked.update(new)
            self.engine.want_pages(self._source_version, new)

    def page_count(self) -> int:
        return self.pages.source.page_count() if self.pages.source else 0

    def show_item(self, item_id: str) -> None:
        """Scroll so the page holding *item_id* is in view (after the next re-typeset when
        one is pending, so a new selection is followed once the pages exist)."""
        self._follow = item_id
        if self.pages.source is not None and not self.pending():
            self._scroll_to_followed()

    def _scroll_to_followed(self) -> None:
        item_id, self._follow = self._follow, ""
        if not item_id or self.pages.source is None:
            return
        index = self.pages.source.page_of(item_id)
        if index is not None:
            rect = self.pages.page_rect(index)
            self.scroll_area.verticalScrollBar().setValue(rect.top() - PAGE_GAP)

    # -- zoom --

    def set_zoom(self, mode: str) -> None:
        """ "width", "page" or a percentage such as "125"."""
        index = self.zoom_box.findData(mode)
        if index < 0:
            self.zoom_mode = mode if mode.isdigit() else "width"
            self.apply_zoom()
            return
        self.zoom_box.setCurrentIndex(index)
        self._on_zoom_chosen(index)

    def zoom_by(self, steps: int) -> None:
        current = round(self.pages.scale * 72 / self.logicalDpiX() * 100)
        bigger = [p for p in ZOOM_STEPS if p > current]
        smaller = [p for p in ZOOM_STEPS if p < current]
        if steps > 0 and bigger:
            self.set_zoom(str(bigger[0]))
        elif steps < 0 and smaller:
            self.set_zoom(str(smaller[-1]))

    def _on_zoom_chosen(self, index: int) -> None:
        self.zoom_mode = str(self.zoom_box.itemData(index))
        self.apply_zoom()

    def apply_zoom(self) -> None:
        size = self.pages.source.page_size() if self.pages.source else A4_POINTS
        viewport = self.scroll_area.viewport().size()
        if self.zoom_mode == "width":
            scale = (viewport.width() - 2 * PAGE_GAP) / size.width()
        elif self.zoom_mode == "page":
            scale = min(
                (viewport.width() - 2 * PAGE_GAP) / size.width(),
                (viewport.height() - 2 * PAGE_GAP) / size.height(),
            )
        else:
            # 100 % shows the page at its real size on this screen.
            scale = int(self.zoom_mode) / 100 * self.logicalDpiX() / 72
        self.pages.set_scale(scale)


class _ResizingScrollArea(QScrollArea):
    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()
