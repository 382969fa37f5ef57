"""The headless command line: new, validate, --version, and python -m answerletter."""

import subprocess
import sys

import pytest

from answerletter import __version__
from answerletter.cli import main
from answerletter.fileformat import load_letter
from answerletter.templates import empty_letter

from seed_letter import build_seed_letter


def test_version(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"AnswerLetter {__version__}"


def test_python_dash_m_does_the_same():
    result = subprocess.run(
        [sys.executable, "-m", "answerletter", "--version"],
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    assert result.stdout.strip() == f"AnswerLetter {__version__}"


def test_new_example_and_validate(tmp_path, capsys):
    path = tmp_path / "voorbeeld.kvb"
    assert main(["new", "--example", str(path)]) == 0
    assert load_letter(path) == build_seed_letter()
    assert main(["validate", str(path)]) == 0
    assert capsys.readouterr().out == ""


def test_new_empty(tmp_path):
    path = tmp_path / "leeg.kvb"
    assert main(["new", str(path)]) == 0
    assert load_letter(path) == empty_letter()


def test_new_does_not_overwrite(tmp_path, capsys):
    path = tmp_path / "brief.kvb"
    path.write_text("keep me")
    assert main(["new", str(path)]) == 1
    assert path.read_text() == "keep me"
    assert "already exists" in capsys.readouterr().err


def test_validate_reports_file_line_message_and_exit_1(tmp_path, capsys):
    good = tmp_path / "good.kvb"
    main(["new", "--example", str(good)])
    bad = tmp_path / "bad.kvb"
    bad.write_bytes(
        good.read_bytes().replace(
            b'<answer id="a2" questions="q2">', b'<answer id="a2" questions="q1">'
        )
    )
    empty = tmp_path / "empty.kvb"
    empty.write_bytes(b"")
    assert main(["validate", str(good), str(bad), str(empty)]) == 1
    lines = capsys.readouterr().out.splitlines()
    line_of_a2 = next(
        n for n, text in enumerate(bad.read_text().splitlines(), 1) if 'id="a2"' in text
    )
    assert lines[0].startswith(f"{bad}:{line_of_a2}: Question 'q1' is answered twice")
    assert lines[-1] == f"{empty}: The file is empty"


def test_validate_missing_file(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "nope.kvb")]) == 1
    assert "does not exist" in capsys.readouterr().out
