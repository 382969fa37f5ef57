"""House-style details measured against real letters: text that copies as typed, footnotes,
links, the column, the signature space, the reference column, the letterhead and the logo."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pikepdf
import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from answerletter.layout import LetterLayout, write_pdf
from answerletter.model import wording
from answerletter.model.letter import Answer, Letter, Question
from answerletter.model.richtext import Block, Footnote, Marks, RichText, Run

MM = 72 / 25.4
LIGATURE_WORDS = "specifiek officieel affaire fluïde efficiënt afflictie fjord Waffle"
LIGATURES = re.compile("[\ufb00-\ufb06]")


def _text(*runs: Run | Footnote) -> RichText:
    return RichText((Block(tuple(runs)),))


def _letter(example: Letter, question: RichText, answer: RichText, **sender: str) -> Letter:
    metadata = dataclasses.replace(
        example.metadata, sender=dataclasses.replace(example.metadata.sender, **sender)
    )
    q = Question(id="q1", number=1, text=question)
    a = Answer(id="a1", questions=("q1",), text=answer)
    return dataclasses.replace(example, metadata=metadata, questions=(q,), answers=(a,))


def _export(layout: LetterLayout, path: Path) -> Path:
    write_pdf(layout, path)
    return path


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_no_ligatures_reach_the_pdf(qapp, profile, example, tmp_path):
    letter = _letter(
        example, _text(Run(f"Vraag over {LIGATURE_WORDS}?")), _text(Run(f"Ja: {LIGATURE_WORDS}."))
    )
    pdf = _export(LetterLayout(letter, profile), tmp_path / "liga.pdf")
    text = _squash(" ".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages))
    assert not LIGATURES.search(text)
    assert f"Vraag over {LIGATURE_WORDS}?" in text
    assert f"Ja: {LIGATURE_WORDS}." in text


def test_example_text_copies_as_typed(example_pdf):
    text = _squash(" ".join(page.extract_text() for page in pypdf.PdfReader(example_pdf).pages))
    assert not LIGATURES.search(text)
    # The example's own "specifiek" (question 6), once "speci\ufb01ek".
    assert "specifiek voor bijvoorbeeld" in text


def _note_letter(example: Letter) -> Letter:
    note = Footnote(
        "n1",
        (
            Run("Kamerstuk 31 865, nr. 207, zie "),
            Run("https://x.nl/a", Marks(link="https://x.nl/a")),
        ),
    )
    question = _text(
        Run("Kent u het bericht"),
        note,
        Run("? Zie "),
        Run("de site", Marks(link="https://example.org/")),
        Run("."),
    )
    return _letter(example, question, _text(Run("Ja.")))


@pytest.fixture(scope="module")
def note_pdf(qapp, profile, example, tmp_path_factory):
    layout = LetterLayout(_note_letter(example), profile)
    path = _export(layout, tmp_path_factory.mktemp("notes") / "notes.pdf")
    return layout, path


def test_footnote_is_8pt_with_a_superscript_number_and_no_indent(note_pdf, profile):
    _layout, path = note_pdf
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[1]
        words = page.extract_words(extra_attrs=["size"])
    left = profile.geometry.body_left * MM
    kamerstuk = next(w for w in words if w["text"] == "Kamerstuk")
    assert kamerstuk["size"] == pytest.approx(8.0, abs=0.05)
    number = next(w for w in words if w["text"] == "1" and abs(w["top"] - kamerstuk["top"]) < 4)
    # The number stands at the column's edge, smaller and raised; the text follows it at
    # once (one space), not at a 4 mm indent.
    assert abs(number["x0"] - left) < 0.5
    assert number["size"] < 8.0 * 0.8
    assert number["bottom"] < kamerstuk["bottom"] - 1
    assert 0 < kamerstuk["x0"] - number["x1"] < 3.5


def _links(path: Path) -> list[tuple[int, dict]]:
    reader = pypdf.PdfReader(path)
    return [
        (index, annotation.get_object())
        for index, page in enumerate(reader.pages)
        for annotation in page.get("/Annots", [])
        if annotation.get_object().get("/Subtype") == "/Link"
    ]


def test_footnote_mark_links_to_its_note(note_pdf):
    _layout, path = note_pdf
    reader = pypdf.PdfReader(path)
    dests = reader.named_destinations
    internal = [(index, link) for index, link in _links(path) if "/Dest" in link]
    assert len(internal) == 1
    index, link = internal[0]
    target = dests[str(link["/Dest"])]
    # The destination is the note at the bottom of the same page, the mark near the top.
    assert reader.get_destination_page_number(target) == index
    # (PDF y runs upwards: the notes stand in the bottom 60 mm, the mark in the top half.)
    assert float(target.top) < 60 * MM
    assert float(link["/Rect"][1]) > 297 / 2 * MM


def test_links_print_black_and_stay_clickable(note_pdf):
    _, path = note_pdf
    uris = {str(link["/A"]["/URI"]) for _, link in _links(path) if "/A" in link}
    # The typed citation "Kamerstuk 31 865, nr. 207" and the zaaknummer in the offering
    # sentence become links to their pages too.
    assert uris == {
        "https://x.nl/a",
        "https://example.org/",
        "https://zoek.officielebekendmakingen.nl/kst-31865-207",
        "https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2026Z09763",
    }
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[1]
        chars = [c for c in page.chars if c["text"].strip()]
        site = [w for w in page.extract_words() if w["text"].startswith("site")]
        lines = [line for line in page.lines if line["top"] > site[0]["top"] - 1]
    colours = {tuple(c["non_stroking_color"] or (0,)) for c in chars}
    assert colours <= {(0,), (0, 0, 0), (0.0,), (0.0, 0.0, 0.0)}
    # No underline under the link text (the footnote rule is the only line, further down).
    assert all(line["top"] > site[0]["bottom"] + 20 for line in lines)


def test_column_is_as_wide_and_as_deep_as_in_real_letters(long_plumber, long_layout):
    right = (27 + 126) * MM
    bottom = 272 * MM
    widest = max(
        w["x1"]
        for page in long_plumber.pages[1:]
        for w in page.extract_words()
        if w["x0"] < 150 * MM
    )
    deepest = max(
        w["bottom"]
        for index, page in enumerate(long_plumber.pages)
        for w in page.extract_words()
        if w["x0"] < 150 * MM and not long_layout.pages[index].footnotes
    )
    # Lines run past the old 126 mm column and pages past the old 272 mm bottom.
    assert right < widest <= (27 + 132) * MM + 1
    assert bottom < deepest <= 277 * MM + 1


def test_four_blank_lines_for_the_signature(example_plumber, example):
    words = example_plumber.pages[0].extract_words()
    office, name = wording.signature_lines(example.metadata.signatories[0])
    office_word = next(w for w in words if w["text"] == office.split()[-1])
    name_word = next(w for w in words if w["text"] == name.split()[0])
    # Baselines five lines of 12 pt apart: four blank lines between them.
    assert name_word["bottom"] - office_word["bottom"] == pytest.approx(60, abs=0.5)


def _column_lines(page, x: float) -> list[str]:
    rows: dict[int, list[dict]] = {}
    for word in page.extract_words(extra_attrs=["fontname"]):
        if word["x0"] > x - MM and word["top"] < 270 * MM:
            rows.setdefault(round(word["top"]), []).append(word)
    return [" ".join(w["text"] for w in row) for _, row in sorted(rows.items())]


def test_reference_column_starts_with_the_unit(qapp, profile, example, tmp_path):
    x = profile.geometry.reference_column.x * MM
    with_unit = _letter(
        example, _text(Run("Vraag?")), _text(Run("Ja.")), unit="Directie Migratiebeleid"
    )
    path = _export(LetterLayout(with_unit, profile), tmp_path / "unit.pdf")
    with pdfplumber.open(path) as pdf:
        assert _column_lines(pdf.pages[0], x)[0] == "Directie Migratiebeleid"
        bold = [
            w
            for w in pdf.pages[0].extract_words(extra_attrs=["fontname"])
            if w["text"] == "Migratiebeleid"
        ]
        assert "Bold" in bold[0]["fontname"]
        # The running header repeats it above Datum.
        assert _column_lines(pdf.pages[1], x)[:2] == ["Directie Migratiebeleid", "Datum"]


def test_reference_column_without_unit_has_no_ministry_heading(example_plumber, profile, example):
    x = profile.geometry.reference_column.x * MM
    lines = _column_lines(example_plumber.pages[0], x)
    assert lines[0] == example.metadata.sender.visiting_address[0]
    assert not any("Ministerie" in line for line in lines)


def test_ministry_name_on_the_letterhead_baseline(example_plumber, example):
    page = example_plumber.pages[0]
    first = example.metadata.sender.ministry.split()[0]
    word = next(w for w in page.extract_words() if w["text"] == first)
    char = next(c for c in page.chars if c["x0"] == word["x0"] and c["top"] == word["top"])
    baseline = float(page.height) - char["matrix"][5]
    assert baseline == pytest.approx(28.6 * MM, abs=0.3)
    assert char["size"] == pytest.approx(10.0, abs=0.05)


def test_export_says_once_when_no_logo_is_configured(qapp, example, tmp_path):
    letter_file = tmp_path / "brief.kvb"
    from answerletter.fileformat import save_letter

    save_letter(example, letter_file)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "answerletter",
            "export",
            str(letter_file),
            "-o",
            str(tmp_path / "a.pdf"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("logo") >= 1
    assert len(result.stderr.strip().splitlines()) == 1


def _logo_png(path: Path) -> QImage:
    image = QImage(40, 100, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    for y in range(100):
        for x in range(40):
            if (x // 5 + y // 5) % 2:
                image.setPixelColor(x, y, QColor(21, 66, 115))
    assert image.save(str(path))
    return image


def test_png_logo_stays_lossless(qapp, profile, example, tmp_path):
    _logo_png(tmp_path / "logo.png")
    with_logo = dataclasses.replace(profile, logo=str(tmp_path / "logo.png"))
    layout = LetterLayout(example, with_logo)
    path = tmp_path / "logo.pdf"
    assert write_pdf(layout, path) == []
    with pikepdf.open(path) as pdf:
        images = [
            obj
            for obj in pdf.pages[0].Resources.XObject.values()
            if obj.get("/Subtype") == "/Image"
        ]
        assert len(images) == 1
        image = images[0]
        assert image.get("/Filter") != "/DCTDecode"
        assert "/SMask" not in image  # PDF/A-1: no transparency
        assert (int(image.Width), int(image.Height)) == (40, 100)
        samples = image.read_bytes()
    # Exact pixels: the checkerboard's blue and the transparent squares flattened on white.
    assert samples[:3] == bytes((255, 255, 255))
    assert samples[5 * 3 : 5 * 3 + 3] == bytes((21, 66, 115))
    assert set(samples) == {255, 21, 66, 115}


def test_svg_logo_is_drawn_as_vectors(qapp, profile, example, tmp_path):
    svg = tmp_path / "logo.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="13mm" height="37mm" viewBox="0 0 13 37">'
        '<rect width="13" height="37" fill="#154273"/></svg>',
        encoding="utf-8",
    )
    layout = LetterLayout(example, dataclasses.replace(profile, logo=str(svg)))
    path = tmp_path / "svg.pdf"
    assert write_pdf(layout, path) == []
    with pikepdf.open(path) as pdf:
        xobjects = pdf.pages[0].Resources.get("/XObject", {})
        assert not [o for o in xobjects.values() if o.get("/Subtype") == "/Image"]
    with pdfplumber.open(path) as plumber:
        rects = [r for r in plumber.pages[0].rects if r["top"] < 40 * MM]
    assert rects and rects[0]["x0"] == pytest.approx(98.5 * MM, abs=1)
