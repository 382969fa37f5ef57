"""The letter as a Word document: page 1's letterhead, the body, the questions and answers,
running header, page numbers, footnotes and properties, all from the house-style profile.

Placement follows the PDF: the return address, the addressee and the reference column are
page-anchored frames on page 1 (``w:framePr``, which Word and LibreOffice both place at the
given page coordinates); the ministry name and logo stand in frames in the first-page header;
pages 2 and later carry Datum and Onze referentie in a frame in the running header; every
page has "Pagina N van M" (PAGE and NUMPAGES fields) in a frame in its footer. Everything else
flows in named styles.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import docx
from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml import parse_xml
from docx.section import _Footer, _Header
from docx.shared import Mm
from docx.text.paragraph import Paragraph

from answerletter import APP_NAME, __version__
from answerletter.checks.citation_links import link_runs
from answerletter.exporters.docx import wml
from answerletter.exporters.docx.numbering import ListNumbering
from answerletter.exporters.docx.properties import custom_properties_xml
from answerletter.exporters.docx.styles import IDS, LANGUAGE
from answerletter.layout.items import BodySource, ItemKind, item_specs
from answerletter.layout.letterhead_lines import (
    Line,
    date_text,
    document_author,
    effective_sender,
    reference_lines,
    running_header_lines,
)
from answerletter.layout.profile import Box, Profile
from answerletter.model import wording
from answerletter.model.letter import Answer, Letter, Question
from answerletter.model.richtext import PLAIN as _PLAIN
from answerletter.model.richtext import Footnote, Inline, RichText, Run

_PAGE_PLACEHOLDERS = re.compile(r"\{n\}|\{m\}")


class _Links:
    """Relationship ids of external hyperlinks, registered in the part whose text holds them."""

    def __init__(self, part: Part) -> None:
        self._part = part
        self._ids: dict[str, str] = {}

    def __call__(self, url: str) -> str:
        rid = self._ids.get(url)
        if rid is None:
            rid = self._part.relate_to(url, RT.HYPERLINK, is_external=True)
            self._ids[url] = rid
        return rid


class _Writer:
    """Collects the body's paragraphs and the footnotes, as WordprocessingML text."""

    def __init__(self, body_links: _Links, note_links: _Links, note_indent: bool) -> None:
        self.paragraphs: list[str] = []
        self._note_indent = note_indent
        self.footnotes: list[str] = []
        self.lists = ListNumbering()
        self._body_links = body_links
        self._note_links = note_links

    def plain(self, style: str, text: str = "", frame: str = "") -> None:
        self.lists.end_lists()
        content = wml.run(text, _PLAIN) if text else ""
        self.paragraphs.append(wml.paragraph(style, content, frame))

    def rich(self, text: RichText, style: str, list_style: str) -> None:
        for block in text.blocks:
            numbering = self.lists.properties(block)
            chosen = list_style if numbering else style
            self.paragraphs.append(wml.paragraph(chosen, self._inline(block.content), numbering))
        self.lists.end_lists()

    def _inline(self, content: Iterable[Inline]) -> str:
        out: list[str] = []
        pending: list[Run] = []
        for item in content:
            if isinstance(item, Run):
                pending.append(item)
                continue
            out.append(wml.runs(link_runs(pending), self._body_links, IDS.hyperlink))
            pending = []
            out.append(self._footnote(item))
        # Citations become links here too, derived at output time (checks.citation_links).
        out.append(wml.runs(link_runs(pending), self._body_links, IDS.hyperlink))
        return "".join(out)

    def _footnote(self, note: Footnote) -> str:
        """The reference at the mark; the note itself goes to the footnotes part. Word
        numbers footnotes in document order, which is the letter's reading order."""
        number = len(self.footnotes) + 1
        body = wml.runs(link_runs(note.body), self._note_links, IDS.hyperlink)
        # Like the PDF: a superscript number and a space, or (with the profile's hanging
        # indent) a plain number and a tab to the indent.
        if self._note_indent:
            style, gap = IDS.footnote_number, "<w:tab/>"
        else:
            style, gap = IDS.footnote_reference, '<w:t xml:space="preserve"> </w:t>'
        self.footnotes.append(
            f'<w:footnote {wml.NAMESPACES} w:id="{number}">'
            f'<w:p><w:pPr><w:pStyle w:val="{IDS.footnote_text}"/></w:pPr>'
            f'<w:r><w:rPr><w:rStyle w:val="{style}"/></w:rPr><w:footnoteRef/></w:r>'
            f"<w:r>{gap}</w:r>{body}</w:p></w:footnote>"
        )
        return (
            f'<w:r><w:rPr><w:rStyle w:val="{IDS.footnote_reference}"/></w:rPr>'
            f'<w:footnoteReference w:id="{number}"/></w:r>'
        )


