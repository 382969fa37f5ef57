"""The one exception type of the file format: every problem with a readable message and line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a file; *line* is 1-based, None when no line applies."""

    message: str
    line: int | None = None

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


class KvbError(Exception):
    """A letter file could not be read or written. ``problems`` lists every problem found;
    ``errno`` is the operating system's error number when the file system refused (so a
    user interface can say why in its own language), else None."""

    def __init__(self, problems: Sequence[Problem] | str, *, errno: int | None = None) -> None:
        self.errno = errno
        if isinstance(problems, str):
            problems = [Problem(problems)]
        self.problems: tuple[Problem, ...] = tuple(problems) or (Problem("Unknown problem"),)
        super().__init__(self._summary())

    def _summary(self) -> str:
        first = str(self.problems[0])
        more = len(self.problems) - 1
        if more:
            first += f" (and {more} more problem{'s' if more > 1 else ''})"
        return first
