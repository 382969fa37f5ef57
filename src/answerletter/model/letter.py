"""The letter: metadata, body, questions in presentation order, and the answers to them.

A Letter is an immutable value. Editing produces a new Letter (see ``operations``), which
makes undo a matter of keeping the previous value and lets a reader of two versions find
what changed by identity (``old.answers[i] is new.answers[i]``).

The look-ups (id → position, question → answer, presentation order) are computed once per
value. An edit that keeps the letter's shape (a text typed, a number or the metadata
changed) makes its new letter with :func:`derive` or :func:`with_item`, which carry them
over (structural sharing: the same dictionaries, never copied or rebuilt) and record which
items changed (:func:`changed_items`), so a pane can compare only those.
"""

from __future__ import annotations

import dataclasses
import weakref
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain, count, repeat
from operator import attrgetter
from typing import Any

from answerletter.model.acceptance import Acceptance, DocumentKind
from answerletter.model.ids import IdCensus
from answerletter.model.metadata import Metadata
from answerletter.model.positions import Positions
from answerletter.model.presentation import answer_places, printed_order, spliced_order
from answerletter.model.richtext import EMPTY_TEXT, Footnote, RichText
from answerletter.model.spans import differing_span


class ModelError(ValueError):
    """An operation was asked to do something the letter cannot hold."""


@dataclass(frozen=True, slots=True)
class Question:
    """A question: *id* is its identity, *number* the one the Kamer gave it (just data)."""

    id: str
    number: int
    text: RichText = EMPTY_TEXT


@dataclass(frozen=True, slots=True)
class Answer:
    """An answer to one or more questions (ids, in presentation order).

    With *refers_to* set (a question id), the answer reads "Zie antwoord op vraag N." and
    *text*, if any, follows it.
    """

    id: str
    questions: tuple[str, ...]
    text: RichText = EMPTY_TEXT
    refers_to: str | None = None


@dataclass(frozen=True, slots=True)
class Body:
    """The letter part before the questions.

    *offering* None means the offering sentence is generated from the metadata.
    """

    offering: RichText | None = None
    paragraphs: RichText = EMPTY_TEXT
    #: e.g. "Hoogachtend,"; many answer letters have none.
    closing: str = ""


