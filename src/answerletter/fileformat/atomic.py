"""Atomic file replacement: write a temporary file beside the target, flush, then rename.

A crash, a full disk or a failed write at any moment leaves either the old file or the new
one, never a mixture; the temporary file is removed on failure.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from answerletter.fileformat.errors import KvbError


def write_atomically(path: Path, data: bytes) -> None:
    """Replace (or create) *path* with *data*. Raises KvbError with a readable reason."""
    folder = path.parent
    if not folder.is_dir():
        raise KvbError(f"The folder {folder} does not exist (was it removed or disconnected?)")
    temp_name = ""
    try:
        with tempfile.NamedTemporaryFile(
            dir=folder, prefix=f".{path.name}.", suffix=".tmp", delete=False
        ) as stream:
            temp_name = stream.name
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        _copy_permissions(path, Path(temp_name))
        Path(temp_name).replace(path)
        temp_name = ""
        _sync_folder(folder)
    except OSError as error:
        raise KvbError(_reason(path, error)) from None
    finally:
        if temp_name:
            with contextlib.suppress(OSError):
                Path(temp_name).unlink()


def _copy_permissions(original: Path, replacement: Path) -> None:
    """Keep the mode of the file being replaced (a new file keeps the umask default)."""
    try:
        mode = stat.S_IMODE(original.stat().st_mode)
    except FileNotFoundError:
        return
    replacement.chmod(mode)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable on POSIX; Windows cannot open folders and needs no such step."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _reason(path: Path, error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return f"The disk is full; {path} was not saved (the previous version is unchanged)"
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"You have no permission to write in {path.parent}; {path.name} was not saved "
            f"(choose another folder with Save As)"
        )
    if error.errno == errno.ENOENT:
        return f"The folder {path.parent} no longer exists; {path.name} was not saved"
    return f"{path} could not be saved: {error.strerror or error}"
