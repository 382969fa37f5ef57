"""Where two versions of a sequence differ: the unchanged beginning and end between them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def differing_span(old: Sequence[Any], new: Sequence[Any]) -> tuple[int, int, int]:
    """(start, old_end, new_end): *old* and *new* are equal before *start* and from
    *old_end* and *new_end* on. Found by halving, each step comparing slices in C (equal
    items are mostly the very same objects, compared by identity), so a question inserted
    among 10,000 costs some slice comparisons, not a loop over the items."""
    shortest = min(len(old), len(new))
    start, longest = 0, shortest
    while start < longest:  # the equal beginning is at least *start*, at most *longest*
        middle = (start + longest + 1) // 2
        if old[start:middle] == new[start:middle]:
            start = middle
        else:
            longest = middle - 1
    same, longest = 0, shortest - start
    while same < longest:  # the same for the equal end
        middle = (same + longest + 1) // 2
        if old[len(old) - middle : len(old) - same] == new[len(new) - middle : len(new) - same]:
            same = middle
        else:
            longest = middle - 1
    return start, len(old) - same, len(new) - same
