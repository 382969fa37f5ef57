"""The restricted inline rich text of questions, answers and the letter body.

Rich text is a tuple of blocks (paragraphs and list items) holding inline runs: text with
marks (bold, italic, underline, super/subscript, a link) and footnotes. Everything is an
immutable value in canonical form: adjacent runs with the same marks are merged, empty runs
dropped, and characters XML cannot carry removed, so two equal texts are equal values and a
text survives a trip through the file format unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import TypeAlias

#: Soft line break inside a paragraph. Qt's QTextDocument uses the same character.
LINE_BREAK = "\u2028"

LINK_SCHEMES = ("http", "https", "mailto")
_LINK_RE = re.compile(r"^(?:https?://[^\s]+|mailto:[^\s]+)$", re.IGNORECASE)

# Characters that XML 1.0 cannot represent (C0 controls except TAB, lone surrogates,
# U+FFFE/U+FFFF). Line feeds become soft line breaks instead of disappearing.
_INVALID_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NEWLINES = re.compile(r"\r\n|\r|\n")
# Anything either substitution above would touch; most texts have none (the fast path).
_NEEDS_CLEANING = re.compile("[\x00-\x08\x0a-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """Return *text* with newlines as soft line breaks and XML-incompatible characters removed."""
    if not _NEEDS_CLEANING.search(text):
        return text
    return _INVALID_XML_CHARS.sub("", _NEWLINES.sub(LINE_BREAK, text))


def clean_plain(text: str) -> str:
    """Return a single-line plain string: line breaks become spaces, invalid characters go."""
    if not _NEEDS_CLEANING.search(text) and LINE_BREAK not in text:
        return text
    return _INVALID_XML_CHARS.sub("", _NEWLINES.sub(" ", text)).replace(LINE_BREAK, " ")


def is_allowed_link(href: str) -> bool:
    """True when *href* is an http, https or mailto address (the only links a letter may hold)."""
    return bool(_LINK_RE.fullmatch(href))


class Script(Enum):
    """Vertical position of a run."""

    NORMAL = "normal"
    SUPER = "super"
    SUB = "sub"


@dataclass(frozen=True, slots=True)
class Marks:
    """The formatting of a run. A value: two runs with equal marks are merged."""

    bold: bool = False
    italic: bool = False
    underline: bool = False
    script: Script = Script.NORMAL
    link: str | None = None

    def __post_init__(self) -> None:
        if self.link is not None and not is_allowed_link(self.link):
            raise ValueError(f"Links must be http, https or mailto addresses, not {self.link!r}")


PLAIN = Marks()


@dataclass(frozen=True, slots=True)
class Run:
    """Text with one set of marks."""

    text: str
    marks: Marks = PLAIN


@dataclass(frozen=True, slots=True)
class Footnote:
    """A footnote: its mark sits where it stands in the text; its body is inline rich text.

    The body lives inside the reference, so deleting or moving text takes its footnote with
    it and a footnote can never dangle. Footnote numbers are derived from reading order.
    """

    id: str
    body: tuple[Run, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "body", normalize_runs(self.body))

    def plain_text(self) -> str:
        return "".join(run.text for run in self.body)


Inline: TypeAlias = Run | Footnote


def normalize_runs(runs: tuple[Run, ...] | list[Run]) -> tuple[Run, ...]:
    """Canonical form of a run sequence: clean text, no empty runs, equal neighbours merged."""
    out: list[Run] = []
    for run in runs:
        text = clean_text(run.text)
        if not text:
            continue
        if out and (out[-1].marks is run.marks or out[-1].marks == run.marks):
            out[-1] = Run(out[-1].text + text, run.marks)
        else:
            out.append(run if text is run.text else Run(text, run.marks))
    return tuple(out)


def normalize_inlines(items: tuple[Inline, ...] | list[Inline]) -> tuple[Inline, ...]:
    """Canonical form of inline content: runs normalised between footnotes."""
    out: list[Inline] = []
    pending: list[Run] = []
    for item in items:
        if isinstance(item, Run):
            pending.append(item)
        else:
            out.extend(normalize_runs(pending))
            pending = []
            out.append(item)
    out.extend(normalize_runs(pending))
    return tuple(out)


class ListKind(Enum):
    """How a list item is marked."""

    BULLET = "bullet"
    NUMBER = "number"


MAX_LIST_LEVEL = 3


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph, or (with *list_kind*) a list item at nesting *level* (0 = outermost).

    Consecutive list items of one kind form one list; a plain paragraph ends it.
    """

    content: tuple[Inline, ...] = ()
    list_kind: ListKind | None = None
    level: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "content", normalize_inlines(self.content))
        if not 0 <= self.level <= MAX_LIST_LEVEL:
            raise ValueError(f"List level must be 0..{MAX_LIST_LEVEL}, not {self.level}")
        if self.list_kind is None and self.level:
            raise ValueError("Only list items have a nesting level")

    def plain_text(self) -> str:
        """The block's text without footnote bodies (footnote marks are left out)."""
        return "".join(item.text for item in self.content if isinstance(item, Run))

    def footnotes(self) -> tuple[Footnote, ...]:
        return tuple(item for item in self.content if isinstance(item, Footnote))


@dataclass(frozen=True, slots=True)
class RichText:
    """A sequence of blocks. The empty text has no blocks."""

    blocks: tuple[Block, ...] = field(default_factory=tuple)

    @classmethod
    def plain(cls, *paragraphs: str) -> RichText:
        """Rich text of plain paragraphs, one block per argument."""
        return cls(tuple(Block((Run(p),)) for p in paragraphs))

    def is_empty(self) -> bool:
        return all(not block.content for block in self.blocks)

    def plain_text(self) -> str:
        """Paragraphs joined by newlines, footnote bodies left out."""
        return "\n".join(block.plain_text() for block in self.blocks)

    def footnotes(self) -> tuple[Footnote, ...]:
        return tuple(note for block in self.blocks for note in block.footnotes())

    def links(self) -> tuple[str, ...]:
        """Every link target in the text and its footnotes, in reading order."""
        found: list[str] = []
        for block in self.blocks:
            for item in block.content:
                runs = item.body if isinstance(item, Footnote) else (item,)
                found.extend(run.marks.link for run in runs if run.marks.link)
        return tuple(found)

    def map_footnotes(self, change: Callable[[Footnote], Footnote]) -> RichText:
        """A copy with every footnote replaced by ``change(footnote)``."""
        return RichText(
            tuple(
                Block(
                    tuple(change(i) if isinstance(i, Footnote) else i for i in block.content),
                    block.list_kind,
                    block.level,
                )
                for block in self.blocks
            )
        )


EMPTY_TEXT = RichText()
