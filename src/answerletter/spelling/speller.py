"""The Dutch spell checker: Hunspell (through chunspell) with the bundled OpenTaal dictionary,
our domain word list, the letter's names and the user's own words.

Loading takes a moment (do it off the GUI thread); ``correct`` is cheap and cached per word;
``suggest`` is slow (0.5-2 s) and meant for one word on demand, or a report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from functools import lru_cache
from pathlib import Path

from answerletter.resources import resource_path
from answerletter.spelling.tokenizer import Token

#: The number of suggestions a finding or a context menu shows.
MAX_SUGGESTIONS = 5
_NAME_PART = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def dictionary_folder() -> Path:
    return Path(resource_path("dictionaries"))


def domain_words() -> frozenset[str]:
    """Our list of the field's words (ministries, parties, Kamer terms, abbreviations)."""
    path = dictionary_folder() / "domein-nl.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def name_words(names: Iterable[str]) -> frozenset[str]:
    """The words of names ("Gabriëls", "GroenLinks-PvdA" and its parts), accepted as typed."""
    found: set[str] = set()
    for name in names:
        for piece in name.split():
            part = piece.strip(",.;:()").replace("’", "'")
            if part:
                found.add(part)
                found.update(_NAME_PART.findall(part))
    return frozenset(found)


class Speller:
    """One loaded dictionary plus accepted words. ``correct`` and ``suggest`` are not safe to
    call from two threads at once (Hunspell is not); the editor gives it one worker."""

    def __init__(self, extra_words: Iterable[str] = ()) -> None:
        import hunspell  # type: ignore[import-untyped]  # chunspell's module; imported here so plain imports stay cheap

        folder = dictionary_folder() / "nl"
        self._engine = hunspell.Hunspell("nl", hunspell_data_dir=str(folder))
        self._accepted: set[str] = set(domain_words()) | set(extra_words)
        self._cache: dict[str, bool] = {}

    def accept(self, words: Iterable[str]) -> None:
        """Accept *words* as correct from now on (personal list, "ignore all", names)."""
        added = set(words) - self._accepted
        if added:
            self._accepted |= added
            self._cache.clear()

    def _known(self, word: str, also: AbstractSet[str] = frozenset()) -> bool:
        if word in self._accepted or word.lower() in self._accepted:
            return True
        if word in also or word.lower() in also:
            return True
        cached = self._cache.get(word)
        if cached is None:
            cached = bool(self._engine.spell(word)) or bool(self._engine.spell(word + "."))
            self._cache[word] = cached
        return cached

    def correct(self, token: Token, also: AbstractSet[str] = frozenset()) -> bool:
        """Whether *token* is spelled right, accepting the words in *also* too (one letter's
        names and ignored words, the user's own list). A word with look-alike letters never is."""
        if token.mixed_script:
            return False
        word = token.word
        if self._known(word, also):
            return True
        if token.truncated:
            # "huisvestings- en zorgkosten": right when the truncation with the shared tail
            # ("kosten": the partner's longest ending that is a word itself) is a word.
            partner = token.partner.lower()
            tails = [partner[i:] for i in range(len(partner) - 2)]
            return any(
                self._known(word + tail, also)
                for tail in tails
                if tail == partner or self._known(tail, also)
            )
        if "-" in word:
            # "eigenaar-gerelateerde", "EU-ambtenaren": every part a word (or in capitals).
            parts = [p for p in word.split("-") if p]
            return all(p.isupper() or self._known(p, also) for p in parts)
        return False

    def suggest(self, word: str) -> tuple[str, ...]:
        """Up to MAX_SUGGESTIONS corrections of *word*, best first."""
        return _suggest(self._engine, word)


@lru_cache(maxsize=512)
def _suggest(engine: object, word: str) -> tuple[str, ...]:
    from answerletter.checks.textscan import LOOKALIKES

    fixed = "".join(LOOKALIKES.get(c, c) for c in word)
    found: list[str] = [fixed] if fixed != word else []
    for candidate in engine.suggest(fixed):  # type: ignore[attr-defined]
        if candidate not in found:
            found.append(candidate)
    return tuple(found[:MAX_SUGGESTIONS])
