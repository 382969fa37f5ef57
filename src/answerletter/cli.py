"""The ``answerletter`` command line: headless subcommands for scripts, and the editor.

Each subcommand lives in its own module under ``answerletter.commands`` and registers itself
through ``add_parser``/``run``; this module only dispatches. ``answerletter [FILE...]
[--example]`` opens the editor, but only when every argument names an existing file or a
``.kvb`` file (to be created) or is one of Qt's own options (``-style Fusion``, passed on to
QApplication; see ``qt_arguments``) — anything else, such as a mistyped command, is a usage
error.
Exit codes: 0 success, 1 the input had problems (e.g. an invalid letter), 2 wrong usage or an
unexpected failure.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from answerletter import APP_NAME, __version__
from answerletter.commands import COMMANDS
from answerletter.qt_arguments import QtArgumentError, split_qt_arguments

#: The editor's own options (``answerletter --example``).
EDITOR_OPTIONS = ("--example",)
LETTER_SUFFIX = ".kvb"

USAGE = (
    "answerletter [FILE.kvb ...] [--example] [Qt options such as -style NAME]\n"
    "       answerletter COMMAND [options]   (answerletter COMMAND --help for its options)"
)
EPILOG = (
    "Without a command, AnswerLetter opens the editor: with the letters named (FILE.kvb), with "
    "the built-in example (--example), or with an empty letter. A letter already open in the "
    "running editor comes to the front. Qt's own options (-style, -platform, -reverse, "
    "-stylesheet, …) are passed on to Qt."
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="answerletter",
        usage=USAGE,
        description=f"{APP_NAME}: answer letters to parliamentary questions (.kvb files).",
        epilog=EPILOG,
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.add_parser(subparsers)
    return parser


#: Arguments that the command-line parser answers itself instead of opening the editor.
_PARSER_OPTIONS = ("-h", "--help", "--version")


def opens_editor(arguments: Sequence[str]) -> bool:
    """True when *arguments* ask for the editor: nothing, the editor's options, and names of
    existing files or of .kvb files."""
    for argument in arguments:
        if argument in EDITOR_OPTIONS:
            continue
        if argument.startswith("-"):
            return False
        if not (argument.lower().endswith(LETTER_SUFFIX) or Path(argument).is_file()):
            return False
    return True


def _usage_error(parser: argparse.ArgumentParser, arguments: Sequence[str]) -> int:
    names = ", ".join(command.NAME for command in COMMANDS)
    wrong = next(
        (a for a in arguments if a not in EDITOR_OPTIONS and not opens_editor([a])), arguments[0]
    )
    if wrong.startswith("-"):
        reason = f"unknown option {wrong!r}"
    else:
        reason = f"{wrong!r} is neither a command ({names}) nor an existing file or .kvb letter"
    parser.print_usage(sys.stderr)
    print(f"answerletter: error: {reason}", file=sys.stderr)
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    names = {command.NAME for command in COMMANDS}
    if not args_list or (args_list[0] not in names and args_list[0] not in _PARSER_OPTIONS):
        try:
            _, own = split_qt_arguments(args_list)
        except QtArgumentError as error:
            build_parser().print_usage(sys.stderr)
            print(f"answerletter: error: {error}", file=sys.stderr)
            return 2
        if not opens_editor(own):
            return _usage_error(build_parser(), own)
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
