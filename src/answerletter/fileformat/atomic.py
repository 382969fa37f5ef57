"""Atomic file replacement: write a temporary file beside the target, flush, then rename.

A crash, a full disk or a failed write at any moment leaves either the old file or the new
one, never a mixture; the temporary file is removed on failure. A process killed in the
middle cannot remove its temporary file, so the next save (or open) of that letter removes
the ones of our naming whose writer is gone.

Modes: a new file gets what any new file gets under the user's umask (colleagues on a shared
folder can read it when they could read the user's other files); a replaced file keeps its
mode. Only callers that hold private data (the recovery copies) ask for a mode of their own.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import secrets
import socket
import stat
import time
from pathlib import Path
from typing import BinaryIO

from answerletter.fileformat.errors import QT_TRANSLATE_NOOP, KvbError, Problem
from answerletter.processes import pid_alive

#: A temporary file of ours whose writer cannot be checked (another machine, or a name from
#: before the writer was recorded) is left alone for this long after its last write.
STALE_TEMPORARY_SECONDS = 3600
#: Room for ".", the writer, the random part and ".tmp" within the 255 bytes a name may have.
_MAX_NAME_PART = 160


def real_path(path: Path) -> Path:
    """*path* with every symbolic link resolved: the file a save must replace (replacing the
    link itself would leave the real file without the edits). A link to a file that does not
    exist yet resolves to where that file will be."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a loop of links, or a folder we may not look into
        return path.absolute()


def write_atomically(
    path: Path, data: bytes, *, mode: int | None = None, shown_as: Path | None = None
) -> None:
    """Replace (or create) *path* with *data*. Raises KvbError with a readable reason.

    A symbolic link is followed: the file it points to is replaced (beside itself), and the
    link stays. *mode*: the file's permission bits; None keeps those of the file being
    replaced, or for a new file the default under the umask. *shown_as*: the file messages
    name (a backup's letter, say); *path* by default."""
    shown = shown_as or path
    path = real_path(path)
    folder = path.parent
    if not folder.is_dir():
        raise KvbError(
            Problem.of(
                QT_TRANSLATE_NOOP(
                    "FileFormat",
                    "The folder {folder} does not exist (was it removed or disconnected?)",
                ),
                folder=folder,
            ),
            errno=errno.ENOENT,
        )
    remove_stale_temporaries(path)
    temporary: Path | None = None
    try:
        temporary, stream = open_temporary(path)
        with stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        _set_permissions(path, temporary, mode)
        temporary.replace(path)
        temporary = None
        _sync_folder(folder)
    except OSError as error:
        raise KvbError(_reason(shown, error), errno=error.errno) from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()


def _writer_tag() -> str:
    """Who writes a temporary file: this machine (hashed, names stay short) and process."""
    host = hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:8]
    return f"{host}-{os.getpid()}"


def _name_part(path: Path) -> str:
    return path.name[:_MAX_NAME_PART]


def open_temporary(path: Path) -> tuple[Path, BinaryIO]:
    """A new temporary file beside *path*, open for writing; created with mode 0666 so that
    the kernel applies the umask (tempfile would make it 0600 whatever the umask)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _attempt in range(100):
        name = f".{_name_part(path)}.{_writer_tag()}.{secrets.token_hex(4)}.tmp"
        candidate = path.with_name(name)
        try:
            descriptor = os.open(candidate, flags, 0o666)
        except FileExistsError:
            continue
        return candidate, os.fdopen(descriptor, "wb")
    raise FileExistsError(errno.EEXIST, "No usable temporary file name", str(path.parent))


def _set_permissions(original: Path, replacement: Path, mode: int | None) -> None:
    """The replacement gets *mode*, else the mode (and, where allowed, the group) of the file
    it replaces; a new file keeps the umask default it was created with."""
    if mode is not None:
        replacement.chmod(mode)
        return
    try:
        info = original.stat()
    except FileNotFoundError:
        return
    replacement.chmod(stat.S_IMODE(info.st_mode))
    if os.name == "posix" and replacement.stat().st_gid != info.st_gid:
        with contextlib.suppress(OSError):  # only a member of the group may set it
            os.chown(replacement, -1, info.st_gid)


def _temporary_pattern(path: Path) -> re.Pattern[str]:
    """Our temporary names for *path*: ``.NAME.HOST-PID.RANDOM.tmp``, and the older
    ``.NAME.RANDOM.tmp`` that tempfile made (8 characters from its alphabet)."""
    name = re.escape(_name_part(path))
    return re.compile(
        rf"^\.{name}\.(?:(?P<host>[0-9a-f]{{8}})-(?P<pid>\d{{1,10}})\.[0-9a-f]{{8}}|[a-z0-9_]{{8}})\.tmp$"
    )


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Remove the temporary files a killed save of *path* left behind (ours by name, an
    ordinary file, and its writer gone: a dead process on this machine, or untouched for an
    hour). Returns what was removed; never raises."""
    removed: list[Path] = []
    path = real_path(path)  # a save through a link writes (and litters) beside the real file
    pattern = _temporary_pattern(path)
    own_host = _writer_tag().split("-")[0]
    prefix = f".{_name_part(path)}."
    try:
        # scandir and a prefix test first: a folder of thousands of letters costs little.
        with os.scandir(path.parent) as entries:
            names = [
                e.name for e in entries if e.name.startswith(prefix) and e.name.endswith(".tmp")
            ]
    except OSError:
        return removed
    for name in names:
        match = pattern.match(name)
        if match is None:
            continue
        candidate = path.with_name(name)
        try:
            info = candidate.lstat()
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode):
            continue
        if match["host"] == own_host:
            stale = int(match["pid"]) != os.getpid() and not pid_alive(int(match["pid"]))
        else:
            stale = time.time() - info.st_mtime > STALE_TEMPORARY_SECONDS
        if stale:
            with contextlib.suppress(OSError):
                candidate.unlink()
                removed.append(candidate)
    return removed


def _sync_folder(folder: Path) -> None:
    """Make the rename durable on POSIX; Windows cannot open folders and needs no such step."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _reason(path: Path, error: OSError) -> Problem:
    if error.errno == errno.ENOSPC:
        return Problem.of(
            QT_TRANSLATE_NOOP(
                "FileFormat",
                "The disk is full; {path} was not saved (the previous version is unchanged)",
            ),
            path=path,
        )
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return Problem.of(
            QT_TRANSLATE_NOOP(
                "FileFormat",
                "You have no permission to write in {folder}; {name} was not saved "
                "(choose another folder with Save As)",
            ),
            folder=path.parent,
            name=path.name,
        )
    if error.errno == errno.ENOENT:
        return Problem.of(
            QT_TRANSLATE_NOOP(
                "FileFormat", "The folder {folder} no longer exists; {name} was not saved"
            ),
            folder=path.parent,
            name=path.name,
        )
    return Problem.of(
        QT_TRANSLATE_NOOP("FileFormat", "{path} could not be saved: {reason}"),
        path=path,
        reason=error.strerror or error,
    )
