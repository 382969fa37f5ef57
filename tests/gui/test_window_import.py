"""Importing in the editor: File ▸ Import…, .docx dropped or opened, the report panel with its
one-click conflict choice, and the "Paste Questions" dialog (live split, corrections, one
undoable step)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel

from answerletter.gui import import_commands
from answerletter.gui.import_report import ImportReportPanel
from answerletter.gui.paste_questions import PasteQuestionsDialog
from answerletter.model.synthetic import generate_letter


def conflicting_docx(path: Path) -> Path:
    """Two questions; the body says 3 maart 2025, the page header 4 maart 2025."""
    document = docx.Document()
    header = document.sections[0].header
    header.paragraphs[0].text = "Datum"
    header.add_paragraph("4 maart 2025")
    for text in ("Datum", "3 maart 2025", "Ons kenmerk", "6543210"):
        document.add_paragraph(text)
    for n in (1, 2):
        document.add_paragraph().add_run(f"Vraag {n}").bold = True
        document.add_paragraph().add_run(f"Klopt bericht {n}?").bold = True
        document.add_paragraph().add_run(f"Antwoord op vraag {n}").bold = True
        document.add_paragraph(f"Ja, bericht {n} klopt.")
    document.save(str(path))
    return path


def drop(window, path: Path):  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(10, 10), *args)
    QApplication.sendEvent(window, enter)
    event = QDropEvent(QPoint(10, 10).toPointF(), *args)
    QApplication.sendEvent(window, event)
    return enter.isAccepted()


def test_import_action_opens_the_letter_with_its_report(make_window, tmp_path, monkeypatch):
    source = conflicting_docx(tmp_path / "vragen.docx")
    monkeypatch.setattr(import_commands, "ask_import_path", lambda parent, folder: source)
    window = make_window(generate_letter(0, seed=1))
    window.import_action.trigger()
    letter = window.document.letter
    assert [q.text.plain_text() for q in letter.questions] == [
        "Klopt bericht 1?",
        "Klopt bericht 2?",
    ]
    assert letter.metadata.letter_date == date(2025, 3, 3)
    assert window.document.is_modified()  # a new, unsaved letter
    panel = window.import_panel
    assert isinstance(panel, ImportReportPanel) and panel.isVisible()
    texts = [label.text() for label in panel.findChildren(QLabel)]
    assert any("2 questions, 2 answers" in t for t in texts)
    assert any("conflict, from the body text" in t for t in texts)


def test_conflict_choice_is_one_click_and_undoable(make_window, tmp_path, monkeypatch):
    source = conflicting_docx(tmp_path / "vragen.docx")
    monkeypatch.setattr(import_commands, "ask_import_path", lambda parent, folder: source)
    window = make_window(generate_letter(0, seed=1))
    window.import_action.trigger()
    panel = window.import_panel
    button = panel.choice_buttons[("letter_date", "4 maart 2025", "page header")]
    button.click()
    assert window.document.letter.metadata.letter_date == date(2025, 3, 4)
    assert panel.report.field("letter_date").value == "4 maart 2025"
    window.undo_action.trigger()
    assert window.document.letter.metadata.letter_date == date(2025, 3, 3)


def test_report_panel_can_be_closed(make_window, tmp_path, monkeypatch):
    source = conflicting_docx(tmp_path / "vragen.docx")
    monkeypatch.setattr(import_commands, "ask_import_path", lambda parent, folder: source)
    window = make_window(generate_letter(0, seed=1))
    window.import_action.trigger()
    window.import_panel.close()
    assert not window.import_panel.isVisible()
    assert len(window.document.letter.questions) == 2


def test_dropped_docx_is_imported(make_window, tmp_path):
    source = conflicting_docx(tmp_path / "gesleept.docx")
    window = make_window(generate_letter(0, seed=1))
    assert drop(window, source)
    assert len(window.document.letter.questions) == 2
    assert window.document.path is None


def test_opened_docx_is_imported_not_refused(make_window, tmp_path, fake_dialogs):
    source = conflicting_docx(tmp_path / "geopend.docx")
    fake_dialogs.open_path = source
    window = make_window(generate_letter(0, seed=1))
    window.open_action.trigger()
    assert fake_dialogs.errors == []
    assert len(window.document.letter.questions) == 2


def test_failed_import_says_why_and_keeps_the_letter(
    make_window, tmp_path, monkeypatch, fake_dialogs
):
    broken = tmp_path / "kapot.docx"
    broken.write_bytes(b"PK\x03\x04 broken")
    monkeypatch.setattr(import_commands, "ask_import_path", lambda parent, folder: broken)
    letter = generate_letter(3, seed=2)
    window = make_window(letter)
    window.import_action.trigger()
    assert window.document.letter is letter
    (title, text, details) = fake_dialogs.errors[-1]
    assert title == "Cannot import the document"
    assert "kapot.docx" in text and "damaged or incomplete" in details


PASTED = """2024Z18436
Vragen van de leden Rooderkerk en Paulusma (beiden D66) aan de Staatssecretaris van
Volksgezondheid, Welzijn en Sport over hiv (ingezonden 14 november 2024).
Vraag 1
Bent u bekend met het bericht?
Vraag 2
Welke campagnes zijn er geweest?

