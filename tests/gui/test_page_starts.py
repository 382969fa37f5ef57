"""The preview's per-page item tops (what a click on a page selects) are read again only for
the pages an update re-broke (issue 16), and are always what a fresh reading gives."""

from __future__ import annotations

import dataclasses

from answerletter.gui.layout_worker import PageStarts
from answerletter.layout import LetterLayout
from answerletter.model import Footnote, RichText, Run
from answerletter.model import operations as ops
from answerletter.testing.synthetic import generate_letter


def test_an_update_reads_only_the_pages_it_re_broke_and_agrees_with_a_fresh_reading(qapp):
    letter = generate_letter(60, seed=4)
    layout = LetterLayout(letter)
    starts = PageStarts()
    before = starts.of(layout)
    assert len(before) == layout.page_count > 10
    # The first page's first line is the body's (no question); some later page starts with
    # a question of the letter.
    assert before[0][0][1] == ""
    ids = {q.id for q in letter.questions}
    assert {item_id for page in before for _, item_id in page if item_id} == ids
    pages_before = list(layout.pages)

    middle = letter.answers[30]
    typed = ops.set_answer_text(letter, middle.id, RichText.plain("Kort."))
    first = layout.update(typed)
    after = starts.of(layout)
    assert after == PageStarts().of(layout)
    kept = [
        i
        for i, page in enumerate(layout.pages)
        if i < len(pages_before) and page is pages_before[i]
    ]
    assert 0 < len(kept) < layout.page_count  # pages before and after the change were kept
    assert all(after[i] is before[i] for i in kept)  # and not read again
    assert all(after[i] is not before[i] for i in range(first, layout.page_count) if i not in kept)

    # Edits that move every later page (a question inserted; a footnote early) or page 1.
    inserted = ops.insert_question(typed, 10, text=RichText.plain("Een nieuwe vraag?"))[0]
    layout.update(inserted)
    assert starts.of(layout) == PageStarts().of(layout)
    note = Footnote("fn-early", (Run("Kamerstuk 36 045, nr. 1."),))
    early = inserted.answers[0]
    first_text = RichText.plain("Zie de bron.")
    blocks = (
        dataclasses.replace(first_text.blocks[0], content=(*first_text.blocks[0].content, note)),
    )
    noted = ops.set_answer_text(inserted, early.id, RichText(blocks))
    layout.update(noted)
    assert starts.of(layout) == PageStarts().of(layout)
    retitled = ops.set_metadata(
        noted, dataclasses.replace(noted.metadata, subject="een veel langer onderwerp " * 8)
    )
    layout.update(retitled)
    assert starts.of(layout) == PageStarts().of(layout)


def test_pages_moved_on_by_an_insertion_are_not_read_again(qapp):
    """After a question inserted, the pages after the ones it re-broke are the old pages
    with their item indices moved on (``PageBreak.shifted``): their tops are not read
    again, and every page reads as a fresh reading gives."""
    letter = generate_letter(120, seed=4)  # its page breaks meet the old ones again
    layout = LetterLayout(letter)
    starts = PageStarts()
    read = starts.of(layout)
    old_pages = list(layout.pages)
    inserted = ops.insert_question(letter, 10, text=RichText.plain("Een nieuwe vraag?"))[0]
    layout.update(inserted)
    moved = [
        (i, old_pages.index(page.origin))
        for i, page in enumerate(layout.pages)
        if page.origin is not page
    ]
    assert len(moved) > layout.page_count // 2
    for i, j in moved:
        page, old = layout.pages[i], old_pages[j]
        assert page.start.item == old.start.item + 1  # the new question (it has no answer)
        assert [s.item for s in page.segments] == [s.item + 1 for s in old.segments]
        assert [(s.first, s.last, s.y) for s in page.segments] == [
            (s.first, s.last, s.y) for s in old.segments
        ]
    after = starts.of(layout)
    assert after == PageStarts().of(layout)
    assert all(after[i] is read[j] for i, j in moved)
    # Moved again (a question deleted before them): still the same reading.
    deleted = ops.delete_questions(inserted, [inserted.questions[5].id])
    layout.update(deleted)
    assert starts.of(layout) == PageStarts().of(layout)
