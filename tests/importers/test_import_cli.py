"""``answerletter import``: writes a valid letter, prints the report, never overwrites
without --force, and fails with one line and exit 1 on bad input (nothing written)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from answerletter.cli import build_parser, main
from answerletter.fileformat import load_letter

from docx_factory import question_doc


def test_listed_in_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "import" in capsys.readouterr().out


def test_import_writes_a_letter_with_the_same_content(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = question_doc(tmp_path / "vragen.docx", 3)
    out = tmp_path / "brief.kvb"
    assert main(["import", str(source), "-o", str(out), "--report", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["counts"] == {"questions": 3, "answers": 3, "footnotes": 0}
    letter = load_letter(out)
    assert [q.text.plain_text() for q in letter.questions] == [
        f"Is dit vraag nummer {n}?" for n in (1, 2, 3)
    ]
    assert [a.text.plain_text() for a in letter.answers] == [
        f"Ja, dit is antwoord {n}." for n in (1, 2, 3)
    ]


def test_text_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "vragen.txt"
    source.write_text("2025Z01234\nVraag 1\nKlopt het?\n", encoding="utf-8")
    assert main(["import", str(source), "-o", str(tmp_path / "b.kvb"), "--report", "text"]) == 0
    out = capsys.readouterr().out
    assert "1 questions" in out and "Uw referentie: 2025Z01234" in out


def test_never_overwrites_without_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = question_doc(tmp_path / "vragen.docx")
    out = tmp_path / "brief.kvb"
    out.write_text("keep me", encoding="utf-8")
    assert main(["import", str(source), "-o", str(out)]) == 1
    assert out.read_text(encoding="utf-8") == "keep me"
    assert "already exists" in capsys.readouterr().err
    assert main(["import", str(source), "-o", str(out), "--force"]) == 0
    assert len(load_letter(out).questions) == 2


def test_bad_input_one_line_exit_1_nothing_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "kapot.docx"
    source.write_bytes(b"PK\x03\x04 not really")
    out = tmp_path / "brief.kvb"
    assert main(["import", str(source), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()


def test_wrong_usage_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(["import", "vragen.docx"])  # no -o
    assert exited.value.code == 2
