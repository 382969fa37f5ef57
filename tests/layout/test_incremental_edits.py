"""Incremental layout equals a fresh layout over random sequences of edits (issue 16).

Each example lays a letter out once, then applies random edits through the model's
operations — texts typed, footnotes added early and removed, metadata and body changed,
questions inserted, deleted, moved, renumbered, combined, split and referred — updating the
same LetterLayout after each. After every edit the pages must be those of a fresh layout of
the same letter: the same page breaks, lines, footnotes and footnote numbers, the same
letterhead, and the same pixels when painted.

Two starting points: small random letters (every feature of the model), and generated
multi-page letters laid out in chunks of three items (edits cross chunk boundaries, and
footnote numbers run past 9 and 99, so numbers gain digits).
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from hypothesis import given, settings
from hypothesis import strategies as st
from layout_render import pixels, printed_note_numbers, render
from PySide6.QtGui import QTextDocument

from answerletter.layout import LetterLayout, Profile, flowdoc
from answerletter.layout.items import note_digits
from answerletter.layout.letterlayout import SteppedLayout
from answerletter.layout.tags import strip_markers
from answerletter.model import Block, Footnote, Letter, ModelError, Question, RichText, Run, wording
from answerletter.model import operations as ops
from answerletter.testing.synthetic import generate_letter

from strategies import UNTIMED, bodies, letters, metadatas, plain_strings, rich_texts

TEXTS = rich_texts(max_blocks=2)


def signature(layout: LetterLayout) -> list[object]:
    """What decides what each page shows: lines by item, footnotes and their numbers, the
    numbers each item's marks start from, and the page furniture's text and places."""
    items = layout.flow.items
    pages: list[object] = [
        (
            [
                (
                    items[s.item].spec.key[0],
                    items[s.item].spec.key[2:],
                    items[s.item].note_start,
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
    for furniture in (layout.first_furniture, layout.next_furniture):
        parts = [(p.document.toPlainText(), round(p.x, 2), round(p.y, 2)) for p in furniture.parts]
        pages.append(parts)
    pages.append(round(layout.first_body_top, 2))
    pages.append(layout.flow.text())
    return pages


def assert_same_as_fresh(layout: LetterLayout, letter: Letter, profile: Profile) -> None:
    fresh = LetterLayout(letter, profile)
    assert signature(layout) == signature(fresh)
    assert layout.page_count == fresh.page_count
    for index in range(layout.page_count):
        assert pixels(render(layout, index, 30)) == pixels(render(fresh, index, 30)), index


# -- edits --


def _with_note_first(text: RichText, note: Footnote) -> RichText:
    """*text* with *note* at the very start (a new first block when it is empty)."""
    if not text.blocks:
        return RichText((Block((Run("Zie"), note)),))
    first = text.blocks[0]
    block = Block((note, *first.content), first.list_kind, first.level)
    return RichText((block, *text.blocks[1:]))


def _without_notes(text: RichText) -> RichText:
    blocks = [
        Block(tuple(i for i in b.content if not isinstance(i, Footnote)), b.list_kind, b.level)
        for b in text.blocks
    ]
    return RichText(tuple(blocks))


def _set_text(letter: Letter, item_id: str, text: RichText) -> Letter:
    if item_id in letter.question_index:
        return ops.set_question_text(letter, item_id, text)
    return ops.set_answer_text(letter, item_id, text)


def _text_of(letter: Letter, item_id: str) -> RichText:
    if item_id in letter.question_index:
        return letter.question(item_id).text
    return letter.answer(item_id).text


Edit = Callable[[st.DataObject, Letter], Letter]


def edit_text(data: st.DataObject, letter: Letter) -> Letter:
    items = letter.presentation()
    if not items:
        return letter
    item = data.draw(st.sampled_from(items), label="typed in")
    return _set_text(letter, item.id, data.draw(TEXTS, label="text"))


def add_footnote_early(data: st.DataObject, letter: Letter) -> Letter:
    items = letter.presentation()
    if not items:
        return letter
    item = items[data.draw(st.integers(0, min(2, len(items) - 1)), label="early item")]
    note = Footnote("fn-added", (Run(data.draw(plain_strings(min_size=1), label="note")),))
    return _set_text(letter, item.id, _with_note_first(_text_of(letter, item.id), note))


def remove_footnotes(data: st.DataObject, letter: Letter) -> Letter:
    noted = [item for item in letter.presentation() if item.text.footnotes()]
    if not noted:
        return letter
    item = data.draw(st.sampled_from(noted), label="footnotes removed from")
    return _set_text(letter, item.id, _without_notes(item.text))


def edit_metadata(data: st.DataObject, letter: Letter) -> Letter:
    if data.draw(st.booleans(), label="one keystroke in Betreft"):
        metadata = letter.metadata
        subject = metadata.subject + data.draw(st.sampled_from(("s", " en de begroting")))
        return ops.set_metadata(letter, dataclasses.replace(metadata, subject=subject))
    return ops.set_metadata(letter, data.draw(metadatas(), label="metadata"))


def edit_body(data: st.DataObject, letter: Letter) -> Letter:
    return ops.set_body(letter, data.draw(bodies(), label="body"))


def _question(data: st.DataObject, letter: Letter, label: str) -> str:
    return data.draw(st.sampled_from([q.id for q in letter.questions]), label=label)


def structural(data: st.DataObject, letter: Letter) -> Letter:
    """Insert, delete, move, renumber, combine, split or refer."""
    count = len(letter.questions)
    kinds = ["insert"] + (["delete", "move", "number", "renumber"] if count else [])
    kinds += ["combine", "refer"] if count >= 2 else []
    kinds += ["split"] if any(len(a.questions) > 1 for a in letter.answers) else []
    kind = data.draw(st.sampled_from(kinds), label="structural")
    if kind == "insert":
        at = data.draw(st.integers(0, count), label="at")
        return ops.insert_question(letter, at, text=data.draw(TEXTS, label="question"))[0]
    if kind == "delete":
        return ops.delete_questions(letter, [_question(data, letter, "deleted")])
    if kind == "move":
        steps = data.draw(st.integers(-4, 4), label="steps")
        return ops.move_question_by(letter, _question(data, letter, "moved"), steps)
    if kind == "number":
        number = data.draw(st.integers(1, 120), label="number")
        return ops.set_question_number(letter, _question(data, letter, "numbered"), number)
    if kind == "renumber":
        return ops.renumber(letter)
    if kind == "split":
        combined = [a.id for a in letter.answers if len(a.questions) > 1]
        return ops.split(letter, data.draw(st.sampled_from(combined), label="split"))
    first, second = _question(data, letter, "first"), _question(data, letter, "second")
    if first == second:
        return letter
    if kind == "combine":
        return ops.combine(letter, [first, second])
    return ops.refer(letter, first, second)


EDITS: list[Edit] = [
    edit_text,
    add_footnote_early,
    remove_footnotes,
    edit_metadata,
    edit_body,
    structural,
]


def run_edits(
    data: st.DataObject, letter: Letter, profile: Profile, steps: int, budget: int | None = None
) -> LetterLayout:
    layout = LetterLayout(letter, profile, chunk_budget=budget)
    for _ in range(steps):
        edit = data.draw(st.sampled_from(EDITS), label="edit")
        try:
            letter = edit(data, letter)
        except ModelError:
            continue  # an edit the letter cannot take (e.g. a circle of references)
        # As the preview does, the layout may skip versions (typed between two refreshes,
        # and freed by then): it is then updated with a letter several edits on.
        if data.draw(st.booleans(), label="laid out only after the next edit"):
            continue
        layout.update(letter)
        cache = layout.flow.cache
        assert cache is None or cache.filled_count() <= cache.budget
        assert_same_as_fresh(layout, letter, profile)
    layout.update(letter)
    assert_same_as_fresh(layout, letter, profile)
    return layout


@contextmanager
def chunks_of(size: int) -> Iterator[None]:
    saved = flowdoc.CHUNK_ITEMS
    flowdoc.CHUNK_ITEMS = size
    try:
        yield
    finally:
        flowdoc.CHUNK_ITEMS = saved


@settings(UNTIMED, max_examples=15)
@given(data=st.data(), letter=letters(max_questions=6))
def test_random_letters_follow_random_edits(qapp, profile, data, letter):
    run_edits(data, letter, profile, steps=5)


@settings(UNTIMED, max_examples=5)
@given(data=st.data(), seed=st.integers(0, 10_000), size=st.integers(20, 60))
def test_long_letters_in_small_chunks_follow_random_edits(qapp, profile, data, seed, size):
    with chunks_of(3):
        run_edits(data, generate_letter(size, seed=seed), profile, steps=4)


@settings(UNTIMED, max_examples=5)
@given(data=st.data(), seed=st.integers(0, 10_000), size=st.integers(20, 60))
def test_a_layout_keeping_two_chunks_filled_follows_random_edits(qapp, profile, data, seed, size):
    """Chunks of three items and only two documents filled at a time (see chunks): nearly
    every edit and every page painted writes an emptied document again first."""
    with chunks_of(3):
        layout = run_edits(data, generate_letter(size, seed=seed), profile, steps=4, budget=2)
    assert layout.flow.cache is not None and layout.flow.cache.refills > 0


def test_footnote_numbers_gaining_a_digit(qapp, profile):
    """A footnote added first moves 9 to 10 further on: of the later items only those whose
    numbers gain a digit have their blocks laid out again (their text stays written) and
    only the footnotes whose numbers gain one are laid out anew; the other items and
    footnotes keep their lines."""
    letter = generate_letter(60, seed=11)
    assert len(letter.footnotes()) > 10
    layout = LetterLayout(letter, profile)
    before = list(layout.flow.items)
    before_digits = [digits(item) for item in before]  # (read now: numbers follow the flow)
    before_units = [list(item.units) for item in before]
    boxes = {id(box): box.number for item in before for box in item.footnotes.values()}
    note = Footnote("fn-first", (Run("Kamerstuk 36 045, nr. 1."),))
    first = letter.answers[0]
    changed = ops.set_answer_text(letter, first.id, _with_note_first(first.text, note))
    layout.update(changed)
    assert_same_as_fresh(layout, changed, profile)
    after = layout.flow.items
    written = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a is not b]
    first_item = next(i for i, item in enumerate(after) if item.spec.source is changed.answers[0])
    assert written == [first_item]
    gained = [i for i, new in enumerate(after) if digits(new) != before_digits[i]]
    assert set(gained) - {first_item}  # the letter's numbers do pass 9
    measured = [i for i, item in enumerate(after) if item.units != before_units[i]]
    assert set(measured) <= {first_item, first_item + 1, *gained}
    # Their marks are as wide as their new numbers: each line as long as in a fresh layout.
    fresh = LetterLayout(changed, profile)
    for index in gained:
        assert line_extents(after[index]) == line_extents(fresh.flow.items[index])
    regained = 0
    for index in range(first_item + 1, len(after)):
        for note, box in after[index].footnotes.items():
            gains = len(str(box.number)) != len(str(box.number - 1))
            regained += gains
            # The same boxes (none here has a line more): those gaining a digit laid out
            # again, as long as a fresh layout's.
            assert id(box) in boxes
            assert box.digits == len(str(box.number))
            fresh_box = fresh.flow.items[index].footnotes[note]
            assert document_extents(box.document) == document_extents(fresh_box.document)
    assert regained
    assert printed_note_numbers(layout) == list(range(1, len(changed.footnotes()) + 1))


def test_a_question_deleted_that_far_answers_refer_to_lays_out_only_what_changed(
    qapp, profile, monkeypatch
):
    """Answers far on say "Zie antwoord op vraag N." of a question that is deleted: they
    change too, so the letters differ from the deleted question to the last of them. Only
    the deleted items and those answers are laid out again (without a walk), not every
    item between them, and the pages equal a fresh layout's."""
    letter = generate_letter(80, seed=4)
    doomed = letter.questions[10]
    referring = []
    for place in (30, 55):
        answer = letter.answer_for(letter.questions[place].id)
        assert answer is not None and not answer.refers_to
        letter = ops.refer(letter, letter.questions[place].id, doomed.id)
        referring.append(letter.answer_for(letter.questions[place].id))
    layout = LetterLayout(letter, profile)
    kept_alive = list(layout.flow.items)  # (so that no new item can have their ids)
    before = {id(item) for item in kept_alive}
    deleted = ops.delete_questions(letter, [doomed.id])
    changed = {a.id for a in referring if deleted.answer(a.id) is not a}
    assert changed  # the referring answers are no longer the same objects
    with counting_item_specs(monkeypatch) as walks:
        layout.update(deleted)
    assert not walks
    assert_same_as_fresh(layout, deleted, profile)
    written = [item for item in layout.flow.items if id(item) not in before]
    shown = {getattr(item.spec.source, "id", None) for item in written}
    assert changed <= shown
    # The referring answers, and the neighbours the deletion touched: a handful, not the
    # 80-odd items between the deleted question and the last referring answer.
    assert len(written) <= len(changed) + 2


