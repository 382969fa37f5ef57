"""Breaking the laid-out flow into pages: line by line, with footnotes and good breaks.

Pure Python, no Qt: the flow is a list of items (body, heading, questions, answers), each a
list of :class:`Unit` (one text line each) measured in dots. A page takes lines while they fit
with the footnotes they reference; it breaks at the last *legal* place: not after a label
(keep-with-next) and not leaving a single line of a paragraph alone at the top or bottom of a
page. A footnote that does not fit may continue on the next page rather than push its
reference there. When no legal break exists on a page, it breaks before the line that does not
fit: lines are never cut.

Pages are a pure function of where they start (item, line, footnote carried over), so after an
edit the layout re-breaks pages only until a new page starts where an old one did.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol


class FootnoteLike(Protocol):
    """A footnote as the paginator sees it: a number of lines on a fixed leading."""

    @property
    def line_count(self) -> int: ...

    @property
    def leading(self) -> float: ...


@dataclass(slots=True)
class Unit:
    """One line of the flow. Positions are relative to the item's origin, in dots."""

    slot_top: float
    height: float
    #: Space above this line when it does not start a page.
    space_before: float
    #: A page may start with this line (widow/orphan and keep-with-next rules).
    break_ok: bool
    #: This line must start a page (the questions section).
    page_break_before: bool = False
    footnotes: tuple[FootnoteLike, ...] = ()
    #: The line's block (counted from the item's first block) and its line in that block.
    block: int = 0
    line: int = 0


class ItemLike(Protocol):
    @property
    def units(self) -> list[Unit]: ...


@dataclass(frozen=True, slots=True)
class Cursor:
    """A position in the flow: line *unit* of item *item*."""

    item: int
    unit: int


@dataclass(frozen=True, slots=True)
class Carry:
    """The rest of a footnote continued from the previous page, from line *first_line* on."""

    footnote: FootnoteLike
    first_line: int

    def same_as(self, other: Carry | None) -> bool:
        return (
            other is not None
            and other.footnote is self.footnote
            and other.first_line == self.first_line
        )


@dataclass(slots=True)
class Segment:
    """Consecutive lines of one item on a page, the first one's slot top at *y* (page-relative)."""

    item: int
    first: int
    last: int
    y: float


@dataclass(slots=True)
class FootnotePart:
    """Lines [first_line, end_line) of a footnote, placed *y* below the footnote area's top."""

    footnote: FootnoteLike
    first_line: int
    end_line: int
    y: float


@dataclass(slots=True)
class PageBreak:
    """One page of the flow: its lines, its footnotes and where the next page starts."""

    start: Cursor
    carry_in: Carry | None
    end: Cursor
    carry_out: Carry | None
    segments: list[Segment] = field(default_factory=list)
    footnotes: list[FootnotePart] = field(default_factory=list)
    #: Height of the footnote area at the bottom of the body column (0 when none).
    footnote_area: float = 0.0


@dataclass(frozen=True, slots=True)
class FootnoteSpacing:
    """Vertical space of the footnote area: above the rule (with the rule) and between notes."""

    separator: float
    between: float


class Flow:
    """Random access to the units of a list of items."""

    def __init__(self, items: Sequence[ItemLike]) -> None:
        self.items = items

    def unit(self, cursor: Cursor) -> Unit:
        return self.items[cursor.item].units[cursor.unit]

    def next(self, cursor: Cursor) -> Cursor:
        """The position after *cursor*, skipping items without lines; the end is (len, 0)."""
        item, unit = cursor.item, cursor.unit + 1
        while item < len(self.items) and unit >= len(self.items[item].units):
            item, unit = item + 1, 0
        return Cursor(item, unit)

    def first(self) -> Cursor:
        return self.next(Cursor(0, -1))

    def at_end(self, cursor: Cursor) -> bool:
        return cursor.item >= len(self.items)


def _area(notes: Sequence[tuple[FootnoteLike, int]], spacing: FootnoteSpacing) -> float:
    """Height of a footnote area holding *notes* ((footnote, lines shown) pairs)."""
    if not notes:
        return 0.0
    lines = sum(note.leading * count for note, count in notes)
    return spacing.separator + lines + spacing.between * (len(notes) - 1)


def _carried_lines(
    flow: Flow, start: Cursor, carry: Carry, height: float, spacing: FootnoteSpacing
) -> tuple[int, bool]:
    """How many lines of a carried footnote fit on this page (leaving room for one line of
    text), and whether some remain for the page after."""
    remaining = carry.footnote.line_count - carry.first_line
    first_height = 0.0 if flow.at_end(start) else flow.unit(start).height
    room = height - spacing.separator - first_height
    lines = max(1, min(remaining, math.floor(room / carry.footnote.leading)))
    return lines, lines < remaining


