"""Offices read from Kamer texts keep the preposition the text gives them (issue 18)."""

from __future__ import annotations

from answerletter.importers.dutch import parse_offices
from answerletter.model.wording import addressed_phrase


def test_the_texts_preposition_is_the_offices_own() -> None:
    # 2024Z18792 (Boswijk): "aan de Ministers van Financiën en voor Buitenlandse Handel en
    # Ontwikkelingshulp".
    offices = parse_offices(
        "de Ministers van Financiën en voor Buitenlandse Handel en Ontwikkelingshulp"
    )
    assert [(o.title, o.preposition, o.portfolio) for o in offices] == [
        ("minister", "van", "Financiën"),
        ("minister", "voor", "Buitenlandse Handel en Ontwikkelingshulp"),
    ]
    assert addressed_phrase(offices) == (
        "aan de ministers van Financiën en voor Buitenlandse Handel en Ontwikkelingshulp"
    )


def test_a_preposition_the_list_does_not_know_is_kept() -> None:
    # A portfolio of an older or newer cabinet: the text, not our list, decides.
    [office] = parse_offices("de Minister voor Integratie")
    assert (office.preposition, office.portfolio) == ("voor", "Integratie")
    [office] = parse_offices("de Minister van Buitenlandse Handel en Ontwikkelingshulp")
    assert office.preposition == "van"
