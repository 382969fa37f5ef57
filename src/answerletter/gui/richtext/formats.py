"""How the model's marks, list items and footnotes are stored in QTextDocument formats.

One place decides the representation, so the converter, the editor and the footnote painter
agree. Only semantic properties are read back (weight, slant, single underline, vertical
alignment, anchor); colours and dotted underlines are display only, so a link can look like a
link without turning into an underline mark.
"""

from __future__ import annotations

import json

from PySide6.QtGui import (
    QBrush,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextFormat,
    QTextListFormat,
)

from answerletter.gui.palette_colours import link_colour
from answerletter.gui.richtext.serial import runs_from_json, runs_to_json
from answerletter.model.richtext import (
    MAX_LIST_LEVEL,
    Footnote,
    ListKind,
    Marks,
    Run,
    Script,
    is_allowed_link,
)

OBJECT_REPLACEMENT = "\ufffc"

#: Object type of a footnote mark: one U+FFFC character painted as its number.
FOOTNOTE_OBJECT = int(QTextFormat.ObjectTypes.UserObject) + 1
#: Char format properties of a footnote mark.
FOOTNOTE_ID = int(QTextFormat.Property.UserProperty) + 1
FOOTNOTE_BODY = int(QTextFormat.Property.UserProperty) + 2
#: On a stand-in character: the character the model holds there (see STAND_INS).
ORIGINAL_CHAR = int(QTextFormat.Property.UserProperty) + 3
#: On the block format of the only block: the text was one empty paragraph, not no text.
EXPLICIT_EMPTY = int(QTextFormat.Property.UserProperty) + 4

#: Characters a run may hold but a QTextDocument cannot (it splits blocks at them), and the
#: character that stands in for each, marked with ORIGINAL_CHAR. U+2029 still breaks the line.
STAND_INS = {"\u2029": "\u2028", "\ufdd0": "\u200b", "\ufdd1": "\u200b"}

#: Properties that belong to one special character and must not spread to typed text.
SPECIAL_PROPERTIES = (FOOTNOTE_ID, FOOTNOTE_BODY, ORIGINAL_CHAR)

_BULLET_STYLES = (
    QTextListFormat.Style.ListDisc,
    QTextListFormat.Style.ListCircle,
    QTextListFormat.Style.ListSquare,
    QTextListFormat.Style.ListDisc,
)
_NUMBER_STYLES = (
    QTextListFormat.Style.ListDecimal,
    QTextListFormat.Style.ListLowerAlpha,
    QTextListFormat.Style.ListLowerRoman,
    QTextListFormat.Style.ListDecimal,
)
_BULLET_STYLE_SET = frozenset(
    (
        QTextListFormat.Style.ListDisc,
        QTextListFormat.Style.ListCircle,
        QTextListFormat.Style.ListSquare,
    )
)


#: Space under each paragraph, so paragraphs and soft line breaks look different (display only).
PARAGRAPH_SPACING = 5.0


def paragraph_format() -> QTextBlockFormat:
    """The block format of a new paragraph or list item."""
    fmt = QTextBlockFormat()
    fmt.setBottomMargin(PARAGRAPH_SPACING)
    return fmt


# -- marks --


def char_format(marks: Marks) -> QTextCharFormat:
    """A fresh char format carrying exactly *marks* (and a link's display colour)."""
    fmt = QTextCharFormat()
    apply_marks(fmt, marks)
    return fmt


def apply_marks(fmt: QTextCharFormat, marks: Marks) -> None:
    """Set every mark property of *fmt* to *marks* (other properties are kept)."""
    fmt.setFontWeight(QFont.Weight.Bold if marks.bold else QFont.Weight.Normal)
    fmt.setFontItalic(marks.italic)
    set_script(fmt, marks.script)
    set_link(fmt, marks.link, underline=marks.underline)


def set_script(fmt: QTextCharFormat, script: Script) -> None:
    alignment = {
        Script.NORMAL: QTextCharFormat.VerticalAlignment.AlignNormal,
        Script.SUPER: QTextCharFormat.VerticalAlignment.AlignSuperScript,
        Script.SUB: QTextCharFormat.VerticalAlignment.AlignSubScript,
    }[script]
    fmt.setVerticalAlignment(alignment)


