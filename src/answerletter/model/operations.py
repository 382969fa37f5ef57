"""Operations on a Letter. Each takes a consistent letter and returns a new consistent one.

Questions are addressed by id, never by number: the number is the Kamer's and moves with
its question; ``renumber`` is the only operation that changes numbers. Invalid requests
raise ModelError and leave nothing half done (the input letter is a value and never changes).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from itertools import chain, compress, count
from operator import attrgetter
from typing import Any

from answerletter.model.acceptance import Acceptance
from answerletter.model.consistency import has_reference_cycle, is_valid_id
from answerletter.model.ids import highest_number, numbered_after
from answerletter.model.letter import (
    Answer,
    Body,
    Letter,
    ModelError,
    Question,
    carry_ids,
    derive,
    with_item,
)
from answerletter.model.metadata import Metadata
from answerletter.model.rebuild import rebuild as _rebuild
from answerletter.model.richtext import EMPTY_TEXT, Footnote, RichText

QUESTION_PREFIX = "q"
ANSWER_PREFIX = "a"
FOOTNOTE_PREFIX = "fn"


def new_ids(used: Iterable[str], prefix: str, count: int = 1) -> list[str]:
    """*count* fresh ids "<prefix><n>", numbered after the highest one in *used*."""
    return numbered_after(highest_number(used, prefix), prefix, count)


def new_id(letter: Letter, prefix: str) -> str:
    return letter.id_census.fresh(prefix)[0]


# -- questions --


def insert_question(
    letter: Letter, index: int, *, number: int | None = None, text: RichText = EMPTY_TEXT
) -> tuple[Letter, str]:
    """Insert a new question at *index*; returns the letter and the new question's id.

    Without *number*, the question gets one more than the highest number in the letter.
    """
    if not 0 <= index <= len(letter.questions):
        raise ModelError(f"Cannot insert a question at position {index}")
    if number is None:
        number = max(map(attrgetter("number"), letter.questions), default=0) + 1
    if number < 1:
        raise ModelError("Question numbers start at 1")
    text = _with_fresh_footnote_ids(letter, text)
    # The new id must not clash with the new text's footnotes either.
    also = [note.id for note in text.footnotes()]
    qid = letter.id_census.fresh(QUESTION_PREFIX, also=also)[0]
    questions = (*letter.questions[:index], Question(qid, number, text), *letter.questions[index:])
    return _rebuild(letter, questions, letter.answers), qid


def duplicate_question(letter: Letter, question_id: str) -> tuple[Letter, str]:
    """Insert a copy of the question's text right after it (new id, footnotes re-identified)."""
    original = letter.question(question_id)
    index = letter.question_index[question_id] + 1
    return insert_question(letter, index, number=original.number, text=original.text)


def delete_questions(letter: Letter, question_ids: Iterable[str]) -> Letter:
    """Delete questions with their footnotes. Answers lose them (an answer left with no
    question goes too) and references to them are cleared, keeping the referring answer's text."""
    doomed = set(question_ids)
    questions = _without(letter.questions, _positions_of(letter, doomed))
    answers = list(letter.answers)
    referring = map(doomed.__contains__, map(attrgetter("refers_to"), answers))
    for index in compress(count(), referring):
        answers[index] = replace(answers[index], refers_to=None)
    return _rebuild(letter, questions, answers)


def move_questions(letter: Letter, question_ids: Sequence[str], before: str | None) -> Letter:
    """Move the questions (kept in their present order) to just before question *before*,
    or to the end when *before* is None. Numbers stay with their questions."""
    moving = set(question_ids)
    positions = _positions_of(letter, moving)
    if before is not None:
        letter.question(before)
        if before in moving:
            raise ModelError("Cannot move questions to before one of themselves")
    moved = tuple(letter.questions[p] for p in positions)
    rest = _without(letter.questions, positions)
    at = len(rest)
    if before is not None:  # its place among the questions that stay
        at = letter.question_index[before] - bisect_left(positions, letter.question_index[before])
    return _rebuild(letter, rest[:at] + moved + rest[at:], letter.answers)


def move_question_by(letter: Letter, question_id: str, steps: int) -> Letter:
    """Move one question up (negative) or down (positive) by *steps* places, clamped."""
    index = letter.question_index.get(question_id)
    if index is None:
        raise ModelError(f"No question with id {question_id!r}")
    target = max(0, min(len(letter.questions) - 1, index + steps))
    # The question now at *target* among the others (those without the one moved).
    behind = target + 1 if target >= index else target
    before = letter.questions[behind].id if behind < len(letter.questions) else None
    return move_questions(letter, [question_id], before)


def renumber(letter: Letter) -> Letter:
    """Number the questions 1..N in their present order. References use ids, so the labels
    of combined answers and "Zie antwoord op vraag N" follow by themselves."""
    questions = tuple(
        q if q.number == n else replace(q, number=n) for n, q in enumerate(letter.questions, 1)
    )
    renumbered = replace(letter, questions=questions)
    carry_ids(letter, renumbered)
    return renumbered


