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
from collections.abc import Iterator, Sequence
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
#: (start, end) of each occurrence in a string.
Spans = tuple[tuple[int, int], ...]
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


class Matcher:
    """A query compiled for fast searching: occurrences are found with ``str.find`` (at C
    speed) and checked for word bounds by hand. Without *match_case* the lower-cased query is
    looked for in the lower-cased text (kept per text); a text or query whose lower case has
    another length (a rare "İ") is searched with a case-insensitive pattern instead."""

    def __init__(self, query: Query) -> None:
        text = query.text
        self.valid = bool(text) and not _BARRIERS.intersection(text)
        self.match_case = query.match_case
        needle = text if query.match_case else text.lower()
        #: The string to find; "" when lower case changes the query's length.
        self.needle = needle if len(needle) == len(text) else ""
        # "Kamer" not inside "Kamerlid"; a query starting or ending with a non-word
        # character ("(nr. 12)") is bounded only where it has word characters.
        self.bound_start = query.whole_word and bool(text) and _is_word_char(text[0])
        self.bound_end = query.whole_word and bool(text) and _is_word_char(text[-1])
        self.pattern = query.pattern()

    def spans(self, text: str, lower: str | None = None) -> Spans:
        """Where the query is in *text* (*lower*: ``text.lower()`` when it has its length)."""
        if not self.valid:
            return ()
        needle = self.needle
        if self.match_case and needle:
            return self._find_all(text, needle)
        if needle:
            if lower is None:
                lower = _lower(text)
            if lower is not None:
                return self._find_all(lower, needle)
        if self.pattern is None:
            return ()
        return tuple(m.span() for m in self.pattern.finditer(text))

    def _find_all(self, subject: str, needle: str) -> Spans:
        """Non-overlapping occurrences from the left, as ``re.finditer`` finds them."""
        find = subject.find
        at = find(needle)
        if at < 0:
            return ()
        found: list[tuple[int, int]] = []
        size = len(needle)
        last = len(subject)
        bound_start, bound_end = self.bound_start, self.bound_end
        while at >= 0:
            end = at + size
            if (bound_start and at and _is_word_char(subject[at - 1])) or (
                bound_end and end < last and _is_word_char(subject[end])
            ):
                at = find(needle, at + 1)
                continue
            found.append((at, end))
            at = find(needle, end)
        return tuple(found)


@dataclass(frozen=True, slots=True)
class Prepared:
    """A rich text ready to be searched: its search text, that text in lower case (None when
    lower case changes its length) and each footnote's (id, text, lower case)."""

    plain: str
    lower: str | None
    notes: tuple[tuple[str, str, str | None], ...]


def _lower(text: str) -> str | None:
    lower = text.lower()
    return lower if len(lower) == len(text) else None


def prepare(text: RichText) -> Prepared:
    plain = search_text(text)
    notes: tuple[tuple[str, str, str | None], ...] = ()
    if MARK in plain:
        notes = tuple(
            (note.id, inner, _lower(inner))
            for note in text.footnotes()
            if (inner := runs_text(note.body))
        )
    return Prepared(plain, _lower(plain), notes)


def find_in_prepared(
    matcher: Matcher, prepared: Prepared, part: Part, item: str = ""
) -> Sequence[Hit]:
    """The hits in a text and, at each footnote's mark, in that footnote's text. (Nothing is
    allocated for a text without hits: at 10,000 questions the garbage collector's passes
    over the letter would otherwise double the cost of a count.)"""
    spans = matcher.spans(prepared.plain, prepared.lower)
    if not prepared.notes:
        if not spans:
            return ()
        place = Place(part, item)
        return [Hit(place, start, end) for start, end in spans]
    found: list[tuple[int, str, Spans]] | None = None
    position = -1
    plain = prepared.plain
    for note_id, inner, lower in prepared.notes:
        position = plain.index(MARK, position + 1)  # the mark of this footnote
        inside = matcher.spans(inner, lower)
        if inside:
            found = found or []
            found.append((position, note_id, inside))
    if found is None:
        if not spans:
            return ()
        found = []
    place = Place(part, item)
    hits: list[Hit] = []
    pending = list(reversed(spans))
    for mark, note_id, inside in found:
        while pending and pending[-1][0] < mark:
            start, end = pending.pop()
            hits.append(Hit(place, start, end))
        where = Place(part, item, note_id)
        hits.extend(Hit(where, s, e) for s, e in inside)
    hits.extend(Hit(place, start, end) for start, end in reversed(pending))
    return hits


