"""``answerletter new [--example] FILE``: write an empty letter or the built-in example."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

NAME = "new"


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        NAME, help="write a new letter file", description="Write a new .kvb letter file."
    )
    parser.add_argument("file", type=Path, help="the .kvb file to write")
    parser.add_argument(
        "--example", action="store_true", help="write the built-in example letter instead"
    )
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")


def run(args: argparse.Namespace) -> int:
    from answerletter.fileformat import KvbError, save_letter
    from answerletter.templates import empty_letter, example_letter

    path: Path = args.file
    if path.is_dir():
        # --force would not help: a folder is never overwritten by a letter.
        example = path / "brief.kvb"
        print(f"{path}: is a folder; name the letter file to write, e.g. {example}",
              file=sys.stderr)  # fmt: skip
        return 2
    if path.exists() and not args.force:
        print(f"{path}: already exists (use --force to overwrite)", file=sys.stderr)
        return 1
    try:
        letter = example_letter() if args.example else empty_letter()
        save_letter(letter, path)
    except KvbError as error:
        print(f"{path}: {error}", file=sys.stderr)
        return 1
    return 0
