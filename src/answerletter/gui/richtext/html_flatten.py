"""HTML nested deeper than libxml2 will follow, rewritten with its deepest elements unwrapped.

libxml2 stops at 256 levels of nesting: everything from the 256th level on, and everything
after it, would be lost without a word. Such HTML (a hostile page, or a generator gone wrong)
is re-written here with Python's own tokenizer, which has no depth limit: elements beyond
:data:`MAX_DEPTH` lose their tags (their formatting) but keep their text, in order.
"""

from __future__ import annotations

from collections import Counter
from html import escape
from html.parser import HTMLParser

#: Open elements kept; the rest are unwrapped. html, body and Word's wrappers fit well below
#: libxml2's 256.
MAX_DEPTH = 200

#: Elements without content: never pushed on the stack of open elements.
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)


def _start_tag(tag: str, attrs: list[tuple[str, str | None]], *, closed: bool = False) -> str:
    parts = [tag]
    for name, value in attrs:
        parts.append(name if value is None else f'{name}="{escape(value, quote=True)}"')
    return "<" + " ".join(parts) + (" />" if closed else ">")


class _Flattener(HTMLParser):
    def __init__(self, max_depth: int) -> None:
        super().__init__(convert_charrefs=True)
        self.max_depth = max_depth
        self.out: list[str] = []
        #: Open elements: (tag, whether its tags were written).
        self.stack: list[tuple[str, bool]] = []
        #: How many of each tag are open (a stray end tag is found without a search).
        self.open_count: Counter[str] = Counter()
        self.written = 0
        self.unwrapped = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            self.out.append(_start_tag(tag, attrs))
            return
        keep = self.written < self.max_depth
        self.stack.append((tag, keep))
        self.open_count[tag] += 1
        if keep:
            self.written += 1
            self.out.append(_start_tag(tag, attrs))
        else:
            self.unwrapped += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(_start_tag(tag, attrs, closed=True))

    def handle_endtag(self, tag: str) -> None:
        if not self.open_count[tag]:
            return  # a stray end tag
        while self.stack:
            open_tag, kept = self.stack.pop()
            self.open_count[open_tag] -= 1
            if kept:
                self.written -= 1
                self.out.append(f"</{open_tag}>")
            if open_tag == tag:
                return

    def handle_data(self, data: str) -> None:
        self.out.append(escape(data, quote=False))


def flatten_deep_html(html: str, max_depth: int = MAX_DEPTH) -> tuple[str, int]:
    """*html* with nesting beyond *max_depth* unwrapped, and how many elements lost their
    tags (0: nothing changed but the spelling of the markup)."""
    flattener = _Flattener(max_depth)
    flattener.feed(html)
    flattener.close()
    return "".join(flattener.out), flattener.unwrapped
