"""Qt's own options reach QApplication; ours and real mistakes are told apart (issue 19 §8)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from answerletter.cli import main
from answerletter.qt_arguments import QtArgumentError, is_qt_option, split_qt_arguments


def test_qt_options_and_their_values_are_split_from_ours():
    qt, ours = split_qt_arguments(
        ["-style", "Fusion", "brief.kvb", "--example", "-reverse", "--platform", "xcb", "b.kvb"]
    )
    assert qt == ["-style", "Fusion", "-reverse", "--platform", "xcb"]
    assert ours == ["brief.kvb", "--example", "b.kvb"]


def test_equals_forms_and_unknown_options():
    assert split_qt_arguments(["-style=Windows", "x.kvb"]) == (["-style=Windows"], ["x.kvb"])
    assert is_qt_option("-stylesheet=a.qss")
    # Qt reads -platform only with a separate value: "-platform=xcb" is not Qt's.
    assert not is_qt_option("-platform=xcb")
    assert not is_qt_option("--example")
    assert not is_qt_option("--frobnicate")
    assert not is_qt_option("-")
    # A value that looks like a file is still the option's value.
    assert split_qt_arguments(["-stylesheet", "look.kvb"]) == (["-stylesheet", "look.kvb"], [])


def test_a_qt_option_without_its_value_is_an_error():
    with pytest.raises(QtArgumentError, match="'-style' needs a value"):
        split_qt_arguments(["brief.kvb", "-style"])


@pytest.fixture
def editor_calls(monkeypatch):
    from answerletter import app

    calls: list[list[str]] = []
    monkeypatch.setattr(app, "run_gui", lambda argv: calls.append(list(argv)) or 0)
    return calls


def test_the_editor_accepts_qt_options(tmp_path, monkeypatch, editor_calls):
    monkeypatch.chdir(tmp_path)
    assert main(["-style", "Fusion"]) == 0
    assert main(["brief.kvb", "-reverse", "--example"]) == 0
    assert editor_calls == [["-style", "Fusion"], ["brief.kvb", "-reverse", "--example"]]


def test_unknown_options_and_missing_values_still_get_a_clear_error(
    tmp_path, monkeypatch, capsys, editor_calls
):
    monkeypatch.chdir(tmp_path)
    assert main(["-style", "Fusion", "--frobnicate"]) == 2
    assert "unknown option '--frobnicate'" in capsys.readouterr().err
    assert main(["-stijl", "Fusion"]) == 2
    assert "unknown option '-stijl'" in capsys.readouterr().err
    assert main(["-style"]) == 2
    error = capsys.readouterr().err
    assert "the Qt option '-style' needs a value" in error and "usage:" in error
    assert editor_calls == []


_START = """
import json, sys
from PySide6.QtWidgets import QProxyStyle
from answerletter import app
from answerletter.desktop import startup

seen = {}

def create(argv, config):
    application = real_create(argv, config)
    seen["qt_argv"] = list(argv)
    style = application.style()
    # The editor wraps the chosen style (gui/no_animation_style.py): its base is the choice.
    seen["style"] = (style.baseStyle() if isinstance(style, QProxyStyle) else style).name()
    seen["arguments"] = application.arguments()[1:]
    return application

def run(application, claim_, config, request):
    seen["files"] = list(request.files)
    seen["example"] = request.example
    print(json.dumps(seen))
    return 0

class Claim:  # this start is the only editor: no single-instance lock or server
    forwarded = False

def claim(files, *, example):
    return startup.OpenRequest.from_arguments(files, example=example), Claim()

real_create = app.create_application
app.create_application = create
startup.claim = claim
startup.run = run
from answerletter.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_style_reaches_qapplication(tmp_path):
    """A real start through ``answerletter.cli.main`` up to the event loop: Qt gets the
    style (Windows, not the default Fusion, so taking it shows), the opener gets the file."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[variable] = str(tmp_path / variable.lower())
    letter = tmp_path / "brief.kvb"
    for style, expected in (("Windows", "windows"), ("Fusion", "fusion")):
        result = subprocess.run(
            [sys.executable, "-c", _START, "-style", style, str(letter), "--example"],
            check=False,
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        seen = json.loads(result.stdout.strip().splitlines()[-1])
        assert seen["qt_argv"] == ["-style", style]
        assert seen["style"] == expected
        assert "-style" not in seen["arguments"]  # Qt took it
        assert seen["files"] == [str(letter)] and seen["example"] is True
