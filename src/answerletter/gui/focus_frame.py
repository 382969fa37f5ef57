"""A focus frame you can see: a 3-pixel ring over the edge of whatever has the keyboard.

The styles draw focus faintly or not at all (a 1 px dotted frame on a list, only the caret in
a text editor, nothing on the preview), which fails EN 301 549 / WCAG 2.4.7 and 1.4.11. One
``FocusRing`` per window follows the focus there: a ``QFocusFrame`` (Qt keeps it over the
widget as it moves and resizes, and leaves it out of the accessibility tree) painted by us in
the palette's highlight colour — made darker or lighter, or the text colour, where the
highlight would not stand out 3:1 against what is next to it (the preview's grey, a dark
or high-contrast theme).
"""

from __future__ import annotations

import contextlib
from functools import lru_cache

import shiboken6
from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QRegion, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFocusFrame,
    QProxyStyle,
    QScrollArea,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)

#: The ring's width in (device-independent) pixels. WCAG 2.4.13 asks for a change of at least
#: 2 px around the widget; the ring covers the widget's own 1 px frame line too.
RING_WIDTH = 3
#: The contrast a focus indicator needs against what is next to it (WCAG 1.4.11).
MINIMUM_CONTRAST = 3.0


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.1's relative luminance of *colour* (0 black … 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    rgb = colour.toRgb()
    red, green, blue = (channel(c) for c in (rgb.redF(), rgb.greenF(), rgb.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2.1's contrast ratio of two colours (1 … 21)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def grounds(widget: QWidget) -> list[QColor]:
    """The colours next to and under a ring on *widget*: the window, the fields, a selected
    row or text (it reaches the edge of a list), the widget's own background, and for a
    scroll area that of its viewport and its contents (the preview's grey behind its
    pages)."""
    palette = widget.palette()
    found = [
        palette.color(QPalette.ColorRole.Window),
        palette.color(QPalette.ColorRole.Base),
        palette.color(QPalette.ColorRole.Highlight),
        palette.color(widget.backgroundRole()),
    ]
    if isinstance(widget, QAbstractScrollArea):
        viewport = widget.viewport()
        found.append(viewport.palette().color(viewport.backgroundRole()))
        contents = widget.widget() if isinstance(widget, QScrollArea) else None
        if contents is not None:
            found.append(contents.palette().color(contents.backgroundRole()))
    return found


def _worst_contrast(colour: QColor, against: list[QColor]) -> float:
    return min(contrast_ratio(colour, ground) for ground in against)


def ring_colour(palette: QPalette, against: list[QColor] | None = None) -> QColor:
    """The palette's highlight colour if it stands out 3:1 against every colour in *against*
    (by default the window and the fields); else the same hue made darker or lighter until it
    does; else the text colour that does best (a theme whose highlight is close to its
    grounds)."""
    if against is None:
        against = [palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base)]
    # Remembered per colours: the ring is painted at every focus change, and finding a shade
    # takes a hundred contrast ratios (7 ms) when the theme's highlight is too light.
    return QColor.fromRgba(
        _ring_rgba(
            palette.color(QPalette.ColorRole.Highlight).rgba(),
            palette.color(QPalette.ColorRole.WindowText).rgba(),
            palette.color(QPalette.ColorRole.Text).rgba(),
            tuple(colour.rgba() for colour in against),
        )
    )


@lru_cache(maxsize=64)
def _ring_rgba(
    highlight_rgba: int, window_text_rgba: int, text_rgba: int, against_rgba: tuple[int, ...]
) -> int:
    against = [QColor.fromRgba(rgba) for rgba in against_rgba]
    highlight = QColor.fromRgba(highlight_rgba)
    if _worst_contrast(highlight, against) >= MINIMUM_CONTRAST:
        return highlight_rgba
    hsl = highlight.toHsl()
    hue, saturation, lightness = hsl.hslHue(), hsl.hslSaturation(), hsl.lightness()
    shades = [QColor.fromHsl(hue, saturation, level) for level in range(lightness, -1, -8)]
    shades += [QColor.fromHsl(hue, saturation, level) for level in range(lightness, 256, 8)]
    for shade in sorted(shades, key=lambda c: abs(c.lightness() - lightness)):
        if _worst_contrast(shade, against) >= MINIMUM_CONTRAST:
            return shade.rgba()
    candidates = (highlight, QColor.fromRgba(window_text_rgba), QColor.fromRgba(text_rgba))
    return max(candidates, key=lambda c: _worst_contrast(c, against)).rgba()


def ring_region(rect: QRect, width: int = RING_WIDTH) -> QRegion:
    """The band *width* pixels wide just inside *rect*'s edge."""
    return QRegion(rect) - QRegion(rect.adjusted(width, width, -width, -width))


class _RingStyle(QProxyStyle):
    """Tells the QFocusFrame to stay above its widget, on the widget's own edge (no margin,
    so no parent clips it)."""

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,  # noqa: N803 (Qt's name)
    ) -> int:
        if hint == QStyle.StyleHint.SH_FocusFrame_AboveWidget:
            return 1
        if hint == QStyle.StyleHint.SH_FocusFrame_Mask:
            return 0  # the ring sets its own mask when it is resized
        return super().styleHint(hint, option, widget, returnData)

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric in (
            QStyle.PixelMetric.PM_FocusFrameHMargin,
            QStyle.PixelMetric.PM_FocusFrameVMargin,
        ):
            return 0
        return super().pixelMetric(metric, option, widget)


class FocusRing(QFocusFrame):
    """The ring itself (see the module's text)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("focusRing")
        # The proxy style answers only for this widget (its base is the application's).
        self._style = _RingStyle()
        self._style.setParent(self)
        self.setStyle(self._style)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Only the ring is the frame's: the widget under it shows, and takes the clicks.
        self.setMask(ring_region(self.rect()))

    def paintEvent(self, event: QPaintEvent) -> None:
        widget: QWidget | None = self.widget()
        if widget is None:
            return
        painter = QPainter(self)
        painter.setClipRegion(ring_region(self.rect()))
        painter.fillRect(self.rect(), ring_colour(widget.palette(), grounds(widget)))
        painter.end()


class FocusFrames(QObject):
    """Puts *window*'s ring on the widget that has the focus in it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.ring = FocusRing(window)
        self.ring.hide()
        application = QApplication.instance()
        if isinstance(application, QApplication):
            application.focusChanged.connect(self._on_focus_changed)
            focused = application.focusWidget()
            if focused is not None:
                self._on_focus_changed(None, focused)

    def _on_focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if not shiboken6.isValid(self._window) or not shiboken6.isValid(self.ring):
            return
        if (
            now is not None
            and shiboken6.isValid(now)
            and now.window() is self._window
            and not now.isWindow()
        ):
            self.ring.setWidget(now)
            self.ring.update()
            return
        if self.ring.widget() is not None:
            self.ring.setWidget(None)  # type: ignore[arg-type]  # Qt takes nullptr

    def dispose(self) -> None:
        """Stop following the focus (the window is closing)."""
        application = QApplication.instance()
        if isinstance(application, QApplication):
            with contextlib.suppress(RuntimeError, TypeError):  # not connected
                application.focusChanged.disconnect(self._on_focus_changed)
