"""Importing into the editor: File ▸ Import…, and .docx/.pdf/.txt files opened or dropped.

Every path ends in ``imported_document``: the importer runs, a failure is shown with its
one-line reason (the open letter is untouched), and a success becomes a new, unsaved
Document carrying its report, which the window shows beside the letter.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from answerletter.editing.document import Document
from answerletter.gui import dialogs
from answerletter.importers import ImportFailure, ImportResult, import_file

if TYPE_CHECKING:
    from answerletter.gui.main_window import MainWindow


#: Opened or dropped, these are imported instead of read as letters. Text files are imported
#: only through File ▸ Import… (a dropped .txt is more often notes than the Kamer's questions).
OPENED_AS_IMPORT = (".docx", ".docm", ".dotx", ".pdf", ".doc")


def is_import_path(path: Path) -> bool:
    """True for files that File ▸ Open, a drop or the command line import (.docx, .pdf)."""
    return path.suffix.lower() in OPENED_AS_IMPORT


def import_filter() -> str:
    return QCoreApplication.translate(
        "import",
        "Documents to import (*.docx *.docm *.pdf *.txt);;Word documents (*.docx *.docm);;"
        "PDF documents (*.pdf);;Text files (*.txt);;All files (*)",
    )


def ask_import_path(parent: QWidget | None, folder: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("import", "Import a document"), folder, import_filter()
    )
    return Path(name) if name else None


def run_import(path: Path) -> ImportResult:
    """The import itself (a wait cursor while it runs: real letters take well under a second;
    a 1,000-question letter about one)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return import_file(path)
    finally:
        QApplication.restoreOverrideCursor()


def imported_document(parent: QWidget | None, path: Path) -> Document | None:
    """A new unsaved Document from *path*, or None after telling the user why not."""
    try:
        result = run_import(path)
    except ImportFailure as failure:
        converted = _offer_conversion(parent, path, failure)
        if converted is not None:
            return converted
        dialogs.show_error(
            parent,
            QCoreApplication.translate("import", "Cannot import the document"),
            QCoreApplication.translate("import", "“{name}” could not be imported.").format(
                name=path.name
            ),
            failure.message,
        )
        return None
    return _document(result, path)


def _offer_conversion(
    parent: QWidget | None, path: Path, failure: ImportFailure
) -> Document | None:
    """For an old .doc, when LibreOffice is installed and the user agrees: its conversion."""
    from answerletter.importers import import_bytes
    from answerletter.importers.convert import doc_to_docx, libreoffice

    if not failure.convertible or libreoffice() is None:
        return None
    if not dialogs.ask_convert_with_libreoffice(parent, path.name):
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = import_bytes(doc_to_docx(path), path.with_suffix(".docx").name)
    except ImportFailure as second:
        QApplication.restoreOverrideCursor()
        dialogs.show_error(
            parent,
            QCoreApplication.translate("import", "Cannot import the document"),
            QCoreApplication.translate("import", "“{name}” could not be imported.").format(
                name=path.name
            ),
            second.message,
        )
        return None
    QApplication.restoreOverrideCursor()
    return _document(result, path)


def _document(result: ImportResult, path: Path) -> Document:
    document = Document(result.letter)
    document.import_report = result.report  # type: ignore[attr-defined]
    document.import_source = path  # type: ignore[attr-defined]
    # Unsaved from the start: closing asks to save it.
    document.undo_stack.resetClean()
    return document


def import_letter(window: MainWindow) -> None:
    """File ▸ Import…: pick a document; it opens as a new letter (this window's letter stays)."""
    folder = window.config.settings.last_folder or str(Path.home())
    path = ask_import_path(window, folder)
    if path is not None:
        open_imported(window, path)


def open_imported(window: MainWindow, path: Path) -> bool:
    """Import *path* into a window of its own (this window when its letter is an untouched
    empty one); True when a letter was opened."""
    document = imported_document(window, path)
    if document is None:
        return False
    # The window owner places it: an untouched empty window, else a new one.
    return window.owner.open_document(document) is not None


def paste_questions(window: MainWindow) -> None:
    """Vragen plakken: the questions go into this letter as one undoable step, or into a new
    letter of their own."""
    from answerletter.gui.paste_questions import PasteQuestionsDialog, add_questions

    dialog = PasteQuestionsDialog(window)
    try:
        # exec() returns an int; the enum's value is what it compares with.
        if dialog.exec() != PasteQuestionsDialog.DialogCode.Accepted.value:
            return
        if dialog.as_new_letter:
            letter = dialog.new_letter()
            if letter is None:
                return
            document = Document(letter)
            document.undo_stack.resetClean()
            window.owner.open_document(document)
            return
        questions = dialog.questions()
        document = window.document
        letter, ids = add_questions(document.letter, questions)
        document.apply(
            letter,
            QCoreApplication.translate("import", "Paste %n question(s)", "", len(ids)),
            focus=ids[:1],
        )
    finally:
        dialog.deleteLater()
