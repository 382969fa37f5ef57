"""The named styles of the exported letter, from the house-style profile.

Every paragraph of the export has one of these styles and no direct formatting (the model's
marks aside), so a colleague can restyle the whole letter in Word by changing a style. Sizes,
leading and indents come from the same profile the typesetter uses.
"""

from __future__ import annotations

from dataclasses import dataclass

from answerletter.exporters.docx.wml import NAMESPACES, attr, half_points, pt_twips, twips
from answerletter.layout.profile import Profile

LANGUAGE = "nl-NL"


@dataclass(frozen=True, slots=True)
class StyleIds:
    """The style ids the letter writer uses (their display names are in :func:`styles_xml`)."""

    ministry: str = "Ministerie"
    return_address: str = "Retouradres"
    addressee: str = "Adres"
    reference: str = "Referentiegegevens"
    reference_label: str = "Referentiekop"
    reference_note: str = "Referentienoot"
    date_line: str = "Datumregel"
    subject_line: str = "Betreftregel"
    body: str = "Brieftekst"
    body_list: str = "Brieftekstlijst"
    closing: str = "Slotformule"
    signature_office: str = "Ondertekening"
    signature_name: str = "Ondertekenaar"
    questions_heading: str = "Vragenkop"
    question_label: str = "Vraaglabel"
    question: str = "Vraagtekst"
    question_list: str = "Vraagtekstlijst"
    answer_label: str = "Antwoordlabel"
    answer: str = "Antwoordtekst"
    answer_list: str = "Antwoordtekstlijst"
    running_header: str = "LopendeKop"
    running_header_label: str = "LopendeKoplabel"
    page_number: str = "Paginanummer"
    header: str = "Header"
    footer: str = "Footer"
    footnote_text: str = "FootnoteText"
    footnote_reference: str = "FootnoteReference"
    footnote_number: str = "Voetnootnummer"
    hyperlink: str = "Hyperlink"
    logo: str = "Logo"


IDS = StyleIds()


def _font(size: float, leading: float) -> tuple[str, str]:
    """(run properties, paragraph spacing) for a size and an exact leading, in points."""
    size_value = half_points(size)
    return (
        f'<w:sz w:val="{size_value}"/><w:szCs w:val="{size_value}"/>',
        f'w:line="{pt_twips(leading)}" w:lineRule="exact"',
    )


def _paragraph_style(
    style_id: str,
    name: str,
    *,
    based_on: str = "Normal",
    size: tuple[float, float] | None = None,
    before: float = 0.0,
    after: float = 0.0,
    bold: bool = False,
    italic: bool = False,
    keep_next: bool = False,
    page_break_before: bool = False,
    contextual: bool = False,
    indent: tuple[float, float] | None = None,
    tab: float | None = None,
    next_style: str = "",
    single_line: bool = False,
) -> str:
    """A paragraph style; lengths: *before*/*after* in points, *indent* (left, hanging) and
    *tab* in millimetres."""
    run_parts: list[str] = []
    paragraph_parts: list[str] = []
    if keep_next:
        paragraph_parts.append("<w:keepNext/>")
    if page_break_before:
        paragraph_parts.append("<w:pageBreakBefore/>")
    if tab is not None:
        paragraph_parts.append(f'<w:tabs><w:tab w:val="left" w:pos="{twips(tab)}"/></w:tabs>')
    spacing = f'w:before="{pt_twips(before)}" w:after="{pt_twips(after)}"'
    if size is not None:
        run_size, line = _font(*size)
        run_parts.append(run_size)
        spacing += f" {line}"
    elif single_line:
        spacing += ' w:line="240" w:lineRule="auto"'
    paragraph_parts.append(f"<w:spacing {spacing}/>")
    if indent is not None:
        left, hanging = indent
        paragraph_parts.append(f'<w:ind w:left="{twips(left)}" w:hanging="{twips(hanging)}"/>')
    if contextual:
        paragraph_parts.append("<w:contextualSpacing/>")
    if bold:
        run_parts.insert(0, "<w:b/><w:bCs/>")
    if italic:
        run_parts.insert(0, "<w:i/><w:iCs/>")
    following = f'<w:next w:val="{next_style}"/>' if next_style else ""
    return (
        f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{style_id}">'
        f'<w:name w:val={attr(name)}/><w:basedOn w:val="{based_on}"/>{following}<w:qFormat/>'
        f"<w:pPr>{''.join(paragraph_parts)}</w:pPr>"
        f"<w:rPr>{''.join(run_parts)}</w:rPr></w:style>"
    )


