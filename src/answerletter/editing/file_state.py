"""What is known about the file behind one open letter: its lock, whether it is read-only,
what the file looked like when we last read or wrote it, and its recovery copy's key.

Plain data. The values in it come from ``answerletter.safety`` (which sits above this layer
and manages the lock's life); the types are imported for annotations only, so the editing
layer never loads safety code.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from answerletter.safety.locks import FileLock, LockInfo
    from answerletter.safety.saving import Fingerprint


def new_recovery_key() -> str:
    return uuid.uuid4().hex


@dataclass
class FileState:
    """File facts of one Document (a new letter has the defaults)."""

    #: Our lock on the file; safety takes it and lets it go (``safety.opening``).
    lock: FileLock | None = None
    #: Opened read-only because someone else holds the lock: saving over the file is refused.
    read_only: bool = False
    #: Whose lock we found (read-only or opened anyway); None when the letter was free.
    locked_by: LockInfo | None = None
    #: Why no lock file could be written (e.g. a read-only share); "" when locked normally.
    lock_problem: str = ""
    #: The operating system's error number behind *lock_problem*, if it has one.
    lock_errno: int | None = None
    #: The file as we last read or wrote it; a different file on disk is an outside change.
    known: Fingerprint | None = None
    #: Name of this letter's recovery copy in the recovery folder.
    recovery_key: str = field(default_factory=new_recovery_key)
    #: Restored from a recovery copy: the first save over the original asks first.
    recovered: bool = False
