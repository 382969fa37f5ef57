"""Rich text is kept in canonical form: merged runs, no empty runs, XML-safe characters."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from answerletter.model import (
    EMPTY_TEXT,
    LINE_BREAK,
    PLAIN,
    Block,
    Footnote,
    ListKind,
    Marks,
    RichText,
    Run,
    Script,
)
from answerletter.model.richtext import (
    MAX_LIST_LEVEL,
    clean_plain,
    clean_text,
    is_allowed_link,
    normalize_inlines,
    normalize_runs,
)

from strategies import UNTIMED, rich_texts, runs

BOLD = Marks(bold=True)
ITALIC = Marks(italic=True)


def test_neighbours_with_equal_marks_merge() -> None:
    runs_ = normalize_runs([Run("Ja, "), Run("dat "), Run("klopt", BOLD), Run(".", BOLD)])
    assert runs_ == (Run("Ja, dat "), Run("klopt.", BOLD))


def test_runs_with_different_marks_stay_apart() -> None:
    runs_ = (Run("a", BOLD), Run("b", ITALIC), Run("c", BOLD))
    assert normalize_runs(runs_) == runs_


def test_empty_runs_are_dropped_and_their_neighbours_merge() -> None:
    runs_ = normalize_runs([Run("Zie ", BOLD), Run("", ITALIC), Run("hier", BOLD), Run("")])
    assert runs_ == (Run("Zie hier", BOLD),)


def test_runs_do_not_merge_across_a_footnote() -> None:
    note = Footnote("fn1", (Run("Kamerstuk"),))
    content = normalize_inlines([Run("a"), Run("b"), note, Run("c"), Run("d")])
    assert content == (Run("ab"), note, Run("cd"))


def test_block_normalises_its_content() -> None:
    block = Block((Run("Een "), Run(""), Run("zin")))
    assert block.content == (Run("Een zin"),)
    assert Block((Run("a"),)) == Block((Run("a"), Run("")))


def test_footnote_body_is_normalised() -> None:
    note = Footnote("fn1", (Run("Kamerstukken "), Run("II"), Run("", BOLD)))
    assert note.body == (Run("Kamerstukken II"),)


def test_control_characters_are_removed_but_tab_kept() -> None:
    assert clean_text("a\x00b\x07c\x1fd\te\x0b\x0c") == "abcd\te"
    assert Run("x") == Block((Run("x\x01"),)).content[0]


def test_lone_surrogates_and_non_characters_are_removed() -> None:
    assert clean_text("a\ud800b\udfffc\ufffed\uffff") == "abcd"


def test_newlines_become_soft_line_breaks() -> None:
    assert clean_text("een\ntwee\r\ndrie\rvier") == LINE_BREAK.join(["een", "twee", "drie", "vier"])
    block = Block((Run("regel 1\nregel 2"),))
    assert block.plain_text() == f"regel 1{LINE_BREAK}regel 2"


def test_a_run_of_only_control_characters_disappears() -> None:
    assert Block((Run("\x00\x01", BOLD), Run("tekst"))).content == (Run("tekst"),)


def test_clean_plain_makes_one_line() -> None:
    assert clean_plain(f"a\nb{LINE_BREAK}c\x00d") == "a b cd"


@pytest.mark.parametrize(
    "href",
    [
        "http://www.rijksoverheid.nl",
        "https://www.tweedekamer.nl/kamervragen?id=2026Z09763&x=1",
        "HTTPS://EXAMPLE.NL/",
        "mailto:info@minaz.nl",
        "MAILTO:info@minaz.nl?subject=Vragen",
    ],
)
def test_allowed_links(href: str) -> None:
    assert is_allowed_link(href)
    assert Marks(link=href).link == href


@pytest.mark.parametrize(
    "href",
    [
        "",
        "ftp://files.example.nl/a",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "www.rijksoverheid.nl",
        "https://",
        "mailto:",
        "https://www.example.nl/met spatie",
        " https://www.example.nl",
        "https://www.example.nl\n",
        "data:text/html,hallo",
    ],
)
def test_refused_links(href: str) -> None:
    assert not is_allowed_link(href)
    with pytest.raises(ValueError, match="http, https or mailto"):
        Marks(link=href)


def test_list_levels() -> None:
    for level in range(MAX_LIST_LEVEL + 1):
        assert Block((Run("punt"),), ListKind.BULLET, level).level == level
    with pytest.raises(ValueError, match="List level"):
        Block((Run("punt"),), ListKind.NUMBER, MAX_LIST_LEVEL + 1)
    with pytest.raises(ValueError, match="List level"):
        Block((Run("punt"),), ListKind.BULLET, -1)
    with pytest.raises(ValueError, match="Only list items"):
        Block((Run("alinea"),), None, 1)


def test_rich_text_helpers() -> None:
    note = Footnote("fn1", (Run("zie "), Run("bron", Marks(link="https://a.nl"))))
    text = RichText(
        (
            Block((Run("Een ", BOLD), Run("link", Marks(link="http://b.nl")), note)),
            Block((Run("punt"),), ListKind.NUMBER, 2),
        )
    )
    assert text.plain_text() == "Een link\npunt"
    assert text.footnotes() == (note,)
    assert text.links() == ("http://b.nl", "https://a.nl")
    assert not text.is_empty()
    assert EMPTY_TEXT.is_empty()
    assert RichText((Block(),)).is_empty()
    assert RichText.plain("a", "b") == RichText((Block((Run("a"),)), Block((Run("b"),))))


def test_map_footnotes_keeps_structure() -> None:
    text = RichText((Block((Run("a"), Footnote("x", (Run("b"),)), Run("c")), ListKind.BULLET, 3),))
    renamed = text.map_footnotes(lambda note: Footnote("y", note.body))
    assert renamed.blocks[0].list_kind is ListKind.BULLET
    assert renamed.blocks[0].level == 3
    assert [n.id for n in renamed.footnotes()] == ["y"]
    assert renamed.plain_text() == text.plain_text()


def test_marks_are_values() -> None:
    assert Marks() == PLAIN
    assert Marks(script=Script.SUPER) != Marks(script=Script.SUB)
    assert hash(Marks(bold=True)) == hash(BOLD)


@UNTIMED
@given(st.lists(runs(), max_size=6))
def test_normalize_runs_is_idempotent_and_keeps_text(runs_: list[Run]) -> None:
    once = normalize_runs(runs_)
    assert normalize_runs(once) == once
    assert "".join(r.text for r in once) == "".join(clean_text(r.text) for r in runs_)
    assert all(r.text for r in once)
    assert all(a.marks != b.marks for a, b in itertools.pairwise(once))


@UNTIMED
@given(rich_texts())
def test_generated_rich_text_is_a_fixed_point(text: RichText) -> None:
    rebuilt = RichText(tuple(Block(b.content, b.list_kind, b.level) for b in text.blocks))
    assert rebuilt == text
