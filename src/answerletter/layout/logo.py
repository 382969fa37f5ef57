"""The organisation's logo: an SVG drawn as vectors, or a raster image (PNG) kept lossless.

The Rijkslint is protected and never shipped; the profile names the organisation's own file.
PDF/A-1 allows no transparency, so a raster logo with an alpha channel is flattened onto white
(the paper) once, when it is loaded.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from answerletter.fileformat.regular_file import read_regular

#: Far above any real logo (a few hundred KB).
MAX_LOGO_BYTES = 20 * 1024 * 1024


class Logo:
    """A loaded logo that draws itself, aspect ratio kept, inside a box."""

    def __init__(self, path: Path, svg: QSvgRenderer | None, image: QImage | None) -> None:
        self.path = path
        self._svg = svg
        self._image = image

    @property
    def size(self) -> QSizeF:
        """The logo's natural size (any unit; only its aspect ratio matters)."""
        if self._svg is not None:
            return QSizeF(self._svg.defaultSize())
        assert self._image is not None
        return QSizeF(self._image.size())

    def target(self, box: QRectF) -> QRectF:
        """Where the logo stands in *box*: as large as fits, centred, at the box's top."""
        size = self.size
        if size.isEmpty():
            return box
        scaled = size.scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
        left = box.left() + (box.width() - scaled.width()) / 2
        return QRectF(left, box.top(), scaled.width(), scaled.height())

    def draw(self, painter: QPainter, box: QRectF) -> None:
        rect = self.target(box)
        if self._svg is not None:
            self._svg.render(painter, rect)
            return
        assert self._image is not None
        painter.save()
        # Without this hint Qt's PDF engine re-encodes the image as lossy JPEG.
        painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering, True)
        painter.drawImage(rect, self._image)
        painter.restore()


def load_logo(path: str | Path) -> Logo | None:
    """The logo in *path* (SVG or an image format Qt reads), or None when it cannot be read."""
    path = Path(path)
    try:
        # Only an ordinary file, read without blocking and no larger than a logo can be: a
        # named pipe or a giant named as the logo must not freeze the preview.
        data = QByteArray(read_regular(path, MAX_LOGO_BYTES))
    except OSError:
        return None
    if path.suffix.lower() in (".svg", ".svgz"):
        renderer = QSvgRenderer(data)
        if not renderer.isValid() or renderer.defaultSize().isEmpty():
            return None
        return Logo(path, renderer, None)
    image = QImage.fromData(data)
    if image.isNull():
        return None
    if image.hasAlphaChannel():
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.setDevicePixelRatio(image.devicePixelRatio())
        flat.fill(Qt.GlobalColor.white)
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        image = flat
    return Logo(path, None, image)


def logo_png(
    path: str | Path, width_mm: float, height_mm: float, dpi: int = 600
) -> tuple[bytes, float, float] | None:
    """The logo fitted into a box of *width_mm* × *height_mm* (aspect kept), rendered as a PNG
    on white for formats that take pictures only (the Word export): (PNG bytes, width, height
    in mm), or None when the logo cannot be read."""
    logo = load_logo(path)
    if logo is None:
        return None
    fitted = logo.target(QRectF(0, 0, width_mm, height_mm))
    pixels_w = max(1, round(fitted.width() / 25.4 * dpi))
    pixels_h = max(1, round(fitted.height() / 25.4 * dpi))
    image = QImage(pixels_w, pixels_h, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    logo.draw(painter, QRectF(0, 0, pixels_w, pixels_h))
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide6 6.11 wants a str
    return bytes(buffer.data().data()), fitted.width(), fitted.height()
