"""The shared intermediate form: a document as paragraphs of rich inline content.

Every reader (.docx, PDF, text) turns its input into ``Para`` values; the one recogniser
(``recognise``) turns those into questions, answers, footnotes and metadata. A footnote in the
content is a model ``Footnote``; in ``Para.text`` it stands as one OBJECT character, so text
offsets and content offsets agree.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from answerletter.model import Footnote, Inline, ListKind, Run

#: Stands for a footnote mark in ``Para.text``.
OBJECT = "\ufffc"


@dataclass(frozen=True, slots=True)
class Para:
    """One paragraph of the source.

    *bold* is True when (nearly) all its letters are bold, False when they are not, None when
    the source has no formatting (text, PDF). *label* is the number Word's automatic numbering
    prints before it ("1.", "2)"); *style* the Word paragraph style id ("" for other sources);
    *where* tells where it stood ("body", "table", "textbox", "frame" (a Word frame),
    "header").
    """

    content: tuple[Inline, ...]
    bold: bool | None = None
    label: str = ""
    list_kind: ListKind | None = None
    level: int = 0
    style: str = ""
    where: str = "body"

    @property
    def text(self) -> str:
        return content_text(self.content)

    def with_content(self, content: tuple[Inline, ...]) -> Para:
        return replace(self, content=content)


def plain_para(text: str, where: str = "body") -> Para:
    return Para((Run(text),), where=where)


def content_text(content: tuple[Inline, ...] | list[Inline]) -> str:
    return "".join(OBJECT if isinstance(item, Footnote) else item.text for item in content)


def slice_content(
    content: tuple[Inline, ...], start: int, end: int | None = None
) -> tuple[Inline, ...]:
    """The inline content between text offsets *start* and *end* (as in ``content_text``)."""
    out: list[Inline] = []
    position = 0
    stop = end if end is not None else 1 << 62
    for item in content:
        length = 1 if isinstance(item, Footnote) else len(item.text)
        lo, hi = max(start, position), min(stop, position + length)
        if lo < hi:
            if isinstance(item, Footnote):
                out.append(item)
            else:
                out.append(Run(item.text[lo - position : hi - position], item.marks))
        position += length
        if position >= stop:
            break
    return tuple(out)


def replace_spans(
    content: tuple[Inline, ...], spans: list[tuple[int, int, Inline | None]]
) -> tuple[Inline, ...]:
    """*content* with each text range [start, end) replaced by an inline (or removed).

    Spans must not overlap; they may come in any order.
    """
    out: list[Inline] = []
    position = 0
    for start, end, replacement in sorted(spans, key=lambda span: span[0]):
        out.extend(slice_content(content, position, start))
        if replacement is not None:
            out.append(replacement)
        position = end
    out.extend(slice_content(content, position))
    return tuple(out)


def strip_content(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """*content* without leading and trailing white space (footnotes kept)."""
    text = content_text(content)
    blank = " \t\u00a0\u2028\n"
    start = len(text) - len(text.lstrip(blank))
    end = len(text.rstrip(blank))
    if start >= end:
        return ()
    if start == 0 and end == len(text):
        return content
    return slice_content(content, start, end)