@dataclass(frozen=True)
class Letter:
    """A whole answer letter.

    *answers* are kept in presentation order: an answer stands right after the last of the
    questions it covers. The operations keep that order; ``check_consistency`` reports
    where a hand-built letter breaks it.
    """

    metadata: Metadata = field(default_factory=Metadata)
    body: Body = field(default_factory=Body)
    questions: tuple[Question, ...] = ()
    answers: tuple[Answer, ...] = ()
    #: An answer letter, or an uitstelbericht (the notice that the answers will be late).
    kind: DocumentKind = DocumentKind.ANSWER_LETTER
    #: Findings of the checks the user accepted as correct ("dit is juist").
    accepted: tuple[Acceptance, ...] = ()

    # -- look-ups (computed once per value; a Letter never changes) --

    @cached_property
    def question_index(self) -> Mapping[str, int]:
        """Question id → position in presentation order."""
        return _positions(self.questions)

    @cached_property
    def answer_index(self) -> Mapping[str, int]:
        """Answer id → position in ``answers``."""
        return _positions(self.answers)

    @cached_property
    def answer_position(self) -> Mapping[str, int]:
        """Question id → position in ``answers`` of the answer covering it (questions without
        an answer are absent). Positions, not answers: the same after an answer's text
        changes, so the look-up is carried over to the next version."""
        return Positions(_answer_positions(self.answers), _covered_by(self.answers))

    @cached_property
    def answer_of_question(self) -> dict[str, Answer]:
        """Question id → the answer covering it (questions without an answer are absent)."""
        covered = list(map(attrgetter("questions"), self.answers))
        answers = chain.from_iterable(map(repeat, self.answers, map(len, covered)))
        return dict(zip(chain.from_iterable(covered), answers, strict=False))  # (in C)

    def question(self, question_id: str) -> Question:
        try:
            return self.questions[self.question_index[question_id]]
        except KeyError:
            raise ModelError(f"No question with id {question_id!r}") from None

    def answer(self, answer_id: str) -> Answer:
        try:
            return self.answers[self.answer_index[answer_id]]
        except KeyError:
            raise ModelError(f"No answer with id {answer_id!r}") from None

    def item(self, item_id: str) -> Question | Answer:
        """The question or the answer with id *item_id*."""
        index = self.question_index.get(item_id)
        if index is not None:
            return self.questions[index]
        return self.answer(item_id)

    def answer_for(self, question_id: str) -> Answer | None:
        """The answer covering the question, or None when it has none yet."""
        position = self.answer_position.get(question_id)
        return None if position is None else self.answers[position]

    def all_ids(self) -> set[str]:
        """Every id in the letter: questions, answers and footnotes."""
        return self.id_census.ids()

    @cached_property
    def id_census(self) -> IdCensus:
        """Every id in the letter, counted (for fresh ids: see :mod:`~.ids`). Carried over
        to new versions with only what changed counted again (see :func:`carry_ids`)."""
        ids = _body_ids(self.body)
        items: tuple[Question | Answer, ...] = (*self.questions, *self.answers)
        for item in items:
            ids.extend(_item_ids(item))
        return IdCensus.of(ids)

    def footnotes(self) -> tuple[Footnote, ...]:
        """Every footnote of the questions section in reading order (body footnotes first)."""
        notes: list[Footnote] = []
        for text in self.texts_in_reading_order():
            notes.extend(text.footnotes())
        return tuple(notes)

    def texts_in_reading_order(self) -> list[RichText]:
        """Every rich text of the letter in the order it is printed."""
        texts: list[RichText] = []
        if self.body.offering is not None:
            texts.append(self.body.offering)
        texts.append(self.body.paragraphs)
        for item in self.presentation():
            texts.append(item.text)
        return texts

    def presentation(self) -> tuple[Question | Answer, ...]:
        """Questions and answers in printed order: each answer after its last question."""
        return self._presentation

    @cached_property
    def presentation_index(self) -> Mapping[str, int]:
        """Question or answer id → position in :meth:`presentation`."""
        return _positions(self._presentation)

    @cached_property
    def answer_places(self) -> list[int] | None:
        """For each answer, the position of the last question it covers, after which it is
        printed; None when the answers are out of that order (a hand-built letter)."""
        return answer_places(self.answers, self.question_index)

    def presentation_position(self, item_id: str) -> int | None:
        """The position of a question or an answer in :meth:`presentation`, None when the
        letter has no such item. Found from the positions of the questions and answers
        (in O(log N) after a structural edit, where the whole index would cost a walk over
        every item)."""
        places = self.answer_places
        if places is None or "presentation_index" in self.__dict__:
            return self.presentation_index.get(item_id)
        index = self.question_index.get(item_id)
        if index is not None:  # after the questions before it and their answers
            return index + bisect_left(places, index)
        index = self.answer_index.get(item_id)
        if index is not None:  # after its last question and the answers before it
            return places[index] + 1 + index
        return None

    @cached_property
    def _presentation(self) -> tuple[Question | Answer, ...]:
        pending = self.__dict__.pop(_PENDING, None)
        if pending is not None:
            # An earlier version's order with some items swapped in (see with_item).
            base, swaps = pending
            swapped = list(base)
            for at, item in swaps.items():
                swapped[at] = item
            return tuple(swapped)
        return printed_order(self.questions, self.answers, self.question_index)


def _positions(items: Sequence[Question | Answer]) -> Positions:
    """Id → position, built in C (the first time; structural edits splice it)."""
    return Positions(_ids_by_position(items), _ids_of(items))