def find_in_richtext(matcher: Matcher, text: RichText, place: Place) -> Sequence[Hit]:
    return find_in_prepared(matcher, prepare(text), place.part, place.item)


def _string_hits(matcher: Matcher, place: Place, value: str) -> list[Hit]:
    return [Hit(place, s, e) for s, e in matcher.spans(value)]


def _head_hits(matcher: Matcher, letter: Letter, query: Query) -> list[Hit]:
    """Hits in the letter details (when asked) and the closing, which are plain strings."""
    hits: list[Hit] = []
    if query.metadata:
        for name, value in metadata_fields(letter.metadata):
            hits.extend(_string_hits(matcher, Place(Part.METADATA, field=name), value))
    return hits


def iter_hits(letter: Letter, query: Query) -> Iterator[Hit]:
    """Every hit of *query* in *letter* in reading order, with no limit and no memory (for
    replace all)."""
    matcher = Matcher(query)
    if not matcher.valid:
        return
    yield from _head_hits(matcher, letter, query)
    for place, text in body_places(letter):
        yield from find_in_richtext(matcher, text, place)
    yield from _string_hits(matcher, Place(Part.CLOSING), letter.body.closing)
    for item in letter.presentation():
        if item.text.blocks:
            yield from find_in_richtext(matcher, item.text, item_place(item))


@dataclass
class SearchResult:
    """The hits of one query in one letter (at most MAX_HITS of them)."""

    letter: Letter
    query: Query
    hits: tuple[Hit, ...]
    #: True when there were more than MAX_HITS: *hits* holds the first MAX_HITS.
    truncated: bool = False


class LetterSearch:
    """Finds a query in letters, remembering per text value its prepared form (for any
    query) and what the last query found in it, so a search of the next version of the
    letter (after a keystroke) searches only the changed texts."""

    def __init__(self) -> None:
        self._prepared: dict[int, tuple[RichText, Prepared]] = {}
        #: Texts the query is not in, and the hits of those it is in (by id of the text).
        self._without: dict[int, RichText] = {}
        self._found: dict[int, tuple[RichText, Sequence[Hit]]] = {}
        self._query: Query | None = None
        self._matcher: Matcher | None = None

    def prepared(self, text: RichText) -> Prepared:
        known = self._prepared.get(id(text))
        if known is not None and known[0] is text:
            return known[1]
        if len(self._prepared) > 200_000:  # texts of old versions: let them go now and then
            self._prepared.clear()
        prepared = prepare(text)
        self._prepared[id(text)] = (text, prepared)
        return prepared

    def search(self, letter: Letter, query: Query) -> SearchResult:
        """The first MAX_HITS hits of *query* in *letter*, in reading order."""
        hits: list[Hit] = []
        for found in self._hit_lists(letter, query):
            hits.extend(found)
            if len(hits) > MAX_HITS:
                break
        truncated = len(hits) > MAX_HITS
        return SearchResult(letter, query, tuple(hits[:MAX_HITS]), truncated)

    def all_hits(self, letter: Letter, query: Query) -> Iterator[Hit]:
        """Every hit of *query* in *letter*, in reading order (for replace all)."""
        for found in self._hit_lists(letter, query):
            yield from found

    def _hit_lists(self, letter: Letter, query: Query) -> Iterator[Sequence[Hit]]:
        if query != self._query or self._matcher is None:
            self._without.clear()
            self._found.clear()
            self._query = query
            self._matcher = Matcher(query)
        elif len(self._without) + len(self._found) > 200_000:
            self._without.clear()
            self._found.clear()
        matcher = self._matcher
        if not matcher.valid:
            return
        yield _head_hits(matcher, letter, query)
        for place, text in body_places(letter):
            yield find_in_prepared(matcher, prepare(text), place.part)
        yield _string_hits(matcher, Place(Part.CLOSING), letter.body.closing)
        without, found = self._without, self._found
        question = Part.QUESTION
        for item in letter.presentation():
            text = item.text
            key = id(text)
            if without.get(key) is text:
                continue
            known = found.get(key)
            # A text shared by two items (a duplicated question) has hits of its own in each.
            if known is not None and known[0] is text and known[1][0].place.item == item.id:
                yield known[1]
                continue
            if not text.blocks:
                continue
            part = question if isinstance(item, Question) else Part.ANSWER
            hits = find_in_prepared(matcher, self.prepared(text), part, item.id)
            if hits:
                found[key] = (text, hits)
                yield hits
            else:
                without[key] = text
