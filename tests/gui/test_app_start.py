"""Starting the editor: ``answerletter [FILE...]`` and ``--example`` reach the GUI entry,
the subcommands stay headless, and the opener opens what the command line asks for."""

from __future__ import annotations

import subprocess
import sys

from window_helpers import small_letter

from answerletter import app, cli
from answerletter.desktop.instance import OpenRequest
from answerletter.desktop.opener import Opener
from answerletter.fileformat import save_letter
from answerletter.templates import example_letter


def test_cli_sends_files_and_example_to_the_gui(monkeypatch):
    seen = []
    monkeypatch.setattr(app, "run_gui", lambda argv: seen.append(list(argv)) or 0)
    assert cli.main(["brief.kvb", "ander.kvb"]) == 0
    assert cli.main(["--example"]) == 0
    assert cli.main([]) == 0
    assert seen == [["brief.kvb", "ander.kvb"], ["--example"], []]


def test_subcommands_do_not_load_qt_widgets(tmp_path):
    path = tmp_path / "brief.kvb"
    code = (
        "import sys; from answerletter.cli import main; "
        f"status = main(['new', {str(path)!r}]) + main(['validate', '-q', {str(path)!r}]); "
        "print(status, 'PySide6.QtWidgets' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.split() == ["0", "False"]


def open_from_command_line(config, files, *, example):
    opener = Opener(config)
    opener.start(OpenRequest.from_arguments(files, example=example))
    return opener.windows()


def test_opening_files_example_and_bad_files(qtbot, config, fake_dialogs, tmp_path):
    good = tmp_path / "goed.kvb"
    save_letter(small_letter(4), good)
    bad = tmp_path / "slecht.kvb"
    bad.write_text("geen xml")
    windows = open_from_command_line(config, [good, bad], example=True)
    for window in windows:
        qtbot.addWidget(window)
    assert len(windows) == 2
    assert windows[0].document.letter == example_letter()
    assert windows[1].document.path == good
    assert len(fake_dialogs.errors) == 1 and "slecht.kvb" in fake_dialogs.errors[0][1]
    assert config.settings.recent_files == (str(good.resolve()),)


def test_no_arguments_give_an_empty_letter(qtbot, config, fake_dialogs):
    windows = open_from_command_line(config, [], example=False)
    for window in windows:
        qtbot.addWidget(window)
    assert len(windows) == 1
    assert windows[0].document.letter.questions == ()
    assert windows[0].isVisible()
