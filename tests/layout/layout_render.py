"""Rendering pages to images with Qt itself, for the layout tests."""

from __future__ import annotations

from PySide6.QtGui import QImage, QPainter

from answerletter.layout import LetterLayout, paint_page


def render(layout: LetterLayout, index: int, dpi: float) -> QImage:
    """Page *index* of *layout* as a greyscale image at *dpi*."""
    width, height = layout.page_size_mm
    image = QImage(
        round(width / 25.4 * dpi), round(height / 25.4 * dpi), QImage.Format.Format_Grayscale8
    )
    image.fill(255)
    painter = QPainter(image)
    painter.scale(dpi / 72, dpi / 72)
    paint_page(painter, layout, index)
    painter.end()
    return image


def pixels(image: QImage) -> bytes:
    """The image's pixels, row by row, without the padding at the end of each row."""
    return b"".join(bytes(image.constScanLine(y))[: image.width()] for y in range(image.height()))


def printed_note_numbers(layout: LetterLayout) -> list[int]:
    """The numbers of the footnotes as the pages print them, in order (a footnote continued
    on the next page counted once)."""
    return [
        part.footnote.number  # type: ignore[attr-defined]  # (the flow's footnote boxes)
        for page in layout.pages
        for part in page.footnotes
        if part.first_line == 0
    ]
