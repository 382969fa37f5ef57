"""Opening a file only when it is an ordinary file, and reading it only up to a limit.

A named pipe (FIFO) blocks ``open()`` until someone writes into it; a device such as
``/dev/zero`` never ends; a 2 GB file fills the memory. Every read of a file someone else may
have put there (a letter, the watcher's fingerprint, a recovery copy, a logo) goes through
:func:`open_regular`: it looks with ``stat`` first, opens without blocking, and checks the
opened file again (it may have been swapped between the two steps).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

_CHUNK = 1 << 20


class NotRegularFileError(OSError):
    """*path* exists but is not an ordinary file (a folder, a named pipe, a device, ...)."""

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(f"{path} is {kind}, not a file")
        self.path = path
        self.kind = kind


class FileTooLargeError(OSError):
    """*path* holds more bytes than the caller's limit."""

    def __init__(self, path: Path, size: int, limit: int) -> None:
        super().__init__(f"{path} is {describe_size(size)}; the limit is {describe_size(limit)}")
        self.path = path
        self.size = size
        self.limit = limit


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not an ordinary file"


def describe_size(size: int) -> str:
    """ "2.0 GB", "250 MB", "12 KB", "7 bytes": the real size, rounded for people."""
    if size >= 1 << 30:
        return f"{size / (1 << 30):.1f} GB"
    if size >= 1 << 20:
        return f"{size // (1 << 20)} MB"
    if size >= 1 << 10:
        return f"{size // (1 << 10)} KB"
    return f"{size} bytes"


def open_regular(path: Path) -> BinaryIO:
    """*path* opened for reading in binary mode. Raises NotRegularFileError for anything but
    an ordinary file (without blocking on a FIFO), or the OSError of ``stat``/``open``."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise NotRegularFileError(path, kind_of(info.st_mode))
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    try:
        opened = os.fstat(descriptor)
        if not stat.S_ISREG(opened.st_mode):  # swapped between stat and open
            raise NotRegularFileError(path, kind_of(opened.st_mode))
        if os.name == "posix":
            os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of the ordinary file *path*. Raises FileTooLargeError (with the real size)
    when it holds more than *limit* bytes, even if it grows while being read."""
    with open_regular(path) as stream:
        size = os.fstat(stream.fileno()).st_size
        if size > limit:
            raise FileTooLargeError(path, size, limit)
        # Read at most one byte more than the limit, without allocating the limit's size.
        data = stream.read(size + 1) if size else b""
        while len(data) <= limit:
            more = stream.read(min(_CHUNK, limit + 1 - len(data)))
            if not more:
                return data
            data += more
        raise FileTooLargeError(path, max(len(data), os.fstat(stream.fileno()).st_size), limit)
