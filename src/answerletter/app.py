"""Starting the editor: the QApplication, fonts and translations; windows come from
``answerletter.desktop`` (the single instance and its opener).

``run_gui(argv)`` is what ``answerletter [FILE...]`` and ``answerletter --example`` run.
Qt is imported here, not at module level, so the headless subcommands never load it.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from answerletter import APP_NAME, __version__
from answerletter.config import Config
from answerletter.qt_arguments import split_qt_arguments


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="answerletter", description=f"{APP_NAME}: open the letter editor."
    )
    parser.add_argument("files", nargs="*", type=Path, metavar="FILE", help="letters to open")
    parser.add_argument("--example", action="store_true", help="open the built-in example")
    return parser


def create_application(argv: Sequence[str], config: Config) -> Any:
    """The QApplication (reused if one exists), with names, fonts and translations.

    *argv* holds Qt's own options (``-style Fusion``; see ``qt_arguments``): Qt reads them.
    """
    from PySide6.QtWidgets import QApplication

    from answerletter.desktop.application import EditorApplication
    from answerletter.gui import i18n

    # EditorApplication receives macOS's file-open events (see desktop.application).
    app = QApplication.instance() or EditorApplication([APP_NAME, *argv])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    # The typesetter's registration (once per process): the preview and the PDF use these.
    from answerletter.layout.fonts import register_bundled_fonts

    register_bundled_fonts()
    i18n.install(config.settings.language)
    return app


def run_gui(argv: Sequence[str], config: Config | None = None) -> int:
    """Open the editor with *argv* (``[FILE...] [--example]`` and Qt's own options, which go
    to QApplication); returns the exit code."""
    qt_argv, own = split_qt_arguments(argv)
    args = build_parser().parse_args(own)
    # One editor per user: a second launch hands its files to the running one and exits.
    from answerletter.desktop import startup

    request, claim = startup.claim(args.files, example=args.example)
    if claim.forwarded:
        return 0
    config = config or Config()
    app = create_application(qt_argv, config)
    return startup.run(app, claim, config, request)
