"""Footnote numbers through the letter, as the letter prints them: the offering sentence and
the letter text first, then the questions and answers in printed order. The editor shows the
same numbers, so the note in answer 4 reads ³ on screen when it prints as ³."""

from __future__ import annotations

from collections.abc import Collection

from answerletter.model import wording
from answerletter.model.letter import Letter
from answerletter.model.richtext import RichText


class FootnoteNumbers:
    """First footnote numbers of a letter's texts. Counts are remembered per text value
    (texts are immutable and shared between versions of the letter), so after an edit only
    the changed text is counted again."""

    def __init__(self) -> None:
        self._counts: dict[int, tuple[RichText, int]] = {}
        #: From the last :meth:`item_firsts`: the number after each of those texts.
        self.after: dict[str, int] = {}

    def count(self, text: RichText) -> int:
        known = self._counts.get(id(text))
        if known is not None and known[0] is text:
            return known[1]
        if len(self._counts) > 50_000:  # old versions' texts: let them go now and then
            self._counts.clear()
        number = len(text.footnotes())
        self._counts[id(text)] = (text, number)
        return number

    def paragraphs_first(self, letter: Letter) -> int:
        """The first number in the letter text after the offering sentence (1 in the
        offering itself). The offering may be generated anew: counted, not remembered."""
        return 1 + len(wording.offering(letter).footnotes())

    def item_firsts(self, letter: Letter, item_ids: Collection[str]) -> dict[str, int]:
        """The first number in the text of each question or answer in *item_ids*, and after
        it under ``(id, "after")`` (where an answer still to be written would start). One
        walk over the letter, as far as the last of them."""
        wanted = set(item_ids)
        found: dict[str, int] = {}
        after: dict[str, int] = {}
        number = self.paragraphs_first(letter) + self.count(letter.body.paragraphs)
        for item in letter.presentation():
            if not wanted:
                break
            count = self.count(item.text)
            if item.id in wanted:
                wanted.discard(item.id)
                found[item.id] = number
                after[item.id] = number + count
            number += count
        for item_id in wanted:  # not in the letter (any more): after everything
            found[item_id] = after[item_id] = number
        self.after = after
        return found