def test_a_question_deleted_with_footnotes_moves_later_numbers_without_a_walk(
    qapp, profile, monkeypatch
):
    """Deleting an early question whose answer has a footnote moves every later number
    down (10 to 9 further on): no walk over the letter; of the later items only those whose
    numbers lose a digit are laid out again, and the pages equal a fresh layout's."""
    letter = generate_letter(60, seed=11)
    assert len(letter.footnotes()) > 10
    doomed = next(
        q
        for q in letter.questions
        if not q.text.footnotes()
        and (a := letter.answer_for(q.id)) is not None
        and a.questions == (q.id,)
        and len(a.text.footnotes()) == 1
    )
    layout = LetterLayout(letter, profile)
    # (Items are kept and given new specs: what they were is read now.)
    before = {
        id(item.spec.source): (item, item.note_start, {id(b) for b in item.footnotes.values()})
        for item in layout.flow.items
    }
    deleted = ops.delete_questions(letter, [doomed.id])
    with counting_item_specs(monkeypatch) as walks:
        layout.update(deleted)
    assert not walks
    assert_same_as_fresh(layout, deleted, profile)
    doomed_at = deleted.presentation_index.get(doomed.id)
    assert doomed_at is None
    kept, lost = [], []
    for item in layout.flow.items:
        found = before.get(id(item.spec.source))
        if found is None or not item.spec.footnote_count:
            continue
        old, start, boxes = found
        if start != item.note_start:
            assert item.note_start == start - 1
            # Written once: its text and footnotes stay (those losing a digit re-laid).
            assert item is old
            assert {id(b) for b in item.footnotes.values()} == boxes
            assert all(b.digits == len(str(b.number)) for b in item.footnotes.values())
            gone = len(str(start)) != len(str(start - 1))
            (lost if gone else kept).append(item)
    assert lost and kept  # numbers 10 → 9 and others
    fresh = LetterLayout(deleted, profile)
    fresh_items = {id(item.spec.source): item for item in fresh.flow.items}
    for item in lost:
        assert line_extents(item) == line_extents(fresh_items[id(item.spec.source)])
    assert printed_note_numbers(layout) == list(range(1, len(deleted.footnotes()) + 1))


