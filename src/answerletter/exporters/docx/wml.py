"""WordprocessingML as text: paragraphs, runs with the model's marks, hyperlinks, fields.

The letter's paragraphs are emitted as XML text and parsed once (like the .kvb writer): a
thousand-question letter has some ten thousand runs, and building them element by element
through python-docx would cost most of the export. Everything here escapes what it writes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from xml.sax.saxutils import escape, quoteattr

from answerletter.model.richtext import LINE_BREAK, Marks, Run, Script

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NAMESPACES = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'

TWIPS_PER_MM = 1440 / 25.4


def twips(millimetres: float) -> int:
    """A length in twentieths of a point (Word's unit for page geometry and indents)."""
    return round(millimetres * TWIPS_PER_MM)


def pt_twips(points: float) -> int:
    """Points as twentieths of a point (spacing and line heights)."""
    return round(points * 20)


def half_points(points: float) -> int:
    """Font sizes are given in half points."""
    return round(points * 2)


def text(value: str) -> str:
    """Escaped element text."""
    return escape(value)


def attr(value: str) -> str:
    """A quoted, escaped attribute value."""
    return quoteattr(value)


def _run_properties(marks: Marks, style: str = "") -> str:
    parts = [f'<w:rStyle w:val="{style}"/>'] if style else []
    if marks.bold:
        parts.append("<w:b/><w:bCs/>")
    if marks.italic:
        parts.append("<w:i/><w:iCs/>")
    if marks.underline:
        parts.append('<w:u w:val="single"/>')
    if marks.script is Script.SUPER:
        parts.append('<w:vertAlign w:val="superscript"/>')
    elif marks.script is Script.SUB:
        parts.append('<w:vertAlign w:val="subscript"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


_BREAKS = re.compile(f"([\t{LINE_BREAK}])")
_BREAK_ELEMENTS = {"\t": "<w:tab/>", LINE_BREAK: "<w:br/>"}


def run(value: str, marks: Marks, style: str = "") -> str:
    """One text run; soft line breaks and tabs in *value* become ``w:br`` and ``w:tab``."""
    properties = _run_properties(marks, style)
    if "\t" not in value and LINE_BREAK not in value:
        return f'<w:r>{properties}<w:t xml:space="preserve">{escape(value)}</w:t></w:r>'
    body = "".join(
        _BREAK_ELEMENTS.get(piece) or f'<w:t xml:space="preserve">{escape(piece)}</w:t>'
        for piece in _BREAKS.split(value)
        if piece
    )
    return f"<w:r>{properties}{body}</w:r>"


#: Gives the relationship id of an external hyperlink target (registered in the right part).
LinkIds = Callable[[str], str]


def runs(items: Iterable[Run], link_id: LinkIds, link_style: str) -> str:
    """Runs in order; a run with a link becomes a ``w:hyperlink`` with the link style."""
    out: list[str] = []
    for item in items:
        if item.marks.link is None:
            out.append(run(item.text, item.marks))
        else:
            rid = link_id(item.marks.link)
            out.append(
                f'<w:hyperlink r:id="{rid}" w:history="1">'
                f"{run(item.text, item.marks, link_style)}</w:hyperlink>"
            )
    return "".join(out)


def paragraph(style: str, content: str = "", extra_properties: str = "") -> str:
    """A paragraph in a named style (its only property besides list membership and frames)."""
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{extra_properties}</w:pPr>{content}</w:p>'


def field(instruction: str, cached: str) -> str:
    """A complex field with its cached result, so a viewer that does not update fields
    still shows the right text."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r><w:t>{escape(cached)}</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def frame(x_mm: float, y_mm: float, width_mm: float) -> str:
    """Frame properties: the paragraph stands at (x, y) from the page's top-left corner.

    Consecutive paragraphs with equal frame properties form one frame in Word and
    LibreOffice; both place page-anchored frames where they are told.
    """
    return (
        f'<w:framePr w:w="{twips(width_mm)}" w:hSpace="0" w:vSpace="0" w:wrap="around" '
        f'w:hAnchor="page" w:vAnchor="page" w:x="{twips(x_mm)}" w:y="{twips(y_mm)}" '
        'w:hRule="auto"/>'
    )
