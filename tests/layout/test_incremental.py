"""Incremental re-layout gives exactly the pages of a fresh layout, re-laying only what changed.

Every test runs with the default chunk size and with chunks of three items, where most edits
cross or touch chunk boundaries (items removed at a chunk's start, chunks grown past twice
their size and rewritten).
"""

from __future__ import annotations

import dataclasses

import pytest
from layout_render import pixels, printed_note_numbers, render

from answerletter.layout import LetterLayout, flowdoc
from answerletter.model.letter import Answer, Letter, Question
from answerletter.model.richtext import Block, Footnote, RichText, Run
from answerletter.testing.synthetic import generate_letter


def signature(layout: LetterLayout):
    """Everything that decides what the pages show, by item key rather than object."""
    items = layout.flow.items
    return [
        (
            [
                (
                    items[s.item].spec.key[0],
                    items[s.item].spec.key[2:],
                    s.first,
                    s.last,
                    round(s.y, 2),
                )
                for s in page.segments
            ],
            [(f.footnote.number, f.first_line, f.end_line, round(f.y, 2)) for f in page.footnotes],
            round(page.footnote_area, 2),
        )
        for page in layout.pages
    ]


def with_answer(letter: Letter, index: int, answer: Answer | None) -> Letter:
    answers = list(letter.answers)
    if answer is None:
        del answers[index]
    else:
        answers[index] = answer
    return dataclasses.replace(letter, answers=tuple(answers))


def prepend_words(answer: Answer, words: str, note: Footnote | None = None) -> Answer:
    first = answer.text.blocks[0]
    extra = (Run(words), note) if note else (Run(words),)
    block = Block((*extra, *first.content), first.list_kind, first.level)
    return dataclasses.replace(answer, text=RichText((block, *answer.text.blocks[1:])))


@pytest.fixture
def letter() -> Letter:
    return generate_letter(40, seed=3)


@pytest.fixture(params=[flowdoc.CHUNK_ITEMS, 3], ids=["chunks-default", "chunks-of-3"])
def layout(request, monkeypatch, qapp, profile, letter) -> LetterLayout:
    monkeypatch.setattr(flowdoc, "CHUNK_ITEMS", request.param)
    return LetterLayout(letter, profile)


def with_new_questions(letter: Letter, after: int, count: int) -> Letter:
    """*letter* with *count* new questions, each with its answer, after question *after*."""
    questions = list(letter.questions)
    answers = list(letter.answers)
    anchor = letter.answer_for(questions[after].id)
    position = answers.index(anchor) + 1 if anchor else len(answers)
    for n in range(count):
        question = Question(f"q-new-{n}", 900 + n, RichText.plain(f"Nieuwe vraag {n}?"))
        text = RichText.plain(f"Antwoord {n}, over meer dan een regel. " * (1 + n % 4))
        questions.insert(after + 1 + n, question)
        answers.insert(position + n, Answer(f"a-new-{n}", (question.id,), text))
    return dataclasses.replace(letter, questions=tuple(questions), answers=tuple(answers))


def test_one_word_relays_only_that_answer(layout, letter, profile):
    middle = len(letter.answers) // 2
    changed = with_answer(letter, middle, prepend_words(letter.answers[middle], "Voorts "))
    before = list(layout.flow.items)
    old_pages = list(layout.pages)
    first = layout.update(changed)
    after = layout.flow.items
    replaced = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a is not b]
    assert [after[i].spec.source for i in replaced] == [changed.answers[middle]]
    assert signature(layout) == signature(LetterLayout(changed, profile))
    # Pages before the change are the very same objects; pages are re-broken from there only.
    assert 0 < first < layout.page_count
    assert all(layout.pages[i] is old_pages[i] for i in range(first))


def test_long_addition_and_removal_match_a_fresh_layout(layout, letter, profile):
    words = "Dit is een lange toevoeging die het antwoord over meerdere regels laat lopen. " * 30
    grown = with_answer(letter, 3, prepend_words(letter.answers[3], words))
    layout.update(grown)
    assert signature(layout) == signature(LetterLayout(grown, profile))
    shrunk = with_answer(grown, 5, None)
    layout.update(shrunk)
    assert signature(layout) == signature(LetterLayout(shrunk, profile))
    layout.update(letter)
    assert signature(layout) == signature(LetterLayout(letter, profile))


