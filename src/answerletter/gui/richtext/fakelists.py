"""Turning typed list markers ("1.", "a)", "•", "-") at the start of paragraphs into real lists.

Word pastes its lists as plain paragraphs starting with the marker, and e-mails type them by
hand. A run of consecutive paragraphs that all start with a marker becomes one list; the first
marker style met is level 0, the next new style level 1, and so on ("1." … "a)" … "2.").
"""

from __future__ import annotations

import re

from answerletter.model.richtext import MAX_LIST_LEVEL, Block, ListKind, Run

_SPACE = r"[ \t\u00a0\u2002-\u200a\u202f]"
_NUMBER_RE = re.compile(
    rf"^{_SPACE}*\(?(?P<n>\d{{1,3}}|[a-z]|[ivx]{{1,5}})(?P<close>[.)]){_SPACE}+"
)
_BULLET_RE = re.compile(rf"^{_SPACE}*(?P<b>[•·▪■◦○●‣⁃∙\-–—*]){_SPACE}+")
#: Bullet characters Word writes for its own bullets (Symbol, Courier New, Wingdings fonts).
WORD_BULLETS = frozenset("•·▪■◦○●‣⁃∙-–—*o§Øüv\uf0b7\uf0a7\uf0d8")


def marker_family(marker: str) -> tuple[ListKind, str] | None:
    """The kind and style of a list marker like "1.", "a)", "iv.", "•"; None if it is none."""
    marker = marker.strip()
    if not marker:
        return None
    match = re.fullmatch(r"\(?(\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,5})[.)]", marker)
    if match:
        return ListKind.NUMBER, _number_style(match.group(1), match.group(0)[-1])
    if marker in WORD_BULLETS:
        return ListKind.BULLET, marker
    return None


def _number_style(value: str, close: str) -> str:
    if value.isdigit():
        kind = "decimal"
    elif re.fullmatch(r"[ivxlc]+", value):
        kind = "roman"
    elif re.fullmatch(r"[IVXLC]+", value):
        kind = "ROMAN"
    elif value.islower():
        kind = "alpha"
    else:
        kind = "ALPHA"
    return f"{kind}{close}"


_Family = tuple[ListKind, str]


def _split_marker(block: Block) -> tuple[_Family, str, Block] | None:
    """The block's marker family, the marker's value and the block without its marker."""
    if block.list_kind is not None or not block.content:
        return None
    first = block.content[0]
    if not isinstance(first, Run):
        return None
    match = _NUMBER_RE.match(first.text) or _BULLET_RE.match(first.text)
    if match is None:
        return None
    if "n" in match.groupdict():
        value = match.group("n")
        family = (ListKind.NUMBER, _number_style(value, match.group("close")))
    else:
        value = match.group("b")
        family = (ListKind.BULLET, value)
    rest = first.text[match.end() :]
    content = ((Run(rest, first.marks),) if rest else ()) + block.content[1:]
    return family, value, Block(content)


def _resolve_roman(found: list[tuple[_Family, str]]) -> list[_Family]:
    """A one-letter "i." or "v." in a list that already counts in letters is a letter."""
    out: list[_Family] = []
    letters: set[str] = set()  # closing characters of letter-counted families seen
    for (kind, marked), value in found:
        close = marked[-1]
        style = marked
        if marked.startswith("roman") and len(value) == 1 and close in letters:
            style = "alpha" + close
        if style.startswith("alpha"):
            letters.add(close)
        out.append((kind, style))
    return out


def promote_fake_lists(blocks: list[Block]) -> list[Block]:
    """*blocks* with runs of marker paragraphs turned into list items (markers removed)."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        run: list[tuple[_Family, str, Block]] = []
        while i < len(blocks) and (found := _split_marker(blocks[i])) is not None:
            run.append(found)
            i += 1
        if not run:
            out.append(blocks[i])
            i += 1
            continue
        families = _resolve_roman([(family, value) for family, value, _ in run])
        order: list[_Family] = []
        for family, (_, _, block) in zip(families, run, strict=True):
            if family not in order:
                order.append(family)
            level = min(order.index(family), MAX_LIST_LEVEL)
            out.append(Block(block.content, family[0], level))
    return out
