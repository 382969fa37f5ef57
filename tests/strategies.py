"""Hypothesis strategies for model values: rich text, metadata and whole consistent letters.

Everything generated is a valid, canonical model value (the model normalises runs on
construction), so a format that stores letters faithfully must give back an equal value:
``read(write(letter)) == letter``. Examples stay small (at most eight questions) so property
tests run fast, but every feature is reachable: all marks, soft line breaks and tabs, list
items of both kinds at every level, footnotes everywhere (ids unique across the letter),
combined and referring answers, unanswered questions, odd numbering, optional metadata, and
unusual Unicode.

Strategies are built once, at import: building and validating fresh strategy objects inside
every draw, per-character alphabets and unique-list rejection made letters several times
slower to generate, enough to trip Hypothesis' too-slow health check.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date
from functools import cache

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from answerletter.model import (
    DEFAULT_ADDRESSEE,
    LINE_BREAK,
    PLAIN,
    Acceptance,
    Answer,
    Block,
    Body,
    DocumentKind,
    Footnote,
    Inline,
    Letter,
    ListKind,
    Marks,
    Member,
    Metadata,
    Office,
    Postponement,
    Question,
    RichText,
    Run,
    Script,
    Sender,
    Signatory,
)
from answerletter.model.richtext import MAX_LIST_LEVEL

MAX_QUESTIONS = 8

#: Settings for tests that draw from these strategies: no per-example deadline and no
#: too-slow health check, since both are timing checks that fail on a busy machine.
UNTIMED = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Characters worth meeting often: Dutch accents, Cyrillic, emoji (with skin tone, a ZWJ
#: sequence and a variation selector), right-to-left scripts with direction marks, a
#: combining accent, no-break and zero-width spaces, characters XML escapes, a letter outside
#: the Basic Multilingual Plane, and a private-use character.
ODD_CHARACTERS = (
    "éëïöüáàèçñĳĲ"
    "Жзыкщ"
    "😀👍🏽👩\u200d💻❤\ufe0f"
    "שלוםمرحبا\u200f\u200e"
    "e\u0301"
    "\u00a0\u200b\u202f"
    "<>&\"'"
    "\U0001d538\ue000"
    "€§°½"
)
_FAMILIAR = "abcdefghijklmnopqrstuvwxyz ABCZ0129.,;:()-" + ODD_CHARACTERS
_RUN_FAMILIAR = _FAMILIAR + "\t" + LINE_BREAK + "\u2029"
#: Whitespace a format might collapse or trim: tabs, line and paragraph separators, spaces.
_RUN_SPACING = "ab \t" + LINE_BREAK + "\u2029"

#: Characters a letter's text may hold (XML 1.0): not surrogates, not control characters,
#: not the non-characters U+FFFE/U+FFFF. Plain strings are single lines, so no TAB and no
#: line or paragraph separator; runs may hold TAB and both separators.
_PLAIN_CHARS = st.characters(
    exclude_categories=("Cs", "Cc"), exclude_characters="\ufffe\uffff\u2028\u2029"
)
_RUN_CHARS = st.characters(
    exclude_categories=("Cs", "Cc"),
    exclude_characters="\ufffe\uffff",
    include_characters="\t" + LINE_BREAK,
)

_DATES = st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31))


@cache
def plain_strings(*, min_size: int = 0, max_size: int = 12) -> st.SearchStrategy[str]:
    """A single-line string: no control characters, no TAB, no line or paragraph separators."""
    return st.text(_FAMILIAR, min_size=min_size, max_size=max_size) | st.text(
        _PLAIN_CHARS, min_size=min_size, max_size=max_size
    )


@cache
def run_texts(*, max_size: int = 10) -> st.SearchStrategy[str]:
    """The text of a run (never empty): may hold tabs, soft line breaks, repeated spaces."""
    return st.one_of(
        st.text(_RUN_FAMILIAR, min_size=1, max_size=max_size),
        st.text(_RUN_CHARS, min_size=1, max_size=max_size),
        st.text(_RUN_SPACING, min_size=1, max_size=max_size),
    )


# -- links and marks --

#: Link targets of every allowed kind, with characters a file format has to escape. A fixed
#: list keeps generation cheap; ``links()`` builds arbitrary ones for tests that want them.
SAMPLE_LINKS = (
    "http://www.rijksoverheid.nl",
    "https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2026Z09763&did=2026D1",
    "https://zoek.officielebekendmakingen.nl/kst-36600-VI-12.html#p3",
    "HTTPS://EXAMPLE.NL/Pad/Met%20Spatie",
    "Http://voorbeeld.nl/été/€?x=1;y='2'",
    "https://xn--bcher-kva.example/~user/(a)[b]!$*+,",
    "mailto:info@minaz.nl",
    "mailto:kamervragen@minbuza.nl?subject=Vragen%20over%20de%20Taliban&cc=a@b.nl",
    "MAILTO:Postbus@Example.NL",
)

_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
_HOSTS = st.builds(
    "{}x{}x.{}".format,
    st.sampled_from(("www.", "zoek.", "")),
    st.text(_ALNUM + "-", max_size=6),
    st.sampled_from(("nl", "eu", "overheid.nl", "com")),
)
_PATHS = st.text("abcXYZ019-._~/?=&#%+:@!$'()*,;é€", max_size=10)
_SCHEMES = st.sampled_from(("http", "https", "mailto", "HTTPS", "Http"))
_MAIL_LOCAL = st.text(_ALNUM + "._+-", max_size=6).map(lambda local: f"k{local}")
_MAIL_QUERY = st.sampled_from(("", "?subject=Kamervragen%202026", "?cc=a@b.nl"))


@st.composite
def _draw_link(draw: st.DrawFn) -> str:
    scheme = draw(_SCHEMES)
    host = draw(_HOSTS)
    if scheme.lower() == "mailto":
        return f"{scheme}:{draw(_MAIL_LOCAL)}@{host}{draw(_MAIL_QUERY)}"
    return f"{scheme}://{host}/{draw(_PATHS)}"


_LINKS = _draw_link()
#: Every combination of bold, italic, underline and script, without and with a link (one
#: sample link per combination, cycling through them), drawn in a single step.
_MARK_COMBINATIONS = [
    Marks(bold, italic, underline, script)
    for bold, italic, underline in itertools.product((False, True), repeat=3)
    for script in Script
]
_LINKED_COMBINATIONS = [
    Marks(m.bold, m.italic, m.underline, m.script, link)
    for m, link in zip(_MARK_COMBINATIONS, itertools.cycle(SAMPLE_LINKS), strict=False)
] + [Marks(link=link) for link in SAMPLE_LINKS]
_MARKS = st.sampled_from(_MARK_COMBINATIONS + _LINKED_COMBINATIONS)
_RUNS = st.builds(Run, run_texts(), st.just(PLAIN) | _MARKS)


def links() -> st.SearchStrategy[str]:
    """An arbitrary http, https or mailto address (scheme in any case)."""
    return _LINKS


def marks() -> st.SearchStrategy[Marks]:
    """Any marks: every bold/italic/underline/script combination, with or without a link."""
    return _MARKS


def runs() -> st.SearchStrategy[Run]:
    return _RUNS


# -- ids --

#: Id prefixes end in a non-digit, so ids "<prefix><n>" of two different prefixes never
#: coincide. Odd ones use every character an id may hold.
_ID_PREFIXES = st.sampled_from(("q", "a", "fn", "Q_", "vraag-", "antw.", "n")) | st.builds(
    "{}{}z".format,
    st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_"),
    st.text("abcXYZ_019.-", max_size=4),
)
_DISTINCT_PREFIXES = st.lists(_ID_PREFIXES, min_size=3, max_size=3, unique=True)
_ID_OFFSETS = st.sampled_from((0, 0, 1, 7, 99, 1000))


def ids() -> st.SearchStrategy[str]:
    """An id as the letter allows it (an XML NCName without colon), conventional or odd."""
    return st.builds("{}{}".format, _ID_PREFIXES, st.integers(0, 50))


def _id_series(prefix: str, offset: int) -> Iterator[str]:
    return (f"{prefix}{n}" for n in itertools.count(offset))


# -- rich text --

_FOOTNOTES = st.builds(Footnote, st.just("fn1"), st.lists(_RUNS, max_size=3).map(tuple))
_INLINE_RUNS: st.SearchStrategy[Inline] = _RUNS
_CONTENT: dict[bool, st.SearchStrategy[list[Inline]]] = {
    True: st.lists(st.one_of(_INLINE_RUNS, _INLINE_RUNS, _INLINE_RUNS, _FOOTNOTES), max_size=3),
    False: st.lists(_INLINE_RUNS, max_size=3),
}
_LIST_KINDS = st.sampled_from((None, None, ListKind.BULLET, ListKind.NUMBER))
_LEVELS = st.integers(0, MAX_LIST_LEVEL)


def footnotes() -> st.SearchStrategy[Footnote]:
    """A footnote whose body has marks and links; its id is reissued inside texts."""
    return _FOOTNOTES


@st.composite
def _draw_block(draw: st.DrawFn, *, with_footnotes: bool) -> Block:
    content = draw(_CONTENT[with_footnotes])
    kind = draw(_LIST_KINDS)
    level = 0 if kind is None else draw(_LEVELS)
    return Block(tuple(content), kind, level)


_BLOCKS = {flag: _draw_block(with_footnotes=flag) for flag in (True, False)}


def blocks(*, with_footnotes: bool = True) -> st.SearchStrategy[Block]:
    """A paragraph or a list item (bullet or numbered, level 0..3); possibly empty."""
    return _BLOCKS[with_footnotes]


def _reissue(text: RichText, fresh: Iterator[str]) -> RichText:
    """*text* with its footnotes given the next ids from *fresh*, in reading order."""
    if not text.footnotes():
        return text
    return text.map_footnotes(lambda note: Footnote(next(fresh), note.body))


@st.composite
def _draw_rich_text(draw: st.DrawFn, *, with_footnotes: bool, max_blocks: int) -> RichText:
    text = RichText(tuple(draw(_block_lists(with_footnotes, max_blocks))))
    return _reissue(text, _id_series(draw(_ID_PREFIXES), draw(_ID_OFFSETS)))


@cache
def _block_lists(with_footnotes: bool, max_blocks: int) -> st.SearchStrategy[list[Block]]:
    return st.lists(_BLOCKS[with_footnotes], max_size=max_blocks)


@cache
def rich_texts(*, with_footnotes: bool = True, max_blocks: int = 3) -> st.SearchStrategy[RichText]:
    """Rich text: no blocks, or paragraphs and list items (possibly empty) of marked runs
    with tabs and soft line breaks, and footnotes (ids unique within the text)."""
    return _draw_rich_text(with_footnotes=with_footnotes, max_blocks=max_blocks)


# -- metadata and body --


@cache
def _lines(max_size: int = 2) -> st.SearchStrategy[tuple[str, ...]]:
    return st.lists(plain_strings(), max_size=max_size).map(tuple)


_SENDERS = st.builds(
    Sender,
    ministry=plain_strings(),
    unit=plain_strings(),
    visiting_address=_lines(),
    postal_address=_lines(),
    return_address=plain_strings(),
    website=plain_strings(),
    logo=st.sampled_from(("", "logo.png", "images/rijkslogo.svg", "/opt/huisstijl/logo.png"))
    | plain_strings(max_size=8),
)
_OFFICES = st.builds(
    Office,
    st.sampled_from(("minister", "staatssecretaris", "minister-president"))
    | plain_strings(min_size=1, max_size=8),
    st.sampled_from(("", "Asiel en Migratie", "Buitenlandse Zaken")) | plain_strings(),
)
_MEMBERS = st.builds(
    Member,
    plain_strings(min_size=1),
    st.sampled_from(("", "VVD", "GroenLinks-PvdA", "SP")) | plain_strings(max_size=6),
)
_POSTPONEMENTS = st.builds(Postponement, _DATES, plain_strings(), st.none() | _DATES)
_ZAAKNUMMERS = st.builds("{}Z{:05d}".format, st.integers(1990, 2100), st.integers(0, 99999))
_METADATAS = st.builds(
    Metadata,
    sender=_SENDERS,
    addressee=st.just(DEFAULT_ADDRESSEE) | _lines(max_size=3),
    our_reference=plain_strings(),
    your_reference=_ZAAKNUMMERS | plain_strings(),
    letter_date=st.none() | _DATES,
    subject=plain_strings(),
    betreft=st.none() | plain_strings(),
    submitted=st.none() | _DATES,
    members=st.lists(_MEMBERS, max_size=3).map(tuple),
    addressed_to=st.lists(_OFFICES, max_size=2).map(tuple),
    signatories=st.lists(st.builds(Signatory, _OFFICES, plain_strings()), max_size=2).map(tuple),
    on_behalf_of=st.lists(_OFFICES, max_size=2).map(tuple),
    postponement=st.none() | _POSTPONEMENTS,
    attachments=st.lists(plain_strings(min_size=1), max_size=2).map(tuple),
    classification=st.sampled_from(("", "Departementaal vertrouwelijk")) | plain_strings(),
)
_BODIES = st.builds(
    Body,
    offering=st.none() | rich_texts(max_blocks=2),
    paragraphs=rich_texts(max_blocks=2),
    closing=st.sampled_from(("", "Hoogachtend,")) | plain_strings(),
)


def senders() -> st.SearchStrategy[Sender]:
    return _SENDERS


def offices() -> st.SearchStrategy[Office]:
    return _OFFICES


def members() -> st.SearchStrategy[Member]:
    return _MEMBERS


def postponements() -> st.SearchStrategy[Postponement]:
    """An uitstelbericht with or without an expected date."""
    return _POSTPONEMENTS


def metadatas() -> st.SearchStrategy[Metadata]:
    """Metadata with every optional part sometimes present and sometimes absent or empty."""
    return _METADATAS


def bodies() -> st.SearchStrategy[Body]:
    """A body with or without an offering override, paragraphs and a closing."""
    return _BODIES


# -- letters --

_CHOICES = st.integers(0, 1000)


@cache
def _numbers(count: int) -> st.SearchStrategy[list[int]]:
    """Question numbers: 1..N in order, or arbitrary (out of order, repeated, large)."""
    return st.just(list(range(1, count + 1))) | st.lists(
        st.integers(1, 30) | st.integers(1, 10**6), min_size=count, max_size=count
    )


@cache
def _orders(count: int) -> st.SearchStrategy[list[int]]:
    return st.permutations(list(range(count)))


@st.composite
def _draw_letter(draw: st.DrawFn, *, max_questions: int) -> Letter:
    n = draw(st.integers(0, max_questions))
    q_prefix, a_prefix, fn_prefix = draw(_DISTINCT_PREFIXES)
    # Ids in a drawn order, so they need not follow presentation order either.
    q_offset = draw(_ID_OFFSETS)
    q_ids = [f"{q_prefix}{q_offset + i}" for i in draw(_orders(n))]
    numbers = draw(_numbers(n))
    texts = rich_texts(max_blocks=2)
    questions = [
        Question(qid, number, draw(texts)) for qid, number in zip(q_ids, numbers, strict=True)
    ]

    # Which answer covers each question: none, a new answer, or one begun earlier (so an
    # answer may cover questions that are not adjacent, like 3, 4, 5, 9 and 10).
    groups: list[list[str]] = []
    for qid in q_ids:
        choice = draw(_CHOICES) % (len(groups) + 2) - 1
        if choice == len(groups):
            groups.append([qid])
        elif choice >= 0:
            groups[choice].append(qid)
    groups.sort(key=lambda group: q_ids.index(group[-1]))  # presentation order

    # References without circles: an answer may only point at a question that has no answer
    # or whose answer ranks lower in a drawn order of the answers.
    rank = {answer: position for position, answer in enumerate(draw(_orders(len(groups))))}
    owner = {qid: i for i, group in enumerate(groups) for qid in group}
    a_offset = draw(_ID_OFFSETS)
    answers: list[Answer] = []
    for i, group in enumerate(groups):
        targets = [
            qid
            for qid in q_ids
            if qid not in owner or (owner[qid] != i and rank[owner[qid]] < rank[i])
        ]
        refers_to = None
        if targets and draw(_CHOICES) % 3 == 0:
            refers_to = targets[draw(_CHOICES) % len(targets)]
        answer_id = f"{a_prefix}{a_offset + i}"
        answers.append(Answer(answer_id, tuple(group), draw(texts), refers_to))

    body = draw(_BODIES)
    fresh = _id_series(fn_prefix, draw(_ID_OFFSETS))
    offering = None if body.offering is None else _reissue(body.offering, fresh)
    body = Body(offering, _reissue(body.paragraphs, fresh), body.closing)
    questions = [Question(q.id, q.number, _reissue(q.text, fresh)) for q in questions]
    answers = [Answer(a.id, a.questions, _reissue(a.text, fresh), a.refers_to) for a in answers]
    kind = draw(st.sampled_from(DocumentKind))
    accepted = tuple(draw(st.lists(acceptances(), max_size=2)))
    return Letter(draw(_METADATAS), body, tuple(questions), tuple(answers), kind, accepted)


@cache
def acceptances() -> st.SearchStrategy[Acceptance]:
    """An accepted finding: its key as plain strings, the excerpt as text from a run."""
    return st.builds(
        Acceptance,
        check=plain_strings(min_size=1),
        item=plain_strings(),
        part=plain_strings(min_size=1),
        field=plain_strings(),
        excerpt=run_texts(),
        reason=plain_strings(),
    )


@cache
def letters(*, max_questions: int = MAX_QUESTIONS) -> st.SearchStrategy[Letter]:
    """A consistent letter: unique ids, each question in at most one answer, answers in
    presentation order, references without circles, footnote ids unique letter-wide.

    Numbers are sometimes 1..N and sometimes arbitrary (out of order, repeated); some
    questions have no answer; answers may combine questions that are not adjacent.
    """
    return _draw_letter(max_questions=max_questions)
