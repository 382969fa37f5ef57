"""The icons: every SVG renders to every PNG size, the .ico and .icns hold all their sizes,
and the committed renderings the installers use are there at the right dimensions."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path

from PySide6.QtGui import QImage

ICONS = Path(__file__).resolve().parents[2] / "packaging" / "icons"
NAMES = ("answerletter", "answerletter-document")


def load_renderer():
    spec = importlib.util.spec_from_file_location("render_icons", ICONS / "render_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_render_all_sizes_and_containers(qapp, tmp_path):
    render = load_renderer()
    render.render_all(tmp_path)
    for name in NAMES:
        for size in render.PNG_SIZES:
            image = QImage(str(tmp_path / "png" / str(size) / f"{name}.png"))
            assert (image.width(), image.height()) == (size, size)
            # Drawn, not empty: the centre pixel is opaque.
            assert image.pixelColor(size // 2, size // 2).alpha() == 255
        ico = (tmp_path / f"{name}.ico").read_bytes()
        assert struct.unpack("<HHH", ico[:6]) == (0, 1, len(render.ICO_SIZES))
        icns = (tmp_path / f"{name}.icns").read_bytes()
        assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
        for _size, kind in render.ICNS_TYPES:
            assert kind in icns


def test_committed_renderings_are_complete(qapp):
    render = load_renderer()
    for name in NAMES:
        assert (ICONS / f"{name}.ico").exists() and (ICONS / f"{name}.icns").exists()
        for size in render.PNG_SIZES:
            image = QImage(str(ICONS / "png" / str(size) / f"{name}.png"))
            assert (image.width(), image.height()) == (size, size)
