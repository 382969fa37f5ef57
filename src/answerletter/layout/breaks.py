"""Break opportunities in long runs of text without spaces, so Qt breaks them in linear time.

Qt's line breaker looks for the next break opportunity before it falls back to breaking a
line anywhere, and it does so again for every line: a word of *n* characters costs O(n²)
(measured: 100,000 characters 0.3-1.9 s, 1 million characters 16 s). The typesetter
therefore puts an invisible ZERO WIDTH SPACE (U+200B) after every :data:`BREAK_EVERY`
characters of any run without a break, before Qt sees the text; Qt then scans at most that
far ahead, and a million characters take about 0.3 s.

The inserted characters exist only in the typesetter's documents: the model, the editor
and the Word export never see them, and Qt draws no glyph for them, so the PDF's text is the
letter's (pdfplumber and poppler read the word whole; pypdf puts a tab at each inserted
break, as it does between any two words Qt draws separately).

Every 1,024 characters: a run that long spans several lines, so Qt still fills each line and
breaks it anywhere; only the line holding an inserted break ends there (about half a line
lost per 1,024 characters). Shorter intervals end more lines early (every 256: 14 % more
lines for a 1-million-character word), longer ones make each line scan further ahead.
"""

from __future__ import annotations

import re
from functools import cache

#: Characters of a run without breaks after which a break opportunity is inserted.
BREAK_EVERY = 1024
ZERO_WIDTH_SPACE = "\u200b"
#: Where Qt may break a line in any case: spaces, tabs, line separators, zero-width spaces.
#: (Other break opportunities, such as after a hyphen, are not counted: a run holding them
#: just gets an invisible break it did not need.)
_BREAKS = " \t\n\u2028\u2029\u200b"


@cache
def _run_longer_than(limit: int) -> re.Pattern[str]:
    # The look-behind lets a match start only at a run's first character, so each run is
    # scanned once (without it, every position inside a long run would rescan the rest).
    return re.compile(f"(?<![^{_BREAKS}])[^{_BREAKS}]{{{limit + 1},}}")


_LONG_RUN = _run_longer_than(BREAK_EVERY)


def has_run_longer_than(text: str, limit: int) -> bool:
    """Whether *text* holds more than *limit* characters without a break (linear time)."""
    return len(text) > limit and _run_longer_than(limit).search(text) is not None


_OTHER_BREAK = re.compile(f"[{_BREAKS.replace(' ', '')}]")


def _tail(text: str) -> int:
    """The length of the run without breaks that *text* ends with (called for every run
    the typesetter writes: the common case, a space and no other break after it, costs two
    calls into C)."""
    space = text.rfind(" ")
    if _OTHER_BREAK.search(text, space + 1) is None:
        return len(text) - 1 - space
    return len(text) - 1 - max(text.rfind(char) for char in _BREAKS)


def with_breaks(text: str, carry: int = 0) -> tuple[str, int]:
    """*text* with a zero-width space after every :data:`BREAK_EVERY` characters without a
    break; *carry* is the length of the run without breaks just before *text* in the same
    paragraph (at most BREAK_EVERY). Returns the text and the carry after it.

    Linear in the length of *text*; most text (shorter than BREAK_EVERY) is returned as is.
    """
    if carry + len(text) <= BREAK_EVERY:
        tail = _tail(text)
        return text, carry + tail if tail == len(text) else tail
    # The run before the text counts as the start of the text's first run.
    padded = "x" * carry + text
    pieces: list[str] = []
    last = 0
    for match in _LONG_RUN.finditer(padded):
        start, end = match.span()
        for cut in range(start + BREAK_EVERY, end, BREAK_EVERY):
            pieces.append(padded[last:cut])
            pieces.append(ZERO_WIDTH_SPACE)
            last = cut
    if not pieces:
        return text, min(_tail(padded), BREAK_EVERY)
    pieces.append(padded[last:])
    broken = "".join(pieces)[carry:]
    return broken, _tail(broken)  # it holds an inserted break


def without_breaks(text: str) -> str:
    """*text* with every zero-width space removed (for comparing typeset text)."""
    return text.replace(ZERO_WIDTH_SPACE, "")