def set_link(fmt: QTextCharFormat, href: str | None, *, underline: bool) -> None:
    """Make *fmt* a link to *href* (or no link), keeping the underline mark *underline*."""
    if href is None:
        fmt.setAnchor(False)
        fmt.clearProperty(QTextFormat.Property.AnchorHref)
        fmt.clearForeground()
        fmt.setUnderlineStyle(
            QTextCharFormat.UnderlineStyle.SingleUnderline
            if underline
            else QTextCharFormat.UnderlineStyle.NoUnderline
        )
        return
    fmt.setAnchor(True)
    fmt.setAnchorHref(href)
    # The palette's link colour, readable on the editor's background (display only).
    fmt.setForeground(QBrush(link_colour()))
    # A dotted line shows a link without claiming the underline mark (a single line).
    fmt.setUnderlineStyle(
        QTextCharFormat.UnderlineStyle.SingleUnderline
        if underline
        else QTextCharFormat.UnderlineStyle.DotLine
    )


def is_bold(fmt: QTextCharFormat) -> bool:
    # Pasted text may be DemiBold (600); anything heavier than Medium reads as bold.
    return fmt.fontWeight() > int(QFont.Weight.Medium)


def is_underlined(fmt: QTextCharFormat) -> bool:
    if fmt.hasProperty(QTextFormat.Property.TextUnderlineStyle):
        return fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    return fmt.fontUnderline()


def script_of(fmt: QTextCharFormat) -> Script:
    alignment = fmt.verticalAlignment()
    if alignment == QTextCharFormat.VerticalAlignment.AlignSuperScript:
        return Script.SUPER
    if alignment == QTextCharFormat.VerticalAlignment.AlignSubScript:
        return Script.SUB
    return Script.NORMAL


def link_of(fmt: QTextCharFormat) -> str | None:
    """The allowed link target of *fmt*, or None (other schemes are not links)."""
    if not fmt.isAnchor():
        return None
    href = fmt.anchorHref()
    return href if href and is_allowed_link(href) else None


def marks_of(fmt: QTextCharFormat) -> Marks:
    return Marks(
        bold=is_bold(fmt),
        italic=fmt.fontItalic(),
        underline=is_underlined(fmt),
        script=script_of(fmt),
        link=link_of(fmt),
    )


def strip_special(fmt: QTextCharFormat) -> QTextCharFormat:
    """A copy of *fmt* without footnote or stand-in properties (for text typed next to one)."""
    clean = QTextCharFormat(fmt)
    for prop in SPECIAL_PROPERTIES:
        clean.clearProperty(prop)
    clean.setObjectType(0)
    return clean


def has_special(fmt: QTextCharFormat) -> bool:
    return any(fmt.hasProperty(prop) for prop in SPECIAL_PROPERTIES)


# -- footnotes --


def footnote_format(note: Footnote, base: QTextCharFormat | None = None) -> QTextCharFormat:
    """The format of a footnote mark; *base* supplies the surrounding marks, so typing
    after the mark continues in the same style."""
    fmt = QTextCharFormat() if base is None else strip_special(base)
    fmt.setObjectType(FOOTNOTE_OBJECT)
    fmt.setProperty(FOOTNOTE_ID, note.id)
    fmt.setProperty(FOOTNOTE_BODY, _body_json(note.body))
    return fmt


def _body_json(body: tuple[Run, ...]) -> str:
    return json.dumps(runs_to_json(body), ensure_ascii=False)


def is_footnote(fmt: QTextCharFormat) -> bool:
    return fmt.objectType() == FOOTNOTE_OBJECT


def footnote_of(fmt: QTextCharFormat) -> Footnote:
    """The footnote a mark's format carries (a damaged body reads as an empty body)."""
    note_id = fmt.stringProperty(FOOTNOTE_ID)
    try:
        body = runs_from_json(json.loads(fmt.stringProperty(FOOTNOTE_BODY) or "[]"))
    except ValueError:
        body = ()
    return Footnote(note_id, body)


# -- lists --


def list_format(kind: ListKind, level: int) -> QTextListFormat:
    fmt = QTextListFormat()
    styles = _BULLET_STYLES if kind is ListKind.BULLET else _NUMBER_STYLES
    fmt.setStyle(styles[level])
    fmt.setIndent(level + 1)
    return fmt


def list_kind_of(fmt: QTextListFormat) -> ListKind:
    return ListKind.BULLET if fmt.style() in _BULLET_STYLE_SET else ListKind.NUMBER


def list_level_of(fmt: QTextListFormat) -> int:
    return max(0, min(MAX_LIST_LEVEL, fmt.indent() - 1))


def set_underline(fmt: QTextCharFormat, on: bool) -> None:
    """The underline mark; on a link, "off" is the link's dotted line."""
    if link_of(fmt) is not None:
        style = (
            QTextCharFormat.UnderlineStyle.SingleUnderline
            if on
            else QTextCharFormat.UnderlineStyle.DotLine
        )
    else:
        style = (
            QTextCharFormat.UnderlineStyle.SingleUnderline
            if on
            else QTextCharFormat.UnderlineStyle.NoUnderline
        )
    fmt.setUnderlineStyle(style)
