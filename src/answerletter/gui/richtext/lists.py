"""Keeping a QTextDocument's lists in the model's shape.

The model says: consecutive list items of one kind form one list, a plain paragraph ends it,
and a deeper level opens a sub-list that a shallower item closes. In Qt, list membership is a
QTextList object shared by its blocks, so the editor must make the same grouping explicit or
numbering restarts where the model continues (and ``createList`` per item would give every item
its own list). ``plan_lists`` works out which blocks need another list; ``apply_lists`` makes the
changes through a cursor, so they join the caller's undo step.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextList

from answerletter.gui.richtext.formats import list_format, list_kind_of, list_level_of
from answerletter.model.richtext import ListKind

#: A block's list state: (kind, level), or None for a plain paragraph.
ListState = tuple[ListKind, int] | None


def list_state(block: QTextBlock) -> ListState:
    text_list: QTextList | None = block.textList()  # None outside lists (not in the stubs)
    if text_list is None:
        return None
    fmt = text_list.format()
    return list_kind_of(fmt), list_level_of(fmt)


def _canonical(text_list: QTextList, kind: ListKind, level: int) -> bool:
    """True when the list has exactly the style and indent the editor gives (kind, level)."""
    fmt = text_list.format()
    wanted = list_format(kind, level)
    return fmt.style() == wanted.style() and fmt.indent() == wanted.indent()


@dataclass(frozen=True, slots=True)
class _Move:
    """Put block *number* into the list *target*: an object index, a negative number for a
    list the plan opens (the same number for all its items), or None for a plain paragraph."""

    number: int
    target: int | None
    state: ListState


def plan_lists(
    document: QTextDocument, wanted: Mapping[int, ListState] | None = None
) -> list[_Move]:
    """The changes that give every block its list state (``wanted`` overrides the present one,
    by block number) in the model's grouping. Empty when the document is already in shape."""
    wanted = wanted or {}
    moves: list[_Move] = []
    open_lists: dict[int, tuple[ListKind, int]] = {}  # level -> (kind, object index)
    closed: set[int] = set()
    # Lists opened by the plan itself have negative stand-in indices until applied.
    next_new = -1
    block = document.firstBlock()
    while block.isValid():
        number = block.blockNumber()
        present: QTextList | None = block.textList()
        state = wanted[number] if number in wanted else list_state(block)
        if state is None:
            closed.update(index for _, index in open_lists.values())
            open_lists.clear()
            if present is not None or block.blockFormat().indent():
                moves.append(_Move(number, None, None))
            block = block.next()
            continue
        kind, level = state
        for deeper in [lv for lv in open_lists if lv > level]:
            closed.add(open_lists.pop(deeper)[1])
        current = open_lists.get(level)
        if current is not None and current[0] is not kind:
            closed.add(current[1])
            current = None
        if current is None:
            if (
                present is not None
                and present.objectIndex() not in closed
                and present.objectIndex() not in {index for _, index in open_lists.values()}
                and _canonical(present, kind, level)
            ):
                opened = (kind, present.objectIndex())
            else:
                opened = (kind, next_new)
                next_new -= 1
            open_lists[level] = current = opened
        target = current[1]
        if present is None or present.objectIndex() != target or block.blockFormat().indent():
            moves.append(_Move(number, target, state))
        block = block.next()
    return moves


def apply_lists(document: QTextDocument, moves: list[_Move]) -> None:
    """Carry out a plan from :func:`plan_lists` (call inside the caller's edit block)."""
    created: dict[int, QTextList] = {}
    for move in moves:
        block = document.findBlockByNumber(move.number)
        cursor = QTextCursor(block)
        target = move.target
        if target is not None and target < 0:
            if target not in created:
                assert move.state is not None
                kind, level = move.state
                created[target] = cursor.createList(list_format(kind, level))
            target = created[target].objectIndex()
        # The model has no paragraph indent: a list item's level is its list's indent.
        fmt = block.blockFormat()
        fmt.setObjectIndex(-1 if target is None else target)
        fmt.setIndent(0)
        cursor.setBlockFormat(fmt)


def normalize_lists(document: QTextDocument, wanted: Mapping[int, ListState] | None = None) -> bool:
    """Bring the document's lists into the model's grouping; True when anything changed."""
    moves = plan_lists(document, wanted)
    if moves:
        apply_lists(document, moves)
    return bool(moves)
