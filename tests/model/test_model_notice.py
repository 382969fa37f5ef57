"""Making the uitstelbericht: its text from the metadata, the postponement recorded."""

from __future__ import annotations

from datetime import date

from answerletter.checks import check_letter
from answerletter.fileformat import read_letter_bytes, write_letter_bytes
from answerletter.model import DocumentKind, Postponement
from answerletter.model.deadlines import answer_deadline
from answerletter.model.notice import make_notice, notice_paragraphs
from answerletter.templates import example_letter


def test_making_a_notice_records_the_postponement_in_the_answer_letter() -> None:
    letter = example_letter()
    assert answer_deadline(letter.metadata) == date(2026, 6, 3)
    notice, recorded = make_notice(letter, date(2026, 6, 2), "dat het meer tijd vergt")
    assert recorded.metadata.postponement == Postponement(
        date(2026, 6, 2), "dat het meer tijd vergt"
    )
    assert answer_deadline(recorded.metadata) == date(2026, 6, 24)  # three more weeks
    assert recorded.questions is letter.questions  # nothing else changes
    assert notice.kind is DocumentKind.POSTPONEMENT_NOTICE
    assert notice.questions == ()
    assert notice.metadata.letter_date == date(2026, 6, 2)
    assert notice.metadata.your_reference == "2026Z09763"


def test_an_expected_date_is_the_new_deadline_and_is_named_in_the_text() -> None:
    notice, recorded = make_notice(example_letter(), date(2026, 6, 2), "x", date(2026, 7, 1))
    assert answer_deadline(recorded.metadata) == date(2026, 7, 1)
    assert notice_paragraphs(notice.metadata)[-1] == (
        "Ik streef ernaar de vragen vóór 1\u00a0juli 2026 te beantwoorden."
    )


def test_a_notice_round_trips_through_the_file() -> None:
    notice, _ = make_notice(example_letter(), date(2026, 6, 2), "dat het meer tijd vergt")
    data = write_letter_bytes(notice)
    assert b'kind="postponement-notice"' in data
    assert read_letter_bytes(data) == notice


def test_a_notice_without_a_reason_is_an_error_and_has_no_deadline_finding() -> None:
    notice, _ = make_notice(example_letter(), date(2026, 6, 2))
    checks = {f.check for f in check_letter(notice, date(2026, 8, 1))}
    assert "notice-reason" in checks
    assert "deadline-passed" not in checks
    with_reason, _ = make_notice(example_letter(), date(2026, 6, 2), "dat het meer tijd vergt")
    assert "notice-reason" not in {f.check for f in check_letter(with_reason, date(2026, 6, 2))}
