"""The .kvb file format: reading (safe, validating, migrating) and writing (deterministic, atomic).

Public API: ``load_letter``, ``save_letter``, ``read_letter_bytes``, ``write_letter_bytes``,
``KvbError`` (with ``problems``: each a ``Problem`` with ``message`` and ``line``).
"""

from __future__ import annotations

from pathlib import Path

from answerletter.fileformat.atomic import write_atomically
from answerletter.fileformat.errors import KvbError, Problem
from answerletter.fileformat.names import FORMAT_VERSION, NAMESPACE, SCHEMA_PATH
from answerletter.fileformat.reader import load_letter, read_letter_bytes
from answerletter.fileformat.writer import write_letter_bytes
from answerletter.model import Letter

FILE_SUFFIX = ".kvb"


def save_letter(letter: Letter, path: str | Path) -> None:
    """Write the letter to *path* atomically. Raises KvbError; the old file then stays intact."""
    write_atomically(Path(path), write_letter_bytes(letter))


__all__ = [
    "FILE_SUFFIX",
    "FORMAT_VERSION",
    "NAMESPACE",
    "SCHEMA_PATH",
    "KvbError",
    "Problem",
    "load_letter",
    "read_letter_bytes",
    "save_letter",
    "write_letter_bytes",
]
