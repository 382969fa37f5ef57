"""The flowing part of the letter as a list of items: body, questions heading, questions, answers.

An item is the unit of incremental layout. Its key holds the identity of the model objects it
shows and every derived text it prints (labels), so after an edit an unchanged item has an
equal key and its laid-out lines are reused. Its footnote numbers are no part of it: they
follow from its place in the flow, which numbers the items (see :mod:`~.flowdoc`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from answerletter.layout.profile import Labels
from answerletter.model import wording
from answerletter.model.letter import Answer, Body, Letter, Question, changed_items
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


@dataclass(slots=True, eq=False)
class ItemSpec:
    """What one item prints. *source* is the model object (or objects) it shows.

    Never changed once made (layouts and their versions share specs); not a frozen
    dataclass only because a frozen one takes 1.5 µs to make, seven times as long (a
    letter of 10,000 questions has 20,000 items)."""

    kind: ItemKind
    source: object
    label: str
    #: The heading text, or an answer's "Zie antwoord op vraag N." sentence.
    extra: str
    footnote_count: int
    key: tuple[object, ...]


def note_digits(first: int, count: int) -> tuple[int, ...]:
    """How many digits each of *count* footnote numbers from *first* on has: all an item's
    layout depends on of its numbers (see flowdoc)."""
    return tuple(len(str(number)) for number in range(first, first + count))


def renumbered(old: Letter, new: Letter) -> frozenset[str]:
    """The questions of *new* whose number differs in *old* or that are new: the labels and
    "Zie antwoord op vraag N." sentences of the other questions' answers are unchanged."""
    if old.questions is new.questions:
        return frozenset()
    index, earlier = old.question_index, old.questions
    changed = changed_items(old, new)
    if changed is not None:  # the same questions, some replaced in place
        candidates = [
            new.questions[i] for i in map(new.question_index.get, changed) if i is not None
        ]
    else:
        candidates = list(new.questions)
    return frozenset(
        q.id for q in candidates if (i := index.get(q.id)) is None or earlier[i].number != q.number
    )


def item_specs(
    letter: Letter,
    labels: Labels,
    previous: dict[int, ItemSpec] | None = None,
    *,
    renumbered: frozenset[str] | None = None,
) -> list[ItemSpec]:
    """The items of *letter* in printed order, with their labels.

    *previous* (id of source → spec of an earlier call with the same labels) saves recounting
    the footnotes of questions and answers that did not change; with *renumbered* (see
    :func:`renumbered`; None: every question may be) the specs of answers to other questions
    are kept too, so an edit costs little more than a walk over the items.
    """
    previous = previous or {}
    specs = [body_spec(letter)]
    presentation = letter.presentation()
    if not presentation:
        return specs
    specs.append(heading_spec(letter))
    for item in presentation:
        old = previous.get(id(item))
        if old is not None and old.source is item:
            # A question's label depends on the question alone (its number is its own).
            if isinstance(item, Question) or _same_label(item, renumbered):
                specs.append(old)
                continue
            count = old.footnote_count
        else:
            count = len(item.text.footnotes())
        specs.append(item_spec(letter, labels, item, count))
    return specs


def body_spec(letter: Letter) -> ItemSpec:
    """The first item: the offering sentence, the body's paragraphs and the signatures."""
    offering = wording.offering(letter)
    notes = len(offering.footnotes()) + len(letter.body.paragraphs.footnotes())
    source = BodySource(letter.body, letter.metadata, offering)
    # The body shows of the metadata only the offering sentence and the signatures: its key
    # holds those values, so other metadata edits leave it alone.
    key = ("body", id(letter.body), offering, letter.metadata.signatories)
    return ItemSpec(ItemKind.BODY, source, "", "", notes, key)


def heading_spec(letter: Letter) -> ItemSpec:
    """The heading above the questions (the second item, when there are questions)."""
    heading = wording.questions_heading(letter.metadata)
    return ItemSpec(ItemKind.HEADING, heading, "", heading, 0, ("heading", heading))


def item_spec(letter: Letter, labels: Labels, item: Question | Answer, count: int) -> ItemSpec:
    """The spec of a question or answer of *letter* with *count* footnotes."""
    if isinstance(item, Question):
        label = labels.question.format(n=item.number)
        return ItemSpec(ItemKind.QUESTION, item, label, "", count, ("q", id(item), label))
    numbers = [letter.question(qid).number for qid in item.questions]
    label = wording.answer_label_for(numbers, labels.answer, labels.answer_combined)
    extra = wording.reference_sentence(letter, item)
    key = ("a", id(item), label, extra)
    return ItemSpec(ItemKind.ANSWER, item, label, extra, count, key)


def _same_label(answer: Answer, renumbered: frozenset[str] | None) -> bool:
    """Whether *answer*'s label and reference sentence are as before (no question they name
    has a new number)."""
    if renumbered is None:
        return False
    if not renumbered:
        return True
    return renumbered.isdisjoint(answer.questions) and answer.refers_to not in renumbered
