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
from dataclasses import dataclass
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


@dataclass(frozen=True, slots=True)
class WholeItem:
    """What the paginator needs to place an item's lines all at once (an item without
    footnotes and without a forced page break after its first line): an item in the middle
    of a page is placed in one step instead of line by line."""

    #: From its first line's slot top: the lowest bottom of a line, and the last line's.
    peak: float
    bottom: float
    #: The last of its lines after the first before which a page may start (-1: none).
    last_ok: int


def whole_item(units: Sequence[Unit]) -> WholeItem | None:
    """The summary of an item of *units* (a list never changed, but for its first line's
    space above and break_ok, which the summary leaves out); None when its lines must be
    placed one by one (footnotes, a page break inside)."""
    if not units or units[0].footnotes:
        return None
    y = peak = units[0].height
    last_ok = -1
    for index in range(1, len(units)):
        unit = units[index]
        if unit.footnotes or unit.page_break_before:
            return None
        # Summed in the order _fill sums a line at a time.
        y = (y + unit.space_before) + unit.height
        peak = max(peak, y)
        if unit.break_ok:
            last_ok = index
    return WholeItem(peak, y, last_ok)


class ItemLike(Protocol):
    @property
    def units(self) -> list[Unit]: ...

    #: Its lines' summary (whole_item), when it has one.
    @property
    def whole(self) -> WholeItem | None: ...


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


class PageBreak:
    """One page of the flow: its lines, its footnotes and where the next page starts.

    A page after inserted or removed items is the same page with its item indices moved
    (:meth:`shifted`): made in constant time, its segments moved when first read, and its
    :attr:`origin` says which page it was first broken as (what was read of that page's
    lines holds for it too). Every page after an insertion at 10,000 questions is shifted:
    moving their 20,000 segments at once cost more than the rest of the edit."""

    __slots__ = (
        "_lazy",
        "_segments",
        "carry_in",
        "carry_out",
        "end",
        "footnote_area",
        "footnotes",
        "origin",
        "start",
    )

    def __init__(
        self,
        start: Cursor,
        carry_in: Carry | None,
        end: Cursor,
        carry_out: Carry | None,
        segments: list[Segment] | None = None,
        *,
        footnotes: list[FootnotePart] | None = None,
        footnote_area: float = 0.0,
    ) -> None:
        self.start, self.carry_in, self.end, self.carry_out = start, carry_in, end, carry_out
        self._segments = segments if segments is not None else []
        #: (segments, shift) still to be moved, read and cleared as one (threads read
        #: pages too: a reader sees either the moved list or what to move).
        self._lazy: tuple[list[Segment], int] | None = None
        self.footnotes = footnotes if footnotes is not None else []
        #: Height of the footnote area at the bottom of the body column (0 when none).
        self.footnote_area = footnote_area
        #: The page this one was first broken as (itself, unless shifted).
        self.origin: PageBreak = self

    @property
    def segments(self) -> list[Segment]:
        lazy = self._lazy
        if lazy is not None:
            base, shift = lazy
            self._segments = [Segment(s.item + shift, s.first, s.last, s.y) for s in base]
            self._lazy = None
        return self._segments

    @segments.setter
    def segments(self, segments: list[Segment]) -> None:
        self._segments, self._lazy = segments, None

    def shifted(self, delta: int) -> PageBreak:
        """This page with its item indices moved by *delta* (items inserted or removed
        before it); its segments are moved when read."""
        if not delta:
            return self
        start, end = self.start, self.end
        page = PageBreak(
            Cursor(start.item + delta, start.unit),
            self.carry_in,
            Cursor(end.item + delta, end.unit),
            self.carry_out,
            None,
            footnotes=self.footnotes,
            footnote_area=self.footnote_area,
        )
        lazy = self._lazy
        page._lazy = (lazy[0], lazy[1] + delta) if lazy is not None else (self._segments, delta)
        page.origin = self.origin
        return page

    def _fields(self) -> tuple[object, ...]:
        return (
            self.start,
            self.carry_in,
            self.end,
            self.carry_out,
            self.segments,
            self.footnotes,
            self.footnote_area,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PageBreak):
            return NotImplemented
        return self is other or self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]  # mutable while it is being broken

    def __repr__(self) -> str:
        return f"PageBreak{self._fields()!r}"


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


def _next_filled(items: Sequence[ItemLike], index: int) -> int:
    """The first item from *index* on that has lines (``len(items)`` when none has)."""
    while index < len(items) and not items[index].units:
        index += 1
    return index


