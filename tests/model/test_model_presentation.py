"""The printed order after structural edits: spliced from the old order, never walked anew,
and the printed position of an item found without the whole index (issue 16)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from answerletter.model import letter as letter_module
from answerletter.model import operations as ops
from answerletter.model.letter import Answer, Letter, Question
from answerletter.model.presentation import printed_order
from answerletter.model.richtext import RichText
from answerletter.testing.synthetic import generate_letter


def _letter() -> Letter:
    """Five questions; answer "a24" covers questions 2 and 4 (not next to each other)."""
    questions = tuple(Question(f"q{n}", n, RichText.plain(f"Vraag {n}?")) for n in range(1, 6))
    answers = (
        Answer("a1", ("q1",)),
        Answer("a3", ("q3",)),
        Answer("a24", ("q2", "q4")),
        Answer("a5", ("q5",)),
    )
    return Letter(questions=questions, answers=answers)


def _ids(letter: Letter) -> list[str]:
    return [item.id for item in letter.presentation()]


@pytest.fixture
def walks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the printed orders made afresh (a walk over every item)."""
    made: list[int] = []

    def counted(*args: object) -> object:
        made.append(1)
        return printed_order(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(letter_module, "printed_order", counted)
    return made


def test_the_order_after_each_structural_edit_is_spliced(walks: list[int]) -> None:
    letter = _letter()
    assert _ids(letter) == ["q1", "a1", "q2", "q3", "a3", "q4", "a24", "q5", "a5"]
    assert len(walks) == 1
    moved = ops.move_questions(letter, ["q4"], before="q3")
    assert _ids(moved) == ["q1", "a1", "q2", "q4", "a24", "q3", "a3", "q5", "a5"]
    deleted = ops.delete_questions(moved, ["q4"])
    assert _ids(deleted) == ["q1", "a1", "q2", "a24", "q3", "a3", "q5", "a5"]
    inserted, new_id = ops.insert_question(deleted, 0)
    assert _ids(inserted) == [new_id, "q1", "a1", "q2", "a24", "q3", "a3", "q5", "a5"]
    combined = ops.combine(inserted, ["q1", "q5"])
    assert _ids(combined) == [new_id, "q1", "q2", "a24", "q3", "a3", "q5", "a1"]
    at_end, last_id = ops.insert_question(combined, len(combined.questions))
    assert _ids(at_end)[-2:] == ["a1", last_id]
    assert len(walks) == 1  # every later order was spliced from the one before


def test_printed_positions_are_found_without_the_whole_index() -> None:
    letter = ops.move_questions(_letter(), ["q4"], before="q3")
    positions = {item_id: letter.presentation_position(item_id) for item_id in _ids(letter)}
    assert "presentation_index" not in letter.__dict__
    assert positions == {
        "q1": 0,
        "a1": 1,
        "q2": 2,
        "q4": 3,
        "a24": 4,
        "q3": 5,
        "a3": 6,
        "q5": 7,
        "a5": 8,
    }
    assert letter.presentation_position("a4") is None


def test_a_hand_built_letter_out_of_order_is_ordered_afresh(walks: list[int]) -> None:
    """Answers listed out of printed order (as a hand-built letter may have them): no
    splice from that order, positions from the order itself."""
    letter = _letter()
    shuffled = Letter(questions=letter.questions, answers=tuple(reversed(letter.answers)))
    assert shuffled.answer_places is None
    assert _ids(shuffled) == ["q1", "a1", "q2", "q3", "a3", "q4", "a24", "q5", "a5"]
    assert shuffled.presentation_position("a24") == 6
    inserted, new_id = ops.insert_question(shuffled, 2)
    assert _ids(inserted) == ["q1", "a1", "q2", new_id, "q3", "a3", "q4", "a24", "q5", "a5"]
    assert inserted.answers == letter.answers  # put in order by the operation


_EDITS: tuple[Callable[[Letter, int, int], Letter], ...] = (
    lambda letter, i, j: ops.insert_question(letter, i)[0],
    lambda letter, i, j: ops.delete_questions(letter, {letter.questions[i].id}),
    lambda letter, i, j: ops.delete_questions(
        letter, {letter.questions[i].id, letter.questions[j].id}
    ),
    lambda letter, i, j: ops.move_question_by(letter, letter.questions[i].id, j - i),
    lambda letter, i, j: (
        ops.move_questions(letter, [letter.questions[i].id], before=letter.questions[j].id)
        if i != j
        else letter
    ),
    lambda letter, i, j: (
        ops.combine(letter, [letter.questions[i].id, letter.questions[j].id]) if i != j else letter
    ),
    lambda letter, i, j: _split_near(letter, i),
    lambda letter, i, j: ops.ensure_answer(letter, letter.questions[i].id)[0],
)


def _split_near(letter: Letter, index: int) -> Letter:
    combined = [a for a in letter.answers if len(a.questions) > 1]
    return ops.split(letter, combined[index % len(combined)].id) if combined else letter


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 50),
    steps=st.lists(
        st.tuples(st.integers(0, len(_EDITS) - 1), st.floats(0, 1), st.floats(0, 1)),
        min_size=1,
        max_size=8,
    ),
)
def test_spliced_orders_equal_fresh_ones(seed: int, steps: list[tuple[int, float, float]]) -> None:
    letter = generate_letter(120, seed=seed)
    letter.presentation()
    for edit, first, second in steps:
        size = len(letter.questions)
        letter = _EDITS[edit](letter, int(first * (size - 1)), int(second * (size - 1)))
        fresh = Letter(questions=letter.questions, answers=letter.answers)
        assert letter.presentation() == fresh.presentation()
        assert letter.answer_places == fresh.answer_places
        for place, item in enumerate(fresh.presentation()):
            assert letter.presentation_position(item.id) == place


