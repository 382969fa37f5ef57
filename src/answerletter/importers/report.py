"""The import report: what was recognised, from where, how sure, and what was left out.

Plain values so the command line prints them (``to_text``, ``to_json``) and the GUI shows
them; ``apply_candidate`` lets the user pick another value of a conflicting field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date
from enum import Enum
from typing import Any

from answerletter.model import Letter, Metadata
from answerletter.model.wording import format_date


class Status(Enum):
    RECOGNISED = "recognised"
    GUESSED = "guessed"
    CONFLICT = "conflict"


class Source(Enum):
    """Where a value was read, strongest first: the printed page wins over headers, headers
    over document properties, those over the file name."""

    BODY = "body text"
    HEADER = "page header"
    PROPERTY = "document property"
    FILE_NAME = "file name"


@dataclass(frozen=True, slots=True)
class Candidate:
    value: str
    source: Source


@dataclass(frozen=True, slots=True)
class FieldReport:
    """One metadata field: the value used, its source, and every value found."""

    name: str
    label: str
    value: str
    source: Source
    status: Status
    candidates: tuple[Candidate, ...] = ()
    note: str = ""


@dataclass(frozen=True, slots=True)
class Skipped:
    """Text that belongs to no question or answer, with where it stood."""

    text: str
    where: str


@dataclass(frozen=True)
class ImportReport:
    source_name: str
    kind: str
    fields: tuple[FieldReport, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    questions: int = 0
    answers: int = 0
    footnotes: int = 0
    notes: tuple[str, ...] = field(default_factory=tuple)

    def field(self, name: str) -> FieldReport | None:
        return next((f for f in self.fields if f.name == name), None)

    def conflicts(self) -> tuple[FieldReport, ...]:
        return tuple(f for f in self.fields if f.status is Status.CONFLICT)

    def guesses(self) -> tuple[FieldReport, ...]:
        return tuple(f for f in self.fields if f.status is Status.GUESSED)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source_name,
            "kind": self.kind,
            "counts": {
                "questions": self.questions,
                "answers": self.answers,
                "footnotes": self.footnotes,
            },
            "fields": [
                {
                    "name": f.name,
                    "label": f.label,
                    "value": f.value,
                    "source": f.source.value,
                    "status": f.status.value,
                    "candidates": [
                        {"value": c.value, "source": c.source.value} for c in f.candidates
                    ],
                    "note": f.note,
                }
                for f in self.fields
            ],
            "skipped": [{"text": s.text, "where": s.where} for s in self.skipped],
            "notes": list(self.notes),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    def to_text(self) -> str:
        lines = [
            f"Imported {self.source_name} ({self.kind}): {self.questions} questions, "
            f"{self.answers} answers, {self.footnotes} footnotes"
        ]
        for f in self.fields:
            lines.append(f"  {f.label}: {f.value}  [{f.status.value}, {f.source.value}]")
            if f.status is Status.CONFLICT:
                for c in f.candidates:
                    chosen = " (chosen)" if c.value == f.value and c.source is f.source else ""
                    lines.append(f"      {c.source.value}: {c.value}{chosen}")
            if f.note:
                lines.append(f"      {f.note}")
        for note in self.notes:
            lines.append(f"  note: {note}")
        if self.skipped:
            lines.append(f"  skipped text ({len(self.skipped)} paragraphs):")
            lines.extend(f"    [{s.where}] {s.text}" for s in self.skipped)
        return "\n".join(lines)


# -- choosing another value --

_DATE_FIELDS = {"letter_date", "submitted"}
_TEXT_FIELDS = {"our_reference", "your_reference", "subject", "betreft", "classification"}


def parse_field_value(name: str, value: str) -> date | str | None:
    """The metadata value a report value stands for (dates are shown as "7 november 2023")."""
    if name in _DATE_FIELDS:
        from answerletter.importers.dutch import parse_date

        return parse_date(value)
    return value


def apply_candidate(
    letter: Letter, report: ImportReport, name: str, candidate: Candidate
) -> tuple[Letter, ImportReport]:
    """The letter and report with *candidate* chosen for field *name* (a conflict pick)."""
    current = report.field(name)
    if current is None or (name not in _DATE_FIELDS and name not in _TEXT_FIELDS):
        raise ValueError(f"Field {name!r} cannot be chosen")
    value = parse_field_value(name, candidate.value)
    changes: dict[str, Any] = {name: value}
    metadata: Metadata = replace(letter.metadata, **changes)
    fields = tuple(
        replace(f, value=candidate.value, source=candidate.source) if f.name == name else f
        for f in report.fields
    )
    return replace(letter, metadata=metadata), replace(report, fields=fields)


def shown_date(day: date | None) -> str:
    return format_date(day) if day else ""
