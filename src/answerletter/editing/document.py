"""The open letter: its current value, file path and undo history.

Every change, structural or typed, is a ``LetterCommand`` on one QUndoStack that swaps two
immutable Letter values. That gives the Edit menu a single linear history: Undo after typing
takes back the typing, Undo after a move takes back the move, in the order they happened.
Typing is coalesced: consecutive edits of the same text field merge into one command until
the history is *sealed* (another field, a structural change, a save, or a pause in typing).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from answerletter.editing.file_state import FileState
from answerletter.model import Letter

#: A pause in typing longer than this ends one undo step.
TYPING_PAUSE_MS = 1500


@dataclass(frozen=True)
class StepName:
    """An undo step's name as its translation source, so the Edit menu can show it in the
    interface language of the moment, also for steps made before a language switch. Write
    ``StepName("Context", QT_TRANSLATE_NOOP("Context", "Edit answer"))`` so that lupdate
    finds the text."""

    context: str
    source: str

    def text(self) -> str:
        return QCoreApplication.translate(self.context, self.source)


class LetterCommand(QUndoCommand):
    """Replace the letter *before* by *after* (and back). *focus* names the questions to
    select afterwards, so undo shows the user what changed."""

    MERGE_ID = 4242

    def __init__(
        self,
        document: Document,
        text: str | StepName,
        before: Letter,
        after: Letter,
        *,
        focus: Sequence[str],
        merge_key: Hashable | None,
        undo_focus: Sequence[str] | None = None,
    ) -> None:
        super().__init__(text.text() if isinstance(text, StepName) else text)
        #: The name to show again in another language (None: a fixed text).
        self.name = text if isinstance(text, StepName) else None
        self.document = document
        self.before = before
        self.after = after
        self.focus = tuple(focus)
        self.undo_focus = self.focus if undo_focus is None else tuple(undo_focus)
        self.merge_key = merge_key

    def id(self) -> int:
        return self.MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, LetterCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.document.set_current(self.after, self.focus)

    def undo(self) -> None:
        self.document.set_current(self.before, self.undo_focus)


class Document(QObject):
    """One letter being edited. ``letterChanged(old, new, focus)`` follows every change;
    *focus* is a tuple of question ids to select (maybe empty)."""

    letterChanged = Signal(object, object, object)
    pathChanged = Signal()

    def __init__(
        self, letter: Letter, path: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._letter = letter
        self._path = path
        self.undo_stack = QUndoStack(self)
        self._typing_key: Hashable | None = None
        self._generation = 0
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.seal)
        #: Lock, read-only flag, file fingerprint and recovery key (managed by safety).
        self.file_state = FileState()

    # -- state --

    @property
    def letter(self) -> Letter:
        return self._letter

    @property
    def path(self) -> Path | None:
        return self._path

    def set_path(self, path: Path | None) -> None:
        self._path = path
        self.pathChanged.emit()

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def mark_saved(self) -> None:
        self.seal()
        self.undo_stack.setClean()

    def display_name(self) -> str:
        return self._path.name if self._path is not None else ""

    # -- changes --

    def apply(
        self,
        after: Letter,
        text: str | StepName,
        focus: Sequence[str] = (),
        typing_key: Hashable | None = None,
        undo_focus: Sequence[str] | None = None,
    ) -> None:
        """Make *after* the current letter as one undoable step described by *text*.

        With *typing_key* (e.g. ``("answer", id)``) the step merges with the previous one of
        the same key until the history is sealed. *focus* names the questions to select
        after the step (and, without *undo_focus*, after undoing it).
        """
        if after is self._letter:
            return
        merge_key: Hashable | None = None
        if typing_key is not None:
            if typing_key != self._typing_key:
                self._typing_key = typing_key
                self._generation += 1
            merge_key = (typing_key, self._generation)
            self._pause.start()
        else:
            self.seal()
        self.undo_stack.push(
            LetterCommand(
                self,
                text,
                self._letter,
                after,
                focus=focus,
                merge_key=merge_key,
                undo_focus=undo_focus,
            )
        )

    def retranslate_history(self) -> None:
        """Name every step in the history in the current interface language."""
        for index in range(self.undo_stack.count()):
            command = self.undo_stack.command(index)
            if isinstance(command, LetterCommand) and command.name is not None:
                command.setText(command.name.text())

    def seal(self) -> None:
        """End the current typing step: the next edit starts a new undo step."""
        self._typing_key = None
        self._pause.stop()

    def undo(self) -> None:
        self.seal()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.seal()
        self.undo_stack.redo()

    def dispose(self) -> None:
        """Silence the document before it goes: QUndoStack emits signals from its destructor,
        which would reach windows that already dropped this document. (Its lock is let go by
        safety's guard, which owns it.)"""
        self._pause.stop()
        self.undo_stack.blockSignals(True)
        self.blockSignals(True)

    def set_current(self, letter: Letter, focus: Sequence[str] = ()) -> None:
        """Replace the letter without history (used by the commands themselves)."""
        old = self._letter
        self._letter = letter
        self.letterChanged.emit(old, letter, tuple(focus))
