"""``answerletter validate [-q] FILE...``: ``FILE: ok`` for a valid file, one
``FILE:LINE: message`` per problem otherwise; exit 1 if any file has problems. ``-q`` prints
the problems only."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

NAME = "validate"


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="check that letter files are valid",
        description="Check .kvb files against the schema and the model's rules.",
    )
    parser.add_argument("files", type=Path, nargs="+", metavar="FILE")
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="print only the problems, not FILE: ok"
    )


def run(args: argparse.Namespace) -> int:
    from answerletter.fileformat import KvbError, load_letter

    status = 0
    for path in args.files:
        try:
            load_letter(path)
            if not args.quiet:
                print(f"{path}: ok")
        except KvbError as error:
            status = 1
            for problem in error.problems:
                where = f"{path}:{problem.line}" if problem.line else f"{path}"
                print(f"{where}: {problem.message}", file=sys.stdout)
    return status
