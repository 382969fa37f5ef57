"""A small rich-text strategy, used only when the shared tests/strategies.py is missing."""

from __future__ import annotations

from hypothesis import strategies as st

from answerletter.model.richtext import (
    LINE_BREAK,
    MAX_LIST_LEVEL,
    Block,
    Footnote,
    ListKind,
    Marks,
    RichText,
    Run,
    Script,
)

_TEXT = st.text(
    st.characters(exclude_categories=("Cs", "Cc"), include_characters="\t" + LINE_BREAK),
    min_size=1,
    max_size=8,
)
_MARKS = st.builds(
    Marks,
    bold=st.booleans(),
    italic=st.booleans(),
    underline=st.booleans(),
    script=st.sampled_from(Script),
    link=st.none() | st.sampled_from(("https://a.nl/x", "http://b.nl", "mailto:c@d.nl")),
)
_RUNS = st.builds(Run, _TEXT, _MARKS)
_FOOTNOTES = st.builds(Footnote, st.just("fn"), st.lists(_RUNS, max_size=2).map(tuple))


@st.composite
def _blocks(draw: st.DrawFn) -> Block:
    content = draw(st.lists(_RUNS | _FOOTNOTES, max_size=4))
    kind = draw(st.sampled_from((None, ListKind.BULLET, ListKind.NUMBER)))
    level = draw(st.integers(0, MAX_LIST_LEVEL)) if kind else 0
    return Block(tuple(content), kind, level)


@st.composite
def _texts(draw: st.DrawFn, max_blocks: int) -> RichText:
    text = RichText(tuple(draw(st.lists(_blocks(), max_size=max_blocks))))
    counter = iter(range(1, 1000))
    return text.map_footnotes(lambda note: Footnote(f"fn{next(counter)}", note.body))


def rich_texts(*, with_footnotes: bool = True, max_blocks: int = 3) -> st.SearchStrategy[RichText]:
    return _texts(max_blocks)
