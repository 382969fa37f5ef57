"""check_consistency finds each kind of broken invariant in hand-built letters."""

from __future__ import annotations

import pytest

from answerletter.model import Answer, Block, Body, Footnote, Letter, Question, RichText, Run
from answerletter.model.consistency import check_consistency, has_reference_cycle, is_valid_id
from answerletter.model.metadata import is_zaaknummer


def _questions(*ids: str) -> tuple[Question, ...]:
    return tuple(Question(qid, n) for n, qid in enumerate(ids, 1))


def _note_text(note_id: str) -> RichText:
    return RichText((Block((Run("tekst"), Footnote(note_id, (Run("bron"),)))),))


GOOD = Letter(
    questions=_questions("q1", "q2", "q3"),
    answers=(Answer("a1", ("q1", "q2")), Answer("a3", ("q3",), refers_to="q1")),
)


def test_a_good_letter_has_no_problems() -> None:
    assert check_consistency(GOOD) == []
    assert check_consistency(Letter()) == []


def test_question_without_answer_is_fine() -> None:
    letter = Letter(questions=_questions("q1", "q2"), answers=(Answer("a2", ("q2",)),))
    assert check_consistency(letter) == []


@pytest.mark.parametrize(
    ("letter", "problem"),
    [
        (
            Letter(questions=_questions("q1", "q1")),
            "Duplicate id 'q1'",
        ),
        (
            Letter(questions=_questions("q1"), answers=(Answer("q1", ("q1",)),)),
            "Duplicate id 'q1'",
        ),
        (
            Letter(
                questions=(
                    Question("q1", 1, _note_text("fn1")),
                    Question("q2", 2, _note_text("fn1")),
                )
            ),
            "Duplicate id 'fn1'",
        ),
        (
            Letter(questions=(Question("q1", 1, _note_text("q1")),)),
            "Duplicate id 'q1'",
        ),
        (
            Letter(questions=_questions("q1"), body=Body(paragraphs=_note_text("q1"))),
            "Duplicate id 'q1'",
        ),
        (
            Letter(questions=_questions("q1"), answers=(Answer("a1", ("q1", "q9")),)),
            "Answer 'a1' covers a missing question 'q9'",
        ),
        (
            Letter(questions=_questions("q1"), answers=(Answer("a1", ()),)),
            "Answer 'a1' covers no question",
        ),
        (
            Letter(
                questions=_questions("q1", "q2"),
                answers=(Answer("a1", ("q1", "q2")), Answer("a2", ("q2",))),
            ),
            "Question 'q2' is covered by 2 answers",
        ),
        (
            Letter(questions=_questions("q1", "q2"), answers=(Answer("a1", ("q1", "q1")),)),
            "Answer 'a1' names a question twice",
        ),
        (
            Letter(questions=_questions("q1", "q2"), answers=(Answer("a1", ("q2", "q1")),)),
            "Answer 'a1' lists its questions out of order",
        ),
        (
            Letter(
                questions=_questions("q1", "q2"),
                answers=(
                    Answer("a1", ("q1",), refers_to="q2"),
                    Answer("a2", ("q2",), refers_to="q1"),
                ),
            ),
            "Answer 'a1' is part of a circle of references",
        ),
        (
            Letter(
                questions=_questions("q1", "q2", "q3"),
                answers=(
                    Answer("a1", ("q1",), refers_to="q3"),
                    Answer("a2", ("q2",), refers_to="q1"),
                    Answer("a3", ("q3",), refers_to="q2"),
                ),
            ),
            "Answer 'a2' is part of a circle of references",
        ),
        (
            Letter(questions=_questions("q1"), answers=(Answer("a1", ("q1",), refers_to="q1"),)),
            "Answer 'a1' refers to a question it answers itself",
        ),
        (
            Letter(
                questions=_questions("q1", "q2"),
                answers=(Answer("a1", ("q1", "q2"), refers_to="q2"),),
            ),
            "Answer 'a1' refers to a question it answers itself",
        ),
        (
            Letter(questions=_questions("q1"), answers=(Answer("a1", ("q1",), refers_to="q7"),)),
            "Answer 'a1' refers to a missing question",
        ),
        (
            Letter(
                questions=_questions("q1", "q2"),
                answers=(Answer("a2", ("q2",)), Answer("a1", ("q1",))),
            ),
            "Answers are not in presentation order",
        ),
        (
            Letter(questions=_questions("1q")),
            "Invalid id '1q'",
        ),
        (
            Letter(questions=_questions("q 1")),
            "Invalid id 'q 1'",
        ),
        (
            Letter(questions=_questions("q:1")),
            "Invalid id 'q:1'",
        ),
        (
            Letter(questions=_questions("q1\n")),
            "Invalid id 'q1\\n'",
        ),
        (
            Letter(questions=(Question("", 1),)),
            "Invalid id ''",
        ),
        (
            Letter(questions=(Question("fnX", 1, _note_text("fn 1")),)),
            "Invalid id 'fn 1'",
        ),
        (
            Letter(questions=(Question("q1", 0),)),
            "Question 'q1' has number 0; numbers start at 1",
        ),
        (
            Letter(questions=(Question("q1", -3),)),
            "Question 'q1' has number -3; numbers start at 1",
        ),
    ],
)
def test_each_broken_invariant_is_reported(letter: Letter, problem: str) -> None:
    assert problem in check_consistency(letter)


