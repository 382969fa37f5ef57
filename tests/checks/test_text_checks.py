"""Checks on the words of questions, answers and footnotes: each with and without its defect."""

from __future__ import annotations

import pytest
from check_helpers import TODAY, found, letter_with

from answerletter.checks import Part, Severity, check_letter
from answerletter.model import Answer, Block, Footnote, Letter, Marks, Question, RichText, Run


def test_a_clean_letter_has_no_findings() -> None:
    assert check_letter(letter_with(), TODAY) == []


# -- mixed scripts --


def test_cyrillic_lookalikes_in_a_latin_word_are_found_with_the_latin_spelling() -> None:
    word = "Talibandele\u0433\u0430\u0442ie"
    letter = letter_with({1: f"Met de {word} is gesproken.", 2: "Ja."})
    [finding] = found(letter, "mixed-script")
    assert finding.severity is Severity.ERROR
    assert finding.fix == "Talibandelegatie"
    where = finding.location
    assert (where.part, where.question, where.item, where.field) == (Part.ANSWER, 1, "a1", "text")
    assert where.excerpt == word
    assert f"Met de {word} is gesproken."[where.start : where.end] == word
    assert "U+0433" in finding.message_en and "Talibandelegatie" in finding.message_nl


def test_greek_omicron_in_a_word_is_found() -> None:
    letter = letter_with({1: "Het c\u03bfalitieakkoord.", 2: "Ja."})
    [finding] = found(letter, "mixed-script")
    assert finding.fix == "coalitieakkoord"


def test_all_latin_words_and_whole_cyrillic_words_are_not_mixed() -> None:
    letter = letter_with(
        {1: "De krant \u041f\u0440\u0430\u0432\u0434\u0430 schreef het.", 2: "Ja."}
    )
    assert found(letter, "mixed-script") == []


def test_a_mixed_word_in_a_footnote_is_located_in_the_footnote() -> None:
    note = Footnote("fn1", (Run("Bron: \u0435uractiv"),))
    text = RichText((Block((Run("Bent u bekend met het bericht?"), note)),))
    letter = Letter(
        metadata=letter_with().metadata,
        questions=(Question("q1", 1, text),),
        answers=(Answer("a1", ("q1",), RichText.plain("Ja.")),),
    )
    [finding] = found(letter, "mixed-script")
    assert finding.location.part is Part.FOOTNOTE
    assert finding.location.field == "fn1"
    assert finding.location.question == 1
    assert finding.fix == "euractiv"
    assert (finding.location.start, finding.location.end) == (6, 14)


# -- doubled words --


def test_a_doubled_word_is_found() -> None:
    letter = letter_with({1: "Dit is het het antwoord.", 2: "Ja."})
    [finding] = found(letter, "doubled-word")
    assert finding.location.excerpt == "het het"
    assert (finding.location.start, finding.location.end) == (7, 14)


def test_doubling_across_case_is_found() -> None:
    assert len(found(letter_with({1: "De de minister gaat.", 2: "Ja."}), "doubled-word")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Nederland spreekt met de de facto autoriteiten.",
        "Hij zei dat dat niet kon.",
        "De mensen die die brief schreven.",
        "Het is de de jure erkenning.",
    ],
)
def test_doubling_dutch_grammar_produces_is_not_flagged(text: str) -> None:
    assert found(letter_with({1: text, 2: "Ja."}), "doubled-word") == []


# -- brackets and quotes --


@pytest.mark.parametrize(
    ("text", "check"),
    [
        ("Dit (zie boven is onduidelijk.", "unbalanced-brackets"),
        ("Dit zie boven) is onduidelijk.", "unbalanced-brackets"),
        ("Het [artikel (1] staat.", "unbalanced-brackets"),
        ("Zij noemt het \u201cwenselijk.", "unbalanced-quotes"),
        ('Zij noemt het "wenselijk.', "unbalanced-quotes"),
        ("Het bericht \u00abWachttijden ggz.", "unbalanced-quotes"),
    ],
)
def test_unbalanced_brackets_and_quotes_are_found(text: str, check: str) -> None:
    assert [f.check for f in found(letter_with({1: text, 2: "Ja."}), check)] == [check]


