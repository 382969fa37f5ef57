"""A small JSON form of rich text, for the editor's private clipboard type and footnote bodies.

The .kvb format has no public function for a rich-text fragment, so the editor keeps its own:
compact, versioned, and read defensively (clipboard data comes from any program), so malformed
input raises ``ValueError`` and is never half-applied.
"""

from __future__ import annotations

import json
from typing import Any

from answerletter.model.richtext import (
    MAX_LIST_LEVEL,
    Block,
    Footnote,
    Inline,
    ListKind,
    Marks,
    RichText,
    Run,
    Script,
)

FORMAT_VERSION = 1
_MAX_BYTES = 20_000_000  # a clipboard fragment bigger than this is not a paste, it is an attack


def marks_to_json(marks: Marks) -> dict[str, Any]:
    """Only the marks that differ from plain, to keep the text short."""
    out: dict[str, Any] = {}
    if marks.bold:
        out["b"] = True
    if marks.italic:
        out["i"] = True
    if marks.underline:
        out["u"] = True
    if marks.script is not Script.NORMAL:
        out["s"] = marks.script.value
    if marks.link is not None:
        out["l"] = marks.link
    return out


def marks_from_json(data: object) -> Marks:
    if not isinstance(data, dict):
        raise ValueError("marks must be an object")
    link = data.get("l")
    if link is not None and not isinstance(link, str):
        raise ValueError("a link must be a string")
    try:
        script = Script(data.get("s", Script.NORMAL.value))
    except ValueError:
        raise ValueError("unknown script position") from None
    return Marks(
        bold=data.get("b") is True,
        italic=data.get("i") is True,
        underline=data.get("u") is True,
        script=script,
        link=link,  # Marks refuses links with other schemes
    )


def runs_to_json(runs: tuple[Run, ...]) -> list[Any]:
    return [[run.text, marks_to_json(run.marks)] for run in runs]


def runs_from_json(data: object) -> tuple[Run, ...]:
    if not isinstance(data, list):
        raise ValueError("runs must be a list")
    runs: list[Run] = []
    for item in data:
        if not (isinstance(item, list) and len(item) == 2 and isinstance(item[0], str)):
            raise ValueError("a run must be [text, marks]")
        runs.append(Run(item[0], marks_from_json(item[1])))
    return tuple(runs)


def _inline_to_json(item: Inline) -> Any:
    if isinstance(item, Footnote):
        return {"fn": item.id, "body": runs_to_json(item.body)}
    return [item.text, marks_to_json(item.marks)]


def _inline_from_json(data: object) -> Inline:
    if isinstance(data, dict):
        note_id = data.get("fn")
        if not isinstance(note_id, str):
            raise ValueError("a footnote needs a string id")
        return Footnote(note_id, runs_from_json(data.get("body")))
    return runs_from_json([data])[0]


def richtext_to_json(text: RichText) -> str:
    """The text as a JSON string (version 1)."""
    blocks = []
    for block in text.blocks:
        entry: dict[str, Any] = {"c": [_inline_to_json(item) for item in block.content]}
        if block.list_kind is not None:
            entry["k"] = block.list_kind.value
            entry["lv"] = block.level
        blocks.append(entry)
    return json.dumps({"v": FORMAT_VERSION, "blocks": blocks}, ensure_ascii=False)


def richtext_from_json(data: str | bytes) -> RichText:
    """Read :func:`richtext_to_json` output; raises ValueError for anything else."""
    if len(data) > _MAX_BYTES:
        raise ValueError("rich text data too large")
    try:
        root = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ValueError(f"not JSON: {error}") from None
    if not isinstance(root, dict) or root.get("v") != FORMAT_VERSION:
        raise ValueError("not answerletter rich text (version 1)")
    raw_blocks = root.get("blocks")
    if not isinstance(raw_blocks, list):
        raise ValueError("blocks must be a list")
    blocks: list[Block] = []
    for raw in raw_blocks:
        if not isinstance(raw, dict) or not isinstance(raw.get("c"), list):
            raise ValueError("a block must be an object with content")
        kind: ListKind | None = None
        level = 0
        if "k" in raw:
            try:
                kind = ListKind(raw["k"])
            except ValueError:
                raise ValueError("unknown list kind") from None
            level = raw.get("lv", 0)
            if not isinstance(level, int) or not 0 <= level <= MAX_LIST_LEVEL:
                raise ValueError("list level out of range")
        blocks.append(Block(tuple(_inline_from_json(item) for item in raw["c"]), kind, level))
    return RichText(tuple(blocks))
