"""Footnote numbers through the letter, as the letter prints them: the offering sentence and
the letter text first, then the questions and answers in printed order. The editor shows the
same numbers, so the note in answer 4 reads ³ on screen when it prints as ³."""

from __future__ import annotations

import weakref
from collections.abc import Collection

from answerletter.model import wording
from answerletter.model.letter import Letter, changed_items
from answerletter.model.richtext import RichText
from answerletter.model.spans import differing_span

#: Up to this many texts changed, their counts are compared; beyond, numbers are counted
#: afresh (as far as they are asked for).
_FEW = 64


class FootnoteNumbers:
    """First footnote numbers of a letter's texts. Counts are remembered per text value
    (texts are immutable and shared between versions of the letter), and the numbers of
    the last letter asked about are carried over to the next version as far as the edit
    between them left them alone: all of them when it changed no count (typing: an
    answer's number costs a look-up, however long the letter), those before the first
    item it changed otherwise (a question inserted, a footnote added: counted again from
    there, not from the start)."""

    def __init__(self) -> None:
        self._counts: dict[int, tuple[RichText, int]] = {}
        #: From the last :meth:`item_firsts`: the number after each of those texts.
        self.after: dict[str, int] = {}
        #: The letter the numbers below are of (weakly), its first number after the body
        #: and, by position in the printed order, each item's first number: known for the
        #: first ``len(_starts)`` items, ``_next`` the number after them.
        self._numbered: weakref.ref[Letter] | None = None
        self._body_end = 0
        self._starts: list[int] = []
        self._next = 0

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
        it under :attr:`after` (where an answer still to be written would start); ids not in
        the letter (any more) get the number after everything. The texts are counted as far
        as the last item asked about (the first question of a 10,000-question letter costs
        a few texts, not 20,000)."""
        self._number(letter)
        places = {i: letter.presentation_position(i) for i in item_ids}
        wanted = [place for place in places.values() if place is not None]
        if len(wanted) < len(places):  # (an item gone: numbered after everything)
            self._walk(letter, len(letter.presentation()))
        else:
            self._walk(letter, max(wanted, default=-1) + 1)
        found: dict[str, int] = {}
        after: dict[str, int] = {}
        for item_id, place in places.items():
            if place is None:
                found[item_id] = after[item_id] = self._next
                continue
            first = self._starts[place]
            found[item_id] = first
            after[item_id] = first + self.count(letter.item(item_id).text)
        self.after = after
        return found

    def _number(self, letter: Letter) -> None:
        """Make the numbers those of *letter*: carried over as far as they hold."""
        body_end = self.paragraphs_first(letter) + self.count(letter.body.paragraphs)
        previous = self._numbered() if self._numbered is not None else None
        self._numbered = weakref.ref(letter)
        if previous is None or body_end != self._body_end:
            self._body_end, self._starts, self._next = body_end, [], body_end
        elif previous is not letter:
            self._keep_until(self._first_moved(previous, letter))

    def _first_moved(self, old: Letter, new: Letter) -> int:
        """The first position of the printed order whose first number may differ between
        *old* and *new*, or after: ``len(_starts)`` when none of those known moved."""
        known = len(self._starts)
        changed = changed_items(old, new)
        if changed is None:
            # Items inserted, removed or moved: the numbers hold before the first of them.
            start, _, _ = differing_span(old.presentation()[:known], new.presentation()[:known])
            return start
        if len(changed) > _FEW:
            # Many texts changed (Replace All): counting from the start as far as asked is
            # cheaper than comparing the counts of thousands.
            return 0
        moved = [
            new.presentation_position(item_id) or 0  # counted again from the item itself
            for item_id in changed
            if not self._same_count(old, new, item_id)
        ]
        return min(moved, default=known)

    def _keep_until(self, position: int) -> None:
        """Forget the numbers from *position* on."""
        if position < len(self._starts):
            self._next = self._starts[position]
            del self._starts[position:]

    def _walk(self, letter: Letter, until: int) -> None:
        """Number the items of the printed order up to position *until* (excluded)."""
        starts = self._starts
        if until <= len(starts):
            return
        number = self._next
        count = self.count
        for item in letter.presentation()[len(starts) : until]:
            starts.append(number)
            number += count(item.text)
        self._next = number

    def _same_count(self, old: Letter, new: Letter, item_id: str) -> bool:
        before, now = old.item(item_id), new.item(item_id)
        return self.count(before.text) == self.count(now.text)