def set_question_number(letter: Letter, question_id: str, number: int) -> Letter:
    if number < 1:
        raise ModelError("Question numbers start at 1")
    index = letter.question_index.get(question_id)
    if index is None:
        raise ModelError(f"No question with id {question_id!r}")
    return with_item(letter, replace(letter.questions[index], number=number))


def set_question_text(letter: Letter, question_id: str, text: RichText) -> Letter:
    index = letter.question_index.get(question_id)
    if index is None:
        raise ModelError(f"No question with id {question_id!r}")
    question = letter.questions[index]
    text = _with_fresh_footnote_ids(letter, text, own=question.text)
    changed = with_item(letter, replace(question, text=text))
    return _drop_acceptances_gone(changed, question_id, text)


def _drop_acceptances_gone(letter: Letter, item_id: str, text: RichText) -> Letter:
    """Acceptances of findings in *item_id* whose excerpt is no longer in its new *text* go:
    an acceptance disappears with the text it was about (and comes back with undo)."""
    if not any(a.item == item_id for a in letter.accepted):
        return letter
    plain = text.plain_text()
    notes = {note.id: note.plain_text() for note in text.footnotes()}

    def still_there(acceptance: Acceptance) -> bool:
        if acceptance.item != item_id:
            return True
        where = notes.get(acceptance.field, "") if acceptance.part == "footnote" else plain
        return acceptance.excerpt in where

    kept = tuple(a for a in letter.accepted if still_there(a))
    if len(kept) == len(letter.accepted):
        return letter
    return derive(letter, amend=True, accepted=kept)


# -- answers --


def ensure_answer(letter: Letter, question_id: str) -> tuple[Letter, str]:
    """The id of the answer covering the question, creating an empty one if it has none."""
    letter.question(question_id)
    existing = letter.answer_for(question_id)
    if existing is not None:
        return letter, existing.id
    aid = new_id(letter, ANSWER_PREFIX)
    answers = _placed(letter.answers, Answer(aid, (question_id,)), letter.question_index)
    return _rebuild(letter, letter.questions, answers), aid


def set_answer_text(letter: Letter, answer_id: str, text: RichText) -> Letter:
    index = letter.answer_index.get(answer_id)
    if index is None:
        raise ModelError(f"No answer with id {answer_id!r}")
    answer = letter.answers[index]
    text = _with_fresh_footnote_ids(letter, text, own=answer.text)
    changed = with_item(letter, replace(answer, text=text))
    return _drop_acceptances_gone(changed, answer_id, text)


def combine(letter: Letter, question_ids: Sequence[str]) -> Letter:
    """Answer the questions together. Answers they had are merged into one (with the other
    questions those answers covered); their texts are joined in presentation order."""
    chosen = set(question_ids)
    for qid in chosen:
        letter.question(qid)
    if len(chosen) < 2:
        raise ModelError("Select at least two questions to answer together")
    involved_at = sorted({letter.answer_position[q] for q in chosen if q in letter.answer_position})
    involved = [letter.answers[at] for at in involved_at]
    members = chosen.union(*(a.questions for a in involved))
    text = RichText(tuple(block for a in involved for block in a.text.blocks))
    references = [a.refers_to for a in involved if a.refers_to and a.refers_to not in members]
    aid = involved[0].id if involved else new_id(letter, ANSWER_PREFIX)
    index = letter.question_index
    ordered = tuple(sorted(members, key=index.__getitem__))
    merged = Answer(aid, ordered, text, references[0] if references else None)
    others = _without(letter.answers, involved_at)
    result = _rebuild(letter, letter.questions, _placed(others, merged, index))
    merged = result.answer(aid)
    if merged.refers_to is not None and has_reference_cycle(result, merged):
        result = _rebuild(result, result.questions, _swap(result, replace(merged, refers_to=None)))
    return result


def split(letter: Letter, answer_id: str) -> Letter:
    """Give every question of a combined answer its own answer again. The first question keeps
    the answer (its id, text and reference); the others get empty answers."""
    answer = letter.answer(answer_id)
    if len(answer.questions) < 2:
        raise ModelError("This answer covers one question; there is nothing to split")
    first, *rest = answer.questions
    fresh = letter.id_census.fresh(ANSWER_PREFIX, len(rest))
    parts = [replace(answer, questions=(first,))]
    parts += [Answer(aid, (qid,)) for aid, qid in zip(fresh, rest, strict=True)]
    answers = _without(letter.answers, [letter.answer_index[answer_id]])
    for part in parts:
        answers = _placed(answers, part, letter.question_index)
    return _rebuild(letter, letter.questions, answers)


