"""``answerletter check`` and ``answerletter status``: output, exit codes, --help."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from check_helpers import letter_with, with_metadata

from answerletter.cli import main
from answerletter.fileformat import save_letter
from answerletter.model import Postponement
from answerletter.model.wording import format_date
from answerletter.templates import example_letter

CYRILLIC = "Talibandele\u0433\u0430\u0442ie"


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def _example(tmp_path: Path) -> Path:
    path = tmp_path / "taliban.kvb"
    save_letter(example_letter(), path)
    return path


def test_check_prints_one_line_per_finding_and_exits_1(tmp_path: Path, capsys) -> None:
    path = _example(tmp_path)
    assert main(["check", str(path), "--today", "2026-07-10"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert f"{path}: vraag 1: question: error: \u201c{CYRILLIC}\u201d contains" in lines[1]
    assert lines[1].endswith("Probably meant: \u201cTalibandelegatie\u201d.")
    assert lines[2].startswith(f"{path}: vraag 4: question: error: ")
    assert lines[0] == (
        f"{path}: metadata: info: The letter is dated 37 days after the deadline "
        f"({format_date(date(2026, 6, 3))}), with no postponement notice."
    )
    assert len(lines) == 3


def test_check_speaks_dutch_in_a_dutch_environment(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    main(["check", str(_example(tmp_path)), "--today", "2026-07-10"])
    assert "Bedoeld is waarschijnlijk \u201cTalibandelegatie\u201d" in capsys.readouterr().out


def test_check_json_has_one_object_per_file(tmp_path: Path, capsys) -> None:
    bad = _example(tmp_path)
    good = tmp_path / "good.kvb"
    save_letter(letter_with(), good)
    assert main(["check", str(bad), str(good), "--format", "json", "--today", "2026-05-20"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [entry["file"] for entry in report] == [str(bad), str(good)]
    assert report[1]["findings"] == []
    mixed = [f for f in report[0]["findings"] if f["check"] == "mixed-script"]
    assert mixed[0] == {
        "check": "mixed-script",
        "severity": "error",
        "message": mixed[0]["message"],
        "location": {"question": 1, "part": "question", "field": "text", "excerpt": CYRILLIC},
    }
    assert [f["location"]["question"] for f in mixed] == [1, 4]


def test_check_of_a_clean_letter_exits_0(tmp_path: Path, capsys) -> None:
    path = tmp_path / "good.kvb"
    save_letter(letter_with(), path)
    assert main(["check", str(path), "--today", "2026-05-20"]) == 0
    assert capsys.readouterr().out == ""


def test_only_notes_exit_0(tmp_path: Path, capsys) -> None:
    path = tmp_path / "late.kvb"
    save_letter(with_metadata(letter_with(), letter_date=date(2026, 7, 10)), path)
    assert main(["check", str(path), "--today", "2026-07-10"]) == 0
    assert ": info: " in capsys.readouterr().out


def test_check_of_an_unreadable_file_exits_1_with_a_message(tmp_path: Path, capsys) -> None:
    path = tmp_path / "garbage.kvb"
    path.write_bytes(b"\x00not xml")
    assert main(["check", str(path)]) == 1
    assert str(path) in capsys.readouterr().err


def test_wrong_usage_exits_2(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["check"])
    assert exited.value.code == 2
    with pytest.raises(SystemExit) as exited:
        main(["check", "x.kvb", "--format", "xml"])
    assert exited.value.code == 2


def test_check_and_status_are_listed_in_help(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "check" in out and "status" in out


# -- status --


def _save(folder: Path, name: str, **metadata: object) -> Path:
    letter = with_metadata(letter_with(), **metadata)
    path = folder / name
    save_letter(letter, path)
    return path


def test_status_lists_letters_most_urgent_first(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "kamervragen"
    (folder / "sub").mkdir(parents=True)
    # Submitted 13 May: due 3 June. Today 10 June.
    late = _save(folder, "late.kvb", your_reference="2026Z00001", subject="laat")
    soon = _save(
        folder / "sub", "soon.kvb", your_reference="2026Z00002", subject="bijna",
        submitted=date(2026, 5, 25),
    )  # fmt: skip
    postponed = _save(
        folder, "uitstel.kvb", your_reference="2026Z00003", subject="uitgesteld",
        postponement=Postponement(date(2026, 6, 1), "afstemming"),
    )  # fmt: skip
    dated = _save(
        folder, "klaar.kvb", your_reference="2026Z00004", subject="klaar",
        letter_date=date(2026, 6, 2),
    )  # fmt: skip
    assert main(["status", str(folder), "--today", "2026-06-10"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        f"{late}: 2026Z00001\tdraft\t{format_date(date(2026, 6, 3))}\t7 days late\tlaat",
        f"{soon}: 2026Z00002\tdraft\t{format_date(date(2026, 6, 15))}\t5 days left\tbijna",
        f"{postponed}: 2026Z00003\tpostponed\t{format_date(date(2026, 6, 24))}\t14 days left"
        "\tuitgesteld",
        f"{dated}: 2026Z00004\tdated\t{format_date(date(2026, 6, 3))}\tin time\tklaar",
    ]


def test_status_json(tmp_path: Path, capsys) -> None:
    path = _save(tmp_path, "late.kvb", your_reference="2026Z00001", subject="laat")
    assert main(["status", str(path), "--format", "json", "--today", "2026-06-10"]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {
            "file": str(path),
            "zaaknummer": "2026Z00001",
            "subject": "laat",
            "state": "draft",
            "due": "2026-06-03",
            "days_left": -7,
        }
    ]


def test_status_reports_unreadable_files_and_lists_the_rest(tmp_path: Path, capsys) -> None:
    good = _save(tmp_path, "good.kvb")
    (tmp_path / "bad.kvb").write_text("no")
    assert main(["status", str(tmp_path), "--today", "2026-06-10"]) == 1
    captured = capsys.readouterr()
    assert "bad.kvb" in captured.err
    assert captured.out.startswith(f"{good}: ")


def test_a_postponement_moves_the_due_date_by_three_weeks(tmp_path: Path, capsys) -> None:
    letter = letter_with()
    postponed = replace(
        letter, metadata=replace(letter.metadata, postponement=Postponement(date(2026, 6, 1)))
    )
    path = tmp_path / "p.kvb"
    save_letter(postponed, path)
    main(["status", str(path), "--format", "json", "--today", "2026-06-10"])
    assert json.loads(capsys.readouterr().out)[0]["due"] == "2026-06-24"
