"""The exported PDF has the letter's layout: read back with pdfplumber and pypdf, not trusted."""

from __future__ import annotations

import re
from collections import defaultdict

import pypdf
import pytest

from answerletter import __version__
from answerletter.layout.units import DPI
from answerletter.model import wording
from answerletter.model.letter import Letter, Question
from answerletter.model.richtext import Footnote, ListKind, RichText, Run

MM = 72 / 25.4
LABEL_RE = re.compile(r"(Vraag \d+|Antwoord op vraag \d+(?:(?:, | en )\d+)*)")


def pts(dots: float) -> float:
    return dots * 72 / DPI


def lines_of(words: list[dict]) -> list[tuple[float, str, list[dict]]]:
    """Words grouped into text lines (by baseline), top to bottom."""
    rows: dict[int, list[dict]] = defaultdict(list)
    for word in words:
        rows[round(word["bottom"])].append(word)
    return [
        (bottom, " ".join(w["text"] for w in sorted(row, key=lambda w: w["x0"])), row)
        for bottom, row in sorted(rows.items())
    ]


def body_words(page, layout, index: int) -> list[dict]:
    """Words of the flowing text on page *index*: inside the body column, below its top and
    above the footnote area."""
    top = pts(layout.body_top(index)) - 2
    bottom = pts(layout.body_bottom - layout.pages[index].footnote_area)
    left = layout.profile.geometry.body_left * MM
    right = left + layout.profile.geometry.body_width * MM
    return [
        w
        for w in page.extract_words(extra_attrs=["size", "fontname"])
        if w["top"] >= top and w["bottom"] <= bottom + 1 and left - 6 <= w["x0"] < right
    ]


def test_page_count_matches_layout(example_plumber, example_layout, long_plumber, long_layout):
    assert len(example_plumber.pages) == example_layout.page_count == 4
    assert len(long_plumber.pages) == long_layout.page_count
    assert long_layout.page_count > 8


def _find(words: list[dict], text: str) -> dict:
    found = [w for w in words if w["text"] == text]
    assert found, f"{text!r} not on the page"
    return found[0]


def test_first_page_positions(example_plumber, profile):
    words = example_plumber.pages[0].extract_words()
    geometry = profile.geometry
    return_address = _find(words, "Retouradres")
    addressee = _find(words, "Voorzitter")
    assert return_address["bottom"] < addressee["top"]
    # Return address and addressee stand at their profile positions (1 mm tolerance).
    assert abs(_find(words, ">")["x0"] - geometry.return_address.x * MM) < MM
    assert abs(_find(words, "Aan")["x0"] - geometry.addressee.x * MM) < MM
    # The reference column lies right of the body column, at the profile's x.
    column_x = geometry.reference_column.x * MM
    body_right = (geometry.body_left + geometry.body_width) * MM
    for text in ("Onze", "Uw", "Turfmarkt", "7604726", "2026Z09763"):
        word = _find(words, text)
        assert abs(word["x0"] - column_x) < MM, text
        assert word["x0"] > body_right
    assert _find(words, "Onze")["top"] < _find(words, "Uw")["top"]
    # Datum before Betreft, both above the body; the body starts at the profile's left edge.
    datum, betreft = _find(words, "Datum"), _find(words, "Betreft")
    hierbij = _find(words, "Hierbij")
    assert datum["top"] < betreft["top"] < hierbij["top"]
    assert abs(datum["top"] - geometry.date_subject_top * MM) < 3
    assert abs(hierbij["x0"] - geometry.body_left * MM) < MM
    assert abs(datum["x0"] - geometry.body_left * MM) < MM
    assert hierbij["top"] >= geometry.first_body_top * MM - 1
    assert abs(_find(words, "10")["x0"] - (geometry.body_left + 19) * MM) < MM


