"""Find in a whole letter: questions, answers, their footnotes, the letter text before the
questions and, if asked, the letter details (metadata).

A rich text is searched as its *search text*: the blocks joined by a newline, each footnote
mark one U+FFFC character, marks (bold, links, …) ignored. So "Tweede Kamer" is found when
"Kamer" is bold, a hit never runs over a footnote mark or a paragraph end, and the offsets
of a hit are the positions the editor's QTextDocument has for it (each block one character
longer than its text, a footnote one object character) — apart from Qt counting characters
outside the BMP as two (the GUI converts). A footnote's own text is searched separately and
its hits are listed where its mark stands.

``LetterSearch`` remembers the search text and the hits per text value (texts are immutable
and shared between versions of the letter), so after a keystroke only the changed text is
searched again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

from answerletter.model.acceptance import DocumentKind
from answerletter.model.letter import Answer, Letter, Question
from answerletter.model.metadata import Metadata
from answerletter.model.richtext import Footnote, RichText, Run
from answerletter.model.wording import offering

#: A footnote mark in a search text (the character Qt uses for the object, too).
MARK = "\ufffc"
#: Paragraph ends and footnote marks: a query holding one of these finds nothing.
_BARRIERS = frozenset(("\n", MARK))
#: More hits than this are not listed (the count says "more than"); replace all is not
#: limited by it.
MAX_HITS = 10_000


class Part(Enum):
    """Which text of the letter a hit is in."""

    METADATA = "metadata"
    OFFERING = "offering"
    PARAGRAPHS = "paragraphs"
    CLOSING = "closing"
    QUESTION = "question"
    ANSWER = "answer"


@dataclass(frozen=True, slots=True)
class Place:
    """One searchable text. *item* is a question's or answer's id; *footnote* a footnote's id
    (the hit is in that footnote's text, which stands in *item* or the body part); *field*
    names a metadata field ("subject", "addressee/1", "members/0/name")."""

    part: Part
    item: str = ""
    footnote: str = ""
    field: str = ""


@dataclass(frozen=True, slots=True)
class Hit:
    """Text found at [start, end) of its place's search text."""

    place: Place
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Query:
    """What to look for, and how."""

    text: str
    match_case: bool = False
    whole_word: bool = False
    metadata: bool = False

    def pattern(self) -> re.Pattern[str] | None:
        """The compiled search; None when nothing can match (empty, or a paragraph end or
        footnote mark in the query)."""
        if not self.text or _BARRIERS.intersection(self.text):
            return None
        source = re.escape(self.text)
        if self.whole_word:
            # "Kamer" not inside "Kamerlid"; a query starting or ending with a non-word
            # character ("(nr. 12)") is bounded only where it has word characters.
            if _is_word_char(self.text[0]):
                source = r"(?<!\w)" + source
            if _is_word_char(self.text[-1]):
                source += r"(?!\w)"
        flags = 0 if self.match_case else re.IGNORECASE
        return re.compile(source, flags)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def search_text(text: RichText) -> str:
    """The text as it is searched: blocks joined by newlines, each footnote one U+FFFC."""
    return "\n".join(
        "".join(MARK if isinstance(item, Footnote) else item.text for item in block.content)
        for block in text.blocks
    )


def runs_text(runs: tuple[Run, ...]) -> str:
    return "".join(run.text for run in runs)


# -- what is searched, in reading order --


def metadata_fields(metadata: Metadata) -> list[tuple[str, str]]:
    """(field, value) of every free-text detail, in the order the letter prints them."""
    fields: list[tuple[str, str]] = []
    sender = metadata.sender
    fields += [("sender/ministry", sender.ministry), ("sender/unit", sender.unit)]
    fields += [(f"sender/visiting_address/{i}", v) for i, v in enumerate(sender.visiting_address)]
    fields += [(f"sender/postal_address/{i}", v) for i, v in enumerate(sender.postal_address)]
    fields += [("sender/return_address", sender.return_address), ("sender/website", sender.website)]
    fields += [(f"addressee/{i}", line) for i, line in enumerate(metadata.addressee)]
    fields += [("our_reference", metadata.our_reference)]
    fields += [("your_reference", metadata.your_reference)]
    fields += [("classification", metadata.classification), ("subject", metadata.subject)]
    if metadata.betreft is not None:
        fields.append(("betreft", metadata.betreft))
    for i, member in enumerate(metadata.members):
        fields += [(f"members/{i}/name", member.name), (f"members/{i}/party", member.party)]
    for i, office in enumerate(metadata.addressed_to):
        fields.append((f"addressed_to/{i}/portfolio", office.portfolio))
    for i, signatory in enumerate(metadata.signatories):
        fields += [(f"signatories/{i}/portfolio", signatory.office.portfolio)]
        fields += [(f"signatories/{i}/name", signatory.name)]
    for i, office in enumerate(metadata.on_behalf_of):
        fields.append((f"on_behalf_of/{i}/portfolio", office.portfolio))
    if metadata.postponement is not None:
        fields.append(("postponement/reason", metadata.postponement.reason))
    fields += [(f"attachments/{i}", line) for i, line in enumerate(metadata.attachments)]
    return [(name, value) for name, value in fields if value]


def body_places(letter: Letter) -> list[tuple[Place, RichText]]:
    """The rich texts before the questions with their places, in printed order (the
    offering as printed: the generated one when the letter has no own offering text)."""
    return [
        (Place(Part.OFFERING), offering(letter)),
        (Place(Part.PARAGRAPHS), letter.body.paragraphs),
    ]


def item_place(item: Question | Answer) -> Place:
    return Place(Part.QUESTION if isinstance(item, Question) else Part.ANSWER, item.id)


def is_generated(letter: Letter, place: Place) -> bool:
    """True for text the program makes from the letter details (the offering sentence
    without an own text, an uitstelbericht's text): it can be found, not replaced here."""
    return place.part is Part.OFFERING and letter.body.offering is None


def is_notice(letter: Letter) -> bool:
    return letter.kind is DocumentKind.POSTPONEMENT_NOTICE


# -- searching --


def find_in_string(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


def find_in_richtext(
    pattern: re.Pattern[str], text: RichText, place: Place, plain: str | None = None
) -> list[Hit]:
    """The hits in *text* and, at each footnote's mark, in that footnote's text."""
    if plain is None:
        plain = search_text(text)
    spans = find_in_string(pattern, plain) if pattern.search(plain) else []
    notes = text.footnotes()
    if not notes:
        return [Hit(place, start, end) for start, end in spans]
    hits: list[Hit] = []
    spans.reverse()
    position = -1
    for note in notes:
        position = plain.index(MARK, position + 1)
        while spans and spans[-1][0] < position:
            start, end = spans.pop()
            hits.append(Hit(place, start, end))
        inner = runs_text(note.body)
        if inner:
            where = Place(place.part, place.item, note.id)
            hits.extend(Hit(where, s, e) for s, e in find_in_string(pattern, inner))
    hits.extend(Hit(place, start, end) for start, end in reversed(spans))
    return hits


def iter_hits(letter: Letter, query: Query) -> Iterator[Hit]:
    """Every hit of *query* in *letter* in reading order, with no limit and no memory (for
    replace all)."""
    pattern = query.pattern()
    if pattern is None:
        return
    if query.metadata:
        for name, value in metadata_fields(letter.metadata):
            place = Place(Part.METADATA, field=name)
            yield from (Hit(place, s, e) for s, e in find_in_string(pattern, value))
    for place, text in body_places(letter):
        yield from find_in_richtext(pattern, text, place)
    closing = Place(Part.CLOSING)
    yield from (Hit(closing, s, e) for s, e in find_in_string(pattern, letter.body.closing))
    for item in letter.presentation():
        if item.text.blocks:
            yield from find_in_richtext(pattern, item.text, item_place(item))


@dataclass
class SearchResult:
    """The hits of one query in one letter (at most MAX_HITS of them)."""

    letter: Letter
    query: Query
    hits: tuple[Hit, ...]
    #: True when there were more than MAX_HITS: *hits* holds the first MAX_HITS.
    truncated: bool = False


class LetterSearch:
    """Finds a query in letters, remembering per text value what it found, so a search of the
    next version of the letter (after a keystroke) searches only the changed texts."""

    def __init__(self) -> None:
        self._plain: dict[int, tuple[RichText, str]] = {}
        self._found: dict[int, tuple[RichText, Place, list[Hit]]] = {}
        self._query: Query | None = None

    def plain(self, text: RichText) -> str:
        known = self._plain.get(id(text))
        if known is not None and known[0] is text:
            return known[1]
        if len(self._plain) > 200_000:  # texts of old versions: let them go now and then
            self._plain.clear()
        plain = search_text(text)
        self._plain[id(text)] = (text, plain)
        return plain

    def search(self, letter: Letter, query: Query) -> SearchResult:
        pattern = query.pattern()
        if pattern is None:
            return SearchResult(letter, query, ())
        if query != self._query:
            self._found.clear()
            self._query = query
        elif len(self._found) > 200_000:
            self._found.clear()
        hits: list[Hit] = []
        if query.metadata:
            for name, value in metadata_fields(letter.metadata):
                place = Place(Part.METADATA, field=name)
                hits.extend(Hit(place, s, e) for s, e in find_in_string(pattern, value))
        for place, text in body_places(letter):
            hits.extend(self._in_text(pattern, place, text))
        closing = Place(Part.CLOSING)
        hits.extend(Hit(closing, s, e) for s, e in find_in_string(pattern, letter.body.closing))
        for item in letter.presentation():
            if len(hits) > MAX_HITS:
                break
            hits.extend(self._in_text(pattern, item_place(item), item.text))
        truncated = len(hits) > MAX_HITS
        return SearchResult(letter, query, tuple(hits[:MAX_HITS]), truncated)

    def _in_text(self, pattern: re.Pattern[str], place: Place, text: RichText) -> list[Hit]:
        if not text.blocks:
            return []
        known = self._found.get(id(text))
        if known is not None and known[0] is text and known[1] == place:
            return known[2]
        hits = find_in_richtext(pattern, text, place, self.plain(text))
        self._found[id(text)] = (text, place, hits)
        return hits
