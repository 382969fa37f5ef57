"""Starting the editor: the QApplication, fonts, translations and the first windows.

``run_gui(argv)`` is what ``answerletter [FILE...]`` and ``answerletter --example`` run.
Qt is imported here, not at module level, so the headless subcommands never load it.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from answerletter import APP_NAME, __version__
from answerletter.config import Config

if TYPE_CHECKING:
    from answerletter.gui.main_window import MainWindow

#: Windows are kept here so Python does not collect them while they are open.
_windows: list[MainWindow] = []


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="answerletter", description=f"{APP_NAME}: open the letter editor."
    )
    parser.add_argument("files", nargs="*", type=Path, metavar="FILE", help="letters to open")
    parser.add_argument("--example", action="store_true", help="open the built-in example")
    return parser


def register_fonts() -> list[str]:
    """Register the fonts shipped in ``resources/fonts`` (if any); returns their families.

    The typesetter relies on these so a letter looks the same on every machine.
    """
    from PySide6.QtGui import QFontDatabase

    from answerletter.resources import resource_path

    families: list[str] = []
    folder = resource_path("fonts")
    if not folder.is_dir():
        return families
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() in (".ttf", ".otf"):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def create_application(argv: Sequence[str], config: Config) -> Any:
    """The QApplication (reused if one exists), with names, fonts and translations."""
    from PySide6.QtWidgets import QApplication

    from answerletter.gui import i18n

    app = QApplication.instance() or QApplication([APP_NAME, *argv])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    register_fonts()
    i18n.install(config.settings.language)
    return app


def open_windows(
    files: Sequence[Path], *, example: bool, config: Config, **window_options: Any
) -> list[MainWindow]:
    """One window per file (or one on the example or an empty letter), shown."""
    from answerletter.gui import file_commands
    from answerletter.gui.document import Document
    from answerletter.gui.main_window import MainWindow
    from answerletter.templates import empty_letter, example_letter

    windows: list[MainWindow] = []
    if example:
        window = MainWindow(Document(example_letter()), config, **window_options)
        windows.append(window)
    for path in files:
        window = MainWindow(Document(empty_letter()), config, **window_options)
        document = file_commands.read_letter(window, path)
        if document is None:
            window.deleteLater()
            continue
        window.replace_document(document)
        config.add_recent_file(path)
        windows.append(window)
    if not windows:
        windows.append(MainWindow(Document(empty_letter()), config, **window_options))
    for window in windows:
        window.show()
    _windows.extend(windows)
    return windows


def run_gui(argv: Sequence[str], config: Config | None = None) -> int:
    """Open the editor with *argv* (``[FILE...] [--example]``); returns the exit code."""
    args = build_parser().parse_args(list(argv))
    # One editor per user: a second launch hands its files to the running one and exits.
    from answerletter.desktop import startup

    request, claim = startup.claim(args.files, example=args.example)
    if claim.forwarded:
        return 0
    config = config or Config()
    app = create_application(argv, config)
    # Nothing lost: the exception handler, and the offer of letters a crash left behind.
    from answerletter.safety import session

    session.install(app, config)
    return startup.run(app, claim, config, request)
