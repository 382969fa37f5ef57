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


def _laid_out_document(text: str, width: float = 300.0) -> QTextDocument:
    document = QTextDocument()
    document.setPlainText(text)
    document.setTextWidth(width)
    return document


def test_document_height_is_the_height_qt_reports(qapp) -> None:
    line = "Antwoord op vraag {}: een regel die breekt als hij lang is."
    text = "\n".join(line.format(n) for n in range(40))
    unlocked = _laid_out_document(text)
    through_pyside = _laid_out_document(text)
    height = qt_unlocked.document_height(unlocked)
    assert height > 40 * 10  # forty paragraphs, each at least a line
    assert height == through_pyside.size().height()


def test_end_edit_block_applies_the_edit_as_one_undo_step(qapp) -> None:
    from PySide6.QtGui import QTextCursor

    document = _laid_out_document("Vraag 1")
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.beginEditBlock()
    cursor.insertText(" en")
    cursor.insertText(" vraag 2")
    qt_unlocked.end_edit_block(cursor)
    assert document.toPlainText() == "Vraag 1 en vraag 2"
    document.undo()
    assert document.toPlainText() == "Vraag 1"


def test_clear_empties_the_document(qapp) -> None:
    document = _laid_out_document("Vraag 1\nAntwoord op vraag 1")
    qt_unlocked.clear(document)
    assert document.toPlainText() == ""
    assert document.blockCount() == 1


def test_draw_paints_what_the_layout_itself_paints(qapp) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QAbstractTextDocumentLayout, QImage, QPainter

    def painted(through_unlocked: bool) -> QImage:
        document = _laid_out_document("Vraag 1\nAntwoord op vraag 1\n" * 5, width=200)
        image = QImage(220, 300, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(0, 0, 200, 120)  # only the lines in it are drawn
        if through_unlocked:
            qt_unlocked.draw(document, painter, context)
        else:
            document.documentLayout().draw(painter, context)
        painter.end()
        return image

    unlocked = painted(True)
    assert unlocked == painted(False)
    blank = QImage(unlocked.size(), unlocked.format())
    blank.fill(Qt.GlobalColor.white)
    assert unlocked != blank  # something was drawn
    bottom = unlocked.copy(0, 200, 220, 100)
    empty_bottom = blank.copy(0, 200, 220, 100)
    assert bottom == empty_bottom  # and the clip was honoured
