"""Exact two-way conversion between the model's RichText and a QTextDocument.

Reading walks QTextBlock → QTextFragment (never HTML, which would lose the footnotes' custom
properties and add Qt's CSS); writing goes through a QTextCursor. A footnote is one object
replacement character (U+FFFC) whose char format carries the footnote's id and body, so it
moves, copies and deletes as a single character and is painted as its number. Consecutive list
items of one kind and level share one QTextList (see ``lists``).

``richtext_from_document(document_from_richtext(t, doc)) == t`` for every canonical text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import (
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from answerletter.gui.richtext.formats import (
    EXPLICIT_EMPTY,
    OBJECT_REPLACEMENT,
    ORIGINAL_CHAR,
    STAND_INS,
    char_format,
    footnote_format,
    footnote_of,
    is_footnote,
    marks_of,
    paragraph_format,
)
from answerletter.gui.richtext.lists import ListState, list_state, normalize_lists
from answerletter.model.richtext import Block, Footnote, Inline, Marks, RichText, Run

#: Gives a footnote id not in the given set of ids already in use.
IdFactory = Callable[[set[str]], str]

_STAND_IN_CHARS = frozenset(STAND_INS)


# -- reading --


def _utf16_slice(text: str, start: int, end: int) -> str:
    """text[start:end] counted in UTF-16 code units, as Qt positions are."""
    if text.isascii():
        return text[start:end]
    data = text.encode("utf-16-le", "surrogatepass")[2 * start : 2 * end]
    return data.decode("utf-16-le", "ignore")


def _utf16_len(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def _fragment_inlines(text: str, fmt: QTextCharFormat, out: list[Inline]) -> None:
    if is_footnote(fmt):
        note = footnote_of(fmt)
        # Adjacent marks with equal formats share a fragment: one footnote per character.
        out.extend(note for ch in text if ch == OBJECT_REPLACEMENT)
        return
    if fmt.objectType():
        return  # images and other objects have no place in the model
    original = fmt.stringProperty(ORIGINAL_CHAR) if fmt.hasProperty(ORIGINAL_CHAR) else ""
    if original in _STAND_IN_CHARS:
        text = text.replace(STAND_INS[original], original)
    out.append(Run(text, marks_of(fmt)))


#: What a plain format index stands for: its marks and its stand-in's original character.
_FormatCache = dict[int, tuple[Marks, str] | None]


def _block_inlines(
    block: QTextBlock, start: int, end: int, formats: _FormatCache | None = None
) -> tuple[Inline, ...]:
    """The block's content between document positions *start* and *end*.

    *formats* remembers, per format index of the document, the marks of plain text formats
    (None: a footnote or another object, read each time): a document uses a handful of
    formats, and reading marks from a QTextCharFormat costs more than the rest of a fragment.
    Valid for one document while it is not changed.
    """
    if formats is None:
        formats = {}
    items: list[Inline] = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        it += 1
        position = fragment.position()
        length = fragment.length()
        if position + length <= start or position >= end:
            continue
        text = fragment.text()
        if position < start or position + length > end:
            text = _utf16_slice(text, max(0, start - position), min(length, end - position))
        index = fragment.charFormatIndex()
        if index in formats:
            known = formats[index]
        else:
            known = formats[index] = _plain_format(fragment.charFormat())
        if known is None:
            _fragment_inlines(text, fragment.charFormat(), items)
            continue
        marks, original = known
        if original:
            text = text.replace(STAND_INS[original], original)
        items.append(Run(text, marks))
    return tuple(items)


def _plain_format(fmt: QTextCharFormat) -> tuple[Marks, str] | None:
    """The marks and stand-in original of a text format; None for footnotes and objects."""
    if is_footnote(fmt) or fmt.objectType():
        return None
    original = fmt.stringProperty(ORIGINAL_CHAR) if fmt.hasProperty(ORIGINAL_CHAR) else ""
    return marks_of(fmt), original if original in _STAND_IN_CHARS else ""


def _block(block: QTextBlock, content: tuple[Inline, ...], with_list: bool) -> Block:
    state = list_state(block) if with_list else None
    if state is None:
        return Block(content)
    return Block(content, state[0], state[1])


def richtext_from_document(document: QTextDocument) -> RichText:
    """The document's text as a canonical RichText."""
    blocks: list[Block] = []
    formats: _FormatCache = {}
    block = document.firstBlock()
    while block.isValid():
        blocks.append(_block(block, _block_inlines(block, 0, 1 << 62, formats), with_list=True))
        block = block.next()
    if len(blocks) == 1 and blocks[0] == Block():
        explicit = document.firstBlock().blockFormat().boolProperty(EXPLICIT_EMPTY)
        return RichText(tuple(blocks)) if explicit else RichText()
    return RichText(tuple(blocks))


