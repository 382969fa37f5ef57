"""The fixed parts of the pages: letterhead and reference column of page 1, the running header
of later pages, and the page numbers. Each part is a small laid-out document at a position."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF
from PySide6.QtGui import QTextCursor, QTextDocument

from answerletter.layout.breaks import with_breaks
from answerletter.layout.letterhead_lines import (
    PLAIN,
    Line,
    date_text,
    effective_sender,
    reference_lines,
    running_header_lines,
)
from answerletter.layout.logo import Logo, load_logo
from answerletter.layout.profile import Profile
from answerletter.layout.tags import END, Mark, Tag, insert_marker
from answerletter.layout.textwriter import (
    CharFormats,
    TextStyle,
    block_format,
    insertable,
    new_document,
    writing,
)
from answerletter.layout.units import mm
from answerletter.model import wording
from answerletter.model.metadata import Metadata


@dataclass(frozen=True, slots=True)
class Placed:
    """A laid-out document whose top-left corner stands at (x, y) dots on the page."""

    document: QTextDocument
    x: float
    y: float
    #: Page furniture (running header, page number): an artifact in a tagged PDF.
    artifact: bool = False


@dataclass(slots=True)
class PageFurniture:
    """Everything on a page that is not the flowing text."""

    parts: list[Placed] = field(default_factory=list)
    logo: Logo | None = None
    #: The box (dots) the logo is fitted into.
    logo_box: QRectF = field(default_factory=QRectF)
    #: The logo's alternate text for screen readers.
    logo_description: str = ""


def text_block(
    lines: list[Line], style: TextStyle, width: float, tags: Sequence[Tag | None] = ()
) -> QTextDocument:
    """A document of one block per line on the style's leading ("" gives an empty line);
    line *i*'s text belongs to the structure element ``tags[i]`` (none: not tagged)."""
    document = new_document(style, width)
    formats = CharFormats(style)
    with writing(QTextCursor(document)) as cursor:
        for index, (line, marks) in enumerate(lines):
            block = block_format(style.leading)
            if index == 0:
                cursor.setBlockFormat(block)
            else:
                cursor.insertBlock(block, formats.get(PLAIN))
            tag = tags[index] if index < len(tags) else None
            text = with_breaks(insertable(line))[0]
            if text and tag is not None:
                insert_marker(cursor, Mark((tag,)))
                cursor.insertText(text, formats.get(marks))
                insert_marker(cursor, END)
            elif text:
                cursor.insertText(text, formats.get(marks))
    return document


class TextBlocks:
    """The :func:`text_block` documents of the last furnishing of a layout's pages, given
    again when the same lines are asked for at the same place: a keystroke in Betreft lays
    out that one part again, not the letterhead's nine. (The documents are only painted
    once laid out, so a part may be shown by two versions of the pages.)"""

    def __init__(self) -> None:
        self._last: dict[tuple[object, ...], QTextDocument] = {}
        self._now: dict[tuple[object, ...], QTextDocument] = {}

    def get(
        self, lines: list[Line], style: TextStyle, width: float, tags: Sequence[Tag | None] = ()
    ) -> QTextDocument:
        # (A layout's styles live as long as it: known by identity, their fonts unhashable.)
        key = (tuple(lines), id(style), width, tuple(tags))
        document = self._now.get(key)
        if document is None:
            document = self._last.get(key)
        if document is None:
            document = text_block(lines, style, width, tags)
        self._now[key] = document
        return document

    def done(self) -> None:
        """A furnishing is complete: only its documents are kept for the next."""
        self._last, self._now = self._now, {}


def paragraphs(lines: list[Line], key: str) -> list[Tag | None]:
    """One paragraph element per group of lines between empty lines."""
    tags: list[Tag | None] = []
    group = 0
    for text, _ in lines:
        if text:
            tags.append(Tag("P", f"{key}/{group}"))
        else:
            group += 1
            tags.append(None)
    return tags


def first_baseline(document: QTextDocument) -> float:
    """The baseline of the document's first line, below its top (dots)."""
    layout = document.begin().layout()
    line = layout.lineAt(0)
    return float(layout.position().y() + line.y() + line.ascent())


@dataclass(frozen=True, slots=True)
class Styles:
    body: TextStyle
    small: TextStyle
    ministry: TextStyle


