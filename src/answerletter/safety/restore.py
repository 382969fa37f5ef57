"""Turning a recovery copy back into an open letter: the copy's text as one undoable step
on top of its original file's version (so Undo shows what the file had), tied to that file,
its lock claimed, the first save over it to be confirmed. Asks nothing itself: the lock
question comes in as a callback."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from answerletter.editing.document import Document, StepName
from answerletter.editing.file_state import FileState
from answerletter.fileformat import KvbError, load_letter
from answerletter.model import Letter
from answerletter.safety import opening
from answerletter.safety.recovery import RecoveryEntry, RecoveryStore

#: The undo step's name.
RECOVERED_STEP = StepName("Recovery", str(QT_TRANSLATE_NOOP("Recovery", "Recovered Changes")))


def recovered_document(
    entry: RecoveryEntry, letter: Letter, ask_locked: opening.AskLocked
) -> Document | None:
    """A document for the recovered *letter* of *entry*, tied to its original file (if
    that still exists). None when the user cancels because someone else has the file."""
    original = entry.original
    state = FileState()
    base = None
    if original is not None and original.exists():
        claimed = opening.claim_for_open(original, ask_locked)
        if claimed is None:
            return None
        state = claimed
        try:
            base = load_letter(original)
        except KvbError:
            base = None
    state.recovery_key = entry.key
    state.recovered = original is not None
    document = Document(base if base is not None else letter, original)
    document.file_state = state
    if base is not None:
        document.apply(letter, RECOVERED_STEP)
    if not document.is_modified():
        document.undo_stack.resetClean()
    return document


def recover_into(
    document: Document, store: RecoveryStore, entry: RecoveryEntry, letter: Letter
) -> None:
    """The recovered *letter* of *entry* into *document*, which already shows the original
    file: one undoable step, and the recovery copy now belongs to this document (its own
    earlier copy, if any, goes)."""
    if document.file_state.recovery_key != entry.key:
        store.remove(document.file_state.recovery_key)
    document.apply(letter, RECOVERED_STEP)
    if not document.is_modified():
        document.undo_stack.resetClean()
    document.file_state.recovery_key = entry.key
    document.file_state.recovered = True
