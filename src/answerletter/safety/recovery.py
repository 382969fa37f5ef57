"""The recovery folder: copies of unsaved letters, written while the user works, so a crash
or a killed process loses at most the last few seconds.

Each copy is two files in the folder (never beside the user's file): ``<id>.kvb``, the letter
in the ordinary file format, and ``<id>.json``, what a later start shows: the original path,
the title, when it was written, and which process wrote it. Both are replaced atomically, the
letter first, so the metadata never points at a half-written letter. A copy whose writer still
runs belongs to that editor and is not offered to another.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from answerletter import processes as procs
from answerletter.fileformat import KvbError, read_letter_bytes, write_letter_bytes
from answerletter.fileformat.atomic import write_atomically
from answerletter.fileformat.regular_file import read_regular
from answerletter.fileformat.safe_parse import MAX_FILE_BYTES
from answerletter.model import Letter

RECOVERY_FOLDER = "recovery"
#: A recovery note is a few hundred bytes; more is not one of ours.
MAX_NOTE_BYTES = 64 * 1024


@dataclass(frozen=True)
class RecoveryEntry:
    """One recovery copy as a later start finds it."""

    key: str
    original_path: str
    title: str
    saved_at: datetime
    pid: int
    host: str
    letter_file: Path
    boot: str = ""
    started: str = ""

    @property
    def original(self) -> Path | None:
        return Path(self.original_path) if self.original_path else None

    def writer_alive(self) -> bool:
        """The editor that wrote this copy still runs (on this machine): the same process,
        not another one that got its id after a reboot."""
        return self.host == procs.host_name() and procs.same_process_alive(
            self.pid, self.boot, self.started
        )


def new_key() -> str:
    return uuid.uuid4().hex


class RecoveryStore:
    """The recovery folder *directory* (created when the first copy is written)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def letter_file(self, key: str) -> Path:
        return self.directory / f"{key}.kvb"

    def meta_file(self, key: str) -> Path:
        return self.directory / f"{key}.json"

    def write(self, key: str, letter: Letter, original: Path | None, title: str) -> None:
        """Store *letter* as copy *key* (replacing an older one), atomically like a save.
        Raises OSError (the folder cannot be made) or KvbError."""
        data = write_letter_bytes(letter)
        self.directory.mkdir(parents=True, exist_ok=True)
        write_atomically(self.letter_file(key), data, mode=0o600)  # private, like the folder
        meta = {
            "version": 1,
            "original_path": str(original) if original is not None else "",
            "title": title,
            "saved_at": datetime.now(UTC).isoformat(),
            "pid": os.getpid(),
            "host": procs.host_name(),
            **procs.process_identity(),
        }
        write_atomically(
            self.meta_file(key), json.dumps(meta, indent=2).encode("utf-8"), mode=0o600
        )

    def remove(self, key: str) -> None:
        """Forget copy *key* (metadata first: a copy without metadata is never offered)."""
        for path in (self.meta_file(key), self.letter_file(key)):
            with contextlib.suppress(OSError):
                path.unlink()

    def entries(self) -> list[RecoveryEntry]:
        """Every readable copy, newest first (including those of running editors)."""
        found: list[RecoveryEntry] = []
        if not self.directory.is_dir():
            return found
        for meta_path in self.directory.glob("*.json"):
            entry = self._entry(meta_path)
            if entry is not None:
                found.append(entry)
        found.sort(key=lambda entry: entry.saved_at, reverse=True)
        return found

    def orphans(self) -> list[RecoveryEntry]:
        """The copies no running editor owns: what a start should offer."""
        return [entry for entry in self.entries() if not entry.writer_alive()]

    def read(self, entry: RecoveryEntry) -> Letter:
        """The letter of *entry*. Raises KvbError (or OSError) when it cannot be read."""
        return read_letter_bytes(read_regular(entry.letter_file, MAX_FILE_BYTES))

    def _entry(self, meta_path: Path) -> RecoveryEntry | None:
        key = meta_path.stem
        try:
            # Only an ordinary file, and no more of it than a note can be (a named pipe
            # here would otherwise block the start of the editor).
            data: Any = json.loads(read_regular(meta_path, MAX_NOTE_BYTES).decode("utf-8"))
            saved_at = datetime.fromisoformat(str(data["saved_at"]))
            entry = RecoveryEntry(
                key=key,
                original_path=str(data.get("original_path", "")),
                title=str(data.get("title", "")),
                saved_at=saved_at,
                pid=int(data.get("pid", 0)),
                host=str(data.get("host", "")),
                letter_file=self.letter_file(key),
                boot=str(data.get("boot", "")),
                started=str(data.get("started", "")),
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        return entry if entry.letter_file.is_file() else None


__all__ = ["RECOVERY_FOLDER", "KvbError", "RecoveryEntry", "RecoveryStore", "new_key"]
