"""The built-in example (the seed letter): its real defect is found, its correct Dutch is not."""

from __future__ import annotations

from datetime import date

from answerletter.checks import Part, check_letter
from answerletter.templates import example_letter

TODAY = date(2026, 7, 10)  # the letter's own date


def test_the_cyrillic_in_questions_1_and_4_is_found_with_its_fix() -> None:
    findings = [f for f in check_letter(example_letter(), TODAY) if f.check == "mixed-script"]
    assert [(f.location.part, f.location.question) for f in findings] == [
        (Part.QUESTION, 1),
        (Part.QUESTION, 4),
    ]
    assert {f.fix for f in findings} == {"Talibandelegatie"}
    assert {f.location.excerpt for f in findings} == {"Talibandele\u0433\u0430\u0442ie"}


def test_the_correct_text_gives_no_doubled_word_bracket_or_date_finding() -> None:
    letter = example_letter()
    checks = {f.check for f in check_letter(letter, TODAY)}
    assert "doubled-word" not in checks  # "de de facto autoriteiten", twice
    assert not checks & {"unbalanced-brackets", "unbalanced-quotes"}
    assert not checks & {"letter-date-before-submitted", "letter-date-future", "submitted-future"}
    # Everything an export needs is there, and every answer and reference resolves.
    assert not checks & {"missing-part", "unanswered", "empty-answer", "unknown-question-reference"}
