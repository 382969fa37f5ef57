"""The reader's fast path for plain paragraphs builds exactly the model the general path
builds: over random letters (the shared strategies), the golden files, and hand-made files
whose paragraphs hold what the writer never writes (line feeds, comments, nothing)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given

from answerletter.fileformat import read_letter_bytes, write_letter_bytes
from answerletter.fileformat.build import LetterBuilder
from answerletter.fileformat.safe_parse import parse_bytes
from answerletter.fileformat.schema_check import schema_problems
from answerletter.fileformat.versions import migrate
from answerletter.model import Letter
from answerletter.model.richtext import LINE_BREAK, Block, RichText, Run
from answerletter.resources import resource_path

from strategies import UNTIMED, letters

GOLDEN = sorted((Path(__file__).parent / "golden").glob("*.kvb"))
FILES = [*GOLDEN, resource_path("examples", "taliban.kvb")]


def _both(data: bytes) -> tuple[tuple[Letter, list[object]], tuple[Letter, list[object]]]:
    """(letter, problems) read with the fast path and without it."""
    root, _version = migrate(parse_bytes(data))
    assert schema_problems(root) == []
    results = []
    for fast in (True, False):
        builder = LetterBuilder(fast=fast)
        letter = builder.build(root)
        results.append((letter, builder.problems))
    return results[0], results[1]


@UNTIMED
@given(letters())
def test_fast_path_equals_general_path_on_random_letters(letter):
    fast, general = _both(write_letter_bytes(letter))
    assert fast == general
    assert fast[0] == letter


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_fast_path_equals_general_path_on_golden_files(path):
    fast, general = _both(path.read_bytes())
    assert fast == general
    assert fast[1] == []
    assert any(block.content for block in fast[0].body.paragraphs.blocks) or fast[0].questions


@pytest.mark.parametrize(
    ("xml", "expected"),
    [
        ("<p>twee\nregels</p>", Block((Run(f"twee{LINE_BREAK}regels"),))),
        ("<p>windows\r\nregel</p>", Block((Run(f"windows{LINE_BREAK}regel"),))),
        ("<p></p>", Block()),
        ("<p/>", Block()),
        ("<p>met <!-- opmerking --> erin</p>", Block((Run("met  erin"),))),
        ("<p>  spaties  </p>", Block((Run("  spaties  "),))),
        ("<p>&#x2028;zacht</p>", Block((Run(f"{LINE_BREAK}zacht"),))),
    ],
)
def test_plain_paragraphs_the_writer_never_writes(xml, expected):
    source = resource_path("examples", "taliban.kvb").read_bytes()
    opening = source.index(b">", source.index(b"<question ")) + 1  # the first question's text
    data = source[:opening] + xml.encode("utf-8") + source[opening:]
    fast, general = _both(data)
    assert fast == general
    assert fast[0].questions[0].text.blocks[0] == expected
    assert read_letter_bytes(data) == fast[0]


def test_fast_blocks_are_ordinary_blocks():
    """A fast-path block behaves as a constructed one: equal, same hash, same repr."""
    letter = read_letter_bytes(resource_path("examples", "taliban.kvb").read_bytes())
    for text in (letter.body.paragraphs, *(q.text for q in letter.questions)):
        for block in text.blocks:
            rebuilt = Block(block.content, block.list_kind, block.level)
            assert block == rebuilt
            assert hash(block) == hash(rebuilt)
            assert repr(block) == repr(rebuilt)
    assert isinstance(letter.body.paragraphs, RichText)
