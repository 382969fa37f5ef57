"""The text of a laid-out page as it is printed, in reading order, for screen readers.

Read from the same layout :func:`~.painter.paint_page` paints, in the order it paints: the
logo's description, the letterhead and reference column (or the running header), the page
number, the flowing text's lines on this page, the page's footnotes. A footnote mark reads
"[voetnoot 3]" where print shows a superscript 3, a footnote "voetnoot 3: …" (the letter is
Dutch whatever the interface language), list items begin with their bullet or number. A
paragraph that runs on from the previous page starts mid-sentence, as on paper.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QTextBlock, QTextDocument

from answerletter.layout.flowdoc import FootnoteBox
from answerletter.layout.letterhead import PageFurniture
from answerletter.layout.letterlayout import LetterLayout
from answerletter.layout.notenumbers import NoteNumbers
from answerletter.layout.paginate import PageBreak
from answerletter.layout.tags import OBJECT_CHARACTER, strip_markers

#: How a footnote mark and a footnote read (the letter's language).
MARK_TEXT = "[voetnoot {number}]"
NOTE_TEXT = "voetnoot {number}: {text}"
_BULLET = "•"


def page_text(layout: LetterLayout, index: int) -> str:
    """The printed text of page *index* (0-based), one paragraph or part per line."""
    if not 0 <= index < layout.page_count:
        raise IndexError(f"page {index} of {layout.page_count}")
    head = _head_parts(layout, layout.furniture(index))
    return _joined([*head, layout.page_number_text(index), *_body_parts(layout, index)])


class _PageRead(NamedTuple):
    """One page as :class:`PageTexts` read it last time."""

    page: PageBreak  # kept alive, so that no other page can have its id
    notes: tuple[tuple[int, ...], tuple[int, ...]]  # the footnote numbers it was read with
    body: list[str]  # its flowing text and footnotes
    furniture: PageFurniture  # the letterhead or running header its text holds (kept alive)
    number: str  # the page number its text holds
    text: str


class PageTexts:
    """Every page's printed text (:func:`page_text`) for a layout kept up to date, read
    again only where it changed since the last call: on the pages an update re-broke, or
    whose footnote numbers moved, or whose letterhead or page number changed. (Reading all
    4,000 pages of a 10,000-question letter takes ten seconds; a screen reader asks after
    every refresh of the preview.)"""

    def __init__(self) -> None:
        self._known: dict[int, _PageRead] = {}  # by id of the page

    def of(self, layout: LetterLayout) -> list[str]:
        items = layout.flow.items
        heads: dict[int, list[str]] = {}
        kept: dict[int, _PageRead] = {}
        for index, page in enumerate(layout.pages):
            furniture = layout.furniture(index)
            number = layout.page_number_text(index)
            notes = (
                tuple(items[segment.item].note_start for segment in page.segments),
                tuple(_number(part.footnote) for part in page.footnotes),
            )
            # By the page first broken: one only moved on by an insertion reads the same.
            origin = page.origin
            found = self._known.get(id(origin))
            if found is None or found.notes != notes:
                body = _body_parts(layout, index)
                layout.flow.trim()  # between pages: keep the layout's budget of documents
            elif found.furniture is furniture and found.number == number:
                kept[id(origin)] = found
                continue
            else:
                body = found.body
            head = heads.get(id(furniture))
            if head is None:
                head = heads[id(furniture)] = _head_parts(layout, furniture)
            text = _joined([*head, number, *body])
            kept[id(origin)] = _PageRead(origin, notes, body, furniture, number, text)
        self._known = kept
        return [read.text for read in kept.values()]


def _head_parts(layout: LetterLayout, furniture: PageFurniture) -> list[str]:
    """The logo's description and the letterhead or running header."""
    parts: list[str] = []
    if furniture.logo is not None and furniture.logo_description:
        parts.append(furniture.logo_description)
    for placed in furniture.parts:
        parts.append(_document_text(placed.document, layout.flow.numbers))
    return parts