def _frame(box: Box) -> str:
    return wml.frame(box.x, box.y, box.width)


#: Where Word and LibreOffice put the first baseline below a frame's top, as a share of the
#: font size (measured in LibreOffice's rendering: 7.3 pt for 10 pt on a 12 pt line).
BASELINE_SHARE = 0.75


def _baseline_frame(box: Box, size: float) -> str:
    """A frame whose first line's baseline stands at the box's y (how the profile places
    the ministry's name)."""
    top = box.y - BASELINE_SHARE * size * 25.4 / 72
    return wml.frame(box.x, top, box.width)


def _lines(writer: list[str], lines: list[Line], styles: tuple[str, str, str], frame: str) -> None:
    """Small-type lines (reference column, running header) as framed paragraphs."""
    plain, bold, italic = styles
    for text, marks in lines:
        style = bold if marks.bold else italic if marks.italic else plain
        content = wml.run(text, _PLAIN) if text else ""
        writer.append(wml.paragraph(style, content, frame))


def _first_page(writer: _Writer, letter: Letter, profile: Profile) -> None:
    """The framed parts of page 1 and the Datum and Betreft lines."""
    metadata, geometry, labels = letter.metadata, profile.geometry, profile.labels
    sender = effective_sender(metadata, profile)
    if sender.return_address:
        text = labels.return_address.format(address=sender.return_address)
        writer.plain(IDS.return_address, text, _frame(geometry.return_address))
    for line in metadata.addressee:
        writer.plain(IDS.addressee, line, _frame(geometry.addressee))
    styles = (IDS.reference, IDS.reference_label, IDS.reference_note)
    _lines(
        writer.paragraphs,
        reference_lines(metadata, profile),
        styles,
        _frame(geometry.reference_column),
    )
    writer.plain(IDS.date_line, f"{labels.date}\t{date_text(metadata)}")
    writer.plain(IDS.subject_line, f"{labels.subject}\t{wording.betreft(metadata)}")


def _body(writer: _Writer, source: BodySource) -> None:
    before = len(writer.paragraphs)
    writer.rich(source.offering, IDS.body, IDS.body_list)
    writer.rich(source.body.paragraphs, IDS.body, IDS.body_list)
    if source.body.closing:
        writer.plain(IDS.closing, source.body.closing)
    for signatory in source.metadata.signatories:
        office, name = wording.signature_lines(signatory)
        writer.plain(IDS.signature_office, office)
        writer.plain(IDS.signature_name, name)
    if len(writer.paragraphs) == before:
        writer.plain(IDS.body)


def _flow(writer: _Writer, letter: Letter, profile: Profile) -> None:
    """The flowing text in the typesetter's order, with its labels (``item_specs``)."""
    for spec in item_specs(letter, profile.labels):
        if spec.kind is ItemKind.BODY:
            assert isinstance(spec.source, BodySource)
            _body(writer, spec.source)
        elif spec.kind is ItemKind.HEADING:
            writer.plain(IDS.questions_heading, spec.extra)
        elif isinstance(spec.source, Question):
            writer.plain(IDS.question_label, spec.label)
            writer.rich(spec.source.text, IDS.question, IDS.question_list)
        else:
            answer = spec.source
            assert isinstance(answer, Answer)
            writer.plain(IDS.answer_label, spec.label)
            if spec.extra:
                writer.plain(IDS.answer, spec.extra)
            writer.rich(answer.text, IDS.answer, IDS.answer_list)


