"""The flowing part of the letter as a list of items: body, questions heading, questions, answers.

An item is the unit of incremental layout. Its key holds the identity of the model objects it
shows and every derived text it prints (labels, footnote numbers), so after an edit an
unchanged item has an equal key and its laid-out lines are reused.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from answerletter.layout.profile import Labels
from answerletter.model import wording
from answerletter.model.letter import Answer, Body, Letter, Question
from answerletter.model.metadata import Metadata
from answerletter.model.richtext import RichText


@dataclass(frozen=True, slots=True)
class BodySource:
    """What the body item shows: the body, the metadata (signatures) and the offering text."""

    body: Body
    metadata: Metadata
    offering: RichText


class ItemKind(Enum):
    BODY = "body"
    HEADING = "heading"
    QUESTION = "question"
    ANSWER = "answer"


@dataclass(frozen=True, slots=True, eq=False)
class ItemSpec:
    """What one item prints. *source* is the model object (or objects) it shows."""

    kind: ItemKind
    source: object
    label: str
    #: The heading text, or an answer's "Zie antwoord op vraag N." sentence.
    extra: str
    footnote_start: int
    footnote_count: int
    key: tuple[object, ...]


def _footnote_count(item: Question | Answer, previous: dict[int, ItemSpec]) -> int:
    spec = previous.get(id(item))
    if spec is not None and spec.source is item:
        return spec.footnote_count
    return len(item.text.footnotes())


def item_specs(
    letter: Letter, labels: Labels, previous: dict[int, ItemSpec] | None = None
) -> list[ItemSpec]:
    """The items of *letter* in printed order, with their labels and footnote numbers.

    *previous* (id of source → spec of an earlier call) saves recounting the footnotes of
    questions and answers that did not change.
    """
    previous = previous or {}
    specs: list[ItemSpec] = []
    offering = wording.offering(letter)
    body_notes = len(offering.footnotes()) + len(letter.body.paragraphs.footnotes())
    body_source = BodySource(letter.body, letter.metadata, offering)
    specs.append(
        ItemSpec(
            ItemKind.BODY,
            body_source,
            "",
            "",
            1,
            body_notes,
            ("body", id(letter.body), id(letter.metadata)),
        )
    )
    next_note = 1 + body_notes
    presentation = letter.presentation()
    if not presentation:
        return specs
    heading = wording.questions_heading(letter.metadata)
    specs.append(ItemSpec(ItemKind.HEADING, heading, "", heading, 0, 0, ("heading", heading)))
    for item in presentation:
        count = _footnote_count(item, previous)
        # The footnote number is part of the key only where the item prints footnotes, so a
        # footnote added early re-lays only the later items that carry footnotes.
        start = next_note if count else 0
        if isinstance(item, Question):
            label = labels.question.format(n=item.number)
            key: tuple[object, ...] = ("q", id(item), label, start)
            specs.append(ItemSpec(ItemKind.QUESTION, item, label, "", start, count, key))
        else:
            numbers = [letter.question(qid).number for qid in item.questions]
            label = labels.answer.format(list=wording.question_numbers_phrase(numbers))
            extra = wording.reference_sentence(letter, item)
            key = ("a", id(item), label, extra, start)
            specs.append(ItemSpec(ItemKind.ANSWER, item, label, extra, start, count, key))
        next_note += count
    return specs
