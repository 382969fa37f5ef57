"""Long runs of text without spaces: the typesetter inserts invisible break opportunities so
Qt breaks them in linear time, and no reader of the PDF sees them.

A 1-million-character word (a hostile file, or a pasted hash) must come out of the PDF exactly
as typed, broken over lines that stay inside the body column. Timing is the benchmark's
business (``bench/bench_hostile.py``); these tests prove the text and the geometry.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pikepdf
import pypdf
import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_tagged_pdf import _struct_text, _texts, expected_text

from answerletter.layout import LetterLayout, write_pdf
from answerletter.layout.breaks import BREAK_EVERY, ZERO_WIDTH_SPACE, with_breaks
from answerletter.model.letter import Answer, Letter, Question
from answerletter.model.richtext import Block, Marks, RichText, Run
from answerletter.templates import example_letter

from strategies import UNTIMED

MM = 72 / 25.4
_BREAKS = " \t\n\u2028\u2029\u200b"


def _word(length: int) -> str:
    """Lower-case letters without a repeat shorter than 26 (so a lost or doubled piece shows)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return "".join(letters[(index * 7) % 26] for index in range(length))


def _letter(answer: RichText) -> Letter:
    """The example letter's details with one question, answered by *answer*."""
    question = Question("q1", 1, RichText.plain("Hoe lang mag een woord zijn?"))
    return dataclasses.replace(
        example_letter(), questions=(question,), answers=(Answer("a1", ("q1",), answer),)
    )


def _reference(chunks: list[str]) -> str:
    """What the writer must produce, character by character: a zero-width space before the
    next character once BREAK_EVERY characters without a break have passed."""
    out: list[str] = []
    unbroken = 0
    for char in "".join(chunks):
        if char in _BREAKS:
            unbroken = 0
        elif unbroken == BREAK_EVERY:
            out.append(ZERO_WIDTH_SPACE)
            unbroken = 1
        else:
            unbroken += 1
        out.append(char)
    return "".join(out)


_pieces = st.lists(
    st.one_of(
        st.text(alphabet="ab \u200b", max_size=50),
        st.integers(0, 3 * BREAK_EVERY + 3).map(lambda n: "x" * n),
        st.sampled_from(["", " ", "y" * BREAK_EVERY, "z" * (BREAK_EVERY + 1)]),
    ),
    max_size=6,
)


@UNTIMED
@given(_pieces)
def test_breaks_follow_the_reference_over_any_split_into_runs(pieces):
    carry = 0
    written = []
    for piece in pieces:
        text, carry = with_breaks(piece, carry)
        written.append(text)
    assert "".join(written) == _reference(pieces)
    assert "".join(written).replace(ZERO_WIDTH_SPACE, "") == "".join(pieces).replace(
        ZERO_WIDTH_SPACE, ""
    ) or ZERO_WIDTH_SPACE in "".join(pieces)


def test_ordinary_text_is_left_alone():
    sentence = "Een gewone zin met woorden van gewone lengte. " * 100
    assert with_breaks(sentence) == (sentence, 0)
    assert with_breaks("kort")[0] == "kort"
    long_word = "a" * (BREAK_EVERY + 1)
    assert with_breaks(long_word)[0] == "a" * BREAK_EVERY + ZERO_WIDTH_SPACE + "a"


