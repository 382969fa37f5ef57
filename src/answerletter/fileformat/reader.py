"""Reads .kvb files: safe parsing, version migration, XSD validation, semantic validation.

Every failure is a KvbError listing each problem with its line, never a traceback.
"""

from __future__ import annotations

import errno
import gc
from pathlib import Path

from answerletter.fileformat.build import LetterBuilder
from answerletter.fileformat.errors import KvbError, Problem
from answerletter.fileformat.names import FORMAT_MINOR
from answerletter.fileformat.regular_file import (
    FileTooLargeError,
    NotRegularFileError,
    describe_size,
    read_regular,
)
from answerletter.fileformat.safe_parse import MAX_FILE_BYTES, parse_bytes
from answerletter.fileformat.schema_check import schema_problems
from answerletter.fileformat.versions import migrate
from answerletter.model import Letter


def read_letter_bytes(data: bytes) -> Letter:
    """The letter in *data* (the bytes of a .kvb file)."""
    # Reading creates tens of thousands of small acyclic objects; the cyclic garbage collector
    # would scan them repeatedly mid-build for nothing (about a fifth of the load time at
    # 1,000 questions when the program holds other large letters), so it waits until the end.
    paused = gc.isenabled()
    gc.disable()
    try:
        return _read(data)
    finally:
        if paused:
            gc.enable()


def _read(data: bytes) -> Letter:
    root, version = migrate(parse_bytes(data))
    problems = schema_problems(root)
    if problems:
        if version[1] > FORMAT_MINOR:
            newer = Problem(
                f"This letter uses file format {version[0]}.{version[1]}, newer than this "
                f"AnswerLetter knows ({version[0]}.{FORMAT_MINOR}), and contains parts it cannot "
                f"read. Update AnswerLetter to open it",
                root.sourceline,
            )
            problems.insert(0, newer)
        raise KvbError(problems)
    builder = LetterBuilder()
    try:
        letter = builder.build(root)
    except (ValueError, TypeError, KeyError, IndexError, RecursionError) as error:
        # The schema and the checks above should make this unreachable; if a file still finds
        # a gap, the user gets our error type with the cause rather than a traceback.
        raise KvbError(f"The file could not be read: {error}") from error
    if builder.problems:
        raise KvbError(builder.problems)
    return letter


def load_letter(path: str | Path) -> Letter:
    """The letter in the file at *path*: only an ordinary file (a named pipe or a device is
    refused before it could block), read no further than the size limit."""
    path = Path(path)
    try:
        data = read_regular(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        raise KvbError(f"The file {path} does not exist", errno=errno.ENOENT) from None
    except FileTooLargeError as error:
        raise KvbError(
            f"The file is too large to be a letter ({describe_size(error.size)}; "
            f"the limit is {describe_size(error.limit)})"
        ) from None
    except NotRegularFileError as error:
        kind = error.kind
        if kind == "a folder":
            raise KvbError(f"{path} is a folder, not a letter file", errno=errno.EISDIR) from None
        raise KvbError(f"{path} is {kind}, not a letter file (refused unread)") from None
    except IsADirectoryError:
        raise KvbError(f"{path} is a folder, not a letter file", errno=errno.EISDIR) from None
    except PermissionError as error:
        raise KvbError(f"You have no permission to read {path}", errno=error.errno) from None
    except OSError as error:
        raise KvbError(
            f"The file {path} could not be read: {error.strerror or error}", errno=error.errno
        ) from None
    return read_letter_bytes(data)
