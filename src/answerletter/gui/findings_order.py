"""The findings in the order the findings pane lists them, with what showing them needs,
made where the checks ran (off the GUI thread): a pass over 10,000 findings costs tens of
milliseconds, which the GUI thread would spend on every showing.

:func:`sort_findings` puts findings in reading order (the item's place in the letter, then
severity, then offset) and notes each one's acceptance key, the questions it belongs to and
the severities' totals. Showing them then takes one pass in C when the letter has
acceptances, and none when it has not. Nothing here uses Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress

from answerletter.checks import SEVERITY_RANK, Finding, Severity
from answerletter.model import Letter

AcceptanceKey = tuple[str, str, str, str, str]
SortKey = tuple[int, int, int]


@dataclass(frozen=True, slots=True)
class SortedFindings:
    """Findings in reading order; the other lists run parallel to :attr:`findings`."""

    findings: list[Finding] = field(default_factory=list)
    sort_keys: list[SortKey] = field(default_factory=list)
    #: Each finding's ``acceptance_key``.
    keys: list[AcceptanceKey] = field(default_factory=list)
    #: The questions each finding belongs to (an answer's: all it covers).
    question_ids: list[tuple[str, ...]] = field(default_factory=list)
    #: How many findings there are of each severity.
    totals: dict[Severity, int] = field(default_factory=dict)
    #: Question id → the worst severity of its findings.
    worst: dict[str, Severity] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.findings)

    def open_mask(self, accepted: set[AcceptanceKey]) -> list[bool] | None:
        """Per finding, whether it is open (not accepted); None when all are."""
        if not accepted:
            return None
        mask = [key not in accepted for key in self.keys]
        return None if all(mask) else mask

    def open_findings(self, mask: list[bool] | None) -> list[Finding]:
        return self.findings if mask is None else list(compress(self.findings, mask))

    def open_totals(self, mask: list[bool] | None) -> dict[Severity, int]:
        if mask is None:
            return self.totals
        totals = dict.fromkeys(Severity, 0)
        for finding in compress(self.findings, mask):
            totals[finding.severity] += 1
        return totals

    def worst_marks(self, mask: list[bool] | None) -> dict[str, Severity]:
        """Question id → the worst severity of its open findings."""
        if mask is None:
            return self.worst
        return _worst(compress(self.findings, mask), compress(self.question_ids, mask))


def _worst(
    findings: Iterable[Finding], question_ids: Iterable[tuple[str, ...]]
) -> dict[str, Severity]:
    worst: dict[str, Severity] = {}
    rank = SEVERITY_RANK
    for finding, ids in zip(findings, question_ids, strict=True):
        severity = finding.severity
        for qid in ids:
            known = worst.get(qid)
            if known is None or rank[severity] < rank[known]:
                worst[qid] = severity
    return worst


def _worse(first: dict[str, Severity], second: dict[str, Severity]) -> dict[str, Severity]:
    worst = dict(first)
    for qid, severity in second.items():
        known = worst.get(qid)
        if known is None or SEVERITY_RANK[severity] < SEVERITY_RANK[known]:
            worst[qid] = severity
    return worst


def question_ids(letter: Letter, finding: Finding) -> tuple[str, ...]:
    """The questions a finding belongs to (an answer's: all it covers)."""
    item = finding.location.item
    if item is None:
        return ()
    if item in letter.question_index:
        return (item,)
    if item in letter.answer_index:
        return letter.answer(item).questions
    return ()


def sort_findings(letter: Letter, findings: Sequence[Finding]) -> SortedFindings:
    """*findings* of *letter* in reading order, with their keys (on any thread)."""
    order = letter.presentation_index

    def key(finding: Finding) -> SortKey:
        where = finding.location
        position = order.get(where.item, -1) if where.item is not None else -1
        return (position, SEVERITY_RANK[finding.severity], where.start or 0)

    keyed = sorted((key(f), i) for i, f in enumerate(findings))
    ordered = [findings[i] for _, i in keyed]
    totals = dict.fromkeys(Severity, 0)
    for finding in ordered:
        totals[finding.severity] += 1
    ids = [question_ids(letter, f) for f in ordered]
    return SortedFindings(
        findings=ordered,
        sort_keys=[k for k, _ in keyed],
        keys=[f.acceptance_key for f in ordered],
        question_ids=ids,
        totals=totals,
        worst=_worst(ordered, ids),
    )


def merge(first: SortedFindings, second: SortedFindings) -> SortedFindings:
    """Both lists of findings in one reading order (the first's before equal keys)."""
    if not second.findings:
        return first
    if not first.findings:
        return second
    findings = first.findings + second.findings
    sort_keys = first.sort_keys + second.sort_keys
    # Two sorted runs: Python's sort merges them in one pass (ties keep the first's first).
    places = [i for _, i in sorted(zip(sort_keys, range(len(findings)), strict=True))]
    keys = first.keys + second.keys
    ids = first.question_ids + second.question_ids
    totals = {s: first.totals.get(s, 0) + second.totals.get(s, 0) for s in Severity}
    return SortedFindings(
        findings=[findings[i] for i in places],
        sort_keys=[sort_keys[i] for i in places],
        keys=[keys[i] for i in places],
        question_ids=[ids[i] for i in places],
        totals=totals,
        worst=_worse(first.worst, second.worst),
    )
