"""The live preview: pages of the letter in a scroll area, painted by a page source.

A ``PageSource`` is what the typesetter provides: a page count, a page size in points and a
function that paints page *i*. Until the typesetter is wired in, ``FramePages`` paints empty
page frames. The pane re-typesets on a short single-shot timer after the last change, so a
burst of keystrokes costs one layout, and paints only the pages in view.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import shiboken6
from PySide6.QtCore import QPointF, QRect, QRectF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from answerletter.model import Letter

#: Wait this long after the last change before re-typesetting (the issue allows 300 ms).
DEBOUNCE_MS = 250
PAGE_GAP = 16  # pixels between pages and around them
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
    """The pages stacked vertically at the current scale; paints only those in view."""

    itemClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source: PageSource | None = None
        self.scale = 1.0  # pixels per point
        self.painted_pages: list[int] = []  # the pages of the last paint (for tests)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("#8a8a8a"))
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

    def paintEvent(self, event: QPaintEvent) -> None:
        self.painted_pages = []
        if self.source is None:
            return
        _, height = self.page_pixels()
        area = event.rect()
        first = max(0, (area.top() - PAGE_GAP) // (height + PAGE_GAP))
        last = min(self.source.page_count() - 1, area.bottom() // (height + PAGE_GAP))
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
    """Zoom controls above the scrolling pages. ``refreshed`` fires after each re-typeset."""

    refreshed = Signal()
    itemClicked = Signal(str)

    def __init__(
        self, factory: PageSourceFactory = FramePages, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.factory = factory
        self._letter: Letter | None = None
        self._follow = ""  # a question to scroll to once the pages exist
        self.zoom_mode = "width"  # "width", "page" or a percentage as text
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh_now)

        self.pages = PagesWidget()
        self.pages.itemClicked.connect(self.itemClicked)
        self.scroll_area = _ResizingScrollArea(self)
        self.scroll_area.setObjectName("preview")
        self.scroll_area.setAccessibleName(self.tr("Preview"))
        self.scroll_area.setWidget(self.pages)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll_area.resized.connect(self.apply_zoom)

        self.zoom_box = QComboBox(self)
        self.zoom_box.setObjectName("zoom")
        self.zoom_box.setAccessibleName(self.tr("Zoom"))
        self.zoom_box.addItem(self.tr("Fit width"), "width")
        self.zoom_box.addItem(self.tr("Fit page"), "page")
        for percent in ZOOM_STEPS:
            self.zoom_box.addItem(f"{percent} %", str(percent))
        self.zoom_box.currentIndexChanged.connect(self._on_zoom_chosen)
        self.page_label = QLabel(self)
        zoom_label = QLabel(self.tr("&Zoom:"), self)
        zoom_label.setBuddy(self.zoom_box)
        bar = QHBoxLayout()
        bar.addWidget(zoom_label)
        bar.addWidget(self.zoom_box)
        bar.addStretch(1)
        bar.addWidget(self.page_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area)

    # -- content --

    def set_letter(self, letter: Letter) -> None:
        """Schedule a re-typeset of *letter* (restarts the debounce timer)."""
        self._letter = letter
        self.timer.start()

    def refresh_now(self) -> None:
        """Typeset the latest letter now (the debounce timer's work)."""
        self.timer.stop()
        # A refresh queued while the window is being torn down can arrive after Qt deleted
        # the pages widget (seen under load at test teardown): there is nothing to show then.
        if self._letter is None or not shiboken6.isValid(self.pages):
            return
        source = self.pages.source
        try:
            if source is not None and hasattr(source, "update"):
                source.update(self._letter)
            else:
                source = self.factory(self._letter)
        except Exception as error:  # a preview failure must never disturb editing
            self.page_label.setText(self.tr("Preview failed: {error}").format(error=error))
            self.pages.set_source(None)
            self.refreshed.emit()
            return
        if not shiboken6.isValid(self.pages):  # deleted while the letter was laid out (the
            return  # collector freed a closed window's widgets in the middle; seen under load)
        self.pages.set_source(source)
        count = source.page_count()
        self.page_label.setText(self.tr("%n page(s)", "", count))
        self.apply_zoom()
        self._scroll_to_followed()
        self.refreshed.emit()

    def page_count(self) -> int:
        return self.pages.source.page_count() if self.pages.source else 0

    def show_item(self, item_id: str) -> None:
        """Scroll so the page holding *item_id* is in view (after the next re-typeset when
        one is pending, so a new selection is followed once the pages exist)."""
        self._follow = item_id
        if self.pages.source is not None and not self.timer.isActive():
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