def _page_number(profile: Profile, number: int, count: int) -> str:
    """ "Pagina N van M" with PAGE and NUMPAGES fields holding the right cached numbers."""
    label = profile.labels.page_number
    out: list[str] = []
    position = 0
    for found in _PAGE_PLACEHOLDERS.finditer(label):
        if found.start() > position:
            out.append(wml.run(label[position : found.start()], _PLAIN))
        if found.group() == "{n}":
            out.append(wml.field("PAGE", str(number)))
        else:
            out.append(wml.field("NUMPAGES", str(count)))
        position = found.end()
    if position < len(label):
        out.append(wml.run(label[position:], _PLAIN))
    return wml.paragraph(IDS.page_number, "".join(out), _frame(profile.geometry.page_number))


def _fill(story: _Header | _Footer, paragraphs: list[str], closing_style: str) -> None:
    """Replace a header's or footer's content by *paragraphs* and an empty closing one
    (frames are anchored to it; Word ends every story with a plain paragraph)."""
    element = story._element
    for child in list(element):
        element.remove(child)
    xml = "".join([*paragraphs, wml.paragraph(closing_style)])
    for child in parse_xml(f"<w:hdr {wml.NAMESPACES}>{xml}</w:hdr>"):
        element.append(child)


@dataclass(frozen=True, slots=True)
class LogoPicture:
    """The organisation's logo as a picture: PNG (or JPEG) bytes and its size on the page in
    mm. The caller renders it (the typesetter reads SVG; Word pictures here are raster)."""

    data: bytes
    width: float
    height: float


_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_EMU_PER_MM = 36000


def _logo(header: _Header, profile: Profile, logo: LogoPicture) -> None:
    """The logo in the first-page header, centred in the profile's box at its top, as the
    PDF places it: a picture anchored to the page (a frame around an inline picture lands
    3 mm off in LibreOffice)."""
    box = profile.geometry.logo
    left = box.x + (box.width - logo.width) / 2
    element = header._element
    (paragraph,) = parse_xml(f"<w:hdr {wml.NAMESPACES}>{wml.paragraph(IDS.logo)}</w:hdr>")
    element.insert(0, paragraph)
    run = Paragraph(paragraph, header).add_run()
    run.add_picture(io.BytesIO(logo.data), width=Mm(logo.width), height=Mm(logo.height))
    inline = run._element.find(f".//{{{_WP}}}inline")
    assert inline is not None
    anchor = parse_xml(
        f'<wp:anchor xmlns:wp="{_WP}" distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        'relativeHeight="1" behindDoc="0" locked="1" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="page"><wp:posOffset>{round(left * _EMU_PER_MM)}'
        "</wp:posOffset></wp:positionH>"
        f'<wp:positionV relativeFrom="page"><wp:posOffset>{round(box.y * _EMU_PER_MM)}'
        "</wp:posOffset></wp:positionV></wp:anchor>"
    )
    children = list(inline)
    extent, rest = children[0], children[1:]
    anchor.append(extent)
    anchor.append(parse_xml(f'<wp:effectExtent xmlns:wp="{_WP}" l="0" t="0" r="0" b="0"/>'))
    anchor.append(parse_xml(f'<wp:wrapNone xmlns:wp="{_WP}"/>'))
    for child in rest:
        anchor.append(child)
    inline.getparent().replace(inline, anchor)