def refer(letter: Letter, question_id: str, target_question_id: str) -> Letter:
    """Make the question's answer read "Zie antwoord op vraag N" (N: the target's number).

    A question that shares a combined answer is split off from it first. Existing text of its
    own answer is kept and printed after the reference.
    """
    letter.question(target_question_id)
    if target_question_id == question_id:
        raise ModelError("An answer cannot refer to its own question")
    answer = letter.answer_for(question_id)
    if answer is not None and len(answer.questions) > 1:
        others = _without(letter.answers, [letter.answer_index[answer.id]])
        remaining = replace(
            answer, questions=tuple(q for q in answer.questions if q != question_id)
        )
        letter = _rebuild(letter, letter.questions, (*others, remaining))
    letter, aid = ensure_answer(letter, question_id)
    result = _rebuild(
        letter,
        letter.questions,
        _swap(letter, replace(letter.answer(aid), refers_to=target_question_id)),
    )
    if has_reference_cycle(result, result.answer(aid)):
        raise ModelError("That reference would make a circle of answers referring to each other")
    return result


def clear_reference(letter: Letter, answer_id: str) -> Letter:
    answer = letter.answer(answer_id)
    return _rebuild(letter, letter.questions, _swap(letter, replace(answer, refers_to=None)))


def _swap(letter: Letter, answer: Answer) -> list[Answer]:
    """The letter's answers with the one of the same id replaced by *answer*."""
    answers = list(letter.answers)
    answers[letter.answer_index[answer.id]] = answer
    return answers


def _placed(
    answers: tuple[Answer, ...], answer: Answer, index: Mapping[str, int]
) -> tuple[Answer, ...]:
    """*answers* (in printed order) with *answer* put where it is printed: after the
    answers printed after its last question or before (found by halving), so that a
    rebuild has nothing to sort and looks at this stretch only (see ``rebuild``)."""
    last = _last_position(index, answer)
    at = bisect_right(answers, last, key=lambda other: _last_position(index, other))
    return (*answers[:at], answer, *answers[at:])


def _last_position(index: Mapping[str, int], answer: Answer) -> int:
    """The position of the last question *answer* covers (-1: none, a hand-built letter)."""
    return index.get(answer.questions[-1], -1) if answer.questions else -1


def _positions_of(letter: Letter, question_ids: Collection[str]) -> list[int]:
    """The positions of the questions, in order; raises for an unknown id."""
    for qid in question_ids:
        letter.question(qid)
    return sorted(letter.question_index[qid] for qid in question_ids)


def _without(items: tuple[Any, ...], positions: Sequence[int]) -> tuple[Any, ...]:
    """*items* without those at *positions* (in order): slices joined in C, not a walk."""
    pieces, start = [], 0
    for position in positions:
        pieces.append(items[start:position])
        start = position + 1
    pieces.append(items[start:])
    return tuple(chain.from_iterable(pieces))


# -- metadata and body --


def set_metadata(letter: Letter, metadata: Metadata) -> Letter:
    return derive(letter, metadata=metadata)


def set_body(letter: Letter, body: Body) -> Letter:
    """Replace the body. Footnote ids used elsewhere in the letter (or twice in the body) are
    re-issued, as when setting a question's or answer's text."""
    old = letter.body
    own = RichText((*(old.offering or EMPTY_TEXT).blocks, *old.paragraphs.blocks))
    offering = body.offering or EMPTY_TEXT
    # Offering and paragraphs are checked as one text so they cannot clash with each other.
    both = RichText((*offering.blocks, *body.paragraphs.blocks))
    fresh = _with_fresh_footnote_ids(letter, both, own=own)
    if fresh is not both:
        split = len(offering.blocks)
        body = replace(
            body,
            offering=None if body.offering is None else RichText(fresh.blocks[:split]),
            paragraphs=RichText(fresh.blocks[split:]),
        )
    return derive(letter, body=body)


# -- footnote ids --


def _with_fresh_footnote_ids(
    letter: Letter, text: RichText, own: RichText = EMPTY_TEXT
) -> RichText:
    """*text* with footnotes whose ids are used elsewhere in the letter (or twice in *text*,
    or are not valid ids, as a pasted text may have) given fresh ids, so pasted or duplicated
    footnotes never clash. *own* is the text being replaced: its footnotes may keep their ids."""
    notes = text.footnotes()
    if not notes:
        return text
    own_ids = {note.id for note in own.footnotes()}
    ids = [note.id for note in notes]
    if len(set(ids)) == len(ids) and own_ids.issuperset(ids):
        # Typing in a text that already had these footnotes (the keystroke path): in a
        # consistent letter its own ids clash with nothing, so the whole-letter scan is skipped.
        return text
    census = letter.id_census

    def taken(value: str) -> bool:
        """Whether *value* is used in the letter outside the text being replaced."""
        return value in census and value not in own_ids

    clashing = set()
    seen: set[str] = set()
    for note in notes:
        if taken(note.id) or note.id in seen or not is_valid_id(note.id):
            clashing.add(note.id)
        seen.add(note.id)
    if not clashing:
        return text
    fresh = iter(census.fresh(FOOTNOTE_PREFIX, len(notes), also=seen, except_for=own_ids - seen))
    first_use: set[str] = set()

    def renew(note: Footnote) -> Footnote:
        if note.id in clashing and (
            taken(note.id) or note.id in first_use or not is_valid_id(note.id)
        ):
            return Footnote(next(fresh), note.body)
        first_use.add(note.id)
        return note

    return text.map_footnotes(renew)