def _ids_by_position(items: Sequence[Question | Answer]) -> dict[str, int]:
    return dict(zip(map(attrgetter("id"), items), count(), strict=False))


def _ids_of(items: Sequence[Question | Answer]) -> Callable[[], Iterator[str]]:
    return lambda: map(attrgetter("id"), items)


def _answer_positions(answers: Sequence[Answer]) -> dict[str, int]:
    covered = list(map(attrgetter("questions"), answers))
    positions = chain.from_iterable(map(repeat, count(), map(len, covered)))
    return dict(zip(chain.from_iterable(covered), positions, strict=False))  # (in C)


def _covered_by(answers: Sequence[Answer]) -> Callable[[], Iterator[str]]:
    return lambda: chain.from_iterable(map(attrgetter("questions"), answers))


# -- new versions that keep the old one's look-ups --

#: The look-ups, and the fields each depends on: carried over when those fields are the
#: very same objects in the new version.
_LOOKUPS: dict[str, tuple[str, ...]] = {
    "question_index": ("questions",),
    "answer_index": ("answers",),
    "answer_position": ("answers",),
    "answer_of_question": ("answers",),
    "presentation_index": ("questions", "answers"),
    "answer_places": ("questions", "answers"),
    "_presentation": ("questions", "answers"),
    "id_census": ("questions", "answers", "body"),
}
#: Where a letter keeps its presentation order until it is asked for: an earlier version's
#: order and the items to swap in by position. Copying the order (twice the questions,
#: touching every item) on each keystroke would cost more than the rest of the keystroke.
_PENDING = "_pending_presentation"
#: Where a letter keeps what :func:`changed_items` answers: its :class:`_Edit`.
_EDIT = "_derived_edit"
#: How many edits back :func:`changed_items` sees at least (at most twice as many): a
#: reader that skips versions (the preview lays out the latest letter every half second,
#: not every keystroke) still finds what changed since the version it has, while the
#: records stay few and small.
LINEAGE = 64


@dataclass(frozen=True, slots=True)
class _Edit:
    """How a letter was made from another by :func:`derive`: that letter (weakly: the
    versions in between are freed as typing goes on), the ids of the questions and answers
    replaced in place, and that letter's own record (kept, so the lineage outlives them)."""

    parent: weakref.ref[Letter]
    changed: frozenset[str]
    earlier: _Edit | None
    depth: int

    def after(self, parent: Letter, changed: frozenset[str]) -> _Edit:
        """The record of a letter made from *parent*, whose record this is."""
        earlier = self if self.depth < 2 * LINEAGE else self._latest(LINEAGE)
        return _Edit(weakref.ref(parent), changed, earlier, earlier.depth + 1)

    def _latest(self, count: int) -> _Edit:
        """A copy of this record with only its *count* - 1 latest predecessors."""
        chain: list[_Edit] = []
        record: _Edit | None = self
        while record is not None and len(chain) < count:
            chain.append(record)
            record = record.earlier
        rebuilt: _Edit | None = None
        for depth, kept in enumerate(reversed(chain), 1):
            rebuilt = _Edit(kept.parent, kept.changed, rebuilt, depth)
        assert rebuilt is not None
        return rebuilt

    def changes_since(self, ancestor: Letter) -> frozenset[str] | None:
        """What changed since *ancestor*, if it is in this lineage."""
        changed = self.changed
        record: _Edit | None = self
        while record is not None:
            if record.parent() is ancestor:
                return changed
            record = record.earlier
            if record is not None:
                changed = changed | record.changed
        return None


