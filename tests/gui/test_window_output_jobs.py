"""Export and print run in the background (issue 16): progress to the end, Cancel that
changes no file, the letter editable meanwhile, and every page of a letter longer than the
613 pages where Qt's own ``QTextDocument.print_`` silently stops."""

from __future__ import annotations

import threading

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from window_helpers import run_output, small_letter

from answerletter.gui import dialogs, file_commands
from answerletter.gui.output_jobs import output_of
from answerletter.model import RichText
from answerletter.testing.synthetic import generate_letter


def _page_texts(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages]


class _Gate:
    """Holds the job's typesetting until the test opens it (no timing involved)."""

    def __init__(self, monkeypatch) -> None:
        self.event = threading.Event()
        real = file_commands.typeset

        def held(*args, **kwargs):
            assert self.event.wait(60), "the test never opened the gate"
            return real(*args, **kwargs)

        monkeypatch.setattr(file_commands, "typeset", held)

    def open(self) -> None:
        self.event.set()


def test_progress_reaches_the_last_page(qtbot, make_window, fake_dialogs, tmp_path, monkeypatch):
    window = make_window(generate_letter(12, seed=5))
    target = tmp_path / "brief.pdf"
    monkeypatch.setattr(dialogs, "get_pdf_path", lambda parent, suggested: target)
    seen: list[tuple[str, int, int]] = []
    output = output_of(window)
    output.jobStarted.connect(lambda job: job.progressed.connect(lambda *p: seen.append(p)))
    panels = []
    output.jobStarted.connect(lambda job: panels.append(output.panel))
    assert run_output(qtbot, window, window.export_action) == "succeeded"
    pages = len(PdfReader(str(target)).pages)
    assert pages > 3
    assert ("painting", pages, pages) in seen
    assert ("tagging", pages, pages) in seen, str(seen)
    assert seen[-1] == ("writing", 1, 1)
    phases = [phase for phase, _, _ in seen]
    assert phases.index("typesetting") < phases.index("painting") < phases.index("tagging")
    # The panel showed the job in the status bar and is gone now; the actions are back.
    assert panels and panels[0] is not None
    assert output.panel is None and panels[0].isHidden()
    assert window.export_action.isEnabled() and window.print_action.isEnabled()
    assert "brief.pdf" in window.statusBar().currentMessage()
    assert not fake_dialogs.errors


def test_cancel_leaves_the_old_file_intact(qtbot, make_window, fake_dialogs, tmp_path, monkeypatch):
    window = make_window(generate_letter(12, seed=5))
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"the old export")
    monkeypatch.setattr(dialogs, "get_pdf_path", lambda parent, suggested: target)
    gate = _Gate(monkeypatch)
    output = output_of(window)

    def press_cancel(job):
        assert not window.export_action.isEnabled()  # one job per window
        qtbot.mouseClick(output.panel.cancel_button, Qt.MouseButton.LeftButton)
        assert job.cancel_requested
        gate.open()

    output.jobStarted.connect(press_cancel)
    assert run_output(qtbot, window, window.export_action) == "cancelled"
    assert target.read_bytes() == b"the old export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.pdf"]  # no temporary left
    assert "cancelled" in window.statusBar().currentMessage()
    assert window.export_action.isEnabled()
    assert not fake_dialogs.errors


def test_cancelled_word_export_leaves_the_old_file(
    qtbot, make_window, fake_dialogs, tmp_path, monkeypatch
):
    window = make_window(small_letter(3))
    target = tmp_path / "brief.docx"
    target.write_bytes(b"old")
    monkeypatch.setattr(dialogs, "get_docx_path", lambda parent, suggested: target)
    gate = _Gate(monkeypatch)
    output = output_of(window)
    output.jobStarted.connect(lambda job: (job.cancel(), gate.open()))
    assert run_output(qtbot, window, window.export_docx_action) == "cancelled"
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.docx"]


def test_the_letter_stays_editable_and_the_export_is_of_the_letter_at_its_start(
    qtbot, make_window, fake_dialogs, tmp_path, monkeypatch
):
    letter = small_letter(3)
    window = make_window(letter)
    target = tmp_path / "brief.pdf"
    monkeypatch.setattr(dialogs, "get_pdf_path", lambda parent, suggested: target)
    gate = _Gate(monkeypatch)
    output = output_of(window)

    def edit_meanwhile(job):
        # The export is under way (held at its typesetting): the user goes on editing.
        window.list_pane.select_ids(["q2"])
        editor = window.editor_pane.answer_editor
        editor.set_rich_text(RichText.plain("Geheel nieuw antwoord."))
        qtbot.keyClicks(editor, "!")
        assert window.document.letter is not letter
        gate.open()

    output.jobStarted.connect(edit_meanwhile)
    assert run_output(qtbot, window, window.export_action) == "succeeded"
    text = " ".join(_page_texts(target))
    assert "Antwoord 2." in text and "Geheel nieuw antwoord" not in text
    assert "as it was when the export started" in window.statusBar().currentMessage()


