"""Autosave into the recovery folder: a few seconds after typing pauses, and at least once a
minute while typing goes on. Never over the user's file; the copy goes when the letter is
saved, or undone back to its saved state, or discarded.

The copies the timers ask for are written on a thread of their own (the letter is an
immutable value): writing 10,000 questions took seconds, and on the GUI thread typing waited
for it. One write at a time; a copy removed while one is being written is removed by that
write's thread once it is done, so the GUI thread never waits for a write to finish except in
:meth:`Autosaver.write_now`, which writes at once (the last resort of the exception handler).
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from answerletter.editing.document import Document
from answerletter.fileformat import KvbError
from answerletter.model import Letter
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
    #: From the writing thread: (the error or None, the generation it wrote for).
    _written_in_background = Signal(object, int)

    def __init__(self, store: RecoveryStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.document: Document | None = None
        self.paused = False
        self._due = False
        self.pause_timer = QTimer(self)
        self.pause_timer.setSingleShot(True)
        self.pause_timer.setInterval(PAUSE_MS)
        self.pause_timer.timeout.connect(self.write_soon)
        self.max_timer = QTimer(self)
        self.max_timer.setSingleShot(True)
        self.max_timer.setInterval(MAX_INTERVAL_MS)
        self.max_timer.timeout.connect(self.write_soon)
        #: Held while a copy is written or removed: one file operation at a time.
        self._lock = threading.Lock()
        #: Counts removals: a write started before the latest removal must not leave a copy.
        self._generation = 0
        self._writing = False  # a write thread is under way
        self._writing_key = ""  # the copy it writes
        self._thread: threading.Thread | None = None
        self._again = False  # another copy came due while it was
        self._written_in_background.connect(self._background_write_done)

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
        if old is not None and self._thread is not None:
            # The old document's copy is finished before anything else happens to it (and
            # before this object may go with its window).
            self._thread.join()
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
            self.write_soon()

    def _changed(self, *_: object) -> None:
        self.pause_timer.start()  # restarts: the copy waits for a pause
        if not self.max_timer.isActive():
            self.max_timer.start()

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self.stop()
            self.forget()

    def forget(self) -> None:
        """Remove the document's copy (it is saved, or the user discarded it). While a copy
        is being written, the writing thread removes it once it is written."""
        self._generation += 1
        if self.document is None:
            return
        if self._lock.acquire(blocking=False):
            try:
                self.store.remove(self.document.file_state.recovery_key)
            finally:
                self._lock.release()

    def _copy_due(self, *, force: bool = False) -> tuple[str, Letter, Path | None, str] | None:
        """What to write now (key, letter, original path, title), or None: nothing unsaved
        (the copy goes), or paused (the copy waits until :meth:`resume`)."""
        self.pause_timer.stop()
        self.max_timer.stop()
        document = self.document
        if document is None:
            return None
        if self.paused and not force:
            self._due = True
            return None
        self._due = False
        if not document.is_modified():
            self.forget()
            return None
        title = (
            document.display_name()
            or document.letter.metadata.subject
            or self.tr("Untitled letter")
        )
        return (document.file_state.recovery_key, document.letter, document.path, title)

    def write_soon(self) -> None:
        """Write the copy on a thread of its own (the timers' way): ``written`` or ``failed``
        follows. A copy that comes due while one is being written is written after it."""
        if self._writing:
            self._again = True
            return
        due = self._copy_due()
        if due is None:
            return
        self._writing = True
        self._writing_key = due[0]
        thread = threading.Thread(
            target=self._write_in_background,
            args=(self._generation, *due),
            name="autosave",
            daemon=True,
        )
        self._thread = thread
        thread.start()

    def _write_in_background(
        self, generation: int, key: str, letter: Letter, original: Path | None, title: str
    ) -> None:
        error: Exception | None = None
        with self._lock:
            try:
                self.store.write(key, letter, original, title)
            except (OSError, KvbError) as problem:
                error = problem
            if generation != self._generation:
                # Removed meanwhile (saved, discarded): the copy just written must go too.
                self.store.remove(key)
        # The window may have closed meanwhile (its autosaver gone with it): nothing to tell.
        with contextlib.suppress(RuntimeError):
            self._written_in_background.emit(error, generation)

    @property
    def writing(self) -> bool:
        """Whether a copy is being written on the autosave thread (until its result is
        handled here)."""
        return self._writing

    def _background_write_done(self, error: Exception | None, generation: int) -> None:
        self._writing = False
        document = self.document
        if generation != self._generation and (document is None or not document.is_modified()):
            # Removed while it was written: the thread may have checked for that just
            # before the removal (which then found the lock taken), so remove it here.
            # (Only while nothing is unsaved: a copy written since, by write_now, stays.)
            with self._lock:
                self.store.remove(self._writing_key)
        if generation == self._generation:
            if error is not None:
                self.failed.emit(error)
            else:
                self.written.emit()
        if self._again:
            self._again = False
            self.write_soon()

    def write_now(self, *, force: bool = False) -> bool:
        """Write the copy now (unless paused, or nothing is unsaved); True when written.
        *force* writes even while paused (the exception handler). Waits for a copy being
        written on the autosave thread first."""
        due = self._copy_due(force=force)
        if due is None:
            return False
        try:
            with self._lock:
                self.store.write(*due)
        except (OSError, KvbError) as error:
            self.failed.emit(error)
            return False
        self.written.emit()
        return True
