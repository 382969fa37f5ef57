"""Structural consistency of a Letter: the invariants every operation keeps.

The file reader reports these (with line numbers) for files made by hand or by other tools;
the tests assert that no operation ever produces a letter with a problem.
"""

from __future__ import annotations

import re
from collections import Counter

from answerletter.model.letter import Answer, Letter

#: Ids are XML NCNames without a colon, so other tools can use them as xs:ID.
ID_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")


def is_valid_id(value: str) -> bool:
    return bool(ID_RE.fullmatch(value))


def reference_target_answer(letter: Letter, answer: Answer) -> Answer | None:
    """The answer that *answer* refers to, or None."""
    if answer.refers_to is None:
        return None
    return letter.answer_for(answer.refers_to)


def has_reference_cycle(letter: Letter, start: Answer) -> bool:
    """True when following "Zie antwoord op vraag" from *start* comes back to it."""
    seen = {start.id}
    current = reference_target_answer(letter, start)
    while current is not None:
        if current.id == start.id:
            return True
        if current.id in seen:  # a circle further on that *start* only leads into
            return False
        seen.add(current.id)
        current = reference_target_answer(letter, current)
    return False


def check_consistency(letter: Letter) -> list[str]:
    """Every broken invariant, as readable English sentences; empty when consistent."""
    problems: list[str] = []
    ids = [q.id for q in letter.questions] + [a.id for a in letter.answers]
    ids += [note.id for note in letter.footnotes()]
    problems += [f"Invalid id {value!r}" for value in ids if not is_valid_id(value)]
    problems += [f"Duplicate id {value!r}" for value, n in Counter(ids).items() if n > 1]
    problems += [
        f"Question {q.id!r} has number {q.number}; numbers start at 1"
        for q in letter.questions
        if q.number < 1
    ]

    covered: Counter[str] = Counter()
    for answer in letter.answers:
        if not answer.questions:
            problems.append(f"Answer {answer.id!r} covers no question")
        for qid in answer.questions:
            covered[qid] += 1
            if qid not in letter.question_index:
                problems.append(f"Answer {answer.id!r} covers a missing question {qid!r}")
        if len(set(answer.questions)) != len(answer.questions):
            problems.append(f"Answer {answer.id!r} names a question twice")
        positions = [letter.question_index.get(q, -1) for q in answer.questions]
        if positions != sorted(positions):
            problems.append(f"Answer {answer.id!r} lists its questions out of order")
        if answer.refers_to is not None:
            if answer.refers_to not in letter.question_index:
                problems.append(f"Answer {answer.id!r} refers to a missing question")
            elif answer.refers_to in answer.questions:
                problems.append(f"Answer {answer.id!r} refers to a question it answers itself")
            elif has_reference_cycle(letter, answer):
                problems.append(f"Answer {answer.id!r} is part of a circle of references")
    problems += [
        f"Question {qid!r} is covered by {n} answers" for qid, n in covered.items() if n > 1
    ]

    presented = [item.id for item in letter.presentation() if isinstance(item, Answer)]
    if not problems and presented != [a.id for a in letter.answers]:
        problems.append("Answers are not in presentation order")
    return problems
