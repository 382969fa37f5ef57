"""The answer deadline: three weeks after submission, moved by an uitstelbericht."""

from __future__ import annotations

from datetime import date

from answerletter.model import Metadata, Postponement
from answerletter.model.deadlines import answer_deadline, days_left

SUBMITTED = date(2026, 5, 13)


def test_three_weeks_after_submission() -> None:
    metadata = Metadata(submitted=SUBMITTED)
    assert answer_deadline(metadata) == date(2026, 6, 3)
    assert days_left(metadata, date(2026, 6, 1)) == 2
    assert days_left(metadata, date(2026, 6, 3)) == 0
    assert days_left(metadata, date(2026, 7, 10)) == -37


def test_postponement_with_expected_date_uses_that_date() -> None:
    postponed = Postponement(sent=date(2026, 6, 2), reason="afstemming", expected=date(2026, 7, 10))
    metadata = Metadata(submitted=SUBMITTED, postponement=postponed)
    assert answer_deadline(metadata) == date(2026, 7, 10)


def test_postponement_without_expected_date_adds_three_weeks() -> None:
    metadata = Metadata(submitted=SUBMITTED, postponement=Postponement(sent=date(2026, 6, 2)))
    assert answer_deadline(metadata) == date(2026, 6, 24)


def test_unknown_submission_has_no_deadline() -> None:
    assert answer_deadline(Metadata()) is None
    assert days_left(Metadata(), date(2026, 6, 1)) is None
    postponed = Postponement(sent=date(2026, 6, 2), expected=date(2026, 7, 10))
    assert answer_deadline(Metadata(postponement=postponed)) is None
