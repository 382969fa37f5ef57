"""Reads .kvb files: safe parsing, version migration, XSD validation, semantic validation.

Every failure is a KvbError listing each problem with its line, never a traceback.
"""

from __future__ import annotations

import errno
import gc
from pathlib import Path

from answerletter.fileformat.build import LetterBuilder
from answerletter.fileformat.errors import QT_TRANSLATE_NOOP, KvbError, Problem
from answerletter.fileformat.names import FORMAT_MINOR
from answerletter.fileformat.regular_file import (
    FileTooLargeError,
    NotRegularFileError,
    read_regular,
)
from answerletter.fileformat.safe_parse import MAX_FILE_BYTES, parse_bytes, too_large
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
            newer = Problem.of(
                QT_TRANSLATE_NOOP(
                    "FileFormat",
                    "This letter uses file format {version}, newer than this AnswerLetter "
                    "knows ({known}), and contains parts it cannot read. Update AnswerLetter "
                    "to open it",
                ),
                root.sourceline,
                version=f"{version[0]}.{version[1]}",
                known=f"{version[0]}.{FORMAT_MINOR}",
            )
            problems.insert(0, newer)
        raise KvbError(problems)
    builder = LetterBuilder()
    try:
        letter = builder.build(root)
    except (ValueError, TypeError, KeyError, IndexError, RecursionError) as error:
        # The schema and the checks above should make this unreachable; if a file still finds
        # a gap, the user gets our error type with the cause rather than a traceback.
        raise KvbError(
            Problem.of(
                QT_TRANSLATE_NOOP("FileFormat", "The file could not be read: {reason}"),
                reason=error,
            )
        ) from error
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
        raise KvbError(
            Problem.of(
                QT_TRANSLATE_NOOP("FileFormat", "The file {path} does not exist"), path=path
            ),
            errno=errno.ENOENT,
        ) from None
    except FileTooLargeError as error:
        raise KvbError(too_large(error.size, error.limit)) from None
    except NotRegularFileError as error:
        kind = error.kind
        if kind == "a folder":
            raise KvbError(_a_folder(path), errno=errno.EISDIR) from None
        raise KvbError(
            Problem.of(
                QT_TRANSLATE_NOOP(
                    "FileFormat", "{path} is {kind}, not a letter file (refused unread)"
                ),
                path=path,
                kind=kind,
            )
        ) from None
    except IsADirectoryError:
        raise KvbError(_a_folder(path), errno=errno.EISDIR) from None
    except PermissionError as error:
        raise KvbError(
            Problem.of(
                QT_TRANSLATE_NOOP("FileFormat", "You have no permission to read {path}"), path=path
            ),
            errno=error.errno,
        ) from None
    except OSError as error:
        raise KvbError(
            Problem.of(
                QT_TRANSLATE_NOOP("FileFormat", "The file {path} could not be read: {reason}"),
                path=path,
                reason=error.strerror or error,
            ),
            errno=error.errno,
        ) from None
    return read_letter_bytes(data)


def _a_folder(path: str | Path) -> Problem:
    return Problem.of(
        QT_TRANSLATE_NOOP("FileFormat", "{path} is a folder, not a letter file"), path=path
    )
