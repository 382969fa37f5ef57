"""The dialogs of the checks and deadlines: the reason for accepting a finding, the summary
before export or print when errors remain, and the details of an uitstelbericht. Tests
replace these functions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

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


def ask_notice_details(
    parent: QWidget | None, suggested_date: date
) -> tuple[str, date | None] | None:
    """Reason and expected answer date for an uitstelbericht (None: as soon as possible), or
    None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("CheckDialogs", "Make Postponement Notice"))
    reason = QLineEdit(dialog)
    reason.setPlaceholderText(
        QCoreApplication.translate(
            "CheckDialogs", "dat de interdepartementale afstemming meer tijd vergt"
        )
    )
    reason.setAccessibleName(QCoreApplication.translate("CheckDialogs", "Reason for the delay"))
    by_date = QCheckBox(
        QCoreApplication.translate("CheckDialogs", "Answer expected before"), dialog
    )
    expected = QDateEdit(
        QDate(suggested_date.year, suggested_date.month, suggested_date.day), dialog
    )
    expected.setCalendarPopup(True)
    expected.setEnabled(False)
    by_date.toggled.connect(expected.setEnabled)
    form = QFormLayout()
    form.addRow(QCoreApplication.translate("CheckDialogs", "The reason for the delay is"), reason)
    form.addRow(by_date, expected)
    note = QLabel(
        QCoreApplication.translate(
            "CheckDialogs",
            "Without a date the notice promises an answer as soon as possible. The "
            "postponement is recorded in this letter; the notice opens as a new document.",
        ),
        dialog,
    )
    note.setWordWrap(True)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(note)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = expected.date()
    day = date(chosen.year(), chosen.month(), chosen.day()) if by_date.isChecked() else None
    return reason.text().strip(), day
