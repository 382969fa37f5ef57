"""Every modal dialog the editor opens, as plain functions: the one place tests patch.

Widgets never call ``QFileDialog``/``QMessageBox`` directly; they call these functions, so a
test replaces ``answerletter.gui.dialogs.<name>`` and no modal loop ever blocks it.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from answerletter.gui.choice_dialog import ChoiceDialog
from answerletter.gui.plain_text import plain_box


class SaveChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def letter_filter() -> str:
    return QCoreApplication.translate(
        "dialogs",
        "Answer letters (*.kvb);;Documents to import (*.docx *.docm *.pdf);;All files (*)",
    )


def get_open_path(parent: QWidget | None, folder: str) -> Path | None:
    """Ask for a letter file to open; None when cancelled."""
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("dialogs", "Open letter"), folder, letter_filter()
    )
    return Path(name) if name else None


def get_save_path(parent: QWidget | None, suggested: str) -> Path | None:
    """Ask where to save the letter; the .kvb extension is added when missing."""
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("dialogs", "Save letter"), suggested, letter_filter()
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".kvb")


def get_pdf_path(parent: QWidget | None, suggested: str) -> Path | None:
    """Ask where to export the PDF; None when cancelled."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("dialogs", "Export PDF"),
        suggested,
        QCoreApplication.translate("dialogs", "PDF documents (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".pdf")


def get_docx_path(parent: QWidget | None, suggested: str) -> Path | None:
    """Ask where to export the Word document; None when cancelled. The name always ends in
    .docx (Word will not open a .docx under another extension)."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("dialogs", "Export Word Document"),
        suggested,
        QCoreApplication.translate("dialogs", "Word documents (*.docx)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".docx" else path.with_name(path.name + ".docx")


def get_printer(parent: QWidget | None) -> QPrinter | None:
    """The standard print dialog; the configured printer, or None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("dialogs", "Print letter"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def save_changes_box(parent: QWidget | None, document_name: str) -> QMessageBox:
    """The Save / Don't Save / Cancel question for a letter with unsaved changes.

    The buttons carry our own texts: Qt's Dutch says "Verwerpen" for Discard, and on macOS
    Qt's "Don't Save" has no Dutch at all.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("dialogs", "Unsaved changes"))
    box.setText(
        QCoreApplication.translate("dialogs", "The letter “{name}” has unsaved changes.").format(
            name=document_name
        )
    )
    box.setInformativeText(QCoreApplication.translate("dialogs", "Do you want to save them?"))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    texts = {
        QMessageBox.StandardButton.Save: QCoreApplication.translate("dialogs", "&Save"),
        QMessageBox.StandardButton.Discard: QCoreApplication.translate("dialogs", "Do&n't Save"),
        QMessageBox.StandardButton.Cancel: QCoreApplication.translate("dialogs", "Cancel"),
    }
    for which, text in texts.items():
        box.button(which).setText(text)
    return plain_box(box)  # the name is a file name: shown literally


def ask_convert_with_libreoffice(parent: QWidget | None, name: str) -> bool:
    """An old .doc: offer LibreOffice's conversion (only asked when it is installed)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("dialogs", "Old Word document"),
        QCoreApplication.translate(
            "dialogs",
            "“{name}” is an old binary Word document (.doc). Convert it to .docx with "
            "LibreOffice and import that? (Or save it as .docx in Word yourself.)",
        ).format(name=name),
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_save_changes(parent: QWidget | None, document_name: str) -> SaveChoice:
    """Save / Don't Save / Cancel for a letter with unsaved changes."""
    answer = save_changes_box(parent, document_name).exec()
    if answer == QMessageBox.StandardButton.Save:
        return SaveChoice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return SaveChoice.DISCARD
    return SaveChoice.CANCEL


def error_box(parent: QWidget | None, title: str, text: str, details: str = "") -> QMessageBox:
    """The error message :func:`show_error` shows. Its texts name files and quote them, so
    they are shown literally (never as markup)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setDetailedText(details)
    return plain_box(box)


def show_error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """A modal error message; *details* go in the expandable details area."""
    error_box(parent, title, text, details).exec()


def information_box(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    return plain_box(box)


def show_information(parent: QWidget | None, title: str, text: str) -> None:
    information_box(parent, title, text).exec()


def unresponsive_box(parent: QWidget | None, names: list[str]) -> QMessageBox:
    """The question :func:`ask_start_beside_unresponsive` asks."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("dialogs", "AnswerLetter"))
    box.setText(
        QCoreApplication.translate("dialogs", "AnswerLetter is running but not responding.")
    )
    what = (
        QCoreApplication.translate("dialogs", "“{names}” could not be handed to it.").format(
            names="”, “".join(names)
        )
        if names
        else QCoreApplication.translate("dialogs", "It could not be asked to open a window.")
    )
    box.setInformativeText(
        what
        + " "
        + QCoreApplication.translate(
            "dialogs",
            "Wait until it responds again (or close it), then try once more. A second editor "
            "beside it works, but a letter open in both can be overwritten by either.",
        )
    )
    box.addButton(
        QCoreApplication.translate("dialogs", "Start a &Second Editor"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    close = box.addButton(QMessageBox.StandardButton.Close)
    close.setText(QCoreApplication.translate("dialogs", "Close"))
    box.setDefaultButton(close)
    return plain_box(box)  # the names are file names: shown literally


def ask_start_beside_unresponsive(parent: QWidget | None, names: list[str]) -> bool:
    """The running editor does not respond: True when the user starts a second one anyway."""
    box = unresponsive_box(parent, names)
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and (
        box.buttonRole(clicked) is QMessageBox.ButtonRole.DestructiveRole
    )


def choose_item(parent: QWidget | None, title: str, label: str, items: list[str]) -> int | None:
    """Let the user pick one of *items*; the chosen index, or None when cancelled."""
    if not items:
        return None
    dialog = ChoiceDialog(parent, title, label, items)
    try:
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def choose_language(
    parent: QWidget | None, current: str, choices: list[tuple[str, str]]
) -> str | None:
    """Pick the interface language from (code, shown name) pairs; the code, or None."""
    names = [name for _, name in choices]
    codes = [code for code, _ in choices]
    start = codes.index(current) if current in codes else 0
    dialog = ChoiceDialog(
        parent,
        QCoreApplication.translate("dialogs", "Preferences"),
        QCoreApplication.translate("dialogs", "Interface language:"),
        names,
        start,
    )
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return codes[dialog.chosen()] if accepted else None
    finally:
        dialog.deleteLater()
