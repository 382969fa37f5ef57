"""Checks on the letter as a whole: answers, numbering, metadata and the deadline.

These look at structure rather than text, so they are cheap (one pass over the questions)
and run in full on every check; the text checks are the expensive part and are cached.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import date

from answerletter.checks.findings import Finding, Location, Part, Severity
from answerletter.model import DocumentKind, Letter, Metadata
from answerletter.model.deadlines import answer_deadline
from answerletter.model.letter import Answer
from answerletter.model.wording import format_date, join_dutch

#: Years a zaaknummer may plausibly carry (the Kamer's system starts in the 2000s).
FIRST_ZAAK_YEAR = 2000
_ZAAKNUMMER = re.compile(r"^(?P<year>\d{4})Z\d{5}$")


def _number(letter: Letter, answer: Answer) -> int | None:
    if not answer.questions:
        return None
    return letter.question(answer.questions[0]).number


def answer_checks(letter: Letter) -> Iterator[Finding]:
    """Unanswered questions, empty answers and references that lead nowhere or ahead."""
    answer_of = letter.answer_of_question
    for question in letter.questions:
        if question.id not in answer_of:
            yield Finding(
                "unanswered",
                Severity.ERROR,
                f"Vraag {question.number} heeft nog geen antwoord.",
                f"Question {question.number} has no answer yet.",
                Location(Part.QUESTION, question.number, question.id, "text"),
            )
    position = letter.question_index
    for answer in letter.answers:
        number = _number(letter, answer)
        where = Location(Part.ANSWER, number, answer.id, "text")
        if answer.refers_to is None:
            if answer.text.is_empty():
                yield Finding(
                    "empty-answer",
                    Severity.ERROR,
                    f"Het antwoord op vraag {number} is leeg.",
                    f"The answer to question {number} is empty.",
                    where,
                )
            continue
        if answer.refers_to not in position:
            continue  # the model forbids this; the file reader reports it
        target_question = letter.question(answer.refers_to)
        target = answer_of.get(answer.refers_to)
        if target is None or (target.refers_to is None and target.text.is_empty()):
            if answer.text.is_empty():
                yield Finding(
                    "refers-to-unanswered",
                    Severity.ERROR,
                    f"Het antwoord op vraag {number} verwijst alleen naar vraag "
                    f"{target_question.number}, die zelf nog geen antwoord heeft.",
                    f"The answer to question {number} only refers to question "
                    f"{target_question.number}, which has no answer itself.",
                    where,
                )
        elif position[answer.refers_to] > position[answer.questions[-1]]:
            yield Finding(
                "refers-forward",
                Severity.WARNING,
                f"Het antwoord op vraag {number} verwijst naar het antwoord op vraag "
                f"{target_question.number}, dat pas later in de brief staat.",
                f"The answer to question {number} refers to the answer to question "
                f"{target_question.number}, which comes later in the letter.",
                where,
            )


def number_checks(letter: Letter) -> Iterator[Finding]:
    """Kamer numbers used twice, and numbers missing from the run 1..N."""
    counts = Counter(q.number for q in letter.questions)
    reported: set[int] = set()
    for question in letter.questions:
        if counts[question.number] > 1 and question.number not in reported:
            reported.add(question.number)
            yield Finding(
                "duplicate-number",
                Severity.ERROR,
                f"Vraagnummer {question.number} komt {counts[question.number]} keer voor.",
                f"Question number {question.number} occurs {counts[question.number]} times.",
                Location(Part.QUESTION, question.number, question.id, "number"),
            )
    if counts:
        missing = sorted(set(range(1, max(counts) + 1)) - set(counts))
        if missing:
            shown = [str(n) for n in missing[:10]] + (["…"] if len(missing) > 10 else [])
            nl = join_dutch(shown)
            en = join_dutch(shown, "and")
            yield Finding(
                "number-gap",
                Severity.WARNING,
                f"De nummering slaat {'vraag' if len(missing) == 1 else 'vragen'} {nl} over.",
                f"The numbering skips question{'s' if len(missing) > 1 else ''} {en}.",
                Location(Part.QUESTION, None, None, "number", nl),
            )


def _metadata_location(field: str, excerpt: str = "") -> Location:
    return Location(Part.METADATA, None, None, field, excerpt)


def metadata_checks(metadata: Metadata, today: date) -> Iterator[Finding]:
    """The zaaknummer, the dates, and the parts an export cannot do without."""
    reference = metadata.your_reference.strip()
    if reference:
        match = _ZAAKNUMMER.match(reference)
        if match is None:
            yield Finding(
                "zaaknummer",
                Severity.ERROR,
                f"\u201cUw referentie\u201d ({reference}) is geen zaaknummer van de vorm "
                "JJJJZnnnnn (zoals 2026Z09763).",
                f"\u201cUw referentie\u201d ({reference}) is not a zaaknummer of the form "
                "YYYYZnnnnn (such as 2026Z09763).",
                _metadata_location("your_reference", reference),
            )
        elif not FIRST_ZAAK_YEAR <= int(match["year"]) <= today.year + 1:
            yield Finding(
                "zaaknummer",
                Severity.ERROR,
                f"Het zaaknummer {reference} heeft een onwaarschijnlijk jaartal ({match['year']}).",
                f"The zaaknummer {reference} has an implausible year ({match['year']}).",
                _metadata_location("your_reference", reference),
            )
    signed, submitted = metadata.letter_date, metadata.submitted
    if signed is not None and submitted is not None and signed < submitted:
        yield Finding(
            "letter-date-before-submitted",
            Severity.ERROR,
            f"De brief is gedateerd op {format_date(signed)}, vóór de vragen werden "
            f"ingezonden ({format_date(submitted)}).",
            f"The letter is dated {format_date(signed)}, before the questions were submitted "
            f"({format_date(submitted)}).",
            _metadata_location("letter_date", signed.isoformat()),
        )
    if signed is not None and signed > today:
        yield Finding(
            "letter-date-future",
            Severity.WARNING,
            f"De datum van de brief ({format_date(signed)}) ligt in de toekomst.",
            f"The letter's date ({format_date(signed)}) is in the future.",
            _metadata_location("letter_date", signed.isoformat()),
        )
    if submitted is not None and submitted > today:
        yield Finding(
            "submitted-future",
            Severity.WARNING,
            f"De datum waarop de vragen zijn ingezonden ({format_date(submitted)}) ligt in de "
            "toekomst.",
            f"The submission date ({format_date(submitted)}) is in the future.",
            _metadata_location("submitted", submitted.isoformat()),
        )
    needed = [
        ("our_reference", not metadata.our_reference.strip(), "Onze referentie", "Onze referentie"),
        ("subject", not metadata.subject.strip(), "het onderwerp", "the subject"),
        (
            "signatories",
            not any(s.name.strip() for s in metadata.signatories),
            "de ondertekenaar",
            "the signer",
        ),
    ]
    if not metadata.members:
        # The offering sentence and the heading then leave the names out: say so here.
        yield Finding(
            "no-members",
            Severity.WARNING,
            "De brief noemt geen vragenstellers; de aanbiedingszin en de kop boven de vragen "
            "noemen dan niemand.",
            "The letter names no members who asked; the offering sentence and the heading "
            "above the questions then name nobody.",
            _metadata_location("members"),
        )
    for field, missing, nl, en in needed:
        if missing:
            yield Finding(
                "missing-part",
                Severity.ERROR,
                f"De brief mist {nl}; een export heeft het nodig.",
                f"The letter lacks {en}; an export needs it.",
                _metadata_location(field),
            )


def deadline_checks(letter: Letter, today: date) -> Iterator[Finding]:
    """The answer deadline passed without an uitstelbericht (or past the postponed one)."""
    if letter.kind is not DocumentKind.ANSWER_LETTER:
        yield from notice_checks(letter)
        return
    metadata = letter.metadata
    deadline = answer_deadline(metadata)
    if deadline is None:
        return
    answered = metadata.letter_date
    moment = answered if answered is not None else today
    late = (moment - deadline).days
    if late <= 0:
        return
    days_nl = "dag" if late == 1 else "dagen"
    days_en = "day" if late == 1 else "days"
    postponed = metadata.postponement is not None
    if answered is not None:
        if postponed:
            return  # answered after a postponement's expected date: no longer actionable
        yield Finding(
            "deadline-passed",
            Severity.INFO,
            f"De brief is {late} {days_nl} na de termijn ({format_date(deadline)}) gedateerd, "
            "zonder uitstelbericht.",
            f"The letter is dated {late} {days_en} after the deadline "
            f"({format_date(deadline)}), with no postponement notice.",
            _metadata_location("letter_date", format_date(deadline)),
        )
        return
    if postponed:
        nl = f"De termijn na het uitstel ({format_date(deadline)}) is {late} {days_nl} verstreken."
        en = f"The postponed deadline ({format_date(deadline)}) passed {late} {days_en} ago."
    else:
        nl = (
            f"De termijn ({format_date(deadline)}) is {late} {days_nl} verstreken en er is geen "
            "uitstelbericht gestuurd."
        )
        en = (
            f"The deadline ({format_date(deadline)}) passed {late} {days_en} ago and no "
            "postponement notice was sent."
        )
    yield Finding(
        "deadline-passed",
        Severity.WARNING,
        nl,
        en,
        _metadata_location("postponement", format_date(deadline)),
    )


def notice_checks(letter: Letter) -> Iterator[Finding]:
    """An uitstelbericht must say why (the Reglement van Orde asks for the reasons)."""
    postponement = letter.metadata.postponement
    if letter.body.offering is None and (postponement is None or not postponement.reason.strip()):
        yield Finding(
            "notice-reason",
            Severity.ERROR,
            "Het uitstelbericht noemt geen reden voor het uitstel.",
            "The postponement notice gives no reason for the delay.",
            _metadata_location("postponement"),
        )
