"""Accepted findings: a reviewer's "dit is juist" on something the checks flag.

An acceptance is tied to the check, the question or answer (by id), the part, the field and
the excerpt, not to offsets: it survives edits elsewhere in the text and stops matching
(and so disappears on the next save) when the excerpt itself is gone.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class DocumentKind(Enum):
    """What a .kvb file holds: an answer letter, or the notice that the answers will be late."""

    ANSWER_LETTER = "answer-letter"
    POSTPONEMENT_NOTICE = "postponement-notice"


@dataclass(frozen=True, slots=True)
class Acceptance:
    """One accepted finding, with the reviewer's reason."""

    check: str
    item: str = ""
    part: str = ""
    field: str = ""
    excerpt: str = ""
    reason: str = ""

    @property
    def key(self) -> tuple[str, str, str, str, str]:
        return (self.check, self.item, self.part, self.field, self.excerpt)
