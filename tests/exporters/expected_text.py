"""What an exported letter must say, in order, derived from the model (not from the exporter)."""

from __future__ import annotations

from answerletter.model import wording
from answerletter.model.letter import Letter, Question
from answerletter.model.richtext import LINE_BREAK, RichText


def _blocks(text: RichText) -> list[str]:
    return [block.plain_text().replace(LINE_BREAK, "\n") for block in text.blocks]


def flow_paragraphs(letter: Letter) -> list[str]:
    """The flowing paragraphs after Datum and Betreft: offering, body, closing, signatures,
    the questions heading, then every question and answer with its label."""
    out = _blocks(wording.offering(letter)) + _blocks(letter.body.paragraphs)
    if letter.body.closing:
        out.append(letter.body.closing)
    for signatory in letter.metadata.signatories:
        out.extend(wording.signature_lines(signatory))
    if not out:
        out.append("")
    if not letter.presentation():
        return out
    out.append(wording.questions_heading(letter.metadata))
    for item in letter.presentation():
        if isinstance(item, Question):
            out.append(f"Vraag {item.number}")
            out.extend(_blocks(item.text))
        else:
            out.append(wording.answer_label(letter, item))
            if item.refers_to is not None:
                out.append(wording.reference_sentence(letter, item))
            out.extend(_blocks(item.text))
    return out
