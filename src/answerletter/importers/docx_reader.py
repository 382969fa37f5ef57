"""Word (.docx, .docm) documents as paragraphs, plus their page headers and properties.

python-docx opens the (checked) package and gives the parts, styles and numbering; lxml walks
what python-docx does not model: footnotes, text boxes (each stored twice: the DrawingML
``mc:Choice`` copy is read, the VML ``mc:Fallback`` skipped), fields (the displayed result
between ``separate`` and ``end``, never the instruction), content controls, tracked changes
(insertions kept, deletions dropped) and ``docProps/custom.xml``.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from lxml import etree

from answerletter.fileformat.safe_parse import safe_parser
from answerletter.importers.errors import ImportFailure
from answerletter.importers.package import check_package
from answerletter.importers.paragraphs import OBJECT, Para
from answerletter.model import LINE_BREAK, PLAIN, Footnote, Inline, ListKind, Marks, Run, Script
from answerletter.model.richtext import is_allowed_link, normalize_runs

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W = f"{{{W_NS}}}"
MC = f"{{{MC_NS}}}"
CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"

_RT_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_RT_HEADER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
_RT_NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
_RT_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"

_SKIPPED_INLINE = {
    W + "pPr", W + "del", W + "moveFrom", W + "bookmarkStart", W + "bookmarkEnd",
    W + "proofErr", W + "commentRangeStart", W + "commentRangeEnd", W + "permStart",
    W + "permEnd", W + "moveFromRangeStart", W + "moveFromRangeEnd", W + "moveToRangeStart",
    W + "moveToRangeEnd",
}  # fmt: skip
_TRANSPARENT_INLINE = {W + "ins", W + "moveTo", W + "smartTag", W + "customXml", W + "fldSimple"}


@dataclass
class DocxContent:
    body: list[Para]
    headers: list[Para]
    properties: dict[str, str]
    macros_removed: bool
    tracked_changes: bool = False
    notes: list[str] = field(default_factory=list)


def _on(element: Any, name: str) -> bool | None:
    """A Word on/off property: None when absent."""
    child = element.find(W + name) if element is not None else None
    if child is None:
        return None
    return child.get(W + "val", "true").lower() not in ("0", "false", "off", "none")


class _Styles:
    """Bold/italic and numbering of paragraph and character styles, following basedOn."""

    def __init__(self, styles_element: Any) -> None:
        self._elements: dict[str, Any] = {}
        if styles_element is not None:
            for style in styles_element.iter(W + "style"):
                self._elements[style.get(W + "styleId", "")] = style
        self._marks: dict[str, tuple[bool | None, bool | None]] = {}

    def _chain(self, style_id: str) -> Iterable[Any]:
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self._elements:
            seen.add(style_id)
            style = self._elements[style_id]
            yield style
            based = style.find(W + "basedOn")
            style_id = based.get(W + "val", "") if based is not None else ""

    def marks(self, style_id: str) -> tuple[bool | None, bool | None]:
        if style_id not in self._marks:
            bold: bool | None = None
            italic: bool | None = None
            for style in self._chain(style_id):
                rpr = style.find(W + "rPr")
                if bold is None:
                    bold = _on(rpr, "b")
                if italic is None:
                    italic = _on(rpr, "i")
            self._marks[style_id] = (bold, italic)
        return self._marks[style_id]

    def num_pr(self, style_id: str) -> tuple[str, int] | None:
        for style in self._chain(style_id):
            num_pr = style.find(f"{W}pPr/{W}numPr")
            if num_pr is not None:
                num_id = num_pr.find(W + "numId")
                ilvl = num_pr.find(W + "ilvl")
                if num_id is not None:
                    level = int(ilvl.get(W + "val", "0")) if ilvl is not None else 0
                    return num_id.get(W + "val", "0"), level
        return None


def _roman(number: int) -> str:
    values = (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    )  # fmt: skip
    out = ""
    for value, letters in values:
        while number >= value:
            out += letters
            number -= value
    return out


def _format_number(number: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (number - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(number)
        return roman.upper() if fmt == "upperRoman" else roman
    return str(number)


class _Numbering:
    """Word's automatic numbering: the label each numbered paragraph shows ("1.", "2)")."""

    def __init__(self, numbering_element: Any) -> None:
        self._levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        if numbering_element is None:
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for node in numbering_element.iter(W + "abstractNum"):
            levels: dict[int, tuple[str, str, int]] = {}
            for lvl in node.iter(W + "lvl"):
                fmt = lvl.find(W + "numFmt")
                text = lvl.find(W + "lvlText")
                start = lvl.find(W + "start")
                levels[int(lvl.get(W + "ilvl", "0"))] = (
                    fmt.get(W + "val", "decimal") if fmt is not None else "decimal",
                    text.get(W + "val", "") if text is not None else "",
                    int(start.get(W + "val", "1")) if start is not None else 1,
                )
            abstract[node.get(W + "abstractNumId", "")] = levels
        for num in numbering_element.iter(W + "num"):
            ref = num.find(W + "abstractNumId")
            if ref is not None:
                levels = dict(abstract.get(ref.get(W + "val", ""), {}))
                for override in num.iter(W + "lvlOverride"):
                    start = override.find(W + "startOverride")
                    level = int(override.get(W + "ilvl", "0"))
                    if start is not None and level in levels:
                        fmt, text, _ = levels[level]
                        levels[level] = (fmt, text, int(start.get(W + "val", "1")))
                self._levels[num.get(W + "numId", "")] = levels

    def label(self, num_id: str, level: int) -> tuple[str, ListKind | None]:
        levels = self._levels.get(num_id)
        if not levels or level not in levels:
            return "", None
        fmt, text, start = levels[level]
        if fmt == "none":
            return "", None
        counters = self._counters.setdefault(num_id, {})
        counters[level] = counters.get(level, start - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        if fmt == "bullet":
            return "", ListKind.BULLET
        label = text
        for k in range(level, -1, -1):
            k_fmt = levels.get(k, ("decimal", "", 1))[0]
            value = counters.get(k, levels.get(k, ("", "", 1))[2])
            label = label.replace(f"%{k + 1}", _format_number(value, k_fmt))
        return label.strip(), ListKind.NUMBER


@dataclass
class _Run:
    marks: Marks
    text: str


class _Walker:
    """Walks one part's XML into paragraphs. Field state persists across paragraphs, as
    fields do (a DOCPROPERTY result can end in the next paragraph)."""

    def __init__(
        self,
        styles: _Styles,
        numbering: _Numbering,
        links: dict[str, str],
        footnotes: dict[str, tuple[Run, ...]],
    ) -> None:
        self.styles = styles
        self.numbering = numbering
        self.links = links
        self.footnotes = footnotes
        self.fields: list[str] = []
        self.tracked = False
        self._boxes: list[Para] = []

    # -- blocks --

    def block(self, container: Any, where: str) -> list[Para]:
        out: list[Para] = []
        for child in container:
            tag = child.tag
            if tag == W + "p":
                out.append(self.paragraph(child, where))
                if self._boxes:
                    out.extend(self._boxes)
                    self._boxes = []
            elif tag == W + "tbl":
                out.extend(self._table(child, "table" if where == "body" else where))
            elif tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    out.extend(self.block(content, where))
            elif tag in (W + "customXml", W + "ins", W + "moveTo"):
                out.extend(self.block(child, where))
            elif tag == MC + "AlternateContent":
                choice = child.find(MC + "Choice")
                if choice is not None:
                    out.extend(self.block(choice, where))
        return out

    def _table(self, table: Any, where: str) -> list[Para]:
        """Cells in reading order (rows, then cells; content controls around them unwrapped).
        Not ``iter``: that would also reach the fallback copies of text boxes in the cells."""
        out: list[Para] = []
        for row in _unwrapped(table, W + "tr"):
            for cell in _unwrapped(row, W + "tc"):
                out.extend(self.block(cell, where))
        return out

    def paragraph(self, p: Any, where: str) -> Para:
        ppr = p.find(W + "pPr")
        style_node = ppr.find(W + "pStyle") if ppr is not None else None
        style = style_node.get(W + "val", "") if style_node is not None else ""
        runs: list[_Run | Footnote] = []
        self._inline(p, style, None, runs)
        label, kind, level = "", None, 0
        num_pr = ppr.find(W + "numPr") if ppr is not None else None
        reference: tuple[str, int] | None = None
        if num_pr is not None:
            num_id = num_pr.find(W + "numId")
            ilvl = num_pr.find(W + "ilvl")
            if num_id is not None:
                reference = (
                    num_id.get(W + "val", "0"),
                    int(ilvl.get(W + "val", "0")) if ilvl is not None else 0,
                )
        elif style:
            reference = self.styles.num_pr(style)
        if reference and reference[0] != "0":
            label, kind = self.numbering.label(*reference)
            level = min(reference[1], 3)
        bold_letters = letters = 0
        content: list[Inline] = []
        for item in runs:
            if isinstance(item, Footnote):
                content.append(item)
                continue
            count = sum(1 for char in item.text if char.isalnum())
            letters += count
            bold_letters += count if item.marks.bold else 0
            content.append(Run(item.text, item.marks))
        bold = None if not letters else bold_letters >= 0.8 * letters
        if where == "body" and ppr is not None and ppr.find(W + "framePr") is not None:
            where = "frame"  # a page-anchored frame: the letterhead's reference column
        return Para(tuple(content), bold, label, kind, level if kind else 0, style, where)

    # -- inline content --

    def _inline(self, node: Any, style: str, link: str | None, out: list[_Run | Footnote]) -> None:
        for child in node:
            tag = child.tag
            if tag == W + "r":
                self._run(child, style, link, out)
            elif tag == W + "hyperlink":
                target = self.links.get(child.get(f"{{{R_NS}}}id", ""), "")
                self._inline(child, style, target if is_allowed_link(target) else link, out)
            elif tag in _TRANSPARENT_INLINE:
                if tag == W + "ins":
                    self.tracked = True
                self._inline(child, style, link, out)
            elif tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    self._inline(content, style, link, out)
            elif tag == MC + "AlternateContent":
                choice = child.find(MC + "Choice")
                if choice is not None:
                    self._inline(choice, style, link, out)
            elif tag in (W + "del", W + "moveFrom"):
                self.tracked = True

    def _visible(self) -> bool:
        return all(state == "result" for state in self.fields)

    def _marks(self, rpr: Any, style: str, link: str | None) -> Marks:
        para_bold, para_italic = self.styles.marks(style)
        char_style = rpr.find(W + "rStyle") if rpr is not None else None
        char_bold, char_italic = (
            self.styles.marks(char_style.get(W + "val", ""))
            if char_style is not None
            else (None, None)
        )
        bold = _on(rpr, "b")
        italic = _on(rpr, "i")
        underline = False
        script = Script.NORMAL
        if rpr is not None:
            u = rpr.find(W + "u")
            underline = u is not None and u.get(W + "val", "single") != "none"
            align = rpr.find(W + "vertAlign")
            if align is not None:
                value = align.get(W + "val", "")
                script = {"superscript": Script.SUPER, "subscript": Script.SUB}.get(value, script)
        return Marks(
            bold=bool(
                bold if bold is not None else char_bold if char_bold is not None else para_bold
            ),
            italic=bool(
                italic
                if italic is not None
                else char_italic
                if char_italic is not None
                else para_italic
            ),
            underline=underline,
            script=script,
            link=link,
        )

    def _run(self, r: Any, style: str, link: str | None, out: list[_Run | Footnote]) -> None:
        rpr = r.find(W + "rPr")
        hidden = bool(_on(rpr, "vanish"))
        marks: Marks | None = None
        for child in r:
            tag = child.tag
            if tag == W + "fldChar":
                kind = child.get(W + "fldCharType")
                if kind == "begin":
                    self.fields.append("code")
                elif kind == "separate" and self.fields:
                    self.fields[-1] = "result"
                elif kind == "end" and self.fields:
                    self.fields.pop()
                continue
            if tag in (W + "drawing", W + "pict", MC + "AlternateContent", W + "object"):
                self._text_boxes(child)
                continue
            if hidden or not self._visible():
                continue
            text = ""
            if tag == W + "t":
                text = child.text or ""
            elif tag == W + "tab" or tag == W + "ptab":
                text = " "
            elif tag == W + "br":
                if child.get(W + "type", "textWrapping") == "textWrapping":
                    text = LINE_BREAK
            elif tag == W + "cr":
                text = LINE_BREAK
            elif tag == W + "noBreakHyphen":
                text = "-"
            elif tag == W + "footnoteReference":
                note_id = child.get(W + "id", "")
                if note_id in self.footnotes:
                    out.append(Footnote(f"w{note_id}", self.footnotes[note_id]))
                continue
            if text:
                if marks is None:
                    marks = self._marks(rpr, style, link)
                if out and isinstance(out[-1], _Run) and out[-1].marks == marks:
                    out[-1].text += text
                else:
                    out.append(_Run(marks, text))

    def _text_boxes(self, node: Any) -> None:
        """Text boxes under a drawing: the mc:Choice copy only, never the mc:Fallback one."""
        if node.tag == MC + "AlternateContent":
            choice = node.find(MC + "Choice")
            if choice is not None:
                for child in choice:
                    self._text_boxes(child)
            return
        for box in node.iter(W + "txbxContent"):
            if any(a.tag == MC + "Fallback" for a in box.iterancestors()):
                continue
            # Nested boxes are reached through their own txbxContent.
            if any(a.tag == W + "txbxContent" for a in box.iterancestors()):
                continue
            saved_fields, saved_boxes = self.fields, self._boxes
            self.fields, self._boxes = [], []
            paragraphs = self.block(box, "textbox")
            self.fields, self._boxes = saved_fields, saved_boxes + paragraphs


def _unwrapped(parent: Any, tag: str) -> Iterable[Any]:
    """Children with *tag*, also those wrapped in content controls or custom XML."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in (W + "sdt", W + "customXml"):
            content = child.find(W + "sdtContent") if child.tag == W + "sdt" else child
            if content is not None:
                yield from _unwrapped(content, tag)


def _element(part: Any) -> Any:
    element = getattr(part, "element", None)
    if element is not None:
        return element
    return etree.fromstring(part.blob, safe_parser())


def _links(part: Any) -> dict[str, str]:
    return {
        rid: rel.target_ref
        for rid, rel in part.rels.items()
        if rel.reltype == _RT_HYPERLINK and rel.is_external
    }


def _footnotes(part: Any, styles: _Styles, numbering: _Numbering) -> dict[str, tuple[Run, ...]]:
    notes: dict[str, tuple[Run, ...]] = {}
    for rel in part.rels.values():
        if rel.reltype != _RT_FOOTNOTES or rel.is_external:
            continue
        target = rel.target_part
        walker = _Walker(styles, numbering, _links(target), {})
        for note in _element(target).iter(W + "footnote"):
            if note.get(W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            runs: list[Run] = []
            for para in walker.block(note, "footnote"):
                if runs and para.content:
                    runs.append(Run(" "))
                runs.extend(item for item in para.content if isinstance(item, Run))
            text = "".join(run.text for run in runs)
            lead = len(text) - len(text.lstrip())
            body = normalize_runs(runs)
            if lead and body:
                first = body[0]
                body = (Run(first.text.lstrip(), first.marks), *body[1:])
            notes[note.get(W + "id", "")] = normalize_runs(body) or (Run(" ", PLAIN),)
    return notes


def _properties(package: Any) -> dict[str, str]:
    for part in package.iter_parts():
        if str(part.partname).lower() == "/docprops/custom.xml":
            root = etree.fromstring(part.blob, safe_parser())
            values: dict[str, str] = {}
            for prop in root.iter(f"{{{CUSTOM_NS}}}property"):
                text = "".join(prop.itertext())
                text = text.replace("_x000d_", "").replace("_x000a_", "").strip()
                values[prop.get("name", "").lower()] = text
            return values
    return {}


def read_docx(data: bytes) -> DocxContent:
    """The document's paragraphs, page headers and custom properties; ImportFailure if unsafe
    or unreadable."""
    checked = check_package(data)
    try:
        import docx

        document = docx.Document(io.BytesIO(checked.data))
        part = document.part
        styles = _Styles(part.styles.element if part._styles_part is not None else None)
        numbering_element = None
        for rel in part.rels.values():
            if rel.reltype == _RT_NUMBERING and not rel.is_external:
                numbering_element = _element(rel.target_part)
        numbering = _Numbering(numbering_element)
        footnotes = _footnotes(part, styles, numbering)
        walker = _Walker(styles, numbering, _links(part), footnotes)
        body = walker.block(document.element.body, "body")
        headers: list[Para] = []
        for rel in part.rels.values():
            if rel.reltype == _RT_HEADER and not rel.is_external:
                header_part = rel.target_part
                header_walker = _Walker(styles, _Numbering(None), {}, {})
                headers.extend(header_walker.block(_element(header_part), "header"))
        properties = _properties(part.package)
    except ImportFailure:
        raise
    except (etree.LxmlError, KeyError, ValueError, TypeError, AttributeError, IndexError) as error:
        raise ImportFailure(
            f"The Word document cannot be read ({type(error).__name__}: {error})"
        ) from None
    notes = []
    if checked.macros_removed:
        notes.append("The document contains macros; they were left out and never run")
    return DocxContent(body, headers, properties, checked.macros_removed, walker.tracked, notes)


def replace_para_text(para: Para, text: str) -> Para:
    return replace(para, content=(Run(text),))


__all__ = ["OBJECT", "DocxContent", "read_docx", "replace_para_text"]