def derive(
    letter: Letter, changed: Iterable[str] = (), *, amend: bool = False, **changes: Any
) -> Letter:
    """``dataclasses.replace(letter, **changes)``, keeping every look-up whose fields are
    unchanged; *changed* names the questions and answers that were replaced in place (same
    id, same position, same questions answered), see :func:`changed_items`. With *amend*
    *letter* is a step of the same edit, made from another letter: the new one counts as
    made from that one."""
    new = dataclasses.replace(letter, **changes)
    known = letter.__dict__
    state = new.__dict__
    for name, fields in _LOOKUPS.items():
        if name in known and all(getattr(new, f) is getattr(letter, f) for f in fields):
            state[name] = known[name]
    same_items = new.questions is letter.questions and new.answers is letter.answers
    if _PENDING in known and same_items:
        state[_PENDING] = known[_PENDING]
    if "id_census" in known and same_items and new.body is not letter.body:
        state["id_census"] = known["id_census"].changed(_body_ids(letter.body), _body_ids(new.body))
    record: _Edit | None = known.get(_EDIT)
    if amend and record is not None:
        state[_EDIT] = dataclasses.replace(record, changed=record.changed.union(changed))
    elif record is not None:
        state[_EDIT] = record.after(letter, frozenset(changed))
    else:
        state[_EDIT] = _Edit(weakref.ref(letter), frozenset(changed), None, 1)
    return new


def with_item(letter: Letter, item: Question | Answer) -> Letter:
    """*letter* with the question or answer of *item*'s id replaced by *item*, which answers
    the same questions (an answer) or keeps its place (a question): positions, the
    question-to-answer look-up and the presentation order's index are carried over, and
    the presentation order itself gets the one item swapped (when first asked for)."""
    known = letter.__dict__
    if isinstance(item, Question):
        index = letter.question_index[item.id]
        # Concatenated slices: copied in C, not item by item.
        questions = letter.questions[:index] + (item,) + letter.questions[index + 1 :]  # noqa: RUF005
        new = derive(letter, (item.id,), questions=questions)
        new.__dict__["question_index"] = letter.question_index
        replaced: Question | Answer = letter.questions[index]
    else:
        index = letter.answer_index[item.id]
        if letter.answers[index].questions != item.questions:
            raise ModelError("with_item keeps the questions an answer covers")
        answers = letter.answers[:index] + (item,) + letter.answers[index + 1 :]  # noqa: RUF005
        new = derive(letter, (item.id,), answers=answers)
        new.__dict__["answer_index"] = letter.answer_index
        if "answer_position" in known:
            new.__dict__["answer_position"] = known["answer_position"]
        replaced = letter.answers[index]
    _swap_in_order(letter, new, (item,))
    _count_ids_again(letter, new, (replaced,), (item,))
    return new


def _swap_in_order(letter: Letter, new: Letter, items: Sequence[Question | Answer]) -> None:
    """Give *new* (made from *letter* by replacing *items* in place) the presentation order
    of *letter* with *items* swapped in, when it is first asked for, and the look-ups of
    printed positions."""
    known = letter.__dict__
    if "answer_places" in known:  # (question positions, the same)
        new.__dict__["answer_places"] = known["answer_places"]
    if "_presentation" not in known and _PENDING not in known:
        return
    # (Asked first: for a hand-built letter this makes the order, which takes the pending one.)
    places = {letter.presentation_position(item.id): item for item in items}
    if _PENDING in known:
        base, swaps = known[_PENDING]
    else:
        base, swaps = known["_presentation"], {}
    new.__dict__[_PENDING] = (base, {**swaps, **places})
    if "presentation_index" in known:
        new.__dict__["presentation_index"] = known["presentation_index"]


