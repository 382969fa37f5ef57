"""HTML from the clipboard (Word, web pages, e-mail) to the model's restricted rich text.

The HTML is parsed by lxml and walked here; Qt never sees it, so nothing (images, style
sheets, frames, scripts) can be fetched or read, and only the model's formatting survives:
bold, italic, underline, super/subscript, http(s)/mailto links, real lists, footnotes. Fonts,
colours, sizes and images go (and are counted); a table row becomes one paragraph with its
cells separated by tabs. Word's list paragraphs (with
``mso-list`` and a "1." marker span) become real lists, and Word's footnotes become footnotes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from lxml import etree
from lxml import html as lxml_html

from answerletter.gui.richtext.fakelists import marker_family, promote_fake_lists
from answerletter.gui.richtext.html_flatten import flatten_deep_html
from answerletter.model.richtext import (
    LINE_BREAK,
    MAX_LIST_LEVEL,
    Block,
    Footnote,
    Inline,
    ListKind,
    Marks,
    RichText,
    Run,
    Script,
    is_allowed_link,
)

#: Elements whose content is never text of the letter.
_SKIP = frozenset(
    [
        "head",
        "title",
        "meta",
        "link",
        "style",
        "script",
        "noscript",
        "template",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "img",
        "picture",
        "source",
        "video",
        "audio",
        "track",
        "canvas",
        "svg",
        "math",
        "map",
        "area",
        "input",
        "select",
        "textarea",
        "button",
        "option",
        "datalist",
        "form",
        "base",
        "xml",
    ]
)
#: Skipped elements that are content the user will miss: reported after a paste.
_MEDIA = frozenset(["img", "picture", "svg", "canvas", "video", "audio", "object", "embed"])
#: A table cell's text is separated from the next cell's by this.
CELL_SEPARATOR = "\t"


@dataclass
class ImportReport:
    """What an import of HTML left out or reshaped (besides unwrapped deep nesting)."""

    media: int = 0  # images, drawings, videos: left out
    tables: int = 0
    rows: int = 0  # table rows, each now one paragraph


_BLOCKS = frozenset(
    [
        "p",
        "div",
        "li",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "address",
        "article",
        "aside",
        "section",
        "header",
        "footer",
        "nav",
        "main",
        "figure",
        "figcaption",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "ul",
        "ol",
        "dl",
        "hr",
        "center",
        "details",
        "summary",
        "fieldset",
        "legend",
    ]
)
_BOLD_TAGS = frozenset(["b", "strong", "th", "h1", "h2", "h3", "h4", "h5", "h6"])
_ITALIC_TAGS = frozenset(["i", "em", "cite", "var", "dfn"])
_UNDERLINE_TAGS = frozenset(("u", "ins"))
_WORD_LIST = re.compile(r"\bl(\d+)\s+level(\d+)\s+lfo(\d+)", re.IGNORECASE)
_WORD_NOTE = re.compile(r"mso-(?:foot|end)note-id\s*:\s*([A-Za-z0-9_]+)", re.IGNORECASE)
_COLLAPSE = re.compile(r"[ \t\n\r\f]+")
_CF_HTML_HEADER = re.compile(r"^Version:\d[^<]*", re.DOTALL)
_BLANK = " \t\u00a0\u2002\u2003\u2009\u200b\u202f"


def _style(element: etree._Element) -> dict[str, str]:
    """The element's inline CSS as lower-case property → value."""
    out: dict[str, str] = {}
    for declaration in (element.get("style") or "").split(";"):
        name, colon, value = declaration.partition(":")
        if colon:
            out[name.strip().lower()] = value.strip().strip("'\"").lower()
    return out


def _weight_is_bold(value: str) -> bool | None:
    if value in ("bold", "bolder"):
        return True
    if value in ("normal", "lighter"):
        return False
    if value.isdigit():
        return int(value) >= 600
    return None