def test_new_footnote_renumbers_later_footnotes(layout, letter, profile):
    note = Footnote("fn-new", (Run("Kamerstuk 31 865, nr. 207."),))
    changed = with_answer(letter, 1, prepend_words(letter.answers[1], "Zie ook ", note))
    layout.update(changed)
    assert signature(layout) == signature(LetterLayout(changed, profile))
    assert printed_note_numbers(layout) == list(range(1, len(changed.footnotes()) + 1))


def test_edit_spanning_many_items_matches_a_fresh_layout(layout, letter, profile):
    """A footnote in the first answer renumbers every later footnote: one replacement of a
    long run of items (most of them unchanged in text) must leave no old block behind."""
    note = Footnote("fn-first", (Run("Kamerstuk 36 045, nr. 1."),))
    changed = with_answer(letter, 0, prepend_words(letter.answers[0], "Zie ", note))
    blocks = sum(document.blockCount() for document in layout.flow.documents())
    layout.update(changed)
    fresh = LetterLayout(changed, profile)
    assert signature(layout) == signature(fresh)
    assert layout.flow.text() == fresh.flow.text()
    layout.update(letter)
    assert sum(document.blockCount() for document in layout.flow.documents()) == blocks
    assert signature(layout) == signature(LetterLayout(letter, profile))


def test_renumbered_question_relabels_answers(layout, letter, profile):
    """An answer object that did not change still gets a new label when its question's
    number changes, and so does an answer that refers to that question."""
    referring = next(a for a in letter.answers if a.refers_to is not None)
    target = letter.question(referring.refers_to)
    index = letter.question_index[target.id]
    questions = list(letter.questions)
    questions[index] = dataclasses.replace(target, number=target.number + 500)
    changed = dataclasses.replace(letter, questions=tuple(questions))
    layout.update(changed)
    fresh = LetterLayout(changed, profile)
    assert signature(layout) == signature(fresh)
    labels = [item.spec.label for item in layout.flow.items]
    extras = [item.spec.extra for item in layout.flow.items]
    assert f"Antwoord op vraag {target.number + 500}" in labels
    assert f"Zie antwoord op vraag {target.number + 500}." in extras
    assert layout.flow.text() == fresh.flow.text()


def test_many_new_items_then_removed_again(layout, letter, profile):
    """Inserting many items grows one chunk past twice its size (it is rewritten as new
    chunks); removing them again empties and removes chunks."""
    grown = with_new_questions(letter, 6, 2 * flowdoc.CHUNK_ITEMS + 3)
    layout.update(grown)
    fresh = LetterLayout(grown, profile)
    assert signature(layout) == signature(fresh)
    assert layout.flow.text() == fresh.flow.text()
    layout.update(letter)
    assert signature(layout) == signature(LetterLayout(letter, profile))


def test_items_removed_at_every_position(layout, letter, profile):
    """Each answer removed in turn (some at a chunk's start, some at its end)."""
    for index in range(0, len(letter.answers), 3):
        changed = with_answer(letter, index, None)
        layout.update(changed)
        assert signature(layout) == signature(LetterLayout(changed, profile)), index
        layout.update(letter)
    assert signature(layout) == signature(LetterLayout(letter, profile))


def test_incremental_pages_render_as_fresh_pages(layout, letter, profile):
    words = "Een zin die het antwoord een regel langer maakt, of twee. " * 3
    changed = with_answer(letter, 4, prepend_words(letter.answers[4], words))
    first = layout.update(changed)
    fresh = LetterLayout(changed, profile)
    assert layout.page_count == fresh.page_count
    for index in range(first, layout.page_count):
        assert pixels(render(layout, index, 40)) == pixels(render(fresh, index, 40)), index


def test_chunk_size_does_not_change_the_pages(monkeypatch, qapp, profile, letter):
    whole = LetterLayout(letter, profile)
    monkeypatch.setattr(flowdoc, "CHUNK_ITEMS", 2)
    chunked = LetterLayout(letter, profile)
    assert len(chunked.flow.documents()) > len(whole.flow.documents())
    assert signature(chunked) == signature(whole)
    assert [[u.space_before for u in item.units] for item in chunked.flow.items] == [
        [u.space_before for u in item.units] for item in whole.flow.items
    ]
    for index in range(whole.page_count):
        assert pixels(render(chunked, index, 40)) == pixels(render(whole, index, 40)), index


def test_unchanged_letter_changes_no_page(layout, letter):
    pages = list(layout.pages)
    assert layout.update(dataclasses.replace(letter)) == layout.page_count
    assert layout.pages == pages
