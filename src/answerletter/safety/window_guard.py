"""The safety machinery of one editor window: autosave of its letter, the watch on its file,
and the status-bar note when the letter is read-only or has no lock.

``MainWindow`` makes one ``WindowGuard`` and calls :meth:`bind` whenever it starts editing a
(new) document and :meth:`close` when it closes.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from answerletter.gui.document import Document
from answerletter.safety.autosave import Autosaver
from answerletter.safety.opening import holder_text
from answerletter.safety.recovery import RECOVERY_FOLDER, RecoveryStore
from answerletter.safety.saving import fingerprint, same_content
from answerletter.safety.watcher import FileWatcher

if TYPE_CHECKING:
    from answerletter.gui.main_window import MainWindow

#: How long transient status-bar messages stay.
MESSAGE_MS = 8000


def recovery_store(data_directory: Path) -> RecoveryStore:
    return RecoveryStore(data_directory / RECOVERY_FOLDER)


class WindowGuard(QObject):
    """Autosave, outside changes and the read-only/lock note for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.store = recovery_store(window.config.data_directory)
        self.autosaver = Autosaver(self.store, self)
        self.autosaver.failed.connect(self._autosave_failed)
        self.watcher = FileWatcher(self)
        self.watcher.poked.connect(self.check_disk)
        self.note = QLabel(window)
        self.note.setObjectName("safetyNote")
        self.note.hide()
        window.statusBar().addPermanentWidget(self.note)
        self.document: Document | None = None
        self.asking = False

    # -- following the window's document --

    def bind(self, document: Document) -> None:
        if document is self.document:
            self.refresh()
            return
        old = self.document
        if old is not None:
            # The window only drops a letter that was saved or whose changes were discarded.
            self.store.remove(old.file_state.recovery_key)
            with contextlib.suppress(RuntimeError, TypeError):
                old.pathChanged.disconnect(self._path_changed)
        self.document = document
        state = document.file_state
        if state.known is None and document.path is not None:
            # Built straight from a file (not through File > Open): that file is its version.
            state.known = fingerprint(document.path)
        self.autosaver.bind(document)
        document.pathChanged.connect(self._path_changed)
        self._path_changed()

    def close(self) -> None:
        """The window closes (its letter saved or discarded): stop and remove the copy."""
        self.autosaver.forget()
        self.autosaver.bind(None)
        self.watcher.watch(None)

    def write_recovery_now(self) -> bool:
        """A recovery copy right now, whatever is paused (the exception handler)."""
        return self.autosaver.write_now(force=True)

    def _path_changed(self) -> None:
        document = self.document
        self.watcher.watch(document.path if document is not None else None)
        self.refresh()

    # -- read-only and lock note --

    def read_only(self) -> bool:
        return self.document is not None and self.document.file_state.read_only

    def title_suffix(self) -> str:
        return " " + self.tr("[read-only]") if self.read_only() else ""

    def refresh(self) -> None:
        """The status-bar note for the current letter."""
        text = ""
        state = self.document.file_state if self.document is not None else None
        if state is not None and state.read_only and state.locked_by is not None:
            text = self.tr("Read-only: opened by {holder}. Use Save As to keep changes.").format(
                holder=holder_text(state.locked_by)
            )
        elif state is not None and state.lock_problem and self.document is not None:
            text = self.tr("No lock file ({reason}): others cannot see you have it open.").format(
                reason=state.lock_problem
            )
        elif state is not None and state.locked_by is not None:
            text = self.tr("Also opened by {holder}.").format(holder=holder_text(state.locked_by))
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def _autosave_failed(self, reason: str) -> None:
        self.window.statusBar().showMessage(
            self.tr("The recovery copy could not be written: {reason}").format(reason=reason),
            MESSAGE_MS,
        )

    # -- outside changes --

    def check_disk(self) -> None:
        """Compare the file with what we last read or wrote; ask when someone changed it."""
        document = self.document
        if document is None or document.path is None or self.asking:
            return
        path = document.path
        state = document.file_state
        if same_content(path, state.known):
            return
        if not path.exists():
            state.known = None
            document.undo_stack.resetClean()  # what is on screen is on disk nowhere now
            self.window.statusBar().showMessage(
                self.tr("“{name}” was removed or renamed on disk; Save writes it again.").format(
                    name=path.name
                ),
                MESSAGE_MS,
            )
            return
        from answerletter.gui import safety_dialogs
        from answerletter.gui.safety_dialogs import ChangeChoice

        self.asking = True
        self.autosaver.pause()
        try:
            choice = safety_dialogs.ask_outside_change(self.window, path.name)
            if choice is ChangeChoice.RELOAD:
                self._reload(document, path)
            else:
                self._keep(document, path)
        finally:
            self.asking = False
            self.autosaver.resume()

    def _keep(self, document: Document, path: Path) -> None:
        document.file_state.known = fingerprint(path)
        document.undo_stack.resetClean()  # ours differs from the file now

    def _reload(self, document: Document, path: Path) -> None:
        from answerletter.fileformat import KvbError, load_letter
        from answerletter.gui import dialogs

        known = fingerprint(path)
        try:
            letter = load_letter(path)
        except KvbError as error:
            dialogs.show_error(
                self.window,
                self.tr("Cannot reload the letter"),
                self.tr("“{name}” on disk cannot be read; your version stays.").format(
                    name=path.name
                ),
                str(error),
            )
            self._keep(document, path)
            return
        # One undoable step: Undo brings the user's own version back.
        document.apply(letter, self.tr("Reload from Disk"))
        document.mark_saved()
        document.file_state.known = known
