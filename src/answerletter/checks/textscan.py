"""Checks on one rich text (a question, an answer, the offering or the body paragraphs).

Each text is scanned on its own, so the checker can keep the result for as long as the text
value stays the same (texts are immutable, identity tells). What a text finding cannot know
on its own, such as whether "antwoord op vraag 12" names a question of the letter, is kept as
a raw reference and judged when the letter's findings are put together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from answerletter.checks.citations import find_citations
from answerletter.checks.findings import Severity
from answerletter.model import Footnote, RichText, Run
from answerletter.model.richtext import LINE_BREAK

#: Field name for the main text of a question or answer.
TEXT_FIELD = "text"


@dataclass(frozen=True, slots=True)
class TextFinding:
    """A finding inside one text, before it knows its part and question number.
    *field* is TEXT_FIELD or a footnote id (then the offsets are in the footnote's text)."""

    check: str
    severity: Severity
    message_nl: str
    message_en: str
    field: str
    excerpt: str
    start: int
    end: int
    fix: str | None = None

    @property
    def in_footnote(self) -> bool:
        return self.field != TEXT_FIELD


@dataclass(frozen=True, slots=True)
class QuestionReference:
    """A typed "antwoord op vraag N" in a text; judged against the letter's numbers."""

    number: int
    field: str
    excerpt: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TextScan:
    findings: tuple[TextFinding, ...]
    references: tuple[QuestionReference, ...]


# -- mixed scripts --

#: Look-alike (and, where no shape matches, transliterated) Latin letters for Cyrillic and
#: Greek letters that turn up in pasted Dutch words.
LOOKALIKES: dict[str, str] = {
    # Cyrillic, shape first: а е о р с у х і ј ѕ ԁ and capitals look exactly like Latin.
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
    "ј": "j", "ѕ": "s", "ԁ": "d", "ё": "e", "ї": "i",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S",
    # Cyrillic without a Latin twin: the letter a phonetic keyboard layout types for it.
    "б": "b", "в": "v", "г": "g", "д": "d", "з": "z", "и": "i", "й": "j", "к": "k",
    "л": "l", "м": "m", "н": "n", "п": "p", "т": "t", "ф": "f",
    "Б": "B", "Г": "G", "Д": "D", "З": "Z", "И": "I", "Л": "L", "П": "P", "Ф": "F",
    # Greek.
    "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H",
    "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y",
    "Χ": "X",
}  # fmt: skip

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_FOREIGN = re.compile(r"[\u0370-\u03ff\u0400-\u052f]")
# Quick test for the whole text: most texts have no Cyrillic or Greek at all.
_ANY_FOREIGN = _FOREIGN


def _mixed_script(text: str, field: str, base: int, out: list[TextFinding]) -> None:
    if not _ANY_FOREIGN.search(text):
        return
    for match in _WORD.finditer(text):
        word = match.group(0)
        if not (_LATIN.search(word) and _FOREIGN.search(word)):
            continue
        foreign = sorted({c for c in word if _FOREIGN.match(c)})
        fixed = "".join(LOOKALIKES.get(c, c) for c in word)
        fix = None if _FOREIGN.search(fixed) else fixed
        codes = ", ".join(f"U+{ord(c):04X}" for c in foreign)
        advice_nl = f" Bedoeld is waarschijnlijk \u201c{fix}\u201d." if fix else ""
        advice_en = f" Probably meant: \u201c{fix}\u201d." if fix else ""
        out.append(
            TextFinding(
                "mixed-script",
                Severity.ERROR,
                f"\u201c{word}\u201d bevat niet-Latijnse letters ({codes}) die op Latijnse "
                f"lijken; zoeken vindt het woord niet.{advice_nl}",
                f"\u201c{word}\u201d contains non-Latin letters ({codes}) that look like Latin "
                f"ones; searching will not find the word.{advice_en}",
                field,
                word,
                base + match.start(),
                base + match.end(),
                fix,
            )
        )


# -- doubled words --

_DOUBLED = re.compile(r"\b([^\W\d_]+)\s+(\1)\b", re.IGNORECASE)
#: Words Dutch grammar legitimately doubles: "dat dat", "die die" ("Hij zei dat dat kon").
_MAY_DOUBLE = frozenset({"dat", "die"})
#: "de de facto autoriteiten": the article before a Latin phrase that starts with "de".
_AFTER_DE_DE = re.compile(r"\s+(?:facto|jure|iure)\b", re.IGNORECASE)


def _doubled_words(text: str, field: str, base: int, out: list[TextFinding]) -> None:
    for match in _DOUBLED.finditer(text):
        word = match.group(1).lower()
        if word in _MAY_DOUBLE:
            continue
        if word == "de" and _AFTER_DE_DE.match(text, match.end()):
            continue
        out.append(
            TextFinding(
                "doubled-word",
                Severity.WARNING,
                f"Dubbel woord: \u201c{match.group(0)}\u201d.",
                f"Doubled word: \u201c{match.group(0)}\u201d.",
                field,
                match.group(0),
                base + match.start(),
                base + match.end(),
                match.group(1),
            )
        )


# -- brackets and quotation marks --

_PAIRS = {")": "(", "]": "[", "}": "{", "\u201d": "\u201c", "\u00bb": "\u00ab", "\u2019": "\u2018"}
_OPENERS = set(_PAIRS.values())
_CONTEXT = 20


def _is_apostrophe(text: str, i: int) -> bool:
    """True when the ' or ’ at *i* is an apostrophe ("regio's", "'s-Gravenhage", "'t")."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return True
    # "'s-Gravenhage", "'t", "'n"; a bare trailing ’ after a letter closes a quote.
    return not before.isalnum() and bool(re.match(r"(?:s|t|n)\b", text[i + 1 : i + 3]))


def _bracket_finding(text: str, field: str, base: int, at: int, opener: bool) -> TextFinding:
    char = text[at]
    if opener:
        start, end = at, min(len(text), at + _CONTEXT)
        nl = f"\u201c{char}\u201d wordt in deze alinea niet gesloten."
        en = f"\u201c{char}\u201d is not closed in this paragraph."
    else:
        start, end = max(0, at - _CONTEXT + 1), at + 1
        nl = f"\u201c{char}\u201d sluit iets dat in deze alinea niet geopend is."
        en = f"\u201c{char}\u201d closes something that was not opened in this paragraph."
    check = "unbalanced-brackets" if char in "()[]{}" else "unbalanced-quotes"
    return TextFinding(
        check, Severity.WARNING, nl, en, field, text[start:end], base + start, base + end
    )


_BRACKET_CHARS = re.compile("[()\\[\\]{}\u201c\u201d\u00ab\u00bb\u2018\u2019\"']")


def _brackets(text: str, field: str, base: int, out: list[TextFinding]) -> None:
    stack: list[int] = []
    straight: dict[str, list[int]] = {'"': [], "'": []}
    for match in _BRACKET_CHARS.finditer(text):  # only the marks, not every character
        i = match.start()
        char = text[i]
        if char in _OPENERS:
            if char == "\u2018" and _is_apostrophe(text, i):
                continue
            stack.append(i)
        elif char in _PAIRS:
            if char == "\u2019" and (_is_apostrophe(text, i) or not stack):
                continue  # a lone ’ is an apostrophe ("regio’s", "’s-Gravenhage", "auto’s ")
            if stack and text[stack[-1]] == _PAIRS[char]:
                stack.pop()
            else:
                out.append(_bracket_finding(text, field, base, i, opener=False))
                return  # one finding per paragraph; the rest would be echoes
        elif char == '"' or not _is_apostrophe(text, i):
            straight[char].append(i)
    if stack:
        out.append(_bracket_finding(text, field, base, stack[-1], opener=True))
        return
    for positions in straight.values():
        if len(positions) % 2:
            out.append(_bracket_finding(text, field, base, positions[-1], opener=True))
            return


# -- links and citations --

_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"]+[^\s<>\".,;:!?)\]'’]")
_WELL_FORMED_URL = re.compile(
    r"^(?:https?://)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?::\d+)?(?:[/?#][^\s]*)?$"
)
_URL_LIKE = re.compile(r"^\S*(?:://|www\.)\S*$|^(?:https?|htt?ps?|hhtps?)[:;/]\S*$", re.I)


def _plain_urls(
    runs: tuple[Run, ...] | list[Run], field: str, base: int, out: list[TextFinding]
) -> None:
    offset = base
    for run in runs:
        if run.marks.link is None:
            for match in _URL.finditer(run.text):
                out.append(
                    TextFinding(
                        "plain-url",
                        Severity.INFO,
                        "Dit webadres is geen link; lezers van de PDF kunnen er niet op klikken.",
                        "This web address is not a link; readers of the PDF cannot click it.",
                        field,
                        match.group(0),
                        offset + match.start(),
                        offset + match.end(),
                    )
                )
        offset += len(run.text)


def _citations(text: str, field: str, base: int, out: list[TextFinding]) -> None:
    if "Kamerstuk" not in text and "Handelingen" not in text and "Aanhangsel" not in text:
        return
    for citation in find_citations(text):
        if citation.kind != "almost":
            continue
        out.append(
            TextFinding(
                "malformed-citation",
                Severity.WARNING,
                f"\u201c{citation.text}\u201d lijkt een verwijzing naar een Kamerstuk of de "
                "Handelingen maar heeft niet de vaste vorm (bijvoorbeeld \u201cKamerstuk "
                "31 865, nr. 207\u201d); zo wordt het geen link.",
                f"\u201c{citation.text}\u201d looks like a citation of a Kamerstuk or the "
                "Handelingen but does not have the standard form (e.g. \u201cKamerstuk "
                "31 865, nr. 207\u201d), so it cannot become a link.",
                field,
                citation.text,
                base + citation.start,
                base + citation.end,
            )
        )


def _footnote(note: Footnote, out: list[TextFinding]) -> None:
    text = note.plain_text()
    stripped = text.strip()
    if not stripped:
        out.append(
            TextFinding(
                "empty-footnote",
                Severity.WARNING,
                "De voetnoot is leeg.",
                "The footnote is empty.",
                note.id,
                "",
                0,
                0,
            )
        )
        return
    if _URL_LIKE.match(stripped) and not _WELL_FORMED_URL.match(stripped):
        start = text.index(stripped)
        out.append(
            TextFinding(
                "malformed-url",
                Severity.WARNING,
                f"De voetnoot bevat alleen een onjuist webadres: \u201c{stripped}\u201d.",
                f"The footnote holds only a malformed web address: \u201c{stripped}\u201d.",
                note.id,
                stripped,
                start,
                start + len(stripped),
            )
        )


# -- spaces that must not break --

#: "nr. 207" and the groups of a dossier number, "31 865" (followed by its ", nr."): a line
#: must not end inside them, so a no-break space belongs there (as in generated dates).
_BREAKABLE = re.compile(
    r"\bnr\. \d+|\b\d{1,3}(?: \d{3})+(?=(?:[ \u00a0](?:[IVXLC]+|[A-Z]))?,[ \u00a0]*nr\.)"
)


def _breakable_spaces(text: str, field: str, base: int, out: list[TextFinding]) -> None:
    if "nr." not in text:
        return
    for match in _BREAKABLE.finditer(text):
        excerpt = match.group(0)
        fixed = excerpt.replace(" ", "\u00a0")
        out.append(
            TextFinding(
                "breakable-space",
                Severity.INFO,
                f"In \u201c{excerpt}\u201d kan de regel afbreken; een vaste spatie houdt het "
                "bij elkaar.",
                f"The line may break inside \u201c{excerpt}\u201d; a no-break space keeps it "
                "together.",
                field,
                excerpt,
                base + match.start(),
                base + match.end(),
                fixed,
            )
        )


# -- typed references to other answers --

_NUMBERS = r"\d+(?:(?:\s*,\s*|\s+en\s+)\d+)*"
_TYPED_REFERENCE = re.compile(
    rf"\bantwoord(?:en)?\s+op\s+(?:de\s+)?vra(?:ag|gen)\s+(?P<numbers>{_NUMBERS})", re.I
)


def _references(text: str, field: str, base: int, out: list[QuestionReference]) -> None:
    if "vra" not in text:
        return
    for match in _TYPED_REFERENCE.finditer(text):
        for number in re.finditer(r"\d+", match["numbers"]):
            out.append(
                QuestionReference(
                    int(number.group(0)),
                    field,
                    match.group(0),
                    base + match.start(),
                    base + match.end(),
                )
            )


# -- the whole text --


def _paragraph_checks(text: str, field: str, base: int, out: list[TextFinding]) -> None:
    _mixed_script(text, field, base, out)
    _doubled_words(text, field, base, out)
    _brackets(text, field, base, out)
    _citations(text, field, base, out)
    _breakable_spaces(text, field, base, out)


def scan_text(text: RichText) -> TextScan:
    """Every text finding of *text* and its footnotes, and its typed question references."""
    findings: list[TextFinding] = []
    references: list[QuestionReference] = []
    base = 0
    for block in text.blocks:
        plain = block.plain_text()
        # Soft line breaks end no paragraph: brackets may span them.
        _paragraph_checks(plain.replace(LINE_BREAK, " "), TEXT_FIELD, base, findings)
        _references(plain, TEXT_FIELD, base, references)
        _plain_urls([i for i in block.content if isinstance(i, Run)], TEXT_FIELD, base, findings)
        for note in block.footnotes():
            note_text = note.plain_text()
            _paragraph_checks(note_text.replace(LINE_BREAK, " "), note.id, 0, findings)
            _references(note_text, note.id, 0, references)
            _plain_urls(note.body, note.id, 0, findings)
            _footnote(note, findings)
        base += len(plain) + 1
    return TextScan(tuple(findings), tuple(references))
