"""The ``answerletter`` command line: headless subcommands for scripts, and the editor.

Each subcommand lives in its own module under ``answerletter.commands`` and registers itself
through ``add_parser``/``run``; this module only dispatches. Exit codes: 0 success, 1 the
input had problems (e.g. an invalid letter), 2 wrong usage or an unexpected failure.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from answerletter import APP_NAME, __version__
from answerletter.commands import COMMANDS


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="answerletter",
        description=f"{APP_NAME}: answer letters to parliamentary questions (.kvb files).",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.add_parser(subparsers)
    return parser


#: Arguments that the command-line parser answers itself instead of opening the editor.
_PARSER_OPTIONS = ("-h", "--help", "--version")


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    names = {command.NAME for command in COMMANDS}
    if not args_list or (args_list[0] not in names and args_list[0] not in _PARSER_OPTIONS):
        # ``answerletter [FILE...] [--example]``: the editor. Imported here so the headless
        # subcommands never load Qt's widgets.
        from answerletter.app import run_gui

        return run_gui(args_list)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.command is None:
        parser.print_help()
        return 2
    for command in COMMANDS:
        if args.command == command.NAME:
            status: int = command.run(args)
            return status
    return 2  # pragma: no cover - argparse rejects unknown commands first
