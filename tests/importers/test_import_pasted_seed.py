"""The seed letter's question block, pasted as text, gives its eleven questions, members and
zaaknummer; the combined answer and the reference come along."""

from __future__ import annotations

import pytest

from answerletter.importers import import_text
from answerletter.model import Member, Office

from import_samples import sample


@pytest.fixture
def question_block() -> str:
    seed = sample("seed-letter-taliban.md").read_text(encoding="utf-8")
    return seed[seed.index("**Vragen van de leden Westerveld") :]


def test_seed_question_block(question_block: str) -> None:
    result = import_text(question_block)
    letter = result.letter
    meta = letter.metadata
    assert [q.number for q in letter.questions] == list(range(1, 12))
    assert meta.members == (
        Member("Westerveld", "GroenLinks-PvdA"),
        Member("Piri", "GroenLinks-PvdA"),
    )
    assert meta.your_reference == "2026Z09763"
    assert meta.addressed_to == (
        Office("minister", "Asiel en Migratie"),
        Office("minister", "Buitenlandse Zaken"),
    )
    assert meta.subject == "gesprekken die op EU-niveau worden gevoerd met de Taliban"
    assert (
        letter.questions[8].text.plain_text()
        == "Ziet u de Taliban als een normale gesprekspartner?"
    )
    number = {q.id: q.number for q in letter.questions}
    groups = [[number[q] for q in a.questions] for a in letter.answers]
    assert groups == [[1], [2], [3], [4], [5], [6], [7, 8], [9], [10], [11]]
    five = letter.answers[4]
    assert five.refers_to is not None and number[five.refers_to] == 4
    assert five.text.is_empty()
    # "[1]" after question 1 is the Euractiv note at the end of the block.
    note = letter.questions[0].text.footnotes()
    assert len(note) == 1 and note[0].plain_text().startswith("Euractiv, 20 april 2026")


def test_seed_question_block_without_labels_is_numbered_in_order(question_block: str) -> None:
    # Questions copied without their "Vraag N" lines (lost automatic numbering).
    lines = [line for line in question_block.splitlines() if line.startswith("**") and "?" in line]
    heading = question_block.splitlines()[0]
    text = "\n\n".join([heading, *(line.strip("* ") for line in lines)])
    result = import_text(text)
    assert [q.number for q in result.letter.questions] == list(range(1, 12))
    assert any("no visible numbers" in n for n in result.report.notes)
