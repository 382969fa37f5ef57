"""Accepted findings: stored in the file, kept through edits elsewhere, gone with their text."""

from __future__ import annotations

from dataclasses import replace

from check_helpers import TODAY, letter_with

from answerletter.checks import accept, check_letter, is_blocking, live_acceptances, open_findings
from answerletter.fileformat import read_letter_bytes, write_letter_bytes
from answerletter.model import RichText
from answerletter.model import operations as ops


def _accepted_letter():
    letter = letter_with({1: "Hij zei het het zo.", 2: "Ja."})
    [finding] = [f for f in check_letter(letter, TODAY) if f.check == "doubled-word"]
    return replace(letter, accepted=(accept(finding, "Citaat van de vraagsteller."),)), finding


def test_an_accepted_finding_is_left_out_of_the_open_findings() -> None:
    letter, finding = _accepted_letter()
    findings = check_letter(letter, TODAY)
    assert finding in findings
    assert finding not in open_findings(letter, findings)
    assert not any(is_blocking(f) for f in open_findings(letter, findings))


def test_acceptances_round_trip_through_the_file() -> None:
    letter, _finding = _accepted_letter()
    again = read_letter_bytes(write_letter_bytes(letter))
    assert again.accepted == letter.accepted
    assert again.accepted[0].reason == "Citaat van de vraagsteller."
    assert open_findings(again, check_letter(again, TODAY)) == []


def test_an_acceptance_survives_an_edit_elsewhere_in_the_text_and_letter() -> None:
    letter, _finding = _accepted_letter()
    edited = ops.set_answer_text(letter, "a1", RichText.plain("Toen zei hij het het zo."))
    edited = ops.set_answer_text(edited, "a2", RichText.plain("Nee."))
    findings = check_letter(edited, TODAY)
    assert [f.check for f in findings] == ["doubled-word"]  # found, at other offsets
    assert open_findings(edited, findings) == []
    assert live_acceptances(edited, findings) == letter.accepted


def test_an_acceptance_vanishes_with_its_text() -> None:
    letter, _finding = _accepted_letter()
    edited = ops.set_answer_text(letter, "a1", RichText.plain("Hij zei het zo."))
    findings = check_letter(edited, TODAY)
    assert live_acceptances(edited, findings) == ()
    pruned = replace(edited, accepted=live_acceptances(edited, findings))
    assert b"<accepted>" not in write_letter_bytes(pruned)
    # The same defect typed again later is a new finding, not silently accepted.
    again = ops.set_answer_text(pruned, "a1", RichText.plain("Hij zei het het zo."))
    assert [f.check for f in open_findings(again, check_letter(again, TODAY))] == ["doubled-word"]


def test_an_acceptance_is_tied_to_its_answer() -> None:
    letter, _finding = _accepted_letter()
    elsewhere = ops.set_answer_text(letter, "a2", RichText.plain("Hij zei het het zo."))
    open_ = open_findings(elsewhere, check_letter(elsewhere, TODAY))
    assert [(f.check, f.location.item) for f in open_] == [("doubled-word", "a2")]


def test_editing_the_excerpt_away_drops_the_acceptance_and_undo_brings_it_back() -> None:
    letter, _finding = _accepted_letter()
    edited = ops.set_answer_text(letter, "a1", RichText.plain("Hij zei het zo."))
    assert edited.accepted == ()  # gone with its text: the next save does not keep it
    assert letter.accepted  # the previous value (what undo restores) still has it
    elsewhere = ops.set_answer_text(letter, "a1", RichText.plain("Toen zei hij het het zo."))
    assert elsewhere.accepted == letter.accepted
