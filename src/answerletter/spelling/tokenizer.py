"""Words of Dutch running text that a spell checker should see, and where they stand.

Skipped: web addresses, e-mail addresses, zaaknummers ("2026Z07421"), Kamerstuk numbers and
every other token with a digit, abbreviations with inner dots ("o.a.", "i.v.m.") and words in
capitals ("EU", "IND"). Kept whole: apostrophe forms ("auto's", "zo’n" as "zo'n"), hyphenated
compounds ("eigenaar-gerelateerde") and truncations ("huisvestings-" in "huisvestings- en
zorgkosten", whose *partner* is the word the truncation shares its tail with).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SKIP = re.compile(
    r"(?:https?://|ftp://|www\.)\S+"  # web addresses
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    r"|\S*\d\S*"  # zaaknummers, Kamerstuk numbers, dates, amounts, "D66", "JA21"
)
_LETTER = r"[^\W\d_]"
_TOKEN = re.compile(rf"-?{_LETTER}+(?:['’]{_LETTER}+)*(?:[-.]{_LETTER}+(?:['’]{_LETTER}+)*)*[-.]?")
_FOREIGN = re.compile(r"[\u0370-\u03ff\u0400-\u052f]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_COORDINATOR = re.compile(r"\s+(?:en|of|tot|noch|dan wel)\s+-?(" + _LETTER + r"[\w'’-]*)")


@dataclass(frozen=True, slots=True)
class Token:
    """A word to check: *word* as the dictionary sees it (straight apostrophe, no truncation
    hyphen), at *start*..*end* of the text. *truncated*: it ended in a hyphen ("huisvestings-");
    *partner*: the word after "en"/"of" it shares its tail with. *mixed_script*: Latin letters
    mixed with Cyrillic or Greek look-alikes."""

    word: str
    start: int
    end: int
    truncated: bool = False
    partner: str = ""
    mixed_script: bool = False


#: A run without whitespace longer than this is no word (Dutch words stay well under 64
#: letters; longer web addresses and numbers were skipped anyway): a pasted hash or a hostile
#: file's million-character "word" is not spell checked.
MAX_RUN = 64
# Matches only where a run starts (the look-behind), so each run is scanned once.
_LONG_RUN = re.compile(rf"(?<!\S)\S{{{MAX_RUN + 1},}}")


def _without_long_runs(text: str) -> str:
    """*text* with every run longer than MAX_RUN blanked (positions kept). ``_SKIP`` finds
    its matches by trying every start position and reading to the end of the run each time,
    quadratic in a run's length (a 10,000-character word took 11 s, a 30,000-character one 92 s,
    on the GUI thread in the editor's highlighter); with runs this short it stays linear."""
    if len(text) <= MAX_RUN or _LONG_RUN.search(text) is None:
        return text
    return _LONG_RUN.sub(lambda match: " " * len(match.group(0)), text)


def words(text: str) -> list[Token]:
    """The tokens of *text* a spell checker should look at, in order."""
    text = _without_long_runs(text)
    skipped = [m.span() for m in _SKIP.finditer(text)]
    out: list[Token] = []
    index = 0
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        while index < len(skipped) and skipped[index][1] <= start:
            index += 1
        if index < len(skipped) and skipped[index][0] < end:
            continue  # inside (or touching) an address or a number
        raw = match.group(0)
        if raw.startswith("-"):
            raw, start = raw[1:], start + 1  # "-beleid": the shared tail of a truncation
        if raw.endswith(".") and "." in raw[:-1]:
            continue  # "o.a.", "i.v.m."
        if raw.endswith("."):
            raw, end = raw[:-1], end - 1  # the full stop of the sentence
        if "." in raw:
            continue  # "a.s" without its last stop, "Kamerstuk.nl"-like tokens
        truncated = raw.endswith("-")
        if truncated:
            raw = raw[:-1]
        if not raw:
            continue
        if raw.isupper() and len(raw) > 1:
            continue  # acronyms: "EU", "IND", "VVD"
        word = raw.replace("’", "'")
        partner = ""
        if truncated:
            follow = _COORDINATOR.match(text, end)
            partner = follow.group(1).rstrip(".,;:") if follow else ""
        mixed = bool(_FOREIGN.search(word) and _LATIN.search(word))
        out.append(Token(word, start, start + len(raw), truncated, partner, mixed))
    return out
