"""Writes the model's rich text into a QTextDocument through a QTextCursor, in house style.

Every block gets a fixed line height (the profile's leading) so lines sit on a regular grid
the paginator can count; marks become character formats; links become anchors (clickable in
PDF); footnotes become superscript numbers whose positions are reported back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextList,
    QTextListFormat,
)

from answerletter.checks.citation_links import link_runs
from answerletter.layout.breaks import with_breaks
from answerletter.layout.qt_unlocked import document_height, end_edit_block, make_layout
from answerletter.layout.tags import (
    END,
    OBJECT_CHARACTER,
    Mark,
    Path,
    Tag,
    insert_marker,
    register_markers,
)
from answerletter.layout.units import fmt, reference_device
from answerletter.model.richtext import Block, Footnote, ListKind, Marks, RichText, Run, Script

_FIXED_HEIGHT = QTextBlockFormat.LineHeightTypes.FixedHeight.value

_LIST_STYLES = {
    ListKind.BULLET: (
        QTextListFormat.Style.ListDisc,
        QTextListFormat.Style.ListCircle,
        QTextListFormat.Style.ListSquare,
    ),
    ListKind.NUMBER: (
        QTextListFormat.Style.ListDecimal,
        QTextListFormat.Style.ListLowerAlpha,
        QTextListFormat.Style.ListLowerRoman,
    ),
}


@dataclass(frozen=True, slots=True)
class TextStyle:
    """What a document's text looks like; lengths in dots."""

    font: QFont
    leading: float
    paragraph_gap: float
    link_color: str
    list_indent: float
    link_underline: bool = False


def new_document(style: TextStyle, width: float) -> QTextDocument:
    """An empty document in *style*, laid out at *width* dots against the reference device.

    Write into it inside one edit block (:func:`writing`): Qt then lays the text out once, at
    the end. The layout is made while the document is empty because Qt lays a whole document
    out when its layout is made (at no width and screen resolution, all wasted); and without
    an edit block every insertion would re-lay its block at once.
    """
    document = QTextDocument()
    document.setUndoRedoEnabled(False)
    document.setDocumentMargin(0)
    document.setDefaultFont(style.font)
    # QTextDocument.indentWidth is scaled like the other format lengths.
    document.setIndentWidth(fmt(style.list_indent))
    make_layout(document)  # without the interpreter lock (see qt_unlocked)
    document.documentLayout().setPaintDevice(reference_device())
    register_markers(document)
    document.setTextWidth(width)
    return document


@contextmanager
def writing(cursor: QTextCursor) -> Iterator[QTextCursor]:
    """An edit block on *cursor*'s document: the layout follows once, at the end."""
    cursor.beginEditBlock()
    try:
        yield cursor
    finally:
        # Both without the interpreter lock: Qt's layout is most of a typesetter's time.
        end_edit_block(cursor)
        document_height(cursor.document())  # layout is lazy: this forces it


@cache
def block_format(
    leading: float,
    *,
    bottom: float = 0.0,
    top: float = 0.0,
    left: float = 0.0,
    first_line: float = 0.0,
) -> QTextBlockFormat:
    """A block format on the leading grid; lengths in dots.

    Qt scales vertical margins and fixed line heights to the device but not horizontal
    margins and indents, hence the difference below. Cached: Qt copies a format when it is
    applied, so one value can serve every block.
    """
    block = QTextBlockFormat()
    block.setLineHeight(fmt(leading), _FIXED_HEIGHT)
    block.setBottomMargin(fmt(bottom))
    block.setTopMargin(fmt(top))
    if left:
        block.setLeftMargin(left)
    if first_line:
        block.setTextIndent(first_line)
    return block


class CharFormats:
    """Character formats for marks, cached: a letter uses only a handful of combinations."""

    def __init__(self, style: TextStyle) -> None:
        self._link_brush = QBrush(QColor(style.link_color))
        self._link_underline = style.link_underline
        self._cache: dict[tuple[Marks, bool], QTextCharFormat] = {}

    def get(self, marks: Marks, *, bold: bool = False) -> QTextCharFormat:
        key = (marks, bold)
        found = self._cache.get(key)
        if found is not None:
            return found
        char = QTextCharFormat()
        char.setFontWeight(QFont.Weight.Bold if (marks.bold or bold) else QFont.Weight.Normal)
        char.setFontItalic(marks.italic)
        char.setFontUnderline(marks.underline or (marks.link is not None and self._link_underline))
        if marks.script is Script.SUPER:
            char.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
        elif marks.script is Script.SUB:
            char.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSubScript)
        if marks.link is not None:
            char.setAnchor(True)
            char.setAnchorHref(marks.link)
            char.setForeground(self._link_brush)
        self._cache[key] = char
        return char