def test_presentation_order_is_only_checked_when_nothing_else_is_wrong() -> None:
    # A wrong order caused by another problem would be noise next to the real one.
    letter = Letter(
        questions=_questions("q1", "q1"),
        answers=(Answer("a2", ("q1",)), Answer("a1", ("q1",))),
    )
    problems = check_consistency(letter)
    assert "Answers are not in presentation order" not in problems
    assert "Duplicate id 'q1'" in problems


def test_has_reference_cycle() -> None:
    chain = Letter(
        questions=_questions("q1", "q2", "q3"),
        answers=(
            Answer("a1", ("q1",)),
            Answer("a2", ("q2",), refers_to="q1"),
            Answer("a3", ("q3",), refers_to="q2"),
        ),
    )
    assert not any(has_reference_cycle(chain, a) for a in chain.answers)
    circle = Letter(
        questions=chain.questions,
        answers=(Answer("a1", ("q1",), refers_to="q3"), *chain.answers[1:]),
    )
    assert all(has_reference_cycle(circle, a) for a in circle.answers)


def test_has_reference_cycle_stops_on_a_circle_it_is_not_part_of() -> None:
    letter = Letter(
        questions=_questions("q1", "q2", "q3"),
        answers=(
            Answer("a1", ("q1",), refers_to="q2"),
            Answer("a2", ("q2",), refers_to="q1"),
            Answer("a3", ("q3",), refers_to="q1"),
        ),
    )
    assert not has_reference_cycle(letter, letter.answer("a3"))
    problems = check_consistency(letter)
    assert "Answer 'a1' is part of a circle of references" in problems
    assert "Answer 'a3' is part of a circle of references" not in problems


@pytest.mark.parametrize("value", ["q1", "a", "_x", "fn-1.2", "Q_9", "vraag.3-b"])
def test_valid_ids(value: str) -> None:
    assert is_valid_id(value)


@pytest.mark.parametrize("value", ["", "1", "-q", ".q", "q 1", "q:1", "q1\n", "\u00e9", "q/1"])
def test_invalid_ids(value: str) -> None:
    assert not is_valid_id(value)


def test_zaaknummer() -> None:
    assert is_zaaknummer("2026Z09763")
    for value in ("2026Z0976", "2026z09763", "26Z09763", "2026Z09763\n", " 2026Z09763", ""):
        assert not is_zaaknummer(value)
