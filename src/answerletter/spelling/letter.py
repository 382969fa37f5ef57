"""Spelling findings of a whole letter: every question, answer, footnote and body text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from answerletter.checks.findings import Finding, Location, Part, Severity
from answerletter.model import Letter, RichText, Run
from answerletter.spelling.speller import Speller, name_words
from answerletter.spelling.tokenizer import words

CHECK_ID = "spelling"


@dataclass(frozen=True, slots=True)
class SpellingFinding:
    finding: Finding
    suggestions: tuple[str, ...]


def letter_names(letter: Letter) -> frozenset[str]:
    """The words of the names in the letter's metadata (members, parties, signers, sender)."""
    meta = letter.metadata
    names: list[str] = [meta.sender.ministry, meta.sender.unit, *meta.addressee]
    for member in meta.members:
        names += [member.name, member.party]
    for signatory in meta.signatories:
        names.append(signatory.name)
    return name_words(n for n in names if n)


def _texts(letter: Letter) -> Iterator[tuple[RichText, Part, int | None, str | None, str]]:
    body = letter.body
    if body.offering is not None:
        yield body.offering, Part.BODY, None, None, "offering"
    yield body.paragraphs, Part.BODY, None, None, "paragraphs"
    for question in letter.questions:
        yield question.text, Part.QUESTION, question.number, question.id, "text"
    for answer in letter.answers:
        number = letter.question(answer.questions[0]).number if answer.questions else None
        yield answer.text, Part.ANSWER, number, answer.id, "text"


# A quoted title in a footnote ('EXCLUSIVE: Brussels to host ...') is the source's own
# language; the quotes open after a space and close before one, unlike "auto's".
_QUOTED = re.compile(r"(?<!\w)['‘“\"][^'’”\"\n]{3,}['’”\"](?!\w)")


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def _checkable(runs: Iterable[Run]) -> str:
    """The runs' text with link text blanked out (an address or a source's own title), so
    offsets stay those of the plain text."""
    return "".join(" " * len(r.text) if r.marks.link else r.text for r in runs)


def _misspelled(speller: Speller, text: str) -> Iterator[tuple[str, int, int, bool]]:
    for token in words(text):
        if not speller.correct(token):
            yield text[token.start : token.end], token.start, token.end, token.mixed_script


def spelling_findings(letter: Letter, speller: Speller) -> list[SpellingFinding]:
    """One finding per misspelled word, with up to five suggestions each."""
    speller.accept(letter_names(letter))
    out: list[SpellingFinding] = []
    for text, part, number, item, field in _texts(letter):
        places: list[tuple[Part, str, str, int]] = []
        base = 0
        for block in text.blocks:
            runs = [item for item in block.content if isinstance(item, Run)]
            places.append((part, field, _checkable(runs), base))
            places.extend(
                (Part.FOOTNOTE, n.id, _QUOTED.sub(_blank, _checkable(n.body)), 0)
                for n in block.footnotes()
            )
            base += len(block.plain_text()) + 1
        for where_part, where_field, plain, offset in places:
            for word, start, end, mixed in _misspelled(speller, plain):
                suggestions = speller.suggest(word)
                out.append(
                    SpellingFinding(
                        _finding(
                            word,
                            suggestions,
                            mixed,
                            Location(
                                where_part,
                                number,
                                item,
                                where_field,
                                word,
                                offset + start,
                                offset + end,
                            ),
                        ),
                        suggestions,
                    )
                )
    return out


def _finding(word: str, suggestions: tuple[str, ...], mixed: bool, where: Location) -> Finding:
    shown = ", ".join(f"\u201c{s}\u201d" for s in suggestions)
    nl = f"Onbekend woord: \u201c{word}\u201d."
    en = f"Unknown word: \u201c{word}\u201d."
    if shown:
        nl += f" Suggesties: {shown}."
        en += f" Suggestions: {shown}."
    return Finding(
        CHECK_ID, Severity.WARNING, nl, en, where, suggestions[0] if mixed and suggestions else None
    )
