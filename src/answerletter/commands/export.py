"""``answerletter export FILE.kvb -o OUT.pdf|OUT.docx``: write a letter as PDF or Word (headless).

The format comes from the output's extension; ``--format`` overrides it. An extension that
names neither format is refused rather than guessed (a PDF named ``.doc`` helps nobody).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

NAME = "export"

#: Output format → file extension.
FORMATS = {"pdf": ".pdf", "docx": ".docx"}


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="write a letter as PDF or Word document",
        description=(
            "Typeset a .kvb letter in its house style and write it as a tagged, accessible PDF "
            "(PDF/UA-1 and PDF/A-1a) or as a Word document (.docx). The format follows the "
            "output's extension."
        ),
    )
    parser.add_argument("file", type=Path, help="the .kvb letter to export")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        help="the file to write, .pdf or .docx (default: FILE with the format's extension)",
    )
    parser.add_argument(
        "--format",
        choices=sorted(FORMATS),
        help="the format to write, whatever the output's extension (default: from -o, else pdf)",
    )
    parser.add_argument(
        "--profile",
        default="rijksoverheid",
        help="house-style profile: a name or a .json file (default: rijksoverheid)",
    )
    parser.add_argument(
        "--no-pdfa", action="store_true", help="write a tagged PDF that does not claim PDF/A"
    )


def output_format(output: Path | None, requested: str | None) -> str | None:
    """The format to write: *requested*, else the one *output*'s extension names (None when
    it names none), else PDF."""
    if requested:
        return requested
    if output is None:
        return "pdf"
    suffix = output.suffix.lower()
    for name, extension in FORMATS.items():
        if suffix == extension:
            return name
    return None


@contextlib.contextmanager
def qt_painter_warnings_silenced() -> Iterator[None]:
    """Keep Qt's "QPainter::begin(): Returned false" off the terminal while writing: a file
    that cannot be written is reported once, in our words, by the error that follows. (A
    logging rule rather than a message handler: no Python callback left inside Qt.)"""
    from PySide6.QtCore import QLoggingCategory

    QLoggingCategory.setFilterRules("default.warning=false")
    try:
        yield
    finally:
        QLoggingCategory.setFilterRules("")


def run(args: argparse.Namespace) -> int:
    source: Path = args.file
    chosen = output_format(args.output, args.format)
    if chosen is None:
        suffix = args.output.suffix
        told = f"the extension {suffix!r}" if suffix else "a name without an extension"
        print(
            f"{args.output}: cannot tell the format from {told}; "
            "name the file .pdf or .docx, or give --format pdf|docx",
            file=sys.stderr,
        )
        return 2
    target: Path = args.output or source.with_suffix(FORMATS[chosen])
    # Exporting never shows a window; without this Qt would need a display.
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    from answerletter.exporters.docx import DocxExportError, LogoPicture, write_docx
    from answerletter.fileformat import KvbError, load_letter
    from answerletter.layout import LetterLayout, OutputError, ProfileError, load_profile, write_pdf
    from answerletter.layout.docx_inputs import letterhead_logo_png
    from answerletter.layout.profile import available_profiles

    try:
        letter = load_letter(source)
    except KvbError as error:
        print(f"{source}: {error}", file=sys.stderr)
        return 1
    try:
        profile = load_profile(args.profile)
    except ProfileError as error:
        known = ", ".join(available_profiles()) or "none"
        print(f"{args.profile}: {error}; available profiles: {known} (or give a .json file)",
              file=sys.stderr)  # fmt: skip
        return 2
    if not target.parent.is_dir():
        print(f"{target}: the folder {target.parent} does not exist", file=sys.stderr)
        return 1
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    layout = LetterLayout(letter, profile)
    try:
        if chosen == "docx":
            # The typesetter's page count is the cached "van M" of the Word file.
            rendered = letterhead_logo_png(layout)
            logo = LogoPicture(*rendered) if rendered else None
            write_docx(letter, target, page_count=layout.page_count, profile=profile, logo=logo)
            notes: list[str] = []
        else:
            with qt_painter_warnings_silenced():
                notes = write_pdf(layout, target, pdfa=not args.no_pdfa)
    except (OutputError, DocxExportError) as error:
        print(f"{target}: {error}", file=sys.stderr)
        return 1
    for note in notes:
        print(f"Note: {note}", file=sys.stderr)
    return 0
