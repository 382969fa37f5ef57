"""The printed text of a page for screen readers (``layout.page_text``): footnote numbers are
the ones printed now, also after a change renumbered them without re-laying the text."""

from __future__ import annotations

from dataclasses import replace

from answerletter.layout import LetterLayout
from answerletter.layout.page_text import page_text
from answerletter.model import Footnote, Letter

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
