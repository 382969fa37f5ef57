"""A structural edit puts in order only the answers it can have moved (issue 16): the local
rebuild gives what the whole walk gives, for any stretch of questions and answers replaced."""

from __future__ import annotations

import dataclasses
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from answerletter.model import operations as ops
from answerletter.model import rebuild as rebuild_module
from answerletter.model.letter import Answer, Letter, Question
from answerletter.model.richtext import RichText
from answerletter.testing.synthetic import generate_letter


def _edited(letter: Letter, rng: random.Random) -> tuple[tuple[Question, ...], list[Answer]]:
    """The letter's questions with a stretch shuffled, thinned and given new questions, and
    its answers with a stretch replaced by answers covering any questions at all."""
    questions = list(letter.questions)
    start = rng.randrange(len(questions))
    end = min(len(questions), start + rng.randrange(0, 6))
    stretch = [q for q in questions[start:end] if rng.random() < 0.7]
    stretch += [
        Question(f"new{i}", 900 + i, RichText.plain("Nieuw?")) for i in range(rng.randrange(3))
    ]
    rng.shuffle(stretch)
    questions[start:end] = stretch
    answers = list(letter.answers)
    first = rng.randrange(len(answers) + 1)
    last = min(len(answers), first + rng.randrange(0, 4))
    # Any question no answer outside the stretch covers (each question has one answer at
    # most, as in every letter the program makes), a new one, or one the letter lacks.
    taken = {qid for answer in answers[:first] + answers[last:] for qid in answer.questions}
    free = [q.id for q in (*letter.questions, *stretch) if q.id not in taken] + ["missing"]
    rng.shuffle(free)
    made = []
    for i in range(rng.randrange(3)):
        covered, free = free[: rng.randrange(4)], free[3:]
        made.append(Answer(f"made{i}", tuple(covered)))
    answers[first:last] = made
    # Answers elsewhere replaced in place (the same questions, another text), as a question
    # deleted replaces the answers that referred to it.
    for _ in range(rng.randrange(3)):
        at = rng.randrange(len(answers)) if answers else 0
        if answers and not answers[at].id.startswith("made"):
            answers[at] = dataclasses.replace(answers[at], text=RichText.plain("Anders."))
    return tuple(questions), answers


@settings(max_examples=150, deadline=None)
@given(seed=st.integers(0, 10_000))
def test_the_local_rebuild_equals_the_whole_walk(seed: int) -> None:
    rng = random.Random(seed)
    letter = generate_letter(rng.randrange(1, 40), seed=seed)
    questions, answers = _edited(letter, rng)
    whole = rebuild_module._rebuilt_whole(letter, questions, tuple(answers))
    local = rebuild_module._rebuilt_locally(letter, questions, tuple(answers))
    if local is None:  # an answer of the window printed beyond it: the whole walk's turn
        assert rebuild_module.rebuild(letter, questions, answers).answers == whole.answers
        return
    assert local.questions == whole.questions
    assert local.answers == whole.answers
    fresh = Letter(questions=local.questions, answers=local.answers)
    assert local.answer_places == fresh.answer_places
    assert dict(local.question_index) == dict(fresh.question_index)
    assert dict(local.answer_index) == dict(fresh.answer_index)
    assert dict(local.answer_position) == dict(fresh.answer_position)
    assert local.presentation() == fresh.presentation()
    for place, item in enumerate(fresh.presentation()):
        assert local.presentation_position(item.id) == place


