"""Footnote numbers in the editor are the letter's: numbered through the letter text, the
questions and the answers in printed order, as the preview and the PDF number them (issue
9: the note in answer 4 showed ¹ and printed as ³)."""

from __future__ import annotations

from window_helpers import small_letter

from answerletter.model import Block, Body, Footnote, RichText, Run
from answerletter.model.operations import set_answer_text, set_body, set_question_text


def noted(text: str, *notes: str) -> RichText:
    """A paragraph *text* followed by one footnote per *notes*."""
    content = [Run(text)] + [Footnote(f"fn-{n}", (Run(n),)) for n in notes]
    return RichText((Block(tuple(content)),))


def shown_numbers(editor):
    return [editor.marks.number_at(p) for p in editor.marks.positions()]


def test_the_editor_shows_the_numbers_the_letter_prints(make_window):
    letter = small_letter(4)
    letter = set_answer_text(letter, "a1", noted("Eerste.", "bron a", "bron b"))
    letter = set_question_text(letter, "q2", noted("Vraag twee?", "bron c"))
    letter = set_answer_text(letter, "a3", noted("Derde.", "bron d"))
    window = make_window(letter)

    window.list_pane.select_ids(["q1"])
    assert shown_numbers(window.editor_pane.answer_editor) == [1, 2]
    window.list_pane.select_ids(["q2"])
    assert shown_numbers(window.editor_pane._rows[0].editor) == [3]
    window.list_pane.select_ids(["q3"])
    assert shown_numbers(window.editor_pane.answer_editor) == [4]

    # A note added earlier in the letter renumbers the one on screen.
    before = set_answer_text(window.document.letter, "a1", noted("Eerste.", "a", "b", "c"))
    window.document.apply(before, "test")
    assert shown_numbers(window.editor_pane.answer_editor) == [5]


def test_the_letter_text_numbers_after_the_offering(make_window):
    letter = small_letter(1)
    body = Body(
        offering=noted("Hierbij bied ik u de antwoorden aan.", "noot bij aanbieding"),
        paragraphs=noted("Verder.", "tweede noot"),
    )
    window = make_window(set_body(letter, body))
    form = window.form.body_form
    assert shown_numbers(form.offering) == [1]
    assert shown_numbers(form.paragraphs) == [2]
