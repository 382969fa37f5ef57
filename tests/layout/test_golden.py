"""The example letter's pages look as they did: low-resolution renders against golden PNGs.

Pages are painted with Qt itself through ``paint_page`` (no poppler). After an intended change
of the look, regenerate with ``ANSWERLETTER_UPDATE_GOLDEN=1 pytest tests/layout/test_golden.py``
and look at the new PNGs before committing them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from layout_render import render as render_at
from PySide6.QtGui import QImage

GOLDEN = Path(__file__).parent / "golden"
DPI = 50
UPDATE = os.environ.get("ANSWERLETTER_UPDATE_GOLDEN") == "1"


def render(layout, index: int) -> QImage:
    return render_at(layout, index, DPI)


def difference(a: QImage, b: QImage) -> tuple[float, float]:
    """Mean absolute grey difference (0..1) and the share of pixels differing by over 25%."""
    assert (a.width(), a.height()) == (b.width(), b.height())
    first = a.convertToFormat(QImage.Format.Format_Grayscale8)
    second = b.convertToFormat(QImage.Format.Format_Grayscale8)
    total, strong = 0, 0
    for y in range(first.height()):
        row_a = bytes(first.constScanLine(y))[: first.width()]
        row_b = bytes(second.constScanLine(y))[: second.width()]
        for pa, pb in zip(row_a, row_b, strict=True):
            delta = abs(pa - pb)
            total += delta
            strong += delta > 64
    pixels = first.width() * first.height()
    return total / pixels / 255, strong / pixels


def test_example_pages_match_golden(example_layout):
    count = example_layout.page_count
    for index in range(count):
        image = render(example_layout, index)
        path = GOLDEN / f"example-page-{index + 1}.png"
        if UPDATE:
            GOLDEN.mkdir(exist_ok=True)
            assert image.save(str(path))
            continue
        golden = QImage(str(path))
        assert not golden.isNull(), f"missing {path}; regenerate with ANSWERLETTER_UPDATE_GOLDEN=1"
        mean, strong = difference(image, golden)
        assert mean < 0.01 and strong < 0.005, f"page {index + 1}: {mean:.4f} {strong:.4f}"
    stale = sorted(GOLDEN.glob("example-page-*.png"))[count:]
    assert not stale


def test_rendering_notices_a_change(example_layout):
    """The comparison is sharp enough to see a page that is not the golden one."""
    if UPDATE:
        pytest.skip("regenerating")
    mean, strong = difference(render(example_layout, 1), QImage(str(GOLDEN / "example-page-3.png")))
    assert mean >= 0.01 or strong >= 0.005
