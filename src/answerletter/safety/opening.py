"""Locks when a letter is opened or saved under a new name: take a free or stale lock
silently, ask (through the caller's prompt) when someone else has the letter, and carry on
without a lock where the folder refuses one (a read-only share) — with a note, never with a
refusal to open. Asks the user nothing itself: the GUI passes the question in."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from answerletter.editing.file_state import FileState
from answerletter.fileformat.atomic import remove_stale_temporaries
from answerletter.safety import locks
from answerletter.safety.locks import LockInfo, read_lock
from answerletter.safety.saving import fingerprint, may_write


class LockChoice(Enum):
    """The user's answer when someone else has the letter open."""

    READ_ONLY = "read-only"
    ANYWAY = "anyway"
    CANCEL = "cancel"


#: The question asked when someone else holds the lock on the file: who, and the answer.
AskLocked = Callable[[Path, LockInfo], LockChoice]


def foreign_lock(path: Path) -> LockInfo | None:
    """The lock of someone else that is still valid on *path*; None when free to use."""
    if locks.held_here(path):
        return None
    info = read_lock(path)
    if info is None or info.is_stale():
        return None
    return info


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def _take(state: FileState, path: Path, *, take_over: bool) -> None:
    try:
        state.lock = locks.hold(path, take_over=take_over)
        state.lock_problem = ""
        state.lock_errno = None
    except OSError as error:
        state.lock = None
        state.lock_problem = _reason(error)
        state.lock_errno = error.errno


def claim_for_open(path: Path, ask_locked: AskLocked) -> FileState | None:
    """The file state of *path* being opened: locked by us, read-only (someone else has it,
    or the user may not write the file), or without a lock (with the reason). *ask_locked*
    is asked when someone else has it open; None when the answer is to cancel."""
    remove_stale_temporaries(path)  # what a killed save of this letter left behind
    state = FileState(known=fingerprint(path))
    if not may_write(path):
        # The user may not change the file: it opens read-only (Save offers Save As), and
        # without a lock, since someone who cannot save keeps nobody else out.
        state.read_only = True
        return state
    for _attempt in range(3):  # another editor may take the free lock between our steps
        info = foreign_lock(path)
        if info is None:
            stale = read_lock(path) is not None and not locks.held_here(path)
            try:
                state.lock = locks.hold(path, take_over=stale)
            except FileExistsError:
                continue
            except OSError as error:
                state.lock_problem = _reason(error)
                state.lock_errno = error.errno
            return state
        choice = ask_locked(path, info)
        if choice is LockChoice.CANCEL:
            return None
        state.locked_by = info
        if choice is LockChoice.READ_ONLY:
            state.read_only = True
        else:
            _take(state, path, take_over=True)
        return state
    state.lock_problem = QCoreApplication.translate("Locks", "the lock file keeps changing")
    return state


def release(state: FileState) -> None:
    """Give up the letter's lock (it is closed or replaced); the lock file goes with the
    last use of it in this process."""
    if state.lock is not None:
        locks.let_go(state.lock)
        state.lock = None


def move_to(state: FileState, path: Path) -> None:
    """The letter was saved as *path*: its lock moves there and it is no longer read-only."""
    release(state)
    state.read_only = False
    state.locked_by = None
    state.recovered = False
    _take(state, path, take_over=read_lock(path) is not None)