def _marks_for(tag: str, element: etree._Element, css: dict[str, str], marks: Marks) -> Marks:
    bold, italic, underline = marks.bold, marks.italic, marks.underline
    script, link = marks.script, marks.link
    bold = bold or tag in _BOLD_TAGS
    italic = italic or tag in _ITALIC_TAGS
    underline = underline or tag in _UNDERLINE_TAGS
    if tag == "sup":
        script = Script.SUPER
    elif tag == "sub":
        script = Script.SUB
    elif tag == "a":
        href = (element.get("href") or "").strip()
        if href and is_allowed_link(href):
            link = href
    # CSS after tags: Google Docs wraps everything in <b style="font-weight:normal">.
    weight = _weight_is_bold(css.get("font-weight", ""))
    if weight is not None:
        bold = weight
    if "font-style" in css:
        italic = css["font-style"] in ("italic", "oblique")
    decoration = css.get("text-decoration-line", css.get("text-decoration"))
    if decoration is not None:
        underline = "underline" in decoration
    align = css.get("vertical-align")
    if align in ("super", "sub", "baseline"):
        script = {"super": Script.SUPER, "sub": Script.SUB}.get(align, Script.NORMAL)
    return Marks(bold, italic, underline, script, link)


@dataclass
class _Paragraph:
    """The block being collected."""

    content: list[Inline] = field(default_factory=list)
    state: tuple[ListKind, int] | None = None
    word_level: int | None = None  # a Word list paragraph, kind known once its marker is read
    word_marker: str = ""


