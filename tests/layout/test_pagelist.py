"""A layout's pages as runs taken over from earlier layouts (layout.pagelist): it reads as the
list of pages it stands for, moved pages made only when read, and lists that share runs
never change each other."""

from __future__ import annotations

import pytest

from answerletter.layout import pagelist
from answerletter.layout.pagelist import PageList
from answerletter.layout.paginate import Cursor, PageBreak, Segment


def page(item: int) -> PageBreak:
    """A page of items *item* and *item* + 1 (two segments)."""
    return PageBreak(
        Cursor(item, 0),
        None,
        Cursor(item + 2, 0),
        None,
        [Segment(item, 0, 3, 0.0), Segment(item + 1, 0, 1, 400.0)],
    )


def starts(pages: object) -> list[int]:
    return [p.start.item for p in pages]  # type: ignore[attr-defined]


def test_pages_taken_over_with_a_shift_read_as_the_pages_moved():
    old = PageList(page(2 * n) for n in range(10))  # items 0, 2, ..., 18
    assert len(old) == 10 and starts(old) == list(range(0, 20, 2))

    new = old.head(4)  # pages up to the change kept as they are
    new.append(page(9))  # a page broken anew
    new.extend_moved(old, 6, 3)  # the old pages from the 7th on, three items later
    assert starts(new) == [0, 2, 4, 6, 9, 15, 17, 19, 21]
    assert len(new) == 9
    assert [new[i].start.item for i in range(9)] == starts(new)
    assert new[-1].start.item == 21 and new[-1].end.item == 23
    assert [(s.item, s.first, s.last, s.y) for s in new[5].segments] == [
        (15, 0, 3, 0.0),
        (16, 0, 1, 400.0),
    ]
    # Unmoved pages are the very objects; moved ones remember the page first broken.
    assert new[1] is old[1]
    assert new[5] is not old[6] and new[5].origin is old[6]
    assert [(p.start.item, shift) for p, shift in new.unmoved()][4:6] == [(9, 0), (12, 3)]
    assert new == [page(n) for n in (0, 2, 4, 6, 9, 15, 17, 19, 21)]
    assert new != [page(n) for n in (0, 2, 4, 6, 9, 15, 17, 19, 20)]
    assert new[2:4] == [old[2], old[3]]
    with pytest.raises(IndexError):
        new[9]


def test_lists_sharing_runs_do_not_change_each_other():
    old = PageList([page(0), page(2)])
    new = old.head(2)
    new.append(page(4))
    old.append(page(7))  # old's run is shared now: the page goes into a run of its own
    assert starts(old) == [0, 2, 7]
    assert starts(new) == [0, 2, 4]
    old.truncate(1)
    assert starts(old) == [0] and starts(new) == [0, 2, 4]
    new.extend_moved(new.head(3), 1, -1)
    assert starts(new) == [0, 2, 4, 1, 3]


def test_moves_on_moves_add_up_and_many_runs_become_one(monkeypatch):
    monkeypatch.setattr(pagelist, "MAX_RUNS", 6)
    flattened: list[int] = []
    flatten = PageList._flatten

    def counted(self: PageList) -> None:
        flattened.append(len(self._runs))
        flatten(self)

    monkeypatch.setattr(PageList, "_flatten", counted)
    pages = PageList(page(10 * n) for n in range(20))
    expected = list(range(0, 200, 10))
    for edit in range(1, 12):
        # One new page at the edit's place, the pages after it one item later.
        at = edit
        moved = pages.head(at)
        moved.append(page(expected[at] - 5))
        moved.extend_moved(pages, at, 1)
        expected = [*expected[:at], expected[at] - 5, *(n + 1 for n in expected[at:])]
        pages = moved
        assert starts(pages) == expected
        assert len(pages._runs) <= 6
    assert flattened and all(runs == 7 for runs in flattened)
    assert all(pages[i].start.item == n for i, n in enumerate(expected))
