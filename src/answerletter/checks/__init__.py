"""Checks: what reviewers catch, as findings of a letter. Plain Python, no Qt.

``check_letter(letter)`` runs every check once; an editor keeps a ``Checker`` per document,
which rescans only the texts that changed. ``open_findings`` leaves out what the user
accepted. ``citations`` recognises Kamerstuk citations and derives their official pages.
"""

from __future__ import annotations

from collections.abc import Iterable

from answerletter.checks.findings import SEVERITY_RANK, Finding, Location, Part, Severity
from answerletter.checks.runner import Checker, check_letter, is_blocking, sort_findings
from answerletter.model import Acceptance, Letter


def is_accepted(finding: Finding, accepted: Iterable[Acceptance]) -> bool:
    return any(a.key == finding.acceptance_key for a in accepted)


def open_findings(letter: Letter, findings: Iterable[Finding]) -> list[Finding]:
    """The findings the user has not accepted."""
    keys = {a.key for a in letter.accepted}
    return [f for f in findings if f.acceptance_key not in keys]


def live_acceptances(letter: Letter, findings: Iterable[Finding]) -> tuple[Acceptance, ...]:
    """The letter's acceptances that still match a finding (the others' text is gone)."""
    keys = {f.acceptance_key for f in findings}
    return tuple(a for a in letter.accepted if a.key in keys)


def accept(finding: Finding, reason: str = "") -> Acceptance:
    """The acceptance of *finding* with the user's *reason*."""
    check, item, part, field, excerpt = finding.acceptance_key
    return Acceptance(check, item, part, field, excerpt, reason)


__all__ = [
    "SEVERITY_RANK",
    "Checker",
    "Finding",
    "Location",
    "Part",
    "Severity",
    "accept",
    "check_letter",
    "is_accepted",
    "is_blocking",
    "live_acceptances",
    "open_findings",
    "sort_findings",
]
