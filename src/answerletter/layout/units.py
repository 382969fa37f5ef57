"""Length units of the layout: everything is measured in dots of a fixed 1200 dpi device.

Text is laid out once against :func:`reference_device` (an image claiming 1200 dpi) so line
breaks do not depend on the screen or printer, then painted scaled onto any device.
Qt scales lengths in text formats (margins, fixed line heights, indents) from 96 dpi "pixels"
to the paint device, so those go through :func:`fmt`.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QImage

DPI = 1200
_QT_FORMAT_DPI = 96


def mm(value: float) -> float:
    """Millimetres to dots."""
    return value / 25.4 * DPI


def pt(value: float) -> float:
    """Points to dots."""
    return value / 72.0 * DPI


def dots_to_mm(value: float) -> float:
    return value / DPI * 25.4


def fmt(dots: float) -> float:
    """Dots as a text-format length, which Qt multiplies by device dpi / 96 again."""
    return dots * _QT_FORMAT_DPI / DPI


@cache
def reference_device() -> QImage:
    """The 1200 dpi paint device every letter document is laid out against (kept alive)."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    dots_per_meter = round(DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)
    return image
