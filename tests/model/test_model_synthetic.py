"""The synthetic letter generator gives large, consistent, deterministic, realistic letters."""

from __future__ import annotations

import pytest

from answerletter.model import Footnote, Letter
from answerletter.model.consistency import check_consistency
from answerletter.model.metadata import is_zaaknummer
from answerletter.model.wording import answer_label
from answerletter.testing.synthetic import generate_letter


@pytest.fixture(scope="module")
def big() -> Letter:
    return generate_letter(1000)


def _text_size(letter: Letter) -> int:
    size = 0
    for text in letter.texts_in_reading_order():
        size += len(text.plain_text().encode())
        size += sum(len(note.plain_text().encode()) for note in text.footnotes())
    return size


def test_thousand_questions_are_consistent(big: Letter) -> None:
    assert check_consistency(big) == []
    assert [q.number for q in big.questions] == list(range(1, 1001))
    assert {qid for a in big.answers for qid in a.questions} == {q.id for q in big.questions}


def test_about_one_kilobyte_per_question(big: Letter) -> None:
    assert 700_000 < _text_size(big) < 1_500_000


def test_same_seed_same_letter_other_seed_other_letter() -> None:
    assert generate_letter(60, seed=7) == generate_letter(60, seed=7)
    assert generate_letter(60, seed=7) != generate_letter(60, seed=8)


def test_contains_every_feature(big: Letter) -> None:
    combined = [a for a in big.answers if len(a.questions) > 1]
    referring = [a for a in big.answers if a.refers_to is not None]
    lists = [b for a in big.answers for b in a.text.blocks if b.list_kind is not None]
    runs = [
        item
        for text in big.texts_in_reading_order()
        for block in text.blocks
        for item in block.content
        if not isinstance(item, Footnote)
    ]
    # Roughly 1 in 15 combined, 1 in 20 referring, 1 in 8 texts with a footnote.
    assert 30 < len(combined) < 110
    assert 20 < len(referring) < 90
    assert 150 < len(big.footnotes()) < 400
    assert len(lists) > 100
    assert any(run.marks.bold for run in runs)
    assert any(run.marks.italic for run in runs)
    assert any(run.marks.link for run in runs)
    assert all(2 <= len(a.questions) <= 3 for a in combined)
    assert any(
        answer_label(big, a).count(" en ") == 1 and "," in answer_label(big, a) for a in combined
    )


def test_references_point_to_earlier_questions(big: Letter) -> None:
    for answer in big.answers:
        if answer.refers_to is not None:
            target = big.question_index[answer.refers_to]
            assert target < big.question_index[answer.questions[0]]


def test_questions_are_questions_and_answers_have_paragraphs(big: Letter) -> None:
    assert all(q.text.plain_text().endswith("?") for q in big.questions)
    assert all(len(q.text.blocks) >= 1 for q in big.questions)
    paragraph_counts = {len([b for b in a.text.blocks if b.list_kind is None]) for a in big.answers}
    assert paragraph_counts >= {1, 2, 3, 4, 5}


def test_full_metadata(big: Letter) -> None:
    metadata = big.metadata
    assert metadata.sender.ministry.startswith("Ministerie van ")
    assert metadata.members and all(m.party for m in metadata.members)
    assert metadata.addressed_to and metadata.signatories and metadata.signatories[0].name
    assert metadata.letter_date is not None and metadata.submitted is not None
    assert metadata.submitted < metadata.letter_date
    assert is_zaaknummer(metadata.your_reference)
    assert metadata.our_reference and metadata.subject


@pytest.mark.parametrize("n", [0, 1, 2, 3])
def test_small_letters_are_consistent(n: int) -> None:
    for seed in range(30):
        letter = generate_letter(n, seed)
        assert check_consistency(letter) == []
        assert len(letter.questions) == n