def _pypdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def _poppler_text(path: Path) -> str:
    """The text as poppler reads it (what PDF viewers copy); for a million characters pypdf
    takes minutes on a loaded machine (Qt places every glyph on its own)."""
    pdftotext = shutil.which("pdftotext")
    assert pdftotext, "poppler-utils (pdftotext) is needed; .ci/run installs it"
    command = [pdftotext, "-enc", "UTF-8", str(path), "-"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def _word_read_back(text: str) -> str:
    """The word between BEGIN and EINDE in a PDF's extracted *text*: its lines (whitespace
    removed, only lower-case letters between the sentinels), leaving out the letterhead,
    labels and page furniture between them."""
    lines: list[str] = []
    for line in text.split("\n"):
        joined = "".join(line.split())
        if re.fullmatch("(BEGIN)?[a-z]*(EINDE)?", joined):
            lines.append(joined)
    found = re.search("BEGIN([a-z]*)EINDE", "".join(lines))
    assert found, "the word's first or last line is missing"
    return found.group(1)


@pytest.fixture(scope="module")
def million_pdf(qapp, profile, tmp_path_factory) -> tuple[LetterLayout, Path, str]:
    word = _word(1_000_000)
    layout = LetterLayout(_letter(RichText((Block((Run(f"BEGIN{word}EINDE"),)),))), profile)
    path = tmp_path_factory.mktemp("long-words") / "million.pdf"
    write_pdf(layout, path)
    return layout, path, word


@pytest.mark.slow
def test_a_million_character_word_reads_back_exactly(million_pdf):
    _layout, path, word = million_pdf
    assert _word_read_back(_poppler_text(path)) == word


@pytest.mark.slow
def test_a_million_character_word_stays_in_the_column(million_pdf, profile):
    layout, path, _word_text = million_pdf
    left = profile.geometry.body_left * MM
    right = left + profile.geometry.body_width * MM
    # The reference column stands right of the body, 5 mm away: an overflowing line would
    # put letters in that gap.
    reference = profile.geometry.next_reference_column.x * MM
    assert reference > right + 10
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == layout.page_count > 200
        for index in (1, len(pdf.pages) // 2, len(pdf.pages) - 2):
            chars = [c for c in pdf.pages[index].chars if re.fullmatch("[a-z]", c["text"])]
            body = [c for c in chars if left - 1 <= c["x0"] < reference - 1]
            assert len(body) > 1000, f"page {index + 1}: too few letters of the word"
            assert max(c["x1"] for c in body) <= right + 0.5
            # Lines are filled: the longest line reaches close to the column's right edge.
            assert max(c["x1"] for c in body) > right - 10


def test_a_long_link_and_a_word_split_over_marks(qapp, profile, tmp_path):
    """A long link (its own tags and annotations) and a long word whose letters change
    formatting every few hundred characters (so no single run is long) are broken and read
    back whole."""
    url = "https://example.org/" + _word(5 * BREAK_EVERY)
    pieces = [_word(300)[index:] + _word(index) for index in range(12)]
    mixed = [
        Run(piece, Marks(bold=index % 2 == 1, italic=index % 3 == 0))
        for index, piece in enumerate(pieces)
    ]
    answer = RichText(
        (
            Block((Run("Zie "), Run(url, Marks(link=url)), Run("."))),
            Block((Run("BEGIN"), *mixed, Run("EINDE"))),
        )
    )
    layout = LetterLayout(_letter(answer), profile)
    path = tmp_path / "links.pdf"
    write_pdf(layout, path)
    text = _texts(_struct_text(path))
    assert ZERO_WIDTH_SPACE not in text
    assert text == expected_text(layout)
    assert _word_read_back(_pypdf_text(path)) == "".join(pieces)
    with pikepdf.open(path) as pdf:
        uris = {
            str(annotation.A.URI)
            for page in pdf.pages
            for annotation in page.obj.get("/Annots", [])
            if "/A" in annotation and "/URI" in annotation.A
        }
    assert url in uris


def test_broken_lines_are_as_full_as_qt_makes_them(qapp, profile):
    """Breaking a long word every BREAK_EVERY characters costs at most one short line per
    inserted break: the word takes hardly more lines than Qt's own (quadratic) breaking."""
    from PySide6.QtGui import QTextCursor, QTextDocument

    from answerletter.layout.fonts import make_font, resolve_family
    from answerletter.layout.units import mm, reference_device

    word = _word(20 * BREAK_EVERY)

    def lines(text: str) -> int:
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(make_font(resolve_family(profile.fonts.family), 11))
        document.documentLayout().setPaintDevice(reference_device())
        document.setTextWidth(mm(profile.geometry.body_width))
        QTextCursor(document).insertText(text)
        return document.firstBlock().layout().lineCount()

    own, broken = lines(word), lines(with_breaks(word)[0])
    inserted = with_breaks(word)[0].count(ZERO_WIDTH_SPACE)
    assert inserted == 19
    assert own <= broken <= own + inserted
