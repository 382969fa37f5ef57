"""Checks on answers, numbering, metadata, the offering and the deadline."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from check_helpers import GOOD_METADATA, TODAY, found, letter_with, with_metadata

from answerletter.checks import Part, Severity, check_letter
from answerletter.model import Answer, Body, Letter, Member, Postponement, Question, RichText


def test_an_unanswered_question_is_an_error() -> None:
    letter = letter_with({1: "Ja."})
    [finding] = found(letter, "unanswered")
    assert finding.severity is Severity.ERROR
    assert (finding.location.part, finding.location.question) == (Part.QUESTION, 2)


def test_an_empty_answer_is_an_error() -> None:
    letter = letter_with({1: "Ja.", 2: ""})
    [finding] = found(letter, "empty-answer")
    assert (finding.location.part, finding.location.question, finding.location.item) == (
        Part.ANSWER,
        2,
        "a2",
    )
    assert found(letter_with(), "empty-answer") == []


def _referring(target_answered: bool, forward: bool = False) -> Letter:
    questions = tuple(Question(f"q{n}", n, RichText.plain("Vraag?")) for n in (1, 2, 3))
    answers = [Answer("a1", ("q1",), RichText.plain("Ja."))]
    if forward:
        answers += [
            Answer("a2", ("q2",), refers_to="q3"),
            Answer("a3", ("q3",), RichText.plain("Nee.")),
        ]
    else:
        answers.append(Answer("a3", ("q3",), refers_to="q2"))
        if target_answered:
            answers.insert(1, Answer("a2", ("q2",), RichText.plain("Nee.")))
    return Letter(metadata=GOOD_METADATA, questions=questions, answers=tuple(answers))


def test_an_answer_referring_only_to_an_unanswered_question_is_an_error() -> None:
    [finding] = found(_referring(target_answered=False), "refers-to-unanswered")
    assert finding.location.question == 3
    assert found(_referring(target_answered=True), "refers-to-unanswered") == []


def test_a_reference_to_a_later_answer_is_a_warning() -> None:
    [finding] = found(_referring(True, forward=True), "refers-forward")
    assert finding.severity is Severity.WARNING
    assert finding.location.question == 2
    assert found(_referring(target_answered=True), "refers-forward") == []


def test_duplicate_numbers_and_gaps() -> None:
    letter = letter_with(questions={1: "A?", 2: "B?", 4: "C?"})
    [gap] = found(letter, "number-gap")
    assert "question 3" in gap.message_en and "vraag 3" in gap.message_nl
    doubled = Letter(
        metadata=GOOD_METADATA,
        questions=(
            Question("q1", 1, RichText.plain("A?")),
            Question("q2", 1, RichText.plain("B?")),
        ),
        answers=(
            Answer("a1", ("q1",), RichText.plain("Ja.")),
            Answer("a2", ("q2",), RichText.plain("Ja.")),
        ),
    )
    [duplicate] = found(doubled, "duplicate-number")
    assert duplicate.location.question == 1
    assert found(letter_with(), "number-gap") == found(letter_with(), "duplicate-number") == []


def test_a_typed_reference_to_a_question_the_letter_lacks_is_an_error() -> None:
    letter = letter_with({1: "Ja.", 2: "Zie antwoord op vraag 7."})
    [finding] = found(letter, "unknown-question-reference")
    assert finding.location.question == 2
    assert finding.location.excerpt == "antwoord op vraag 7"
    assert found(letter_with({1: "Ja.", 2: "Zie antwoord op vraag 1."}), finding.check) == []


def test_typed_references_to_several_questions_are_each_judged() -> None:
    letter = letter_with({1: "Ja.", 2: "Zoals in de antwoorden op vragen 1 en 5."})
    [finding] = found(letter, "unknown-question-reference")
    assert "5" in finding.message_en


@pytest.mark.parametrize(
    "reference", ["2026-Z09763", "Z09763", "2026Z0976", "1987Z09763", "2031Z09763"]
)
def test_a_malformed_or_implausible_zaaknummer_is_an_error(reference: str) -> None:
    assert len(found(with_metadata(letter_with(), your_reference=reference), "zaaknummer")) == 1


def test_a_good_zaaknummer_gives_no_finding() -> None:
    assert found(letter_with(), "zaaknummer") == []


def test_a_letter_dated_before_the_submission_is_an_error() -> None:
    letter = with_metadata(letter_with(), letter_date=date(2026, 5, 1))
    [finding] = found(letter, "letter-date-before-submitted")
    assert finding.location.field == "letter_date"
    assert found(with_metadata(letter_with(), letter_date=TODAY), finding.check) == []


def test_a_letter_dated_in_the_future_is_a_warning() -> None:
    letter = with_metadata(letter_with(), letter_date=date(2026, 6, 30))
    assert len(found(letter, "letter-date-future")) == 1


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"our_reference": ""}, "our_reference"),
        ({"subject": " "}, "subject"),
        ({"signatories": ()}, "signatories"),
    ],
)
def test_parts_an_export_needs_are_required(change: dict[str, object], field: str) -> None:
    [finding] = found(with_metadata(letter_with(), **change), "missing-part")
    assert finding.location.field == field


def _offering(text: str, members: tuple[Member, ...] = GOOD_METADATA.members) -> Letter:
    letter = with_metadata(letter_with(), members=members)
    return replace(letter, body=Body(offering=RichText.plain(text)))


def test_an_overridden_offering_naming_other_members_is_a_warning() -> None:
    letter = _offering(
        "Hierbij bied ik u de antwoorden aan op de vragen van de leden Westerveld en Klaver."
    )
    messages = [f.message_en for f in found(letter, "offering-members")]
    assert any("Klaver" in m for m in messages)
    assert any("Piri" in m for m in messages)


def test_an_overridden_offering_matching_the_members_gives_no_finding() -> None:
    letter = _offering(
        "Hierbij bied ik u de antwoorden aan op de vragen van de leden Westerveld en Piri "
        "(beiden GroenLinks-PvdA) over gesprekken."
    )
    assert found(letter, "offering-members") == found(letter, "party-count") == []


def test_beiden_for_three_members_of_one_party_is_a_warning() -> None:
    members = (Member("A", "VVD"), Member("B", "VVD"), Member("C", "VVD"))
    letter = _offering("De vragen van de leden A, B en C (beiden VVD) over iets.", members)
    [finding] = found(letter, "party-count")
    assert finding.location.excerpt == "(beiden VVD)"
    assert (
        found(_offering("De vragen van de leden A, B en C (allen VVD).", members), "party-count")
        == []
    )


def test_the_generated_offering_is_not_checked() -> None:
    assert found(letter_with(), "offering-members") == []


# -- the deadline --


def test_a_draft_past_its_deadline_without_postponement_is_a_warning_with_days_late() -> None:
    # Submitted 13 May 2026: due 3 June 2026; on 10 June that is 7 days late.
    [finding] = found(letter_with(), "deadline-passed", today=date(2026, 6, 10))
    assert finding.severity is Severity.WARNING
    assert "7 days" in finding.message_en and "7 dagen" in finding.message_nl
    assert found(letter_with(), "deadline-passed", today=date(2026, 6, 3)) == []


def test_a_postponement_moves_the_deadline_by_three_weeks() -> None:
    postponed = with_metadata(
        letter_with(), postponement=Postponement(date(2026, 6, 1), "afstemming")
    )
    assert found(postponed, "deadline-passed", today=date(2026, 6, 24)) == []
    [finding] = found(postponed, "deadline-passed", today=date(2026, 6, 25))
    assert "1 day" in finding.message_en


def test_a_letter_dated_late_without_postponement_is_a_note() -> None:
    letter = with_metadata(letter_with(), letter_date=date(2026, 7, 10))
    [finding] = found(letter, "deadline-passed", today=date(2026, 7, 10))
    assert finding.severity is Severity.INFO
    assert "37 days" in finding.message_en


def test_every_finding_has_both_languages() -> None:
    letter = with_metadata(
        letter_with({1: "het het (", 2: ""}), our_reference="", your_reference="x"
    )
    findings = check_letter(letter, TODAY)
    assert len(findings) >= 5
    for finding in findings:
        assert (
            finding.message_nl and finding.message_en and finding.message_nl != finding.message_en
        )


def test_a_letter_without_members_is_flagged() -> None:
    from check_helpers import TODAY, letter_with, with_metadata

    from answerletter.checks import Part, Severity, check_letter

    letter = with_metadata(letter_with(), members=())
    [finding] = [f for f in check_letter(letter, TODAY) if f.check == "no-members"]
    assert finding.severity is Severity.WARNING
    assert finding.location.part is Part.METADATA
    assert finding.location.field == "members"
    assert [f for f in check_letter(letter_with(), TODAY) if f.check == "no-members"] == []
