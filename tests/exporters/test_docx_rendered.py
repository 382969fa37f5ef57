"""The exported .docx as a real word processor renders it: LibreOffice, headless, to PDF.

Checked on the example and on a generated 60-question letter: the body text in the model's
order, each footnote on the page of its mark, "Pagina N van M" on every page, and the page
count within one of our own PDF's. CI installs LibreOffice (libreoffice-writer-nogui).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pypdf
import pytest

from answerletter.exporters.docx import write_docx
from answerletter.layout import LetterLayout, load_profile, write_pdf
from answerletter.model import wording
from answerletter.model.letter import Letter
from answerletter.model.synthetic import generate_letter
from answerletter.templates import example_letter

from expected_text import flow_paragraphs

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")

PROFILE = load_profile()
BODY_SIZE = PROFILE.fonts.body_size
NOTE_SIZE = PROFILE.fonts.footnote_size
SMALL_SIZE = PROFILE.fonts.small_size
PT_PER_MM = 72 / 25.4
#: The body column ends here; the reference column starts further right.
COLUMN_RIGHT = (PROFILE.geometry.body_left + PROFILE.geometry.body_width) * PT_PER_MM
NOTE_NUMBER_X = (PROFILE.geometry.body_left + 1) * PT_PER_MM
#: Hang guard only: a conversion takes seconds; nothing waits for this to pass.
HANG_GUARD = 900


@dataclass
class Rendered:
    letter: Letter
    pdf: Path
    our_pages: int


def _convert(files: list[Path], out: Path, profile_dir: Path) -> None:
    """One headless LibreOffice run for all files, with a profile of its own (a user's
    running LibreOffice or another test run cannot interfere)."""
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile_dir.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *map(str, files),
        ],
        check=True,
        capture_output=True,
        timeout=HANG_GUARD,
    )


@pytest.fixture(scope="module")
def rendered(qapp, tmp_path_factory) -> dict[str, Rendered]:
    folder = tmp_path_factory.mktemp("rendered")
    letters = {"example": example_letter(), "sixty": generate_letter(60, seed=12)}
    pages: dict[str, int] = {}
    for name, letter in letters.items():
        layout = LetterLayout(letter, PROFILE)
        write_pdf(layout, folder / f"{name}-ours.pdf")
        pages[name] = len(pypdf.PdfReader(folder / f"{name}-ours.pdf").pages)
        write_docx(letter, folder / f"{name}.docx", page_count=layout.page_count, profile=PROFILE)
    out = folder / "pdf"
    _convert([folder / f"{name}.docx" for name in letters], out, folder / "lo-profile")
    return {
        name: Rendered(letter, out / f"{name}.pdf", pages[name]) for name, letter in letters.items()
    }


#: What Word's list numbering prints before an item: bullets, "1.", "b.", "iv.".
LIST_LABEL = re.compile(r"^(?:[•–]|\d+\.|[a-z]\.|[ivx]+\.)$")


@dataclass
class Page:
    body: list[dict]
    marks: list[str]
    note_numbers: list[str]
    note_text: str
    column: str
    text: str

    def body_text(self) -> tuple[str, int]:
        """The body words in reading order without the list labels, and how many labels."""
        words, labels, line_top = [], 0, None
        for word in self.body:
            first_on_line = line_top is None or abs(word["top"] - line_top) > 2
            line_top = word["top"]
            if first_on_line and LIST_LABEL.match(word["text"]):
                labels += 1
                continue
            words.append(word["text"])
        return " ".join(words), labels


def _pages(path: Path) -> list[Page]:
    pages = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            words = page.extract_words(extra_attrs=["size"])
            note_tops = [w["top"] for w in words if abs(w["size"] - NOTE_SIZE) < 0.3]
            body, marks, numbers, notes, column = [], [], [], [], []
            for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
                size, x = word["size"], word["x0"]
                if x >= COLUMN_RIGHT:
                    column.append(word["text"])  # the reference column and the page number
                elif abs(size - BODY_SIZE) < 0.3:
                    body.append(word)
                elif abs(size - NOTE_SIZE) < 0.3:
                    notes.append(word["text"])
                elif size < SMALL_SIZE - 0.5 and word["text"].isdigit():
                    beside_note = any(abs(word["top"] - top) < 3 for top in note_tops)
                    if beside_note and x < NOTE_NUMBER_X:
                        numbers.append(word["text"])
                    else:
                        marks.append(word["text"])
            text = " ".join((page.extract_text() or "").split())
            column_text = " ".join(column).replace("\u00a0", " ")
            pages.append(Page(body, marks, numbers, " ".join(notes), column_text, text))
    return pages


def _squeeze(text: str) -> str:
    """Text without whitespace: line breaks and hyphenated line ends cannot matter."""
    return re.sub(r"\s+", "", text)


def _expected_body(letter: Letter) -> str:
    metadata = letter.metadata
    date = wording.format_date(metadata.letter_date) if metadata.letter_date else ""
    parts = [
        *metadata.addressee,
        "Datum",
        date,
        "Betreft",
        wording.betreft(metadata),
        *flow_paragraphs(letter),
    ]
    return _squeeze("".join(parts))


@pytest.mark.parametrize("name", ["example", "sixty"])
def test_rendered_text_is_the_letter_in_order(rendered, name):
    result = rendered[name]
    pages = _pages(result.pdf)
    texts, labels = zip(*(page.body_text() for page in pages), strict=True)
    assert _squeeze("".join(texts)) == _expected_body(result.letter)
    # Word numbers the lists itself: one label per list item of the model.
    items = sum(
        1 for text in result.letter.texts_in_reading_order() for b in text.blocks if b.list_kind
    )
    assert sum(labels) == items


@pytest.mark.parametrize("name", ["example", "sixty"])
def test_every_footnote_is_on_the_page_of_its_mark(rendered, name):
    result = rendered[name]
    pages = _pages(result.pdf)
    notes = result.letter.footnotes()
    assert notes, "the letter should have footnotes"
    seen: list[str] = []
    for page in pages:
        assert page.marks == page.note_numbers, page.text[:80]
        seen.extend(page.marks)
        for number in page.note_numbers:
            start = _squeeze(notes[int(number) - 1].plain_text())[:25]
            assert start in _squeeze(page.note_text)
    assert seen == [str(n) for n in range(1, len(notes) + 1)]


@pytest.mark.parametrize("name", ["example", "sixty"])
def test_page_numbers_and_running_header_on_every_page(rendered, name):
    result = rendered[name]
    pages = _pages(result.pdf)
    count = len(pages)
    metadata = result.letter.metadata
    for number, page in enumerate(pages, start=1):
        assert page.column.endswith(f"Pagina {number} van {count}")
        if number > 1:
            date = wording.format_date(metadata.letter_date).replace("\u00a0", " ")
            assert f"Datum {date} Onze referentie {metadata.our_reference}" in page.column
    assert "Uw referentie" in pages[0].column
    assert not any("Uw referentie" in page.column for page in pages[1:])


@pytest.mark.parametrize("name", ["example", "sixty"])
def test_page_count_is_within_one_of_our_pdf(rendered, name):
    result = rendered[name]
    assert abs(len(pypdf.PdfReader(result.pdf).pages) - result.our_pages) <= 1


def _positions(path: Path, texts: tuple[str, ...]) -> dict[str, tuple[float, float]]:
    """Millimetres from the top-left corner of page 1 of the first word with each text."""
    with pdfplumber.open(path) as pdf:
        words = pdf.pages[0].extract_words()
    found = {}
    for text in texts:
        word = next(w for w in words if w["text"] == text)
        found[text] = (word["x0"] / PT_PER_MM, word["top"] / PT_PER_MM)
    return found


def test_first_page_places_everything_where_our_pdf_has_it(rendered):
    # The first word of each part: ministry, return address, addressee, reference column,
    # Onze referentie, correspondence note, Datum, Betreft, offering, signature.
    texts = ("Ministerie", ">", "Aan", "Turfmarkt", "7604726", "Correspondentie", "Datum",
             "Betreft", "Hierbij", "Bart")  # fmt: skip
    ours = _positions(rendered["example"].pdf.parent.parent / "example-ours.pdf", texts)
    word_processor = _positions(rendered["example"].pdf, texts)
    for text in texts:
        (x, y), (their_x, their_y) = ours[text], word_processor[text]
        assert abs(x - their_x) < 1.5 and abs(y - their_y) < 1.5, (
            text,
            ours[text],
            their_x,
            their_y,
        )
