"""What the safety machinery knows about one open letter: its lock, whether it is read-only,
what its file looked like when we last read or wrote it, and its recovery copy's key."""

from __future__ import annotations

from dataclasses import dataclass, field

from answerletter.safety import locks
from answerletter.safety.locks import FileLock, LockInfo
from answerletter.safety.recovery import new_key
from answerletter.safety.saving import Fingerprint


@dataclass
class FileState:
    """Safety facts of one Document (a new letter has the defaults)."""

    lock: FileLock | None = None
    #: Opened read-only because someone else holds the lock: saving over the file is refused.
    read_only: bool = False
    #: Whose lock we found (read-only or opened anyway); None when the letter was free.
    locked_by: LockInfo | None = None
    #: Why no lock file could be written (e.g. a read-only share); "" when locked normally.
    lock_problem: str = ""
    #: The file as we last read or wrote it; a different file on disk is an outside change.
    known: Fingerprint | None = None
    #: Name of this letter's recovery copy in the recovery folder.
    recovery_key: str = field(default_factory=new_key)
    #: Restored from a recovery copy: the first save over the original asks first.
    recovered: bool = False

    def release(self) -> None:
        """Give up the lock (the letter is closed or replaced)."""
        if self.lock is not None:
            locks.let_go(self.lock)
            self.lock = None