def styles_xml(profile: Profile) -> str:
    """The styles part: document defaults (font, size, leading, nl-NL) and the letter's styles."""
    fonts, geometry, ids = profile.fonts, profile.geometry, IDS
    family = attr(fonts.family)
    body = (fonts.body_size, fonts.body_leading)
    small = (fonts.small_size, fonts.small_leading)
    note = (fonts.footnote_size, fonts.footnote_leading)
    gap = fonts.body_leading
    body_size, body_line = _font(*body)
    date_space = max(0.0, geometry.date_subject_top - geometry.next_body_top) * 72 / 25.4
    label_width = geometry.date_subject_label_width
    note_indent = geometry.footnote_indent
    link_color = profile.style.link_color.lstrip("#").upper()
    underline = '<w:u w:val="single"/>' if profile.style.underline_links else ""
    lang = f'<w:lang w:val="{LANGUAGE}" w:eastAsia="{LANGUAGE}" w:bidi="ar-SA"/>'
    p = _paragraph_style
    custom = [
        p(ids.ministry, "Ministerie", size=(fonts.ministry_size, fonts.ministry_leading)),
        p(ids.return_address, "Retouradres", size=small),
        p(ids.addressee, "Adres", size=body),
        p(ids.reference, "Referentiegegevens", size=small),
        p(ids.reference_label, "Referentiekop", based_on=ids.reference, bold=True),
        p(ids.reference_note, "Referentienoot", based_on=ids.reference, italic=True),
        p(
            ids.date_line,
            "Datumregel",
            size=body,
            before=date_space,
            indent=(label_width, label_width),
            tab=label_width,
            next_style=ids.subject_line,
        ),
        p(
            ids.subject_line,
            "Betreftregel",
            based_on=ids.date_line,
            before=0.0,
            after=geometry.blank_lines_after_subject * fonts.body_leading,
            next_style=ids.body,
        ),
        p(ids.body, "Brieftekst", size=body, after=gap),
        p(ids.body_list, "Brieftekst lijst", based_on=ids.body, after=gap, contextual=True),
        p(ids.closing, "Slotformule", based_on=ids.body, after=gap, keep_next=True),
        p(ids.signature_office, "Ondertekening", size=body, keep_next=True),
        p(
            ids.signature_name,
            "Ondertekenaar",
            size=body,
            before=geometry.signature_space_lines * fonts.body_leading,
            after=gap,
        ),
        p(
            ids.questions_heading,
            "Vragenkop",
            size=body,
            after=gap,
            bold=True,
            keep_next=True,
            page_break_before=profile.style.questions_on_new_page,
        ),
        p(ids.question_label, "Vraaglabel", size=body, bold=True, keep_next=True),
        p(ids.question, "Vraagtekst", size=body, after=gap, bold=True),
        p(ids.question_list, "Vraagtekst lijst", based_on=ids.question, after=gap, contextual=True),
        p(ids.answer_label, "Antwoordlabel", size=body, bold=True, keep_next=True),
        p(ids.answer, "Antwoordtekst", size=body, after=gap),
        p(ids.answer_list, "Antwoordtekst lijst", based_on=ids.answer, after=gap, contextual=True),
        p(ids.running_header, "Lopende kop", size=small),
        p(ids.running_header_label, "Lopende kop label", based_on=ids.running_header, bold=True),
        p(ids.page_number, "Paginanummer", size=small),
        # A picture needs a line as tall as itself: single spacing, not the exact leading.
        p(ids.logo, "Logo", single_line=True),
    ]
    builtin = [
        # Word's own names, so Word uses them for footnotes and links the user adds.
        p(ids.header, "header", size=small).replace('w:customStyle="1" ', ""),
        p(ids.footer, "footer", size=small).replace('w:customStyle="1" ', ""),
        p(
            ids.footnote_text,
            "footnote text",
            size=note,
            indent=(note_indent, note_indent) if note_indent else None,
            tab=note_indent or None,
        ).replace('w:customStyle="1" ', ""),
        '<w:style w:type="character" w:styleId="FootnoteReference">'
        '<w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/>'
        '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>',
        f'<w:style w:type="character" w:customStyle="1" w:styleId="{ids.footnote_number}">'
        '<w:name w:val="Voetnootnummer"/><w:basedOn w:val="DefaultParagraphFont"/>'
        "<w:rPr/></w:style>",
        '<w:style w:type="character" w:styleId="Hyperlink">'
        '<w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/>'
        f'<w:rPr><w:color w:val="{link_color}"/>{underline}</w:rPr></w:style>',
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<w:styles {NAMESPACES}>"
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        f"<w:rFonts w:ascii={family} w:hAnsi={family} w:eastAsia={family} w:cs={family}/>"
        f"{body_size}{lang}</w:rPr></w:rPrDefault>"
        f'<w:pPrDefault><w:pPr><w:widowControl/><w:spacing w:before="0" w:after="0" '
        f"{body_line}/></w:pPr></w:pPrDefault></w:docDefaults>"
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        f"<w:qFormat/><w:pPr><w:widowControl/></w:pPr><w:rPr>{lang}</w:rPr></w:style>"
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "<w:unhideWhenUsed/></w:style>"
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
        '<w:name w:val="Normal Table"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr>'
        '<w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
        '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
        '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList">'
        '<w:name w:val="No List"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        f"{''.join(builtin)}{''.join(custom)}</w:styles>"
    )
