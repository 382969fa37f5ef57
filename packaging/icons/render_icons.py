"""Render the SVG icons to the PNG sizes, the Windows .ico and the macOS .icns the
installers need, with Qt's own SVG renderer (no other tools).

    python packaging/icons/render_icons.py [OUTPUT_FOLDER]

Writes ``png/<size>/<name>.png``, ``<name>.ico`` and ``<name>.icns`` for every ``*.svg`` next
to this script (default output: this folder; the results are committed, so building an
installer needs no rendering).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
#: hicolor theme sizes (Linux) plus what .ico and .icns need.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 256)
#: ICNS element types holding PNG data, by pixel size (Apple's "icp4"... "ic10").
ICNS_TYPES = ((16, b"icp4"), (32, b"icp5"), (64, b"icp6"), (128, b"ic07"), (256, b"ic08"),
              (512, b"ic09"), (1024, b"ic10"))  # fmt: skip


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: list[QImage]) -> bytes:
    """A .ico whose entries are PNGs (Windows Vista and later read these at every size)."""
    pngs = [png_bytes(image) for image in images]
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries = b""
    for image, png in zip(images, pngs, strict=True):
        side = image.width() if image.width() < 256 else 0  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    return header + entries + b"".join(pngs)


def icns_bytes(svg: Path) -> bytes:
    body = b""
    for size, kind in ICNS_TYPES:
        png = png_bytes(render(svg, size))
        body += kind + struct.pack(">I", len(png) + 8) + png
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def render_all(output: Path) -> list[Path]:
    written: list[Path] = []
    for svg in sorted(HERE.glob("*.svg")):
        for size in PNG_SIZES:
            target = output / "png" / str(size) / f"{svg.stem}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(png_bytes(render(svg, size)))
            written.append(target)
        ico = output / f"{svg.stem}.ico"
        ico.write_bytes(ico_bytes([render(svg, size) for size in ICO_SIZES]))
        icns = output / f"{svg.stem}.icns"
        icns.write_bytes(icns_bytes(svg))
        written += [ico, icns]
    return written


def main() -> int:
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen needed
    app = QGuiApplication.instance() or QGuiApplication([])
    for path in render_all(output):
        print(path)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
