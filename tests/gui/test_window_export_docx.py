"""File ▸ Export ▸ Word Document…: the Word export from the window, and its fault messages."""

from __future__ import annotations

import errno
import os
import zipfile

from window_helpers import run_output, small_letter


def _document_text(path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("word/document.xml").decode("utf-8")


def _menu_actions(window, title_part: str):
    for action in window.menuBar().actions():
        menu = action.menu()
        for item in menu.actions() if menu else ():
            if item.menu() is not None and title_part in item.text().replace("&", ""):
                return item.menu().actions()
    return []


def test_export_menu_offers_pdf_and_word_side_by_side(make_window):
    window = make_window(small_letter(2))
    actions = _menu_actions(window, "Export")
    assert window.export_action in actions and window.export_docx_action in actions
    assert window.export_docx_action.isEnabled()


def test_export_word_document_writes_the_letter(
    qtbot, make_window, fake_dialogs, tmp_path, monkeypatch
):
    from answerletter.gui import dialogs
    from answerletter.layout import LetterLayout

    letter = small_letter(3)
    window = make_window(letter)
    target = tmp_path / "brief.docx"
    asked = []

    def get_docx_path(parent, suggested):
        asked.append(suggested)
        return target

    monkeypatch.setattr(dialogs, "get_docx_path", get_docx_path)
    run_output(qtbot, window, window.export_docx_action)
    assert not fake_dialogs.errors
    assert asked and asked[0].endswith(".docx")
    text = _document_text(target)
    assert "Vraag nummer 2?" in text and "Antwoord 3." in text
    with zipfile.ZipFile(target) as archive:
        footers = [archive.read(n).decode() for n in archive.namelist() if "footer" in n]
    pages = LetterLayout(letter, window.profile).page_count
    assert all(f"<w:t>{pages}</w:t>" in footer for footer in footers)
    assert "brief.docx" in window.statusBar().currentMessage()


def test_cancelled_export_writes_nothing(qtbot, make_window, fake_dialogs, tmp_path, monkeypatch):
    from answerletter.gui import dialogs

    window = make_window(small_letter(1))
    monkeypatch.setattr(dialogs, "get_docx_path", lambda parent, suggested: None)
    run_output(qtbot, window, window.export_docx_action)
    assert not fake_dialogs.errors and list(tmp_path.iterdir()) == []


def test_missing_folder_is_reported_like_saving(
    qtbot, make_window, fake_dialogs, tmp_path, monkeypatch
):
    from answerletter.gui import dialogs

    window = make_window(small_letter(1))
    target = tmp_path / "weg" / "brief.docx"
    monkeypatch.setattr(dialogs, "get_docx_path", lambda parent, suggested: target)
    run_output(qtbot, window, window.export_docx_action)
    ((title, text, _),) = fake_dialogs.errors
    assert "Word" in title
    assert "brief.docx" in text and "does not exist" in text
    assert not target.parent.exists()


def test_full_disk_keeps_the_old_file_and_the_letter(
    qtbot, make_window, fake_dialogs, tmp_path, monkeypatch
):
    from answerletter.gui import dialogs

    letter = small_letter(2)
    window = make_window(letter)
    target = tmp_path / "brief.docx"
    target.write_bytes(b"old")

    def full(descriptor):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(dialogs, "get_docx_path", lambda parent, suggested: target)
    monkeypatch.setattr(os, "fsync", full)
    run_output(qtbot, window, window.export_docx_action)
    ((_, text, _),) = fake_dialogs.errors
    assert "disk is full" in text
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.docx"]
    assert window.document.letter is letter


def test_the_file_dialog_answer_always_ends_in_docx(qapp, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from answerletter.gui import dialogs

    for typed, expected in (("brief", "brief.docx"), ("brief.v2", "brief.v2.docx"),
                            ("Brief.DOCX", "Brief.DOCX")):  # fmt: skip
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *args, t=typed: (str(tmp_path / t), "")
        )
        assert dialogs.get_docx_path(None, "x.docx") == tmp_path / expected
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    assert dialogs.get_docx_path(None, "x.docx") is None