def with_items(letter: Letter, items: Sequence[Question | Answer]) -> Letter:
    """*letter* with several questions and answers replaced as :func:`with_item` replaces
    one (Replace All's thousands of texts): one new version, with the look-ups carried over
    and the replaced items named for :func:`changed_items`, so the panes and the layout
    look at those only."""
    if not items:
        return letter
    if len(items) == 1:
        return with_item(letter, items[0])
    known = letter.__dict__
    questions = {item.id: item for item in items if isinstance(item, Question)}
    answers = {item.id: item for item in items if isinstance(item, Answer)}
    if not set(questions) <= letter.question_index.keys() or not (
        set(answers) <= letter.answer_index.keys()
    ):
        raise ModelError("with_items replaces questions and answers the letter has")
    if any(letter.answer(a.id).questions != a.questions for a in answers.values()):
        raise ModelError("with_items keeps the questions an answer covers")
    changes: dict[str, Any] = {}
    if questions:
        changes["questions"] = tuple(questions.get(q.id, q) for q in letter.questions)
    if answers:
        changes["answers"] = tuple(answers.get(a.id, a) for a in letter.answers)
    new = derive(letter, questions.keys() | answers.keys(), **changes)
    state = new.__dict__
    if questions:
        state["question_index"] = letter.question_index
    if answers:
        state["answer_index"] = letter.answer_index
        if "answer_position" in known:
            state["answer_position"] = known["answer_position"]
    _swap_in_order(letter, new, items)
    _count_ids_again(letter, new, [letter.item(item.id) for item in items], items)
    return new


def spliced_question_index(old: Letter, questions: tuple[Question, ...]) -> Positions:
    """The question positions of a new version with *questions*, made from *old*'s by
    splicing the stretch between the unchanged first and last questions."""
    if questions is old.questions and isinstance(old.question_index, Positions):
        return old.question_index
    start, old_end, new_end = differing_span(old.questions, questions)
    old_index = old.question_index
    if not isinstance(old_index, Positions):
        old_index = Positions(dict(old_index), _ids_of(old.questions))
    return old_index.spliced(
        start,
        old_end,
        dict(zip(map(attrgetter("id"), questions[start:new_end]), count(start), strict=False)),
        new_end,
        size=len(questions),
        keys=_ids_of(questions),
        fresh=lambda: _ids_by_position(questions),
    )


def carry_structure(
    old: Letter, new: Letter, question_index: Mapping[str, int], places: list[int] | None
) -> None:
    """Give *new*, made from *old* by a structural edit (questions inserted, deleted,
    moved, answers combined), what can be carried over or spliced instead of made anew:
    *question_index* (a dictionary made afresh or :func:`spliced_question_index`) and
    *places* (its :attr:`~Letter.answer_places`), computed by the caller, the answers'
    look-ups (spliced, see :mod:`~.positions`), the id census, and the printed order and
    its index spliced from *old*'s (see :func:`~.presentation.spliced_order`)."""
    known, state = old.__dict__, new.__dict__
    answers = new.answers
    spans = (differing_span(old.questions, new.questions), differing_span(old.answers, answers))
    if isinstance(question_index, dict):  # (kept, not copied)
        question_index = Positions(question_index, _ids_of(new.questions))
    elif not isinstance(question_index, Positions):
        question_index = Positions(dict(question_index), _ids_of(new.questions))
    state["question_index"] = question_index
    state["answer_places"] = places
    first, old_end, new_end = spans[1]
    if answers is old.answers:
        for name in ("answer_index", "answer_position", "answer_of_question"):
            if name in known:
                state[name] = known[name]
    else:
        stretch = answers[first:new_end]
        if "answer_index" in known:
            state["answer_index"] = known["answer_index"].spliced(
                first,
                old_end,
                dict(zip(map(attrgetter("id"), stretch), count(first), strict=False)),
                new_end,
                size=len(answers),
                keys=_ids_of(answers),
                fresh=lambda: _ids_by_position(answers),
            )
        if "answer_position" in known:
            covering = {qid: at for at, a in enumerate(stretch, first) for qid in a.questions}
            uncovered = [qid for a in old.answers[first:old_end] for qid in a.questions]
            state["answer_position"] = known["answer_position"].spliced(
                first,
                old_end,
                covering,
                new_end,
                size=len(known["answer_position"]) + len(covering) - len(uncovered),
                keys=_covered_by(answers),
                fresh=lambda: _answer_positions(answers),
            )
    carry_ids(old, new, spans)
    if ("_presentation" in known or _PENDING in known) and places is not None:
        old_places = old.answer_places
        if old_places is not None:
            _splice_order(old, new, (old_places, places), spans)


