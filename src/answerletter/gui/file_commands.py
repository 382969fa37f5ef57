"""The File menu's work in one window: save, save as, export, print, the recent-letters menu,
and asking before losing changes; reading a letter for the open path (its error messages and
lock question). Opening itself goes through the window's owner (``desktop.opener``), so
every way of opening a file takes one path. Every error becomes a message; the open letter
survives all of them."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from answerletter import layout
from answerletter.editing.document import Document
from answerletter.fileformat import KvbError, load_letter
from answerletter.gui import dialogs, safety_dialogs
from answerletter.gui.background_job import JobProgress
from answerletter.gui.dialogs import SaveChoice
from answerletter.gui.fault_text import fault_text, problem_lines
from answerletter.gui.output_jobs import BUILDING, WindowOutput, output_of
from answerletter.gui.plain_text import plain_tooltip
from answerletter.gui.preview import STOP_WAIT_S
from answerletter.gui.safety_dialogs import holder_text, lock_prompt
from answerletter.layout import write_pdf
from answerletter.layout.output import typeset
from answerletter.model import Letter
from answerletter.safety import opening
from answerletter.safety.saving import save_letter_with_backup
from answerletter.templates import empty_letter, example_letter

if TYPE_CHECKING:
    from answerletter.gui.main_window import MainWindow


def _error_details(error: Exception) -> str:
    """The details of an error message: where the file system refused, its own (English)
    words for whoever helps, the main text having said why in our language; a file's
    problems in the interface language, since they are the only account of them."""
    if getattr(error, "errno", None) is not None:
        return str(error)
    return problem_lines(error)


def maybe_save(window: MainWindow) -> bool:
    """True when the window may drop its letter: nothing unsaved, saved, or discarded."""
    document = window.document
    if not document.is_modified():
        return True
    name = document.display_name() or QCoreApplication.translate("FileCommands", "Untitled")
    choice = dialogs.ask_save_changes(window, name)
    if choice is SaveChoice.SAVE:
        return save(window)
    return choice is SaveChoice.DISCARD


def new_letter(window: MainWindow, *, example: bool) -> None:
    """File > New (from Example): the new letter replaces this window's, through the owner
    (which asks about unsaved changes first)."""
    try:
        letter = example_letter() if example else empty_letter()
    except Exception as error:  # the example file is a resource; report, never crash
        dialogs.show_error(
            window,
            QCoreApplication.translate("FileCommands", "Cannot create the letter"),
            QCoreApplication.translate("FileCommands", "The example letter could not be read."),
            _error_details(error),
        )
        return
    window.owner.open_document(Document(letter), into=window)


def open_letter(window: MainWindow) -> None:
    """File > Open: ask for a file, then the open path (into this window)."""
    folder = window.config.settings.last_folder or str(Path.home())
    path = dialogs.get_open_path(window, folder)
    if path is not None:
        window.owner.open_path(path, into=window)


def read_letter(parent: QWidget | None, path: Path) -> Document | None:
    """Load *path* into a new Document with its lock, or show why not and return None.
    (The open path's reading step; *parent* parents the messages and may be None.)
    A Word or PDF document is imported: a new unsaved letter with its import report."""
    from answerletter.gui.import_commands import imported_document, is_import_path

    if is_import_path(path):
        return imported_document(parent, path)
    window = parent
    try:
        letter = load_letter(path)
    except KvbError as error:
        if error.errno is not None:  # the file system refused: say why in our language
            dialogs.show_error(
                window,
                QCoreApplication.translate("FileCommands", "Cannot open the letter"),
                QCoreApplication.translate(
                    "FileCommands", "“{name}” could not be read: {reason}"
                ).format(name=path.name, reason=fault_text(error)),
                str(error),  # the system's own words, for whoever helps
            )
            return None
        dialogs.show_error(
            window,
            QCoreApplication.translate("FileCommands", "Cannot open the letter"),
            QCoreApplication.translate(
                "FileCommands", "“{name}” is not a valid letter file."
            ).format(name=path.name),
            _error_details(error),
        )
        return None
    except OSError as error:
        dialogs.show_error(
            window,
            QCoreApplication.translate("FileCommands", "Cannot open the letter"),
            QCoreApplication.translate(
                "FileCommands", "“{name}” could not be read: {reason}"
            ).format(name=path.name, reason=fault_text(error)),
        )
        return None
    state = opening.claim_for_open(path, lock_prompt(window))  # may ask who has it
    if state is None:
        return None
    document = Document(letter, path)
    document.file_state = state
    return document


def save(window: MainWindow) -> bool:
    path = window.document.path
    if path is None:
        return save_as(window)
    state = window.document.file_state
    if (
        state.recovered
        and not state.read_only
        and path.exists()
        and not safety_dialogs.confirm_save_recovered(window, path.name)
    ):
        return False
    return write(window, path)


def save_as(window: MainWindow) -> bool:
    document = window.document
    folder = Path(window.config.settings.last_folder or Path.home())
    suggested = document.path or folder / (
        QCoreApplication.translate("FileCommands", "letter") + ".kvb"
    )
    path = dialogs.get_save_path(window, str(suggested))
    if path is None:
        return False
    return write(window, path)


def _same_file(a: Path | None, b: Path) -> bool:
    if a is None:
        return False
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b


def _offer_save_as(window: MainWindow, title: str, text: str, details: str = "") -> bool:
    """Say why the letter was not saved, and offer Save As right there."""
    if safety_dialogs.offer_save_as(window, title, text, details):
        return save_as(window)
    return False


def write(window: MainWindow, path: Path) -> bool:
    """Save the letter as *path* (previous version kept as backup). On any failure the file
    on disk stays as it was, the letter stays modified, and Save As is offered."""
    document = window.document
    state = document.file_state
    same = _same_file(document.path, path)
    cannot_save = QCoreApplication.translate("FileCommands", "Cannot save the letter")
    if same and state.read_only and state.locked_by is None:
        return _offer_save_as(
            window,
            cannot_save,
            QCoreApplication.translate(
                "FileCommands", "“{name}” is read-only (write-protected): you may not change it."
            ).format(name=path.name),
        )
    if same and state.read_only:
        holder = holder_text(state.locked_by) if state.locked_by else "?"
        return _offer_save_as(
            window,
            cannot_save,
            QCoreApplication.translate(
                "FileCommands", "“{name}” is open read-only: {holder} has it open."
            ).format(name=path.name, holder=holder),
        )
    if not same:
        other = opening.foreign_lock(path)
        if other is not None:
            return _offer_save_as(
                window,
                cannot_save,
                QCoreApplication.translate(
                    "FileCommands", "“{name}” is open by {holder}; saving would overwrite it."
                ).format(name=path.name, holder=holder_text(other)),
            )
    try:
        known = save_letter_with_backup(
            document.letter, path, keep_backup=window.config.settings.keep_backup
        )
    except (KvbError, OSError) as error:
        reason = fault_text(error)
        return _offer_save_as(
            window,
            cannot_save,
            QCoreApplication.translate(
                "FileCommands", "The letter could not be saved as “{name}”: {reason}"
            ).format(name=path.name, reason=reason),
            _error_details(error),
        )
    if not same:
        opening.move_to(state, path)
    state.known = known
    state.recovered = False
    document.mark_saved()
    if document.path != path:
        document.set_path(path)
    else:
        window.guard.refresh()
    window.config.add_recent_file(path)
    return True


def fill_recent_menu(window: MainWindow, menu: QMenu) -> None:
    menu.clear()
    recent = window.config.settings.recent_files
    for number, name in enumerate(recent, 1):
        action = menu.addAction(f"&{number % 10} {Path(name).name}")
        action.setToolTip(plain_tooltip(name))  # a file name is never markup
        action.setStatusTip(name)
        action.triggered.connect(partial(_open_recent, window, name))
    if not recent:
        empty = menu.addAction(QCoreApplication.translate("FileCommands", "No recent letters"))
        empty.setEnabled(False)
        return
    menu.addSeparator()
    clear = menu.addAction(QCoreApplication.translate("FileCommands", "&Clear List"))
    clear.triggered.connect(window.config.clear_recent_files)


def _open_recent(window: MainWindow, name: str, *_: object) -> None:
    path = Path(name)
    if not path.exists():
        dialogs.show_error(
            window,
            QCoreApplication.translate("FileCommands", "Cannot open the letter"),
            QCoreApplication.translate(
                "FileCommands", "“{name}” no longer exists; it is removed from the recent letters."
            ).format(name=path.name),
        )
        window.config.remove_recent_file(name)
        return
    window.owner.open_path(path, into=window)


def _exported_message(window: MainWindow, path: Path, letter: Letter) -> None:
    if window.document.letter is letter:
        text = QCoreApplication.translate("FileCommands", "Exported to {path}")
    else:
        text = QCoreApplication.translate(
            "FileCommands", "Exported to {path} (the letter as it was when the export started)"
        )
    window.statusBar().showMessage(text.format(path=path), 5000)


def _busy(window: MainWindow) -> bool:
    """True (and said) when an export or print of this window is still running."""
    output = output_of(window)
    if not output.busy():
        return False
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "FileCommands", "Wait for the export or print in progress, or cancel it."
        ),
        5000,
    )
    return True


def export_pdf(window: MainWindow) -> bool:
    """Ask for a file name and write the letter as PDF (the same painter as the preview), in
    the background. True when the export started."""
    document = window.document
    if _busy(window) or not window.findings.confirm_output("export"):
        return False
    folder = Path(window.config.settings.last_folder or Path.home())
    base = (
        document.path.with_suffix(".pdf")
        if document.path
        else folder / (QCoreApplication.translate("FileCommands", "letter") + ".pdf")
    )
    path = dialogs.get_pdf_path(window, str(base))
    if path is None:
        return False
    letter, profile = document.letter, window.profile

    def work(progress: JobProgress) -> list[str]:
        return write_pdf(typeset(letter, profile, progress), path, progress=progress)

    def failed(error: Exception) -> None:
        dialogs.show_error(
            window,
            QCoreApplication.translate("FileCommands", "Cannot export the PDF"),
            QCoreApplication.translate(
                "FileCommands", "The PDF could not be written to “{name}”."
            ).format(name=path.name),
            str(error),
        )

    output_of(window).start("pdf", work, lambda _: _exported_message(window, path, letter), failed)
    return True


def export_docx(window: MainWindow) -> bool:
    """Ask for a file name and write the letter as a Word document in the house style, in
    the background. True when the export started.

    The file is replaced atomically (temporary file, rename) once the document is complete:
    a failure or a cancel leaves the old file or none, and says why in the words saving uses
    (folder gone, no permission, disk full).
    """
    from answerletter.exporters.docx import DocxExportError, LogoPicture, docx_bytes
    from answerletter.fileformat.atomic import write_atomically
    from answerletter.layout.docx_inputs import logo_png_for
    from answerletter.layout.profile import load_profile

    document = window.document
    if _busy(window):
        return False
    folder = Path(window.config.settings.last_folder or Path.home())
    base = (
        document.path.with_suffix(".docx")
        if document.path
        else folder / (QCoreApplication.translate("FileCommands", "letter") + ".docx")
    )
    path = dialogs.get_docx_path(window, str(base))
    if path is None:
        return False
    letter, profile = document.letter, window.profile
    # The typesetter's page count is the cached "van M" in the Word file's footers: the
    # preview's, when it shows this very letter in this house style (no second typesetting).
    shown = window.preview.pages.source
    known = (
        shown.page_count()
        if shown is not None
        and getattr(shown, "letter", None) is letter
        and getattr(window.preview.engine, "profile", None) is profile
        and not window.preview.pending()
        else None
    )

    def work(progress: JobProgress) -> None:
        page_count = known
        if page_count is None:
            page_count = typeset(letter, profile, progress).page_count
        progress(BUILDING, 0, 0)
        rendered = logo_png_for(letter.metadata, profile or load_profile())
        data = docx_bytes(
            letter,
            page_count=page_count,
            profile=profile,
            logo=LogoPicture(*rendered) if rendered else None,
        )
        progress("writing", 0, 1)
        try:
            write_atomically(path, data)
        except KvbError as error:
            raise DocxExportError(str(error)) from None
        progress("writing", 1, 1)

    def failed(error: Exception) -> None:
        dialogs.show_error(
            window,
            QCoreApplication.translate("FileCommands", "Cannot export the Word document"),
            QCoreApplication.translate(
                "FileCommands", "The Word document could not be written as “{name}”: {reason}"
            ).format(name=path.name, reason=error),
        )

    output_of(window).start("docx", work, lambda _: _exported_message(window, path, letter), failed)
    return True


def print_letter(window: MainWindow) -> bool:
    """The standard print dialog, then the letter through the same painter as the preview,
    in the background. True when printing started."""
    if _busy(window) or not window.findings.confirm_output("print"):
        return False
    printer = dialogs.get_printer(window)
    if printer is None:
        return False
    letter, profile = window.document.letter, window.profile

    def work(progress: JobProgress) -> list[int]:
        return layout.print_letter(typeset(letter, profile, progress), printer, progress=progress)

    def failed(error: Exception) -> None:
        dialogs.show_error(
            window,
            QCoreApplication.translate("FileCommands", "Cannot print"),
            QCoreApplication.translate("FileCommands", "The letter was not printed."),
            str(error),
        )

    def printed(pages: list[int]) -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "FileCommands", "%n page(s) sent to the printer", "", len(pages)
            ),
            5000,
        )

    output_of(window).start("print", work, printed, failed)
    return True


def cancel_output(window: MainWindow) -> None:
    """Cancel a running export or print (the window is closing): no file is changed."""
    output = window.findChild(WindowOutput, "windowOutput")
    if output is not None:
        output.cancel_and_wait(STOP_WAIT_S)
