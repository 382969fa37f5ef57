"""``answerletter import FILE -o OUT.kvb [--report text|json] [--force]``.

Exit 0 when a letter was written (guesses allowed: the report says which), 1 when the input
cannot be imported or OUT cannot be written (one line saying why), 2 for wrong usage.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path
from typing import Any

NAME = "import"


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="make a letter from a Word letter, a Kamer question document (.docx, .pdf) or text",
        description=(
            "Import a .docx (Word answer letter or the Kamer's questions), a .pdf (its text "
            "layer) or a .txt file as a new .kvb letter, with a report of what was recognised."
        ),
    )
    parser.add_argument("file", type=Path, metavar="FILE", help=".docx, .docm, .pdf or .txt")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.kvb")
    parser.add_argument(
        "--report",
        choices=("text", "json"),
        help="print the import report (values, sources, conflicts, skipped text)",
    )
    parser.add_argument("--force", action="store_true", help="overwrite an existing OUT")


def run(args: argparse.Namespace) -> int:
    from answerletter.fileformat import KvbError, save_letter
    from answerletter.importers import ImportFailure, import_file

    source: Path = args.file
    output: Path = args.output
    if output.exists() and not args.force:
        print(f"{output}: already exists (use --force to overwrite)", file=sys.stderr)
        return 1
    try:
        result = import_file(source)
    except ImportFailure as failure:
        message = failure.message
        if failure.convertible and shutil.which("soffice"):
            message += f" (or convert it: soffice --headless --convert-to docx {source})"
        print(f"{source}: {message}", file=sys.stderr)
        return 1
    try:
        save_letter(result.letter, output)
    except KvbError as error:
        print(f"{output}: {error}", file=sys.stderr)
        return 1
    report = result.report
    if args.report == "json":
        print(report.to_json())
    elif args.report == "text":
        print(report.to_text())
    else:
        extra = []
        if report.conflicts():
            extra.append(f"{len(report.conflicts())} conflicts")
        if report.guesses():
            extra.append(f"{len(report.guesses())} guesses")
        if report.skipped:
            extra.append(f"{len(report.skipped)} skipped paragraphs")
        tail = f" ({', '.join(extra)}; see --report text)" if extra else ""
        print(
            f"{output}: {report.questions} questions, {report.answers} answers, "
            f"{report.footnotes} footnotes{tail}",
            file=sys.stderr,
        )
    return 0
