"""``answerletter export FILE.kvb -o OUT.pdf``: typeset a letter and write it as PDF (headless)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

NAME = "export"


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="write a letter as PDF",
        description="Typeset a .kvb letter in its house style and write it as a PDF/A-1b file.",
    )
    parser.add_argument("file", type=Path, help="the .kvb letter to export")
    parser.add_argument(
        "-o", "--output", type=Path, help="the PDF file to write (default: FILE with .pdf)"
    )
    parser.add_argument(
        "--profile",
        default="rijksoverheid",
        help="house-style profile: a name or a .json file (default: rijksoverheid)",
    )
    parser.add_argument(
        "--no-pdfa", action="store_true", help="write plain PDF instead of PDF/A-1b"
    )


def run(args: argparse.Namespace) -> int:
    # Exporting never shows a window; without this Qt would need a display.
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    from answerletter.fileformat import KvbError, load_letter
    from answerletter.layout import LetterLayout, OutputError, ProfileError, load_profile, write_pdf

    source: Path = args.file
    target: Path = args.output or source.with_suffix(".pdf")
    try:
        letter = load_letter(source)
    except KvbError as error:
        print(f"{source}: {error}", file=sys.stderr)
        return 1
    try:
        profile = load_profile(args.profile)
    except ProfileError as error:
        print(f"{args.profile}: {error}", file=sys.stderr)
        return 2
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    try:
        notes = write_pdf(LetterLayout(letter, profile), target, pdfa=not args.no_pdfa)
    except OutputError as error:
        print(f"{target}: {error}", file=sys.stderr)
        return 1
    for note in notes:
        print(f"Note: {note}", file=sys.stderr)
    return 0
