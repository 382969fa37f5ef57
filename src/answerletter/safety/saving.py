"""Saving a letter over its file: the previous version kept as ``brief.kvb.bak`` first, then
the new one written atomically, and a fingerprint of what we wrote so an outside change can
be told apart from our own save.

The bytes are read back before anything is written: a letter the reader would refuse is
never written over a good file. Both writes go through ``write_atomically``: a failure at
any moment leaves the letter file as it was (and the backup either the old backup or the
previous version, never half of one).
"""

from __future__ import annotations

import hashlib
import stat
from dataclasses import dataclass
from pathlib import Path

from answerletter.fileformat import KvbError, read_letter_bytes, write_letter_bytes
from answerletter.fileformat.atomic import write_atomically
from answerletter.model import Letter

BACKUP_SUFFIX = ".bak"


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


@dataclass(frozen=True)
class Fingerprint:
    """What a file looked like: enough to notice any change by another program."""

    size: int
    mtime_ns: int
    digest: str

    @classmethod
    def of_bytes(cls, path: Path, data: bytes) -> Fingerprint:
        stat = path.stat()
        return cls(stat.st_size, stat.st_mtime_ns, hashlib.sha256(data).hexdigest())


def fingerprint(path: Path) -> Fingerprint | None:
    """The file's fingerprint now; None when it does not exist or cannot be read."""
    try:
        data = path.read_bytes()
        return Fingerprint.of_bytes(path, data)
    except OSError:
        return None


def same_content(path: Path, known: Fingerprint | None) -> bool:
    """True when *path* still holds what *known* describes (a touched but unchanged file,
    e.g. by a sync client, counts as the same)."""
    now = fingerprint(path)
    if now is None or known is None:
        return now is None and known is None
    if (now.size, now.mtime_ns) == (known.size, known.mtime_ns):
        return True
    return now.digest == known.digest


def verify_readable(data: bytes) -> None:
    """Refuse to write a file the reader would refuse (e.g. one paragraph beyond the
    reader's 10 MB text limit): replacing a good file by one that cannot be opened again
    would lose the letter. Raises KvbError with the reader's reason."""
    try:
        read_letter_bytes(data)
    except KvbError as error:
        raise KvbError(
            f"The letter was not saved because it could not be opened again: {error}"
        ) from None


def _permissions(path: Path) -> int | None:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return None


def save_letter_with_backup(letter: Letter, path: Path, *, keep_backup: bool) -> Fingerprint:
    """Write *letter* to *path*; with *keep_backup* the file's previous content goes to
    ``path.bak`` first. Raises KvbError (with a readable reason) and leaves *path* intact."""
    data = write_letter_bytes(letter)  # an inconsistent letter fails here, before any write
    verify_readable(data)
    if keep_backup:
        try:
            previous = path.read_bytes()
        except FileNotFoundError:
            previous = None
        except OSError:
            previous = None  # unreadable old file: nothing to keep, the save still goes on
        if previous is not None and previous != data:
            # The backup is a copy of the letter: no one may read it who may not read that.
            write_atomically(backup_path(path), previous, mode=_permissions(path))
    write_atomically(path, data)
    return Fingerprint.of_bytes(path, data)
