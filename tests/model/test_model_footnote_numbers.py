"""Footnote numbers as the editor shows them stay those of a fresh count while the letter is
edited: carried over through typing, counted again when a count changes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from answerletter.model import Block, Footnote, Letter, RichText, Run
from answerletter.model import operations as ops
from answerletter.model.footnote_numbers import FootnoteNumbers

from strategies import UNTIMED, letters, rich_texts


def firsts(numbers: FootnoteNumbers, letter: Letter) -> tuple[dict[str, int], dict[str, int]]:
    ids = [item.id for item in letter.presentation()] + ["gone"]
    return numbers.item_firsts(letter, ids), dict(numbers.after)


def counted(letter: Letter) -> dict[str, int]:
    """The numbers worked out here: one walk over the printed texts."""
    from answerletter.model import wording

    number = 1 + len(wording.offering(letter).footnotes()) + len(letter.body.paragraphs.footnotes())
    found = {}
    for item in letter.presentation():
        found[item.id] = number
        number += len(item.text.footnotes())
    found["gone"] = number
    return found


def _typed(letter: Letter, position: int, text: RichText) -> Letter:
    """*text* typed over the question or answer at *position* (modulo) of the printed order."""
    items = letter.presentation()
    item = items[position % len(items)]
    if item.id in letter.question_index:
        return ops.set_question_text(letter, item.id, text)
    return ops.set_answer_text(letter, item.id, text)


@settings(UNTIMED, max_examples=40)
@given(
    letter=letters(max_questions=5),
    edits=st.lists(st.tuples(st.integers(0, 50), rich_texts(max_blocks=2)), max_size=6),
)
def test_numbers_follow_every_edit(letter, edits):
    kept = FootnoteNumbers()
    for position, text in edits:
        assert firsts(kept, letter)[0] == counted(letter)
        if not letter.presentation():
            break
        letter = _typed(letter, position, text)
    assert firsts(kept, letter) == firsts(FootnoteNumbers(), letter)
    assert firsts(kept, letter)[0] == counted(letter)


def _structural(letter: Letter, kind: int, position: int, text: RichText) -> Letter:
    """One of the edits that insert, remove or move items, at *position* (modulo)."""
    questions = letter.questions
    if not questions:
        return ops.insert_question(letter, 0, text=text)[0]
    question = questions[position % len(questions)]
    if kind == 0:
        return ops.insert_question(letter, position % (len(questions) + 1), text=text)[0]
    if kind == 1:
        return ops.delete_questions(letter, [question.id])
    if kind == 2:
        return ops.move_question_by(letter, question.id, position % 5 - 2)
    if kind == 3 and len(questions) > 1:
        other = questions[(position + 1) % len(questions)]
        return ops.combine(letter, [question.id, other.id])
    return ops.ensure_answer(letter, question.id)[0]


@settings(UNTIMED, max_examples=60)
@given(
    letter=letters(max_questions=6),
    edits=st.lists(
        st.tuples(st.booleans(), st.integers(0, 4), st.integers(0, 50), rich_texts(max_blocks=2)),
        max_size=8,
    ),
)
def test_numbers_follow_questions_inserted_removed_and_moved(letter, edits):
    """Numbers carried over through structural edits (kept before the first item they
    touch) and through typing in between equal a fresh count."""
    kept = FootnoteNumbers()
    for structural, kind, position, text in edits:
        assert firsts(kept, letter)[0] == counted(letter)
        if structural:
            letter = _structural(letter, kind, position, text)
            continue
        if letter.presentation():
            letter = _typed(letter, position, text)
    assert firsts(kept, letter) == firsts(FootnoteNumbers(), letter)
    assert firsts(kept, letter)[0] == counted(letter)


def test_after_a_question_inserted_the_numbers_before_it_are_not_counted_again():
    from answerletter.testing.synthetic import generate_letter

    letter = generate_letter(200, seed=5)
    numbers = FootnoteNumbers()
    ids = [item.id for item in letter.presentation()]
    numbers.item_firsts(letter, ids)
    inserted, qid = ops.insert_question(letter, 150, text=RichText.plain("Nieuw?"))
    numbers._counts.clear()  # what is counted from here on
    assert numbers.item_firsts(inserted, [qid]) == {qid: counted(inserted)[qid]}
    # Only the new question's text: the 150 questions before it (and their answers) kept
    # their numbers.
    assert len(numbers._counts) <= 2


def test_a_footnote_added_early_moves_the_later_numbers():
    from answerletter.testing.synthetic import generate_letter

    letter = generate_letter(40, seed=2)
    kept = FootnoteNumbers()
    before = firsts(kept, letter)[0]
    answer = letter.answers[0]
    note = Footnote("fn-new", (Run("Zie de brief."),))
    text = RichText((*answer.text.blocks, Block((Run("Zie"), note))))
    added = ops.set_answer_text(letter, answer.id, text)
    after = firsts(kept, added)[0]
    position = letter.presentation_index[answer.id]
    later = [item.id for item in letter.presentation()][position + 1 :]
    assert later and all(after[i] == before[i] + 1 for i in later)
    assert all(after[i] == before[i] for i in list(before)[: position + 1])
    typed = ops.set_answer_text(added, letter.answers[5].id, RichText.plain("Kort."))
    assert firsts(kept, typed)[0] == counted(typed)


def test_the_texts_are_counted_only_as_far_as_asked():
    from answerletter.testing.synthetic import generate_letter

    letter = generate_letter(200, seed=5)
    numbers = FootnoteNumbers()
    expected = counted(letter)
    first = letter.presentation()[0].id
    assert numbers.item_firsts(letter, [first]) == {first: expected[first]}
    # The letter text and the first item: a 200-question letter's other texts wait.
    assert len(numbers._counts) <= 3
    middle = letter.presentation()[200].id
    assert numbers.item_firsts(letter, [middle]) == {middle: expected[middle]}
    assert len(numbers._counts) <= 3 + 201
    # Typing in an item not numbered yet carries the numbers over; further on they still hold.
    typed = ops.set_answer_text(letter, letter.answers[-1].id, RichText.plain("Kort."))
    assert firsts(numbers, typed)[0] == counted(typed)
    assert numbers.item_firsts(typed, ["gone"]) == {"gone": counted(typed)["gone"]}


def test_numbers_after_thousands_of_texts_changed_in_one_edit_are_counted_afresh():
    """Replace All changes many texts in one version: the numbers are those of a fresh
    count, footnotes added and removed among them."""
    from dataclasses import replace

    from answerletter.model.letter import with_items
    from answerletter.testing.synthetic import generate_letter

    letter = generate_letter(120, seed=8)
    numbers = FootnoteNumbers()
    ids = [item.id for item in letter.presentation()]
    numbers.item_firsts(letter, ids)
    note = Footnote("fn-nieuw", (Run("Kamerstuk 36 045, nr. 1."),))
    changed = []
    for index, answer in enumerate(letter.answers[:80]):
        text = RichText.plain("Geen voetnoot meer.") if index % 2 else answer.text
        if not index % 2:
            first = text.blocks[0] if text.blocks else None
            if first is not None:
                block = replace(first, content=(*first.content, note))
                text = RichText((block, *text.blocks[1:]))
        changed.append(replace(answer, text=text))
    edited = with_items(letter, changed)
    assert numbers.item_firsts(edited, ids) == FootnoteNumbers().item_firsts(edited, ids)