def richtext_from_range(document: QTextDocument, start: int, end: int) -> RichText:
    """The text between two positions (a selection), for copying.

    The first block is a list item only when the range starts at its beginning; a range that
    ends at the start of a block ends with an empty block, so pasting it breaks the paragraph
    there, as the copied paragraph break did.
    """
    start, end = min(start, end), max(start, end)
    if start == end:
        return RichText()
    blocks: list[Block] = []
    formats: _FormatCache = {}
    block = document.findBlock(start)
    while block.isValid() and block.position() <= end:
        content = _block_inlines(block, start, end, formats)
        blocks.append(_block(block, content, with_list=block.position() >= start))
        block = block.next()
    return RichText(tuple(blocks))


def footnote_ids(document: QTextDocument) -> set[str]:
    """The ids of every footnote in the document."""
    return {note.id for note in richtext_from_document(document).footnotes()}


# -- writing --


#: Char formats by marks: Qt copies a format on insert, so one value serves every run.
_CHAR_FORMATS: dict[Marks, QTextCharFormat] = {}


def _char_format(marks: Marks) -> QTextCharFormat:
    found = _CHAR_FORMATS.get(marks)
    if found is None:
        if len(_CHAR_FORMATS) > 1024:  # many distinct links: keep it small
            _CHAR_FORMATS.clear()
        found = _CHAR_FORMATS[marks] = char_format(marks)
    return found


def _insert_run(cursor: QTextCursor, run: Run) -> None:
    fmt = _char_format(run.marks)
    text = run.text
    if not _STAND_IN_CHARS.intersection(text):
        cursor.insertText(text, fmt)
        return
    piece: list[str] = []
    for ch in text:
        if ch not in _STAND_IN_CHARS:
            piece.append(ch)
            continue
        if piece:
            cursor.insertText("".join(piece), fmt)
            piece = []
        special = QTextCharFormat(fmt)
        special.setProperty(ORIGINAL_CHAR, ch)
        cursor.insertText(STAND_INS[ch], special)
    if piece:
        cursor.insertText("".join(piece), fmt)


def insert_inlines(cursor: QTextCursor, content: tuple[Inline, ...]) -> None:
    """Insert runs and footnote marks at the cursor."""
    marks = Marks()
    for item in content:
        if isinstance(item, Footnote):
            cursor.insertText(OBJECT_REPLACEMENT, footnote_format(item, _char_format(marks)))
        else:
            _insert_run(cursor, item)
            marks = item.marks


def _fresh_ids(text: RichText, used: set[str], fresh_id: IdFactory) -> RichText:
    taken = set(used)

    def renew(note: Footnote) -> Footnote:
        new = fresh_id(taken)
        taken.add(new)
        return Footnote(new, note.body)

    return text.map_footnotes(renew)


def insert_richtext(
    cursor: QTextCursor, text: RichText, *, fresh_id: IdFactory | None = None
) -> None:
    """Insert *text* at the cursor (replacing its selection) as one undo step.

    The first block's content joins the block at the cursor (which takes the first block's
    list state only when it is empty); every further block starts a new block, and the rest
    of the cursor's block follows the last one. Paragraphs without any list item pasted into
    a list item become items of that list, as typed lines would. With *fresh_id*, footnotes
    get new ids.
    """
    document = cursor.document()
    if fresh_id is not None and text.footnotes():
        text = _fresh_ids(text, footnote_ids(document), fresh_id)
    cursor.beginEditBlock()
    try:
        cursor.removeSelectedText()
        here = list_state(cursor.block())
        adopt = here is not None and all(block.list_kind is None for block in text.blocks)
        wanted: dict[int, ListState] = {}
        for index, block in enumerate(text.blocks):
            state: ListState = None if block.list_kind is None else (block.list_kind, block.level)
            if adopt:
                state = here
            if index:
                cursor.insertBlock(paragraph_format(), QTextCharFormat())
                wanted[cursor.blockNumber()] = state
            elif cursor.block().length() == 1:
                wanted[cursor.blockNumber()] = state
            insert_inlines(cursor, block.content)
        normalize_lists(document, wanted)
    finally:
        cursor.endEditBlock()


def document_from_richtext(text: RichText, document: QTextDocument) -> None:
    """Replace the document's content with *text*."""
    document.clear()
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    fmt = paragraph_format()
    if text.blocks == (Block(),):
        fmt.setProperty(EXPLICIT_EMPTY, True)
    cursor.setBlockFormat(fmt)
    insert_richtext(cursor, text)
    cursor.endEditBlock()
