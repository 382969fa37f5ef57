"""Running the checks over a letter, again and again, redoing only what changed.

Letters are immutable values that share their unchanged parts, so a text that is the same
object as last time has the same findings: ``Checker`` keeps each text's scan with the text
it came from and rescans only texts that are new objects. The letter-wide checks (answers,
numbers, metadata) are single cheap passes and run every time.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from answerletter.checks.bodychecks import offering_checks
from answerletter.checks.findings import SEVERITY_RANK, Finding, Location, Part, Severity
from answerletter.checks.letterchecks import (
    answer_checks,
    deadline_checks,
    metadata_checks,
    number_checks,
)
from answerletter.checks.textscan import TEXT_FIELD, TextScan, scan_text
from answerletter.model import Letter, Metadata, Question, RichText
from answerletter.model.letter import Answer
from answerletter.pacing import give_way

# A cached item: the text scanned, the Kamer number it was reported under, its findings.
_Entry = tuple[RichText, int | None, tuple[Finding, ...], TextScan]


class Checker:
    """Checks successive versions of a letter; ``check`` returns every finding.

    One Checker per open document. Not thread-safe: call it from one thread at a time (the
    editor runs it on a worker thread, one check at a time).
    """

    def __init__(self) -> None:
        self._items: dict[tuple[str, str], _Entry] = {}
        self._questions: tuple[Question, ...] | None = None
        self._numbers: set[int] = set()
        self._question_block: list[Finding] = []
        self._answers: tuple[Answer, ...] | None = None
        self._structure: list[Finding] = []
        self._metadata: tuple[Metadata, date, list[Finding]] | None = None
        # State of the check in progress.
        self._same_questions = False
        self._previous: dict[tuple[str, str], _Entry] = {}
        self._current: dict[tuple[str, str], _Entry] = {}
        self._findings: list[Finding] = []
        self.rescanned = 0  # texts scanned by the last check (for tests and the benchmark)

    def check(self, letter: Letter, today: date | None = None) -> list[Finding]:
        today = today or date.today()
        self.rescanned = 0
        # Typing in an answer leaves the questions tuple itself untouched: then every
        # question's findings, the numbers and the numbering checks are as last time.
        self._same_questions = letter.questions is self._questions
        if not self._same_questions:
            self._numbers = {q.number for q in letter.questions}
        self._previous, self._current, self._findings = self._items, {}, []
        findings = self._findings
        body = letter.body
        if body.offering is not None:
            self._text(("body", "offering"), body.offering, Part.BODY, None, None)
        self._text(("body", "paragraphs"), body.paragraphs, Part.BODY, None, None)
        self._question_texts(letter)
        self._answer_texts(letter)
        self._items, self._previous = self._current, {}

        if not (self._same_questions and _same_structure(self._answers, letter.answers)):
            self._structure = [*answer_checks(letter), *number_checks(letter)]
        self._questions, self._answers = letter.questions, letter.answers
        findings.extend(self._structure)
        if self._metadata is None or self._metadata[:2] != (letter.metadata, today):
            self._metadata = (letter.metadata, today, list(metadata_checks(letter.metadata, today)))
        findings.extend(self._metadata[2])
        findings.extend(deadline_checks(letter, today))
        if body.offering is not None:
            findings.extend(offering_checks(body.offering.plain_text(), letter.metadata))
        self._findings = []
        return findings

    def _text(
        self, key: tuple[str, str], text: RichText, part: Part, number: int | None, item: str | None
    ) -> None:
        """The findings of one text: kept from last time, re-placed, or scanned afresh."""
        entry = self._previous.get(key)
        if entry is not None and entry[0] is text:
            if entry[1] == number and self._same_questions:
                self._current[key] = entry
                self._findings.extend(entry[2])
                return
            scan = entry[3]  # only the numbers moved: re-place, do not rescan
        else:
            give_way()  # on the checks' thread, to the user typing (see pacing)
            scan = scan_text(text)
            self.rescanned += 1
        field = key[1] if part is Part.BODY else TEXT_FIELD
        placed = tuple(_place(scan, part, number, item, field))
        if scan.references:
            placed += tuple(_references(scan, self._numbers, part, number, item, field))
        self._current[key] = (text, number, placed, scan)
        self._findings.extend(placed)

    def _question_texts(self, letter: Letter) -> None:
        if self._same_questions:
            self._findings.extend(self._question_block)
            for question in letter.questions:
                key = ("question", question.id)
                self._current[key] = self._previous[key]
            return
        start = len(self._findings)
        for question in letter.questions:
            key = ("question", question.id)
            self._text(key, question.text, Part.QUESTION, question.number, question.id)
        self._question_block = self._findings[start:]

    def _answer_texts(self, letter: Letter) -> None:
        previous, current, findings = self._previous, self._current, self._findings
        for answer in letter.answers:
            key = ("answer", answer.id)
            entry = previous.get(key)
            if self._same_questions and entry is not None and entry[0] is answer.text:
                current[key] = entry
                findings.extend(entry[2])
                continue
            number = letter.question(answer.questions[0]).number if answer.questions else None
            self._text(key, answer.text, Part.ANSWER, number, answer.id)


def _same_structure(old: tuple[Answer, ...] | None, new: tuple[Answer, ...]) -> bool:
    """True when the answer checks cannot differ between *old* and *new* (same questions):
    every answer covers the same questions, refers to the same one and is empty or not alike."""
    if old is new:
        return True
    if old is None or len(old) != len(new):
        return False
    for before, after in zip(old, new, strict=True):
        if before is after:
            continue
        if (
            before.id != after.id
            or before.questions != after.questions
            or before.refers_to != after.refers_to
            or before.text.is_empty() != after.text.is_empty()
        ):
            return False
    return True


def check_letter(letter: Letter, today: date | None = None) -> list[Finding]:
    """Every finding of *letter* (a one-off check; the editor keeps a Checker instead)."""
    return Checker().check(letter, today)


def _place(
    scan: TextScan, part: Part, number: int | None, item: str | None, main_field: str
) -> Iterable[Finding]:
    for found in scan.findings:
        where_part = Part.FOOTNOTE if found.in_footnote else part
        field = found.field if found.in_footnote else main_field
        yield Finding(
            found.check,
            found.severity,
            found.message_nl,
            found.message_en,
            Location(where_part, number, item, field, found.excerpt, found.start, found.end),
            found.fix,
        )


def _references(  # noqa: PLR0917 - a private helper with one call shape
    scan: TextScan,
    numbers: set[int],
    part: Part,
    number: int | None,
    item: str | None,
    field: str,
) -> Iterable[Finding]:
    for reference in scan.references:
        if reference.number in numbers:
            continue
        in_note = reference.field != TEXT_FIELD
        yield Finding(
            "unknown-question-reference",
            Severity.ERROR,
            f"\u201c{reference.excerpt}\u201d: de brief heeft geen vraag {reference.number}.",
            f"\u201c{reference.excerpt}\u201d: the letter has no question {reference.number}.",
            Location(
                Part.FOOTNOTE if in_note else part,
                number,
                item,
                reference.field if in_note else field,
                reference.excerpt,
                reference.start,
                reference.end,
            ),
        )


def sort_findings(letter: Letter, findings: Iterable[Finding]) -> list[Finding]:
    """Findings in reading order (letter-wide ones first), errors before warnings per place."""
    order = {item.id: i for i, item in enumerate(letter.presentation())}

    def key(finding: Finding) -> tuple[int, int, int, int]:
        where = finding.location
        position = order.get(where.item, -1) if where.item is not None else -1
        return (position, where.start or 0, SEVERITY_RANK[finding.severity], 0)

    return sorted(findings, key=key)


def is_blocking(finding: Finding) -> bool:
    """Errors and warnings make ``answerletter check`` fail; notes do not."""
    return finding.severity is not Severity.INFO
