"""The answer deadline: three weeks after submission, moved by an uitstelbericht.

Reglement van Orde TK: the minister answers within three weeks or tells the Voorzitter why
not; in practice an uitstel buys about three more weeks, and the Kamer lists questions past
three weeks (six after an uitstel) every Monday.
"""

from __future__ import annotations

from datetime import date, timedelta

from answerletter.model.metadata import Metadata

ANSWER_TERM = timedelta(weeks=3)
POSTPONEMENT_TERM = timedelta(weeks=3)


def answer_deadline(metadata: Metadata) -> date | None:
    """The date by which the answer is due, or None when the submission date is unknown.

    With a postponement, the expected date it names, else three more weeks.
    """
    if metadata.submitted is None:
        return None
    deadline = metadata.submitted + ANSWER_TERM
    postponement = metadata.postponement
    if postponement is not None:
        if postponement.expected is not None:
            return postponement.expected
        return deadline + POSTPONEMENT_TERM
    return deadline


def days_left(metadata: Metadata, today: date) -> int | None:
    """Days until the deadline (negative when passed), or None without a deadline."""
    deadline = answer_deadline(metadata)
    return None if deadline is None else (deadline - today).days


#: States of a letter in the coordinator's overview.
DRAFT, DATED, POSTPONED = "draft", "dated", "postponed"


def letter_state(metadata: Metadata) -> str:
    """ "dated" once the letter has its date, else "postponed" after an uitstel, else "draft"."""
    if metadata.letter_date is not None:
        return DATED
    return POSTPONED if metadata.postponement is not None else DRAFT


def days_late_or_left(metadata: Metadata, today: date) -> int | None:
    """Days left until the deadline (negative: days late). A dated letter is measured at
    its date, so it stays as late (or as early) as it was answered."""
    deadline = answer_deadline(metadata)
    if deadline is None:
        return None
    moment = metadata.letter_date if metadata.letter_date is not None else today
    return (deadline - moment).days
