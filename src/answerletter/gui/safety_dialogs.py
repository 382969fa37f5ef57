"""The modal questions of the safety machinery (locks, failed saves, outside changes,
recovery, unexpected errors), as plain functions. Safety asks nothing itself: the GUI passes
these in (``lock_prompt``) or calls them with what safety returned. Together with ``dialogs``
the modules tests patch (``tests/gui/conftest.py`` fails any modal a test did not expect).
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QTextEdit, QWidget

from answerletter.safety.locks import LockInfo
from answerletter.safety.opening import AskLocked, LockChoice


def holder_text(info: LockInfo) -> str:
    """ "jan on pc-17" for people; a lock file we cannot read names nobody."""
    if not info.user and not info.host:
        return QCoreApplication.translate("Locks", "someone (the lock file cannot be read)")
    if not info.host:
        return info.user
    return QCoreApplication.translate("Locks", "{user} on {host}").format(
        user=info.user or QCoreApplication.translate("Locks", "an unknown user"), host=info.host
    )


def lock_prompt(parent: QWidget | None) -> AskLocked:
    """The lock question for ``safety.opening.claim_for_open``, parented on *parent*."""

    def ask(path: Path, info: LockInfo) -> LockChoice:
        # Looked up at call time, so a test's replacement of ask_locked is used.
        return ask_locked(parent, path.name, holder_text(info), info.since_local())

    return ask


class ChangeChoice(Enum):
    RELOAD = "reload"
    KEEP = "keep"


class RecoveryChoice(Enum):
    OPEN = "open"
    DISCARD = "discard"
    LATER = "later"


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(parent)
    # Names of files and people from lock files are shown literally, never as markup (a
    # lock's user name could otherwise forge the dialog); Qt applies this to the
    # informative text as well.
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    return box


def ask_locked(parent: QWidget | None, name: str, holder: str, since: str) -> LockChoice:
    """*name* is open elsewhere (by *holder*, since *since*): read-only, anyway, or cancel."""
    box = _box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("SafetyDialogs", "Letter in use"),
        "",
    )
    box.setText(
        QCoreApplication.translate(
            "SafetyDialogs", "“{name}” is opened by {holder} (since {since})."
        ).format(name=name, holder=holder, since=since)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "SafetyDialogs",
            "Open it read-only to look without risk. If you open it anyway and both of you "
            "save, one of you overwrites the other's work.",
        )
    )
    read_only = box.addButton(
        QCoreApplication.translate("SafetyDialogs", "Open &Read-Only"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    anyway = box.addButton(
        QCoreApplication.translate("SafetyDialogs", "Open &Anyway"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    if box.clickedButton() is read_only:
        return LockChoice.READ_ONLY
    if box.clickedButton() is anyway:
        return LockChoice.ANYWAY
    return LockChoice.CANCEL


def offer_save_as(parent: QWidget | None, title: str, text: str, details: str = "") -> bool:
    """A problem with saving, and "Save As…" right there; True when the user wants it."""
    box = _box(parent, QMessageBox.Icon.Critical, title, text)
    box.setInformativeText(
        QCoreApplication.translate(
            "SafetyDialogs", "Your changes are still here. Save them somewhere else?"
        )
    )
    if details:
        box.setDetailedText(details)
    save_as = box.addButton(
        QCoreApplication.translate("SafetyDialogs", "Save &As…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
    box.exec()
    return box.clickedButton() is save_as


def confirm_save_recovered(parent: QWidget | None, name: str) -> bool:
    """The first save of a recovered letter over its original file: go ahead?"""
    box = _box(
        parent,
        QMessageBox.Icon.Question,
        QCoreApplication.translate("SafetyDialogs", "Save recovered letter"),
        QCoreApplication.translate(
            "SafetyDialogs", "Replace “{name}” with the recovered letter?"
        ).format(name=name),
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "SafetyDialogs",
            "The file may have changed since; its current version is kept as a backup.",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Save


def ask_outside_change(parent: QWidget | None, name: str) -> ChangeChoice:
    """*name* was changed on disk by another program: reload it or keep ours."""
    box = _box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("SafetyDialogs", "Letter changed on disk"),
        QCoreApplication.translate(
            "SafetyDialogs", "“{name}” was changed by another program or person."
        ).format(name=name),
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "SafetyDialogs",
            "Reload shows the version on disk (Undo brings yours back). Keep mine leaves your "
            "version here; saving it replaces theirs.",
        )
    )
    reload = box.addButton(
        QCoreApplication.translate("SafetyDialogs", "&Reload"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("SafetyDialogs", "&Keep Mine"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(reload)
    box.exec()
    return ChangeChoice.RELOAD if box.clickedButton() is reload else ChangeChoice.KEEP


def ask_recovery(
    parent: QWidget | None, title: str, saved_at: str, original: str
) -> RecoveryChoice:
    """One recovered letter: open it, discard it, or decide later (the copy stays)."""
    box = _box(
        parent,
        QMessageBox.Icon.Question,
        QCoreApplication.translate("SafetyDialogs", "Recover unsaved work"),
        QCoreApplication.translate(
            "SafetyDialogs",
            "AnswerLetter stopped unexpectedly. Unsaved changes to “{title}” ({time}) were kept.",
        ).format(title=title, time=saved_at),
    )
    box.setInformativeText(
        QCoreApplication.translate("SafetyDialogs", "Original file: {path}").format(path=original)
        if original
        else QCoreApplication.translate("SafetyDialogs", "The letter had never been saved.")
    )
    open_button = box.addButton(
        QCoreApplication.translate("SafetyDialogs", "&Open"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("SafetyDialogs", "&Discard"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(
        QCoreApplication.translate("SafetyDialogs", "Decide &Later"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(open_button)
    box.exec()
    if box.clickedButton() is open_button:
        return RecoveryChoice.OPEN
    if box.clickedButton() is discard:
        return RecoveryChoice.DISCARD
    return RecoveryChoice.LATER


def show_unexpected_error(parent: QWidget | None, summary: str, details: str, saved: str) -> bool:
    """An error in the program: what happened (copyable details), that copies were made,
    and "Save As…"; True when the user wants to save the letter now."""
    box = _box(
        parent,
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("SafetyDialogs", "Unexpected error"),
        summary,
    )
    box.setInformativeText(saved)
    box.setDetailedText(details)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    for edit in box.findChildren(QTextEdit):
        edit.setReadOnly(True)  # selectable and copyable, as the details should be
    save_as = box.addButton(
        QCoreApplication.translate("SafetyDialogs", "Save &As…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("SafetyDialogs", "&Continue"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    return box.clickedButton() is save_as