@pytest.mark.parametrize("which", ["example", "long"])
def test_every_page_has_number_and_running_header(which, request, profile):
    pdf = request.getfixturevalue(f"{which}_plumber")
    letter: Letter = request.getfixturevalue("example" if which == "example" else "long_letter")
    count = len(pdf.pages)
    column_x = profile.geometry.next_reference_column.x * MM
    # The no-break space between day and month is drawn with the space glyph, and the PDF's
    # text gives it back as a space.
    date = wording.format_date(letter.metadata.letter_date).replace(wording.NO_BREAK_SPACE, " ")
    for index, page in enumerate(pdf.pages):
        text = " ".join(page.extract_text().split())
        assert f"Pagina {index + 1} van {count}" in text
        if index == 0:
            continue
        column = [w for w in page.extract_words() if w["x0"] > column_x - MM]
        lines = [line for _, line, _ in lines_of(column) if not line.startswith("Pagina")]
        # The unit (directorate) heads the column when the sender has one, as in real letters.
        unit = letter.metadata.sender.unit
        head = lines.index("Datum")
        assert " ".join(lines[:head]) == unit, index
        assert lines[head : head + 2] == ["Datum", date], index
        assert "Onze referentie" in lines and letter.metadata.our_reference in lines
        assert lines.index("Onze referentie") + 1 == lines.index(letter.metadata.our_reference)


def _marks_and_notes(page, layout, index):
    """Footnote reference marks in the body and footnote numbers starting in the footnote area."""
    geometry, fonts = layout.profile.geometry, layout.profile.fonts
    left = geometry.body_left * MM
    right = left + geometry.body_width * MM
    top = pts(layout.body_top(index)) - 2
    area_top = pts(layout.body_bottom - layout.pages[index].footnote_area)
    # A mark is a run of small digits (superscript) in the body column.
    small = [
        c
        for c in page.chars
        if top <= c["top"]
        and c["bottom"] <= area_top
        and left <= c["x0"] < right
        and c["size"] < fonts.body_size * 0.8
        and c["text"].isdigit()
    ]
    marks: list[int] = []
    previous = None
    for char in small:
        glued = previous is not None and abs(char["top"] - previous["top"]) < 0.5
        if glued and abs(char["x0"] - previous["x1"]) < 0.5:
            marks[-1] = marks[-1] * 10 + int(char["text"])
        else:
            marks.append(int(char["text"]))
        previous = char
    # A note starts with its number in superscript at the column's left edge (no indent).
    notes = [
        int(w["text"])
        for w in page.extract_words(extra_attrs=["size"])
        if w["top"] >= area_top - 2
        and abs(w["x0"] - left) < 1
        and w["text"].isdigit()
        and w["size"] < fonts.footnote_size * 0.8
        and w["bottom"] < pts(layout.body_bottom) + 1
    ]
    return marks, notes


@pytest.mark.parametrize("which", ["example", "long"])
def test_footnotes_on_the_page_of_their_mark(which, request):
    pdf = request.getfixturevalue(f"{which}_plumber")
    layout = request.getfixturevalue(f"{which}_layout")
    all_marks: list[int] = []
    for index, page in enumerate(pdf.pages):
        marks, notes = _marks_and_notes(page, layout, index)
        assert sorted(marks) == sorted(notes), f"page {index + 1}"
        all_marks.extend(marks)
    # Numbered in order through the whole letter.
    assert all_marks == list(range(1, len(layout.letter.footnotes()) + 1))
    assert all_marks


def test_no_page_ends_with_a_label(long_plumber, long_layout, example_plumber, example_layout):
    for pdf, layout in ((long_plumber, long_layout), (example_plumber, example_layout)):
        for index, page in enumerate(pdf.pages[:-1]):
            lines = lines_of(body_words(page, layout, index))
            assert lines, f"page {index + 1} has no text"
            assert not LABEL_RE.fullmatch(lines[-1][1]), f"page {index + 1}: {lines[-1][1]}"


def _marker(level: int, number: int) -> str:
    """The printed marker of a numbered list item: "1.", "a.", "i." by level."""
    if level % 3 == 1:
        return f"{chr(ord('a') + number - 1)}."
    if level % 3 == 2:
        return f"{['i', 'ii', 'iii', 'iv', 'v', 'vi'][number - 1]}."
    return f"{number}."


