"""Mechanical fixes: replace a finding's excerpt by its fix in the letter (a new value).

Only findings that carry a ``fix`` and point into a question, an answer or a footnote can be
applied. A fix is applied only when the text at the finding's offsets is still its excerpt,
so a stale finding (the text changed since it was found) never damages the letter.
"""

from __future__ import annotations

from dataclasses import replace

from answerletter.checks.findings import Finding, Part
from answerletter.checks.textscan import TEXT_FIELD
from answerletter.model import Block, Footnote, Letter, RichText, Run
from answerletter.model import operations as ops


class FixError(ValueError):
    """The fix cannot be applied (no fix, or the text moved on)."""


def _replace_in_items(
    items: tuple[Run | Footnote, ...], start: int, end: int, new: str
) -> list[Run | Footnote]:
    """*items* with plain-text range [start, end) (start < end) replaced by *new*, in the
    marks of the first run it touches. Footnote marks take no plain text and are kept."""
    out: list[Run | Footnote] = []
    offset = 0
    inserted = False
    for item in items:
        if isinstance(item, Footnote):
            out.append(item)
            continue
        run_start, run_end = offset, offset + len(item.text)
        offset = run_end
        if run_end <= start or run_start >= end:
            out.append(item)
            continue
        before = item.text[: max(0, start - run_start)]
        after = item.text[max(0, end - run_start) :]
        piece = before + ("" if inserted else new) + after
        inserted = True
        if piece:
            out.append(Run(piece, item.marks))
    return out


def replace_plain(text: RichText, start: int, end: int, new: str) -> RichText:
    """*text* with [start, end) of its plain text (blocks joined by newlines) replaced."""
    base = 0
    blocks = list(text.blocks)
    for index, block in enumerate(blocks):
        length = len(block.plain_text())
        if base <= start and end <= base + length:
            content = _replace_in_items(block.content, start - base, end - base, new)
            blocks[index] = Block(tuple(content), block.list_kind, block.level)
            return RichText(tuple(blocks))
        base += length + 1
    raise FixError("The range is not inside one paragraph")


def _fix_footnotes(text: RichText, note_id: str, start: int, end: int, new: str) -> RichText:
    def change(note: Footnote) -> Footnote:
        if note.id != note_id:
            return note
        body = _replace_in_items(note.body, start, end, new)
        return Footnote(note.id, tuple(r for r in body if isinstance(r, Run)))

    return text.map_footnotes(change)


def _check_excerpt(plain: str, finding: Finding) -> tuple[int, int]:
    where = finding.location
    if where.start is None or where.end is None:
        raise FixError("The finding has no place in the text")
    if where.start >= where.end or plain[where.start : where.end] != where.excerpt:
        raise FixError("The text changed since the check")
    return where.start, where.end


def apply_fix(letter: Letter, finding: Finding) -> Letter:
    """*letter* with *finding*'s excerpt replaced by its fix. Raises FixError."""
    if finding.fix is None:
        raise FixError("This finding has no mechanical fix")
    where = finding.location
    if where.item is None:
        raise FixError("The finding is not in a question or an answer")
    if where.item in letter.question_index:
        text = letter.question(where.item).text
    elif where.item in letter.answer_index:
        text = letter.answer(where.item).text
    else:
        raise FixError("The question or answer is gone")
    if where.part is Part.FOOTNOTE:
        note = next((n for n in text.footnotes() if n.id == where.field), None)
        if note is None:
            raise FixError("The footnote is gone")
        start, end = _check_excerpt(note.plain_text(), finding)
        new_text = _fix_footnotes(text, note.id, start, end, finding.fix)
    elif where.field == TEXT_FIELD:
        start, end = _check_excerpt(text.plain_text(), finding)
        new_text = replace_plain(text, start, end, finding.fix)
    else:
        raise FixError("The finding is not in a text")
    if where.item in letter.question_index:
        return ops.set_question_text(letter, where.item, new_text)
    return ops.set_answer_text(letter, where.item, new_text)


def set_accepted(letter: Letter, accepted: tuple[object, ...]) -> Letter:
    """*letter* with its accepted findings replaced."""
    return replace(letter, accepted=accepted)  # type: ignore[arg-type]
