"""What a check reports: a finding with its check id, severity, messages and location."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(Enum):
    """How much a finding matters. Errors and warnings block a clean ``check`` run."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


#: Order for sorting and summaries: errors first.
SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


class Part(Enum):
    """The part of the letter a finding is in."""

    QUESTION = "question"
    ANSWER = "answer"
    FOOTNOTE = "footnote"
    BODY = "body"
    METADATA = "metadata"


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding is.

    *question* is the Kamer number of the question (for an answer: of the first question it
    covers), *item* the id of the question or answer the text belongs to (the stable handle
    the editor jumps to), *field* what in the part ("text", a footnote id, "offering",
    "your_reference" ...). *start*/*end* are offsets of *excerpt* in the field's plain text
    (``RichText.plain_text()``: blocks joined by a newline, footnote bodies left out; for a
    footnote, its own plain text).
    """

    part: Part
    question: int | None = None
    item: str | None = None
    field: str | None = None
    excerpt: str = ""
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """One defect (or note) a check found. *fix* is the mechanical replacement of *excerpt*,
    when there is one (the all-Latin spelling of a mixed-script word)."""

    check: str
    severity: Severity
    message_nl: str
    message_en: str
    location: Location
    fix: str | None = None

    def message(self, language: str = "nl") -> str:
        return self.message_nl if language.startswith("nl") else self.message_en

    @property
    def acceptance_key(self) -> tuple[str, str, str, str, str]:
        """What an acceptance is tied to: the check, the item, the part, the field and the
        excerpt. Offsets are left out so an acceptance survives edits elsewhere in the text."""
        where = self.location
        return (self.check, where.item or "", where.part.value, where.field or "", where.excerpt)
