"""``answerletter status FILE|FOLDER... [--format json]``: the coordinator's overview.

One line per answer letter (folders are searched for .kvb files): zaaknummer, subject,
state (draft, dated, postponed), due date and days left or late, most urgent first: open
letters by days left (the latest first), then dated letters. Uitstelberichten are not listed
(their letter carries the postponement). Exit 1 when a file cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from answerletter.commands.cli_language import cli_language

NAME = "status"


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="list letters with their deadlines, most urgent first",
        description=(
            "List answer letters (files, or the .kvb files in folders) with zaaknummer, "
            "subject, state (draft, dated, postponed), due date and days left or late, "
            "sorted by urgency."
        ),
    )
    parser.add_argument("paths", type=Path, nargs="+", metavar="FILE|FOLDER")
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default text)"
    )
    parser.add_argument(
        "--today",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="count days as on this day (default: today)",
    )


@dataclass(frozen=True)
class Row:
    file: Path
    zaaknummer: str
    subject: str
    state: str
    due: date | None
    days: int | None  # left (negative: late)

    def urgency(self) -> tuple[int, int, str]:
        if self.state == "dated":
            return (2, 0, str(self.file))
        if self.days is None:
            return (1, 0, str(self.file))
        return (0, self.days, str(self.file))


def _files(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*.kvb") if p.is_file()))
        else:
            found.append(path)
    return found


def _days_text(row: Row, dutch: bool) -> str:
    if row.days is None:
        return "geen termijn" if dutch else "no deadline"
    n = abs(row.days)
    if row.days < 0:
        return (
            f"{n} {'dag' if n == 1 else 'dagen'} te laat"
            if dutch
            else f"{n} day{'s' if n != 1 else ''} late"
        )
    if row.state == "dated":
        return "op tijd" if dutch else "in time"
    if row.days == 0:
        return "vandaag" if dutch else "due today"
    return (
        f"nog {n} {'dag' if n == 1 else 'dagen'}"
        if dutch
        else f"{n} day{'s' if n != 1 else ''} left"
    )


def run(args: argparse.Namespace) -> int:
    from answerletter.fileformat import KvbError, load_letter
    from answerletter.model import DocumentKind
    from answerletter.model.deadlines import answer_deadline, days_late_or_left, letter_state
    from answerletter.model.wording import format_date

    today: date = args.today or date.today()
    dutch = cli_language() == "nl"
    status = 0
    rows: list[Row] = []
    for path in _files(args.paths):
        try:
            letter = load_letter(path)
        except KvbError as error:
            status = 1
            print(f"{path}: {error}", file=sys.stderr)
            continue
        if letter.kind is not DocumentKind.ANSWER_LETTER:
            continue
        meta = letter.metadata
        rows.append(
            Row(
                path,
                meta.your_reference,
                meta.subject,
                letter_state(meta),
                answer_deadline(meta),
                days_late_or_left(meta, today),
            )
        )
    rows.sort(key=Row.urgency)
    if args.format == "json":
        report: list[dict[str, Any]] = [
            {
                "file": str(row.file),
                "zaaknummer": row.zaaknummer or None,
                "subject": row.subject,
                "state": row.state,
                "due": row.due.isoformat() if row.due else None,
                "days_left": row.days,
            }
            for row in rows
        ]
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return status
    for row in rows:
        due = format_date(row.due) if row.due else "-"
        columns = [
            row.zaaknummer or "-",
            row.state,
            due,
            _days_text(row, dutch),
            row.subject or "-",
        ]
        print(f"{row.file}: " + "\t".join(columns))
    return status