@pytest.fixture
def ordered(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many answers each rebuild puts in order again."""
    seen: list[int] = []
    in_order = rebuild_module._in_order

    def counted(answers, position):  # type: ignore[no-untyped-def]
        seen.append(len(answers))
        return in_order(answers, position)

    monkeypatch.setattr(rebuild_module, "_in_order", counted)
    return seen


def test_inserting_a_question_looks_at_no_answer(ordered: list[int]) -> None:
    """A question inserted among 2,000: no answer is put in order again, and the answers
    stay the very same tuple (their look-ups carry over)."""
    letter = generate_letter(2000, seed=3)
    new = Question("q-new", 5000, RichText.plain("Nieuw?"))
    questions = (*letter.questions[:1000], new, *letter.questions[1000:])
    rebuilt = rebuild_module.rebuild(letter, questions, letter.answers)
    assert ordered == [0]
    assert rebuilt.answers is letter.answers
    assert rebuilt.question_index["q-new"] == 1000
    assert rebuilt.question_index[letter.questions[1500].id] == 1501
    assert (
        rebuilt.answer_places == Letter(questions=questions, answers=letter.answers).answer_places
    )


def test_deleting_and_moving_look_at_the_answers_of_the_questions_only(
    ordered: list[int],
) -> None:
    letter = generate_letter(2000, seed=3)
    single = next(
        q.id
        for q in letter.questions[1000:]
        if (answer := letter.answer_for(q.id)) is not None and answer.questions == (q.id,)
    )
    deleted = ops.delete_questions(letter, [single])
    assert ordered == [1]  # the answer it leaves without a question, which goes
    assert len(deleted.answers) == len(letter.answers) - 1
    moved = ops.move_question_by(letter, single, 1)
    assert 1 <= ordered[1] <= 2  # its answer and its new neighbour's
    assert (
        moved.presentation()
        == Letter(questions=moved.questions, answers=moved.answers).presentation()
    )


def test_deleting_a_question_far_answers_refer_to_looks_at_its_answer_only(
    ordered: list[int],
) -> None:
    """The answers referring to it ("Zie antwoord op vraag N.") are replaced in place, far
    on: they keep their places and are not put in order again, nor is any answer between."""
    letter = generate_letter(2000, seed=3)
    doomed = next(
        q.id
        for q in letter.questions[100:]
        if (answer := letter.answer_for(q.id)) is not None and answer.questions == (q.id,)
    )
    for place in (900, 1700):
        letter = ops.refer(letter, letter.questions[place].id, doomed)
    ordered.clear()
    deleted = ops.delete_questions(letter, [doomed])
    assert ordered == [1]  # the answer it leaves without a question, which goes
    fresh = Letter(questions=deleted.questions, answers=deleted.answers)
    assert deleted.presentation() == fresh.presentation()
    assert deleted.answer_places == fresh.answer_places


def test_a_window_too_large_takes_the_whole_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Answers 1 and 10 made one: the window of answers to order runs from the first to
    the tenth; above the limit, the whole walk makes the same letter."""
    letter = generate_letter(50, seed=4)
    one, ten = letter.answers[0], letter.answers[9]
    merged = Answer(one.id, (*one.questions, *ten.questions), one.text)
    answers = (merged, *letter.answers[1:9], *letter.answers[10:])
    monkeypatch.setattr(rebuild_module, "WINDOW_LIMIT", 8)
    assert rebuild_module._rebuilt_locally(letter, letter.questions, answers) is None
    rebuilt = rebuild_module.rebuild(letter, letter.questions, answers)
    assert rebuilt.answers == (*letter.answers[1:9], merged, *letter.answers[10:])
    monkeypatch.setattr(rebuild_module, "WINDOW_LIMIT", 9)
    local = rebuild_module._rebuilt_locally(letter, letter.questions, answers)
    assert local is not None and local.answers == rebuilt.answers


def test_a_new_answer_and_split_answers_are_put_where_they_are_printed(
    ordered: list[int],
) -> None:
    """The first key typed into an unanswered question's answer makes its answer
    (ensure_answer), and splitting gives questions answers of their own: each new answer
    goes where it is printed, so the rebuild looks at that stretch only (it sorted the
    whole letter when they were appended)."""
    letter = generate_letter(2000, seed=3)
    target = letter.questions[1200]
    answer = letter.answer_for(target.id)
    assert answer is not None
    without = ops.delete_questions(letter, [target.id])
    inserted, qid = ops.insert_question(without, 1200, number=target.number)
    ordered.clear()
    answered, aid = ops.ensure_answer(inserted, qid)
    assert ordered == [1]
    fresh = Letter(questions=answered.questions, answers=answered.answers)
    assert answered.presentation() == fresh.presentation()
    assert answered.presentation_position(aid) == fresh.presentation_index[aid]
    combined = ops.combine(answered, [answered.questions[1190].id, qid])
    ordered.clear()
    merged = combined.answer_for(qid)
    assert merged is not None and len(merged.questions) == 2
    split = ops.split(combined, merged.id)
    assert ordered and max(ordered) <= 12  # the answers between the two questions
    fresh = Letter(questions=split.questions, answers=split.answers)
    assert split.presentation() == fresh.presentation()
