"""import(export(letter)) is the letter: the Word export read back by the importer (issue 11).

A property test over generated letters: the question numbers and texts, which questions each
answer covers, references, answer texts with their marks and links, footnotes, the body and
the metadata all come back. Footnote ids are the importer's own (fn1, fn2, …), so texts are
compared with the ids set aside.
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from answerletter.exporters.docx import docx_bytes
from answerletter.importers import import_bytes
from answerletter.importers.paragraphs import strip_content
from answerletter.model import Footnote, RichText
from answerletter.model.letter import Letter
from answerletter.model.synthetic import generate_letter
from answerletter.templates import example_letter


def _without_ids(text: RichText) -> RichText:
    return _trimmed(text.map_footnotes(lambda note: Footnote("fn", note.body)))


def _trimmed(text: RichText) -> RichText:
    """*text* with the white space at the ends of its paragraphs removed: it prints as
    nothing, and the importer trims it (Word documents are full of it)."""
    return RichText(
        tuple(
            replace(block, content=strip_content(block.content))
            for block in text.blocks
            if strip_content(block.content)
        )
    )


def _shape(letter: Letter) -> dict:
    number = {q.id: q.number for q in letter.questions}
    return {
        "questions": [(q.number, _without_ids(q.text)) for q in letter.questions],
        "answers": [
            (
                [number[q] for q in a.questions],
                number[a.refers_to] if a.refers_to else None,
                _without_ids(a.text),
            )
            for a in letter.answers
        ],
        "footnotes": [note.body for note in letter.footnotes()],
        "metadata": letter.metadata,
        "body": replace(letter.body, paragraphs=_trimmed(letter.body.paragraphs)),
    }


def _round_trip(letter: Letter) -> Letter:
    return import_bytes(docx_bytes(letter, page_count=5), "brief.docx").letter


def test_example_comes_back():
    letter = example_letter()
    assert _shape(_round_trip(letter)) == _shape(letter)


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=1, max_value=15), st.integers(min_value=0, max_value=10_000))
def test_generated_letters_come_back(questions, seed):
    letter = generate_letter(questions, seed=seed)
    assert _shape(_round_trip(letter)) == _shape(letter)
