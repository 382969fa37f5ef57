"""The preview reads the letter as it is printed, page by page (issue 19 item 4): read
through Qt's accessibility interface, as a screen reader does, and checked against the
seed letter's text and against the words of each page of the PDF made from the same layout."""

from __future__ import annotations

import re

import pypdf
import pytest
from PySide6.QtGui import QAccessible

from answerletter.layout import LetterLayout
from answerletter.layout.output import write_pdf

from seed_letter import build_seed_letter


def read_preview(window) -> tuple[QAccessible, str]:
    """The preview's interface and its whole text, as a screen reader reads them now."""
    interface = QAccessible.queryAccessibleInterface(window.preview.scroll_area)
    text = interface.textInterface()
    assert text is not None
    return interface, text.text(0, text.characterCount())


def preview_text(window, qtbot) -> tuple[QAccessible, str]:
    """The same once the text is there: the layout worker makes the pages' texts from the
    first time a screen reader asks for them."""
    window.preview.refresh_now()
    qtbot.waitUntil(lambda: read_preview(window)[1] != "", timeout=30_000)
    return read_preview(window)


@pytest.fixture
def window(make_window):
    return make_window(build_seed_letter())


def test_the_preview_is_a_named_document_with_text(window, qtbot):
    interface, text = preview_text(window, qtbot)
    assert interface.role() == QAccessible.Role.Document
    assert interface.text(QAccessible.Text.Name) == "Preview"
    assert interface.text(QAccessible.Text.Description) == ("The letter as it is printed, 4 pages")
    assert text


def test_the_text_is_the_printed_letter_in_reading_order(window, qtbot):
    _, text = preview_text(window, qtbot)
    # From the seed letter (shared/samples/seed-letter-taliban.md), in the order printed:
    in_order = [
        "Ministerie van Asiel en Migratie",
        "Aan de Voorzitter van de Tweede Kamer",
        "Betreft",
        "Antwoorden Kamervragen over gesprekken die op EU-niveau worden gevoerd met de Taliban",
        "Pagina 1 van 4",
        "Hierbij bied ik u, mede namens de minister van Buitenlandse Zaken, de antwoorden aan",
        "Pagina 2 van 4",
        "Vraag 1",
        "met als doel om Afghananen mogelijk terug te sturen? [voetnoot 1]",
        "Antwoord op vraag 1",
        "Uw Kamer heeft een afschrift van deze brief ontvangen [voetnoot 2].",
        "voetnoot 1: Euractiv, 20 april 2026, 'EXCLUSIVE: Brussels to host Taliban in talks",
        "voetnoot 2: Joint letter from the undersigned ministers",
        "Pagina 3 van 4",
        "Antwoord op vraag 7 en 8",
        "Pagina 4 van 4",
        "Antwoord op vraag 11",
    ]
    positions = [text.find(part) for part in in_order]
    missing = [part for part, at in zip(in_order, positions, strict=True) if at < 0]
    assert missing == []
    assert positions == sorted(positions)
    assert "\ufffc" not in text  # no object characters from the structure markers


def words(text: str) -> list[str]:
    """Words for comparing with the PDF: runs of Latin letters only (PDF extraction splits
    and joins around numbers, punctuation, line ends and a change of script differently)."""
    return re.findall(r"[A-Za-zÀ-ÖØ-öø-ÿ]{3,}", text)


def test_each_page_reads_the_words_the_pdf_prints_on_it(window, qtbot, tmp_path):
    _, text = preview_text(window, qtbot)
    pages = text.split("\n\n")
    pdf = tmp_path / "seed.pdf"
    write_pdf(LetterLayout(build_seed_letter(), window.profile), pdf, pdfa=False, tagged=False)
    printed = [page.extract_text() for page in pypdf.PdfReader(pdf).pages]
    assert len(pages) == len(printed) == 4
    for number, (ours, theirs) in enumerate(zip(pages, printed, strict=True), start=1):
        # Our words: the PDF's, plus "voetnoot" where it prints a superscript number.
        assert sorted(w for w in words(ours) if w != "voetnoot") == sorted(words(theirs)), (
            f"page {number}"
        )


def test_the_text_follows_an_edit(window, qtbot):
    _, before = preview_text(window, qtbot)
    assert "Nieuwe zin voor de proef." not in before
    editor = window.editor_pane.answer_editor
    window.list_pane.select_ids([window.document.letter.questions[0].id])
    qtbot.waitUntil(lambda: window.editor_pane.current_id != "")
    editor.setFocus()
    editor.textCursor().insertText("Nieuwe zin voor de proef. ")
    qtbot.waitUntil(lambda: "Nieuwe zin voor de proef." in read_preview(window)[1], timeout=30_000)


def test_moving_the_caret_to_a_page_scrolls_the_preview_there(window, qtbot):
    interface, text = preview_text(window, qtbot)
    window.preview.set_zoom("100")
    bar = window.preview.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(0)
    offset = text.find("Pagina 3 van 4")
    interface.textInterface().setCursorPosition(offset)
    assert interface.textInterface().cursorPosition() == offset
    page_top = window.preview.pages.page_rect(2).top()
    assert bar.value() == min(bar.maximum(), page_top - 16)
    rect = interface.textInterface().characterRect(offset)
    assert rect.height() == window.preview.pages.page_rect(2).height()
