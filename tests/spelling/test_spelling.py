"""Headless spell check: tokenizer, speller, the example letter, ``check --spelling``.

Expected words come from reading the texts, not from running the code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from answerletter.cli import main
from answerletter.fileformat import save_letter
from answerletter.spelling import Speller, spelling_findings, words
from answerletter.templates import example_letter

CYRILLIC = "Talibandele\u0433\u0430\u0442ie"


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller()


def test_tokenizer_skips_addresses_numbers_and_abbreviations() -> None:
    text = (
        "Zie https://www.tweedekamer.nl/a-b, mail jan@minbzk.nl, 2026Z07421, Kamerstuk "
        "36 180, nr. 12, o.a. de EU en i.v.m. het JBZ-verslag."
    )
    assert [t.word for t in words(text)] == [
        "Zie", "mail", "Kamerstuk", "nr", "de", "en", "het", "JBZ-verslag",
    ]  # fmt: skip


def test_tokenizer_keeps_compounds_truncations_and_apostrophes() -> None:
    tokens = words("De huisvestings- en zorgkosten van eigenaar-gerelateerde auto\u2019s.")
    found = {t.word: t for t in tokens}
    assert found["huisvestings"].truncated
    assert found["huisvestings"].partner == "zorgkosten"
    assert "eigenaar-gerelateerde" in found
    assert "auto's" in found  # the curly apostrophe straightened for the dictionary
    text = "van eigenaar-gerelateerde auto\u2019s."
    token = next(t for t in words(text) if t.word == "auto's")
    assert text[token.start : token.end] == "auto\u2019s"


def test_speller_accepts_dutch_forms_and_rejects_look_alikes(speller: Speller) -> None:
    text = "De huisvestings- en zorgkosten van eigenaar-gerelateerde auto's bij EU-ambtenaren."
    assert all(speller.correct(t) for t in words(text))
    (mixed,) = words(CYRILLIC)
    assert mixed.mixed_script and not speller.correct(mixed)
    assert speller.suggest(CYRILLIC)[0] == "Talibandelegatie"
    (typo,) = words("Afghananen")
    assert not speller.correct(typo)


def test_example_flags_the_typo_with_afghanen_and_only_a_handful(speller: Speller) -> None:
    found = spelling_findings(example_letter(), speller)
    by_word = {f.finding.location.excerpt: f for f in found}
    typo = by_word["Afghananen"]
    assert "Afghanen" in typo.suggestions
    assert len(typo.suggestions) <= 5
    assert typo.finding.check == "spelling"
    assert typo.finding.location.question == 1
    # Names of the members (Sneller, Bamenga, Rooderkerk, Gabriëls) come from the metadata.
    assert not {"Sneller", "Bamenga", "Rooderkerk", "Gabriëls"} & set(by_word)
    assert len(found) <= 5


def test_check_spelling_text_and_json(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("LANG", "C.UTF-8")
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "taliban.kvb"
    save_letter(example_letter(), path)
    main(["check", str(path), "--today", "2026-07-10"])
    assert "Afghananen" not in capsys.readouterr().out  # only with --spelling
    main(["check", "--spelling", str(path), "--today", "2026-07-10"])
    out = capsys.readouterr().out
    assert "Unknown word: \u201cAfghananen\u201d. Suggestions: \u201cAfghanen\u201d" in out
    main(["check", "--spelling", "--format", "json", str(path), "--today", "2026-07-10"])
    (report,) = json.loads(capsys.readouterr().out)
    spelled = [f for f in report["findings"] if f["check"] == "spelling"]
    typo = next(f for f in spelled if f["location"]["excerpt"] == "Afghananen")
    assert "Afghanen" in typo["suggestions"]
    assert all(len(f["suggestions"]) <= 5 for f in spelled)


def test_runs_longer_than_a_word_are_not_tokens():
    """A run of more than MAX_RUN characters without whitespace (a hash, a hostile file's
    million-character word) yields no tokens; the words around it keep their positions. (It
    also keeps the tokenizer linear: its skip patterns are quadratic in a run's length.)"""
    from answerletter.spelling.tokenizer import MAX_RUN, words

    long_run = "x" * (MAX_RUN + 1)
    text = f"Een fuot {long_run} en nog een fuot."
    found = [(token.word, token.start) for token in words(text)]
    second = text.rindex("fuot")
    assert found == [
        ("Een", 0),
        ("fuot", 4),
        ("en", 10 + MAX_RUN + 1),
        ("nog", 13 + MAX_RUN + 1),
        ("een", 17 + MAX_RUN + 1),
        ("fuot", second),
    ]
    assert [token.word for token in words("y" * 1_000_000)] == []
    # A run of exactly MAX_RUN letters is still a (misspelt) word.
    assert [token.word for token in words("z" * MAX_RUN)] == ["z" * MAX_RUN]