@pytest.mark.parametrize(
    "text",
    [
        "Dit (zie boven) is duidelijk [en (dit) ook].",
        "Het bericht \u201cwenselijk\u201d en \u00abWachttijden\u00bb.",
        "Euractiv, 20 april 2026, 'EXCLUSIVE: Brussels to host Taliban', https://x.eu/",
        "In \u2019s-Gravenhage en de regio\u2019s gaan de auto's weg.",
        "Zo heet 't nu eenmaal.",
    ],
)
def test_balanced_text_and_apostrophes_give_no_finding(text: str) -> None:
    letter = letter_with({1: text, 2: "Ja."})
    assert found(letter, "unbalanced-brackets") == found(letter, "unbalanced-quotes") == []


def test_brackets_are_balanced_per_paragraph() -> None:
    text = RichText.plain("Eerst (open.", "Dan dicht).")
    letter = letter_with()
    letter = Letter(
        metadata=letter.metadata,
        questions=letter.questions,
        answers=(Answer("a1", ("q1",), text), letter.answers[1]),
    )
    assert len(found(letter, "unbalanced-brackets")) == 2


# -- links, footnotes, citations --


def test_a_web_address_in_plain_text_is_noted() -> None:
    letter = letter_with({1: "Zie www.rijksoverheid.nl/jenv voor meer.", 2: "Ja."})
    [finding] = found(letter, "plain-url")
    assert finding.severity is Severity.INFO
    assert finding.location.excerpt == "www.rijksoverheid.nl/jenv"


def test_a_linked_web_address_is_not_noted() -> None:
    url = "https://www.rijksoverheid.nl/"
    text = RichText((Block((Run("Zie "), Run(url, Marks(link=url)), Run("."))),))
    letter = letter_with()
    letter = Letter(
        metadata=letter.metadata,
        questions=letter.questions,
        answers=(Answer("a1", ("q1",), text), letter.answers[1]),
    )
    assert found(letter, "plain-url") == []


def _with_footnote(body: str) -> Letter:
    base = letter_with()
    text = RichText((Block((Run("Ja."), Footnote("fn1", (Run(body),) if body else ()))),))
    return Letter(
        metadata=base.metadata,
        questions=base.questions,
        answers=(Answer("a1", ("q1",), text), base.answers[1]),
    )


def test_an_empty_footnote_is_found() -> None:
    [finding] = found(_with_footnote(""), "empty-footnote")
    assert (finding.location.part, finding.location.field) == (Part.FOOTNOTE, "fn1")


@pytest.mark.parametrize("body", ["htp//www.nos.nl", "https://nos", "hhtps:/nos.nl/artikel"])
def test_a_footnote_holding_only_a_malformed_url_is_found(body: str) -> None:
    assert len(found(_with_footnote(body), "malformed-url")) == 1


@pytest.mark.parametrize(
    "body", ["https://nos.nl/artikel/2541672", "Kamerstuk 31 865, nr. 207", "NOS, 22 oktober 2024"]
)
def test_a_proper_footnote_gives_no_footnote_finding(body: str) -> None:
    letter = _with_footnote(body)
    assert found(letter, "malformed-url") == found(letter, "empty-footnote") == []


def test_a_citation_that_almost_parses_is_found() -> None:
    letter = letter_with({1: "Zie Kamerstuk 31 865 nr 207.", 2: "Zie Kamerstuk 31 865, nr. 207."})
    [finding] = found(letter, "malformed-citation")
    assert finding.location.question == 1
    assert finding.location.excerpt == "Kamerstuk 31 865 nr 207"


def test_mentioning_the_handelingen_without_numbers_is_no_citation() -> None:
    assert (
        found(letter_with({1: "Dat staat in de Handelingen.", 2: "Ja."}), "malformed-citation")
        == []
    )


# -- no-break spaces in citations --


def test_a_breakable_space_in_a_citation_is_offered_a_no_break_space() -> None:
    text = "Zie Kamerstuk 31 865, nr. 207 en Kamerstukken II 2005–2006, 29 950 XV, nr. 40."
    letter = letter_with({1: text, 2: "Ja."})
    findings = found(letter, "breakable-space")
    assert [(f.location.excerpt, f.fix) for f in findings] == [
        ("31 865", "31\u00a0865"),
        ("nr. 207", "nr.\u00a0207"),
        ("29 950", "29\u00a0950"),
        ("nr. 40", "nr.\u00a040"),
    ]
    assert all(f.severity is Severity.INFO for f in findings)
    assert all(text[f.location.start : f.location.end] == f.location.excerpt for f in findings)


def test_no_break_spaces_already_there_or_plain_numbers_give_no_finding() -> None:
    text = "Zie Kamerstuk 31\u00a0865, nr.\u00a0207; er waren 12 500 meldingen in 2024."
    assert found(letter_with({1: text, 2: "Ja."}), "breakable-space") == []
