"""The printed order of a letter's questions and answers, made afresh or spliced.

Each question is printed followed by the answers whose last question it is, in the order of
the letter's answers. A structural edit (a question inserted, deleted, moved, answers
combined) changes that order only between its first and last changed items, so the new
order is the old one with that stretch made again (:func:`spliced_order`): at 10,000
questions, a few slices copied in C instead of a Python loop over 20,000 items on the GUI
thread.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from itertools import compress, count, repeat
from operator import attrgetter, itemgetter, le, ne
from typing import TYPE_CHECKING, TypeAlias, cast

if TYPE_CHECKING:
    from answerletter.model.letter import Answer, Question

    Item: TypeAlias = Question | Answer


def printed_order(
    questions: Sequence[Question], answers: Sequence[Answer], position: Mapping[str, int]
) -> tuple[Item, ...]:
    """The printed order made afresh. Holds for any letter, also one whose answers are out
    of order (a hand-built letter): an answer follows the latest of its questions."""
    last_question_of: dict[str, list[Answer]] = {}
    for answer in answers:
        covered = answer.questions
        if len(covered) == 1:  # most answers (and no function call for them)
            last_question_of.setdefault(covered[0], []).append(answer)
        elif covered:
            last = max(covered, key=lambda q: position.get(q, -1))
            last_question_of.setdefault(last, []).append(answer)
    items: list[Item] = []
    for question in questions:
        items.append(question)
        items.extend(last_question_of.get(question.id, ()))
    return tuple(items)


def answer_places(answers: Sequence[Answer], position: Mapping[str, int]) -> list[int] | None:
    """For each answer, the position of the last question it covers (after which it is
    printed); None when the answers are not in that order or cover questions the letter
    lacks (a hand-built letter: see ``check_consistency``). Built in C but for combined
    answers."""
    covered = list(map(attrgetter("questions"), answers))
    if not all(covered):
        return None
    found = list(map(position.get, map(itemgetter(-1), covered)))
    for index in compress(count(), map(ne, map(len, covered), repeat(1))):
        combined = list(map(position.get, covered[index]))
        found[index] = None if None in combined else max(cast(list[int], combined))
    if None in found:
        return None
    places = cast(list[int], found)
    return places if all(map(le, places, places[1:])) else None


def spliced_order(
    old_order: Sequence[Item],
    old: tuple[Sequence[Question], Sequence[int]],
    new: tuple[Sequence[Question], Sequence[Answer], Sequence[int]],
    spans: tuple[tuple[int, int, int], tuple[int, int, int]],
) -> tuple[tuple[Item, ...], tuple[int, int, list[Item]]]:
    """The printed order of a new version of a letter, made from the old version's order:
    *old* is the old version's questions and :func:`answer_places`, *new* the new one's
    questions, answers and places;
    *spans* their questions' and answers' :func:`~.spans.differing_span`. Also the
    stretch of the old order replaced (start, end) and what replaced it.

    The questions before the first changed one (or before the first question a changed
    answer is printed after) and the answers printed after those keep their places; the
    same holds from the end. Only the stretch in between is made again."""
    old_questions, old_places = old
    new_questions, new_answers, new_places = new
    (first_question, old_end, new_end), (first_answer, old_answers_end, new_answers_end) = spans
    # The changed questions, widened to those the changed answers are printed after; the
    # end is kept as a position in the old version (the same question in both after it).
    low, high = first_question, old_end
    if first_question == old_end == new_end:  # the same questions: the answers say where
        low, high = len(old_questions), 0
    gone = old_places[first_answer:old_answers_end]
    if gone:
        low, high = min(low, *gone), max(high, max(gone) + 1)
    came = new_places[first_answer:new_answers_end]
    if came:
        low, high = min(low, *came), max(high, max(came) + 1 - new_end + old_end)
    if low > high:  # nothing changed
        low = high = 0
    new_high = high - old_end + new_end
    # A question's place in the printed order: its position plus the answers before it.
    start = low + bisect_left(old_places, low)
    stop = high + bisect_left(old_places, high)
    answer = bisect_left(new_places, low)
    last_answer = bisect_left(new_places, new_high)
    middle: list[Item] = []
    for place in range(low, new_high):
        middle.append(new_questions[place])
        while answer < last_answer and new_places[answer] == place:
            middle.append(new_answers[answer])
            answer += 1
    return (*old_order[:start], *middle, *old_order[stop:]), (start, stop, middle)
