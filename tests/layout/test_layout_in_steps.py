"""A first layout made in steps (issue 16: the first preview page of a long letter at once).

``LetterLayout.in_steps`` yields the layout after every few chunks so the preview can show the
first pages while the rest is typeset. What it shows meanwhile must be true: every page of a
provisional layout is the page the finished layout has at that place, except that its page
number does not know the total yet; and the finished layout is the one a single full layout
makes.
"""

from __future__ import annotations

import dataclasses

import pytest

from answerletter.layout import LetterLayout, Profile, flowdoc
from answerletter.layout.output import TYPESETTING, typeset
from answerletter.layout.page_text import page_text
from answerletter.model import Block, Footnote, Letter, RichText, Run
from answerletter.model import operations as ops
from answerletter.testing.synthetic import generate_letter


def texts(layout: LetterLayout) -> list[str]:
    return [page_text(layout, index) for index in range(layout.page_count)]


def with_long_footnotes(letter: Letter) -> Letter:
    """*letter* with a footnote of many lines in every fifth answer, so footnotes are carried
    over to the next page now and then."""
    words = " ".join(f"bron{n} Kamerstukken II 2025/26, 36 600, nr. {n}." for n in range(40))
    for index in range(0, len(letter.answers), 5):
        answer = letter.answers[index]
        note = Footnote(f"lang{index}", (Run(words),))
        last = answer.text.blocks[-1]
        text = RichText((*answer.text.blocks[:-1], Block((*last.content, note))))
        letter = ops.set_answer_text(letter, answer.id, text)
    return letter


@pytest.mark.parametrize(
    ("questions", "seed", "long_notes"), [(40, 1, False), (60, 5, True), (25, 9, True)]
)
def test_every_provisional_page_is_the_finished_page(
    qapp: object,
    profile: Profile,
    monkeypatch: pytest.MonkeyPatch,
    questions: int,
    seed: int,
    long_notes: bool,
) -> None:
    # Chunks of three items laid out one chunk per step: many steps, page ends in every
    # position relative to a step's end.
    monkeypatch.setattr(flowdoc, "CHUNK_ITEMS", 3)
    letter = generate_letter(questions, seed=seed)
    if long_notes:
        letter = with_long_footnotes(letter)
    fresh = texts(LetterLayout(letter, profile))
    total = str(len(fresh))

    provisional: list[list[str]] = []
    for layout in LetterLayout.in_steps(letter, profile, step_chunks=1):
        if not layout.complete:
            provisional.append(texts(layout))
    finished = texts(layout)

    assert finished == fresh
    assert len(provisional) > 10  # the letter really was laid out in steps
    counts = [len(pages) for pages in provisional]
    assert counts == sorted(counts)  # pages are only ever added
    assert 0 < counts[-1] < len(fresh)
    for pages in provisional:
        for index, text in enumerate(pages):
            assert f"Pagina {index + 1} van \u2026" in text
            assert text.replace("van \u2026", f"van {total}") == fresh[index]


def test_the_finished_layout_can_be_updated_and_a_provisional_one_cannot(
    qapp: object,
    profile: Profile,
) -> None:
    letter = generate_letter(60, seed=2)
    steps = LetterLayout.in_steps(letter, profile)
    first = next(steps)
    assert not first.complete
    assert first.page_count > 0
    with pytest.raises(RuntimeError):
        first.update(letter)
    *_, layout = steps
    assert layout is first and layout.complete
    answer = letter.answers[0]
    changed = ops.set_answer_text(
        letter, answer.id, RichText((Block((Run("Een ander antwoord."),)),))
    )
    layout.update(changed)
    assert texts(layout) == texts(LetterLayout(changed, profile))


def test_a_short_letter_is_laid_out_in_one_step(qapp: object, profile: Profile) -> None:
    letter = generate_letter(3, seed=4)
    layouts = list(LetterLayout.in_steps(letter, profile))
    assert len(layouts) == 1 and layouts[0].complete
    assert texts(layouts[0]) == texts(LetterLayout(letter, profile))


def test_page_numbers_of_a_profile_without_new_page_questions(
    qapp: object, profile: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(flowdoc, "CHUNK_ITEMS", 4)
    style = dataclasses.replace(profile.style, questions_on_new_page=False)
    running = dataclasses.replace(profile, style=style)
    letter = with_long_footnotes(generate_letter(30, seed=6))
    fresh = texts(LetterLayout(letter, running))
    for layout in LetterLayout.in_steps(letter, running, step_chunks=1):
        pages = texts(layout)
        total = str(len(fresh)) if layout.complete else "\u2026"
        assert [page.replace(f"van {total}", f"van {len(fresh)}") for page in pages] == (
            fresh[: len(pages)]
        )
    assert layout.complete and len(pages) == len(fresh)


class _CancelledError(Exception):
    pass


def test_typesetting_for_an_export_reports_its_steps_and_stops_when_told(
    qapp: object, profile: Profile
) -> None:
    """An export or print lays the letter out in steps too: a progress bar shows how far it
    is, and a cancel (progress raising) stops it at the next step."""
    letter = generate_letter(100, seed=3)
    calls: list[tuple[str, int, int]] = []
    layout = typeset(letter, profile, lambda *call: calls.append(call))
    assert texts(layout) == texts(LetterLayout(letter, profile))
    items = len(layout.flow.items)
    assert calls[0] == (TYPESETTING, 0, 0)
    steps = calls[1:]
    assert len(steps) >= 2
    assert {(phase, total) for phase, _, total in steps} == {(TYPESETTING, items)}
    done = [count for _, count, _ in steps]
    assert done == sorted(done) and done[0] > 0 and done[-1] < items

    reported: list[int] = []

    def cancel_at_the_first_step(phase: str, count: int, total: int) -> None:
        reported.append(count)
        if count:
            raise _CancelledError

    with pytest.raises(_CancelledError):
        typeset(letter, profile, cancel_at_the_first_step)
    assert reported == [0, done[0]]