def line_extents(item: flowdoc.FlowItem) -> list[tuple[int, int, float]]:
    """Each line of *item*'s blocks: where its text starts and ends, and how wide it is."""
    return document_extents(
        item.document, range(item.first_block, item.first_block + item.block_count)
    )


def document_extents(
    document: QTextDocument, blocks: range | None = None
) -> list[tuple[int, int, float]]:
    """Each line of *document*'s *blocks* (all): where its text starts and ends, how wide."""
    extents = []
    for number in blocks if blocks is not None else range(document.blockCount()):
        layout = document.findBlockByNumber(number).layout()
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            extents.append((line.textStart(), line.textLength(), round(line.naturalTextWidth(), 3)))
    return extents


def digits(item: flowdoc.FlowItem) -> tuple[int, ...]:
    return note_digits(item.note_start, item.spec.footnote_count)


def test_metadata_keystroke_relays_only_what_shows_it(qapp, profile):
    """The subject shows in page 1's letterhead, the offering sentence and the questions'
    heading: those two items and the letterhead's Betreft are laid out again, the questions
    and answers and the letterhead's other parts are not, and pages after the heading's are
    not re-broken."""
    letter = generate_letter(40, seed=5)
    layout = LetterLayout(letter, profile)
    before = list(layout.flow.items)
    pages = list(layout.pages)
    parts = furniture_documents(layout)
    metadata = letter.metadata
    changed = ops.set_metadata(
        letter, dataclasses.replace(metadata, subject=metadata.subject + "s")
    )
    layout.update(changed)
    assert_same_as_fresh(layout, changed, profile)
    after = layout.flow.items
    assert [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a is not b] == [0, 1]
    assert all(a is b for a, b in zip(pages[3:], layout.pages[3:], strict=True))
    laid_out = [
        strip_markers(d.toPlainText()) for d in furniture_documents(layout) if d not in parts
    ]
    assert laid_out == [wording.betreft(changed.metadata)]
    # A field the running header and page 1's reference column show (Onze referentie): no
    # item is laid out again, and of the page furniture only those two parts.
    reference = ops.set_metadata(
        changed, dataclasses.replace(changed.metadata, our_reference="2026-0000123")
    )
    kept = list(layout.flow.items)
    parts = furniture_documents(layout)
    layout.update(reference)
    assert all(a is b for a, b in zip(kept, layout.flow.items, strict=True))
    assert_same_as_fresh(layout, reference, profile)
    laid_out = [d for d in furniture_documents(layout) if d not in parts]
    assert len(laid_out) == 2
    assert all("2026-0000123" in d.toPlainText() for d in laid_out)


