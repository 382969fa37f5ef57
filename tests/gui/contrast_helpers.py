"""Contrast measured from what widgets really paint (issue 19 §7, §8), and the palettes the
tests run under: the application's own, a dark one and a high-contrast black one."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from answerletter.contrast import Rgb, contrast, parse_hex

Role = QPalette.ColorRole


def rgb(colour: QColor) -> Rgb:
    return colour.red(), colour.green(), colour.blue()


def palette_of(colours: dict[Role, str]) -> QPalette:
    palette = QPalette()
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    return palette


#: A dark theme as desktops ship them (close to KDE Breeze Dark / GNOME Adwaita dark).
DARK = {
    Role.Window: "#2b2b2b",
    Role.WindowText: "#eeeeee",
    Role.Base: "#1e1e1e",
    Role.AlternateBase: "#262626",
    Role.Text: "#eeeeee",
    Role.Button: "#353535",
    Role.ButtonText: "#eeeeee",
    Role.Highlight: "#3daee9",
    Role.HighlightedText: "#1e1e1e",
    Role.Link: "#154FA8",  # a theme that keeps a light-theme link colour: must be fixed up
    Role.Mid: "#3a3a3a",
    Role.Dark: "#191919",
    Role.Light: "#505050",
    Role.PlaceholderText: "#8a8a8a",
    Role.ToolTipBase: "#31363b",
    Role.ToolTipText: "#eeeeee",
}
#: Windows' "High contrast black" colours.
HIGH_CONTRAST_BLACK = {
    Role.Window: "#000000",
    Role.WindowText: "#ffffff",
    Role.Base: "#000000",
    Role.AlternateBase: "#000000",
    Role.Text: "#ffffff",
    Role.Button: "#000000",
    Role.ButtonText: "#ffffff",
    Role.Highlight: "#1aebff",
    Role.HighlightedText: "#000000",
    Role.Link: "#ffff00",
    Role.Mid: "#808080",
    Role.Dark: "#000000",
    Role.Light: "#ffffff",
}
PALETTES = {"default": None, "dark": DARK, "high-contrast": HIGH_CONTRAST_BLACK}


@contextmanager
def application_palette(colours: dict[Role, str] | None) -> Iterator[QPalette]:
    """Run with *colours* as the application's palette (None: leave it), then restore it."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = QPalette(app.palette())
    if colours is not None:
        app.setPalette(palette_of(colours))
    try:
        yield QGuiApplication.palette()
    finally:
        app.setPalette(original)


def image_of(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def strongest(image: QImage, area: QRect) -> tuple[Rgb, Rgb, float]:
    """(background, most contrasting colour, their ratio) inside *area* of *image*: the
    background is the commonest colour there, the mark or text the one that stands out most."""
    area = area.intersected(image.rect())
    colours: Counter[Rgb] = Counter()
    for y in range(area.top(), area.bottom() + 1):
        for x in range(area.left(), area.right() + 1):
            colours[rgb(image.pixelColor(x, y))] += 1
    background = colours.most_common(1)[0][0]
    best = max(colours, key=lambda c: contrast(c, background))
    return background, best, contrast(best, background)


def style_colour(style_sheet: str) -> Rgb:
    """The colour of ``color: #rrggbb;`` in a style sheet."""
    start = style_sheet.index("color:") + len("color:")
    return parse_hex(style_sheet[start:].split(";", maxsplit=1)[0].strip())