class _Walker:
    """Walks the parsed HTML and collects blocks."""

    def __init__(self, notes: dict[str, etree._Element]) -> None:
        self.blocks: list[Block] = []
        self.paragraph = _Paragraph()
        self.lists: list[ListKind] = []
        self.notes = notes
        self.in_note = False
        self.preformatted = 0
        self.report = ImportReport()
        self.cells = 0  # depth of table cells being read
        self.row_cells = 0  # cells read so far in the current row

    # -- text --

    def _last_char(self) -> str:
        for item in reversed(self.paragraph.content):
            if isinstance(item, Run):
                return item.text[-1:] if item.text else ""
            return "x"  # a footnote mark counts as text
        return ""

    def text(self, value: str | None, marks: Marks) -> None:
        if not value:
            return
        value = value.replace("\ufffc", "")
        if not self.preformatted:
            value = _COLLAPSE.sub(" ", value)
            if value.startswith(" ") and self._last_char() in ("", " ", LINE_BREAK):
                value = value[1:]
        else:
            value = value.replace("\r\n", "\n").replace("\n", LINE_BREAK)
        if value:
            self.paragraph.content.append(Run(value, marks))

    def line_break(self) -> None:
        self.paragraph.content.append(Run(LINE_BREAK))

    def end_block(self) -> None:
        """Close the paragraph being collected; blank ones (spacing) are dropped."""
        paragraph, self.paragraph = self.paragraph, _Paragraph()
        content = _trim(paragraph.content)
        if not content:
            return
        state = paragraph.state
        if paragraph.word_level is not None:
            family = marker_family(paragraph.word_marker)
            kind = family[0] if family else ListKind.BULLET
            state = (kind, paragraph.word_level)
        if state is None:
            self.blocks.append(Block(tuple(content)))
        else:
            self.blocks.append(Block(tuple(content), state[0], state[1]))

    # -- elements --

    def children(self, element: etree._Element, marks: Marks) -> None:
        self.text(element.text, marks)
        for child in element:
            self._element(child, marks)
            self.text(child.tail, marks)

    def _element(self, element: etree._Element, marks: Marks) -> None:
        if not isinstance(element.tag, str):
            return  # comments (also Word's <![if ...]> markers) and processing instructions
        tag = element.tag.lower()
        css = _style(element)
        if tag in _SKIP or css.get("display") == "none" or css.get("mso-hide") == "all":
            if tag in _MEDIA and not self.in_note:
                self.report.media += 1
            return
        if css.get("mso-element") in ("footnote-list", "endnote-list", "comment-list"):
            return
        if css.get("mso-list") == "ignore":
            self.paragraph.word_marker += "".join(element.itertext())
            return
        if "mso-tab-count" in css:
            count = css["mso-tab-count"].split()[0]
            self.paragraph.content.append(Run("\t" * (int(count) if count.isdigit() else 1)))
            return
        note = _WORD_NOTE.search(element.get("style") or "") if tag == "a" else None
        if note is not None:
            self._footnote(note.group(1))
            return
        if tag == "br":
            self.line_break()
            return
        inner = _marks_for(tag, element, css, marks)
        if self._table_part(tag, element, inner):
            return
        if tag in ("ul", "ol"):
            self.end_block()
            self.lists.append(ListKind.NUMBER if tag == "ol" else ListKind.BULLET)
            self.children(element, inner)
            self.end_block()
            self.lists.pop()
            return
        if tag not in _BLOCKS:
            self.children(element, inner)
            return
        # A paragraph inside a list item (<li><p>…</p></li>) is that item.
        inherited = None if _trim(self.paragraph.content) else self.paragraph.state
        self.end_block()
        self.paragraph.state = inherited
        if tag == "li" and self.lists:
            self.paragraph.state = (self.lists[-1], min(len(self.lists) - 1, MAX_LIST_LEVEL))
        word = _WORD_LIST.search(css.get("mso-list", ""))
        if word is not None and tag in ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6"):
            self.paragraph.word_level = min(max(int(word.group(2)) - 1, 0), MAX_LIST_LEVEL)
        self.preformatted += tag == "pre"
        self.children(element, inner)
        self.preformatted -= tag == "pre"
        self.end_block()

    def _table_part(self, tag: str, element: etree._Element, marks: Marks) -> bool:
        """Tables: a row is one paragraph, its cells separated by CELL_SEPARATOR; what is
        inside a cell (Word puts paragraphs there) runs on within the row. True when
        *element* was handled here."""
        if tag == "table" and not self.cells:
            self.report.tables += 1
            return False  # an ordinary block around its rows
        if tag == "tr" and not self.cells:
            self.end_block()
            self.row_cells = 0
            self.children(element, marks)
            self.paragraph.content = _tight_cells(self.paragraph.content)
            self.end_block()
            self.report.rows += 1
            return True
        if tag in ("td", "th"):
            if self.row_cells and not self.cells:
                self.paragraph.content.append(Run(CELL_SEPARATOR))
            self.row_cells += not self.cells
            self.cells += 1
            self.children(element, marks)
            self.cells -= 1
            return True
        if self.cells and (tag in _BLOCKS or tag in ("ul", "ol")):
            # A paragraph (or list, or nested table) inside a cell: on within the row.
            if self._last_char() not in ("", " ", CELL_SEPARATOR, LINE_BREAK):
                self.paragraph.content.append(Run(" "))
            self.children(element, marks)
            return True
        return False

    def _footnote(self, key: str) -> None:
        """A Word footnote reference: the note's text comes from its element at the end."""
        if self.in_note:
            return  # the back-reference inside the note itself
        target = self.notes.get(key.lower())
        body: tuple[Run, ...] = ()
        if target is not None:
            body = _note_body(self, target)
        self.paragraph.content.append(Footnote("fn1", body))


def _note_body(walker: _Walker, target: etree._Element) -> tuple[Run, ...]:
    inner = _Walker(walker.notes)
    inner.in_note = True
    inner.children(target, Marks())
    inner.end_block()
    runs: list[Run] = []
    for index, block in enumerate(inner.blocks):
        if index:
            runs.append(Run(LINE_BREAK))
        runs.extend(item for item in block.content if isinstance(item, Run))
    return tuple(_trim(runs))  # type: ignore[arg-type]


_AROUND_SEPARATOR = re.compile(r" *\t *")


def _tight_cells(content: list[Inline]) -> list[Inline]:
    """A row's content without the blanks that the HTML's layout put around its cells."""
    items = [
        replace(item, text=_AROUND_SEPARATOR.sub(CELL_SEPARATOR, item.text))
        if isinstance(item, Run)
        else item
        for item in content
    ]
    for index in range(len(items) - 1):
        this, after = items[index], items[index + 1]
        if isinstance(this, Run) and isinstance(after, Run) and after.text.startswith("\t"):
            items[index] = replace(this, text=this.text.rstrip(" "))
        if isinstance(this, Run) and isinstance(after, Run) and this.text.endswith("\t"):
            items[index + 1] = replace(after, text=after.text.lstrip(" "))
    return [item for item in items if not isinstance(item, Run) or item.text]