def furniture_documents(layout: LetterLayout) -> list[QTextDocument]:
    """The documents of page 1's letterhead and of the running header, in order."""
    parts = [*layout.first_furniture.parts, *layout.next_furniture.parts]
    return [part.document for part in parts]


def test_a_paragraph_separator_in_a_run_stays_in_its_block(qapp, profile):
    """U+2029 may stand in a run (the model keeps it); written as is, Qt would start a block
    the item does not count, and re-laying the item left that block behind."""
    text = RichText((Block((Footnote("fn-sep", ()), Run("b\t\u20290"))),))
    letter = Letter(
        questions=(Question("q1", 1, RichText()), Question("q2", 2, text)),
    )
    layout = LetterLayout(letter, profile)
    blocks = sum(document.blockCount() for document in layout.flow.documents())
    assert blocks == sum(item.block_count for item in layout.flow.items)
    changed = ops.set_question_text(letter, "q2", _without_notes(text))
    layout.update(changed)
    assert_same_as_fresh(layout, changed, profile)


def test_characters_qt_takes_for_structure_in_the_subject(qapp, profile):
    """U+FDD0 and U+FDD1 mark frames in a QTextDocument and U+2029 ends a block: written as
    they are, a subject holding one split the questions heading into blocks the item did not
    count, and a keystroke in Betreft then left a copy of half the heading behind (found by
    the random edits above)."""
    letter = generate_letter(3, seed=1)
    for odd in ("\ufdd0", "\ufdd1", "\u2029"):
        subject = f"Vragen{odd}over de begroting"
        metadata = dataclasses.replace(letter.metadata, subject=subject, signatories=())
        odd_letter = ops.set_metadata(letter, metadata)
        layout = LetterLayout(odd_letter, profile)
        heading = next(item for item in layout.flow.items if item.spec.kind.value == "heading")
        assert heading.block_count == 1
        typed = ops.set_metadata(odd_letter, dataclasses.replace(metadata, subject=subject + "s"))
        layout.update(typed)
        assert_same_as_fresh(layout, typed, profile)
        documents = [part.document for part in layout.first_furniture.parts]
        documents += layout.flow.documents()
        for document in documents:
            assert document.rootFrame().childFrames() == []
            block = document.begin()
            while block.isValid():
                assert not {"\ufdd0", "\ufdd1", "\u2029"} & set(block.text())
                block = block.next()


