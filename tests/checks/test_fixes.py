"""One-click fixes: the look-alike letters and doubled words, applied to the letter value."""

from __future__ import annotations

from dataclasses import replace

import pytest
from check_helpers import TODAY, letter_with

from answerletter.checks import check_letter
from answerletter.checks.fixes import FixError, apply_fix, replace_plain
from answerletter.model import Block, Footnote, Marks, RichText, Run
from answerletter.model import operations as ops
from answerletter.templates import example_letter

ITALIC = Marks(italic=True)


def test_fixing_the_example_leaves_no_cyrillic_and_keeps_the_rest() -> None:
    letter = example_letter()
    for _ in range(2):
        finding = next(f for f in check_letter(letter, TODAY) if f.check == "mixed-script")
        letter = apply_fix(letter, finding)
    assert not [f for f in check_letter(letter, TODAY) if f.check == "mixed-script"]
    q1, q4 = letter.question("q1"), letter.question("q4")
    assert "een Talibandelegatie met als doel" in q1.text.plain_text()
    assert q4.text.plain_text().endswith("met de Talibandelegatie?")
    # The footnote in question 1 survives the fix.
    assert [n.id for n in q1.text.footnotes()] == [
        n.id for n in example_letter().question("q1").text.footnotes()
    ]


def test_a_doubled_word_fix_keeps_one() -> None:
    letter = letter_with({1: "Dit is het het antwoord.", 2: "Ja."})
    finding = next(f for f in check_letter(letter, TODAY) if f.check == "doubled-word")
    fixed = apply_fix(letter, finding)
    assert fixed.answer("a1").text.plain_text() == "Dit is het antwoord."


def test_a_stale_finding_is_refused() -> None:
    letter = letter_with({1: "Dit is het het antwoord.", 2: "Ja."})
    finding = next(f for f in check_letter(letter, TODAY) if f.check == "doubled-word")
    moved = ops.set_answer_text(letter, "a1", RichText.plain("Nu: dit is het het antwoord."))
    with pytest.raises(FixError):
        apply_fix(moved, finding)


def test_a_finding_without_fix_is_refused() -> None:
    letter = letter_with({1: "Ja.", 2: "Zie (boven."})
    finding = next(f for f in check_letter(letter, TODAY) if f.check == "unbalanced-brackets")
    with pytest.raises(FixError):
        apply_fix(letter, finding)


def test_replacing_across_runs_keeps_the_marks_and_footnotes() -> None:
    note = Footnote("fn1", (Run("bron"),))
    text = RichText(
        (
            Block(
                (
                    Run(
                        "Eerste.",
                    ),
                )
            ),
            Block(
                (Run("Het "), Run("kl\u0430", ITALIC), note, Run("ar is het.")),
            ),
        )
    )
    # "Het kla" + footnote + "ar is het." → plain "Het klaar is het."; replace "klaar".
    fixed = replace_plain(text, 8 + 4, 8 + 9, "klaar")
    block = fixed.blocks[1]
    assert block.plain_text() == "Het klaar is het."
    assert [type(i).__name__ for i in block.content] == ["Run", "Run", "Footnote", "Run"]
    assert block.content[1] == Run("klaar", ITALIC)


def test_a_fix_in_a_footnote() -> None:
    letter = letter_with()
    text = RichText((Block((Run("Ja."), Footnote("fn1", (Run("Bron: \u0435uractiv"),)))),))
    letter = replace(letter, answers=(replace(letter.answers[0], text=text), letter.answers[1]))
    finding = next(f for f in check_letter(letter, TODAY) if f.check == "mixed-script")
    fixed = apply_fix(letter, finding)
    assert fixed.answer("a1").text.footnotes()[0].plain_text() == "Bron: euractiv"
