"""Locks when a letter is opened or saved under a new name: take a free or stale lock
silently, ask when someone else has the letter, and carry on without a lock where the folder
refuses one (a read-only share) — with a note, never with a refusal to open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from answerletter.fileformat.atomic import remove_stale_temporaries
from answerletter.safety import locks
from answerletter.safety.locks import LockInfo, read_lock
from answerletter.safety.saving import fingerprint
from answerletter.safety.state import FileState


def holder_text(info: LockInfo) -> str:
    """ "jan on pc-17" for people; a lock file we cannot read names nobody."""
    if not info.user and not info.host:
        return QCoreApplication.translate("Locks", "someone (the lock file cannot be read)")
    if not info.host:
        return info.user
    return QCoreApplication.translate("Locks", "{user} on {host}").format(
        user=info.user or QCoreApplication.translate("Locks", "an unknown user"), host=info.host
    )


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
    except OSError as error:
        state.lock = None
        state.lock_problem = _reason(error)


def claim_for_open(parent: QWidget | None, path: Path) -> FileState | None:
    """The safety state of *path* being opened: locked by us, read-only, or without a lock
    (with the reason). None when the user cancels because someone else has it open."""
    from answerletter.gui import safety_dialogs
    from answerletter.gui.safety_dialogs import LockChoice

    remove_stale_temporaries(path)  # what a killed save of this letter left behind
    state = FileState(known=fingerprint(path))
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
            return state
        choice = safety_dialogs.ask_locked(parent, path.name, holder_text(info), info.since_local())
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


def move_to(state: FileState, path: Path) -> None:
    """The letter was saved as *path*: its lock moves there and it is no longer read-only."""
    state.release()
    state.read_only = False
    state.locked_by = None
    state.recovered = False
    _take(state, path, take_over=read_lock(path) is not None)
