"""The typesetter's documents are given their layout and handlers without Python's interpreter
lock (layout/qt_unlocked.py): the worker's half of a deadlock seen in hung test runs."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QTextDocument

from answerletter.layout import qt_unlocked
from answerletter.layout.notenumbers import NUMBER_OBJECT
from answerletter.layout.tags import MARKER_OBJECT


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the ctypes path is Linux's")
def test_the_calls_go_to_qt_directly_on_linux() -> None:
    assert qt_unlocked.UNLOCKED


def test_a_new_document_has_its_layout_device_and_handlers(qapp, profile) -> None:
    from answerletter.layout import LetterLayout
    from answerletter.layout.units import reference_device
    from answerletter.testing.synthetic import generate_letter

    layout = LetterLayout(generate_letter(3, seed=2), profile)
    document = layout.flow.documents()[0]
    document_layout = document.documentLayout()
    assert document_layout.paintDevice() is not None
    assert document_layout.paintDevice().logicalDpiY() == reference_device().logicalDpiY()
    assert document_layout.handlerForObject(MARKER_OBJECT) is not None
    assert document_layout.handlerForObject(NUMBER_OBJECT) is layout.flow.numbers


def test_make_layout_makes_the_layout_once(qapp) -> None:
    document = QTextDocument()
    qt_unlocked.make_layout(document)
    first = document.documentLayout()
    qt_unlocked.make_layout(document)
    assert document.documentLayout() is first
