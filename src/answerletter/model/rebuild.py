"""A letter after a structural edit: its answers' question lists and the answers themselves
in printed order, answers left without questions dropped.

Every structural edit (a question inserted, deleted or moved, answers combined) of a
10,000-question letter runs this on the GUI thread. An edit changes the questions and
answers only between unchanged first and last ones (``differing_span``), so the answers to
put in order again are only those in between and those covering a question in between:
:func:`rebuild` re-orders that window and moves the rest's places along, and only falls
back to the whole walk (:func:`_rebuilt_whole`, still in C where it can be) when the
window is large or its answers would leave it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import compress, count, repeat
from operator import add, attrgetter, is_not, itemgetter, le, ne
from typing import cast

from answerletter.model.letter import (
    Answer,
    Letter,
    Question,
    carry_structure,
    spliced_question_index,
)
from answerletter.model.positions import Positions
from answerletter.model.spans import differing_span, structural_core

#: Answers re-ordered at most by the local rebuild; beyond, the whole walk is as cheap.
WINDOW_LIMIT = 512


def rebuild(letter: Letter, questions: tuple[Question, ...], answers: Iterable[Answer]) -> Letter:
    """*letter* with *questions* and *answers*, answers' question lists and the answers
    themselves sorted into printed order, and answers without questions dropped."""
    given = tuple(answers)
    local = _rebuilt_locally(letter, questions, given)
    return local if local is not None else _rebuilt_whole(letter, questions, given)


def _rebuilt_whole(
    letter: Letter, questions: tuple[Question, ...], given: tuple[Answer, ...]
) -> Letter:
    # Built in C where it can be (map, zip, compress, sorted on keys).
    position = dict(zip(map(attrgetter("id"), questions), count(), strict=False))
    covered = list(map(attrgetter("questions"), given))
    kept = list(given)
    # The position of each answer's (first) question; None for a question not there.
    firsts = map(next, map(iter, covered), repeat(""))  # ("": an answer without questions)
    found: list[int | None] = list(map(position.get, firsts))
    for index in compress(count(), map(ne, map(len, covered), repeat(1))):  # combined ones
        present = (q for q in covered[index] if q in position)
        members = tuple(sorted(present, key=position.__getitem__))
        found[index] = position[members[-1]] if members else None
        if members and members != covered[index]:
            kept[index] = replace(kept[index], questions=members)
    places = cast(list[int], found)
    if None in found:  # answers left without questions go
        there = list(map(is_not, found, repeat(None)))
        kept, places = list(compress(kept, there)), list(compress(places, there))
    if not all(map(le, places, places[1:])):
        ordered = sorted(zip(places, kept, strict=True), key=itemgetter(0))
        places, kept = [p for p, _ in ordered], [a for _, a in ordered]
    new_answers = letter.answers if kept == list(letter.answers) else tuple(kept)
    rebuilt = replace(letter, questions=questions, answers=new_answers)
    carry_structure(letter, rebuilt, position, places)
    return rebuilt


def _rebuilt_locally(
    letter: Letter, questions: tuple[Question, ...], given: tuple[Answer, ...]
) -> Letter | None:
    """:func:`rebuild` looking only at the answers that can have changed place or members:
    those between the unchanged first and last answers, and those covering a question
    between the unchanged first and last questions. None when it does not apply (the old
    answers' places are unknown, the window is large, or its answers would be printed
    outside it): nothing is made then."""
    old_places = letter.answer_places
    if old_places is None:
        return None
    old_questions = letter.questions
    q_start, q_old_end, q_new_end = differing_span(old_questions, questions)
    # Answers replaced in place with the same questions keep their places: only those
    # between them that came, went or changed questions are put in order again (a question
    # deleted changes the far answers that referred to it).
    a_start, a_old_end, a_new_end = structural_core(
        letter.answers, given, differing_span(letter.answers, given), _same_questions
    )
    window = _window(
        letter, questions, (q_start, q_old_end, q_new_end), (a_start, a_old_end, a_new_end)
    )
    low, high = window[0], window[1] + a_new_end - a_old_end  # (in the new answers)
    if high - low > WINDOW_LIMIT:
        return None
    position = spliced_question_index(letter, questions)
    kept, places = _in_order(given[low:high], position)
    shift = q_new_end - q_old_end
    before = _moved(old_places[: window[0]], q_old_end, shift)
    after = _moved(old_places[window[1] :], q_old_end, shift)
    if (before and places and before[-1] > places[0]) or (
        after and places and places[-1] > after[0]
    ):
        return None  # an answer of the window is printed beyond it: the whole walk sorts
    new_answers = (*given[:low], *kept, *given[high:])
    if new_answers == letter.answers:
        new_answers = letter.answers  # (the very same: the answers' look-ups carry over)
    rebuilt = replace(letter, questions=questions, answers=new_answers)
    carry_structure(letter, rebuilt, position, before + places + after)
    return rebuilt


def _window(
    letter: Letter,
    questions: tuple[Question, ...],
    question_span: tuple[int, int, int],
    answer_span: tuple[int, int, int],
) -> tuple[int, int]:
    """The old answers [low, high) to put in order again: those between the unchanged
    first and last ones (with the place of any answers inserted there) and those covering
    a question that is not where it was."""
    q_start, q_old_end, q_new_end = question_span
    covering = letter.answer_position
    touched = [
        at
        for question in (*letter.questions[q_start:q_old_end], *questions[q_start:q_new_end])
        if (at := covering.get(question.id)) is not None
    ]
    start, old_end, new_end = answer_span
    if start < max(old_end, new_end):  # answers replaced, removed or inserted
        return min([start, *touched]), max([old_end, *(at + 1 for at in touched)])
    if not touched:
        return start, start
    return min(touched), max(touched) + 1


def _moved(places: Sequence[int], end: int, shift: int) -> list[int]:
    """*places* (question positions, in order) with those from *end* on moved by *shift*
    (in one pass in C)."""
    if not shift:
        return list(places)
    cut = bisect_left(places, end)
    return [*places[:cut], *map(add, places[cut:], repeat(shift))]


def _in_order(answers: Sequence[Answer], position: Positions) -> tuple[list[Answer], list[int]]:
    """*answers* without those left with no question, each covering its questions in their
    order, sorted (stably) by the position of their last question; and those positions."""
    kept: list[tuple[int, Answer]] = []
    for answer in answers:
        found = sorted(
            (at, qid) for qid in answer.questions if (at := position.get(qid)) is not None
        )
        if not found:
            continue
        members = tuple(qid for _, qid in found)
        same = members == answer.questions
        kept.append((found[-1][0], answer if same else replace(answer, questions=members)))
    kept.sort(key=itemgetter(0))
    return [answer for _, answer in kept], [place for place, _ in kept]


def _same_questions(old: Answer, new: Answer) -> bool:
    """Whether *new* stands where *old* did: the same answer covering the same questions."""
    return old is new or (old.id == new.id and old.questions == new.questions)
