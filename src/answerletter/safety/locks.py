"""Lock files beside open letters, so two people do not overwrite each other's work.

Opening ``brief.kvb`` writes ``.~lock.brief.kvb#`` beside it (the name LibreOffice uses, so
colleagues recognise it; hidden on Unix): JSON with who, on which machine, which process (its
id, when it started and in which boot) and since when. Another editor reading it can name the
person. A lock whose process is gone on this same machine is stale (a crash, a killed editor,
or a reboot after which the id belongs to another process) and is taken over silently; a lock
from another machine cannot be checked and always counts. An empty or unreadable lock file
(a full disk while it was written) is stale too. A lock is written completely or not at all,
and only our own lock is ever removed. The lock is named after the real file, so two people
who open it through different links see each other's lock.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from answerletter import processes as procs
from answerletter.fileformat.atomic import real_path
from answerletter.fileformat.regular_file import read_regular

#: A lock file is a few hundred bytes; anything larger is not one of ours.
MAX_LOCK_BYTES = 64 * 1024


def lock_path(path: Path) -> Path:
    real = real_path(path)
    return real.with_name(f".~lock.{real.name}#")


@dataclass(frozen=True)
class LockInfo:
    """Who holds a letter open."""

    user: str
    host: str
    pid: int
    since: str  # ISO 8601, UTC
    #: The holder's boot of its machine and its process start ("" in older or foreign locks).
    boot: str = ""
    started: str = ""
    #: False for a lock file that is empty or cannot be read: nobody can be named, and it is
    #: treated as stale (what a full disk leaves while a lock is written).
    readable: bool = True

    @classmethod
    def ours(cls) -> LockInfo:
        identity = procs.process_identity()
        return cls(
            user=procs.user_name(),
            host=procs.host_name(),
            pid=os.getpid(),
            since=datetime.now(UTC).isoformat(timespec="seconds"),
            boot=identity["boot"],
            started=identity["started"],
        )

    @classmethod
    def unreadable(cls) -> LockInfo:
        return cls("", "", 0, "", readable=False)

    def is_ours(self) -> bool:
        return self.host == procs.host_name() and self.pid == os.getpid()

    def is_stale(self) -> bool:
        """Left behind: unreadable, or by a process that no longer runs on this machine."""
        if not self.readable:
            return True
        return self.host == procs.host_name() and not procs.same_process_alive(
            self.pid, self.boot, self.started
        )

    def since_local(self) -> str:
        """ "since" for people: local time, minutes precision (the raw text if unreadable)."""
        try:
            moment = datetime.fromisoformat(self.since)
        except ValueError:
            return self.since
        return moment.astimezone().strftime("%Y-%m-%d %H:%M")

    def encode(self) -> bytes:
        fields = asdict(self)
        del fields["readable"]
        return json.dumps({"version": 1, **fields}, indent=2).encode("utf-8")


def _libreoffice_lock(text: str) -> LockInfo | None:
    """LibreOffice's lock of the same name: ``Full Name,host,user,date,profile;``."""
    fields = text.strip().rstrip(";").split(",")
    if len(fields) < 4:
        return None
    return LockInfo(user=fields[0] or fields[2], host=fields[1], pid=0, since=fields[3])


def read_lock(path: Path) -> LockInfo | None:
    """The lock on letter *path*; None when there is none. A lock file that is empty, cannot
    be read or is not a file is :meth:`LockInfo.unreadable` (stale); one that can be read but
    is not ours (LibreOffice's) still counts: better to ask than to overwrite."""
    target = lock_path(path)
    try:
        raw = read_regular(target, MAX_LOCK_BYTES)
    except FileNotFoundError:
        return None
    except OSError:
        return LockInfo.unreadable()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return LockInfo.unreadable()
    if not text.strip():
        return LockInfo.unreadable()
    try:
        data: Any = json.loads(text)
        return LockInfo(
            user=str(data.get("user", "")),
            host=str(data.get("host", "")),
            pid=int(data.get("pid", 0)),
            since=str(data.get("since", "")),
            boot=str(data.get("boot", "")),
            started=str(data.get("started", "")),
        )
    except (ValueError, TypeError, AttributeError):
        return _libreoffice_lock(text) or LockInfo.unreadable()


def _write_exclusively(target: Path, data: bytes) -> None:
    """Create *target* (FileExistsError if it exists) holding *data*; removed again when
    writing fails, so no empty or partial file stays behind."""
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def _write_new(target: Path, data: bytes) -> None:
    """Create *target* holding *data*, completely or not at all; FileExistsError when it
    exists. The bytes go to a temporary file first, which is then hard-linked into place
    (atomic, and refused when the name exists); where the file system has no hard links, the
    lock is created exclusively and removed again if writing it fails."""
    temporary = target.with_name(f"{target.name}.{os.getpid()}.new.tmp")
    temporary.unlink(missing_ok=True)  # left by a killed process that had our id
    try:
        _write_exclusively(temporary, data)
        try:
            os.link(temporary, target)
            return
        except FileExistsError:
            raise
        except OSError as error:
            if error.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.ENOSYS, errno.EXDEV):
                raise
    finally:
        temporary.unlink(missing_ok=True)
    _write_exclusively(target, data)


class FileLock:
    """Our lock on one letter; :meth:`release` removes it only while it is still ours."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.info = LockInfo.ours()
        self.held = False

    @property
    def lock_file(self) -> Path:
        return lock_path(self.path)

    def acquire(self, *, take_over: bool = False) -> None:
        """Write the lock file. Without *take_over* an existing file is an error
        (FileExistsError); raises OSError when the folder refuses the file."""
        data = self.info.encode()
        if take_over:
            # Replace the other lock in one step; nobody sees a moment without one.
            temporary = self.lock_file.with_name(self.lock_file.name + f".{os.getpid()}.tmp")
            try:
                temporary.write_bytes(data)
                temporary.replace(self.lock_file)
            except BaseException:
                temporary.unlink(missing_ok=True)
                raise
        else:
            _write_new(self.lock_file, data)
        self.held = True

    def still_ours(self) -> bool:
        return read_lock(self.path) == self.info

    def release(self) -> None:
        """Remove the lock file if it still is ours (someone may have opened anyway)."""
        if not self.held:
            return
        self.held = False
        if self.still_ours():
            with contextlib.suppress(OSError):
                self.lock_file.unlink()


# -- the locks this process holds: one file per letter, shared by every use of it --

_held: dict[Path, tuple[FileLock, int]] = {}


def _key(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def held_here(path: Path) -> bool:
    """This process already holds the lock on *path* (another window, or the letter being
    reopened in the same window)."""
    entry = _held.get(_key(path))
    return entry is not None and entry[0].still_ours()


def hold(path: Path, *, take_over: bool = False) -> FileLock:
    """Our lock on *path*, shared with any use of it in this process. Raises FileExistsError
    (someone else's lock, without *take_over*) or OSError (the folder refuses the file)."""
    key = _key(path)
    entry = _held.get(key)
    if entry is not None and entry[0].still_ours():
        _held[key] = (entry[0], entry[1] + 1)
        return entry[0]
    lock = FileLock(path)
    lock.acquire(take_over=take_over)
    _held[key] = (lock, 1)
    return lock


def let_go(lock: FileLock) -> None:
    """One use of *lock* ends; the file goes when the last one does."""
    key = _key(lock.path)
    entry = _held.get(key)
    if entry is None or entry[0] is not lock:
        lock.release()
        return
    if entry[1] > 1:
        _held[key] = (lock, entry[1] - 1)
        return
    del _held[key]
    lock.release()
