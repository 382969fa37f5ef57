"""Word and character counts: what counts as a word and a character, and the incremental
counter agreeing with a fresh count after every kind of edit while counting only what
changed."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from answerletter.model import Answer, Letter, Question, RichText
from answerletter.model import operations as ops
from answerletter.model.counts import (
    LetterCounter,
    TextCount,
    changed_positions,
    count_string,
    count_text,
    is_answered,
)
from answerletter.model.richtext import LINE_BREAK, Block, Footnote, Run

from strategies import UNTIMED, letters, rich_texts


def test_words_are_runs_with_a_letter_or_digit():
    assert count_string("De Minister van Buitenlandse Zaken") == TextCount(5, 34)
    # A lone dash is no word; "auto's", "eigenaar-gerelateerde" and "31 865" are as typed.
    assert count_string("auto's – eigenaar-gerelateerde 31 865") == TextCount(4, 37)
    assert count_string("") == TextCount(0, 0)
    assert count_string("  ,  ") == TextCount(0, 5)
    # A line break separates words and is not a character.
    assert count_string(f"een{LINE_BREAK}twee") == TextCount(2, 7)


def test_a_text_counts_its_paragraphs_and_footnotes_not_the_breaks():
    text = RichText(
        (
            Block((Run("Zie de brief"), Footnote("f1", (Run("Kamerstuk 31 865, nr. 207"),)))),
            Block((Run("Tweede alinea."),)),
        )
    )
    # "Zie de brief" 3 words 12 chars; note: "Kamerstuk", "31", "865,", "nr.", "207"
    # 5 words 25 chars; "Tweede alinea." 2 words 14 chars.
    assert count_text(text) == TextCount(10, 51)


def _letter() -> Letter:
    questions = tuple(
        Question(f"q{n}", n, RichText.plain(f"Vraag nummer {n}?")) for n in range(1, 4)
    )
    answers = (
        Answer("a1", ("q1",), RichText.plain("Antwoord een.")),
        Answer("a2", ("q2",), RichText()),
    )
    return Letter(questions=questions, answers=answers)


def test_answered_questions():
    letter = _letter()
    counts = LetterCounter().update(letter)
    # q1 has text, q2 an empty answer, q3 none.
    assert (counts.questions, counts.answered, counts.unanswered) == (3, 1, 2)
    referring = ops.refer(letter, "q3", "q1")
    assert LetterCounter().update(referring).answered == 2
    assert not is_answered(None)


def test_typing_counts_only_the_changed_answer():
    letter = _letter()
    counter = LetterCounter()
    counter.update(letter)
    before = counter.texts_counted
    typed = ops.set_answer_text(letter, "a2", RichText.plain("Nu wel."))
    counts = counter.update(typed)
    assert counter.texts_counted == before + 1
    # 9 + 2 + 2 words; 3 × 15 + 13 + 7 characters.
    assert counts.letter == TextCount(13, 65)
    assert counts.answered == 2
    # Typing the answer empty again takes it back off the answered ones.
    emptied = ops.set_answer_text(typed, "a2", RichText())
    assert counter.update(emptied).answered == 1
    assert counter.update(emptied).letter == TextCount(11, 58)


def test_the_typed_over_version_is_let_go():
    letter = _letter()
    counter = LetterCounter()
    counter.update(letter)
    remembered = len(counter._counts)
    for n in range(50):
        letter = ops.set_answer_text(letter, "a1", RichText.plain("x" * n))
        counter.update(letter)
    assert len(counter._counts) == remembered


def test_a_first_count_in_steps_counts_each_text_once():
    from answerletter.testing.synthetic import generate_letter

    letter = generate_letter(30, seed=4)
    counter = LetterCounter()
    steps = list(counter.count_steps(letter, 10))
    texts = 1 + len(letter.questions) + len(letter.answers)  # the letter text, then the rest
    # A pause after every 10 texts (then after every 100 questions looked up: only 30 here).
    assert steps == list(range(10, texts + 1, 10))
    assert counter.texts_counted == texts
    # Afterwards the totals are only added up: nothing is counted again.
    assert counter.update(letter) == LetterCounter().update(letter)
    assert counter.texts_counted == texts


def test_a_first_count_in_steps_has_its_totals_ready_when_its_steps_end(monkeypatch):
    from answerletter.testing.synthetic import generate_letter

    letter = generate_letter(30, seed=5)
    expected = LetterCounter().update(letter)
    counter = LetterCounter()
    for _ in counter.count_steps(letter, 10):
        pass

    def walk_again(_letter):
        raise AssertionError("the totals were added up again")

    monkeypatch.setattr(counter, "_full", walk_again)
    assert counter.update(letter) == expected


def _edits(letter: Letter, data: st.DataObject) -> Letter:
    """One random edit: typing in a question or answer, the letter text, or a structural one."""
    choice = data.draw(st.sampled_from(["question", "answer", "body", "structure"]))
    text = data.draw(rich_texts(with_footnotes=False, max_blocks=2))
    if choice == "question" and letter.questions:
        question = data.draw(st.sampled_from(letter.questions))
        return ops.set_question_text(letter, question.id, text)
    if choice == "answer" and letter.answers:
        answer = data.draw(st.sampled_from(letter.answers))
        return ops.set_answer_text(letter, answer.id, text)
    if choice == "body":
        return ops.set_body(letter, replace(letter.body, paragraphs=text))
    if not letter.questions:
        return ops.insert_question(letter, 0, text=text)[0]
    question = data.draw(st.sampled_from(letter.questions))
    kind = data.draw(st.sampled_from(["delete", "insert", "move", "combine", "answer", "split"]))
    if kind == "insert":
        at = data.draw(st.integers(0, len(letter.questions)))
        return ops.insert_question(letter, at, text=text)[0]
    if kind == "move":
        return ops.move_question_by(letter, question.id, data.draw(st.integers(-3, 3)))
    if kind == "combine" and len(letter.questions) > 1:
        other = data.draw(st.sampled_from([q for q in letter.questions if q.id != question.id]))
        return ops.combine(letter, [question.id, other.id])
    if kind == "answer":
        return ops.ensure_answer(letter, question.id)[0]
    combined = [a for a in letter.answers if len(a.questions) > 1]
    if kind == "split" and combined:
        return ops.split(letter, data.draw(st.sampled_from(combined)).id)
    return ops.delete_questions(letter, [question.id])


@UNTIMED
@given(letters(max_questions=6), st.data())
def test_incremental_counts_equal_a_fresh_count(letter, data):
    counter = LetterCounter()
    counter.update(letter)
    for _ in range(data.draw(st.integers(1, 6))):
        letter = _edits(letter, data)
        assert counter.update(letter) == LetterCounter().update(letter)


@given(st.lists(st.integers(0, 3), min_size=0, max_size=40), st.data())
def test_changed_positions_are_where_the_tuples_differ(items, data):
    old = tuple(items)
    new = list(old)
    for i in data.draw(st.sets(st.integers(0, max(0, len(old) - 1)), max_size=4)):
        if old:
            new[i] = data.draw(st.integers(0, 3))
    expected = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
    assert changed_positions(old, tuple(new)) == expected


def test_texts_to_count_says_what_an_update_would_count_anew():
    from answerletter.model.operations import move_question_by
    from answerletter.testing.synthetic import generate_letter

    letter = generate_letter(30, seed=2)
    counter = LetterCounter()
    counter.update(letter)
    typed = ops.set_answer_text(letter, letter.answers[3].id, RichText.plain("Ja."))
    assert counter.texts_to_count(typed, 10) == 1
    assert counter.texts_to_count(letter, 10) == 0
    # Moved, no text new: nothing to count (found by looking at every text).
    moved = move_question_by(letter, letter.questions[0].id, 3)
    assert counter.texts_to_count(moved, 10) == 0
    # Every answer new: counted as far as the limit and one more.
    answers = tuple(
        replace(a, text=RichText.plain(f"Antwoord {i}.")) for i, a in enumerate(letter.answers)
    )
    assert counter.texts_to_count(replace(letter, answers=answers), 10) == 11
    before = counter.texts_counted
    counter.update(replace(letter, answers=answers))
    assert counter.texts_counted - before == len(answers)


def test_questions_inserted_deleted_and_combined_count_only_the_texts_between(monkeypatch):
    """A structural edit counts the texts between the first and last changed items, not
    the letter's (at 10,000 questions a walk of 20,000 texts on the GUI thread)."""
    from answerletter.testing.synthetic import generate_letter

    letter = generate_letter(30, seed=2)
    counter = LetterCounter()
    counter.update(letter)

    def walk_again(_letter):
        raise AssertionError("the totals were added up again")

    monkeypatch.setattr(counter, "_full", walk_again)
    inserted, qid = ops.insert_question(letter, 12, text=RichText.plain("Een nieuwe vraag?"))
    assert counter.texts_to_count(inserted, 10) == 1  # the new question's text only
    before = counter.texts_counted
    edited = inserted
    for edit in (
        lambda x: ops.move_question_by(x, qid, 2),
        lambda x: ops.combine(x, [x.questions[3].id, x.questions[4].id]),
        lambda x: ops.delete_questions(x, [x.questions[20].id]),
        lambda x: ops.ensure_answer(x, qid)[0],
        lambda x: ops.move_question_by(x, qid, -4),  # as many items as before
    ):
        edited = edit(edited)
        assert counter.update(edited) == LetterCounter().update(edited)
    assert counter.texts_counted - before <= 4  # the new texts: question, combined answer
