"""The dialogs of the checks: the reason for accepting a finding, and the summary before
export or print when errors remain. Tests replace these functions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from answerletter.checks import Finding
from answerletter.gui import i18n

#: How many errors the summary lists before "and N more".
SUMMARY_LINES = 5


def ask_acceptance_reason(parent: QWidget | None, finding: Finding) -> str | None:
    """The user's reason for accepting *finding* ("" allowed), or None when cancelled."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("CheckDialogs", "Accept finding"),
        QCoreApplication.translate("CheckDialogs", "Why is this correct? (stored with the letter)")
        + "\n\n"
        + finding.message(i18n.current() or "en"),
    )
    return text.strip() if ok else None


def confirm_output_with_errors(parent: QWidget | None, action: str, errors: list[Finding]) -> bool:
    """Tell the user which errors remain before *action* ("export", "print"); True to go on."""
    language = i18n.current() or "en"
    lines = [f"• {finding.message(language)}" for finding in errors[:SUMMARY_LINES]]
    if len(errors) > SUMMARY_LINES:
        lines.append(
            QCoreApplication.translate("CheckDialogs", "… and {count} more").format(
                count=len(errors) - SUMMARY_LINES
            )
        )
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("CheckDialogs", "The letter still has errors"))
    if action == "print":
        box.setText(
            QCoreApplication.translate(
                "CheckDialogs", "The checks found {count} errors. Print anyway?"
            ).format(count=len(errors))
        )
        go_on = box.addButton(
            QCoreApplication.translate("CheckDialogs", "Print Anyway"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    else:
        box.setText(
            QCoreApplication.translate(
                "CheckDialogs", "The checks found {count} errors. Export anyway?"
            ).format(count=len(errors))
        )
        go_on = box.addButton(
            QCoreApplication.translate("CheckDialogs", "Export Anyway"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    box.setInformativeText("\n".join(lines))
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(go_on)
    box.exec()
    return box.clickedButton() is go_on
