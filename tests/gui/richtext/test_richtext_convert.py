"""RichText ⇄ QTextDocument: exact round trip, list grouping, footnotes as one character."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor, QTextDocument

from answerletter.gui.richtext.convert import (
    document_from_richtext,
    insert_richtext,
    richtext_from_document,
    richtext_from_range,
)
from answerletter.gui.richtext.formats import OBJECT_REPLACEMENT
from answerletter.model.richtext import (
    LINE_BREAK,
    Block,
    Footnote,
    ListKind,
    Marks,
    RichText,
    Run,
    Script,
)

try:
    from strategies import rich_texts
except ImportError:  # the shared strategies module is not in this checkout yet
    from local_strategies import rich_texts  # type: ignore[no-redef]

B, N = ListKind.BULLET, ListKind.NUMBER


def _lists(document: QTextDocument) -> list[int | None]:
    """The object index of each block's list (None for paragraphs)."""
    out: list[int | None] = []
    block = document.firstBlock()
    while block.isValid():
        text_list = block.textList()
        out.append(None if text_list is None else text_list.objectIndex())
        block = block.next()
    return out


def _round_trip(text: RichText) -> RichText:
    document = QTextDocument()
    document_from_richtext(text, document)
    return richtext_from_document(document)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rich_texts(max_blocks=6))
def test_round_trip_is_identity(qapp, text):
    assert _round_trip(text) == text


@pytest.mark.parametrize(
    "text",
    [
        RichText(),
        RichText((Block(),)),
        RichText((Block(), Block())),
        RichText.plain("één", "twee"),
        # Characters a QTextDocument would take as block or frame boundaries.
        RichText.plain("a\u2029b\ufdd0c\ufdd1d", "\u2029"),
        RichText.plain(f"regel{LINE_BREAK}volgende\ttab 😀 {OBJECT_REPLACEMENT} e\u0301"),
    ],
)
def test_round_trip_of_edge_cases(qapp, text):
    assert _round_trip(text) == text


def test_marks_and_footnotes_round_trip(qapp):
    text = RichText(
        (
            Block(
                (
                    Run("vet", Marks(bold=True)),
                    Run("cursief", Marks(italic=True)),
                    Run("onder", Marks(underline=True)),
                    Run("2", Marks(script=Script.SUPER)),
                    Run("x", Marks(script=Script.SUB)),
                    Run("site", Marks(link="https://www.tweedekamer.nl")),
                    Run("mail", Marks(link="mailto:a@b.nl", underline=True)),
                    Footnote("fn1", (Run("Zie "), Run("bron", Marks(italic=True)))),
                    Footnote("fn2", ()),
                )
            ),
        )
    )
    assert _round_trip(text) == text


def test_footnote_is_one_character(qapp):
    document = QTextDocument()
    note = Footnote("fn7", (Run("noot"),))
    document_from_richtext(RichText((Block((Run("ab"), note, Run("cd"))),)), document)
    assert document.toPlainText() == f"ab{OBJECT_REPLACEMENT}cd"


def test_consecutive_items_of_one_kind_and_level_share_one_list(qapp):
    document = QTextDocument()
    text = RichText(
        (
            Block((Run("een"),), N),
            Block((Run("twee"),), N),
            Block((Run("a"),), N, 1),
            Block((Run("b"),), N, 1),
            Block((Run("drie"),), N),
            Block((Run("c"),), N, 1),  # a new sub-list: the earlier one was closed by "drie"
            Block((Run("los"),)),
            Block((Run("vier"),), N),  # a paragraph ends a list: a new list starts
            Block((Run("punt"),), B),  # another kind: another list
        )
    )
    document_from_richtext(text, document)
    one, _, sub, _, _, sub2, para, four, bullet = _lists(document)
    assert _lists(document)[:5] == [one, one, sub, sub, one]
    assert len({one, sub, sub2, four, bullet}) == 5
    assert para is None
    # Numbering follows the grouping: "drie" is the third item of the outer list.
    third = document.findBlockByNumber(4)
    assert third.textList().itemNumber(third) == 2
    assert third.textList().itemText(third) == "3."


def test_selection_range_keeps_footnotes_and_list_items(qapp):
    document = QTextDocument()
    note = Footnote("fn1", (Run("bron"),))
    text = RichText(
        (
            Block((Run("Voor "), note, Run(" na"))),
            Block((Run("item"),), B),
        )
    )
    document_from_richtext(text, document)
    # From inside the first paragraph to the end: partial first block, whole list item.
    got = richtext_from_range(document, 2, document.characterCount() - 1)
    assert got == RichText((Block((Run("or "), note, Run(" na"))), Block((Run("item"),), B)))


def test_range_counts_utf16_positions(qapp):
    document = QTextDocument()
    document_from_richtext(RichText.plain("😀ab"), document)
    # The emoji takes two positions in Qt.
    assert richtext_from_range(document, 2, 3) == RichText.plain("a")


def test_insert_joins_first_block_and_splits_at_cursor(qapp):
    document = QTextDocument()
    document_from_richtext(RichText.plain("abcdef"), document)
    cursor = QTextCursor(document)
    cursor.setPosition(3)
    insert_richtext(cursor, RichText((Block((Run("X"),)), Block((Run("Y"),), B))))
    assert richtext_from_document(document) == RichText(
        (Block((Run("abcX"),)), Block((Run("Ydef"),), B))
    )


def test_insert_renews_footnote_ids(qapp):
    document = QTextDocument()
    note = Footnote("fn1", (Run("bron"),))
    document_from_richtext(RichText((Block((note,)),)), document)
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    fresh = iter(["fn2", "fn3"])
    insert_richtext(cursor, RichText((Block((note, note)),)), fresh_id=lambda used: next(fresh))
    ids = [n.id for n in richtext_from_document(document).footnotes()]
    assert ids == ["fn1", "fn2", "fn3"]


@given(st.data())
@settings(max_examples=60, deadline=None)
def test_any_range_pastes_back_to_the_same_text(qapp, data):
    """Cutting any range and inserting it again at the same place changes nothing."""
    text = data.draw(rich_texts(max_blocks=4))
    document = QTextDocument()
    document_from_richtext(text, document)
    stops = _cursor_stops(document)
    start = data.draw(st.sampled_from(stops))
    end = data.draw(st.sampled_from([stop for stop in stops if stop >= start]))
    original = richtext_from_document(document)
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    piece = richtext_from_range(document, start, end)
    cursor.removeSelectedText()
    insert_richtext(cursor, piece)
    assert _content(richtext_from_document(document)) == _content(original)


def _cursor_stops(document: QTextDocument) -> list[int]:
    """Every position a cursor can stand at (never inside a surrogate pair or cluster)."""
    cursor = QTextCursor(document)
    stops = [0]
    while cursor.movePosition(QTextCursor.MoveOperation.NextCharacter):
        stops.append(cursor.position())
    return stops


def _content(text: RichText) -> list[object]:
    """Inline content per block (list states of a split block may legitimately move)."""
    return [block.content for block in text.blocks]