# -- edits while a first layout is still being made in steps --


def assert_pages_are_final(layout: LetterLayout, letter: Letter, profile: Profile) -> None:
    """A provisional layout's pages are the first pages of a fresh layout of *letter* (but
    for the total in their page numbers, which signature() does not hold)."""
    fresh = LetterLayout(letter, profile)
    count = layout.page_count
    assert count <= fresh.page_count
    assert signature(layout)[:count] == signature(fresh)[:count]


def run_edits_between_steps(
    data: st.DataObject, letter: Letter, profile: Profile, budget: int | None = None
) -> SteppedLayout:
    stepped = SteppedLayout(letter, profile, step_chunks=1, chunk_budget=budget)
    edits = 0
    while not stepped.step().complete:
        assert_pages_are_final(stepped.layout, letter, profile)
        if not data.draw(st.booleans(), label="edit before the next step"):
            continue
        # One edit or more between two steps (a step takes the latest letter typed).
        for _ in range(data.draw(st.integers(1, 3), label="edits before the step")):
            edit = data.draw(st.sampled_from(EDITS), label="edit")
            with contextlib.suppress(ModelError):
                letter = edit(data, letter)
        first_page = stepped.change(letter)
        assert 0 <= first_page <= stepped.layout.page_count
        assert_pages_are_final(stepped.layout, letter, profile)
        edits += 1
    assert_same_as_fresh(stepped.layout, letter, profile)
    # and it goes on as any layout does
    letter = edit_text(data, letter)
    stepped.change(letter)
    assert_same_as_fresh(stepped.layout, letter, profile)
    return stepped


