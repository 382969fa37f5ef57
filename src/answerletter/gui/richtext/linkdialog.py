"""The dialog that asks for a link's address (http, https or mailto only).

``ask_link`` is the one entry point the editor uses, so tests can replace it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from answerletter.gui.palette_colours import problem_style
from answerletter.gui.plain_text import plain_label
from answerletter.model.richtext import is_allowed_link

_EMAIL = re.compile(r"^[^\s@:/]+@[^\s@:/]+\.[^\s@:/]+$")


def normalize_address(text: str) -> str:
    """What the user most likely meant: "www.x.nl" → "https://www.x.nl", "a@b.nl" → mailto."""
    text = text.strip()
    if _EMAIL.match(text):
        return "mailto:" + text
    if re.match(r"^www\.[^\s]+$", text, re.IGNORECASE):
        return "https://" + text
    return text


@dataclass(frozen=True, slots=True)
class LinkRequest:
    """The dialog's answer: a new address, or ``href`` None to remove the link."""

    href: str | None
    text: str = ""


class LinkDialog(QDialog):
    """Address field (and link text when there is no selection), with inline validation."""

    def __init__(
        self, parent: QWidget | None, href: str, *, ask_text: bool, can_remove: bool
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link"))
        self.removed = False
        self.address = QLineEdit(href, self)
        self.address.setPlaceholderText(self.tr("https://… or mailto:…"))
        self.address.setAccessibleName(self.tr("Link address"))
        self.address.setMinimumWidth(360)
        self.text = QLineEdit(self)
        self.text.setAccessibleName(self.tr("Link text"))
        self.text.setPlaceholderText(self.tr("Shown text (the address if empty)"))
        self.error = plain_label(QLabel(self))  # quotes the address as typed or pasted
        self.error.setWordWrap(True)
        self.error.setStyleSheet(problem_style())
        self.error.setAccessibleName(self.tr("Link problem"))
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Address:"), self.address)
        if ask_text:
            form.addRow(self.tr("&Text:"), self.text)
        else:
            self.text.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.remove_button: QPushButton | None = None
        if can_remove:
            self.remove_button = self.buttons.addButton(
                self.tr("&Remove link"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.remove_button.clicked.connect(self._remove)
        self.buttons.accepted.connect(self._check_and_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.address.selectAll()

    def href(self) -> str:
        return normalize_address(self.address.text())

    def _check_and_accept(self) -> None:
        href = self.href()
        if not is_allowed_link(href):
            self.error.setText(
                self.tr(
                    "Only web addresses (http:// or https://) and e-mail addresses "
                    "(mailto:) can be links in a letter; “{address}” is neither."
                ).format(address=self.address.text().strip())
            )
            self.error.show()
            self.address.setFocus()
            return
        self.accept()

    def _remove(self) -> None:
        self.removed = True
        self.accept()


def ask_link(
    parent: QWidget | None, href: str, *, ask_text: bool, can_remove: bool
) -> LinkRequest | None:
    """Ask for a link address; None when cancelled."""
    dialog = LinkDialog(parent, href, ask_text=ask_text, can_remove=can_remove)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if dialog.removed:
        return LinkRequest(None)
    return LinkRequest(dialog.href(), dialog.text.text())