def _headers_and_footers(
    document: Document, letter: Letter, profile: Profile, pages: int, logo: LogoPicture | None
) -> None:
    metadata, geometry = letter.metadata, profile.geometry
    section = document.sections[0]
    section.different_first_page_header_footer = True
    sender = effective_sender(metadata, profile)
    first: list[str] = []
    if sender.ministry:
        first.append(
            wml.paragraph(
                IDS.ministry,
                wml.run(sender.ministry, _PLAIN),
                _baseline_frame(geometry.ministry_name, profile.fonts.ministry_size),
            )
        )
    section.first_page_header.is_linked_to_previous = False
    _fill(section.first_page_header, first, IDS.header)
    if logo is not None:
        _logo(section.first_page_header, profile, logo)
    running: list[str] = []
    styles = (IDS.running_header, IDS.running_header_label, IDS.running_header)
    _lines(
        running,
        running_header_lines(metadata, profile),
        styles,
        _frame(geometry.next_reference_column),
    )
    section.header.is_linked_to_previous = False
    _fill(section.header, running, IDS.header)
    section.first_page_footer.is_linked_to_previous = False
    _fill(section.first_page_footer, [_page_number(profile, 1, pages)], IDS.footer)
    section.footer.is_linked_to_previous = False
    # One footer serves pages 2..M, so its PAGE result can be right for one page only: page 2,
    # where it first appears. Word and LibreOffice recompute it on every page anyway.
    _fill(section.footer, [_page_number(profile, min(2, pages), pages)], IDS.footer)


def _properties(document: Document, letter: Letter, profile: Profile, now: datetime) -> None:
    metadata = letter.metadata
    core = document.core_properties
    core.title = wording.betreft(metadata)
    author = document_author(metadata, profile)
    core.author = author
    # Never a person's name: the letter speaks for the ministry.
    core.last_modified_by = author
    core.created = now
    core.modified = now
    core.language = LANGUAGE
    core.revision = 1
    package = document.part.package
    element = parse_xml(custom_properties_xml(metadata))
    part = XmlPart(PackURI("/docProps/custom.xml"), CT.OFC_CUSTOM_PROPERTIES, element, package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)


def _footnotes_part(document: Document) -> XmlPart:
    """The footnotes part with Word's two separator notes (ids -1 and 0)."""
    separators = (
        f"<w:footnotes {wml.NAMESPACES}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr>'
        "<w:r><w:separator/></w:r></w:p></w:footnote>"
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr>'
        '<w:pStyle w:val="Normal"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>'
        "</w:footnote></w:footnotes>"
    )
    part = XmlPart(
        PackURI("/word/footnotes.xml"),
        CT.WML_FOOTNOTES,
        parse_xml(separators),
        document.part.package,
    )
    document.part.relate_to(part, RT.FOOTNOTES)
    return part


def build_document(
    letter: Letter,
    profile: Profile,
    *,
    page_count: int,
    now: datetime,
    logo: LogoPicture | None = None,
) -> Document:
    """The letter as a python-docx document (see :func:`docx_bytes`)."""
    from answerletter.exporters.docx.base import base_package

    document = docx.Document(io.BytesIO(base_package(profile, f"{APP_NAME} {__version__}")))
    notes_part = _footnotes_part(document)
    note_indent = profile.geometry.footnote_indent > 0
    writer = _Writer(_Links(document.part), _Links(notes_part), note_indent)
    _first_page(writer, letter, profile)
    _flow(writer, letter, profile)
    body = document.element.body
    section_properties = body[-1]
    for child in parse_xml(f"<w:body {wml.NAMESPACES}>{''.join(writer.paragraphs)}</w:body>"):
        section_properties.addprevious(child)
    notes = notes_part.element
    if writer.footnotes:
        for child in parse_xml(
            f"<w:footnotes {wml.NAMESPACES}>{''.join(writer.footnotes)}</w:footnotes>"
        ):
            notes.append(child)
    if writer.lists.instances:
        numbering = document.part.numbering_part.element
        xml = writer.lists.instances_xml()
        for child in parse_xml(f"<w:numbering {wml.NAMESPACES}>{xml}</w:numbering>"):
            numbering.append(child)
    _headers_and_footers(document, letter, profile, max(1, page_count), logo)
    _properties(document, letter, profile, now)
    return document