def _splice_order(
    old: Letter,
    new: Letter,
    places: tuple[list[int], list[int]],
    spans: tuple[tuple[int, int, int], tuple[int, int, int]],
) -> None:
    """Give *new* its printed order spliced from *old*'s, and the index of that order
    spliced when *old* has one."""
    order, (start, stop, middle) = spliced_order(
        old.presentation(),
        (old.questions, places[0]),
        (new.questions, new.answers, places[1]),
        spans,
    )
    state = new.__dict__
    state["_presentation"] = order
    index = old.__dict__.get("presentation_index")
    if index is not None:
        state["presentation_index"] = index.spliced(
            start,
            stop,
            dict(zip(map(attrgetter("id"), middle), count(start), strict=False)),
            start + len(middle),
            size=len(order),
            keys=_ids_of(order),
            fresh=lambda: _ids_by_position(order),
        )


def carry_ids(
    old: Letter, new: Letter, spans: Sequence[tuple[int, int, int]] | None = None
) -> None:
    """Give *new*, made from *old* in any way (questions inserted, deleted, moved, answers
    combined), *old*'s id census with the ids of the items between the unchanged first and
    last ones counted out and in: not a walk over every footnote. *spans*: the questions'
    and the answers' :func:`differing_span`, when known."""
    if "id_census" not in old.__dict__ or "id_census" in new.__dict__:
        return
    census = old.id_census
    pairs: tuple[tuple[Sequence[Question | Answer], Sequence[Question | Answer]], ...] = (
        (old.questions, new.questions),
        (old.answers, new.answers),
    )
    if spans is None:
        spans = [differing_span(before, after) for before, after in pairs]
    for (before, after), (start, old_end, new_end) in zip(pairs, spans, strict=True):
        census = _counted_again(census, before[start:old_end], after[start:new_end])
    if new.body is not old.body:
        census = census.changed(_body_ids(old.body), _body_ids(new.body))
    new.__dict__["id_census"] = census


def _count_ids_again(
    old: Letter,
    new: Letter,
    replaced: Sequence[Question | Answer],
    items: Sequence[Question | Answer],
) -> None:
    """Give *new* (made from *old* by replacing *replaced* with *items*) the census of
    *old*, counted again for those items only (typing changes no id: the same census)."""
    census = old.__dict__.get("id_census")
    if census is not None:
        new.__dict__["id_census"] = _counted_again(census, replaced, items)


def _counted_again(
    census: IdCensus, gone: Sequence[Question | Answer], came: Sequence[Question | Answer]
) -> IdCensus:
    removed = [value for item in gone for value in _item_ids(item)]
    added = [value for item in came for value in _item_ids(item)]
    if sorted(removed) == sorted(added):
        return census
    return census.changed(removed, added)


def _item_ids(item: Question | Answer) -> list[str]:
    return [item.id, *(note.id for note in item.text.footnotes())]


def _body_ids(body: Body) -> list[str]:
    offering = body.offering.footnotes() if body.offering is not None else ()
    return [note.id for note in (*offering, *body.paragraphs.footnotes())]


def changed_items(old: Letter, new: Letter) -> frozenset[str] | None:
    """The ids of the questions and answers that differ between two versions of a letter,
    when one was made from the other by :func:`derive` or :func:`with_item` (as typing
    does), up to at least :data:`LINEAGE` edits apart; None when that is not known (compare
    the whole letters). Metadata and body changes are not listed: compare those by identity."""
    if old is new:
        return frozenset()
    for later, earlier in ((new, old), (old, new)):
        record: _Edit | None = later.__dict__.get(_EDIT)
        if record is not None:
            found = record.changes_since(earlier)
            if found is not None:
                return found
    if old.questions is new.questions and old.answers is new.answers:
        return frozenset()
    return None
