"""Word and character counts of a letter, kept up to date at the cost of what changed.

What is counted is the text the user wrote: the letter text (and a typed offering sentence),
every question and answer, and the footnotes inside them. Generated wording (labels, the
letterhead) is not. A word is a run of non-space characters with at least one letter or
digit in it (a lone dash is no word); characters are counted with spaces, paragraph and line
breaks and footnote marks left out (as Word's "characters (with spaces)").

Texts are immutable and shared between versions of a letter, so a text's count is remembered
by the text object itself: after typing in one answer, :meth:`LetterCounter.update` finds the
one changed answer (``changed_positions``: tuple comparisons in C that pass unchanged answers
by identity) and adjusts the totals by the difference; nothing else is counted again. The
first count of a letter can be made in steps (:meth:`LetterCounter.count_steps`), so a big
letter's (about a second at 10,000 questions) need not be made at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import compress
from operator import ne

from answerletter.model.letter import Answer, Letter, Question, changed_items
from answerletter.model.richtext import LINE_BREAK, RichText
from answerletter.model.spans import differing_span

_WORD = re.compile(r"\S*[^\W_]\S*")


@dataclass(frozen=True, slots=True)
class TextCount:
    words: int = 0
    characters: int = 0

    def __add__(self, other: TextCount) -> TextCount:
        return TextCount(self.words + other.words, self.characters + other.characters)

    def __sub__(self, other: TextCount) -> TextCount:
        return TextCount(self.words - other.words, self.characters - other.characters)


NO_TEXT = TextCount()


def count_string(text: str) -> TextCount:
    # A line break (Shift+Enter) separates words but is no character, as a paragraph break.
    return TextCount(len(_WORD.findall(text)), len(text) - text.count(LINE_BREAK))


def count_text(text: RichText) -> TextCount:
    """Words and characters of *text*, its footnotes' text included."""
    total = NO_TEXT
    for block in text.blocks:
        total += count_string(block.plain_text())
        for note in block.footnotes():
            total += count_string(note.plain_text())
    return total


def letter_texts(letter: Letter) -> Iterator[RichText]:
    """Every text of *letter* that is counted: the letter text (and a typed offering), then
    the questions and the answers."""
    body = letter.body
    yield body.paragraphs
    if body.offering is not None:
        yield body.offering
    for question in letter.questions:
        yield question.text
    for answer in letter.answers:
        yield answer.text


def is_answered(answer: Answer | None) -> bool:
    """A question is answered by an answer with text, or by a reference to another answer."""
    return answer is not None and (answer.refers_to is not None or not answer.text.is_empty())


def _answered(letter: Letter) -> int:
    """How many of *letter*'s questions are answered."""
    answer_of = letter.answer_of_question
    return sum(1 for q in letter.questions if is_answered(answer_of.get(q.id)))


def _restructured(
    old: Letter, new: Letter
) -> tuple[list[Question | Answer], list[Question | Answer]] | None:
    """The questions and answers of *old* and *new* between their unchanged first and last
    ones (went, came), when every answer among them covers questions its letter has (so
    each answered question is counted once by its answer); None otherwise."""
    went: list[Question | Answer] = []
    came: list[Question | Answer] = []
    for before, after in ((old.questions, new.questions), (old.answers, new.answers)):
        start, old_end, new_end = differing_span(before, after)
        went.extend(before[start:old_end])
        came.extend(after[start:new_end])
    for letter, items in ((old, went), (new, came)):
        index = letter.question_index
        if not all(q in index for a in items if isinstance(a, Answer) for q in a.questions):
            return None
    return went, came


def changed_positions(old: Sequence[object], new: Sequence[object]) -> list[int]:
    """Where two tuples of the same length differ (an unequal item; equal items count the
    same). Typing replaces one item, a move a few next to each other: the unchanged
    beginning and end are found by halving with tuple comparisons (``differing_span``: in
    C, passing identical items by identity), and only the items between are compared."""
    start, end, _ = differing_span(old, new)
    if end - start <= 2:  # (the first and last item of the span differ)
        return list(range(start, end))
    middle = compress(
        range(start + 1, end - 1), map(ne, old[start + 1 : end - 1], new[start + 1 : end - 1])
    )
    return [start, *middle, end - 1]


@dataclass(frozen=True, slots=True)
class LetterCounts:
    """The totals of one letter version."""

    letter: TextCount = NO_TEXT
    answered: int = 0
    questions: int = 0

    @property
    def unanswered(self) -> int:
        return self.questions - self.answered


#: How much cheaper finding whether a question is answered is than counting a text.
_CHEAPER = 10


