"""Small letters for the checks' tests: everything an export needs, so only the defect shows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from answerletter.checks import Finding, check_letter
from answerletter.model import (
    Answer,
    Body,
    Letter,
    Member,
    Metadata,
    Office,
    Question,
    RichText,
    Signatory,
)

TODAY = date(2026, 5, 20)

GOOD_METADATA = Metadata(
    our_reference="7604726",
    your_reference="2026Z09763",
    subject="gesprekken met de Taliban",
    submitted=date(2026, 5, 13),
    members=(Member("Westerveld", "GroenLinks-PvdA"), Member("Piri", "GroenLinks-PvdA")),
    addressed_to=(Office("minister", "Asiel en Migratie"),),
    signatories=(Signatory(Office("minister", "Asiel en Migratie"), "Bart van den Brink"),),
)


def letter_with(
    answers: dict[int, str] | None = None,
    questions: dict[int, str] | None = None,
    metadata: Metadata = GOOD_METADATA,
    body: Body | None = None,
) -> Letter:
    """Questions 1..N (from *questions*, default two), each answered by *answers*' text."""
    questions = questions or {1: "Bent u bekend met het bericht?", 2: "Wat vindt u ervan?"}
    answers = dict.fromkeys(questions, "Ja.") if answers is None else answers
    return Letter(
        metadata=metadata,
        body=body or Body(),
        questions=tuple(Question(f"q{n}", n, RichText.plain(t)) for n, t in questions.items()),
        answers=tuple(Answer(f"a{n}", (f"q{n}",), RichText.plain(t)) for n, t in answers.items()),
    )


def found(letter: Letter, check: str, today: date = TODAY) -> list[Finding]:
    return [f for f in check_letter(letter, today) if f.check == check]


def with_metadata(letter: Letter, **changes: object) -> Letter:
    return replace(letter, metadata=replace(letter.metadata, **changes))  # type: ignore[arg-type]
