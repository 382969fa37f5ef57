"""Autosave into the recovery folder: a few seconds after typing pauses, and at least once a
minute while typing goes on. Never over the user's file; the copy goes when the letter is
saved, or undone back to its saved state, or discarded."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QTimer, Signal

from answerletter.editing.document import Document
from answerletter.fileformat import KvbError
from answerletter.safety.recovery import RecoveryStore

#: Quiet time after the last change before a copy is written.
PAUSE_MS = 3000
#: Longest time changes stay without a copy while the user keeps typing.
MAX_INTERVAL_MS = 60_000


class Autosaver(QObject):
    """Writes recovery copies of the document it is bound to.

    ``written`` follows every copy written; ``failed(error)`` every copy that could not be
    (the OSError or KvbError, for the GUI to explain).
    While :attr:`paused` (a question about the file is open) copies wait; :meth:`resume`
    writes the one that came due meanwhile.
    """

    written = Signal()
    failed = Signal(object)

    def __init__(self, store: RecoveryStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.document: Document | None = None
        self.paused = False
        self._due = False
        self.pause_timer = QTimer(self)
        self.pause_timer.setSingleShot(True)
        self.pause_timer.setInterval(PAUSE_MS)
        self.pause_timer.timeout.connect(self.write_now)
        self.max_timer = QTimer(self)
        self.max_timer.setSingleShot(True)
        self.max_timer.setInterval(MAX_INTERVAL_MS)
        self.max_timer.timeout.connect(self.write_now)

    def bind(self, document: Document | None) -> None:
        """Follow *document* from now on (None: follow nothing)."""
        old = self.document
        if old is document:
            return
        if old is not None:
            for signal, slot in (
                (old.letterChanged, self._changed),
                (old.undo_stack.cleanChanged, self._clean_changed),
            ):
                # RuntimeError/TypeError: already gone with its document.
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect(slot)
        self.stop()
        self.document = document
        if document is not None:
            document.letterChanged.connect(self._changed)
            document.undo_stack.cleanChanged.connect(self._clean_changed)

    def stop(self) -> None:
        self.pause_timer.stop()
        self.max_timer.stop()
        self._due = False

    def pause(self) -> None:
        self.paused = True

    def resume(self) -> None:
        self.paused = False
        if self._due:
            self.write_now()

    def _changed(self, *_: object) -> None:
        self.pause_timer.start()  # restarts: the copy waits for a pause
        if not self.max_timer.isActive():
            self.max_timer.start()

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self.stop()
            self.forget()

    def forget(self) -> None:
        """Remove the document's copy (it is saved, or the user discarded it)."""
        if self.document is not None:
            self.store.remove(self.document.file_state.recovery_key)

    def write_now(self, *, force: bool = False) -> bool:
        """Write the copy now (unless paused, or nothing is unsaved); True when written.
        *force* writes even while paused (the exception handler)."""
        self.pause_timer.stop()
        self.max_timer.stop()
        document = self.document
        if document is None:
            return False
        if self.paused and not force:
            self._due = True
            return False
        self._due = False
        if not document.is_modified():
            self.forget()
            return False
        title = (
            document.display_name()
            or document.letter.metadata.subject
            or self.tr("Untitled letter")
        )
        try:
            self.store.write(
                document.file_state.recovery_key, document.letter, document.path, title
            )
        except (OSError, KvbError) as error:
            self.failed.emit(error)
            return False
        self.written.emit()
        return True
