"""The letter part of a Word answer letter written by hand (not by our exporter): the
paragraphs a colleague added after the offering sentence, the closing formula, the
attachments under "Bijlage(n)" in the reference column, and an on-behalf portfolio whose
name holds a comma."""

from __future__ import annotations

import io

import docx

from answerletter.importers import import_bytes
from answerletter.model import Office


def _letter() -> bytes:
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    column = table.cell(0, 1)
    for text in ["Directie Jeugd", "", "Onze referentie", "5123456", "", "Bijlage(n)", "2", ""]:
        column.add_paragraph(text)
    column.add_paragraph("Correspondentie uitsluitend richten aan het retouradres.")
    for text in [
        "Aan de Voorzitter van de Tweede Kamer",
        "der Staten-Generaal",
        "Postbus 20018",
        "2500 EA DEN HAAG",
        "Datum 3 november 2026",
        "Hierbij bied ik u, mede namens de minister van Volksgezondheid, Welzijn en Sport, "
        "de antwoorden aan op de vragen van het lid Jansen (CDA) over de jeugdzorg.",
        "De beantwoording heeft langer geduurd dan gebruikelijk.",
        "Daarover is de Kamer eerder geïnformeerd.",
        "Met vriendelijke groet,",
        "De staatssecretaris van Jeugd, Preventie en Sport,",
        "Anna de Boer",
    ]:
        document.add_paragraph(text)
    for text, bold in [
        ("Vraag 1", True),
        ("Hoe lang zijn de wachtlijsten?", True),
        ("Antwoord op vraag 1", True),
        ("Gemiddeld twaalf weken.", False),
    ]:
        document.add_paragraph().add_run(text).bold = bold
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_letter_part_comes_in_whole() -> None:
    result = import_bytes(_letter(), "brief.docx")
    letter = result.letter
    assert [block.plain_text() for block in letter.body.paragraphs.blocks] == [
        "De beantwoording heeft langer geduurd dan gebruikelijk.",
        "Daarover is de Kamer eerder geïnformeerd.",
    ]
    assert letter.body.closing == "Met vriendelijke groet,"
    assert letter.metadata.attachments == ("2",)
    assert letter.metadata.sender.unit == "Directie Jeugd"
    assert letter.metadata.on_behalf_of == (
        Office("minister", "Volksgezondheid, Welzijn en Sport"),
    )
    skipped = [s.text for s in result.report.skipped]
    assert not any("beantwoording" in text or "groet" in text for text in skipped)
