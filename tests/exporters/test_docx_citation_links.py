"""Citations become real hyperlinks in the Word file too, derived at export time."""

from __future__ import annotations

from datetime import UTC, date, datetime

from answerletter.exporters.docx import write_docx
from answerletter.model import Answer, Block, Footnote, Letter, Question, RichText, Run

from docx_package import Package, q

NOW = datetime(2026, 7, 10, 9, 0, tzinfo=UTC)


def test_citations_in_text_and_footnotes_are_hyperlinks(tmp_path) -> None:
    note = Footnote("fn1", (Run("Aanhangsel Handelingen II 2023/24, nr. 1121"),))
    answer = RichText((Block((Run("Zie Kamerstuk 31 865, nr. 207."), note)),))
    letter = Letter(
        questions=(Question("q1", 1, RichText.plain("Vraag?")),),
        answers=(Answer("a1", ("q1",), answer),),
    )
    path = tmp_path / "brief.docx"
    write_docx(letter, path, page_count=1, now=NOW)
    package = Package.open(path)
    targets = {}
    for part in ("word/document.xml", "word/footnotes.xml"):
        relationships = package.relationships(part)
        for link in package.xml(part).iter(q("w:hyperlink")):
            targets["".join(link.itertext())] = relationships[link.get(q("r:id"))].get("Target")
    assert targets["Kamerstuk 31 865, nr. 207"] == (
        "https://zoek.officielebekendmakingen.nl/kst-31865-207"
    )
    assert targets["Aanhangsel Handelingen II 2023/24, nr. 1121"] == (
        "https://zoek.officielebekendmakingen.nl/ah-tk-20232024-1121"
    )


def test_the_postponement_notice_exports_to_word_with_its_wording(tmp_path) -> None:
    import docx

    from answerletter.model.notice import make_notice
    from answerletter.templates import example_letter

    notice, _ = make_notice(example_letter(), date(2026, 6, 2), "dat de afstemming meer tijd vergt")
    path = tmp_path / "uitstel.docx"
    write_docx(notice, path, page_count=1, now=NOW)
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs).replace("\u00a0", " ")
    assert "kunnen tot mijn spijt niet binnen de gebruikelijke termijn van drie weken" in text
    assert "De reden van het uitstel is dat de afstemming meer tijd vergt." in text
    assert "Ik streef ernaar de vragen zo spoedig mogelijk te beantwoorden." in text
    assert "Vraag 1" not in text
