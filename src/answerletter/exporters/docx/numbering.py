"""Real Word lists: bullet and number formats in ``numbering.xml``, one list instance per list.

The model's lists (``Block.list_kind`` and ``level``) become paragraphs with ``w:numPr``; each
list of the letter gets its own ``w:num`` that restarts at 1, so numbered lists do not run on
from one answer to the next.
"""

from __future__ import annotations

from answerletter.exporters.docx.wml import NAMESPACES, twips
from answerletter.model.richtext import MAX_LIST_LEVEL, Block, ListKind

BULLET_LIST = 1
NUMBER_LIST = 2
_ABSTRACT = {ListKind.BULLET: BULLET_LIST, ListKind.NUMBER: NUMBER_LIST}
# Glyphs every Windows and macOS font has (Verdana, Arial, DejaVu Sans).
_BULLETS = ("•", "–", "•", "–")
_NUMBER_FORMATS = ("decimal", "lowerLetter", "lowerRoman", "decimal")


def _levels(kind: ListKind, indent_mm: float) -> str:
    out: list[str] = []
    for level in range(MAX_LIST_LEVEL + 1):
        if kind is ListKind.BULLET:
            number_format, level_text = "bullet", _BULLETS[level]
        else:
            number_format, level_text = _NUMBER_FORMATS[level], f"%{level + 1}."
        left = twips(indent_mm * (level + 1))
        out.append(
            f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{number_format}"/>'
            f'<w:lvlText w:val="{level_text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="{left}"/></w:tabs>'
            f'<w:ind w:left="{left}" w:hanging="{twips(indent_mm)}"/></w:pPr></w:lvl>'
        )
    return "".join(out)


def numbering_xml(indent_mm: float) -> str:
    """The numbering part of the base document: the two list formats, no instances yet."""
    abstracts = "".join(
        f'<w:abstractNum w:abstractNumId="{number}"><w:multiLevelType w:val="multilevel"/>'
        f"{_levels(kind, indent_mm)}</w:abstractNum>"
        for kind, number in _ABSTRACT.items()
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<w:numbering {NAMESPACES}>{abstracts}</w:numbering>"
    )


class ListNumbering:
    """Hands out list instances as the letter's blocks are written, like the typesetter
    groups them: consecutive items of one kind at one level share a list; a plain paragraph
    ends every list; going back to a shallower level ends the deeper lists."""

    def __init__(self) -> None:
        self._open: dict[int, tuple[ListKind, int]] = {}
        self.instances: list[tuple[int, ListKind]] = []

    def end_lists(self) -> None:
        self._open.clear()

    def properties(self, block: Block) -> str:
        """The ``w:numPr`` of a list item (and "" for a plain paragraph, which ends lists)."""
        if block.list_kind is None:
            self._open.clear()
            return ""
        for deeper in [level for level in self._open if level > block.level]:
            del self._open[deeper]
        current = self._open.get(block.level)
        if current is None or current[0] is not block.list_kind:
            number = len(self.instances) + 1
            self.instances.append((number, block.list_kind))
            current = (block.list_kind, number)
            self._open[block.level] = current
        return f'<w:numPr><w:ilvl w:val="{block.level}"/><w:numId w:val="{current[1]}"/></w:numPr>'

    def instances_xml(self) -> str:
        """The ``w:num`` elements, each restarting every level at 1."""
        overrides = "".join(
            f'<w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="1"/></w:lvlOverride>'
            for level in range(MAX_LIST_LEVEL + 1)
        )
        return "".join(
            f'<w:num {NAMESPACES} w:numId="{number}">'
            f'<w:abstractNumId w:val="{_ABSTRACT[kind]}"/>{overrides}</w:num>'
            for number, kind in self.instances
        )
