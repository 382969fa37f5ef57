"""The flowing part of the letter as a list of items: body, questions heading, questions, answers.

An item is the unit of incremental layout. Its key holds the identity of the model objects it
shows and every derived text it prints (labels; of its footnote numbers, painted late, only
their digit counts), so after an edit an unchanged item has an equal key and its laid-out
lines are reused.
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
    dataclass only because a frozen one takes 1.5 µs to make, seven times as long, and
    a footnote added early in 10,000 questions gives a few thousand items new numbers."""

    kind: ItemKind
    source: object
    label: str
    #: The heading text, or an answer's "Zie antwoord op vraag N." sentence.
    extra: str
    footnote_start: int
    footnote_count: int
    key: tuple[object, ...]


def note_digits(first: int, count: int) -> tuple[int, ...]:
    """How many digits each of *count* footnote numbers from *first* on has: all an item's
    layout depends on of its numbers (part of its key)."""
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
    """The items of *letter* in printed order, with their labels and footnote numbers.

    *previous* (id of source → spec of an earlier call with the same labels) saves recounting
    the footnotes of questions and answers that did not change; with *renumbered* (see
    :func:`renumbered`; None: every question may be) the labels of answers to other
    questions are kept too, and a spec whose footnote numbers did not move is reused as it
    is, so an edit costs little more than a walk over the items.
    """
    previous = previous or {}
    specs = [body_spec(letter)]
    next_note = 1 + specs[0].footnote_count
    presentation = letter.presentation()
    if not presentation:
        return specs
    specs.append(heading_spec(letter))
    for item in presentation:
        old = previous.get(id(item))
        if old is not None and old.source is not item:
            old = None
        count = old.footnote_count if old is not None else len(item.text.footnotes())
        # Footnote numbers are drawn when painted (see notenumbers): the key holds only how
        # many digits they have, so a footnote added early re-lays only the later items
        # whose numbers gain a digit.
        start = next_note if count else 0
        next_note += count
        if old is not None and (isinstance(item, Question) or _same_label(item, renumbered)):
            # A question's label depends on the question alone (its number is its own).
            specs.append(old if old.footnote_start == start else numbered_from(old, start))
        else:
            specs.append(item_spec(letter, labels, item, start, count))
    return specs


def numbered_from(spec: ItemSpec, start: int) -> ItemSpec:
    """*spec* with its footnotes numbered from *start*: the same key unless a number has
    another count of digits (the numbers are painted, see notenumbers)."""
    notes, key = spec.footnote_count, spec.key
    low, high = min(start, spec.footnote_start), max(start, spec.footnote_start) + notes - 1
    if len(str(low)) != len(str(high)):  # (else no number between gains or loses a digit)
        digits = note_digits(start, notes)
        if key[-1] != digits:
            key = (*key[:-1], digits)
    return ItemSpec(spec.kind, spec.source, spec.label, spec.extra, start, notes, key)


def body_spec(letter: Letter) -> ItemSpec:
    """The first item: the offering sentence, the body's paragraphs and the signatures."""
    offering = wording.offering(letter)
    notes = len(offering.footnotes()) + len(letter.body.paragraphs.footnotes())
    source = BodySource(letter.body, letter.metadata, offering)
    # The body shows of the metadata only the offering sentence and the signatures: its key
    # holds those values, so other metadata edits leave it alone.
    key = ("body", id(letter.body), offering, letter.metadata.signatories, note_digits(1, notes))
    return ItemSpec(ItemKind.BODY, source, "", "", 1, notes, key)


def heading_spec(letter: Letter) -> ItemSpec:
    """The heading above the questions (the second item, when there are questions)."""
    heading = wording.questions_heading(letter.metadata)
    return ItemSpec(ItemKind.HEADING, heading, "", heading, 0, 0, ("heading", heading))


def item_spec(
    letter: Letter, labels: Labels, item: Question | Answer, start: int, count: int
) -> ItemSpec:
    """The spec of a question or answer of *letter* with *count* footnotes numbered from
    *start* (0 when it has none)."""
    digits = note_digits(start, count)
    if isinstance(item, Question):
        label = labels.question.format(n=item.number)
        return ItemSpec(
            ItemKind.QUESTION, item, label, "", start, count, ("q", id(item), label, digits)
        )
    numbers = [letter.question(qid).number for qid in item.questions]
    label = wording.answer_label_for(numbers, labels.answer, labels.answer_combined)
    extra = wording.reference_sentence(letter, item)
    key = ("a", id(item), label, extra, digits)
    return ItemSpec(ItemKind.ANSWER, item, label, extra, start, count, key)


def _same_label(answer: Answer, renumbered: frozenset[str] | None) -> bool:
    """Whether *answer*'s label and reference sentence are as before (no question they name
    has a new number)."""
    if renumbered is None:
        return False
    if not renumbered:
        return True
    return renumbered.isdisjoint(answer.questions) and answer.refers_to not in renumbered