@settings(UNTIMED, max_examples=8)
@given(data=st.data(), seed=st.integers(0, 10_000), size=st.integers(15, 40))
def test_a_first_layout_in_steps_follows_random_edits_made_meanwhile(
    qapp, profile, data, seed, size
):
    with chunks_of(3):
        run_edits_between_steps(data, generate_letter(size, seed=seed), profile)


@settings(UNTIMED, max_examples=4)
@given(data=st.data(), seed=st.integers(0, 10_000), size=st.integers(15, 40))
def test_a_first_layout_in_steps_keeping_two_chunks_filled_follows_edits(
    qapp, profile, data, seed, size
):
    with chunks_of(3):
        run_edits_between_steps(data, generate_letter(size, seed=seed), profile, budget=2)


def test_typing_in_an_item_laid_out_already_lays_out_only_that_item(qapp, profile):
    with chunks_of(3):
        letter = generate_letter(40, seed=3)
        stepped = SteppedLayout(letter, profile, step_chunks=1)
        for _ in range(6):
            stepped.step()
        layout = stepped.layout
        written = len(layout.flow.items)
        pages_before = list(layout.pages)
        ids_before = [id(item) for item in layout.flow.items]
        answer = letter.answers[1]
        typed = ops.set_answer_text(
            letter, answer.id, RichText((Block((Run("Een getypt antwoord."),)),))
        )
        first_page = stepped.change(typed)
        ids_after = [id(item) for item in layout.flow.items]
        assert len(ids_after) == written  # nothing further was laid out yet
        changed = [n for n, (a, b) in enumerate(zip(ids_before, ids_after, strict=True)) if a != b]
        assert len(changed) == 1  # only the answer typed in
        assert layout.pages == pages_before[:first_page]
        while not stepped.step().complete:
            pass
        assert_same_as_fresh(layout, typed, profile)


@contextmanager
def counting_item_specs(monkeypatch) -> Iterator[list[int]]:
    """Count the walks over the whole letter (``item_specs``) that updates make."""
    from answerletter.layout import letterlayout

    walks: list[int] = []
    real = letterlayout.item_specs

    def counted(*args, **kwargs):
        walks.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(letterlayout, "item_specs", counted)
    yield walks