#: The format of a footnote's number object, for the footnote and its block's structure path.
FootnoteFormat = Callable[[Footnote, Path], QTextCharFormat]
#: Called with the footnote and the document position of its mark.
FootnoteSink = Callable[[Footnote, int], None]


def link_tag(key: str, href: str) -> Tag:
    return Tag("Link", key, alt=href)


#: Characters a run may hold that a QTextDocument takes for structure: a paragraph separator
#: would start a block the item does not count (its lines would be lost to pagination), and
#: Qt marks frames with the two non-characters. Written as a line break and as nothing.
_STAND_INS = str.maketrans({"\u2029": "\u2028", "\ufdd0": "\u200b", "\ufdd1": "\u200b"})
_STRUCTURAL = frozenset(("\u2029", "\ufdd0", "\ufdd1"))


def insertable(text: str) -> str:
    """*text* as it may be inserted into a QTextDocument (see _STAND_INS): every text the
    typesetter writes comes from the letter, where any character may stand."""
    if _STRUCTURAL.isdisjoint(text):
        return text
    return text.translate(_STAND_INS)


class RichWriter:
    """Writes blocks at a cursor. The first block written fills the cursor's current block.

    Every block is tagged for the PDF's structure (see :mod:`~.tags`): it starts with a
    marker for its structure path and ends with one that closes it; links and footnote marks
    inside are bracketed too. *scope* makes the keys of the blocks' elements unique in the
    letter (an item's identity).
    """

    def __init__(
        self, cursor: QTextCursor, style: TextStyle, formats: CharFormats, scope: str = ""
    ) -> None:
        self.cursor = cursor
        self.style = style
        self.formats = formats
        self.scope = scope
        self._fresh = True
        self._open = False
        self._lists: dict[int, tuple[ListKind, QTextList]] = {}
        #: Per list level: the list's, the current item's and its body's tags.
        self._list_tags: dict[int, tuple[Tag, Tag, Tag]] = {}
        self.blocks_written = 0
        self._path: Path = ()
        #: Characters without a break at the end of the current block (see ``breaks``).
        self._unbroken = 0

    def start_in_current_block(self) -> None:
        """The next block goes into the cursor's (empty) current block."""
        self._fresh = True

    def new_block(
        self, block: QTextBlockFormat, bold: bool = False, *, path: Path = (), prefix: str = ""
    ) -> None:
        """Start a block whose content belongs to the structure *path* (see :class:`Mark`)."""
        char = self.formats.get(Marks(), bold=bold)
        if self._fresh:
            self.cursor.setBlockFormat(block)
            self.cursor.setBlockCharFormat(char)
            current = self.cursor.block().textList()
            if current is not None:
                current.remove(self.cursor.block())
            self._fresh = False
        else:
            if prefix:
                # Qt draws a list item's bullet before the item's text, so it would count as
                # the previous block's content: that block ends here, explicitly. Elsewhere
                # the next block's marker ends it (fewer markers: a faster export).
                self.close_block()
            self.cursor.insertBlock(block, char)
        self.blocks_written += 1
        self._path = path
        self._unbroken = 0
        if path:
            insert_marker(self.cursor, Mark(path, prefix))
            self._open = True

    def set_path(self, path: Path) -> None:
        """Content written next belongs to *path*, which the caller draws a marker for."""
        self._path = path

    def close_block(self) -> None:
        """End the current block's structure (call when writing stops after a block)."""
        if self._open:
            insert_marker(self.cursor, END)
            self._open = False

    def block_tag(self, role: str = "P") -> Tag:
        """A new element for the next block of this scope."""
        return Tag(role, f"{self.scope}/{self.blocks_written}")

    def plain_block(
        self, text: str, block: QTextBlockFormat, *, bold: bool = False, role: str = "P"
    ) -> None:
        """A block of unmarked text (labels, generated sentences): one *role* element."""
        self._lists.clear()
        self._list_tags.clear()
        self.new_block(block, bold, path=(self.block_tag(role),))
        if text:
            text = self._breakable(insertable(text))
            self.cursor.insertText(text, self.formats.get(Marks(), bold=bold))

    def _breakable(self, text: str) -> str:
        """*text* with the break opportunities Qt needs to break long words in linear time."""
        text, self._unbroken = with_breaks(text, self._unbroken)
        return text

    def runs(self, content: tuple[Run, ...] | list[Run], *, bold: bool = False) -> None:
        """Write runs in the current block, links bracketed as Link elements. Citations
        become links here, at output time (``checks.citation_links``)."""
        cursor = self.cursor
        for run in link_runs(content):
            char = self.formats.get(run.marks, bold=bold)
            text = self._breakable(insertable(run.text))
            if run.marks.link is None or not self._path:
                cursor.insertText(text, char)
                continue
            tag = link_tag(f"{self._path[-1].key}/a{cursor.positionInBlock()}", run.marks.link)
            insert_marker(cursor, Mark((*self._path, tag)))
            cursor.insertText(text, char)
            insert_marker(cursor, Mark(self._path))

    def rich_text(
        self,
        text: RichText,
        *,
        bold: bool = False,
        footnote_number: FootnoteFormat | None = None,
        on_footnote: FootnoteSink | None = None,
        last_gap: float | None = None,
    ) -> None:
        """Write every block of *text*; list items are spaced tight, paragraphs apart.
        Footnote marks are objects in the format *footnote_number* gives (none: left out).

        *last_gap* overrides the space after the final block (None: the paragraph gap).
        """
        blocks = text.blocks
        for index, block in enumerate(blocks):
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            gap = self.style.paragraph_gap
            if block.list_kind is not None and following is not None and following.list_kind:
                gap = 0.0
            if following is None and last_gap is not None:
                gap = last_gap
            self._block(block, gap, bold, footnote_number, on_footnote)
        self._lists.clear()

    def _block(
        self,
        block: Block,
        gap: float,
        bold: bool,
        footnote_number: FootnoteFormat | None,
        on_footnote: FootnoteSink | None,
    ) -> None:
        path = self._block_path(block)
        prefix = "Lbl" if block.list_kind is not None else ""
        self.new_block(block_format(self.style.leading, bottom=gap), bold, path=path, prefix=prefix)
        if block.list_kind is None:
            self._lists.clear()
        else:
            self._join_list(block)
        cursor = self.cursor
        runs: list[Run] = []
        for item in block.content:
            if isinstance(item, Run):
                runs.append(item)
                continue
            self.runs(runs, bold=bold)
            runs = []
            if footnote_number is None:
                continue
            if on_footnote is not None:
                on_footnote(item, cursor.position())
            # The number object is the mark's Link element too (see notenumbers).
            cursor.insertText(OBJECT_CHARACTER, footnote_number(item, path))
            insert_marker(cursor, Mark(path))
        self.runs(runs, bold=bold)

    def _block_path(self, block: Block) -> Path:
        """The structure path of *block*: a P, or a list item's body inside its list (and a
        nested list inside its parent item's body)."""
        tag = self.block_tag()
        if block.list_kind is None:
            self._list_tags.clear()
            return (tag,)
        level = block.level
        for deeper in [known for known in self._list_tags if known > level]:
            del self._list_tags[deeper]
        current = self._list_tags.get(level)
        same_list = self._lists.get(level)
        if current is None or same_list is None or same_list[0] is not block.list_kind:
            list_tag = Tag("L", f"{tag.key}/L")
        else:
            list_tag = current[0]
        item = Tag("LI", f"{tag.key}/LI")
        body = Tag("LBody", tag.key)
        self._list_tags[level] = (list_tag, item, body)
        path: list[Tag] = []
        for known in sorted(self._list_tags):
            if known < level:
                path.extend(self._list_tags[known])
        return (*path, list_tag, item, body)

    def _join_list(self, block: Block) -> None:
        assert block.list_kind is not None
        for deeper in [level for level in self._lists if level > block.level]:
            del self._lists[deeper]
        current = self._lists.get(block.level)
        if current is not None and current[0] is block.list_kind:
            current[1].add(self.cursor.block())
            return
        list_format = QTextListFormat()
        styles = _LIST_STYLES[block.list_kind]
        list_format.setStyle(styles[block.level % len(styles)])
        list_format.setIndent(block.level + 1)
        self._lists[block.level] = (block.list_kind, self.cursor.createList(list_format))


def keep_property() -> int:
    """The block property id marking a block that must stay on the page of the next one."""
    return int(QTextFormat.Property.UserProperty.value) + 1
