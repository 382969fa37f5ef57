"""``answerletter check FILE... [--format text|json]``: what a reviewer would catch.

Text: one line per finding, ``FILE: vraag N: PART: SEVERITY: MESSAGE`` (without ``vraag N``
for findings about the letter as a whole). JSON: a list with one object per file. Accepted
findings are left out. Exit 1 when an error or warning remains or a file cannot be read,
0 otherwise, 2 for wrong usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from answerletter.commands.cli_language import cli_language

NAME = "check"


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="check letters for what reviewers catch",
        description=(
            "Check .kvb letters for unanswered questions, wrong references, doubled words, "
            "look-alike letters, unbalanced brackets, dates, missing parts, the deadline and "
            "citations. Accepted findings are left out. Exit status 1 when an error or "
            "warning remains."
        ),
    )
    parser.add_argument("files", type=Path, nargs="+", metavar="FILE")
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default text)"
    )
    parser.add_argument(
        "--today",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="check the deadline as on this day (default: today)",
    )
    parser.add_argument(
        "--spelling",
        action="store_true",
        help="also check the Dutch spelling (check id 'spelling', up to five suggestions each)",
    )


def run(args: argparse.Namespace) -> int:
    from answerletter.checks import check_letter, is_blocking, open_findings, sort_findings
    from answerletter.fileformat import KvbError, load_letter

    language = cli_language()
    speller = None
    if args.spelling:
        from answerletter.spelling import Speller

        speller = Speller()
    status = 0
    report: list[dict[str, Any]] = []
    for path in args.files:
        try:
            letter = load_letter(path)
        except KvbError as error:
            status = 1
            print(f"{path}: {error}", file=sys.stderr)
            report.append({"file": str(path), "error": str(error), "findings": []})
            continue
        found = check_letter(letter, args.today)
        suggestions: dict[int, tuple[str, ...]] = {}
        if speller is not None:
            from answerletter.spelling import spelling_findings

            for spelled in spelling_findings(letter, speller):
                found.append(spelled.finding)
                suggestions[id(spelled.finding)] = spelled.suggestions
        findings = sort_findings(letter, open_findings(letter, found))
        if any(is_blocking(f) for f in findings):
            status = 1
        entries = []
        for finding in findings:
            where = finding.location
            message = finding.message(language)
            if args.format == "text":
                question = f"vraag {where.question}: " if where.question is not None else ""
                print(f"{path}: {question}{where.part.value}: {finding.severity.value}: {message}")
            entry: dict[str, Any] = {
                "check": finding.check,
                "severity": finding.severity.value,
                "message": message,
                "location": {
                    "question": where.question,
                    "part": where.part.value,
                    "field": where.field,
                    "excerpt": where.excerpt,
                },
            }
            if finding.check == "spelling":
                entry["suggestions"] = list(suggestions.get(id(finding), ()))
            entries.append(entry)
        report.append({"file": str(path), "findings": entries})
    if args.format == "json":
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    return status
