"""Typed footnotes, as real letters carry them besides Word's own: marks written in the text
("1)", "gedrag2)", "[1]") with the notes as closing paragraphs ("1) Kamerstuk …", a
Word-numbered "1)" list, "[1] https://…"), and the marks ``text_reader`` left for the notes of
PDF text. Each becomes a model ``Footnote`` at its mark; the note paragraphs leave the flow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from answerletter.importers.paragraphs import Para, content_text, replace_spans, slice_content
from answerletter.importers.text_reader import MARK_CLOSE, MARK_OPEN
from answerletter.model import LINE_BREAK, Footnote, Inline, Run

_BRACKET_BODY = re.compile(r"^\s*\[(\d{1,3})\]\s*(?=\S)")
_BRACKET_MARK = re.compile(r"\[(\d{1,3})\]")
_PAREN_BODY = re.compile(r"^\s*(\d{1,3})\)\s+(?=\S)")
_PAREN_MARK = re.compile(r"(?:(?<=[^\d\s(])|(?<=\s))(\d{1,3})\)")
_PDF_MARK = re.compile(f"{MARK_OPEN}(\\d+){MARK_CLOSE}")
_LABEL = re.compile(r"^\s*(?:vra(?:ag|gen)|antwoord(?:en)?)\b", re.IGNORECASE)


@dataclass
class NoteResult:
    paras: list[Para]
    typed: int = 0


def _runs(content: tuple[Inline, ...]) -> tuple[Run, ...]:
    runs = tuple(item for item in content if isinstance(item, Run))
    text = "".join(run.text for run in runs).replace(LINE_BREAK, " ")
    if not text.strip():
        return ()
    return tuple(Run(run.text.replace(LINE_BREAK, " "), run.marks) for run in runs)


def _trim(runs: tuple[Run, ...]) -> tuple[Run, ...]:
    text = "".join(run.text for run in runs)
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    return _runs(slice_content(runs, start, end))


def resolve_pdf_marks(paras: list[Para], notes: dict[int, str]) -> NoteResult:
    """The marks that text_reader left become footnotes with the bodies it cut out."""
    out: list[Para] = []
    count = 0
    for para in paras:
        text = para.text
        if MARK_OPEN not in text:
            out.append(para)
            continue
        spans: list[tuple[int, int, Inline | None]] = []
        for match in _PDF_MARK.finditer(text):
            body = notes.get(int(match.group(1)))
            note = Footnote(f"t{match.group(1)}", (Run(body),)) if body else None
            count += note is not None
            spans.append((match.start(), match.end(), note))
        out.append(para.with_content(replace_spans(para.content, spans)))
    return NoteResult(out, count)


def _last_label_index(paras: list[Para]) -> int:
    return max((i for i, p in enumerate(paras) if _LABEL.match(p.text)), default=-1)


def resolve_typed_notes(paras: list[Para]) -> NoteResult:
    """Bracket notes ("[1]") and parenthesis notes ("1)") become footnotes at their marks."""
    result = _bracket_notes(paras)
    paren = _paren_notes(result.paras)
    return NoteResult(paren.paras, result.typed + paren.typed)


def _bracket_notes(paras: list[Para]) -> NoteResult:
    bodies: dict[int, tuple[Run, ...]] = {}
    body_paras: set[int] = set()
    for index, para in enumerate(paras):
        text = para.text
        if not _BRACKET_BODY.match(text):
            continue
        # One paragraph may hold several notes ("… politie[3] https://…").
        starts = list(_BRACKET_MARK.finditer(text))
        numbers_seen = [int(m.group(1)) for m in starts]
        if numbers_seen != sorted(numbers_seen):
            continue
        body_paras.add(index)
        for k, match in enumerate(starts):
            end = starts[k + 1].start() if k + 1 < len(starts) else len(text)
            bodies.setdefault(
                int(match.group(1)), _trim(_runs(slice_content(para.content, match.end(), end)))
            )
    if not bodies:
        return NoteResult(paras)
    return _place(
        paras, body_paras, bodies, _BRACKET_MARK, standalone=re.compile(r"^\s*\[(\d{1,3})\]\s*$")
    )


def _paren_notes(paras: list[Para]) -> NoteResult:
    marks: dict[int, int] = {}
    for index, para in enumerate(paras):
        text = para.text
        for match in _PAREN_MARK.finditer(text):
            if match.start() == 0 or _unbalanced(text, match.start()):
                continue
            marks.setdefault(int(match.group(1)), index)
    if not marks:
        return NoteResult(paras)
    last_label = _last_label_index(paras)
    bodies: dict[int, tuple[Run, ...]] = {}
    body_paras: set[int] = set()
    for index, para in enumerate(paras):
        text = para.text
        typed = _PAREN_BODY.match(text)
        auto = re.fullmatch(r"(\d{1,3})[.)]", para.label) if para.label else None
        if typed:
            pieces = re.split(rf"(?:^|{LINE_BREAK})\s*(\d{{1,3}})\)\s+", text)
            # pieces: ["", "1", body, "2", body, ...]; only numbers with a mark before count.
            position = 0
            numbers = pieces[1::2]
            if not numbers or any(int(n) not in marks or marks[int(n)] >= index for n in numbers):
                continue
            body_paras.add(index)
            for number in numbers:
                found = re.compile(rf"(?:^|{LINE_BREAK})\s*{number}\)\s+").search(text, position)
                if not found:
                    continue
                nxt = re.compile(rf"{LINE_BREAK}\s*\d{{1,3}}\)\s+").search(text, found.end())
                end = nxt.start() if nxt else len(text)
                bodies.setdefault(
                    int(number), _trim(_runs(slice_content(para.content, found.end(), end)))
                )
                position = end
        elif auto and index > last_label:
            number = int(auto.group(1))
            if number in marks and marks[number] < index:
                body_paras.add(index)
                bodies.setdefault(number, _trim(_runs(para.content)))
    if not bodies:
        return NoteResult(paras)
    return _place(paras, body_paras, bodies, _PAREN_MARK, check_balance=True)


def _unbalanced(text: str, position: int) -> bool:
    """True inside an open parenthesis: "(zie vraag 2)" is no footnote mark."""
    before = text[:position]
    return before.count("(") > before.count(")")


def _place(
    paras: list[Para],
    body_paras: set[int],
    bodies: dict[int, tuple[Run, ...]],
    mark: re.Pattern[str],
    *,
    standalone: re.Pattern[str] | None = None,
    check_balance: bool = False,
) -> NoteResult:
    out: list[Para] = []
    placed: set[int] = set()
    for index, para in enumerate(paras):
        if index in body_paras:
            continue
        text = para.text
        lone = standalone.match(text) if standalone else None
        if lone and int(lone.group(1)) in bodies and out:
            number = int(lone.group(1))
            if number not in placed:
                placed.add(number)
                previous = out[-1]
                note = Footnote(f"t{number}", bodies[number])
                out[-1] = previous.with_content((*previous.content, note))
            continue
        spans: list[tuple[int, int, Inline | None]] = []
        for match in mark.finditer(text):
            number = int(match.group(1))
            if number not in bodies or number in placed or match.start() == 0:
                continue
            if check_balance and _unbalanced(text, match.start()):
                continue
            placed.add(number)
            start = match.start()
            # "religie? 1) 2)": the space before a mark goes with it.
            if start > 0 and text[start - 1] == " ":
                start -= 1
            spans.append((start, match.end(), Footnote(f"t{number}", bodies[number])))
        out.append(para.with_content(replace_spans(para.content, spans)) if spans else para)
    unplaced = [n for n in bodies if n not in placed]
    if unplaced and out:
        last = out[-1]
        extra = tuple(Footnote(f"t{n}", bodies[n]) for n in unplaced)
        out[-1] = last.with_content((*last.content, *extra))
    return NoteResult(out, len(bodies))


__all__ = ["NoteResult", "content_text", "resolve_pdf_marks", "resolve_typed_notes"]