Wat hebben zij opgeleverd?
Vraag 3
Bent u bereid deze vragen te beantwoorden?
"""


@pytest.fixture
def paste_dialog(qtbot):  # type: ignore[no-untyped-def]
    dialog = PasteQuestionsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_paste_dialog_splits_live(paste_dialog, qtbot):
    paste_dialog.source.setPlainText(PASTED)
    qtbot.waitUntil(lambda: paste_dialog.list.count() == 3)
    assert paste_dialog.list.item(0).text() == "Vraag 1: Bent u bekend met het bericht?"
    assert "de leden Rooderkerk en Paulusma (beiden D66)" in paste_dialog.summary.text()
    assert "2024Z18436" in paste_dialog.summary.text()


def test_paste_dialog_corrections(paste_dialog):
    paste_dialog.source.setPlainText(PASTED)
    paste_dialog.resplit()
    paste_dialog.list.setCurrentRow(1)
    paste_dialog._show()
    assert paste_dialog.split_button.isEnabled()
    paste_dialog.split_button.click()
    assert [q.number for q in paste_dialog.questions()] == [1, 2, 3, 3]
    paste_dialog.renumber_button.click()
    assert [q.number for q in paste_dialog.questions()] == [1, 2, 3, 4]
    paste_dialog.list.setCurrentRow(0)
    paste_dialog.join_button.click()
    texts = [q.text.plain_text() for q in paste_dialog.questions()]
    assert texts[0] == "Bent u bekend met het bericht?\nWelke campagnes zijn er geweest?"
    assert len(texts) == 3


def test_pasted_questions_are_added_as_one_undoable_step(make_window, monkeypatch):
    window = make_window(generate_letter(2, seed=3))
    before = window.document.letter

    def run(dialog):  # type: ignore[no-untyped-def]
        dialog.source.setPlainText(PASTED)
        dialog.resplit()  # what the pause after typing does
        dialog.add_button.click()
        return dialog.result()

    monkeypatch.setattr(PasteQuestionsDialog, "exec", run)
    window.paste_questions_action.trigger()
    letter = window.document.letter
    assert len(letter.questions) == 5
    assert [q.text.plain_text() for q in letter.questions[2:]] == [
        "Bent u bekend met het bericht?",
        "Welke campagnes zijn er geweest?\nWat hebben zij opgeleverd?",
        "Bent u bereid deze vragen te beantwoorden?",
    ]
    assert [q.number for q in letter.questions[2:]] == [1, 2, 3]
    window.undo_action.trigger()
    assert window.document.letter == before


def test_pasted_questions_as_a_new_letter_keep_their_metadata(make_window, monkeypatch):
    window = make_window(generate_letter(0, seed=3))

    def run(dialog):  # type: ignore[no-untyped-def]
        dialog.source.setPlainText(PASTED)
        dialog.resplit()
        dialog.new_letter_button.click()
        return dialog.result()

    monkeypatch.setattr(PasteQuestionsDialog, "exec", run)
    window.paste_questions_action.trigger()
    letter = window.document.letter
    assert len(letter.questions) == 3
    assert letter.metadata.your_reference == "2024Z18436"
    assert window.document.is_modified()


def test_command_line_docx_opens_imported(opener, tmp_path):
    from answerletter.desktop.instance import OpenRequest

    source = conflicting_docx(tmp_path / "vragen.docx")
    opener.start(OpenRequest((str(source),)))
    (window,) = opener.windows()
    assert len(window.document.letter.questions) == 2
    assert window.import_panel is not None and window.import_panel.isVisible()


def test_import_from_a_letter_opens_its_own_window(opener, tmp_path, monkeypatch):
    from answerletter.desktop.instance import OpenRequest
    from answerletter.fileformat import save_letter

    letter_path = tmp_path / "brief.kvb"
    save_letter(generate_letter(3, seed=4), letter_path)
    opener.start(OpenRequest((str(letter_path),)))
    (first,) = opener.windows()
    source = conflicting_docx(tmp_path / "vragen.docx")
    monkeypatch.setattr(import_commands, "ask_import_path", lambda parent, folder: source)
    first.import_action.trigger()
    windows = opener.windows()
    assert len(windows) == 2
    assert windows[0].document.path == letter_path  # the open letter is left alone
    assert len(windows[1].document.letter.questions) == 2


def test_old_doc_declined_conversion_says_save_as_docx(
    make_window, tmp_path, monkeypatch, fake_dialogs
):
    from answerletter.gui import dialogs

    old = tmp_path / "oud.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024)
    asked: list[str] = []
    monkeypatch.setattr(import_commands, "ask_import_path", lambda parent, folder: old)
    monkeypatch.setattr(
        dialogs, "ask_convert_with_libreoffice", lambda parent, name: asked.append(name) or False
    )
    window = make_window(generate_letter(1, seed=1))
    window.import_action.trigger()
    from answerletter.importers.convert import libreoffice

    assert asked == (["oud.doc"] if libreoffice() else [])
    assert "save it as .docx" in fake_dialogs.errors[-1][2]


@pytest.mark.slow
def test_old_doc_is_converted_with_libreoffice_when_the_user_agrees(
    make_window, tmp_path, monkeypatch
):
    import subprocess

    from answerletter.gui import dialogs
    from answerletter.importers.convert import libreoffice

    program = libreoffice()
    if program is None:
        pytest.skip("LibreOffice is not installed (the conversion is optional)")
    source = conflicting_docx(tmp_path / "vragen.docx")
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [program, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "doc",
         "--outdir", str(tmp_path / "doc"), str(source)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    old = tmp_path / "doc" / "vragen.doc"
    assert old.read_bytes()[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    monkeypatch.setattr(import_commands, "ask_import_path", lambda parent, folder: old)
    monkeypatch.setattr(dialogs, "ask_convert_with_libreoffice", lambda parent, name: True)
    window = make_window(generate_letter(0, seed=1))
    window.import_action.trigger()
    texts = [q.text.plain_text() for q in window.document.letter.questions]
    assert texts == ["Klopt bericht 1?", "Klopt bericht 2?"]
