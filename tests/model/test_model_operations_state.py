"""Random sequences of operations keep every letter consistent and never touch their input.

A Hypothesis state machine starts from an arbitrary consistent letter and applies random
operations. After every step it checks the letter's invariants and compares it with a small
shadow model: which questions exist, their numbers and texts.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from answerletter.model import Body, Footnote, Letter, ModelError, RichText
from answerletter.model import operations as ops
from answerletter.model.consistency import check_consistency
from answerletter.model.letter import changed_items

from strategies import bodies, letters, rich_texts

TEXTS = rich_texts(max_blocks=2)


def _without_footnote_ids(text: RichText) -> RichText:
    """*text* with every footnote id blanked, to compare texts whose footnotes were renamed."""
    return text.map_footnotes(lambda note: Footnote("x", note.body))


ODD_FOOTNOTE_IDS = ("", "fn 1", "1x", "fn1", "q1", "a1", "x:y")


def _pasted(data: st.DataObject, letter: Letter, text: RichText) -> RichText:
    """*text* with footnote ids as a paste might bring them: ids used elsewhere in the letter
    (question, answer and footnote ids), repeated, or not valid ids at all."""
    if not text.footnotes():
        return text
    pool = sorted(letter.all_ids()) + list(ODD_FOOTNOTE_IDS)
    ids = data.draw(
        st.lists(
            st.sampled_from(pool), min_size=len(text.footnotes()), max_size=len(text.footnotes())
        ),
        label="pasted footnote ids",
    )
    fresh = iter(ids)
    return text.map_footnotes(lambda note: Footnote(next(fresh), note.body))


def _check_changed_items(before: Letter, after: Letter) -> None:
    """What ``changed_items`` says of an operation is true both ways (undo asks the other
    way round): the letters have the same shape and differ only in the items it names."""
    for old, new in ((before, after), (after, before)):
        changed = changed_items(old, new)
        if changed is None:
            continue
        assert [q.id for q in old.questions] == [q.id for q in new.questions]
        assert [(a.id, a.questions) for a in old.answers] == [
            (a.id, a.questions) for a in new.answers
        ]
        differing = {a.id for a, b in zip(old.questions, new.questions, strict=True) if a is not b}
        differing |= {a.id for a, b in zip(old.answers, new.answers, strict=True) if a is not b}
        assert differing <= changed


def _would_circle(letter: Letter, question_id: str, target_id: str) -> bool:
    """Whether "question refers to target" closes a circle, worked out independently: follow
    the references from the target and see whether they come back to the question."""
    current: str | None = target_id
    seen: set[str] = set()
    while current is not None and current not in seen:
        if current == question_id:
            return True
        seen.add(current)
        answer = letter.answer_for(current)
        if answer is None:
            return False
        # If this answer also covers the question, refer() splits the question off first;
        # the rest of the answer keeps its reference, so the chain goes on the same way.
        current = answer.refers_to
    return False


class LetterOperations(RuleBasedStateMachine):
    letter: Letter
    numbers: dict[str, int]
    texts: dict[str, RichText]

    @initialize(letter=letters(max_questions=6))
    def start(self, letter: Letter) -> None:
        self.letter = letter
        self.numbers = {q.id: q.number for q in letter.questions}
        self.texts = {q.id: q.text for q in letter.questions}

    # -- helpers --

    def apply(self, operation: Callable[[Letter], Letter]) -> Letter:
        """Run *operation* on the current letter and check it left its input alone."""
        before = self.letter
        snapshot = copy.deepcopy(before)
        try:
            after = operation(before)
        finally:
            assert before == snapshot
        self.letter = after
        _check_changed_items(before, after)
        return after

    def question_ids(self) -> list[str]:
        return [q.id for q in self.letter.questions]

    def has_questions(self) -> bool:
        return bool(self.letter.questions)

    def has_two_questions(self) -> bool:
        return len(self.letter.questions) >= 2

    def combined_answers(self) -> list[str]:
        return [a.id for a in self.letter.answers if len(a.questions) > 1]

    # -- rules --

    @rule(data=st.data(), with_number=st.booleans(), text=TEXTS)
    def insert(self, data: st.DataObject, with_number: bool, text: RichText) -> None:
        index = data.draw(st.integers(0, len(self.letter.questions)), label="index")
        number = data.draw(st.integers(1, 40), label="number") if with_number else None
        expected = number or max(self.numbers.values(), default=0) + 1
        result: list[str] = []

        def insert(letter: Letter) -> Letter:
            after, qid = ops.insert_question(letter, index, number=number, text=text)
            result.append(qid)
            return after

        after = self.apply(insert)
        qid = result[0]
        assert qid not in self.numbers
        assert after.questions[index].id == qid
        self.numbers[qid] = expected
        self.texts[qid] = after.question(qid).text
        assert _without_footnote_ids(after.question(qid).text) == _without_footnote_ids(text)

    @precondition(has_questions)
    @rule(data=st.data())
    def duplicate(self, data: st.DataObject) -> None:
        original = data.draw(st.sampled_from(self.question_ids()), label="question")
        result: list[str] = []

        def duplicate(letter: Letter) -> Letter:
            after, qid = ops.duplicate_question(letter, original)
            result.append(qid)
            return after

        after = self.apply(duplicate)
        copy_id = result[0]
        assert after.question_index[copy_id] == after.question_index[original] + 1
        copied = after.question(copy_id).text
        assert _without_footnote_ids(copied) == _without_footnote_ids(self.texts[original])
        self.numbers[copy_id] = self.numbers[original]
        self.texts[copy_id] = copied

    @precondition(has_questions)
    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        doomed = data.draw(
            st.lists(st.sampled_from(self.question_ids()), min_size=1, unique=True),
            label="questions",
        )
        references = {a.id for a in self.letter.answers if a.refers_to in doomed}
        after = self.apply(lambda letter: ops.delete_questions(letter, doomed))
        for qid in doomed:
            del self.numbers[qid]
            del self.texts[qid]
        for aid in references:
            if aid in after.answer_index:
                assert after.answer(aid).refers_to is None

    @precondition(has_questions)
    @rule(data=st.data(), to_end=st.booleans())
    def move(self, data: st.DataObject, to_end: bool) -> None:
        ids = self.question_ids()
        moving = data.draw(st.lists(st.sampled_from(ids), min_size=1, unique=True), label="moving")
        rest = [qid for qid in ids if qid not in moving]
        before = None if to_end or not rest else data.draw(st.sampled_from(rest), label="before")
        self.apply(lambda letter: ops.move_questions(letter, moving, before))
        moved = [qid for qid in ids if qid in moving]
        order = self.question_ids()
        at = order.index(moved[0])
        assert order[at : at + len(moved)] == moved
        if before is None:
            assert at + len(moved) == len(order)
        else:
            assert order[at + len(moved)] == before
        assert sorted(order) == sorted(ids)

    @precondition(has_questions)
    @rule(data=st.data(), steps=st.integers(-4, 4))
    def move_by(self, data: st.DataObject, steps: int) -> None:
        qid = data.draw(st.sampled_from(self.question_ids()), label="question")
        start = self.letter.question_index[qid]
        after = self.apply(lambda letter: ops.move_question_by(letter, qid, steps))
        expected = max(0, min(len(after.questions) - 1, start + steps))
        assert after.question_index[qid] == expected

    @rule()
    def renumber(self) -> None:
        after = self.apply(ops.renumber)
        self.numbers = {q.id: n for n, q in enumerate(after.questions, 1)}

    @precondition(has_questions)
    @rule(data=st.data(), number=st.integers(1, 40))
    def set_number(self, data: st.DataObject, number: int) -> None:
        qid = data.draw(st.sampled_from(self.question_ids()), label="question")
        self.apply(lambda letter: ops.set_question_number(letter, qid, number))
        self.numbers[qid] = number

    @precondition(has_two_questions)
    @rule(data=st.data())
    def combine(self, data: st.DataObject) -> None:
        chosen = data.draw(
            st.lists(st.sampled_from(self.question_ids()), min_size=2, max_size=4, unique=True),
            label="questions",
        )
        before = self.letter
        covered = set(chosen)
        for qid in chosen:
            answer = before.answer_for(qid)
            if answer is not None:
                covered.update(answer.questions)
        after = self.apply(lambda letter: ops.combine(letter, chosen))
        merged = after.answer_for(chosen[0])
        assert merged is not None
        assert set(merged.questions) == covered
        assert merged.refers_to not in covered

    @precondition(lambda self: bool(self.combined_answers()))
    @rule(data=st.data())
    def split(self, data: st.DataObject) -> None:
        aid = data.draw(st.sampled_from(self.combined_answers()), label="answer")
        original = self.letter.answer(aid)
        after = self.apply(lambda letter: ops.split(letter, aid))
        assert after.answer(aid).questions == original.questions[:1]
        assert after.answer(aid).text == original.text
        for qid in original.questions[1:]:
            answer = after.answer_for(qid)
            assert answer is not None
            assert answer.questions == (qid,) and answer.text.is_empty()

    @precondition(has_questions)
    @rule(data=st.data())
    def refer(self, data: st.DataObject) -> None:
        ids = self.question_ids()
        qid = data.draw(st.sampled_from(ids), label="question")
        target = data.draw(st.sampled_from(ids), label="target")
        refused = qid == target or _would_circle(self.letter, qid, target)
        try:
            after = self.apply(lambda letter: ops.refer(letter, qid, target))
        except ModelError:
            assert refused
            return
        assert not refused
        answer = after.answer_for(qid)
        assert answer is not None
        assert answer.questions == (qid,) and answer.refers_to == target

    @precondition(lambda self: any(a.refers_to for a in self.letter.answers))
    @rule(data=st.data())
    def clear_reference(self, data: st.DataObject) -> None:
        referring = [a.id for a in self.letter.answers if a.refers_to]
        aid = data.draw(st.sampled_from(referring), label="answer")
        after = self.apply(lambda letter: ops.clear_reference(letter, aid))
        assert after.answer(aid).refers_to is None

    @precondition(has_questions)
    @rule(data=st.data(), text=TEXTS)
    def set_question_text(self, data: st.DataObject, text: RichText) -> None:
        qid = data.draw(st.sampled_from(self.question_ids()), label="question")
        text = _pasted(data, self.letter, text)
        after = self.apply(lambda letter: ops.set_question_text(letter, qid, text))
        assert _without_footnote_ids(after.question(qid).text) == _without_footnote_ids(text)
        self.texts[qid] = after.question(qid).text

    @precondition(has_questions)
    @rule(data=st.data(), text=TEXTS)
    def set_answer_text(self, data: st.DataObject, text: RichText) -> None:
        qid = data.draw(st.sampled_from(self.question_ids()), label="question")
        text = _pasted(data, self.letter, text)
        result: list[str] = []

        def answer_it(letter: Letter) -> Letter:
            letter, aid = ops.ensure_answer(letter, qid)
            result.append(aid)
            return ops.set_answer_text(letter, aid, text)

        after = self.apply(answer_it)
        assert after.answer_for(qid) is after.answer(result[0])
        stored = after.answer(result[0]).text
        assert _without_footnote_ids(stored) == _without_footnote_ids(text)

    @rule(data=st.data(), body=bodies())
    def set_body(self, data: st.DataObject, body: Body) -> None:
        offering = None if body.offering is None else _pasted(data, self.letter, body.offering)
        body = Body(offering, _pasted(data, self.letter, body.paragraphs), body.closing)
        after = self.apply(lambda letter: ops.set_body(letter, body))
        assert after.body.closing == body.closing
        assert (after.body.offering is None) == (body.offering is None)
        if body.offering is not None and after.body.offering is not None:
            assert _without_footnote_ids(after.body.offering) == _without_footnote_ids(
                body.offering
            )
        assert _without_footnote_ids(after.body.paragraphs) == _without_footnote_ids(
            body.paragraphs
        )

    # -- invariants --

    @invariant()
    def consistent(self) -> None:
        assert check_consistency(self.letter) == []

    @invariant()
    def carried_lookups_equal_fresh_ones(self) -> None:
        """Look-ups carried over from earlier versions are those a fresh value computes."""
        letter = self.letter
        fresh = dataclasses.replace(letter)
        # Printed positions, found by halving (before the whole index is asked for below).
        assert letter.answer_places == fresh.answer_places
        for item in fresh.presentation():
            assert letter.presentation_position(item.id) == fresh.presentation_index[item.id]
        assert letter.presentation_position("nowhere") is None
        assert letter.question_index == fresh.question_index
        assert letter.answer_index == fresh.answer_index
        assert letter.answer_position == fresh.answer_position
        assert letter.answer_of_question == fresh.answer_of_question
        assert letter.presentation() == fresh.presentation()
        assert all(a is b for a, b in zip(letter.presentation(), fresh.presentation(), strict=True))
        assert letter.presentation_index == fresh.presentation_index
        for question in letter.questions:
            assert letter.answer_for(question.id) is fresh.answer_for(question.id)
        # The id census, counted again only for what each operation changed, and the
        # highest numbers it carried over (asked here every step, so they are carried).
        assert letter.id_census.counts() == fresh.id_census.counts()
        for prefix in ("q", "a", "fn"):
            assert letter.id_census.highest(prefix) == fresh.id_census.highest(prefix)

    @invariant()
    def answers_cover_existing_questions(self) -> None:
        existing = set(self.letter.question_index)
        for answer in self.letter.answers:
            assert answer.questions and set(answer.questions) <= existing
            assert answer.refers_to is None or answer.refers_to in existing

    @invariant()
    def numbers_and_texts_change_only_when_asked(self) -> None:
        assert {q.id: q.number for q in self.letter.questions} == self.numbers
        assert {q.id: q.text for q in self.letter.questions} == self.texts


LetterOperations.TestCase.settings = settings(
    max_examples=50,
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestLetterOperations = LetterOperations.TestCase
