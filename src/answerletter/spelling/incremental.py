"""The spelling findings of successive versions of one letter (the editor's background check).

The letter is immutable, so a text that is the same object as last time has the same words:
only changed texts are read again, and only words never seen before are sent to the speller
(``ask``, e.g. a ``SpellerProcess``). When the accepted words grow (a word added to the
personal list, "ignore all"), only the words flagged so far are asked again; when they shrink
(a name taken out of the letter details) every verdict is asked again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from answerletter.checks.findings import Finding, Part
from answerletter.model import Letter, RichText
from answerletter.spelling.letter import Place, letter_texts, spelling_finding, text_places
from answerletter.spelling.tokenizer import Token
from answerletter.spelling.worker import verdict_key

#: Verdicts of the speller: for each key, whether it is spelled right with *also* accepted.
Ask = Callable[[list[Token], frozenset[str]], list[bool]]


@dataclass(slots=True)
class _Text:
    text: RichText
    number: int | None
    places: list[Place]
    flagged: list[Place] = field(default_factory=list)
    fresh: bool = True  # its flagged places still need working out


class IncrementalSpelling:
    """Findings (check id ``spelling``, no suggestions: those are asked for one word at a time)
    of the letters given to ``findings`` in turn. Not for two threads at once."""

    def __init__(self) -> None:
        self._texts: dict[tuple[Part, str | None, str], _Text] = {}
        self._verdicts: dict[Token, bool] = {}
        self._also: frozenset[str] = frozenset()

    def findings(self, letter: Letter, also: frozenset[str], ask: Ask) -> list[Finding]:
        if also != self._also:
            self._accept(also)
        texts: dict[tuple[Part, str | None, str], _Text] = {}
        for text, part, number, item, field_name in letter_texts(letter):
            key = (part, item, field_name)
            entry = self._texts.get(key)
            if entry is None or entry.text is not text or entry.number != number:
                entry = _Text(text, number, text_places(text, part, number, item, field_name))
            texts[key] = entry
        self._texts = texts
        fresh = [entry for entry in texts.values() if entry.fresh]
        unknown = list(
            {
                verdict_key(place.token)
                for entry in fresh
                for place in entry.places
                if verdict_key(place.token) not in self._verdicts
            }
        )
        if unknown:
            self._verdicts.update(zip(unknown, ask(unknown, also), strict=True))
        verdicts = self._verdicts
        for entry in fresh:
            entry.flagged = [p for p in entry.places if not verdicts[verdict_key(p.token)]]
            entry.fresh = False
        return [spelling_finding(p.token, p.location) for e in texts.values() for p in e.flagged]

    def _accept(self, also: frozenset[str]) -> None:
        if self._also <= also:
            # More words accepted: only a word flagged so far can change its verdict.
            self._verdicts = {key: ok for key, ok in self._verdicts.items() if ok}
            for entry in self._texts.values():
                if entry.flagged:
                    entry.fresh = True
        else:
            self._verdicts = {}
            for entry in self._texts.values():
                entry.fresh = True
        self._also = also
