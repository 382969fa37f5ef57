"""Export PDF and Print from the window, through the typesetter's painter."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from window_helpers import run_output, small_letter


def test_export_pdf_writes_the_letter(qtbot, make_window, fake_dialogs, tmp_path, monkeypatch):
    from answerletter.gui import dialogs

    window = make_window(small_letter(3))
    target = tmp_path / "brief.pdf"
    monkeypatch.setattr(dialogs, "get_pdf_path", lambda parent, suggested: target)
    run_output(qtbot, window, window.export_action)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(target)).pages)
    assert "Vraag nummer 2?" in text and "Antwoord 3." in text
    assert not fake_dialogs.errors


def test_export_error_is_reported(qtbot, make_window, fake_dialogs, tmp_path, monkeypatch):
    from answerletter.gui import dialogs

    window = make_window(small_letter(1))
    target = tmp_path / "geen-map" / "brief.pdf"
    monkeypatch.setattr(dialogs, "get_pdf_path", lambda parent, suggested: target)
    run_output(qtbot, window, window.export_action)
    assert fake_dialogs.errors


def test_print_goes_through_the_print_dialog_choke_point(qtbot, make_window, tmp_path, monkeypatch):
    from answerletter.gui import dialogs

    window = make_window(small_letter(2))
    target = tmp_path / "afdruk.pdf"

    def printer_to_file(parent):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return printer

    monkeypatch.setattr(dialogs, "get_printer", printer_to_file)
    run_output(qtbot, window, window.print_action)
    assert len(PdfReader(str(target)).pages) >= 1
    monkeypatch.setattr(dialogs, "get_printer", lambda parent: None)
    run_output(qtbot, window, window.print_action)  # cancelled: nothing happens
