"""The spelling findings of successive versions of one letter (the editor's background check).

The letter is immutable, so a text that is the same object as last time has the same words:
only changed texts are sent to the speller (``scan``: a ``SpellerProcess.scan``, which
tokenizes and checks in its own process). When the accepted words grow (a word added to the
personal list, "ignore all"), only the texts with flagged words are sent again; when they
shrink (a name taken out of the letter details), all of them are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from answerletter.checks.findings import Finding, Part
from answerletter.model import Letter, RichText
from answerletter.pacing import give_way
from answerletter.spelling.letter import (
    Piece,
    letter_texts,
    place_of,
    spelling_finding,
    text_pieces,
)
from answerletter.spelling.tokenizer import Token

#: The speller's answer for some texts: per text, (index of the piece, token) of each
#: misspelled word, with *also* accepted.
Scan = Callable[[list[list[Piece]], frozenset[str]], list[list[tuple[int, Token]]]]


@dataclass(slots=True)
class _Text:
    text: RichText
    number: int | None
    item: str | None
    pieces: list[Piece]
    flagged: list[Finding] = field(default_factory=list)
    fresh: bool = True  # still to be sent to the speller


class IncrementalSpelling:
    """Findings (check id ``spelling``, no suggestions: those are asked for one word at a time)
    of the letters given to ``findings`` in turn. Not for two threads at once."""

    def __init__(self) -> None:
        self._texts: dict[tuple[Part, str | None, str], _Text] = {}
        self._also: frozenset[str] = frozenset()
        #: Texts sent to the speller by the last call (for tests and benchmarks).
        self.sent = 0

    def findings(self, letter: Letter, also: frozenset[str], scan: Scan) -> list[Finding]:
        if also != self._also:
            grown = self._also <= also
            for entry in self._texts.values():
                # More words accepted: only a text with flagged words can change.
                if entry.flagged or not grown:
                    entry.fresh = True
            self._also = also
        texts: dict[tuple[Part, str | None, str], _Text] = {}
        for text, part, number, item, field_name in letter_texts(letter):
            key = (part, item, field_name)
            known = self._texts.get(key)
            if known is None or known.text is not text or known.number != number:
                give_way()  # on the spelling thread, to the user typing (see pacing)
                known = _Text(text, number, item, text_pieces(text, part, field_name))
            texts[key] = known
        self._texts = texts
        fresh = [entry for entry in texts.values() if entry.fresh]
        self.sent = len(fresh)
        if fresh:
            answers = scan([entry.pieces for entry in fresh], also)
            for entry, misspelled in zip(fresh, answers, strict=True):
                entry.flagged = [
                    spelling_finding(
                        token,
                        place_of(entry.pieces[index], token, entry.number, entry.item).location,
                    )
                    for index, token in misspelled
                ]
                entry.fresh = False
        return [finding for entry in texts.values() for finding in entry.flagged]
