"""Key → position look-ups that a structural edit splices instead of making anew.

A question inserted among 10,000 moves the position of every question after it. A fresh
dictionary for the new version touches every question (milliseconds on the GUI thread,
for each of several look-ups). A :class:`Positions` of the new version is instead the old
one with one stretch replaced: the keys of the new stretch with their positions, and the
rule that positions from the old stretch's end on move by the difference in length. A
look-up walks back through at most :data:`DEPTH` such steps; beyond, the next version is
made afresh (once in so many edits).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TypeVar, overload

T = TypeVar("T")

#: Steps a look-up walks back through at most.
DEPTH = 24


class Positions(Mapping[str, int]):
    """Key → position in one version of a sequence. Immutable."""

    __slots__ = ("_end", "_keys", "_path", "_shift", "_size", "_span", "_start")

    def __init__(self, positions: dict[str, int], keys: Callable[[], Iterable[str]]) -> None:
        """Made afresh from a dictionary (kept, not copied); *keys* lists the keys in
        order of position, for iteration."""
        self._span = positions
        self._start = self._end = self._shift = 0
        self._path: tuple[Positions, ...] = (self,)
        self._size = len(positions)
        self._keys = keys

    def spliced(
        self,
        start: int,
        old_end: int,
        span: dict[str, int],
        new_end: int,
        *,
        size: int,
        keys: Callable[[], Iterable[str]],
        fresh: Callable[[], dict[str, int]],
    ) -> Positions:
        """The positions after the keys at *start* to *old_end* were replaced by *span*
        (its keys at *start* to *new_end*), with those after moved along; *size* keys in
        all. *fresh* makes the whole dictionary, used when the steps grow too many."""
        if len(self._path) >= DEPTH:
            return Positions(fresh(), keys)
        spliced = Positions.__new__(Positions)
        spliced._span = span
        spliced._start, spliced._end, spliced._shift = start, old_end, new_end - old_end
        spliced._path = (*self._path, spliced)
        spliced._size = size
        spliced._keys = keys
        return spliced

    @overload
    def get(self, key: str, /) -> int | None: ...
    @overload
    def get(self, key: str, default: int, /) -> int: ...
    @overload
    def get(self, key: str, default: T, /) -> int | T: ...

    def get(self, key: str, default: object = None, /) -> object:
        path = self._path
        at = len(path) - 1
        found = path[at]._span.get(key)
        while found is None:  # the latest step that placed the key
            if at == 0:
                return default
            at -= 1
            found = path[at]._span.get(key)
        for step in path[at + 1 :]:  # moved along by the steps after it
            if found >= step._end:
                found += step._shift
            elif found >= step._start:  # in a stretch replaced later, and not placed again
                return default
        return found

    def __getitem__(self, key: str) -> int:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys())

    def __len__(self) -> int:
        return self._size

    def __repr__(self) -> str:
        return f"Positions({dict(self)!r})"
