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
    assert capsys.readouterr().out == f"{path}: ok\n"


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
    assert lines[0] == f"{good}: ok"
    assert lines[1].startswith(f"{bad}:{line_of_a2}: Question 'q1' is answered twice")
    assert lines[-1] == f"{empty}: The file is empty"


def test_validate_missing_file(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "nope.kvb")]) == 1
    assert "does not exist" in capsys.readouterr().out


@pytest.fixture
def editor_calls(monkeypatch):
    """What reached the editor (app.run_gui) instead of opening it. (Export tests take
    ``qapp``: the command would otherwise make a QGuiApplication that later widget tests in
    the same process cannot use.)"""
    from answerletter import app

    calls: list[list[str]] = []
    monkeypatch.setattr(app, "run_gui", lambda argv: calls.append(list(argv)) or 0)
    return calls


def test_a_mistyped_command_is_a_usage_error_not_the_editor(
    tmp_path, monkeypatch, capsys, editor_calls
):
    monkeypatch.chdir(tmp_path)
    assert main(["frobnicate"]) == 2
    error = capsys.readouterr().err
    assert "'frobnicate' is neither a command" in error
    assert "new, validate" in error and "usage:" in error
    assert main(["--frobnicate"]) == 2
    assert "unknown option '--frobnicate'" in capsys.readouterr().err
    assert main(["brief.kvb", "valideer"]) == 2
    assert editor_calls == []


def test_existing_files_and_kvb_names_open_the_editor(tmp_path, monkeypatch, editor_calls):
    monkeypatch.chdir(tmp_path)
    notes = tmp_path / "notities.txt"
    notes.write_text("x")
    assert main([str(notes)]) == 0
    assert main(["nog-niet-bestaand.KVB", "--example"]) == 0
    assert main([]) == 0
    assert editor_calls == [[str(notes)], ["nog-niet-bestaand.KVB", "--example"], []]


def test_help_says_how_to_open_the_editor(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "answerletter [FILE.kvb ...] [--example]" in text
    assert "Without a command, AnswerLetter opens the editor" in text
    assert "(--example)" in text


def test_validate_says_ok_for_a_valid_file_and_is_quiet_with_q(tmp_path, capsys):
    path = tmp_path / "goed.kvb"
    assert main(["new", str(path)]) == 0
    capsys.readouterr()
    assert main(["validate", str(path)]) == 0
    assert capsys.readouterr().out == f"{path}: ok\n"
    assert main(["validate", "-q", str(path)]) == 0
    assert capsys.readouterr().out == ""


def test_new_on_a_folder_asks_for_a_file_name_not_for_force(tmp_path, capsys):
    assert main(["new", str(tmp_path)]) == 2
    error = capsys.readouterr().err
    assert "is a folder" in error and str(tmp_path / "brief.kvb") in error
    assert "--force" not in error
    assert main(["new", "--force", str(tmp_path)]) == 2
    assert tmp_path.is_dir()


def test_export_into_a_missing_folder_gives_one_message_and_no_qt_noise(qapp, tmp_path, capfd):
    source = tmp_path / "brief.kvb"
    assert main(["new", "--example", str(source)]) == 0
    target = tmp_path / "geen-map" / "brief.pdf"
    assert main(["export", str(source), "-o", str(target)]) == 1
    error = capfd.readouterr().err
    assert f"{target}: the folder {target.parent} does not exist" in error
    assert "QPainter" not in error
    assert not target.parent.exists()


def test_export_refuses_a_pdf_it_cannot_write_without_qt_noise(qapp, tmp_path, capfd):
    """The folder exists but the writer fails anyway (here: the target is a folder)."""
    source = tmp_path / "brief.kvb"
    assert main(["new", "--example", str(source)]) == 0
    target = tmp_path / "al-een-map.pdf"
    target.mkdir()
    assert main(["export", str(source), "-o", str(target)]) == 1
    error = capfd.readouterr().err
    assert str(target) in error
    assert "QPainter" not in error


def test_export_with_an_unknown_profile_lists_the_available_ones(qapp, tmp_path, capsys):
    source = tmp_path / "brief.kvb"
    assert main(["new", str(source)]) == 0
    assert main(["export", str(source), "--profile", "rijksoverhied"]) == 2
    error = capsys.readouterr().err
    assert "rijksoverhied" in error and "available profiles:" in error
    assert "rijksoverheid" in error.split("available profiles:")[1]
