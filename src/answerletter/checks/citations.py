"""Kamerstuk citations and zaaknummers in running text, and the official pages they name.

Recognised forms (as real answer letters write them):

* "Kamerstuk 31 865, nr. 207", "Kamerstukken II 2005/06, 29 950, nr. 40" (also "2005–2006"),
  "Kamerstuk 36 200 XVI, nr. 77" → ``zoek.officielebekendmakingen.nl/kst-31865-207``;
* "Aanhangsel Handelingen II 2023/24, nr. 1121" → ``ah-tk-20232024-1121``;
* "Handelingen II 2023/24, nr. 12, item 5" → ``h-tk-20232024-12-5``;
* zaaknummers "2024Z11859" → the Kamer's page for the zaak.

The links are derived when a letter is written out (PDF, .docx), never stored in its text.
Text that starts like a citation but does not parse is reported as ``almost`` so the checks
can flag it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OFFICIELE_BEKENDMAKINGEN = "https://zoek.officielebekendmakingen.nl/"
TWEEDE_KAMER_ZAAK = "https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id="

_SPACE = r"[ \u00a0\u202f]"
_YEARS = r"(?P<y1>(?:19|20)\d\d)\s*[/\u2013\u2014-]\s*(?P<y2>\d{4}|\d\d)"
_DOSSIER = rf"(?P<dossier>\d{{1,3}}(?:{_SPACE}\d{{3}})+|\d{{4,6}})"
_CHAMBER = r"(?:\s+(?P<chamber>II|I))?"

_KAMERSTUK = re.compile(
    rf"\bKamerstuk(?:ken)?{_CHAMBER}(?:\s+{_YEARS})?,?\s+{_DOSSIER}"
    rf"(?:{_SPACE}(?P<suffix>[IVXLC]+|[A-Z]))?,\s*nr\.\s*(?P<nr>\d+)"
)
_AANHANGSEL = re.compile(
    rf"\bAanhangsel\s+(?:van\s+de\s+)?Handelingen{_CHAMBER},?\s+{_YEARS},?\s*nr\.\s*(?P<nr>\d+)"
)
_HANDELINGEN = re.compile(
    rf"\bHandelingen{_CHAMBER},?\s+{_YEARS},?\s*nr\.\s*(?P<nr>\d+)"
    rf"(?:,?\s*item\s*(?P<item>\d+))?"
)
_ZAAKNUMMER = re.compile(r"\b(?P<year>\d{4})Z\d{5}\b")
#: Where something looks like the start of a citation.
_KEYWORD = re.compile(r"\b(?:Kamerstuk(?:ken)?|Aanhangsel|Handelingen)\b")
#: How far after its keyword an unparsed citation must show a number to count as one.
_ALMOST_REACH = 40


@dataclass(frozen=True, slots=True)
class Citation:
    """A citation found in a text: *kind* "kamerstuk", "aanhangsel", "handelingen",
    "zaak" or "almost" (did not parse); *url* None when it names no page."""

    kind: str
    start: int
    end: int
    text: str
    url: str | None


def _session(match: re.Match[str]) -> str | None:
    """ "20232024" from "2023/24", "2023–2024"; None when the years do not follow each other."""
    first = int(match["y1"])
    second_text = match["y2"]
    second = int(second_text) if len(second_text) == 4 else (first // 100) * 100 + int(second_text)
    if second_text == "00" and first % 100 == 99:
        second = first + 1
    if second != first + 1:
        return None
    return f"{first}{second}"


def _chamber(match: re.Match[str]) -> str:
    return "ek" if match["chamber"] == "I" else "tk"


def find_citations(text: str) -> list[Citation]:
    """Every citation in *text*, in order, each with its page (or as "almost")."""
    found: list[Citation] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(kind: str, match: re.Match[str], url: str | None) -> None:
        found.append(Citation(kind, match.start(), match.end(), match.group(0), url))
        taken.append((match.start(), match.end()))

    for match in _AANHANGSEL.finditer(text):
        session = _session(match)
        url = f"{OFFICIELE_BEKENDMAKINGEN}ah-{_chamber(match)}-{session}-{match['nr']}"
        add("aanhangsel" if session else "almost", match, url if session else None)
    for match in _HANDELINGEN.finditer(text):
        if not free(match.start(), match.end()):
            continue
        session = _session(match)
        if session is None:
            add("almost", match, None)
        elif match["item"]:
            page = f"h-{_chamber(match)}-{session}-{match['nr']}-{match['item']}"
            add("handelingen", match, OFFICIELE_BEKENDMAKINGEN + page)
        else:  # a whole sitting: a correct citation without one page of its own
            add("handelingen", match, None)
    for match in _KAMERSTUK.finditer(text):
        if match["y1"] and _session(match) is None:
            add("almost", match, None)
            continue
        dossier = re.sub(_SPACE, "", match["dossier"])
        suffix = f"-{match['suffix']}" if match["suffix"] else ""
        add("kamerstuk", match, f"{OFFICIELE_BEKENDMAKINGEN}kst-{dossier}{suffix}-{match['nr']}")
    for match in _ZAAKNUMMER.finditer(text):
        if free(match.start(), match.end()):
            add("zaak", match, TWEEDE_KAMER_ZAAK + match.group(0))
    for match in _KEYWORD.finditer(text):
        if not free(match.start(), match.end()):
            continue
        reach = text[match.end() : match.end() + _ALMOST_REACH].split("\n", 1)[0]
        digits = re.search(r"\d", reach)
        if digits is None:
            continue  # "de Handelingen" in running text, not a citation
        # The excerpt runs to the end of the number-bearing stretch (up to a full stop or ;).
        stop = re.search(r"[;)]|\.(?:\s|$)", reach[digits.start() :])
        end = match.end() + digits.start() + (stop.start() if stop else len(reach) - digits.start())
        found.append(
            Citation("almost", match.start(), end, text[match.start() : end].rstrip(), None)
        )
        taken.append((match.start(), end))
    found.sort(key=lambda c: c.start)
    return found


def citation_links(text: str) -> list[tuple[int, int, str]]:
    """(start, end, url) for every citation in *text* that names a page: what an exporter
    turns into links."""
    return [(c.start, c.end, c.url) for c in find_citations(text) if c.url]