def _body_parts(layout: LetterLayout, index: int) -> list[str]:
    """The flowing text's lines on page *index*, then its footnotes."""
    numbers = layout.flow.numbers
    parts = [_flow_text(layout, index)]
    for part in layout.pages[index].footnotes:
        note = part.footnote
        assert isinstance(note, FootnoteBox)
        # The number before the note's text is left out of its lines and said in words.
        lines = _block_lines(note.document.begin(), part.first_line, part.end_line, numbers)
        text = lines.strip()
        if part.first_line == 0:
            text = NOTE_TEXT.format(number=note.number, text=text)
        parts.append(text)
    return parts


def _number(note: object) -> int:
    assert isinstance(note, FootnoteBox)
    return note.number


def _joined(parts: list[str]) -> str:
    return "\n".join(part for part in (p.strip() for p in parts) if part)


def _document_text(document: QTextDocument, numbers: NoteNumbers) -> str:
    lines: list[str] = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        count = layout.lineCount() if layout is not None else 0
        lines.append(_block_lines(block, 0, max(count, 1), numbers))
        block = block.next()
    return "\n".join(line for line in lines if line.strip())


def _flow_text(layout: LetterLayout, index: int) -> str:
    """The page's lines of the flowing text: a line break between blocks, the lines of one
    block read in one go."""
    flow = layout.flow
    runs: list[tuple[QTextDocument, int, int, int]] = []  # document, block, first, end line
    for segment in layout.pages[index].segments:
        item = flow.items[segment.item]
        for unit in item.units[segment.first : segment.last + 1]:
            number = item.first_block + unit.block
            last = runs[-1] if runs else None
            if last is not None and last[0] is item.document and last[1] == number:
                runs[-1] = (last[0], number, last[2], unit.line + 1)
            else:
                runs.append((item.document, number, unit.line, unit.line + 1))
    paragraphs = [
        _block_lines(document.findBlockByNumber(number), first, end, flow.numbers)
        for document, number, first, end in runs
    ]
    return "\n".join(p.strip() for p in paragraphs if p.strip())


def _block_lines(block: QTextBlock, first: int, end: int, numbers: NoteNumbers) -> str:
    """Lines first..end-1 of *block* as text; from its first line, with the list item's
    bullet or number in front."""
    layout = block.layout()
    text = block.text()
    if layout is None or layout.lineCount() == 0:
        begin, finish = (0, len(text)) if first == 0 else (0, 0)
    else:
        last = layout.lineAt(min(end, layout.lineCount()) - 1)
        begin = layout.lineAt(first).textStart()
        finish = last.textStart() + last.textLength()
    out = _with_marks(block, begin, finish, numbers) if finish > begin else ""
    if first == 0 and block.textList() is not None:
        marker = block.textList().itemText(block).strip() or _BULLET
        out = f"{marker} {out}"
    return out


def _with_marks(block: QTextBlock, begin: int, finish: int, numbers: NoteNumbers) -> str:
    """The block's text from *begin* to *finish* (block offsets), footnote marks in words and
    the number before a footnote's own text left out."""
    base = block.position()
    out: list[str] = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        it += 1
        start = fragment.position() - base
        stop = start + fragment.length()
        if stop <= begin or start >= finish:
            continue
        piece = fragment.text()[max(begin, start) - start : min(finish, stop) - start]
        shown = numbers.number_in(fragment.charFormat()) if OBJECT_CHARACTER in piece else None
        if shown is not None:
            number, before_note = shown
            if before_note:
                piece = ""
            else:
                before = "".join(out)
                space = "" if not before or before[-1].isspace() else " "
                piece = space + MARK_TEXT.format(number=number)
        out.append(strip_markers(piece))
    # Line separators as new lines, tabs as spaces, break opportunities inserted into long
    # words (zero-width spaces) left out.
    return "".join(out).replace("\u2028", "\n").replace("\t", " ").replace("\u200b", "")