def _plain(text: RichText, counter: list[int]) -> str:
    """The printed text: runs, footnote numbers and numbered-list markers (bullets are
    drawn, not text)."""
    out: list[str] = []
    numbers: dict[int, int] = {}
    for block in text.blocks:
        if block.list_kind is None:
            numbers.clear()
        else:
            for deeper in [level for level in numbers if level > block.level]:
                del numbers[deeper]
            if block.list_kind is ListKind.NUMBER:
                numbers[block.level] = numbers.get(block.level, 0) + 1
                out.append(_marker(block.level, numbers[block.level]))
            else:
                numbers.pop(block.level, None)
        for item in block.content:
            if isinstance(item, Run):
                out.append(item.text)
            else:
                assert isinstance(item, Footnote)
                counter[0] += 1
                out.append(str(counter[0]))
        out.append(" ")
    return "".join(out)


def expected_flow_text(letter: Letter) -> str:
    """The flowing text of the letter in reading order, built from the model and wording."""
    counter = [0]
    parts = [_plain(wording.offering(letter), counter), _plain(letter.body.paragraphs, counter)]
    parts.append(letter.body.closing)
    for signatory in letter.metadata.signatories:
        parts.extend(wording.signature_lines(signatory))
    parts.append(wording.questions_heading(letter.metadata))
    for item in letter.presentation():
        if isinstance(item, Question):
            parts += [f"Vraag {item.number}", _plain(item.text, counter)]
        else:
            parts += [wording.answer_label(letter, item), wording.reference_sentence(letter, item)]
            parts.append(_plain(item.text, counter))
    return " ".join(parts)


def _squash(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("which", ["example", "long"])
def test_text_in_reading_order(which, request):
    pdf = request.getfixturevalue(f"{which}_plumber")
    layout = request.getfixturevalue(f"{which}_layout")
    extracted: list[str] = []
    geometry = layout.profile.geometry
    for index, page in enumerate(pdf.pages):
        bbox = (
            (geometry.body_left - 2) * MM,
            pts(layout.body_top(index)) - 2,
            (geometry.body_left + geometry.body_width + 2) * MM,
            pts(layout.body_bottom - layout.pages[index].footnote_area) + 1,
        )
        extracted.append(page.crop(bbox).extract_text(use_text_flow=True))
    assert _squash(" ".join(extracted)) == _squash(expected_flow_text(layout.letter))


def test_metadata_and_pdfa_markers(example_pdf, example):
    reader = pypdf.PdfReader(example_pdf)
    info = reader.metadata
    assert info["/Title"] == wording.betreft(example.metadata)
    assert info["/Author"] == example.metadata.sender.ministry
    assert info["/Creator"] == f"AnswerLetter {__version__}"
    xmp = reader.xmp_metadata.stream.get_data().decode()
    # PDF/A-1a (tagged) and PDF/UA-1, its schema declared as PDF/A-1 asks for extensions.
    assert 'pdfaid:part="1"' in xmp and 'pdfaid:conformance="A"' in xmp
    assert 'pdfuaid:part="1"' in xmp
    assert "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>" in xmp
    assert "Antwoorden Kamervragen" in xmp  # dc:title
    root = reader.trailer["/Root"]
    intents = root["/OutputIntents"]
    assert intents[0].get_object()["/S"] == "/GTS_PDFA1"
    assert root["/Lang"] == "nl-NL"
    assert root["/MarkInfo"]["/Marked"] == True  # noqa: E712 (a pypdf BooleanObject)
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712
    assert "/Filter" not in root["/Metadata"].get_object()  # PDF/A-1: XMP stays readable
    assert reader.pdf_header == "%PDF-1.4"


def _fonts(reader: pypdf.PdfReader):
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                yield descendant.get_object()


@pytest.mark.parametrize("which", ["example_pdf", "long_pdf"])
def test_all_fonts_embedded(which, request):
    reader = pypdf.PdfReader(request.getfixturevalue(which))
    fonts = list(_fonts(reader))
    assert fonts
    for font in fonts:
        descriptor = font["/FontDescriptor"].get_object()
        assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")), font


def test_links_are_clickable(example_pdf, example):
    reader = pypdf.PdfReader(example_pdf)
    uris = {
        annotation.get_object()["/A"]["/URI"]
        for page in reader.pages
        for annotation in page.get("/Annots", [])
        if annotation.get_object().get("/Subtype") == "/Link" and "/A" in annotation.get_object()
    }
    expected = set()
    for text in example.texts_in_reading_order():
        expected.update(text.links())
    assert expected and expected <= uris
