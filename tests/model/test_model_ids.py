"""The id census: counts, fresh ids, carrying over, and the differing span it is carried by."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from answerletter.model import operations as ops
from answerletter.model.ids import IdCensus
from answerletter.model.richtext import Block, Footnote, RichText, Run
from answerletter.model.spans import differing_span
from answerletter.testing.synthetic import generate_letter


def test_fresh_ids_follow_the_highest_in_use() -> None:
    census = IdCensus.of(["q1", "q9", "a12", "fn3", "qx", "q", "q9"])
    assert census.fresh("q", 2) == ["q10", "q11"]
    assert census.fresh("fn") == ["fn4"]
    assert census.fresh("fn", also=["fn7", "q40"]) == ["fn8"]
    assert IdCensus.of([]).fresh("fn") == ["fn1"]


def test_ids_about_to_go_do_not_count() -> None:
    census = IdCensus.of(["fn1", "fn2", "fn5"])
    assert census.fresh("fn", except_for=["fn5"]) == ["fn3"]
    assert census.fresh("fn", except_for=["fn2"]) == ["fn6"]
    assert census.fresh("fn", except_for=["fn5"], also=["fn5"]) == ["fn6"]


def test_a_changed_census_counts_duplicates_and_finds_a_new_highest() -> None:
    census = IdCensus.of(["q1", "q3", "q3"])
    assert census.highest("q") == 3
    once = census.changed(["q3"], [])
    assert "q3" in once and once.highest("q") == 3  # the other q3 is still there
    gone = once.changed(["q3"], ["q2"])
    assert "q3" not in gone and gone.highest("q") == 2
    assert census.counts() == {"q1": 1, "q3": 2}  # never changed itself
    assert census.changed([], []) is census


def test_typing_keeps_the_census_and_a_footnote_added_is_counted_in() -> None:
    letter = generate_letter(50)
    census = letter.id_census
    answer = next(a for a in letter.answers if not a.text.footnotes())
    typed = ops.set_answer_text(letter, answer.id, RichText.plain("Anders."))
    assert typed.id_census is census  # no id came or went: the same census, not a copy
    note = Footnote("fn-new", (Run("Kamerstuk 31 865, nr. 207."),))
    with_note = ops.set_answer_text(letter, answer.id, RichText((Block((Run("Zie"), note)),)))
    assert "fn-new" in with_note.id_census
    assert with_note.id_census.counts() == IdCensus.of(with_note.all_ids()).counts()


def _naive_span(old: list[int], new: list[int]) -> tuple[int, int, int]:
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    same = 0
    while same < min(len(old), len(new)) - start and old[-1 - same] == new[-1 - same]:
        same += 1
    return start, len(old) - same, len(new) - same


@given(
    st.lists(st.integers(0, 3), max_size=30),
    st.integers(0, 30),
    st.integers(0, 5),
    st.lists(st.integers(0, 3), max_size=5),
)
def test_the_differing_span_is_where_the_sequences_differ(
    old: list[int], at: int, removed: int, inserted: list[int]
) -> None:
    at = min(at, len(old))
    new = old[:at] + inserted + old[at + removed :]
    assert differing_span(tuple(old), tuple(new)) == _naive_span(old, new)


@given(
    steps=st.lists(
        st.tuples(
            st.lists(st.sampled_from(["q1", "q2", "a1", "fn1", "fn2", "x"]), max_size=3),
            st.lists(st.sampled_from(["q1", "q3", "a2", "fn1", "fn9", "x"]), max_size=3),
        ),
        max_size=12,
    ),
    fold_after=st.integers(1, 6),
)
def test_changes_kept_apart_and_folded_in_count_as_a_fresh_census(
    steps: list[tuple[list[str], list[str]]], fold_after: int
) -> None:
    """The changed counts kept apart from the shared ones, and folded into new shared ones
    once they are many, give the counts, the size and the highest numbers of a census
    counted afresh."""
    expected = {"q1": 1, "q2": 1, "a1": 1, "fn1": 2}
    census = IdCensus.of(["q1", "q2", "a1", "fn1", "fn1"])
    IdCensus.FOLD_AFTER, folding = fold_after, IdCensus.FOLD_AFTER
    try:
        for asked, added in steps:
            removed = [value for value in asked if expected.get(value, 0) > 0][:1]
            for value in removed:
                expected[value] -= 1
            for value in added:
                expected[value] = expected.get(value, 0) + 1
            census = census.changed(removed, added)
            wanted = {value: number for value, number in expected.items() if number}
            assert census.counts() == wanted
            assert len(census) == len(wanted)
            assert census.ids() == set(wanted)
            assert ("q2" in census) == ("q2" in wanted)
            assert census.highest("fn") == max(
                (int(v[2:]) for v in wanted if v.startswith("fn")), default=0
            )
    finally:
        IdCensus.FOLD_AFTER = folding
