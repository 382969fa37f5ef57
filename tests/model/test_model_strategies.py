"""The hypothesis strategies give consistent, canonical letters and reach every feature."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from answerletter.model import LINE_BREAK, Letter, ListKind, Metadata, RichText, Script
from answerletter.model.consistency import check_consistency, is_valid_id
from answerletter.model.metadata import is_zaaknummer
from answerletter.model.richtext import (
    Footnote,
    Run,
    is_allowed_link,
    normalize_inlines,
    normalize_runs,
)

from strategies import UNTIMED, letters, metadatas, rich_texts


def _runs(text: RichText) -> list[Run]:
    found: list[Run] = []
    for block in text.blocks:
        for item in block.content:
            found.extend(item.body if isinstance(item, Footnote) else (item,))
    return found


def _all_runs(letter: Letter) -> list[Run]:
    return [run for text in letter.texts_in_reading_order() for run in _runs(text)]


def _xml_safe(value: str, *, allowed: str = "") -> bool:
    return all(
        char in allowed
        or (unicodedata.category(char) not in ("Cs", "Cc") and char not in "\ufffe\uffff")
        for char in value
    )


def _metadata_strings(metadata: Metadata) -> list[str]:
    sender = metadata.sender
    strings = [sender.ministry, sender.unit, sender.return_address, sender.website, sender.logo]
    strings += [*sender.visiting_address, *sender.postal_address, *metadata.addressee]
    strings += [metadata.our_reference, metadata.your_reference, metadata.subject]
    strings += [metadata.betreft or "", metadata.classification, *metadata.attachments]
    strings += [part for m in metadata.members for part in (m.name, m.party)]
    offices = [*metadata.addressed_to, *metadata.on_behalf_of]
    offices += [s.office for s in metadata.signatories]
    strings += [part for o in offices for part in (o.title, o.portfolio)]
    strings += [s.name for s in metadata.signatories]
    if metadata.postponement is not None:
        strings.append(metadata.postponement.reason)
    return strings


@UNTIMED
@given(letters())
def test_generated_letters_are_consistent_canonical_and_xml_safe(letter: Letter) -> None:
    assert check_consistency(letter) == []
    assert all(is_valid_id(value) for value in letter.all_ids())
    for value in [*_metadata_strings(letter.metadata), letter.body.closing]:
        assert _xml_safe(value)
        assert "\t" not in value and LINE_BREAK not in value and "\u2029" not in value
    for text in letter.texts_in_reading_order():
        for block in text.blocks:
            runs = [item for item in block.content if isinstance(item, Run)]
            assert all(run.text for run in runs)
            assert normalize_inlines(block.content) == block.content
        for note in text.footnotes():
            assert normalize_runs(note.body) == note.body
        for run in _runs(text):
            assert _xml_safe(run.text, allowed="\t")
            assert run.marks.link is None or is_allowed_link(run.marks.link)


Feature = Callable[[Any], bool]


_ROUNDS = 4  # at most; one round suffices almost always


def _features_seen(
    strategy: st.SearchStrategy[Any], features: dict[str, Feature], examples: int = 150
) -> set[str]:
    """Names of *features* (name -> predicate) that some of *examples* generated values have.

    Generation only (no shrinking), derandomised so the test is repeatable.
    """
    seen: set[str] = set()
    # The first round is derandomised; a feature it missed (Hypothesis does not always honour
    # derandomize, see below) gets further random rounds, so a rare feature missing by chance
    # cannot fail the test while a feature the strategy never makes still does.
    for round_ in range(_ROUNDS):

        @settings(
            max_examples=examples,
            phases=[Phase.generate],
            derandomize=round_ == 0,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(strategy)
        def collect(value: Any) -> None:
            seen.update(name for name, predicate in features.items() if predicate(value))

        collect()
        if seen == set(features):
            break
    return seen


def _text_chars(t: RichText) -> str:
    return "".join(r.text for r in _runs(t))


LETTER_FEATURES = {
    "answer over three questions": lambda lt: any(len(a.questions) > 2 for a in lt.answers),
    "answer over non-adjacent questions": lambda lt: any(
        [lt.question_index[q] for q in a.questions]
        != list(range(lt.question_index[a.questions[0]], lt.question_index[a.questions[-1]] + 1))
        for a in lt.answers
    ),
    "two references": lambda lt: sum(a.refers_to is not None for a in lt.answers) >= 2,
    "chain of references": lambda lt: any(
        a.refers_to is not None
        and (target := lt.answer_for(a.refers_to)) is not None
        and target.refers_to is not None
        for a in lt.answers
    ),
    "reference to an unanswered question": lambda lt: any(
        a.refers_to is not None and lt.answer_for(a.refers_to) is None for a in lt.answers
    ),
    "unanswered question": lambda lt: any(lt.answer_for(q.id) is None for q in lt.questions),
    "numbers out of order": lambda lt: (
        [q.number for q in lt.questions] != sorted(q.number for q in lt.questions)
    ),
    "numbers 1..N": lambda lt: (
        len(lt.questions) > 2
        and [q.number for q in lt.questions] == list(range(1, len(lt.questions) + 1))
    ),
    "six or more questions": lambda lt: len(lt.questions) >= 6,
    "no questions": lambda lt: not lt.questions,
    "footnotes in body and answers": lambda lt: (
        bool(lt.body.paragraphs.footnotes()) and any(a.text.footnotes() for a in lt.answers)
    ),
    "offering override": lambda lt: lt.body.offering is not None,
}

RICH_TEXT_FEATURES = {
    "bold+italic+underline": lambda t: any(
        r.marks.bold and r.marks.italic and r.marks.underline for r in _runs(t)
    ),
    "superscript": lambda t: any(r.marks.script is Script.SUPER for r in _runs(t)),
    "subscript": lambda t: any(r.marks.script is Script.SUB for r in _runs(t)),
    "http link": lambda t: any((r.marks.link or "").startswith("http://") for r in _runs(t)),
    "https link": lambda t: any((r.marks.link or "").startswith("https://") for r in _runs(t)),
    "mailto link": lambda t: any(
        (r.marks.link or "").lower().startswith("mailto:") for r in _runs(t)
    ),
    "soft line break": lambda t: LINE_BREAK in _text_chars(t),
    "tab": lambda t: "\t" in _text_chars(t),
    "numbered level 3": lambda t: any(
        b.list_kind is ListKind.NUMBER and b.level == 3 for b in t.blocks
    ),
    "bullet level 0": lambda t: any(
        b.list_kind is ListKind.BULLET and b.level == 0 for b in t.blocks
    ),
    "empty block": lambda t: any(not b.content for b in t.blocks),
    "no blocks": lambda t: not t.blocks,
    "footnote with a link": lambda t: any(
        run.marks.link for note in t.footnotes() for run in note.body
    ),
    "two footnotes": lambda t: len(t.footnotes()) >= 2,
    "non-BMP character": lambda t: any(ord(c) > 0xFFFF for c in _text_chars(t)),
    "Cyrillic": lambda t: any("\u0400" <= c <= "\u04ff" for c in _text_chars(t)),
    "right-to-left": lambda t: any(
        unicodedata.bidirectional(c) in ("R", "AL") for c in _text_chars(t)
    ),
    "accented Latin": lambda t: any(c in "éëïöü" for c in _text_chars(t)),
}

METADATA_FEATURES = {
    "no letter date": lambda m: m.letter_date is None,
    "letter date": lambda m: m.letter_date is not None,
    "derived betreft": lambda m: m.betreft is None,
    "own betreft": lambda m: m.betreft is not None,
    "postponement without date": lambda m: (
        m.postponement is not None and m.postponement.expected is None
    ),
    "postponement with date": lambda m: (
        m.postponement is not None and m.postponement.expected is not None
    ),
    "attachments": lambda m: bool(m.attachments),
    "classification": lambda m: bool(m.classification),
    "logo": lambda m: bool(m.sender.logo),
    "member without party": lambda m: any(not member.party for member in m.members),
    "two signatories": lambda m: len(m.signatories) == 2,
    "zaaknummer": lambda m: is_zaaknummer(m.your_reference),
}


# The rarest letter feature (a chain of references) turns up in 2-5 % of letters. Hypothesis
# does not always honour derandomize (after some other tests in the same process the sample
# differed), so the sample is sized for a random draw too: 400 letters miss it with a
# probability below 1e-4.
@pytest.mark.parametrize(
    ("strategy", "features", "examples"),
    [
        (letters(), LETTER_FEATURES, 400),
        (rich_texts(), RICH_TEXT_FEATURES, 150),
        (metadatas(), METADATA_FEATURES, 150),
    ],
    ids=["letters", "rich_texts", "metadatas"],
)
def test_strategies_reach_every_feature(
    strategy: st.SearchStrategy[Any], features: dict[str, Feature], examples: int
) -> None:
    assert _features_seen(strategy, features, examples) == set(features)
