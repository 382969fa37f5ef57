"""The letter: metadata, body, questions in presentation order, and the answers to them.

A Letter is an immutable value. Editing produces a new Letter (see ``operations``), which
makes undo a matter of keeping the previous value and lets a reader of two versions find
what changed by identity (``old.answers[i] is new.answers[i]``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from answerletter.model.acceptance import Acceptance, DocumentKind
from answerletter.model.metadata import Metadata
from answerletter.model.richtext import EMPTY_TEXT, Footnote, RichText


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
    def question_index(self) -> dict[str, int]:
        """Question id → position in presentation order."""
        return {q.id: i for i, q in enumerate(self.questions)}

    @cached_property
    def answer_index(self) -> dict[str, int]:
        """Answer id → position in ``answers``."""
        return {a.id: i for i, a in enumerate(self.answers)}

    @cached_property
    def answer_of_question(self) -> dict[str, Answer]:
        """Question id → the answer covering it (questions without an answer are absent)."""
        return {qid: a for a in self.answers for qid in a.questions}

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

    def answer_for(self, question_id: str) -> Answer | None:
        """The answer covering the question, or None when it has none yet."""
        return self.answer_of_question.get(question_id)

    def all_ids(self) -> set[str]:
        """Every id in the letter: questions, answers and footnotes."""
        ids = {q.id for q in self.questions} | {a.id for a in self.answers}
        ids.update(note.id for note in self.footnotes())
        return ids

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
    def _presentation(self) -> tuple[Question | Answer, ...]:
        position = self.question_index
        last_question_of: dict[str, list[Answer]] = {}
        for answer in self.answers:
            if answer.questions:
                last = max(answer.questions, key=lambda q: position.get(q, -1))
                last_question_of.setdefault(last, []).append(answer)
        items: list[Question | Answer] = []
        for question in self.questions:
            items.append(question)
            items.extend(last_question_of.get(question.id, ()))
        return tuple(items)
