"""The printed text of a page for screen readers (``layout.page_text``): footnote numbers are
the ones printed now, also after a change renumbered them without re-laying the text."""

from __future__ import annotations

from dataclasses import replace

from answerletter.layout import LetterLayout
from answerletter.layout.page_text import PageTexts, page_text
from answerletter.model import Footnote, Letter, RichText
from answerletter.model import operations as ops
from answerletter.testing.synthetic import generate_letter

from seed_letter import build_seed_letter


def without_first_footnote(letter: Letter) -> Letter:
    """The letter with question 1's footnote (footnote 1) left out."""
    first = letter.questions[0]
    blocks = tuple(
        replace(block, content=tuple(c for c in block.content if not isinstance(c, Footnote)))
        for block in first.text.blocks
    )
    question = replace(first, text=replace(first.text, blocks=blocks))
    return replace(letter, questions=(question, *letter.questions[1:]))


def all_pages(layout: LetterLayout) -> str:
    return "\n\n".join(page_text(layout, index) for index in range(layout.page_count))


def test_marks_and_notes_read_their_printed_numbers(qapp, profile):
    text = all_pages(LetterLayout(build_seed_letter(), profile))
    assert "terug te sturen? [voetnoot 1]" in text
    assert "ontvangen [voetnoot 2]." in text
    assert "\nvoetnoot 1: Euractiv, 20 april 2026" in text
    assert "\nvoetnoot 2: Joint letter from the undersigned ministers" in text
    assert "\ufffc" not in text


def test_numbers_follow_a_renumbering(qapp, profile):
    layout = LetterLayout(build_seed_letter(), profile)
    layout.update(without_first_footnote(layout.letter))
    text = all_pages(layout)
    assert "terug te sturen? [voetnoot" not in text
    assert "ontvangen [voetnoot 1]." in text
    assert "\nvoetnoot 1: Joint letter from the undersigned ministers" in text
    assert "voetnoot 2" not in text
    assert text == all_pages(LetterLayout(without_first_footnote(build_seed_letter()), profile))


def test_the_page_number_reads_as_printed(qapp, profile):
    layout = LetterLayout(build_seed_letter(), profile)
    assert layout.page_count >= 2
    for index in range(layout.page_count):
        printed = layout.page_number_part(index).document.toPlainText()
        assert (
            layout.page_number_text(index)
            == printed
            == f"Pagina {index + 1} van {layout.page_count}"
        )


def test_page_texts_follow_edits_and_read_again_only_what_changed(qapp, profile):
    """What a screen reader gets after each refresh: every page as :func:`page_text` reads
    it, with the pages an edit did not touch not read again (the same strings)."""
    letter = generate_letter(200, seed=4)
    layout = LetterLayout(letter, profile, chunk_budget=4)
    texts = PageTexts()
    before = texts.of(layout)
    assert before == [page_text(layout, i) for i in range(layout.page_count)]
    count = layout.page_count

    answer = letter.answers[100]
    typed = ops.set_answer_text(
        letter, answer.id, RichText.plain(answer.text.plain_text() + " Ja.")
    )
    layout.update(typed)
    after = texts.of(layout)
    assert after == [page_text(layout, i) for i in range(layout.page_count)]
    assert layout.page_count == count  # two words more: no page more
    reused = [i for i in range(count) if after[i] is before[i]]
    assert 0 < len(reused) < count

    # The first footnote gone: the later numbers move (most keep their digits, so their
    # lines and pages stay), and their marks and notes read the new numbers.
    noted = next(q for q in typed.questions if q.text.footnotes())
    blocks = tuple(
        replace(b, content=tuple(c for c in b.content if not isinstance(c, Footnote)))
        for b in noted.text.blocks
    )
    fewer = ops.set_question_text(typed, noted.id, RichText(blocks))
    assert len(typed.footnotes()) > 30
    layout.update(fewer)
    assert texts.of(layout) == [page_text(layout, i) for i in range(layout.page_count)]
    # The letterhead and the running header, and a page more or less (every page's total).
    retitled = ops.set_metadata(fewer, replace(fewer.metadata, our_reference="2026-0000999"))
    layout.update(retitled)
    read = texts.of(layout)
    assert read == [page_text(layout, i) for i in range(layout.page_count)]
    assert "2026-0000999" in read[1]
    longer = ops.insert_question(retitled, 0, text=RichText.plain("Een lange vraag? " * 200))[0]
    layout.update(longer)
    read = texts.of(layout)
    assert layout.page_count > count
    assert read == [page_text(layout, i) for i in range(layout.page_count)]
    assert f"van {layout.page_count}" in read[-1]
