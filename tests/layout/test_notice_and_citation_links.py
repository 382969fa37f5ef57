"""The uitstelbericht typeset in the house style (one page), and citations as PDF links."""

from __future__ import annotations

from datetime import date

import pdfplumber
import pypdf
import pytest

from answerletter.checks.citation_links import link_runs
from answerletter.layout import LetterLayout, write_pdf
from answerletter.model import Answer, Block, Footnote, Letter, Marks, Question, RichText, Run
from answerletter.model.notice import make_notice
from answerletter.model.wording import format_date

MM = 72 / 25.4
REASON = "dat de interdepartementale afstemming meer tijd vergt"


@pytest.fixture(scope="module")
def notice(example) -> Letter:
    notice, _recorded = make_notice(example, date(2026, 6, 2), REASON, date(2026, 7, 10))
    return notice


@pytest.fixture(scope="module")
def notice_pdf(qapp, profile, notice, tmp_path_factory):
    layout = LetterLayout(notice, profile)
    path = tmp_path_factory.mktemp("notice") / "uitstel.pdf"
    write_pdf(layout, path)
    with pdfplumber.open(path) as pdf:
        yield layout, pdf


def _lines(page) -> list[str]:
    return [line["text"] for line in page.extract_text_lines()]


def test_the_notice_is_one_page(notice_pdf) -> None:
    layout, pdf = notice_pdf
    assert layout.page_count == len(pdf.pages) == 1


def test_the_notice_carries_the_standard_wording_with_reason_and_date(notice_pdf) -> None:
    _layout, pdf = notice_pdf
    text = " ".join(_lines(pdf.pages[0])).replace("\u00a0", " ")
    assert (
        "De vragen van de leden Westerveld en Piri (beiden GroenLinks-PvdA) over gesprekken die "
        "op EU-niveau worden gevoerd met de Taliban (ingezonden 13 mei 2026, 2026Z09763) kunnen "
        "tot mijn spijt niet binnen de gebruikelijke termijn van drie weken worden beantwoord. "
        "De reden van het uitstel is dat de interdepartementale afstemming meer tijd vergt."
    ) in text
    assert "Ik streef ernaar de vragen vóór 10 juli 2026 te beantwoorden." in text
    assert "Uitstel beantwoording Kamervragen over gesprekken die op EU-niveau" in text
    assert "De Minister van Asiel en Migratie," in text and "Bart van den Brink" in text
    assert "Vraag 1" not in text and "Pagina 1 van 1" in text


def test_the_notice_has_the_house_style_of_the_letter(notice_pdf, example_plumber) -> None:
    # Letterhead, reference column, Datum and Betreft stand where the answer letter has them.
    _layout, pdf = notice_pdf

    def where(page, text: str) -> tuple[float, float]:
        word = next(w for w in page.extract_words() if w["text"] == text)
        return round(word["x0"], 1), round(word["top"], 1)

    for word in ("Datum", "Betreft", "Retouradres", "referentie", "Ministerie"):
        assert where(pdf.pages[0], word) == where(example_plumber.pages[0], word), word
    datum_line = next(line for line in _lines(pdf.pages[0]) if line.startswith("Datum"))
    assert datum_line.replace("\u00a0", " ") == f"Datum {format_date(date(2026, 6, 2))}".replace(
        "\u00a0", " "
    )


def test_a_notice_for_several_signatories_speaks_as_we(example) -> None:
    from dataclasses import replace

    from answerletter.model import wording

    two = replace(example.metadata, signatories=example.metadata.signatories * 2, on_behalf_of=())
    notice, _ = make_notice(replace(example, metadata=two), date(2026, 6, 2))
    text = wording.offering(notice).plain_text()
    assert "tot onze spijt" in text
    assert "Wij streven ernaar de vragen zo spoedig mogelijk te beantwoorden." in text
    assert "De reden" not in text  # no reason given yet: no empty sentence


# -- citations as links --


def test_a_citation_split_over_runs_becomes_one_link_and_existing_links_stay() -> None:
    url = "https://example.org/"
    runs = [Run("Zie Kamerstuk "), Run("31 865", Marks(italic=True)), Run(", nr. 207 en "),
            Run("hier", Marks(link=url))]  # fmt: skip
    linked = link_runs(runs)
    target = "https://zoek.officielebekendmakingen.nl/kst-31865-207"
    assert [(r.text, r.marks.link) for r in linked] == [
        ("Zie ", None),
        ("Kamerstuk ", target),
        ("31 865", target),
        (", nr. 207", target),
        (" en ", None),
        ("hier", url),
    ]
    assert linked[2].marks.italic


def _uris(path) -> set[str]:
    reader = pypdf.PdfReader(path)
    return {
        annotation.get_object()["/A"]["/URI"]
        for page in reader.pages
        for annotation in page.get("/Annots", [])
        if annotation.get_object().get("/Subtype") == "/Link" and "/A" in annotation.get_object()
    }


def test_citations_are_links_in_the_pdf_but_not_in_the_letter(qapp, profile, tmp_path) -> None:
    note = Footnote("fn1", (Run("Aanhangsel Handelingen II 2023/24, nr. 1121"),))
    answer = RichText((Block((Run("Zie Kamerstuk 31 865, nr. 207 en 2024Z11859."), note)),))
    letter = Letter(
        questions=(Question("q1", 1, RichText.plain("Vraag?")),),
        answers=(Answer("a1", ("q1",), answer),),
    )
    path = tmp_path / "citaties.pdf"
    write_pdf(LetterLayout(letter, profile), path)
    assert _uris(path) >= {
        "https://zoek.officielebekendmakingen.nl/kst-31865-207",
        "https://zoek.officielebekendmakingen.nl/ah-tk-20232024-1121",
        "https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2024Z11859",
    }
    assert letter.answers[0].text.links() == ()  # derived at output time, never stored
