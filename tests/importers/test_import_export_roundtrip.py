"""import(export(letter)) gives the letter back: structure, text, marks, footnotes, metadata.

The Word export (issue 12) writes the house-style document; the importer reads it like any
ministry letter. Letters are built here, through the model's operations.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from answerletter.exporters.docx import docx_bytes
from answerletter.importers import import_bytes
from answerletter.model import (
    Block,
    Footnote,
    ListKind,
    Marks,
    Member,
    Office,
    RichText,
    Run,
    Script,
    Signatory,
)
from answerletter.model import operations as ops
from answerletter.templates import example_letter


def roundtrip(letter):  # type: ignore[no-untyped-def]
    return import_bytes(docx_bytes(letter, page_count=3), "brief.docx")


def same(text: RichText) -> RichText:
    """The text with footnote ids set aside: the importer numbers them fn1, fn2, …"""
    return text.map_footnotes(lambda note: Footnote("fn", note.body))


def assert_same_letter(original, imported) -> None:  # type: ignore[no-untyped-def]
    assert [(q.number, same(q.text)) for q in imported.questions] == [
        (q.number, same(q.text)) for q in original.questions
    ]
    number_of = {q.id: q.number for q in original.questions}
    number_back = {q.id: q.number for q in imported.questions}

    def answers(letter, numbers):  # type: ignore[no-untyped-def]
        return [
            (
                [numbers[q] for q in a.questions],
                same(a.text),
                numbers[a.refers_to] if a.refers_to else None,
            )
            for a in letter.answers
        ]

    assert answers(imported, number_back) == answers(original, number_of)
    assert [n.body for n in imported.footnotes()] == [n.body for n in original.footnotes()]
    assert imported.metadata == original.metadata
    assert imported.body == original.body


def test_example_letter_roundtrip() -> None:
    letter = example_letter()
    result = roundtrip(letter)
    assert_same_letter(letter, result.letter)
    assert result.report.conflicts() == ()


def _rich_letter():  # type: ignore[no-untyped-def]
    letter = example_letter()
    metadata = replace(
        letter.metadata,
        members=(Member("Van der Berg", "CDA"), Member("Özdemir", "DENK"), Member("Jansen", "VVD")),
        addressed_to=(
            Office("minister", "Justitie en Veiligheid"),
            Office("staatssecretaris", "Infrastructuur en Waterstaat"),
        ),
        signatories=(Signatory(Office("minister", "Justitie en Veiligheid"), "A. de Vries"),),
        on_behalf_of=(Office("staatssecretaris", "Infrastructuur en Waterstaat"),),
        our_reference="6123456",
        your_reference="2025Z01234",
        letter_date=date(2025, 3, 4),
        submitted=date(2025, 2, 10),
        subject="de gevolgen van de storm «Eunice» voor de dijken",
    )
    letter = ops.set_metadata(letter, metadata)
    marked = RichText(
        (
            Block(
                (
                    Run("Het kabinet is "),
                    Run("niet", Marks(bold=True)),
                    Run(" van plan om "),
                    Run("ad hoc", Marks(italic=True)),
                    Run(" te handelen; zie CO"),
                    Run("2", Marks(script=Script.SUB)),
                    Run(" en "),
                    Run("de website", Marks(link="https://www.rijksoverheid.nl/")),
                    Run("."),
                    Footnote("n1", (Run("Kamerstuk 36 600 XII, nr. 42."),)),
                )
            ),
            Block((Run("eerste punt"),), ListKind.BULLET),
            Block((Run("tweede punt"),), ListKind.BULLET),
            Block((Run("Tot slot een gewone alinea."),)),
        )
    )
    first_answer = letter.answers[0].id
    return ops.set_answer_text(letter, first_answer, marked)


def test_rich_letter_roundtrip() -> None:
    letter = _rich_letter()
    result = roundtrip(letter)
    assert_same_letter(letter, result.letter)


@pytest.mark.parametrize("count", [1, 25])
def test_generated_letters_roundtrip(count: int) -> None:
    letter = example_letter()
    letter = replace(letter, questions=(), answers=())
    for n in range(1, count + 1):
        letter, qid = ops.insert_question(
            letter, len(letter.questions), text=RichText.plain(f"Is dit vraag {n}?")
        )
        letter, aid = ops.ensure_answer(letter, qid)
        letter = ops.set_answer_text(letter, aid, RichText.plain(f"Dit is antwoord {n}."))
    if count > 3:
        letter = ops.combine(letter, [letter.questions[1].id, letter.questions[2].id])
        letter = ops.refer(letter, letter.questions[4].id, letter.questions[0].id)
    result = roundtrip(letter)
    assert_same_letter(letter, result.letter)