class LetterCounter:
    """Counts of successive versions of one letter; each update costs what changed."""

    #: Remembered texts beyond this many (old versions') are let go at the next full pass.
    MAX_REMEMBERED = 50_000

    def __init__(self) -> None:
        self._counts: dict[int, tuple[RichText, TextCount]] = {}
        self._letter: Letter | None = None
        self._totals = LetterCounts()
        #: How many texts were counted (not found remembered): for tests and benchmarks.
        self.texts_counted = 0

    def count(self, text: RichText) -> TextCount:
        """The count of *text*, remembered by identity."""
        known = self._counts.get(id(text))
        if known is not None and known[0] is text:
            return known[1]
        value = count_text(text)
        self.texts_counted += 1
        self._counts[id(text)] = (text, value)
        return value

    def count_steps(self, letter: Letter, texts_per_step: int) -> Iterator[int]:
        """Count *letter*'s texts, *texts_per_step* at a time, yielding (how many are counted
        so far) after each step, then look up which questions are answered, ten times as
        many a step (yielding the same number); the totals are added up as it goes, so that
        :meth:`update` with *letter* afterwards returns them at once (adding up 30,000 texts
        at the end was a step of its own, 100 ms at 10,000 questions)."""
        total = NO_TEXT
        texts = 0
        for texts, text in enumerate(letter_texts(letter), start=1):
            total += self.count(text)
            if texts % texts_per_step == 0:
                yield texts
        # Then which questions are answered (40 ms at 10,000), in steps too.
        answer_of = letter.answer_of_question
        answered = 0
        questions_per_step = texts_per_step * _CHEAPER
        for done, question in enumerate(letter.questions, start=1):
            answered += is_answered(answer_of.get(question.id))
            if done % questions_per_step == 0:
                yield texts
        self._letter = letter
        self._totals = LetterCounts(total, answered, len(letter.questions))

    def texts_to_count(self, letter: Letter, limit: int) -> int:
        """How many of *letter*'s texts :meth:`update` would count anew (not remembered),
        as far as *limit* and one more. Cheap for typing (the edit names what it changed);
        a walk over the letter's texts after other changes (Replace All, an import)."""
        old = self._letter
        if old is None or letter is old:
            return 0
        known = changed_items(old, letter)
        if known is not None and len(known) <= limit:
            return len(known)
        counts = self._counts
        spans = _restructured(old, letter) if known is None else None
        texts: Iterable[RichText] = letter_texts(letter)
        if spans is not None:  # questions inserted, removed, moved: the texts between
            _, came = spans
            texts = [item.text for item in came]
        unknown = 0
        for text in texts:
            found = counts.get(id(text))
            if found is None or found[0] is not text:
                unknown += 1
                if unknown > limit:
                    break
        return unknown

    def update(self, letter: Letter) -> LetterCounts:
        """The counts of *letter* (usually the previous letter with a small change)."""
        old = self._letter
        if letter is old:
            return self._totals
        totals = None
        if old is not None:
            # Typing; else questions inserted, moved, combined (the same number of items
            # too, when moved); else a count of the whole letter.
            totals = self._changed(old, letter)
            if totals is None:
                totals = self._restructured(old, letter)
        if totals is None:
            totals = self._full(letter)
        self._letter = letter
        self._totals = totals
        return totals

    def _body(self, letter: Letter) -> TextCount:
        body = letter.body
        total = self.count(body.paragraphs)
        if body.offering is not None:
            total += self.count(body.offering)
        return total

    def _full(self, letter: Letter) -> LetterCounts:
        if len(self._counts) > self.MAX_REMEMBERED:
            self._counts.clear()
        total = NO_TEXT
        for text in letter_texts(letter):
            total += self.count(text)
        return LetterCounts(total, _answered(letter), len(letter.questions))

    def _forget(self, before: RichText, after: RichText | None) -> None:
        # The version typed over is let go: each keystroke would otherwise keep one more
        # text alive. Undo brings it back; it is then counted once more.
        if before is not after:
            known = self._counts.get(id(before))
            if known is not None and known[0] is before:
                del self._counts[id(before)]

    def _replace(self, before: RichText, after: RichText) -> TextCount:
        """How the count changes when *before* is replaced by *after*."""
        if before is after:
            return NO_TEXT
        difference = self.count(after) - self.count(before)
        self._forget(before, after)
        return difference

    def _body_changed(self, old: Letter, new: Letter) -> TextCount:
        if old.body is new.body:
            return NO_TEXT
        self._forget(old.body.paragraphs, new.body.paragraphs)
        if old.body.offering is not None:
            self._forget(old.body.offering, new.body.offering)
        return self._body(new) - self._body(old)

    def _restructured(self, old: Letter, new: Letter) -> LetterCounts | None:
        """The totals after questions were inserted, removed or moved (or answers combined)
        between unchanged first and last ones: the texts in between counted out and in,
        not the letter's 20,000. None when the letters are not of that kind."""
        spans = _restructured(old, new)
        if spans is None:
            return None
        went, came = spans
        totals = self._totals
        total = totals.letter + self._body_changed(old, new)
        answered = totals.answered
        for items, sign in ((went, -1), (came, 1)):
            for item in items:
                counted = self.count(item.text)
                total = total - counted if sign < 0 else total + counted
                if isinstance(item, Answer):
                    answered += sign * int(is_answered(item)) * len(item.questions)
        return LetterCounts(total, answered, len(new.questions))

    def _changed(self, old: Letter, new: Letter) -> LetterCounts | None:
        """The totals after an edit of texts in place (typing); None for any other change."""
        if len(old.questions) != len(new.questions) or len(old.answers) != len(new.answers):
            return None
        totals = self._totals
        total = totals.letter + self._body_changed(old, new)
        answered = totals.answered
        # An edit in place says which items it replaced (carried look-ups give their places
        # at once); otherwise they are found by comparing the tuples.
        known = changed_items(old, new)
        if old.questions is not new.questions:
            if known is None:
                places = changed_positions(old.questions, new.questions)
            else:
                places = sorted(i for i in map(new.question_index.get, known) if i is not None)
            for i in places:
                before, after = old.questions[i], new.questions[i]
                if before.id != after.id:
                    return None
                total += self._replace(before.text, after.text)
        if old.answers is not new.answers:
            if known is None:
                places = changed_positions(old.answers, new.answers)
            else:
                places = sorted(i for i in map(new.answer_index.get, known) if i is not None)
            for i in places:
                before_answer, after_answer = old.answers[i], new.answers[i]
                if before_answer.questions != after_answer.questions:
                    return None
                total += self._replace(before_answer.text, after_answer.text)
                change = int(is_answered(after_answer)) - int(is_answered(before_answer))
                answered += change * len(after_answer.questions)
        return LetterCounts(total, answered, totals.questions)