def _legal_start(items: Sequence[ItemLike], index: int) -> int:
    """The first item from *index* on that has lines, if a page may start with it, else -1."""
    following = _next_filled(items, index)
    if following < len(items) and items[following].units[0].break_ok:
        return following
    return -1


def _with_notes(
    total: float, count: int, references: tuple[FootnoteLike, ...], spacing: FootnoteSpacing
) -> tuple[float, float]:
    """The footnote lines' height and the footnote area after *references* are added to
    *count* footnotes of lines' height *total* (the same sums as _area())."""
    for note in references:
        total += note.leading * note.line_count
    count += len(references)
    return total, spacing.separator + total + spacing.between * (count - 1)


def _place(segments: list[Segment], item: int, index: int, top: float) -> None:
    """Add line *index* of *item*, its slot's top at *top*, to the page's segments."""
    last = segments[-1] if segments else None
    if last is not None and last.item == item and last.last == index - 1:
        last.last = index
    else:
        segments.append(Segment(item, index, index, top))


@dataclass(slots=True)
class _Fill:
    """What a page took: its lines, where it ends, the footnote continued on the next page,
    and the placed lines that reference footnotes (item, line, footnotes)."""

    segments: list[Segment]
    end: Cursor
    split: Carry | None
    noted: list[tuple[int, int, tuple[FootnoteLike, ...]]]


def _overflow(
    flow: Flow,
    cursor: Cursor,
    *,
    top: float,
    notes: list[tuple[FootnoteLike, int]],
    height: float,
    spacing: FootnoteSpacing,
    first: bool,
    hold: bool,
    fill: _Fill,
) -> _Fill:
    """The line at *cursor* (its top at *top*) does not fit on the page *fill* (which ends at
    its last legal break, or before this line when it has none). The line still goes on the page
    when it is the first, or when its last new footnote can continue on the next page.
    *hold*: a carried footnote already continues, so no new one may."""
    unit = flow.unit(cursor)
    after = flow.next(cursor)
    legal_after = flow.at_end(after) or flow.unit(after).break_ok
    new_notes = [(note, note.line_count) for note in unit.footnotes]
    if new_notes and (legal_after or first) and not hold:
        # Let the last new footnote run on to the next page rather than push its
        # reference (and the lines before it) away.
        note, count = new_notes[-1]
        room = height - top - unit.height
        fits = _lines_that_fit(room, [*notes, *new_notes[:-1]], note, spacing)
        if 1 <= fits < count:
            notes.extend([*new_notes[:-1], (note, fits)])
            _place(fill.segments, cursor.item, cursor.unit, top)
            return _Fill(fill.segments, after, Carry(note, fits), fill.noted)
    if first:
        notes.extend(new_notes)
        fill.noted.append((cursor.item, cursor.unit, unit.footnotes))
        _place(fill.segments, cursor.item, cursor.unit, top)
        return _Fill(fill.segments, after, None, fill.noted)
    return fill


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
    fill = _fill(flow, start, notes, height, spacing, hold=carry_unfinished)
    return _finish(start, carry, carry_lines=carry_lines, fill=fill, notes=notes, spacing=spacing)


def _place_whole(
    items: Sequence[ItemLike],
    item: int,
    whole: WholeItem,
    y: float,
    *,
    area: float,
    height: float,
    segments: list[Segment],
) -> tuple[float, tuple[int, int] | None] | None:
    """Place all lines of *item* (summed up in *whole*) below *y* at once, as _fill would
    one by one, if they fit on a body of *height* above a footnote area of *area*: the new
    bottom and the last legal break they bring (None: none). None when they do not fit."""
    head = items[item].units[0]
    top = y + head.space_before
    if head.page_break_before or top + whole.peak + area > height:
        return None
    segments.append(Segment(item, 0, len(items[item].units) - 1, top))
    ok = (item, whole.last_ok) if whole.last_ok > 0 else None
    if (following := _legal_start(items, item + 1)) >= 0:
        ok = (following, 0)
    return top + whole.bottom, ok


