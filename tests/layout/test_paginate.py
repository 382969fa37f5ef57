"""The page-breaking rules on hand-made lines: widows, orphans, keep-with-next, footnotes."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from answerletter.layout.paginate import (
    Carry,
    Cursor,
    Flow,
    FootnoteSpacing,
    Unit,
    WholeItem,
    break_pages,
    whole_item,
)

LEADING = 10.0
SPACING = FootnoteSpacing(separator=5.0, between=0.0)


@dataclass
class Note:
    line_count: int
    leading: float = 5.0


@dataclass
class Item:
    units: list[Unit] = field(default_factory=list)

    @property
    def whole(self) -> WholeItem | None:
        """As the flow document summarises its items' lines (read now: tests change them)."""
        return whole_item(self.units)


def paragraph(lines: int, *, keep: bool = False, gap: float = 0.0, notes=None) -> list[Unit]:
    """Lines of one block, with the widow/orphan rule the flow document applies."""
    notes = notes or {}
    return [
        Unit(
            slot_top=0.0,
            height=LEADING,
            space_before=gap if i == 0 else 0.0,
            break_ok=(not keep) if i == 0 else (i >= 2 and lines - i >= 2),
            footnotes=tuple(notes.get(i, ())),
        )
        for i in range(lines)
    ]


def pages_of(items, height: float, first_height: float | None = None):
    pages = []
    break_pages(
        Flow(items),
        pages,
        first_height=first_height or height,
        next_height=height,
        spacing=SPACING,
    )
    return pages


def test_paragraph_flows_over_pages_without_cutting_lines():
    pages = pages_of([Item(paragraph(25))], height=100.0)
    assert [p.start for p in pages] == [Cursor(0, 0), Cursor(0, 10), Cursor(0, 20)]
    assert pages[-1].end == Cursor(1, 0)


def test_no_single_line_at_top_or_bottom():
    # 10 lines fit; a 3-line paragraph after 9 lines must move as a whole.
    items = [Item(paragraph(9)), Item(paragraph(3))]
    pages = pages_of(items, height=100.0)
    assert pages[1].start == Cursor(1, 0)
    # 11 lines: breaking after 10 would leave a widow; the break moves one line up.
    pages = pages_of([Item(paragraph(11))], height=100.0)
    assert pages[1].start == Cursor(0, 9)
    assert len(pages[1].segments) == 1 and pages[1].segments[0].last == 10


def test_label_is_kept_with_the_next_block():
    label = paragraph(1)
    for unit in label:
        unit.break_ok = True
    # Label on the last line of the page: it must move to the next page with its text.
    items = [Item(paragraph(9)), Item(label + paragraph(4, keep=True))]
    pages = pages_of(items, height=100.0)
    assert pages[0].end == Cursor(1, 0)
    assert pages[1].start == Cursor(1, 0)


def test_no_legal_break_still_breaks_before_the_line_that_does_not_fit():
    items = [Item(paragraph(3, keep=True) + paragraph(3, keep=True))]
    for unit in items[0].units:
        unit.break_ok = False
    pages = pages_of(items, height=40.0)
    assert pages[0].end == Cursor(0, 4)


def test_footnote_lands_on_the_page_of_its_reference():
    note = Note(line_count=2)
    items = [Item(paragraph(8)), Item(paragraph(4, notes={0: [note]}))]
    # 8 + 4 lines = 120 > 100; the footnote (5 + 2*5 = 15) takes room on page 1.
    pages = pages_of(items, height=100.0)
    placed = [(i, part.footnote) for i, page in enumerate(pages) for part in page.footnotes]
    reference_page = next(
        i for i, page in enumerate(pages) for s in page.segments if s.item == 1 and s.first == 0
    )
    assert placed == [(reference_page, note)]
    used = sum(LEADING for s in pages[reference_page].segments for _ in range(s.first, s.last + 1))
    assert used + pages[reference_page].footnote_area <= 100.0


def test_long_footnote_continues_on_the_next_page():
    long_note = Note(line_count=30)
    items = [Item(paragraph(5)), Item(paragraph(2, notes={1: [long_note]})), Item(paragraph(10))]
    pages = pages_of(items, height=100.0)
    first = pages[0]
    assert any(s.item == 1 and s.last == 1 for s in first.segments)
    assert first.footnotes[0].footnote is long_note
    shown = first.footnotes[0].end_line
    assert 0 < shown < 30
    assert first.carry_out == Carry(long_note, shown)
    assert pages[1].footnotes[0].first_line == shown
    total = sum(p.end_line - p.first_line for page in pages for p in page.footnotes)
    assert total == 30
    for page in pages:
        lines = sum(s.last - s.first + 1 for s in page.segments)
        assert lines * LEADING + page.footnote_area <= 100.0 + 1e-9


def test_page_break_before_is_honoured():
    heading = paragraph(1)
    heading[0].page_break_before = True
    pages = pages_of([Item(paragraph(2)), Item(heading + paragraph(2))], height=100.0)
    assert [p.start for p in pages] == [Cursor(0, 0), Cursor(1, 0)]


def test_first_page_has_its_own_height():
    pages = pages_of([Item(paragraph(30))], height=100.0, first_height=50.0)
    assert pages[0].end == Cursor(0, 5)
    assert pages[1].end == Cursor(0, 15)


@dataclass
class LineByLine:
    """An item the paginator must place line by line (no summary)."""

    units: list[Unit] = field(default_factory=list)
    whole: WholeItem | None = None


def test_items_placed_at_once_break_as_placed_line_by_line():
    """The paginator places an item without footnotes in one step when it fits whole
    (whole_item): the pages are exactly those of placing every line on its own, for flows
    with labels kept with their answers, gaps, footnotes and forced page breaks."""
    rng = random.Random(7)
    for _ in range(40):
        units_per_item: list[list[Unit]] = []
        for _ in range(rng.randrange(5, 40)):
            units: list[Unit] = []
            for _ in range(rng.randrange(1, 4)):
                lines = rng.randrange(1, 9)
                notes = (
                    {rng.randrange(lines): [Note(rng.randrange(1, 6))]}
                    if rng.random() < 0.15
                    else {}
                )
                units += paragraph(
                    lines, keep=rng.random() < 0.3, gap=rng.choice([0.0, 4.0, 7.5]), notes=notes
                )
            if rng.random() < 0.05:
                units[0].page_break_before = True
            units_per_item.append(units)
        height = rng.choice([100.0, 137.5, 250.0])
        at_once = pages_of([Item(list(u)) for u in units_per_item], height, first_height=60.0)
        one_by_one = pages_of(
            [LineByLine(list(u)) for u in units_per_item], height, first_height=60.0
        )
        assert at_once == one_by_one
        assert sum(item.whole is not None for item in map(Item, units_per_item)) > 0
