"""The safety machinery of one open letter: autosave into the recovery folder, the watch on
its file (reload or keep when someone else changed it), and the life of its lock.

It asks and tells the user nothing itself. The GUI passes in the question about an outside
change (``ask_reload``) and listens to the signals for everything worth a note.
``gui.window_safety`` is that GUI side for an editor window.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal

from answerletter.editing.document import Document, StepName
from answerletter.fileformat import KvbError, load_letter
from answerletter.safety import opening
from answerletter.safety.autosave import Autosaver
from answerletter.safety.recovery import RECOVERY_FOLDER, RecoveryStore
from answerletter.safety.saving import fingerprint, same_content
from answerletter.safety.watcher import FileWatcher

#: Asked when another program changed the letter's file: True to reload it from disk.
AskReload = Callable[[Path], bool]


RELOAD_STEP = StepName("WindowGuard", str(QT_TRANSLATE_NOOP("WindowGuard", "Reload from Disk")))


def recovery_store(data_directory: Path) -> RecoveryStore:
    return RecoveryStore(data_directory / RECOVERY_FOLDER)


class DocumentGuard(QObject):
    """Autosave, outside changes and the lock of the document it is bound to.

    ``fileStateChanged`` follows a new document, a new path or a changed lock/read-only
    fact; ``autosaveFailed(error)`` a recovery copy that could not be written;
    ``fileRemoved(name)`` the file vanishing from disk; ``reloadFailed(name, details)`` a
    changed file that could not be read (our version stays).
    """

    fileStateChanged = Signal()
    autosaveFailed = Signal(object)
    fileRemoved = Signal(str)
    reloadFailed = Signal(str, str)

    def __init__(
        self,
        data_directory: Path,
        ask_reload: AskReload,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = recovery_store(data_directory)
        self.autosaver = Autosaver(self.store, self)
        self.autosaver.failed.connect(self.autosaveFailed)
        self.watcher = FileWatcher(self)
        self.watcher.poked.connect(self.check_disk)
        self._ask_reload = ask_reload
        self.document: Document | None = None
        self.asking = False

    # -- following the window's document --

    def bind(self, document: Document) -> None:
        """Guard *document* from now on. The previous one (saved, or its changes discarded)
        loses its recovery copy and its lock."""
        if document is self.document:
            self.fileStateChanged.emit()
            return
        old = self.document
        if old is not None:
            self._let_go(old)
        self.document = document
        state = document.file_state
        if state.known is None and document.path is not None:
            # Built straight from a file (not through the open path): that file is its version.
            state.known = fingerprint(document.path)
        self.autosaver.bind(document)
        document.pathChanged.connect(self._path_changed)
        self._path_changed()

    def close(self) -> None:
        """The window closes (its letter saved or discarded): stop, remove the copy, let go
        of the lock."""
        self.autosaver.forget()
        self.autosaver.bind(None)
        self.watcher.watch(None)
        if self.document is not None:
            opening.release(self.document.file_state)

    def _let_go(self, old: Document) -> None:
        self.store.remove(old.file_state.recovery_key)
        opening.release(old.file_state)
        with contextlib.suppress(RuntimeError, TypeError):
            old.pathChanged.disconnect(self._path_changed)

    def write_recovery_now(self) -> bool:
        """A recovery copy right now, whatever is paused (the exception handler)."""
        return self.autosaver.write_now(force=True)

    def _path_changed(self) -> None:
        document = self.document
        self.watcher.watch(document.path if document is not None else None)
        self.fileStateChanged.emit()

    def read_only(self) -> bool:
        return self.document is not None and self.document.file_state.read_only

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
            self.fileRemoved.emit(path.name)
            return
        self.asking = True
        self.autosaver.pause()
        try:
            if self._ask_reload(path):
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
        known = fingerprint(path)
        try:
            letter = load_letter(path)
        except KvbError as error:
            self._keep(document, path)
            self.reloadFailed.emit(path.name, str(error))
            return
        # One undoable step: Undo brings the user's own version back.
        document.apply(letter, RELOAD_STEP)
        document.mark_saved()
        document.file_state.known = known
