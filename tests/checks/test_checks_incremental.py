"""The Checker rescans only the texts that changed and gives what a full check gives."""

from __future__ import annotations

from dataclasses import replace

from check_helpers import TODAY

from answerletter.checks import Checker, check_letter
from answerletter.model import RichText
from answerletter.model import operations as ops
from answerletter.model.synthetic import generate_letter


def test_a_second_check_of_the_same_letter_rescans_nothing() -> None:
    letter = generate_letter(50)
    checker = Checker()
    first = checker.check(letter, TODAY)
    assert checker.rescanned == 1 + 50 + len(letter.answers)  # paragraphs, questions, answers
    assert checker.check(letter, TODAY) == first
    assert checker.rescanned == 0


def test_after_an_edit_only_the_edited_text_is_rescanned_and_the_result_is_complete() -> None:
    letter = generate_letter(50)
    checker = Checker()
    checker.check(letter, TODAY)
    answer = letter.answers[10]
    edited = ops.set_answer_text(letter, answer.id, RichText.plain("Dit is het het antwoord."))
    findings = checker.check(edited, TODAY)
    assert checker.rescanned == 1
    assert findings == check_letter(edited, TODAY)
    [doubled] = [f for f in findings if f.location.item == answer.id]
    assert (doubled.check, doubled.location.excerpt) == ("doubled-word", "het het")


def test_a_fixed_defect_disappears_on_the_next_check() -> None:
    letter = generate_letter(20)
    answer = letter.answers[3]
    broken = ops.set_answer_text(letter, answer.id, RichText.plain("Zie (boven."))
    checker = Checker()
    assert any(f.check == "unbalanced-brackets" for f in checker.check(broken, TODAY))
    fixed = ops.set_answer_text(broken, answer.id, RichText.plain("Zie boven."))
    assert not any(f.check == "unbalanced-brackets" for f in checker.check(fixed, TODAY))


def test_renumbering_moves_the_findings_without_rescanning() -> None:
    letter = generate_letter(10)
    question = letter.questions[2]
    letter = ops.set_question_text(letter, question.id, RichText.plain("Is het het zo?"))
    checker = Checker()
    checker.check(letter, TODAY)
    renumbered = ops.set_question_number(letter, question.id, 42)
    findings = checker.check(renumbered, TODAY)
    [doubled] = [f for f in findings if f.location.item == question.id]
    assert doubled.location.question == 42
    assert checker.rescanned == 0
    assert findings == check_letter(renumbered, TODAY)


def test_a_metadata_change_is_seen() -> None:
    letter = generate_letter(5)
    checker = Checker()
    checker.check(letter, TODAY)
    changed = replace(letter, metadata=replace(letter.metadata, our_reference=""))
    assert any(f.check == "missing-part" for f in checker.check(changed, TODAY))
    assert checker.rescanned == 0
