"""Where two versions of a sequence differ: the unchanged beginning and end between them."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

#: The spans of the last few pairs of tuples asked about, by their ids (with the tuples,
#: so an id cannot be reused meanwhile): one structural edit asks about the same two
#: versions' questions and answers from the model, the question list, the word count and
#: the editor, each time slicing and comparing some 20,000 items.
_RECENT: dict[tuple[int, int], tuple[tuple[Any, ...], tuple[Any, ...], tuple[int, int, int]]] = {}
_RECENT_SIZE = 8
_RECENT_LOCK = threading.Lock()


def differing_span(old: Sequence[Any], new: Sequence[Any]) -> tuple[int, int, int]:
    """(start, old_end, new_end): *old* and *new* are equal before *start* and from
    *old_end* and *new_end* on. Found by halving, each step comparing slices in C (equal
    items are mostly the very same objects, compared by identity), so a question inserted
    among 10,000 costs some slice comparisons, not a loop over the items. For tuples (which
    cannot change) the answer is remembered for the last few pairs."""
    if not (type(old) is tuple and type(new) is tuple):
        if type(old) is not type(new):
            # A list's slice never equals a tuple's: compare them as tuples.
            old, new = tuple(old), tuple(new)
        return _span(old, new)
    key = (id(old), id(new))
    known = _RECENT.get(key)
    if known is not None and known[0] is old and known[1] is new:
        return known[2]
    span = _span(old, new)
    with _RECENT_LOCK:  # (the layout thread asks too)
        if len(_RECENT) >= _RECENT_SIZE:
            del _RECENT[next(iter(_RECENT))]  # the oldest
        _RECENT[key] = (old, new, span)
    return span


def _span(old: Sequence[Any], new: Sequence[Any]) -> tuple[int, int, int]:
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


def structural_core(
    old: Sequence[Any],
    new: Sequence[Any],
    span: tuple[int, int, int],
    same_place: Callable[[Any, Any], bool],
) -> tuple[int, int, int]:
    """The part of the differing *span* (start, old_end, new_end) of *old* and *new* where
    items were inserted, removed or moved: (core, old_core_end, new_core_end), without the
    items at its two ends that only were replaced in place (*same_place* of the old and the
    new one: e.g. the same id). A question deleted changes the far answers that referred to
    it: the span reaches them, the core does not. A walk over the span's ends, in Python."""
    start, old_end, new_end = span
    core, limit = start, min(old_end, new_end)
    while core < limit and same_place(old[core], new[core]):
        core += 1
    old_core_end, new_core_end = old_end, new_end
    while (
        old_core_end > core
        and new_core_end > core
        and same_place(old[old_core_end - 1], new[new_core_end - 1])
    ):
        old_core_end, new_core_end = old_core_end - 1, new_core_end - 1
    return core, old_core_end, new_core_end
