"""The pages of a layout, kept as runs of pages taken over from earlier layouts.

After an edit the layout re-breaks the pages around it and takes over the old pages before
and after; after items were inserted or removed, the ones after are the old pages with their
item indices moved (:meth:`PageBreak.shifted`). Making those pages one by one (2,000 of
them after an insertion in the middle of 10,000 questions) and copying the page list once
per changed run cost more than the whole rest of the edit. A :class:`PageList` keeps the old
runs instead, each with the shift of its item indices, and makes a moved page only when it
is read: taking over the pages after a change costs the number of runs, not of pages.

Runs are never changed once another list holds them (only the last run of the list that
made it grows); after :data:`MAX_RUNS` runs the list is made one run again, so reading a
page stays a bisection over a few runs.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

from answerletter.layout.paginate import PageBreak

#: Runs a list holds at most before it is made one run again (each edit adds up to two).
MAX_RUNS = 48


class PageList(Sequence[PageBreak]):
    """A sequence of pages: runs (pages, item shift) read as one list."""

    __slots__ = ("_ends", "_open", "_runs")

    def __init__(self, pages: Iterable[PageBreak] = ()) -> None:
        first = list(pages)
        #: (pages, shift): the pages, their item indices moved by shift when read.
        self._runs: list[tuple[list[PageBreak], int]] = [(first, 0)] if first else []
        #: The number of pages up to the end of each run.
        self._ends: list[int] = [len(first)] if first else []
        #: The last run's list when only this list holds it (pages are appended to it).
        self._open: list[PageBreak] | None = first if first else None

    # -- reading --

    def __len__(self) -> int:
        return self._ends[-1] if self._ends else 0

    @overload
    def __getitem__(self, index: int) -> PageBreak: ...

    @overload
    def __getitem__(self, index: slice) -> list[PageBreak]: ...

    def __getitem__(self, index: int | slice) -> PageBreak | list[PageBreak]:
        if isinstance(index, slice):
            return list(self)[index]
        count = len(self)
        if index < 0:
            index += count
        if not 0 <= index < count:
            raise IndexError("page index out of range")
        run = bisect_right(self._ends, index)
        pages, shift = self._runs[run]
        start = self._ends[run - 1] if run else 0
        return pages[index - start].shifted(shift)

    def __iter__(self) -> Iterator[PageBreak]:
        for pages, shift in self._runs:
            if shift:
                yield from (page.shifted(shift) for page in pages)
            else:
                yield from pages

    def unmoved(self) -> Iterator[tuple[PageBreak, int]]:
        """Each page as it was broken (not yet moved) with the shift of its item indices: for
        readers that need only what a move does not change (its origin, lines, footnotes)."""
        for pages, shift in self._runs:
            for page in pages:
                yield page, shift

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # pages are added

    def __repr__(self) -> str:
        return f"PageList({list(self)!r})"

    # -- making --

    def head(self, count: int) -> PageList:
        """A new list of the first *count* pages (this list's runs, shared)."""
        result = PageList()
        result._take(self, 0, count, 0)
        return result

    def append(self, page: PageBreak) -> None:
        if self._open is None:
            self._open = []
            self._add_run(self._open, 0)
        self._open.append(page)
        self._ends[-1] += 1
        if len(self._runs) > MAX_RUNS:
            self._flatten()

    def extend_moved(self, other: PageList, start: int, shift: int) -> None:
        """Append the pages of *other* from *start* on, their item indices moved by *shift*
        (no page is made: its runs are shared, each with the shift added)."""
        self._take(other, start, len(other), shift)
        if len(self._runs) > MAX_RUNS:
            self._flatten()

    def truncate(self, count: int) -> None:
        """Keep only the first *count* pages."""
        kept = self.head(count)
        self._runs, self._ends, self._open = kept._runs, kept._ends, kept._open
        if len(self._runs) > MAX_RUNS:
            self._flatten()

    def _take(self, other: PageList, start: int, stop: int, shift: int) -> None:
        """Append pages [start, stop) of *other*, moved by *shift*."""
        if start >= stop:
            return
        other._open = None  # its last run is shared from now on: it must not grow
        first_run = bisect_right(other._ends, start)
        run_start = other._ends[first_run - 1] if first_run else 0
        for run in range(first_run, len(other._runs)):
            pages, own_shift = other._runs[run]
            run_end = other._ends[run]
            low, high = max(start, run_start) - run_start, min(stop, run_end) - run_start
            # A whole run is shared; a part is copied (a list of references, not pages).
            part = pages if (low, high) == (0, len(pages)) else pages[low:high]
            self._add_run(part, own_shift + shift)
            if run_end >= stop:
                break
            run_start = run_end
        self._open = None

    def _add_run(self, pages: list[PageBreak], shift: int) -> None:
        self._runs.append((pages, shift))
        self._ends.append((self._ends[-1] if self._ends else 0) + len(pages))

    def _flatten(self) -> None:
        """Make this list one run of its own (the moved pages made now)."""
        pages = list(self)
        self._runs, self._ends, self._open = [(pages, 0)], [len(pages)], pages
