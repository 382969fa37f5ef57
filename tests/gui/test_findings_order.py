"""The findings in the pane's order, made on the checks' thread: the same order, open
findings, totals and question marks as working them out at showing time (the way the pane
did before issue 16), for the checks' findings and another source's merged in."""

from __future__ import annotations

from dataclasses import replace

from answerletter.checks import SEVERITY_RANK, Finding, Severity, accept, check_letter
from answerletter.gui.findings_order import SortedFindings, merge, question_ids, sort_findings
from answerletter.model import Letter
from answerletter.templates import example_letter
from answerletter.testing.synthetic import generate_letter


def _reading_order(letter: Letter, findings: list[Finding]) -> list[Finding]:
    order = {item.id: i for i, item in enumerate(letter.presentation())}

    def key(finding: Finding) -> tuple[int, int, int]:
        where = finding.location
        position = order.get(where.item, -1) if where.item is not None else -1
        return (position, SEVERITY_RANK[finding.severity], where.start or 0)

    return sorted(findings, key=key)


def _worst(letter: Letter, findings: list[Finding]) -> dict[str, Severity]:
    worst: dict[str, Severity] = {}
    for finding in findings:
        for qid in question_ids(letter, finding):
            if qid not in worst or SEVERITY_RANK[finding.severity] < SEVERITY_RANK[worst[qid]]:
                worst[qid] = finding.severity
    return worst


def _letter_and_findings() -> tuple[Letter, list[Finding]]:
    letter = generate_letter(60, seed=3)
    findings = check_letter(letter, letter.metadata.submitted or example_letter().metadata.date)
    return letter, findings


def test_sorted_as_the_pane_lists_them_with_totals_and_marks():
    letter, findings = _letter_and_findings()
    assert len(findings) > 20
    result = sort_findings(letter, list(reversed(findings)))
    assert result.findings == _reading_order(letter, findings)
    assert result.keys == [f.acceptance_key for f in result.findings]
    assert sum(result.totals.values()) == len(findings)
    for severity in Severity:
        assert result.totals[severity] == sum(1 for f in findings if f.severity is severity)
    # Nothing accepted: every finding is open, handed over as it is.
    mask = result.open_mask(set())
    assert mask is None
    assert result.open_findings(mask) is result.findings
    assert result.worst_marks(mask) == _worst(letter, findings)


def test_accepted_findings_are_left_out_of_the_open_ones_their_totals_and_marks():
    letter, findings = _letter_and_findings()
    result = sort_findings(letter, findings)
    accepted_findings = result.findings[::3]
    letter = replace(letter, accepted=tuple(accept(f, "Zo bedoeld.") for f in accepted_findings))
    keys = {a.key for a in letter.accepted}
    mask = result.open_mask(keys)
    assert mask is not None
    remaining = [f for f in result.findings if f.acceptance_key not in keys]
    assert result.open_findings(mask) == remaining
    totals = result.open_totals(mask)
    assert {s: totals[s] for s in Severity} == {
        s: sum(1 for f in remaining if f.severity is s) for s in Severity
    }
    assert result.worst_marks(mask) == _worst(letter, remaining)


def test_another_sources_findings_are_merged_into_the_reading_order():
    letter, findings = _letter_and_findings()
    first, second = findings[::2], findings[1::2]
    merged = merge(sort_findings(letter, first), sort_findings(letter, second))
    whole = sort_findings(letter, findings)
    assert merged.findings == whole.findings
    assert merged.keys == whole.keys
    assert merged.question_ids == whole.question_ids
    assert merged.totals == whole.totals
    assert merged.worst == whole.worst
    empty = SortedFindings()
    assert merge(whole, empty) is whole
    assert merge(empty, whole) is whole
