"""Writes a Letter as .kvb XML: deterministic and diff-friendly.

The same letter always gives the same bytes: fixed element and attribute order, two-space
indentation, LF line ends, one line per paragraph, empty parts left out. A one-word edit
therefore changes one line of the file.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from lxml import etree

from answerletter import APP_NAME, __version__
from answerletter.fileformat.errors import KvbError, Problem
from answerletter.fileformat.names import FORMAT_VERSION, NAMESPACE, NS
from answerletter.model import (
    Answer,
    Block,
    Body,
    Footnote,
    Letter,
    Metadata,
    Office,
    Question,
    RichText,
    Run,
    Script,
)
from answerletter.model.consistency import check_consistency
from answerletter.model.richtext import LINE_BREAK, clean_plain, clean_text

_INDENT = "  "


def write_letter_bytes(letter: Letter) -> bytes:
    """The letter as UTF-8 .kvb bytes. Raises KvbError for a letter the reader would refuse."""
    problems = check_consistency(letter)
    if problems:
        raise KvbError([Problem(f"The letter is inconsistent: {p}") for p in problems])
    root = etree.Element(
        f"{NS}letter",
        {"format-version": FORMAT_VERSION, "application": f"{APP_NAME} {__version__}"},
        nsmap={None: NAMESPACE},
    )
    _metadata(root, letter.metadata)
    _body(root, letter.body)
    _questions(root, letter)
    _indent(root, 0)
    data: bytes = etree.tostring(root, encoding="UTF-8", xml_declaration=True)
    return data + b"\n"


# -- structure --


def _child(parent: etree._Element, tag: str, text: str | None = None) -> etree._Element:
    element = etree.SubElement(parent, f"{NS}{tag}")
    if text:
        element.text = clean_plain(text)
    return element


def _optional(parent: etree._Element, tag: str, text: str) -> None:
    if text:
        _child(parent, tag, text)


def _lines(parent: etree._Element, tag: str, lines: Iterable[str], *, always: bool) -> None:
    lines = tuple(lines)
    if lines or always:
        element = _child(parent, tag)
        for line in lines:
            _child(element, "line", line)


def _date(parent: etree._Element, tag: str, value: date | None) -> None:
    if value is not None:
        _child(parent, tag, value.isoformat())


def _office_attributes(element: etree._Element, office: Office) -> None:
    element.set("title", clean_plain(office.title))
    if office.portfolio:
        element.set("portfolio", clean_plain(office.portfolio))


def _offices(parent: etree._Element, tag: str, offices: tuple[Office, ...]) -> None:
    if offices:
        group = _child(parent, tag)
        for office in offices:
            _office_attributes(_child(group, "office"), office)


def _metadata(root: etree._Element, meta: Metadata) -> None:
    element = _child(root, "metadata")
    sender = _child(element, "sender")
    _optional(sender, "ministry", meta.sender.ministry)
    _optional(sender, "unit", meta.sender.unit)
    _lines(sender, "visiting-address", meta.sender.visiting_address, always=False)
    _lines(sender, "postal-address", meta.sender.postal_address, always=False)
    _optional(sender, "return-address", meta.sender.return_address)
    _optional(sender, "website", meta.sender.website)
    _optional(sender, "logo", meta.sender.logo)
    _lines(element, "addressee", meta.addressee, always=True)
    _optional(element, "our-reference", meta.our_reference)
    _optional(element, "your-reference", meta.your_reference)
    _date(element, "letter-date", meta.letter_date)
    _optional(element, "subject", meta.subject)
    if meta.betreft is not None:
        _child(element, "betreft", meta.betreft)
    _date(element, "submitted", meta.submitted)
    if meta.members:
        members = _child(element, "members")
        for member in meta.members:
            item = _child(members, "member", member.name)
            if member.party:
                item.set("party", clean_plain(member.party))
    _offices(element, "addressed-to", meta.addressed_to)
    if meta.signatories:
        signatories = _child(element, "signatories")
        for signatory in meta.signatories:
            _office_attributes(_child(signatories, "signatory", signatory.name), signatory.office)
    _offices(element, "on-behalf-of", meta.on_behalf_of)
    if meta.postponement is not None:
        postponement = _child(element, "postponement")
        postponement.set("sent", meta.postponement.sent.isoformat())
        if meta.postponement.expected is not None:
            postponement.set("expected", meta.postponement.expected.isoformat())
        _optional(postponement, "reason", meta.postponement.reason)
    if meta.attachments:
        attachments = _child(element, "attachments")
        for attachment in meta.attachments:
            _child(attachments, "attachment", attachment)
    _optional(element, "classification", meta.classification)


def _body(root: etree._Element, body: Body) -> None:
    element = _child(root, "body")
    if body.offering is not None:
        _rich_text(_child(element, "offering"), body.offering)
    if body.paragraphs.blocks:
        _rich_text(_child(element, "paragraphs"), body.paragraphs)
    _optional(element, "closing", body.closing)


def _questions(root: etree._Element, letter: Letter) -> None:
    element = _child(root, "questions")
    for item in letter.presentation():
        if isinstance(item, Question):
            question = _child(element, "question")
            question.set("id", item.id)
            question.set("number", str(item.number))
            _rich_text(question, item.text)
        else:
            _answer(element, item)


def _answer(parent: etree._Element, answer: Answer) -> None:
    element = _child(parent, "answer")
    element.set("id", answer.id)
    element.set("questions", " ".join(answer.questions))
    if answer.refers_to is not None:
        element.set("refers-to", answer.refers_to)
    _rich_text(element, answer.text)


# -- rich text --


def _rich_text(parent: etree._Element, text: RichText) -> None:
    for block in text.blocks:
        _block(parent, block)


def _block(parent: etree._Element, block: Block) -> None:
    if block.list_kind is None:
        element = _child(parent, "p")
    else:
        element = _child(parent, "li")
        element.set("list", block.list_kind.value)
        if block.level:
            element.set("level", str(block.level))
    for item in block.content:
        if isinstance(item, Footnote):
            note = etree.SubElement(element, f"{NS}note", id=item.id)
            _runs(note, item.body)
        else:
            _runs(element, (item,))


def _runs(parent: etree._Element, runs: Iterable[Run]) -> None:
    """Append runs as mixed content: text, with each run's marks as nested elements in the
    fixed order a > b > i > u > sup/sub, and soft line breaks as <br/>."""
    for run in runs:
        target = parent
        marks = run.marks
        if marks.link is not None:
            target = etree.SubElement(target, f"{NS}a", href=marks.link)
        for tag, on in (("b", marks.bold), ("i", marks.italic), ("u", marks.underline)):
            if on:
                target = etree.SubElement(target, f"{NS}{tag}")
        if marks.script is Script.SUPER:
            target = etree.SubElement(target, f"{NS}sup")
        elif marks.script is Script.SUB:
            target = etree.SubElement(target, f"{NS}sub")
        _append_text(target, run.text)


def _append_text(element: etree._Element, text: str) -> None:
    """Add *text* at the end of *element*'s content, soft line breaks as <br/> elements."""
    pieces = clean_text(text).split(LINE_BREAK)
    for index, piece in enumerate(pieces):
        if index:
            etree.SubElement(element, f"{NS}br")
        if piece:
            _append_plain(element, piece)


def _append_plain(element: etree._Element, text: str) -> None:
    children = list(element)
    if children:
        last = children[-1]
        last.tail = (last.tail or "") + text
    else:
        element.text = (element.text or "") + text


# -- layout of the file --

_STRUCTURAL_PARENTS = {
    f"{NS}{tag}"
    for tag in (
        "letter", "metadata", "sender", "visiting-address", "postal-address", "addressee",
        "members", "addressed-to", "signatories", "on-behalf-of", "postponement",
        "attachments", "body", "offering", "paragraphs", "questions", "question", "answer",
    )
}  # fmt: skip


def _indent(element: etree._Element, depth: int) -> None:
    """Indent structural elements only; mixed content (paragraphs) is never touched."""
    if element.tag not in _STRUCTURAL_PARENTS:
        return
    children = list(element)
    if not children:
        return
    inner = "\n" + _INDENT * (depth + 1)
    element.text = inner
    for child in children:
        _indent(child, depth + 1)
        child.tail = inner
    children[-1].tail = "\n" + _INDENT * depth
