"""Every id a letter uses (questions, answers, footnotes), counted, for making fresh ones.

New ids ("q12", "fn301") are numbered after the highest one in use, and a pasted footnote
whose id is used elsewhere gets a fresh one. Finding those by walking every footnote of a
10,000-question letter took 50–100 ms on each question inserted or footnote added; an
:class:`IdCensus` is made once per letter value and carried over to the next version with
only the ids of the items that changed counted in or out (see ``letter.carry_ids``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache


@lru_cache(maxsize=16)
def _numbered(prefix: str) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(prefix)}(\d+)$")


def highest_number(ids: Iterable[str], prefix: str) -> int:
    """The highest n of the ids "<prefix><n>" among *ids* (0 without any)."""
    pattern = _numbered(prefix)
    highest = 0
    for value in ids:
        match = pattern.match(value)
        if match:
            highest = max(highest, int(match.group(1)))
    return highest


def numbered_after(highest: int, prefix: str, count: int) -> list[str]:
    return [f"{prefix}{highest + i}" for i in range(1, count + 1)]


class IdCensus:
    """How often each id occurs in one letter (a consistent letter has each once; counts
    keep a hand-built letter's duplicates right when one of them goes). Never changed once
    made: :meth:`changed` makes the next version's.

    The counts are a dictionary shared by many versions and the few counts changed since
    (a copy of 30,000 counts on every structural edit cost milliseconds on the GUI thread);
    once those are many they are folded into a new shared dictionary."""

    __slots__ = ("_changes", "_counts", "_highest", "_size")

    #: Changed counts kept apart at most; then folded in (a copy, once in so many edits).
    FOLD_AFTER = 2048

    def __init__(self, counts: dict[str, int], changes: dict[str, int] | None = None) -> None:
        self._counts = counts  # shared: never changed
        #: Id → its count now, where it differs from ``_counts`` (0: gone).
        self._changes: dict[str, int] = changes or {}
        self._size = len(counts)
        if changes:
            for value, number in changes.items():
                self._size += (number > 0) - (value in counts)
        #: Per prefix, the highest number in use: found once, then carried over.
        self._highest: dict[str, int] = {}

    @classmethod
    def of(cls, ids: Iterable[str]) -> IdCensus:
        counts: dict[str, int] = {}
        for value in ids:
            counts[value] = counts.get(value, 0) + 1
        return cls(counts)

    def _count(self, value: str) -> int:
        number = self._changes.get(value)
        return self._counts.get(value, 0) if number is None else number

    def __contains__(self, value: object) -> bool:
        return isinstance(value, str) and self._count(value) > 0

    def __len__(self) -> int:
        return self._size

    def _present(self) -> Iterator[str]:
        changes = self._changes
        yield from (value for value in self._counts if value not in changes)
        yield from (value for value, number in changes.items() if number > 0)

    def ids(self) -> set[str]:
        return set(self._present())

    def counts(self) -> dict[str, int]:
        """Id → how often it occurs (a copy)."""
        return {value: self._count(value) for value in self._present()}

    def highest(self, prefix: str) -> int:
        """The highest n of the ids "<prefix><n>" in use (0 without any)."""
        known = self._highest.get(prefix)
        if known is None:
            known = self._highest[prefix] = highest_number(self._present(), prefix)
        return known

    def fresh(
        self,
        prefix: str,
        count: int = 1,
        *,
        also: Iterable[str] = (),
        except_for: Iterable[str] = (),
    ) -> list[str]:
        """*count* new ids "<prefix><n>" numbered after the highest one among the ids in use
        but *except_for* (ids about to go), and *also* (ids about to come)."""
        highest = self.highest(prefix)
        leaving = [value for value in except_for if value in self]
        if leaving and highest_number(leaving, prefix) == highest:
            # The highest may be leaving: count without those (rare, and only then a walk).
            gone = set(leaving)
            highest = highest_number((v for v in self._present() if v not in gone), prefix)
        return numbered_after(max(highest, highest_number(also, prefix)), prefix, count)

    def changed(self, removed: Iterable[str], added: Iterable[str]) -> IdCensus:
        """The census after the ids *removed* went (once each) and *added* came."""
        removed, added = list(removed), list(added)
        if not removed and not added:
            return self
        changes = dict(self._changes)  # (the few changed since the shared counts)
        for value in removed:
            changes[value] = max(0, changes.get(value, self._counts.get(value, 0)) - 1)
        for value in added:
            changes[value] = changes.get(value, self._counts.get(value, 0)) + 1
        if len(changes) > self.FOLD_AFTER:
            counts = {**self._counts, **changes}
            census = IdCensus({value: number for value, number in counts.items() if number})
        else:
            census = IdCensus(self._counts, changes)
        for prefix, highest in self._highest.items():
            if highest_number(removed, prefix) < highest:  # the highest stays
                census._highest[prefix] = max(highest, highest_number(added, prefix))
        return census
