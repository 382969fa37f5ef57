"""Where two versions of a sequence differ (``differing_span``): by halving, and for tuples
remembered for the last few pairs (one structural edit asks about the same pair several
times)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from answerletter.model import spans
from answerletter.model.spans import differing_span


@given(st.lists(st.integers(0, 3), max_size=30), st.lists(st.integers(0, 3), max_size=30))
def test_the_span_lies_between_the_equal_beginning_and_end(old: list[int], new: list[int]) -> None:
    start, old_end, new_end = differing_span(tuple(old), tuple(new))
    assert old[:start] == new[:start]
    assert old[old_end:] == new[new_end:]
    assert start <= old_end and start <= new_end
    same_end = len(old) - old_end
    assert same_end == len(new) - new_end
    shortest = min(len(old), len(new))
    assert start + same_end <= shortest
    # Neither the equal beginning nor the equal end could be longer.
    assert start == shortest or old[start] != new[start]
    assert start + same_end == shortest or old[old_end - 1] != new[new_end - 1]


def test_tuples_are_remembered_and_lists_are_not() -> None:
    old, new = (1, 2, 3, 4), (1, 9, 3, 4)
    assert differing_span(old, new) == (1, 2, 2)
    assert spans._RECENT[(id(old), id(new))][2] == (1, 2, 2)
    assert differing_span(old, new) == (1, 2, 2)
    before, changing = [1, 2, 3, 4], [1, 9, 3, 4]
    assert differing_span(before, changing) == (1, 2, 2)
    changing[3] = 5  # a list may change: asked again, it is compared again
    assert differing_span(before, changing) == (1, 4, 4)
    for i in range(spans._RECENT_SIZE + 2):
        differing_span((i,), (i, i))
    assert len(spans._RECENT) <= spans._RECENT_SIZE
    assert (id(old), id(new)) not in spans._RECENT or spans._RECENT[(id(old), id(new))][0] is old


def test_a_list_and_a_tuple_are_compared_item_by_item() -> None:
    assert differing_span([1, 2, 3, 4], (1, 9, 3, 4)) == (1, 2, 2)
    assert differing_span((1, 2), [1, 2, 5]) == (2, 2, 3)