def test_typing_and_metadata_keystrokes_make_only_the_changed_items_specs(
    qapp, profile, monkeypatch
):
    """A keystroke in a text, in Betreft or in a field only the header shows is an edit in
    place: the update makes the specs of what it changed, not the letter's (at 10,000
    questions that walk cost 20 ms per keystroke on the layout thread)."""
    letter = generate_letter(40, seed=5)
    layout = LetterLayout(letter, profile)
    middle = letter.answers[len(letter.answers) // 2]
    question = letter.questions[3]
    with counting_item_specs(monkeypatch) as walks:
        before = list(layout.flow.items)
        typed = ops.set_answer_text(letter, middle.id, RichText.plain("Een nieuw antwoord."))
        layout.update(typed)
        relaid = [
            i for i, (a, b) in enumerate(zip(before, layout.flow.items, strict=True)) if a is not b
        ]
        assert [layout.flow.items[i].spec.source for i in relaid] == [typed.answer(middle.id)]
        asked = ops.set_question_text(typed, question.id, RichText.plain("Een andere vraag?"))
        layout.update(asked)
        subject = dataclasses.replace(asked.metadata, subject=asked.metadata.subject + "s")
        retitled = ops.set_metadata(asked, subject)
        layout.update(retitled)
        assert walks == []
    assert_same_as_fresh(layout, retitled, profile)
    # The unchanged items hold the new letter's objects (the old ones can be freed).
    sources = [item.spec.source for item in layout.flow.items[2:]]
    assert all(a is b for a, b in zip(sources, retitled.presentation(), strict=True))
    assert layout.flow.items[0].spec.source.metadata is retitled.metadata


def test_footnotes_moved_and_questions_renumbered_in_place_without_a_walk(
    qapp, profile, monkeypatch
):
    """A footnote added to the first answer, one in the body, both removed again, and a
    question given another number that an answer elsewhere refers to: no spec of the
    letter is made anew (at 10,000 questions that walk cost 20-30 ms on the layout
    thread): the later items with footnotes get their numbers moved, and the answers
    naming the question (covering it or referring to it) their new labels."""
    letter = generate_letter(40, seed=5)
    third = letter.questions[2].id
    referring = next(q.id for q in letter.questions[10:] if letter.answer_for(q.id))
    letter = ops.refer(letter, referring, third)
    layout = LetterLayout(letter, profile)
    first = letter.answers[0]
    note = Footnote("fn-first", (Run("Kamerstuk 36 045, nr. 1."),))
    noted = ops.set_answer_text(letter, first.id, _with_note_first(first.text, note))
    body_note = Footnote("fn-body", (Run("Zie de bijlage."),))
    paragraphs = noted.body.paragraphs
    opening = Block((Run("Voorts "), body_note, *paragraphs.blocks[0].content))
    body = dataclasses.replace(noted.body, paragraphs=RichText((opening, *paragraphs.blocks[1:])))
    bodied = ops.set_body(noted, body)
    numbered = ops.set_question_number(letter, third, 77)
    for version in (noted, bodied, letter, numbered):
        with counting_item_specs(monkeypatch) as walks:
            layout.update(version)
        assert walks == []
        assert_same_as_fresh(layout, version, profile)
    labels = [item.spec.label for item in layout.flow.items]
    assert "Antwoord op vraag 77" in labels
    extras = [item.spec.extra for item in layout.flow.items]
    assert "Zie antwoord op vraag 77." in extras


def test_a_footnote_after_many_items_without_any_gets_the_next_number(qapp, profile):
    """Footnotes only in the first and last answers; one added in the middle answer is
    numbered after the first answer's (found back across the items without footnotes),
    and the last answer's numbers move on by one."""
    letter = generate_letter(30, seed=2)
    for answer in letter.answers[1:-1]:
        letter = ops.set_answer_text(letter, answer.id, RichText.plain("Zonder voetnoot."))
    for question in letter.questions:
        letter = ops.set_question_text(letter, question.id, RichText.plain("Waarom?"))
    first, last = letter.answers[0], letter.answers[-1]
    for answer in (first, last):
        note = Footnote(f"fn-{answer.id}", (Run("Kamerstuk 36 045, nr. 1."),))
        letter = ops.set_answer_text(letter, answer.id, _with_note_first(answer.text, note))
    layout = LetterLayout(letter, profile)
    middle = letter.answers[len(letter.answers) // 2]
    note = Footnote("fn-middle", (Run("Zie de bijlage."),))
    noted = ops.set_answer_text(letter, middle.id, _with_note_first(middle.text, note))
    layout.update(noted)
    assert_same_as_fresh(layout, noted, profile)
    starts = {item.spec.source.id: item.note_start for item in layout.flow.items[2:]}
    after_first = starts[first.id] + len(noted.answer(first.id).text.footnotes())
    assert starts[middle.id] == after_first
    assert starts[last.id] == after_first + 1


def test_typing_during_a_first_layout_makes_only_the_changed_specs(qapp, profile, monkeypatch):
    with chunks_of(3):
        letter = generate_letter(40, seed=3)
        stepped = SteppedLayout(letter, profile, step_chunks=1)
        for _ in range(6):
            stepped.step()
        plain = [a for a in letter.answers if not a.text.footnotes()]
        answers = [plain[1], plain[-2]]  # one laid out, one not yet
        written = {id(item.spec.source) for item in stepped.layout.flow.items}
        assert id(answers[0]) in written and id(answers[1]) not in written
        with counting_item_specs(monkeypatch) as walks:
            typed = letter
            for answer in answers:
                typed = ops.set_answer_text(typed, answer.id, RichText.plain("Getypt."))
            stepped.change(typed)
            assert walks == []
        while not stepped.step().complete:
            pass
    assert_same_as_fresh(stepped.layout, typed, profile)


def test_questions_inserted_moved_and_combined_lay_out_only_what_they_touch(
    qapp, profile, monkeypatch
):
    """Structural edits make specs for the items between the first and last changed ones
    only (no walk over the letter), and when they move later footnote numbers (a question
    deleted with its answer's footnotes) for the later items with footnotes, which keep
    their laid-out lines unless a number gains or loses a digit; one that moves a label
    elsewhere (a number that an answer further on refers to) takes the walk. Either way the
    pages equal a fresh layout's."""
    letter = generate_letter(40, seed=5)
    for index in (8, 30):  # a footnote in the answers to questions 8 and 30
        letter, aid = ops.ensure_answer(letter, letter.questions[index].id)
        note = Footnote(f"fn-test{index}", (Run("Kamerstuk 36 045, nr. 1."),))
        letter = ops.set_answer_text(letter, aid, _with_note_first(RichText(), note))
    layout = LetterLayout(letter, profile)
    middle, noted = letter.questions[20], letter.questions[8]

    def walks_of(new: Letter) -> int:
        with counting_item_specs(monkeypatch) as walks:
            layout.update(new)
        count = len(walks)
        assert_same_as_fresh(layout, new, profile)
        return count

    before = list(layout.flow.items)
    inserted, qid = ops.insert_question(letter, 20, text=RichText.plain("Een nieuwe vraag?"))
    assert walks_of(inserted) == 0
    new_items = [item for item in layout.flow.items if all(item is not b for b in before)]
    assert [item.spec.source for item in new_items] == [inserted.question(qid)]
    moved = ops.move_question_by(inserted, middle.id, 2)
    assert walks_of(moved) == 0
    combined = ops.combine(moved, [moved.questions[10].id, moved.questions[11].id])
    assert walks_of(combined) == 0
    assert combined.answer_for(noted.id).text.footnotes()
    later = combined.answer_for(combined.questions[30].id)
    assert later is not None and later.text.footnotes()
    (later_item,) = [item for item in layout.flow.items if item.spec.source is later]
    later_start = later_item.note_start
    gone = combined.answer_for(noted.id)
    assert gone is not None and gone.questions == (noted.id,)  # deleted with the question
    removed = len(combined.question(noted.id).text.footnotes()) + len(gone.text.footnotes())
    deleted = ops.delete_questions(combined, [noted.id])
    assert walks_of(deleted) == 0
    (still,) = [item for item in layout.flow.items if item.spec.source is later]
    assert still.note_start == later_start - removed  # its number moved down ...
    assert len(str(later_start)) == len(str(later_start - removed))
    assert still is later_item  # ... and no digit less: its lines are kept
    # An answer further on refers to a question whose number changes.
    target = deleted.questions[3]
    referring = ops.refer(deleted, deleted.questions[30].id, target.id)
    walks_of(referring)
    numbered = ops.set_question_number(referring, target.id, 99)
    walks_of(numbered)
    renumbered = ops.renumber(numbered)  # 99 becomes its place again, as in that answer
    assert renumbered.question(target.id).number != 99
    assert walks_of(renumbered) == 1