def _trim(content: list[Inline]) -> list[Inline]:
    """Content without leading and trailing blanks and line breaks; [] if nothing is left."""
    items = list(content)
    while items and isinstance(items[0], Run) and not items[0].text.lstrip(_BLANK + LINE_BREAK):
        items.pop(0)
    while items and isinstance(items[-1], Run) and not items[-1].text.rstrip(_BLANK + LINE_BREAK):
        items.pop()
    if not items:
        return []
    if isinstance(items[0], Run):
        items[0] = replace(items[0], text=items[0].text.lstrip(_BLANK + LINE_BREAK))
    if isinstance(items[-1], Run):
        items[-1] = replace(items[-1], text=items[-1].text.rstrip(_BLANK + LINE_BREAK))
    return items


def _word_notes(root: etree._Element) -> dict[str, etree._Element]:
    """Word's footnote and endnote elements by id (lower case), e.g. "ftn1" → <div id=ftn1>."""
    notes: dict[str, etree._Element] = {}
    for element in root.iter("div"):
        kind = _style(element).get("mso-element")
        if kind in ("footnote", "endnote") and element.get("id"):
            notes[element.get("id", "").lower()] = element
    return notes


def _parse(html: str) -> tuple[etree._Element | None, int]:
    """The parsed page, and how many too deeply nested elements were unwrapped for it."""
    html = _CF_HTML_HEADER.sub("", html.lstrip("\ufeff"), count=1)
    if not html.strip():
        return None, 0
    root, too_deep = _parse_once(html)
    if not too_deep:
        return root, 0
    # libxml2 gave up at its depth limit and dropped the rest without a word: unwrap the
    # deepest elements (their text stays) and parse again.
    flat, unwrapped = flatten_deep_html(html)
    root, _ = _parse_once(flat)
    return root, max(unwrapped, 1)


def _parse_once(html: str) -> tuple[etree._Element | None, bool]:
    parser = lxml_html.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, recover=True
    )
    try:
        root = lxml_html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError):
        return None, False
    too_deep = any(entry.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT for entry in parser.error_log)
    return root, too_deep


def _numbered_notes(blocks: list[Block]) -> Iterator[Block]:
    """The blocks with the footnotes numbered fn1, fn2, … (the editor renews them anyway)."""
    count = 0

    def renumber(note: Footnote) -> Footnote:
        nonlocal count
        count += 1
        return Footnote(f"fn{count}", note.body)

    for block in blocks:
        yield RichText((block,)).map_footnotes(renumber).blocks[0]


def richtext_from_html(html: str) -> RichText:
    """The allowed formatting of an HTML fragment or page as rich text."""
    return import_html(html)[0]


def import_html(html: str) -> tuple[RichText, int]:
    """The allowed formatting of *html* as rich text, and how many elements nested too
    deeply lost their formatting (their text is kept, in its place)."""
    text, unwrapped, _report = import_html_reported(html)
    return text, unwrapped


def import_html_reported(html: str) -> tuple[RichText, int, ImportReport]:
    """:func:`import_html`, and what else was left out (images) or reshaped (tables)."""
    root, unwrapped = _parse(html)
    if root is None:
        return RichText(), unwrapped, ImportReport()
    body = root.find("body")
    walker = _Walker(_word_notes(root))
    walker.children(root if body is None else body, Marks())
    walker.end_block()
    text = RichText(tuple(_numbered_notes(promote_fake_lists(walker.blocks))))
    return text, unwrapped, walker.report


def richtext_from_plain(text: str) -> RichText:
    """Plain text: one paragraph per line (blank lines dropped), typed lists made real."""
    lines = re.split(r"\r\n|\r|\n|\u2029", text.replace("\ufffc", ""))
    blocks = [Block((Run(line.strip(_BLANK.replace("\t", ""))),)) for line in lines]
    return RichText(tuple(promote_fake_lists([b for b in blocks if b.content])))
