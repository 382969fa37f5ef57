"""The one exception type of the file format: every problem with a readable message and line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

#: The translation context of the file format's messages (the interface translates them).
CONTEXT = "FileFormat"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate finds
    """Marks *text* as a message the interface translates (context "FileFormat"); this
    layer has no Qt, so the message itself stays English here."""
    return text


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a file; *line* is 1-based, None when no line applies.

    *message* is English. *template* and *values* are the message before its values were
    filled in (a ``str.format`` template marked for translation), so an interface can show
    it in its own language; a message without a template (libxml2's schema messages) is
    shown as it is.
    """

    message: str
    line: int | None = None
    template: str = ""
    values: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, template: str, line: int | None = None, **values: object) -> Problem:
        """The problem *template* with *values* filled in."""
        texts = tuple((name, str(value)) for name, value in values.items())
        return cls(template.format(**dict(texts)), line, template, texts)

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


class KvbError(Exception):
    """A letter file could not be read or written. ``problems`` lists every problem found;
    ``errno`` is the operating system's error number when the file system refused (so a
    user interface can say why in its own language), else None."""

    def __init__(
        self, problems: Sequence[Problem] | Problem | str, *, errno: int | None = None
    ) -> None:
        self.errno = errno
        if isinstance(problems, str):
            problems = [Problem(problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: tuple[Problem, ...] = tuple(problems) or (Problem("Unknown problem"),)
        super().__init__(self._summary())

    def _summary(self) -> str:
        first = str(self.problems[0])
        more = len(self.problems) - 1
        if more:
            first += f" (and {more} more problem{'s' if more > 1 else ''})"
        return first
