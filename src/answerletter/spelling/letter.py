"""Spelling findings of a whole letter: every question, answer, footnote and body text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from answerletter.checks.findings import Finding, Location, Part, Severity
from answerletter.model import Letter, RichText, Run
from answerletter.spelling.speller import Speller, name_words
from answerletter.spelling.tokenizer import Token, words

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


#: One text of the letter: the text, its part, the Kamer number, the item id and the field.
LetterText = tuple[RichText, Part, int | None, str | None, str]


def letter_texts(letter: Letter) -> Iterator[LetterText]:
    """Every text of the letter a spell checker reads: body, questions, answers."""
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


def footnote_checkable(text: str) -> str:
    """A footnote's text as the checker reads it: quoted titles (a source's own language)
    blanked out, offsets kept."""
    return _QUOTED.sub(_blank, text)


@dataclass(frozen=True, slots=True)
class Place:
    """A word of the letter to check: the token and where it stands (the finding's place)."""

    token: Token
    location: Location


#: A stretch of one text as the checker reads it: part, field (a footnote's id for its
#: text), the text with links blanked, and its offset in the field's plain text.
Piece = tuple[Part, str, str, int]


def text_pieces(text: RichText, part: Part, field: str) -> list[Piece]:
    """The paragraphs of one text and the texts of its footnotes, ready to tokenize."""
    out: list[Piece] = []
    base = 0
    for block in text.blocks:
        runs = [piece for piece in block.content if isinstance(piece, Run)]
        out.append((part, field, _checkable(runs), base))
        out.extend(
            (Part.FOOTNOTE, n.id, footnote_checkable(_checkable(n.body)), 0)
            for n in block.footnotes()
        )
        base += len(block.plain_text()) + 1
    return out


def place_of(piece: Piece, token: Token, number: int | None, item: str | None) -> Place:
    """The place of *token* found in *piece* of the text of *item*."""
    part, field, plain, offset = piece
    where = Location(
        part,
        number,
        item,
        field,
        plain[token.start : token.end],
        offset + token.start,
        offset + token.end,
    )
    return Place(token, where)


def text_places(
    text: RichText, part: Part, number: int | None, item: str | None, field: str
) -> list[Place]:
    """Every word to check in one text and its footnotes, with its place."""
    return [
        place_of(piece, token, number, item)
        for piece in text_pieces(text, part, field)
        for token in words(piece[2])
    ]


def misspelled_in(
    speller: Speller, pieces: list[Piece], also: AbstractSet[str] = frozenset()
) -> list[tuple[int, Token]]:
    """(index of the piece, token) of every misspelled word in *pieces*."""
    return [
        (index, token)
        for index, piece in enumerate(pieces)
        for token in words(piece[2])
        if not speller.correct(token, also)
    ]


def spelling_findings(letter: Letter, speller: Speller) -> list[SpellingFinding]:
    """One finding per misspelled word, with up to five suggestions each."""
    speller.accept(letter_names(letter))
    out: list[SpellingFinding] = []
    for text in letter_texts(letter):
        for place in text_places(*text):
            if speller.correct(place.token):
                continue
            suggestions = speller.suggest(place.location.excerpt)
            finding = spelling_finding(place.token, place.location, suggestions)
            out.append(SpellingFinding(finding, suggestions))
    return out


def spelling_finding(token: Token, where: Location, suggestions: tuple[str, ...] = ()) -> Finding:
    """The finding of a misspelled word at *where* (the word as typed is its excerpt). A word
    with look-alike letters from another script gets the all-Latin word as its fix."""
    word = where.excerpt
    shown = ", ".join(f"\u201c{s}\u201d" for s in suggestions)
    nl = f"Onbekend woord: \u201c{word}\u201d."
    en = f"Unknown word: \u201c{word}\u201d."
    if shown:
        nl += f" Suggesties: {shown}."
        en += f" Suggestions: {shown}."
    return Finding(
        CHECK_ID, Severity.WARNING, nl, en, where, _latin(word) if token.mixed_script else None
    )


def _latin(word: str) -> str | None:
    from answerletter.checks.textscan import LOOKALIKES

    fixed = "".join(LOOKALIKES.get(c, c) for c in word)
    return fixed if fixed != word else None