def first_page(
    metadata: Metadata, profile: Profile, styles: Styles, blocks: TextBlocks | None = None
) -> tuple[PageFurniture, float]:
    """Page 1's letterhead and the y (dots) where its flowing text starts (its parts taken
    from *blocks* where they are the same as before)."""
    make = blocks.get if blocks is not None else text_block
    geometry, labels = profile.geometry, profile.labels
    sender = effective_sender(metadata, profile)
    page = PageFurniture()

    def place(
        lines: list[Line],
        style: TextStyle,
        x: float,
        y: float,
        width: float,
        *tags: Tag | None,
    ) -> float:
        document = make(lines, style, mm(width), tags)
        page.parts.append(Placed(document, mm(x), mm(y)))
        return mm(y) + float(document.size().height())

    if sender.logo:
        logo = load_logo(sender.logo)
        if logo is not None:
            box = geometry.logo
            page.logo = logo
            page.logo_box = QRectF(mm(box.x), mm(box.y), mm(box.width), mm(box.height))
            page.logo_description = (
                profile.logo_description or " ".join(("Logo", sender.ministry)).strip()
            )
    # Parts are placed (and so painted and tagged) in reading order: the letterhead, the
    # reference column, the address window, Datum and Betreft.
    if sender.ministry:
        box = geometry.ministry_name
        tags = [Tag("P", "lh:ministry")]
        document = make([(sender.ministry, PLAIN)], styles.ministry, mm(box.width), tags)
        page.parts.append(Placed(document, mm(box.x), mm(box.y) - first_baseline(document)))
    box = geometry.reference_column
    column = reference_lines(metadata, profile)
    place(column, styles.small, box.x, box.y, box.width, *paragraphs(column, "lh:column"))
    if sender.return_address:
        box = geometry.return_address
        text = labels.return_address.format(address=sender.return_address)
        place([(text, PLAIN)], styles.small, box.x, box.y, box.width, Tag("P", "lh:return"))
    if metadata.addressee:
        box = geometry.addressee
        addressee = [(line, PLAIN) for line in metadata.addressee]
        tags = [Tag("P", "lh:addressee")] * len(addressee)
        place(addressee, styles.body, box.x, box.y, box.width, *tags)

    left, top = geometry.body_left, geometry.date_subject_top
    label_width = geometry.date_subject_label_width
    leading = styles.body.leading
    value_x, value_width = left + label_width, geometry.body_width - label_width
    subject_top = top + leading / mm(1)
    # Label and value are one paragraph each ("Datum 10 juli 2026").
    date_tag, subject_tag = Tag("P", "lh:date"), Tag("P", "lh:subject")
    place([(labels.date, PLAIN)], styles.body, left, top, label_width, date_tag)
    place([(date_text(metadata), PLAIN)], styles.body, value_x, top, value_width, date_tag)
    place([(labels.subject, PLAIN)], styles.body, left, subject_top, label_width, subject_tag)
    subject = [(wording.betreft(metadata), PLAIN)]
    bottom = place(subject, styles.body, value_x, subject_top, value_width, subject_tag)
    body_top = max(
        mm(geometry.first_body_top), bottom + geometry.blank_lines_after_subject * leading
    )
    return page, body_top


def next_page(
    metadata: Metadata, profile: Profile, styles: Styles, blocks: TextBlocks | None = None
) -> PageFurniture:
    """The running header of pages 2 and later: Datum and Onze referentie in the right column
    (taken from *blocks* when it is the same as before)."""
    make = blocks.get if blocks is not None else text_block
    box = profile.geometry.next_reference_column
    document = make(running_header_lines(metadata, profile), styles.small, mm(box.width))
    return PageFurniture(parts=[Placed(document, mm(box.x), mm(box.y), artifact=True)])


class PageNumbers:
    """ "Pagina N van M" in the page-number box: one document, its text set for each page.

    A fresh document per page cost about a quarter of a millisecond, a tenth of a long
    letter's export; the document is the same as a fresh one after the text is replaced.
    """

    def __init__(self, profile: Profile, styles: Styles) -> None:
        box = profile.geometry.page_number
        self._label = profile.labels.page_number
        self._document = text_block([("", PLAIN)], styles.small, mm(box.width))
        self._format = CharFormats(styles.small).get(PLAIN)
        self._cursor = QTextCursor(self._document)
        self._text = ""
        self._part = Placed(self._document, mm(box.x), mm(box.y), artifact=True)

    def text(self, number: int, count: int | str) -> str:
        """What the box reads on page *number* of *count*."""
        return self._label.format(n=number, m=count)

    def part(self, number: int, count: int | str) -> Placed:
        """The box showing page *number* of *count* (a number, or a mark while the total is
        not known yet), valid until the next call."""
        text = self.text(number, count)
        if text != self._text:
            self._cursor.select(QTextCursor.SelectionType.Document)
            self._cursor.insertText(text, self._format)
            self._text = text
        return self._part
