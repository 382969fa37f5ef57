"""The base document every export starts from, built by our own code from the profile.

A minimal, valid WordprocessingML package: our styles (nl-NL), the list formats, settings
(footnote separators, Dutch proofing, Word 2013+ compatibility, even and odd headers off) and
the font table naming the profile's font with fallbacks that exist on Windows and macOS.
python-docx opens it; the letter writer adds the content, headers, footers, footnotes and
properties. No ministry's template is copied in.
"""

from __future__ import annotations

import io
import zipfile

from answerletter.exporters.docx.numbering import numbering_xml
from answerletter.exporters.docx.styles import LANGUAGE, styles_xml
from answerletter.exporters.docx.wml import NAMESPACES, attr, twips
from answerletter.layout.profile import Profile

_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"

#: Fonts a Word user on Windows or macOS has, in the order Word should try them.
FALLBACK_FONTS = ("Verdana", "Arial")


def _content_types() -> str:
    overrides = {
        "/word/document.xml": f"{_WML}.document.main+xml",
        "/word/styles.xml": f"{_WML}.styles+xml",
        "/word/numbering.xml": f"{_WML}.numbering+xml",
        "/word/settings.xml": f"{_WML}.settings+xml",
        "/word/fontTable.xml": f"{_WML}.fontTable+xml",
        "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
        "/docProps/app.xml": (
            "application/vnd.openxmlformats-officedocument.extended-properties+xml"
        ),
    }
    items = "".join(
        f'<Override PartName="{name}" ContentType="{kind}"/>' for name, kind in overrides.items()
    )
    return (
        f'{_XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f"{items}</Types>"
    )


def _relationships(targets: dict[str, tuple[str, str]]) -> str:
    items = "".join(
        f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"/>'
        for rid, (kind, target) in targets.items()
    )
    return f'{_XML}<Relationships xmlns="{_PKG_RELS}">{items}</Relationships>'


def _settings() -> str:
    return (
        f"{_XML}<w:settings {NAMESPACES}>"
        '<w:zoom w:percent="100"/><w:defaultTabStop w:val="708"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        f'<w:themeFontLang w:val="{LANGUAGE}"/><w:decimalSymbol w:val=","/>'
        '<w:listSeparator w:val=";"/></w:settings>'
    )


def _font_table(family: str) -> str:
    names = [family, *(name for name in FALLBACK_FONTS if name != family)]
    fonts = "".join(
        f"<w:font w:name={attr(name)}>"
        + (f"<w:altName w:val={attr(names[index + 1])}/>" if index + 1 < len(names) else "")
        + '<w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
        for index, name in enumerate(names)
    )
    return f"{_XML}<w:fonts {NAMESPACES}>{fonts}</w:fonts>"


def _document(profile: Profile) -> str:
    page, geometry = profile.page, profile.geometry
    right = page.width - geometry.body_left - geometry.body_width
    bottom = page.height - geometry.body_bottom
    return (
        f"{_XML}<w:document {NAMESPACES}><w:body><w:sectPr>"
        f'<w:pgSz w:w="{twips(page.width)}" w:h="{twips(page.height)}"/>'
        f'<w:pgMar w:top="{twips(geometry.next_body_top)}" w:right="{twips(right)}" '
        f'w:bottom="{twips(bottom)}" w:left="{twips(geometry.body_left)}" '
        f'w:header="{twips(10)}" w:footer="{twips(10)}" w:gutter="0"/>'
        "</w:sectPr></w:body></w:document>"
    )


def _core() -> str:
    return (
        f"{_XML}<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>'
    )


def _app(application: str) -> str:
    return (
        f"{_XML}<Properties xmlns="
        '"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        f"<Application>{application}</Application><DocSecurity>0</DocSecurity></Properties>"
    )


def base_package(profile: Profile, application: str) -> bytes:
    """The base .docx (a zip) for *profile*."""
    word = _OFFICE_RELS
    parts = {
        "[Content_Types].xml": _content_types(),
        "_rels/.rels": _relationships(
            {
                "rId1": (f"{word}/officeDocument", "word/document.xml"),
                "rId2": (f"{_PKG_RELS}/metadata/core-properties", "docProps/core.xml"),
                "rId3": (f"{word}/extended-properties", "docProps/app.xml"),
            }
        ),
        "word/document.xml": _document(profile),
        "word/_rels/document.xml.rels": _relationships(
            {
                "rId1": (f"{word}/styles", "styles.xml"),
                "rId2": (f"{word}/numbering", "numbering.xml"),
                "rId3": (f"{word}/settings", "settings.xml"),
                "rId4": (f"{word}/fontTable", "fontTable.xml"),
            }
        ),
        "word/styles.xml": styles_xml(profile),
        "word/numbering.xml": numbering_xml(profile.geometry.list_indent),
        "word/settings.xml": _settings(),
        "word/fontTable.xml": _font_table(profile.fonts.family),
        "docProps/core.xml": _core(),
        "docProps/app.xml": _app(application),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content.encode("utf-8"))
    return buffer.getvalue()
