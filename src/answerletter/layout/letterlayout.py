"""A letter laid out in pages, kept up to date incrementally as the letter changes.

``LetterLayout(letter)`` typesets the whole letter; ``layout.update(new_letter)`` re-lays only
the items whose model objects (or derived texts) changed, then re-breaks pages from just
before the first change until a new page starts where an old page started; the rest of the
old pages are kept. Pages are painted by :func:`answerletter.layout.painter.paint_page`.

:meth:`LetterLayout.in_steps` lays a letter out a few chunks at a time instead, so a preview
can show the first pages of a long letter (10,000 questions take half a minute) long before
the last ones exist: between steps its pages are the final first pages, without a total.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from itertools import compress, count
from operator import attrgetter
from typing import Any

from answerletter.layout import flowdoc
from answerletter.layout.flowdoc import FlowDocument, FlowItem, FlowStyle, Run, runs_of
from answerletter.layout.fonts import make_font, resolve_family
from answerletter.layout.items import (
    ItemSpec,
    body_spec,
    heading_spec,
    item_spec,
    item_specs,
    renumbered,
)
from answerletter.layout.letterhead import (
    PageFurniture,
    PageNumbers,
    Placed,
    Styles,
    TextBlocks,
    first_page,
    next_page,
)
from answerletter.layout.pagelist import PageList
from answerletter.layout.paginate import (
    Flow,
    FootnoteSpacing,
    PageBreak,
    break_page,
    break_pages,
)
from answerletter.layout.profile import Profile, load_profile
from answerletter.layout.textwriter import TextStyle
from answerletter.layout.units import mm, pt
from answerletter.model.letter import Answer, Letter, Question, changed_items
from answerletter.model.spans import differing_span, structural_core

#: Chunk documents laid out per step of :meth:`LetterLayout.in_steps` (whole chunks, so the
#: result is the same as one full layout): about 80 ms of typesetting.
STEP_CHUNKS = 2
#: What a page number shows for the total while the last pages are still being laid out.
UNKNOWN_TOTAL = "\u2026"


class LetterLayout:
    """The pages of one letter in one house style."""

    def __init__(
        self, letter: Letter, profile: Profile | None = None, *, chunk_budget: int | None = None
    ) -> None:
        """*chunk_budget*: keep at most that many chunk documents filled (see chunks; a
        preview's pages need few), or all of them (None: an export paints every page)."""
        self._prepare(letter, profile, chunk_budget)
        self._full_layout(letter)

    @classmethod
    def in_steps(
        cls,
        letter: Letter,
        profile: Profile | None = None,
        *,
        step_chunks: int = STEP_CHUNKS,
        chunk_budget: int | None = None,
    ) -> Iterator[LetterLayout]:
        """Lay *letter* out *step_chunks* chunk documents at a time, yielding the one layout
        after each step. Until ``complete`` is true its pages are only those no later item
        can change (their page numbers show no total) and it must not be updated; the last
        layout yielded is complete and equal to ``LetterLayout(letter, profile)``. (See
        :class:`SteppedLayout` for a first layout that takes newer letters meanwhile.)"""
        stepped = SteppedLayout(letter, profile, step_chunks=step_chunks, chunk_budget=chunk_budget)
        while True:
            layout = stepped.step()
            yield layout
            if layout.complete:
                return

    def _prepare(self, letter: Letter, profile: Profile | None, chunk_budget: int | None) -> None:
        self.chunk_budget = chunk_budget
        self.profile = profile if profile is not None else load_profile()
        fonts, geometry = self.profile.fonts, self.profile.geometry
        self.family = resolve_family(fonts.family)
        link, underline = self.profile.style.link_color, self.profile.style.underline_links
        indent = mm(geometry.list_indent)

        def style(size: float, leading: float, gap: float = 0.0) -> TextStyle:
            font = make_font(self.family, size)
            return TextStyle(font, pt(leading), gap, link, indent, underline)

        body = style(fonts.body_size, fonts.body_leading, pt(fonts.body_leading))
        self.styles = Styles(
            body=body,
            small=style(fonts.small_size, fonts.small_leading),
            ministry=style(fonts.ministry_size, fonts.ministry_leading),
        )
        self.flow_style = FlowStyle(
            body=body,
            footnote=style(fonts.footnote_size, fonts.footnote_leading),
            width=mm(geometry.body_width),
            footnote_indent=mm(geometry.footnote_indent),
            signature_space=geometry.signature_space_lines * pt(fonts.body_leading),
            questions_on_new_page=self.profile.style.questions_on_new_page,
        )
        self.spacing = FootnoteSpacing(separator=pt(fonts.footnote_leading), between=0.0)
        self.next_body_top = mm(geometry.next_body_top)
        self.body_bottom = mm(geometry.body_bottom)
        self._page_numbers = PageNumbers(self.profile, self.styles)
        self._text_blocks = TextBlocks()
        self.letter = letter
        #: False while :meth:`in_steps` has more items to lay out, of planned_items.
        self.complete = True
        self.planned_items = 0

    # -- public --

    @property
    def page_count(self) -> int:
        return len(self.pages)

    @property
    def page_size_mm(self) -> tuple[float, float]:
        return (self.profile.page.width, self.profile.page.height)

    def page_number_part(self, index: int) -> Placed:
        """The page number of page *index*, to be painted before the next call."""
        total = self.page_count if self.complete else UNKNOWN_TOTAL
        return self._page_numbers.part(index + 1, total)

    def page_number_text(self, index: int) -> str:
        """What the page number of page *index* reads (the text of :meth:`page_number_part`,
        without laying it out)."""
        total = self.page_count if self.complete else UNKNOWN_TOTAL
        return self._page_numbers.text(index + 1, total)

    def body_top(self, index: int) -> float:
        return self.first_body_top if index == 0 else self.next_body_top

    def furniture(self, index: int) -> PageFurniture:
        return self.first_furniture if index == 0 else self.next_furniture

    def update(self, letter: Letter) -> int:
        """Bring the pages up to date with *letter*; return the first page that may differ
        (``page_count`` when none does).

        Only what changed is laid out again: items whose key changed (see
        :mod:`~.items`), the letterhead and running header when the metadata changed (the
        body item only when its offering sentence or signatures did), and pages from just
        before each change until they meet the old page breaks again."""
        first_page = self._update(letter)
        self.flow.trim()
        return first_page

    def _update(self, letter: Letter) -> int:
        if not self.complete:
            raise RuntimeError("a layout still being made in steps cannot be updated")
        in_place = self._update_in_place(letter)
        if in_place is not None:
            return in_place
        restructured = self._update_structure(letter)
        if restructured is not None:
            return restructured
        items = self.flow.items
        specs, furnished, from_start = self._take(letter, [item.spec for item in items])
        if len(items) == len(specs):
            # Item for item: re-lay each run of changed items (e.g. the answers whose labels
            # name a renumbered question), leaving the unchanged ones between them alone,
            # and re-break pages around each run only.
            runs = self._relay_changed_runs(specs)
            self._refresh_specs(specs)
            first_page = self._rebreak_runs(runs, from_start=from_start)
            return 0 if furnished else first_page
        shortest = min(len(items), len(specs))
        prefix = _common_prefix(items, specs)
        suffix = 0
        while suffix < shortest - prefix and items[-1 - suffix].spec.key == specs[-1 - suffix].key:
            suffix += 1
        old_count = len(items) - prefix - suffix
        new_specs = specs[prefix : len(specs) - suffix]
        renumbered_runs = self.flow.replace(prefix, old_count, new_specs)
        self._refresh_specs(specs)
        first_page = self._rebreak(prefix, old_count, len(new_specs), from_start=from_start)
        first_page = min(first_page, self._rebreak_runs(renumbered_runs, from_start=False))
        return 0 if furnished else first_page

    # -- internals --

    def _update_in_place(self, letter: Letter) -> int | None:
        """:meth:`update` for a letter whose questions and answers were replaced in place
        (typing, a footnote added, see ``changed_items``): only their specs are made, not
        the letter's (a keystroke at 10,000 questions costs what it changes, not a walk
        over 20,000 items on the layout thread, whose interpreter lock the GUI thread waits
        for). None when it does not apply; nothing is changed then."""
        items = self.flow.items
        replacements = self._in_place_specs(letter, _Specs(items, "spec"))
        if replacements is None:
            return None
        furnished, from_start = self._go_on_with(letter)
        first_page = self._replace_in_place(replacements, from_start=from_start)
        return 0 if furnished else first_page

    def _replace_in_place(self, replacements: dict[int, ItemSpec], *, from_start: bool) -> int:
        """Give the items at the positions of *replacements* their new specs, laying out
        again the runs of those whose key changed (and the later items whose footnote
        numbers gained or lost a digit), and re-break pages around those runs; the first
        page that may differ."""
        items = self.flow.items
        changed_at = sorted(i for i, spec in replacements.items() if spec.key != items[i].spec.key)
        runs = runs_of(changed_at)
        relaid = list(runs)
        for first, end in runs:
            specs = [replacements[i] for i in range(first, end)]
            relaid.extend(self.flow.replace(first, end - first, specs))
        for index, spec in replacements.items():
            items[index].spec = spec  # the unchanged ones too: they hold the new objects
        return self._rebreak_runs(relaid, from_start=from_start)

    def _rebreak_runs(self, runs: list[Run], *, from_start: bool) -> int:
        """Re-break pages around each run [first, end) of items laid out again in place
        (as many items as before), from page 1 first when its height changed; the first
        page that may differ."""
        first_page = self.page_count
        if from_start:
            first_page = self._rebreak(0, 0, 0, from_start=True)
        for first, end in _merged(runs):
            first_page = min(first_page, self._rebreak(first, end - first, end - first))
        return first_page

    def _update_structure(self, letter: Letter) -> int | None:
        """:meth:`update` for a letter whose questions and answers were inserted, removed or
        moved between unchanged first and last ones (see ``differing_span``) without moving
        a label outside them: only the items in between get specs and are laid out, not the
        letter's 20,000 (when they hold more or fewer footnotes than before, the flow moves
        the later numbers, see flowdoc). None when it does not apply; nothing is changed
        then."""
        old, items = self.letter, self.flow.items
        if changed_items(old, letter) is not None:
            return None  # an edit in place that moved numbers: the whole walk
        old_order, new_order = old.presentation(), letter.presentation()
        if not old_order or not new_order or len(items) != len(old_order) + 2:
            return None  # the heading comes or goes
        start, old_end, new_end = differing_span(old_order, new_order)
        body = body_spec(letter)
        if body.footnote_count != items[0].spec.footnote_count:
            return None
        core, old_core_end, new_core_end, replaced = _narrowed(
            old_order, new_order, (start, old_end, new_end)
        )
        respecced = {*replaced, *range(core, new_core_end)}
        if _outside_labels_change(old, letter, respecced.__contains__):
            return None
        labels = self.profile.labels

        def spec_at(place: int) -> ItemSpec:
            item = new_order[place]
            return item_spec(letter, labels, item, len(item.text.footnotes()))

        furnished, from_start = self._go_on_with(letter)
        heads = [body, heading_spec(letter)]
        head_runs = [i for i in (0, 1) if heads[i].key != items[i].spec.key]
        for index in head_runs:
            self.flow.replace(index, 1, [heads[index]])  # (no footnote number moves)
        for index in (0, 1):
            items[index].spec = heads[index]
        # Change by change, in the order of the flow: each re-break starts from pages that
        # are those of the flow as the changes before left it.
        first_page = self.page_count
        if from_start or 0 in head_runs:
            first_page = self._rebreak(0, 0, 0, from_start=True)
        if 1 in head_runs:
            first_page = min(first_page, self._rebreak(1, 1, 1))
        earlier = {place + 2: spec_at(place) for place in replaced if place < core}
        first_page = min(first_page, self._replace_in_place(earlier, from_start=False))
        specs = [spec_at(place) for place in range(core, new_core_end)]
        renumbered_runs = self.flow.replace(core + 2, old_core_end - core, specs)
        first_page = min(
            first_page, self._rebreak(core + 2, old_core_end - core, new_core_end - core)
        )
        first_page = min(first_page, self._rebreak_runs(renumbered_runs, from_start=False))
        later = {place + 2: spec_at(place) for place in replaced if place >= new_core_end}
        first_page = min(first_page, self._replace_in_place(later, from_start=False))
        return 0 if furnished else first_page

    def _go_on_with(self, letter: Letter) -> tuple[bool, bool]:
        """Make *letter* (a newer version) this layout's letter, laying out page 1's
        letterhead and the running header again if its metadata changed. Returns
        (furnished, from_start): *furnished* when the metadata changed, *from_start* when
        page 1 now holds more or less text than before."""
        furnished = letter.metadata is not self.letter.metadata
        self.letter = letter
        first_top = self.first_body_top
        if furnished:
            self._furnish(letter)
        return furnished, self.first_body_top != first_top

    def _in_place_specs(self, letter: Letter, specs: _Specs) -> dict[int, ItemSpec] | None:
        """The new specs, by position, of what an edit in place changed (see
        :meth:`_update_in_place`): the body and heading always (cheap, and they show the
        metadata), the questions and answers it replaced, and when it gave a question
        another number, the answers naming it too. (Footnotes added or removed move the
        later numbers in the flow, see flowdoc.) *specs* are the specs now. None when the
        edit was no edit in place; nothing is changed then."""
        changed = changed_items(self.letter, letter)
        if changed is None:
            return None
        replacements = {0: body_spec(letter)}
        if len(specs) > 1:
            replacements[1] = heading_spec(letter)
        position = letter.presentation_index
        edited: dict[int, Question | Answer] = {}
        numbers_changed: set[str] = set()
        for item_id in changed:
            at = position.get(item_id)
            if at is None:
                return None
            old, item = specs[at + 2], letter.item(item_id)
            if getattr(old.source, "id", None) != item_id:
                return None
            if isinstance(item, Question) and item.number != getattr(old.source, "number", None):
                numbers_changed.add(item_id)
            edited[at + 2] = item
        for answer in _naming(letter, numbers_changed):  # their labels show the number
            at = position.get(answer.id)
            if at is None or getattr(specs[at + 2].source, "id", None) != answer.id:
                return None
            edited[at + 2] = answer
        labels = self.profile.labels
        for at, item in edited.items():
            replacements[at] = item_spec(letter, labels, item, len(item.text.footnotes()))
        return replacements

    def _take(self, letter: Letter, earlier: list[ItemSpec]) -> tuple[list[ItemSpec], bool, bool]:
        """Go on with *letter*, a newer version of this layout's letter: lay out page 1's
        letterhead and the running header again if its metadata changed, and make its item
        specs, reusing those of *earlier* whose model objects are unchanged (so their keys
        are not computed again). Returns (specs, furnished, from_start): *furnished* when the
        metadata changed, *from_start* when page 1 holds more or less text than before."""
        old_letter = self.letter
        furnished, from_start = self._go_on_with(letter)
        previous = {id(spec.source): spec for spec in earlier}
        specs = item_specs(
            letter, self.profile.labels, previous, renumbered=renumbered(old_letter, letter)
        )
        return specs, furnished, from_start

    def _relay_changed_runs(self, specs: list[ItemSpec]) -> list[Run]:
        """Lay out again the runs of items laid out so far whose key differs from the spec
        at their place in *specs* (as many specs as items, or more), and the later items
        whose footnote numbers gained or lost a digit; the runs [first, end), in order."""
        runs = _changed_runs(self.flow.items, specs[: len(self.flow.items)])
        relaid = list(runs)
        for first, end in runs:
            relaid.extend(self.flow.replace(first, end - first, specs[first:end]))
        return _merged(relaid)

    def _refresh_specs(self, specs: list[ItemSpec]) -> None:
        """Let unchanged items hold the new specs, so they keep the new model objects alive."""
        for item, spec in zip(self.flow.items, specs, strict=True):
            item.spec = spec

    def _furnish(self, letter: Letter) -> None:
        """Lay out what the metadata shows outside the flow: page 1's letterhead, reference
        column, date and subject, and the running header of later pages."""
        blocks = self._text_blocks
        self.first_furniture, self.first_body_top = first_page(
            letter.metadata, self.profile, self.styles, blocks
        )
        self.next_furniture = next_page(letter.metadata, self.profile, self.styles, blocks)
        blocks.done()

    def _full_layout(self, letter: Letter) -> None:
        self._furnish(letter)
        self.flow = FlowDocument(self.flow_style, self.chunk_budget)
        self.flow.build(item_specs(letter, self.profile.labels))
        self.pages = PageList()
        self._break_remaining_pages()

    def _break_final_pages(self) -> None:
        """Add the pages that the items still to come cannot change: pages that end before
        the last item laid out so far (a page looks ahead at most to the line that does not
        fit and to the next item's first line)."""
        flow = Flow(self.flow.items)
        last = len(self.flow.items) - 1
        pages = self.pages
        start = pages[-1].end if pages else flow.first()
        carry = pages[-1].carry_out if pages else None
        while not flow.at_end(start):
            page = break_page(flow, start, carry, self._height(len(pages)), self.spacing)
            if page.end.item >= last:
                return  # may still change: dropped, broken again after the next step
            pages.append(page)
            start, carry = page.end, page.carry_out

    def _break_remaining_pages(self) -> None:
        break_pages(
            Flow(self.flow.items),
            self.pages,
            first_height=self.body_bottom - self.first_body_top,
            next_height=self.body_bottom - self.next_body_top,
            spacing=self.spacing,
        )

    def _height(self, index: int) -> float:
        return self.body_bottom - self.body_top(index)

    def _rebreak(
        self, first_changed: int, old_count: int, new_count: int, *, from_start: bool = False
    ) -> int:
        """Re-break pages after items [first_changed, +old_count) became new_count items
        (*from_start*: from page 1 on, whose height changed)."""
        delta = new_count - old_count
        old_pages = self.pages
        flow = Flow(self.flow.items)
        # The page holding the last line before the change may have looked one line ahead,
        # into the changed item: re-break from the page before it. (Pages are in flow order:
        # found by bisection, so a change costs the pages it moves, not the letter's length.)
        holding = bisect_left(old_pages, first_changed, key=_start_item) - 1
        restart = 0 if from_start else max(0, holding - 1)
        suffix_start = first_changed + old_count  # old index of the first unchanged item after

        seen = restart + 1  # no old page before this one starts at a line still to come

        def old_start(item: int, unit: int) -> int | None:
            """The old page after *restart* starting at old line (item, unit), if any. The
            lines asked for only go forward, and so does the search: a few steps from the
            last page found, a bisection beyond (a deletion may re-break a thousand pages
            before the breaks meet again, each asking)."""
            nonlocal seen
            wanted = (item, unit)
            found, steps = seen, 0
            while found < len(old_pages) and _start(old_pages[found]) < wanted:
                found, steps = found + 1, steps + 1
                if steps == 4:
                    found = bisect_left(old_pages, wanted, lo=found, key=_start)
                    break
            seen = found
            if found < len(old_pages) and _start(old_pages[found]) == wanted:
                return found if item >= suffix_start else None
            return None

        pages = old_pages.head(restart)
        if restart < len(old_pages):
            start, carry = old_pages[restart].start, old_pages[restart].carry_in
        else:
            start, carry = flow.first(), None
        while not flow.at_end(start) or carry is not None:
            page = break_page(flow, start, carry, self._height(len(pages)), self.spacing)
            pages.append(page)
            start, carry = page.end, page.carry_out
            if start.item >= first_changed + new_count:
                match = old_start(start.item - delta, start.unit)
                if match is not None and (
                    (carry is None and old_pages[match].carry_in is None)
                    or (carry is not None and carry.same_as(old_pages[match].carry_in))
                ):
                    pages.extend_moved(old_pages, match, delta)
                    break
        self.pages = pages
        return restart


class SteppedLayout:
    """A first layout made a few chunks at a time that can take a newer version of the letter
    between steps (the user types while a long letter is still being laid out, half a minute
    at 10,000 questions): the items laid out so far are brought up to date as
    :meth:`LetterLayout.update` would (only the changed ones are laid out again), the pages
    from just before the first change are dropped, and the steps go on with the new letter.
    Each :meth:`step` returns the layout; once it is ``complete`` it equals
    ``LetterLayout(letter, profile)`` of the last letter given."""

    def __init__(
        self,
        letter: Letter,
        profile: Profile | None = None,
        *,
        step_chunks: int = STEP_CHUNKS,
        chunk_budget: int | None = None,
    ) -> None:
        self._step_items = step_chunks * flowdoc.CHUNK_ITEMS
        layout = LetterLayout.__new__(LetterLayout)
        layout._prepare(letter, profile, chunk_budget)
        layout._furnish(letter)
        layout.flow = FlowDocument(layout.flow_style, chunk_budget)
        layout.pages = PageList()
        layout.complete = False
        self.layout = layout
        self._specs = item_specs(letter, layout.profile.labels)
        layout.planned_items = len(self._specs)

    def step(self) -> LetterLayout:
        """Lay out the next items (nothing once complete); the layout, complete after the
        last step."""
        layout = self.layout
        if layout.complete:
            return layout
        written = len(layout.flow.items)
        specs = self._specs
        if written < len(specs):
            layout.flow.append(specs[written : written + self._step_items])
        if len(layout.flow.items) < len(specs):
            layout._break_final_pages()
        else:
            layout._break_remaining_pages()
            layout.complete = True
        return layout

    def change(self, letter: Letter) -> int:
        """Go on with *letter* (a newer version of the letter being laid out); returns the
        first page that may differ. A complete layout is updated as usual."""
        layout = self.layout
        if layout.complete:
            return layout.update(letter)
        kept = self._change_in_place(letter)
        if kept is not None:
            return kept
        flow = layout.flow
        # The specs planned for the items still to come, then those the items laid out so
        # far hold (theirs win where a model object is in both).
        earlier = self._specs[len(flow.items) :] + [item.spec for item in flow.items]
        specs, _, from_start = layout._take(letter, earlier)
        written = len(flow.items)
        if len(specs) == len(self._specs):
            # Item for item (typing, footnotes renumbered): re-lay the changed runs.
            runs = layout._relay_changed_runs(specs)
            first_changed = runs[0][0] if runs else written
        else:
            # Items inserted or removed: keep the unchanged beginning, lay out the rest anew.
            first_changed = _common_prefix(flow.items, specs)
            if first_changed < written:
                flow.replace(first_changed, written - first_changed, [])
        layout._refresh_specs(specs[: len(flow.items)])
        self._specs = specs
        layout.planned_items = len(specs)
        return self._drop_pages_from(first_changed, from_start)

    def _change_in_place(self, letter: Letter) -> int | None:
        """:meth:`change` for an edit in place (typing; see ``LetterLayout._update_in_place``):
        only the specs it changed are made, the plan's others stay. None when it does not
        apply; nothing is changed then."""
        layout = self.layout
        specs = self._specs
        replacements = layout._in_place_specs(letter, _Specs(specs, ""))
        if replacements is None:
            return None
        flow = layout.flow
        _, from_start = layout._go_on_with(letter)
        written = len(flow.items)
        changed_at = sorted(i for i, spec in replacements.items() if spec.key != specs[i].key)
        for first, end in runs_of([i for i in changed_at if i < written]):
            # (Items whose numbers gained a digit are after the first change: their pages go.)
            flow.replace(first, end - first, [replacements[i] for i in range(first, end)])
        for index, spec in replacements.items():
            specs[index] = spec
            if index < written:
                flow.items[index].spec = spec
        first_changed = min([*changed_at, written])
        return self._drop_pages_from(first_changed, from_start)

    def _drop_pages_from(self, first_changed: int, from_start: bool) -> int:
        """Drop the pages that item *first_changed* may change (all, *from_start*); the
        first page dropped. As in LetterLayout._rebreak: the page holding the last line
        before the change may have looked one line ahead into it, so from the one before."""
        layout = self.layout
        pages = layout.pages
        holding = bisect_left(pages, first_changed, key=_start_item) - 1
        kept = 0 if from_start else max(0, holding - 1)
        pages.truncate(kept)
        layout.flow.trim()
        return kept


def _narrowed(
    old: Sequence[Question | Answer], new: Sequence[Question | Answer], span: tuple[int, int, int]
) -> tuple[int, int, int, list[int]]:
    """Within the differing *span* (start, old end, new end) of two printed orders: the
    structural change, old[core:old_core_end] become new[core:new_core_end], and the places
    in *new* of the items replaced in place around it (the same id, another object). A
    question deleted that answers far away referred to changes those answers too: the span
    reaches them, and without this every item between would be laid out again (4.8 s at
    10,000 questions)."""
    core, old_core_end, new_core_end = structural_core(old, new, span, _same_id)
    start, old_end, new_end = span
    shift = new_end - old_end
    replaced = [place for place in range(start, core) if old[place] is not new[place]]
    replaced += [
        place for place in range(new_core_end, new_end) if old[place - shift] is not new[place]
    ]
    return core, old_core_end, new_core_end, replaced


def _same_id(old: Question | Answer, new: Question | Answer) -> bool:
    return old.id == new.id


def _outside_labels_change(old: Letter, new: Letter, respecced: Callable[[int], bool]) -> bool:
    """Whether an answer of *new* at a printed place not *respecced* (given a new spec)
    shows the number of a question whose number changed: its label or its "Zie antwoord
    op vraag N." would change too."""
    first, _, last = differing_span(old.questions, new.questions)
    known = old.question_index
    moved = {
        q.id
        for q in new.questions[first:last]
        if (i := known.get(q.id)) is not None and old.questions[i].number != q.number
    }
    if not moved:
        return False
    places = new.presentation_index
    for answer in new.answers:
        if not respecced(places[answer.id]) and (
            answer.refers_to in moved or not moved.isdisjoint(answer.questions)
        ):
            return True
    return False


class _Specs:
    """The specs now of a layout's items (or of a plan of specs), read where they are."""

    def __init__(self, holders: Sequence[Any], path: str) -> None:
        """*path*: the attribute path from a holder to its spec ("" for specs)."""
        self._holders = holders
        self._spec_of: Callable[[Any], ItemSpec] = attrgetter(path) if path else _same

    def __getitem__(self, index: int) -> ItemSpec:
        return self._spec_of(self._holders[index])

    def __len__(self) -> int:
        return len(self._holders)


def _same(spec: ItemSpec) -> ItemSpec:
    return spec


def _naming(letter: Letter, question_ids: set[str]) -> list[Answer]:
    """The answers of *letter* whose label or "Zie antwoord op vraag N." names one of the
    questions: those covering them and those referring to them (found in C)."""
    if not question_ids:
        return []
    answers = letter.answers
    places = letter.answer_position
    covering = {at for qid in question_ids if (at := places.get(qid)) is not None}
    referring = compress(count(), map(question_ids.__contains__, map(_REFERS_TO, answers)))
    return [answers[at] for at in sorted(covering.union(referring))]


_REFERS_TO = attrgetter("refers_to")


def _merged(runs: list[Run]) -> list[Run]:
    """*runs* in order, those that overlap or touch made one."""
    merged: list[Run] = []
    for first, end in sorted(runs):
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((first, end))
    return merged


def _common_prefix(items: list[FlowItem], specs: list[ItemSpec]) -> int:
    """How many items from the start have the key of the spec at their place."""
    shortest = min(len(items), len(specs))
    prefix = 0
    while prefix < shortest and items[prefix].spec.key == specs[prefix].key:
        prefix += 1
    return prefix


def _changed_runs(items: list[FlowItem], specs: list[ItemSpec]) -> list[tuple[int, int]]:
    """The runs [first, end) of positions where the item's key differs from the spec's."""
    runs: list[tuple[int, int]] = []
    index = 0
    while index < len(specs):
        if items[index].spec is specs[index] or items[index].spec.key == specs[index].key:
            index += 1
            continue
        end = index + 1
        while end < len(specs) and items[end].spec.key != specs[end].key:
            end += 1
        runs.append((index, end))
        index = end
    return runs


def _start_item(page: PageBreak) -> int:
    return page.start.item


def _start(page: PageBreak) -> tuple[int, int]:
    return (page.start.item, page.start.unit)
