"""Replace found text (``search``) in a letter, as a new letter value.

The replacement takes the marks of the first character it replaces (as word processors do),
so replacing inside a bold run keeps it bold. A hit never contains a footnote mark, so a
replacement never deletes, moves or splits a footnote; hits in a footnote's text change only
that text. Text the program generates (the offering sentence without an own text, an
uitstelbericht's text) is refused: it changes through the letter details it is made from.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from answerletter.model.acceptance import Acceptance
from answerletter.model.letter import Letter, ModelError, with_items
from answerletter.model.metadata import Member, Metadata, Signatory
from answerletter.model.richtext import Block, Footnote, Inline, RichText, Run, clean_text
from answerletter.model.search import (
    MARK,
    Hit,
    LetterSearch,
    Part,
    Place,
    Query,
    is_generated,
    iter_hits,
    metadata_fields,
    runs_text,
    search_text,
)


class ReplaceRefusedError(ModelError):
    """The text at a hit cannot be replaced here (generated text, or it changed)."""


@dataclass(frozen=True)
class ReplaceOutcome:
    """What replace all did: the new letter, how many hits it replaced, and how many it left
    because they are in generated text."""

    letter: Letter
    replaced: int
    skipped: int


def _clean_replacement(text: str) -> str:
    # A U+FFFC in a run would read as a footnote mark in the editor; it has no meaning here.
    return clean_text(text).replace(MARK, "")


# -- inline content --


def _replace_span(
    content: tuple[Inline, ...], start: int, end: int, replacement: str
) -> tuple[Inline, ...]:
    """*content* with the characters [start, end) (no footnote among them) replaced."""
    out: list[Inline] = []
    position = 0
    inserted = False
    for item in content:
        length = 1 if isinstance(item, Footnote) else len(item.text)
        item_end = position + length
        if item_end <= start or position >= end:
            if position >= end and not inserted:
                out.append(Run(replacement))
                inserted = True
            out.append(item)
        elif isinstance(item, Footnote):
            raise ReplaceRefusedError("A footnote mark stands in the text to replace")
        else:
            text = item.text
            if position <= start:
                out.append(Run(text[: start - position], item.marks))
                out.append(Run(replacement, item.marks))
                inserted = True
            if item_end > end:
                out.append(Run(text[end - position :], item.marks))
        position = item_end
    if not inserted:
        out.append(Run(replacement))
    return tuple(out)


def replace_spans_in_runs(
    runs: tuple[Run, ...], spans: Iterable[tuple[int, int]], replacement: str
) -> tuple[Run, ...]:
    content: tuple[Inline, ...] = runs
    for start, end in sorted(spans, reverse=True):
        content = _replace_span(content, start, end, replacement)
    return tuple(item for item in Block(content).content if isinstance(item, Run))


def replace_spans_in_richtext(
    text: RichText, spans: Iterable[tuple[int, int]], replacement: str
) -> RichText:
    """*text* with every span [start, end) of its search text replaced (spans do not
    overlap, and none crosses a paragraph end or a footnote mark)."""
    by_block: dict[int, list[tuple[int, int]]] = defaultdict(list)
    starts: list[int] = []
    position = 0
    for block in text.blocks:
        starts.append(position)
        length = sum(1 if isinstance(i, Footnote) else len(i.text) for i in block.content)
        position += length + 1
    for start, end in spans:
        index = bisect.bisect_right(starts, start) - 1
        by_block[index].append((start - starts[index], end - starts[index]))
    blocks = list(text.blocks)
    for index, block_spans in by_block.items():
        block = blocks[index]
        content = block.content
        for start, end in sorted(block_spans, reverse=True):
            content = _replace_span(content, start, end, replacement)
        blocks[index] = Block(content, block.list_kind, block.level)
    return RichText(tuple(blocks))


def _replace_in_string(value: str, spans: Iterable[tuple[int, int]], replacement: str) -> str:
    for start, end in sorted(spans, reverse=True):
        value = value[:start] + replacement + value[end:]
    return value


# -- metadata fields --


def set_metadata_field(metadata: Metadata, name: str, value: str) -> Metadata:
    """*metadata* with the field named as in ``search.metadata_fields`` set to *value*."""
    head, _, rest = name.partition("/")
    key, _, index = rest.partition("/")
    change: dict[str, Any]
    if head == "sender":
        sender = metadata.sender
        if index:
            change = {key: _with_line(getattr(sender, key), int(index), value)}
        else:
            change = {key: value}
        return replace(metadata, sender=replace(sender, **change))
    if head in ("addressee", "attachments"):
        change = {head: _with_line(getattr(metadata, head), int(rest), value)}
        return replace(metadata, **change)
    if head in ("members", "addressed_to", "on_behalf_of", "signatories"):
        items = list(getattr(metadata, head))
        position = int(key)
        old = items[position]
        if isinstance(old, Member):
            member: dict[str, Any] = {index: value}
            items[position] = replace(old, **member)
        elif isinstance(old, Signatory):
            items[position] = (
                replace(old, name=value)
                if index == "name"
                else replace(old, office=replace(old.office, portfolio=value))
            )
        else:
            items[position] = replace(old, portfolio=value)
        change = {head: tuple(items)}
        return replace(metadata, **change)
    if head == "postponement" and metadata.postponement is not None:
        return replace(metadata, postponement=replace(metadata.postponement, reason=value))
    change = {head: value}
    return replace(metadata, **change)


def _with_line(lines: tuple[str, ...], index: int, value: str) -> tuple[str, ...]:
    return (*lines[:index], value, *lines[index + 1 :])


def _metadata_value(metadata: Metadata, name: str) -> str:
    return dict(metadata_fields(metadata)).get(name, "")


# -- checking a hit against the letter --


def hit_text(letter: Letter, hit: Hit) -> str | None:
    """The text at *hit* in *letter* as it is now (None when its place is gone)."""
    text = place_text(letter, hit.place)
    return None if text is None else text[hit.start : hit.end]


def place_text(letter: Letter, place: Place) -> str | None:
    """The search text of *place* in *letter* (a footnote's text for a footnote place)."""
    if place.part is Part.METADATA:
        return _metadata_value(letter.metadata, place.field)
    if place.part is Part.CLOSING:
        return letter.body.closing
    rich = _rich_text_of(letter, place)
    if rich is None:
        return None
    if place.footnote:
        for note in rich.footnotes():
            if note.id == place.footnote:
                return runs_text(note.body)
        return None
    return search_text(rich)


def _rich_text_of(letter: Letter, place: Place) -> RichText | None:
    if place.part is Part.QUESTION:
        index = letter.question_index.get(place.item)
        return None if index is None else letter.questions[index].text
    if place.part is Part.ANSWER:
        index = letter.answer_index.get(place.item)
        return None if index is None else letter.answers[index].text
    if place.part is Part.PARAGRAPHS:
        return letter.body.paragraphs
    if place.part is Part.OFFERING:
        from answerletter.model.wording import offering

        return offering(letter)
    return None


# -- replacing --


def replace_hit(letter: Letter, hit: Hit, replacement: str, query: Query) -> Letter:
    """*letter* with the text at *hit* replaced; ReplaceRefusedError when it is generated text
    or no longer what *query* finds there."""
    if is_generated(letter, hit.place):
        raise ReplaceRefusedError("This text is made from the letter details")
    pattern = query.pattern()
    text = place_text(letter, hit.place)
    # match() at the start sees the characters before it (whole-word look-behind).
    match = None if pattern is None or text is None else pattern.match(text, hit.start)
    if match is None or match.end() != hit.end:
        raise ReplaceRefusedError("The text changed since it was found")
    return replace_hits(letter, [hit], replacement)


def replace_all(
    letter: Letter, query: Query, replacement: str, searcher: LetterSearch | None = None
) -> ReplaceOutcome:
    """Replace every hit of *query* (generated text left alone, and counted). A *searcher*
    that searched this letter already finds the hits again without searching."""
    hits: list[Hit] = []
    skipped = 0
    found = searcher.all_hits(letter, query) if searcher is not None else iter_hits(letter, query)
    for hit in found:
        if is_generated(letter, hit.place):
            skipped += 1
        else:
            hits.append(hit)
    if not hits:
        return ReplaceOutcome(letter, 0, skipped)
    return ReplaceOutcome(replace_hits(letter, hits, replacement), len(hits), skipped)


def replace_hits(letter: Letter, hits: Iterable[Hit], replacement: str) -> Letter:
    """*letter* with the text at every hit replaced (hits as the search found them in this
    letter: not overlapping, none in generated text)."""
    replacement = _clean_replacement(replacement)
    grouped: dict[tuple[Part, str], dict[str, list[tuple[int, int]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for hit in hits:
        place = hit.place
        key = (place.part, place.field if place.part is Part.METADATA else place.item)
        grouped[key][place.footnote].append((hit.start, hit.end))

    metadata = letter.metadata
    body = letter.body
    changed_items: dict[str, RichText] = {}
    for (part, name), spans in grouped.items():
        if part is Part.METADATA:
            value = _replace_in_string(_metadata_value(metadata, name), spans[""], replacement)
            metadata = set_metadata_field(metadata, name, value)
        elif part is Part.CLOSING:
            body = replace(body, closing=_replace_in_string(body.closing, spans[""], replacement))
        elif part is Part.OFFERING:
            if body.offering is None:
                raise ReplaceRefusedError("This text is made from the letter details")
            body = replace(body, offering=_replace_in_rich(body.offering, spans, replacement))
        elif part is Part.PARAGRAPHS:
            body = replace(body, paragraphs=_replace_in_rich(body.paragraphs, spans, replacement))
        else:
            text = _rich_text_of(letter, Place(part, name))
            if text is None:
                raise ReplaceRefusedError(f"No question or answer {name!r}")
            changed_items[name] = _replace_in_rich(text, spans, replacement)

    result = letter
    if metadata is not letter.metadata:
        result = replace(result, metadata=metadata)
    if body is not letter.body:
        result = replace(result, body=body)
    if changed_items:
        result = _with_item_texts(result, changed_items)
    return _drop_acceptances_gone(result, changed_items)


def _replace_in_rich(
    text: RichText, spans: dict[str, list[tuple[int, int]]], replacement: str
) -> RichText:
    notes = {note_id: s for note_id, s in spans.items() if note_id}
    if notes:

        def change(note: Footnote) -> Footnote:
            if note.id not in notes:
                return note
            return Footnote(note.id, replace_spans_in_runs(note.body, notes[note.id], replacement))

        text = text.map_footnotes(change)
    if spans.get(""):
        text = replace_spans_in_richtext(text, spans[""], replacement)
    return text


def _with_item_texts(letter: Letter, texts: dict[str, RichText]) -> Letter:
    """*letter* with the texts of the named questions and answers replaced, in one version
    that carries the look-ups over and names what it changed (see ``with_items``)."""
    return with_items(letter, [replace(letter.item(i), text=text) for i, text in texts.items()])


def _drop_acceptances_gone(letter: Letter, texts: dict[str, RichText]) -> Letter:
    """Accepted findings whose excerpt the replacement removed go with it (as when the text
    is typed over; undo brings them back)."""
    if not letter.accepted or not texts:
        return letter
    plain: dict[str, tuple[str, dict[str, str]]] = {}

    def still_there(acceptance: Acceptance) -> bool:
        item = acceptance.item
        if item not in texts:
            return True
        if item not in plain:
            text = texts[item]
            plain[item] = (text.plain_text(), {n.id: n.plain_text() for n in text.footnotes()})
        main, notes = plain[item]
        where = notes.get(acceptance.field, "") if acceptance.part == "footnote" else main
        return acceptance.excerpt in where

    kept = tuple(a for a in letter.accepted if still_there(a))
    return letter if len(kept) == len(letter.accepted) else replace(letter, accepted=kept)