def _lines_that_fit(
    room: float,
    notes: list[tuple[FootnoteLike, int]],
    note: FootnoteLike,
    spacing: FootnoteSpacing,
) -> int:
    """How many lines of *note* fit in *room* below the footnotes *notes*."""
    free = room - _area([*notes, (note, 0)], spacing)
    return math.floor(free / note.leading)


def break_page(
    flow: Flow,
    start: Cursor,
    carry: Carry | None,
    height: float,
    spacing: FootnoteSpacing,
) -> PageBreak:
    """Fill one page of body *height* from *start*; return what it holds and where it ends."""
    notes: list[tuple[FootnoteLike, int]] = []
    carry_lines = 0
    carry_unfinished = False
    if carry is not None:
        carry_lines, carry_unfinished = _carried_lines(flow, start, carry, height, spacing)
        notes.append((carry.footnote, carry_lines))
    placed: list[tuple[Cursor, float]] = []
    y = 0.0
    cursor = start
    last_ok: Cursor | None = None
    end: Cursor | None = None
    split: Carry | None = None
    while not flow.at_end(cursor):
        unit = flow.unit(cursor)
        first = cursor == start
        if not first and unit.page_break_before:
            end = cursor
            break
        top = y if first else y + unit.space_before
        new_notes = [(note, note.line_count) for note in unit.footnotes]
        if top + unit.height + _area(notes + new_notes, spacing) <= height:
            placed.append((cursor, top))
            notes.extend(new_notes)
            y = top + unit.height
            cursor = flow.next(cursor)
            if not flow.at_end(cursor) and flow.unit(cursor).break_ok:
                last_ok = cursor
            continue
        after = flow.next(cursor)
        legal_after = flow.at_end(after) or flow.unit(after).break_ok
        if new_notes and (legal_after or first) and not carry_unfinished:
            # Let the last new footnote run on to the next page rather than push its
            # reference (and the lines before it) away.
            note, count = new_notes[-1]
            room = height - top - unit.height
            fits = _lines_that_fit(room, [*notes, *new_notes[:-1]], note, spacing)
            if 1 <= fits < count:
                placed.append((cursor, top))
                notes.extend([*new_notes[:-1], (note, fits)])
                split = Carry(note, fits)
                end = after
                break
        if first:
            placed.append((cursor, top))
            notes.extend(new_notes)
            end = after
            break
        end = last_ok if last_ok is not None else cursor
        break
    if end is None:
        end = cursor
    return _finish(
        flow,
        start=start,
        carry=carry,
        end=end,
        split=split,
        placed=placed,
        notes=notes,
        spacing=spacing,
        carry_lines=carry_lines,
    )


def _finish(
    flow: Flow,
    *,
    start: Cursor,
    carry: Carry | None,
    end: Cursor,
    split: Carry | None,
    placed: list[tuple[Cursor, float]],
    notes: list[tuple[FootnoteLike, int]],
    spacing: FootnoteSpacing,
    carry_lines: int,
) -> PageBreak:
    """Build the page from the placed lines before *end* and the footnotes they reference."""
    kept = [(c, y) for c, y in placed if (c.item, c.unit) < (end.item, end.unit)]
    if split is None:
        # Breaking back at an earlier legal point drops lines: keep only their footnotes.
        notes = notes[:1] if carry is not None else []
        for c, _y in kept:
            notes.extend((note, note.line_count) for note in flow.unit(c).footnotes)
    page = PageBreak(start, carry, end, split)
    for c, y in kept:
        last = page.segments[-1] if page.segments else None
        if last is not None and last.item == c.item and last.last == c.unit - 1:
            last.last = c.unit
        else:
            page.segments.append(Segment(c.item, c.unit, c.unit, y))
    if carry is not None and carry_lines < carry.footnote.line_count - carry.first_line:
        page.carry_out = Carry(carry.footnote, carry.first_line + carry_lines)
    y = spacing.separator
    for index, (note, count) in enumerate(notes):
        first_line = carry.first_line if (index == 0 and carry is not None) else 0
        page.footnotes.append(FootnotePart(note, first_line, first_line + count, y))
        y += note.leading * count + spacing.between
    page.footnote_area = _area(notes, spacing)
    return page


def break_pages(
    flow: Flow,
    pages: list[PageBreak],
    *,
    first_height: float,
    next_height: float,
    spacing: FootnoteSpacing,
    limit: int = 100_000,
) -> None:
    """Append pages to *pages* (which may hold the first pages already) until the flow ends."""
    start = pages[-1].end if pages else flow.first()
    carry = pages[-1].carry_out if pages else None
    while (not flow.at_end(start) or carry is not None) and len(pages) < limit:
        height = first_height if not pages else next_height
        page = break_page(flow, start, carry, height, spacing)
        pages.append(page)
        start, carry = page.end, page.carry_out
