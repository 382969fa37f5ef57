"""The user's own word list: one word per line (UTF-8) in the user's data folder.

Read when the editor starts; every added word is written at once (the file is read again
first, so words another running editor added stay, and then replaced atomically), so the
list survives a crash or a restart.
"""

from __future__ import annotations

import logging
from pathlib import Path

from answerletter.fileformat.atomic import write_atomically
from answerletter.fileformat.errors import KvbError
from answerletter.fileformat.regular_file import read_regular

#: Where the list lives under the data folder.
PERSONAL_FILE = Path("spelling") / "eigen-woorden.txt"
#: A word list beyond this is not a word list (never read more than this).
PERSONAL_LIMIT = 8 << 20

_log = logging.getLogger(__name__)


class PersonalWordsError(OSError):
    """The word could not be added (the folder or file could not be written); the reason is
    the operating system's."""


def _parse(data: bytes) -> set[str]:
    text = data.decode("utf-8", errors="replace")
    return {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}


class PersonalWords:
    """The word list in *data_directory*; ``words`` as read at start plus those added."""

    def __init__(self, data_directory: Path) -> None:
        self.path = data_directory / PERSONAL_FILE
        self.words: frozenset[str] = frozenset(self._read())

    def _read(self) -> set[str]:
        try:
            return _parse(read_regular(self.path, PERSONAL_LIMIT))
        except FileNotFoundError:
            return set()
        except OSError as error:  # unreadable: spell check goes on without the list
            _log.warning("The personal word list could not be read: %s", error)
            return set()

    def add(self, word: str) -> None:
        """Add *word* and write the list now. Raises PersonalWordsError when it cannot be
        written (the word is then accepted for this session only)."""
        word = word.strip()
        if not word:
            return
        self.words = self.words | {word}
        try:
            on_disk = _parse(read_regular(self.path, PERSONAL_LIMIT))
        except FileNotFoundError:
            on_disk = set()
        except OSError as error:
            raise PersonalWordsError(str(error)) from error
        if word in on_disk:
            return
        merged = sorted(on_disk | self.words, key=lambda w: (w.casefold(), w))
        data = "".join(f"{w}\n" for w in merged).encode("utf-8")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(self.path, data)
        except (OSError, KvbError) as error:
            raise PersonalWordsError(str(error)) from error
