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
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from answerletter.fileformat import KvbError, read_letter_bytes, write_letter_bytes
from answerletter.fileformat.atomic import real_path, write_atomically
from answerletter.fileformat.regular_file import open_regular, read_regular
from answerletter.fileformat.safe_parse import MAX_FILE_BYTES
from answerletter.model import Letter

BACKUP_SUFFIX = ".bak"
#: The fingerprint hashes a file in pieces of this size (never all of it in memory).
_HASH_CHUNK = 1 << 20


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


@dataclass(frozen=True)
class Fingerprint:
    """What a file looked like: enough to notice any change by another program."""

    size: int
    mtime_ns: int
    digest: str  # "" for a file larger than a letter may be (never hashed)

    @classmethod
    def of_bytes(cls, path: Path, data: bytes) -> Fingerprint:
        stat = path.stat()
        return cls(stat.st_size, stat.st_mtime_ns, hashlib.sha256(data).hexdigest())


def fingerprint(path: Path) -> Fingerprint | None:
    """The file's fingerprint now; None when it does not exist, cannot be read or is not an
    ordinary file (a named pipe is never opened blocking). Hashing reads in pieces and stops
    at the reader's size limit, so a 2 GB file costs no memory."""
    try:
        with open_regular(path) as stream:
            info = os.fstat(stream.fileno())
            if info.st_size > MAX_FILE_BYTES:
                return Fingerprint(info.st_size, info.st_mtime_ns, "")
            digest = hashlib.sha256()
            remaining = MAX_FILE_BYTES + 1
            while remaining > 0:
                chunk = stream.read(min(_HASH_CHUNK, remaining))
                if not chunk:
                    break
                digest.update(chunk)
                remaining -= len(chunk)
            if remaining <= 0:
                return Fingerprint(info.st_size, info.st_mtime_ns, "")  # grew past the limit
            return Fingerprint(info.st_size, info.st_mtime_ns, digest.hexdigest())
    except OSError:
        return None


def same_content(path: Path, known: Fingerprint | None) -> bool:
    """True when *path* still holds what *known* describes (a touched but unchanged file,
    e.g. by a sync client, counts as the same). Looks with ``stat`` first: a different size
    is a change without reading anything, and only a same-size file with another time is
    hashed."""
    try:
        info = path.stat()
    except OSError:
        return known is None
    if not stat.S_ISREG(info.st_mode):
        return known is None
    if known is None:
        return False
    if (info.st_size, info.st_mtime_ns) == (known.size, known.mtime_ns):
        return True
    if info.st_size != known.size or not known.digest:
        return False
    now = fingerprint(path)
    return now is not None and bool(now.digest) and now.digest == known.digest


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


class WriteProtectedError(KvbError):
    """The letter's file may not be written by this user: it is never replaced."""


def may_write(path: Path) -> bool:
    """The user may change the file *path* (a file that does not exist yet: yes, the folder
    decides). Replacing a file needs only write access to its folder, so this is asked of
    the file itself. A file without any write permission is read-only to root as well, as
    in every editor: root could write it, but its owner made it read-only on purpose."""
    try:
        info = path.stat()
    except OSError:
        return True
    if os.name == "nt":
        return bool(info.st_mode & stat.S_IWRITE)  # the read-only attribute
    if os.geteuid() == 0:
        return bool(info.st_mode & 0o222)
    return os.access(path, os.W_OK)


def _permissions(path: Path) -> int | None:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return None


def save_letter_with_backup(letter: Letter, path: Path, *, keep_backup: bool) -> Fingerprint:
    """Write *letter* to *path*; with *keep_backup* the file's previous content goes to
    ``path.bak`` first. Raises KvbError (with a readable reason; WriteProtectedError for a
    file the user may not write) and leaves *path* intact."""
    data = write_letter_bytes(letter)  # an inconsistent letter fails here, before any write
    verify_readable(data)
    real = real_path(path)  # through a link: the real file, its backup beside it
    if not may_write(real):
        raise WriteProtectedError(
            f"{path.name} is read-only (write-protected): it was not changed. "
            f"Save your changes under another name with Save As"
        )
    if keep_backup:
        try:
            previous: bytes | None = read_regular(real, MAX_FILE_BYTES)
        except OSError:
            previous = None  # missing or unreadable old file: nothing to keep, the save goes on
        if previous is not None and previous != data:
            # The backup is a copy of the letter: no one may read it who may not read that.
            # A fault writing it is reported as the letter's: that is what was not saved.
            write_atomically(backup_path(real), previous, mode=_permissions(real), shown_as=path)
    write_atomically(path, data)
    return Fingerprint.of_bytes(path, data)