def test_combining_neighbours_makes_only_their_stretch_again() -> None:
    """Two neighbours combined (the questions unchanged, two answers made one): only
    those four printed items are made again, not the rest of the letter after them."""
    from answerletter.model.presentation import spliced_order
    from answerletter.model.spans import differing_span

    questions = tuple(Question(f"q{n}", n) for n in range(1, 7))
    letter = Letter(
        questions=questions, answers=tuple(Answer(f"a{n}", (f"q{n}",)) for n in range(1, 7))
    )
    combined = ops.combine(letter, ["q3", "q4"])
    places = (letter.answer_places, combined.answer_places)
    assert places[0] is not None and places[1] is not None
    spans = (
        differing_span(letter.questions, combined.questions),
        differing_span(letter.answers, combined.answers),
    )
    order, (start, stop, middle) = spliced_order(
        letter.presentation(),
        (letter.questions, places[0]),
        (combined.questions, combined.answers, places[1]),
        spans,
    )
    assert (start, stop, [item.id for item in middle]) == (4, 8, ["q3", "q4", "a3"])
    assert [item.id for item in order] == [
        "q1", "a1", "q2", "a2", "q3", "q4", "a3", "q5", "a5", "q6", "a6"
    ]  # fmt: skip


def test_combining_in_a_hand_built_letter_with_an_empty_answer() -> None:
    """An answer covering no question (a hand-built letter) is passed over where the
    combined answer is placed, and dropped as before."""
    questions = tuple(Question(f"q{n}", n) for n in range(1, 4))
    answers = (
        Answer("a1", ("q1",)),
        Answer("a2", ("q2",)),
        Answer("a0", ()),
        Answer("a3", ("q3",)),
    )
    combined = ops.combine(Letter(questions=questions, answers=answers), ["q1", "q3"])
    assert [a.id for a in combined.answers] == ["a2", "a1"]
    assert combined.answer("a1").questions == ("q1", "q3")
    assert _ids(combined) == ["q1", "q2", "a2", "q3", "a1"]
