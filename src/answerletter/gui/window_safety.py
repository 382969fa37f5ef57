"""The GUI side of one window's safety machinery: the status-bar note when the letter is
read-only or has no lock, the status messages of autosave and outside changes, and the
question asked when another program changed the file. The mechanics (autosave, watcher,
lock) are ``safety.guard.DocumentGuard``'s; this class only talks to the user.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QMainWindow

from answerletter.editing.document import Document
from answerletter.editing.file_state import FileState
from answerletter.gui import dialogs, safety_dialogs
from answerletter.gui.fault_text import fault_text, os_reason
from answerletter.gui.plain_text import plain_label
from answerletter.gui.safety_dialogs import ChangeChoice, holder_text
from answerletter.safety.autosave import Autosaver
from answerletter.safety.guard import DocumentGuard
from answerletter.safety.recovery import RecoveryStore
from answerletter.safety.watcher import FileWatcher

#: How long transient status-bar messages stay.
MESSAGE_MS = 8000


class WindowGuard(QObject):
    """Autosave, outside changes and the read-only/lock note for one editor window."""

    def __init__(self, window: QMainWindow, data_directory: Path) -> None:
        super().__init__(window)
        self.window = window
        self.mechanics = DocumentGuard(data_directory, self._ask_reload, self)
        self.mechanics.fileStateChanged.connect(self.refresh)
        self.mechanics.autosaveFailed.connect(self._autosave_failed)
        self.mechanics.fileRemoved.connect(self._file_removed)
        self.mechanics.reloadFailed.connect(self._reload_failed)
        self.note = plain_label(QLabel(window))  # quotes names from lock files: never markup
        self.note.setObjectName("safetyNote")
        self.note.hide()
        window.statusBar().addPermanentWidget(self.note)

    # -- the mechanics' surface, for the window and the tests --

    @property
    def store(self) -> RecoveryStore:
        return self.mechanics.store

    @property
    def autosaver(self) -> Autosaver:
        return self.mechanics.autosaver

    @property
    def watcher(self) -> FileWatcher:
        return self.mechanics.watcher

    @property
    def document(self) -> Document | None:
        return self.mechanics.document

    def bind(self, document: Document) -> None:
        self.mechanics.bind(document)

    def close(self) -> None:
        self.mechanics.close()

    def write_recovery_now(self) -> bool:
        return self.mechanics.write_recovery_now()

    def check_disk(self) -> None:
        self.mechanics.check_disk()

    def read_only(self) -> bool:
        return self.mechanics.read_only()

    # -- what the user sees --

    def title_suffix(self) -> str:
        return " " + self.tr("[read-only]") if self.read_only() else ""

    def refresh(self) -> None:
        """The status-bar note for the current letter."""
        document = self.document
        self.note.setText(note_text(document.file_state) if document is not None else "")
        self.note.setVisible(bool(self.note.text()))

    def _autosave_failed(self, error: Exception) -> None:
        self.window.statusBar().showMessage(
            self.tr("The recovery copy could not be written: {reason}").format(
                reason=fault_text(error)
            ),
            MESSAGE_MS,
        )

    def _file_removed(self, name: str) -> None:
        self.window.statusBar().showMessage(
            self.tr("“{name}” was removed or renamed on disk; Save writes it again.").format(
                name=name
            ),
            MESSAGE_MS,
        )

    def _ask_reload(self, path: Path) -> bool:
        return safety_dialogs.ask_outside_change(self.window, path.name) is ChangeChoice.RELOAD

    def _reload_failed(self, name: str, details: str) -> None:
        dialogs.show_error(
            self.window,
            self.tr("Cannot reload the letter"),
            self.tr("“{name}” on disk cannot be read; your version stays.").format(name=name),
            details,
        )


def note_text(state: FileState) -> str:
    """The read-only / no-lock / also-opened note for *state*; "" when there is none."""
    if state.read_only and state.locked_by is not None:
        return QCoreApplication.translate(
            "WindowGuard", "Read-only: opened by {holder}. Use Save As to keep changes."
        ).format(holder=holder_text(state.locked_by))
    if state.read_only:
        return QCoreApplication.translate(
            "WindowGuard",
            "Read-only: you may not change this file (it is write-protected). Use Save As to "
            "keep changes.",
        )
    if state.lock_problem:
        return QCoreApplication.translate(
            "WindowGuard", "No lock file ({reason}): others cannot see you have it open."
        ).format(reason=os_reason(state.lock_errno, state.lock_problem))
    if state.locked_by is not None:
        return QCoreApplication.translate("WindowGuard", "Also opened by {holder}.").format(
            holder=holder_text(state.locked_by)
        )
    return ""
