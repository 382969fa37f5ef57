"""The letter's fonts: the profile's family when installed, else the bundled DejaVu Sans.

The bundled font is registered with Qt once per process, so a machine with no fonts at all
still produces text (with no font Qt silently writes PDFs without text).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from answerletter.resources import resource_path

FALLBACK_FAMILY = "DejaVu Sans"
BUNDLED_FONTS = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique.ttf",
)

#: OpenType features that join letters into one glyph: standard, contextual, discretionary and
#: historical ligatures.
LIGATURE_FEATURES = ("liga", "clig", "dlig", "hlig")


class FontError(RuntimeError):
    """Fonts cannot be used: no QGuiApplication, or the bundled font files are missing."""


@cache
def register_bundled_fonts() -> tuple[str, ...]:
    """Register the bundled font files with Qt (once); return the families they provide."""
    if QGuiApplication.instance() is None:
        raise FontError("Fonts need a QGuiApplication; create one before laying out a letter")
    families: list[str] = []
    for name in BUNDLED_FONTS:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id < 0:
            raise FontError(f"Cannot load the bundled font {name}")
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(dict.fromkeys(families))


def resolve_family(requested: str) -> str:
    """*requested* when it is installed, otherwise the bundled fallback family."""
    register_bundled_fonts()
    if requested and requested in QFontDatabase.families():
        return requested
    return FALLBACK_FAMILY


def make_font(family: str, point_size: float, *, bold: bool = False, italic: bool = False) -> QFont:
    """A print font: exact point size, no hinting so metrics scale linearly to any device."""
    font = QFont(family)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setItalic(italic)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(True)
    # No ligatures: a ligature glyph ("ﬁ") reaches the PDF as U+FB01, so the text would not
    # copy or search as typed, and screen readers stumble over it.
    for tag in LIGATURE_FEATURES:
        font.setFeature(QFont.Tag.fromString(tag), 0)
    return font
