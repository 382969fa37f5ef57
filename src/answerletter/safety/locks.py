"""Lock files beside open letters, so two people do not overwrite each other's work.

Opening ``brief.kvb`` writes ``.~lock.brief.kvb#`` beside it (the name LibreOffice uses, so
colleagues recognise it; hidden on Unix): JSON with who, on which machine, which process and
since when. Another editor reading it can name the person. A lock whose process is gone on
this same machine is stale (a crash or a killed editor) and is taken over silently; a lock from
another machine cannot be checked and always counts. Only our own lock is ever removed.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from answerletter import processes as procs


def lock_path(path: Path) -> Path:
    return path.with_name(f".~lock.{path.name}#")


@dataclass(frozen=True)
class LockInfo:
    """Who holds a letter open."""

    user: str
    host: str
    pid: int
    since: str  # ISO 8601, UTC

    @classmethod
    def ours(cls) -> LockInfo:
        return cls(
            user=procs.user_name(),
            host=procs.host_name(),
            pid=os.getpid(),
            since=datetime.now(UTC).isoformat(timespec="seconds"),
        )

    def is_ours(self) -> bool:
        return self.host == procs.host_name() and self.pid == os.getpid()

    def is_stale(self) -> bool:
        """Left behind by a process that no longer runs on this machine."""
        return self.host == procs.host_name() and not procs.pid_alive(self.pid)

    def since_local(self) -> str:
        """ "since" for people: local time, minutes precision (the raw text if unreadable)."""
        try:
            moment = datetime.fromisoformat(self.since)
        except ValueError:
            return self.since
        return moment.astimezone().strftime("%Y-%m-%d %H:%M")

    def encode(self) -> bytes:
        return json.dumps({"version": 1, **asdict(self)}, indent=2).encode("utf-8")


def read_lock(path: Path) -> LockInfo | None:
    """The lock on letter *path*; None when there is none. An unreadable or foreign lock
    file still counts as a lock (by an unknown person): better to ask than to overwrite."""
    target = lock_path(path)
    try:
        raw = target.read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        return LockInfo("", "", 0, "")
    try:
        data: Any = json.loads(raw.decode("utf-8"))
        return LockInfo(
            user=str(data.get("user", "")),
            host=str(data.get("host", "")),
            pid=int(data.get("pid", 0)),
            since=str(data.get("since", "")),
        )
    except (UnicodeDecodeError, ValueError, TypeError, AttributeError):
        return LockInfo("", "", 0, "")


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
            descriptor = os.open(self.lock_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            try:
                os.write(descriptor, data)
            finally:
                os.close(descriptor)
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
