"""Metadata from the letter part, page headers, document properties and the file name.

Every value found is a ``Candidate`` with its source; ``Fields`` picks per field by source
strength (printed page > page header > document property > file name) and marks the field
recognised, guessed or conflict for the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from answerletter.importers.dutch import (
    find_zaaknummers,
    parse_date,
    squash,
)
from answerletter.importers.paragraphs import Para
from answerletter.importers.report import Candidate, FieldReport, Source, Status

LABELS = {
    "our_reference": "Onze referentie",
    "your_reference": "Uw referentie",
    "letter_date": "Datum",
    "submitted": "Ingezonden",
    "subject": "Onderwerp (over …)",
    "betreft": "Betreft",
    "members": "Vragenstellers",
    "addressed_to": "Gericht aan",
    "signatories": "Ondertekening",
    "on_behalf_of": "Mede namens",
    "postponement": "Uitstel",
    "sender": "Afzender",
    "addressee": "Geadresseerde",
    "classification": "Rubricering",
}
_ORDER = {Source.BODY: 0, Source.HEADER: 1, Source.PROPERTY: 2, Source.FILE_NAME: 3}
_PLACEHOLDERS = {"", "-", "–", "—", "n.v.t.", "nvt", "<geen>", "<geen>,"}

#: Labels of the reference column and the Datum/Betreft block, and the field each fills.
PAIR_LABELS = {
    "ons kenmerk": "our_reference",
    "onze referentie": "our_reference",
    "onskenmerk": "our_reference",
    "kenmerk": "our_reference",
    "uw kenmerk": "your_reference",
    "uw referentie": "your_reference",
    "datum": "letter_date",
    "onderwerp": "betreft",
    "betreft": "betreft",
}
#: docProps/custom.xml names of the ministries' templates.
PROPERTY_FIELDS = {
    "onskenmerk": "our_reference",
    "kenmerk": "our_reference",
    "onzereferentie": "our_reference",
    "uwkenmerk": "your_reference",
    "uwreferentie": "your_reference",
    "datum": "letter_date",
    "onderwerp": "betreft",
    "betreft": "betreft",
    "rubricering": "classification",
}


def comparable(name: str, value: str) -> str:
    if name in ("letter_date", "submitted"):
        day = parse_date(value)
        return day.isoformat() if day else squash(value).lower()
    return squash(value).lower()


@dataclass
class Fields:
    candidates: dict[str, list[Candidate]] = field(default_factory=dict)
    guessed: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, value: str, source: Source) -> None:
        value = squash(value)
        found = self.candidates.setdefault(name, [])
        if not any(c.value == value and c.source is source for c in found):
            found.append(Candidate(value, source))

    def guess(self, name: str, value: str, source: Source, note: str) -> None:
        self.add(name, value, source)
        self.guessed.setdefault(name, note)

    def choose(self, name: str) -> FieldReport | None:
        found = sorted(self.candidates.get(name, []), key=lambda c: _ORDER[c.source])
        real = [c for c in found if c.value.lower() not in _PLACEHOLDERS]
        if not found:
            return None
        chosen = real[0] if real else found[0]
        distinct = {comparable(name, c.value) for c in found}
        if name == "betreft":
            # A property truncated at 100 characters is not a second opinion.
            distinct = {
                v for v in distinct if not any(o != v and o.startswith(v) for o in distinct)
            }
        status = Status.RECOGNISED
        note = ""
        if len(distinct) > 1:
            status = Status.CONFLICT
            note = f"The document disagrees with itself; the {chosen.source.value} value was chosen"
        elif name in self.guessed:
            status = Status.GUESSED
            note = self.guessed[name]
        if not real:
            return None
        return FieldReport(
            name, LABELS[name], chosen.value, chosen.source, status, tuple(found), note
        )


def read_pairs(paras: list[Para], source: Source, fields: Fields) -> set[int]:
    """ "Datum" / "7 november 2023" label–value pairs (also "Datum 10 juli 2026" on one line);
    returns the indices of the paragraphs used."""
    used: set[int] = set()
    index = 0
    texts = [squash(p.text) for p in paras]
    while index < len(paras):
        text = texts[index].rstrip(":")
        key = text.lower()
        if key in PAIR_LABELS:
            name = PAIR_LABELS[key]
            value_index = next(
                (k for k in range(index + 1, min(index + 4, len(paras))) if texts[k]), None
            )
            if (
                value_index is not None
                and texts[value_index].lower().rstrip(":") not in PAIR_LABELS
            ):
                fields.add(name, texts[value_index], source)
                used.update({index, value_index})
                index = value_index + 1
                continue
            used.add(index)
        else:
            inline = re.match(
                r"^(Datum|Betreft|Onderwerp|Ons kenmerk|Onze referentie|Uw referentie|Uw kenmerk)"
                r"\s*:?\s+(\S.*)$",
                texts[index],
            )
            if inline and len(texts[index]) < 300:
                fields.add(PAIR_LABELS[inline.group(1).lower()], inline.group(2), source)
                used.add(index)
        index += 1
    return used


def read_properties(properties: dict[str, str], fields: Fields) -> None:
    for key, value in properties.items():
        name = PROPERTY_FIELDS.get(key.replace("-", "").replace("_", "").replace(" ", ""))
        if name and value.strip() and not key.startswith("_"):
            fields.add(name, value, Source.PROPERTY)


def zaak_candidates(text: str, source: Source, fields: Fields) -> None:
    for number in find_zaaknummers(text):
        fields.add("your_reference", number, source)