def test_closing_the_window_cancels_the_export(
    qtbot, make_window, fake_dialogs, tmp_path, monkeypatch
):
    window = make_window(small_letter(2))
    target = tmp_path / "brief.pdf"
    monkeypatch.setattr(dialogs, "get_pdf_path", lambda parent, suggested: target)
    gate = _Gate(monkeypatch)
    jobs = []
    output_of(window).jobStarted.connect(jobs.append)
    window.export_action.trigger()
    (job,) = jobs
    window.close()
    assert job.cancel_requested
    gate.open()
    assert job.wait(60)
    assert job.outcome == "cancelled"
    assert not target.exists()


def test_print_runs_in_the_background_and_reports_the_pages(
    qtbot, make_window, fake_dialogs, tmp_path, monkeypatch
):
    from PySide6.QtPrintSupport import QPrinter

    window = make_window(generate_letter(8, seed=2))
    target = tmp_path / "afdruk.pdf"

    def printer_to_file(parent):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return printer

    monkeypatch.setattr(dialogs, "get_printer", printer_to_file)
    assert run_output(qtbot, window, window.print_action) == "succeeded"
    pages = len(PdfReader(str(target)).pages)
    assert pages > 1
    assert window.statusBar().currentMessage() == f"{pages} pages sent to the printer"


def test_an_export_error_is_shown_and_the_letter_kept(
    qtbot, make_window, fake_dialogs, tmp_path, monkeypatch
):
    letter = small_letter(1)
    window = make_window(letter)
    target = tmp_path / "geen-map" / "brief.pdf"
    monkeypatch.setattr(dialogs, "get_pdf_path", lambda parent, suggested: target)
    assert run_output(qtbot, window, window.export_action) == "failed"
    ((title, text, details),) = fake_dialogs.errors
    assert "PDF" in title and "brief.pdf" in text and "geen-map" in details
    assert window.document.letter is letter
    assert window.export_action.isEnabled()


@pytest.mark.slow
def test_a_letter_of_more_than_613_pages_exports_every_page(
    qtbot, make_window, fake_dialogs, tmp_path, monkeypatch
):
    """Qt's QTextDocument.print_ stops after 613 pages without a word; our painter must not."""
    letter = generate_letter(1500, seed=4)
    window = make_window(letter)
    target = tmp_path / "lang.pdf"
    monkeypatch.setattr(dialogs, "get_pdf_path", lambda parent, suggested: target)
    assert run_output(qtbot, window, window.export_action, timeout=600_000) == "succeeded"
    pages = PdfReader(str(target)).pages
    count = len(pages)
    assert count > 613

    def text(index: int) -> str:  # pypdf reads a page in ~0.5 s: only the pages that matter
        return " ".join(pages[index].extract_text().split())

    assert f"Pagina {count} van {count}" in text(-1)
    assert f"Pagina 614 van {count}" in text(613)
    # The last answer's last words are on the last page.
    last_words = " ".join(letter.answers[-1].text.plain_text().split())[-40:]
    assert last_words in text(-1)


def test_the_word_export_takes_the_page_count_of_the_preview_when_it_is_current(
    qtbot, make_window, fake_dialogs, tmp_path, monkeypatch
):
    import zipfile

    from window_helpers import wait_for_preview

    window = make_window(generate_letter(12, seed=5))
    pages = wait_for_preview(qtbot, window).page_count()
    target = tmp_path / "brief.docx"
    monkeypatch.setattr(dialogs, "get_docx_path", lambda parent, suggested: target)

    def no_second_typesetting(*args, **kwargs):
        raise AssertionError("the letter was typeset again")

    monkeypatch.setattr(file_commands, "typeset", no_second_typesetting)
    assert run_output(qtbot, window, window.export_docx_action) == "succeeded"
    with zipfile.ZipFile(target) as archive:
        footers = [archive.read(n).decode() for n in archive.namelist() if "footer" in n]
    assert footers and all(f"<w:t>{pages}</w:t>" in footer for footer in footers)
    assert not fake_dialogs.errors
