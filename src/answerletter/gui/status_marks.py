"""The question list's status marks: shapes that differ in form as well as colour, drawn in
colours derived from the palette (3:1 against the row, and against the highlight of a
selected row), and the legend that says what each shape means.

The legend is the list's accessible description, so a screen reader user hears what the
shapes mean; the user guide repeats it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap, QPolygonF

from answerletter.contrast import Rgb
from answerletter.gui.palette_colours import mark_colour

#: The house colour of each status (by ``question_model.Status`` value).
HOUSE_COLOURS: dict[str, Rgb] = {
    "no-answer": (0x9A, 0x9A, 0x9A),
    "answered": (0x2E, 0x7D, 0x32),
    "combined": (0x15, 0x65, 0xC0),
    "refers": (0xEF, 0x6C, 0x00),
}

#: Pixel sizes drawn, so the marks stay sharp at 150 % and 200 % (the icon picks the best).
SIZES = (16, 24, 32, 48)
#: The drawing grid: shapes are drawn in 16 × 16 units and scaled.
_GRID = 16
#: The ring's line, in grid units: 2 units on whole coordinates cover whole pixels, so the
#: ring shows its full colour (a thinner line is only partly painted, and paler).
_RING_WIDTH = 2.0


def _draw(painter: QPainter, status: str, colour: QColor) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if status == "no-answer":
        painter.setPen(QPen(colour, _RING_WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QRectF(3, 3, 10, 10))
        return
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if status == "answered":
        painter.drawEllipse(QRectF(2, 2, 12, 12))
    elif status == "combined":
        painter.drawRect(QRectF(2, 2, 12, 5))
        painter.drawRect(QRectF(2, 9, 12, 5))
    else:
        painter.drawPolygon(QPolygonF([QPointF(3, 2), QPointF(14, 8), QPointF(3, 14)]))


def _pixmap(status: str, size: int, palette: QPalette | None, *, selected: bool) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.scale(size / _GRID, size / _GRID)
    _draw(painter, status, mark_colour(HOUSE_COLOURS[status], palette, selected=selected))
    painter.end()
    return pixmap


def status_icon(status: str, palette: QPalette | None = None) -> QIcon:
    """The mark of *status* (a ``Status`` value): the normal picture for rows, and a
    selected one for the highlighted row (the item view asks for ``QIcon.Mode.Selected``)."""
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(_pixmap(status, size, palette, selected=False), QIcon.Mode.Normal)
        icon.addPixmap(_pixmap(status, size, palette, selected=True), QIcon.Mode.Selected)
    return icon


def legend() -> str:
    """What each shape means, in words (the list's accessible description)."""
    return QCoreApplication.translate(
        "StatusMarks",
        "Status marks: open ring, no answer yet; filled circle, answered; two bars, covered "
        "by a combined answer; triangle, refers to another answer. Red text: the checks "
        "found an error; brown text: the checks found a warning.",
    )
