"""Checks on an offering sentence the user wrote instead of the generated one: does it name
the members of the metadata, and do "beiden"/"allen" match the number of members per party?"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from answerletter.checks.findings import Finding, Location, Part, Severity
from answerletter.model import Metadata

_PARTY_NOTE = re.compile(r"\((?P<word>beiden|allen)\s+(?P<party>[^)]+?)\s*\)")
_MEMBERS_PHRASE = re.compile(
    r"\b(?P<article>het lid|de leden)\s+(?P<names>.+?)"
    r"(?=\s+(?:over|aan|van uw Kamer|met)\b|[.:;]|$)"
)
_PARENTHESES = re.compile(r"\([^)]*\)")


def _named_members(phrase: str) -> list[str]:
    """The names in "Westerveld en Piri (beiden GroenLinks-PvdA)" → ["Westerveld", "Piri"]."""
    without_parties = _PARENTHESES.sub(" ", phrase)
    parts = re.split(r",|\s+en\s+", without_parties)
    return [part.strip() for part in parts if part.strip()]


def offering_checks(offering_text: str | None, metadata: Metadata) -> Iterator[Finding]:
    """Findings on an overridden offering text (None: the generated one, always right)."""
    if offering_text is None or not metadata.members:
        return
    names = [m.name for m in metadata.members]

    def where(excerpt: str, start: int | None = None) -> Location:
        end = None if start is None else start + len(excerpt)
        return Location(Part.BODY, None, None, "offering", excerpt, start, end)

    for name in names:
        if not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", offering_text):
            yield Finding(
                "offering-members",
                Severity.WARNING,
                f"De aanbiedingszin noemt {name} niet, die de vragen volgens de gegevens stelde.",
                f"The offering sentence does not name {name}, who asked the questions "
                "according to the letter details.",
                where(name),
            )
    for match in _MEMBERS_PHRASE.finditer(offering_text):
        for named in _named_members(match["names"]):
            if not any(name == named or named.endswith(" " + name) for name in names):
                start = offering_text.find(named, match.start("names"))
                yield Finding(
                    "offering-members",
                    Severity.WARNING,
                    f"De aanbiedingszin noemt \u201c{named}\u201d, die niet bij de "
                    "vragenstellers in de gegevens staat.",
                    f"The offering sentence names \u201c{named}\u201d, who is not among the "
                    "members in the letter details.",
                    where(named, start if start >= 0 else None),
                )
        singular = match["article"] == "het lid"
        if singular != (len(names) == 1):
            yield Finding(
                "offering-members",
                Severity.WARNING,
                f"\u201c{match['article']}\u201d past niet bij {len(names)} vragensteller"
                f"{'s' if len(names) != 1 else ''}.",
                f"\u201c{match['article']}\u201d does not fit {len(names)} member"
                f"{'s' if len(names) != 1 else ''}.",
                where(match["article"], match.start("article")),
            )
    per_party = Counter(m.party for m in metadata.members if m.party)
    for match in _PARTY_NOTE.finditer(offering_text):
        count = per_party.get(match["party"], 0)
        word = match["word"]
        if (word == "beiden" and count != 2) or (word == "allen" and count < 3):
            yield Finding(
                "party-count",
                Severity.WARNING,
                f"\u201c{word}\u201d past niet bij {count} "
                f"{'lid' if count == 1 else 'leden'} van {match['party']} in de gegevens.",
                f"\u201c{word}\u201d does not fit {count} member{'s' if count != 1 else ''} "
                f"of {match['party']} in the letter details.",
                where(match.group(0), match.start()),
            )