def _fill(  # noqa: PLR0915 - the hot loop of pagination: no call per line
    flow: Flow,
    start: Cursor,
    notes: list[tuple[FootnoteLike, int]],
    height: float,
    spacing: FootnoteSpacing,
    *,
    hold: bool,
) -> _Fill:
    """Place lines from *start* while they fit with their footnotes (added to *notes*).

    This is the hot loop of pagination (one pass per line; a change early in a long letter
    may re-break hundreds of pages), so it walks item and line indices, keeps the footnote
    area up to date rather than recomputing it per line, adds an item's placed lines to
    the segments once, when it leaves the item, and places an item that fits whole in one
    step when its lines were summed up (whole_item: no footnotes, no page break inside):
    most items of a page but the first and the last (a page at 10,000 questions: 16 µs
    line by line, 12.5 µs so).
    """
    items = flow.items
    # The footnote lines' height, summed in order as _area() does, and the area's height.
    total, area = sum(note.leading * count for note, count in notes), _area(notes, spacing)
    segments: list[Segment] = []
    noted: list[tuple[int, int, tuple[FootnoteLike, ...]]] = []
    y = 0.0
    first = True
    ok_item, ok_index = -1, 0  # the last legal break seen (none yet)
    item, index = start.item, start.unit
    while item < len(items):
        entry = items[item]
        units = entry.units
        whole = entry.whole
        if whole is not None and not index and not first:
            placed = _place_whole(
                items, item, whole, y, area=area, height=height, segments=segments
            )
            if placed is not None:
                y, ok = placed
                if ok is not None:
                    ok_item, ok_index = ok
                item += 1
                continue
        placed_from, placed_top = index, -1.0
        end: Cursor | None = None
        forced = False  # the page ends before a line that must start a page
        lines = len(units)
        while index < lines:
            unit = units[index]
            if first:
                top = y
            elif unit.page_break_before:
                end, forced = Cursor(item, index), True
                break
            else:
                top = y + unit.space_before
            bottom = top + unit.height
            references = unit.footnotes
            if references:
                new_total, new_area = _with_notes(total, len(notes), references, spacing)
                if bottom + new_area > height:
                    end = Cursor(item, index)
                    break
                notes.extend((note, note.line_count) for note in references)
                total, area = new_total, new_area
                noted.append((item, index, references))
            elif bottom + area > height:
                end = Cursor(item, index)
                break
            if index == placed_from:
                placed_top = top
            y = bottom
            first = False
            index += 1
            if index < lines:
                if units[index].break_ok:
                    ok_item, ok_index = item, index
            elif (following := _legal_start(items, item + 1)) >= 0:
                ok_item, ok_index = following, 0
        if index > placed_from:
            segments.append(Segment(item, placed_from, index - 1, placed_top))
        if end is not None:
            if forced:
                return _Fill(segments, end, None, noted)
            return _overflow(
                flow,
                end,
                top=top,
                notes=notes,
                height=height,
                spacing=spacing,
                first=first,
                hold=hold,
                fill=_Fill(
                    segments, Cursor(ok_item, ok_index) if ok_item >= 0 else end, None, noted
                ),
            )
        item, index = item + 1, 0
    return _Fill(segments, Cursor(len(items), 0), None, noted)


def _finish(
    start: Cursor,
    carry: Carry | None,
    *,
    carry_lines: int,
    fill: _Fill,
    notes: list[tuple[FootnoteLike, int]],
    spacing: FootnoteSpacing,
) -> PageBreak:
    """Build the page from the placed lines before the end and the footnotes they reference."""
    end, segments = fill.end, fill.segments
    stop = (end.item, end.unit)
    while segments and (segments[-1].item, segments[-1].first) >= stop:
        segments.pop()
    if segments and segments[-1].item == end.item and segments[-1].last >= end.unit:
        segments[-1].last = end.unit - 1
    if fill.split is None:
        # Breaking back at an earlier legal point drops lines: keep only their footnotes.
        notes = notes[:1] if carry is not None else []
        for item, unit, references in fill.noted:
            if (item, unit) < stop:
                notes.extend((note, note.line_count) for note in references)
    page = PageBreak(start, carry, end, fill.split, segments)
    if carry is not None and carry_lines < carry.footnote.line_count - carry.first_line:
        page.carry_out = Carry(carry.footnote, carry.first_line + carry_lines)
    y = spacing.separator
    for index, (note, count) in enumerate(notes):
        first_line = carry.first_line if (index == 0 and carry is not None) else 0
        page.footnotes.append(FootnotePart(note, first_line, first_line + count, y))
        y += note.leading * count + spacing.between
    page.footnote_area = _area(notes, spacing)
    return page


class PageSink(Protocol):
    """Where break_pages() adds pages (a list, or a layout's PageList)."""

    def __len__(self) -> int: ...

    def __getitem__(self, index: int, /) -> PageBreak: ...

    def append(self, page: PageBreak, /) -> None: ...


def break_pages(
    flow: Flow,
    pages: PageSink,
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
