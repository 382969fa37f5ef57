"""Operations on a letter: each returns a new consistent letter and leaves its input alone."""

from __future__ import annotations

from dataclasses import replace

import pytest

from answerletter.model import (
    Answer,
    Block,
    Body,
    Footnote,
    Inline,
    Letter,
    ModelError,
    Question,
    RichText,
    Run,
)
from answerletter.model import operations as ops
from answerletter.model.consistency import check_consistency
from answerletter.model.wording import answer_label, reference_sentence


def text(words: str, *notes: str) -> RichText:
    """One paragraph, followed by footnotes with the given ids."""
    content: tuple[Inline, ...] = (Run(words), *(Footnote(n, (Run(f"noot {n}"),)) for n in notes))
    return RichText((Block(content),))


def make(count: int, **answers: tuple[str, ...]) -> Letter:
    """Questions q1..qN numbered 1..N, each answered alone ("a<i>") unless *answers* says
    which questions an answer covers."""
    questions = tuple(Question(f"q{i}", i, text(f"Vraag {i}?")) for i in range(1, count + 1))
    letter = Letter(questions=questions)
    covered = {q for qs in answers.values() for q in qs}
    built = [Answer(aid, qs, text(f"Antwoord {aid}.")) for aid, qs in answers.items()]
    built += [
        Answer(f"a{i}", (f"q{i}",), text(f"Antwoord {i}."))
        for i in range(1, count + 1)
        if f"q{i}" not in covered
    ]
    return ops._rebuild(letter, questions, built)


def numbers(letter: Letter) -> list[int]:
    return [q.number for q in letter.questions]


def qids(letter: Letter) -> list[str]:
    return [q.id for q in letter.questions]


def labels(letter: Letter) -> list[str]:
    return [answer_label(letter, a) for a in letter.answers]


def consistent(letter: Letter) -> Letter:
    assert check_consistency(letter) == []
    return letter


# -- insert, duplicate --


def test_insert_question() -> None:
    letter = make(3)
    after, qid = ops.insert_question(letter, 1, text=text("Nieuw?"))
    consistent(after)
    assert qids(after) == ["q1", qid, "q2", "q3"]
    assert qid not in letter.all_ids()
    assert numbers(after) == [1, 4, 2, 3]
    assert after.answer_for(qid) is None
    assert letter == make(3)


def test_insert_question_with_number_and_at_the_ends() -> None:
    letter, first = ops.insert_question(make(2), 0, number=7)
    letter, last = ops.insert_question(letter, 3)
    consistent(letter)
    assert qids(letter) == [first, "q1", "q2", last]
    assert numbers(letter) == [7, 1, 2, 8]
    for index in (-1, 5):
        with pytest.raises(ModelError):
            ops.insert_question(letter, index)
    with pytest.raises(ModelError):
        ops.insert_question(letter, 0, number=0)


def test_insert_into_empty_letter() -> None:
    letter, qid = ops.insert_question(Letter(), 0)
    assert consistent(letter).question(qid).number == 1


def test_insert_gives_clashing_footnotes_fresh_ids() -> None:
    letter = replace(make(1), questions=(Question("q1", 1, text("Vraag?", "fn1")),))
    after, qid = ops.insert_question(letter, 1, text=text("Nog een?", "fn1"))
    consistent(after)
    new_note = after.question(qid).text.footnotes()[0]
    assert new_note.id != "fn1"
    assert new_note.body == (Run("noot fn1"),)


def test_insert_question_id_does_not_clash_with_its_own_footnotes() -> None:
    # Found by the state machine: in an empty letter the new question became "q1" while the
    # pasted text carried a footnote "q1".
    after, qid = ops.insert_question(Letter(), 0, text=text("Vraag?", "q1", "q2"))
    consistent(after)
    assert qid not in {"q1", "q2"}


def test_duplicate_question_reissues_footnote_ids() -> None:
    letter = replace(
        make(2), questions=(Question("q1", 1, text("Vraag?", "fn1", "fn2")), make(2).questions[1])
    )
    after, copy = ops.duplicate_question(consistent(letter), "q1")
    consistent(after)
    assert qids(after) == ["q1", copy, "q2"]
    assert after.question(copy).number == 1
    assert after.question(copy).text.plain_text() == "Vraag?"
    copied = [n.id for n in after.question(copy).text.footnotes()]
    assert len(set(copied)) == 2 and not set(copied) & {"fn1", "fn2"}
    assert after.answer_for(copy) is None


def test_duplicate_unknown_question() -> None:
    with pytest.raises(ModelError):
        ops.duplicate_question(make(1), "q9")


# -- delete --


def test_delete_question_with_its_answer_and_footnotes() -> None:
    letter = replace(
        make(2), questions=(Question("q1", 1, text("Vraag?", "fn1")), make(2).questions[1])
    )
    after = consistent(ops.delete_questions(letter, ["q1"]))
    assert qids(after) == ["q2"]
    assert [a.id for a in after.answers] == ["a2"]
    assert after.footnotes() == ()
    assert numbers(after) == [2]


def test_delete_one_question_of_a_combined_answer() -> None:
    letter = make(4, a2=("q2", "q3"))
    after = consistent(ops.delete_questions(letter, ["q2"]))
    assert after.answer("a2").questions == ("q3",)
    assert after.answer("a2").text == letter.answer("a2").text
    assert labels(after) == ["Antwoord op vraag 1", "Antwoord op vraag 3", "Antwoord op vraag 4"]


def test_delete_all_questions_of_a_combined_answer() -> None:
    after = consistent(ops.delete_questions(make(4, a2=("q2", "q3")), ["q2", "q3"]))
    assert [a.id for a in after.answers] == ["a1", "a4"]


def test_delete_the_target_of_a_reference_keeps_the_referring_text() -> None:
    letter = ops.refer(make(3), "q3", "q1")
    assert reference_sentence(letter, letter.answer("a3")) == "Zie antwoord op vraag 1."
    after = consistent(ops.delete_questions(letter, ["q1"]))
    assert after.answer("a3").refers_to is None
    assert after.answer("a3").text == letter.answer("a3").text


def test_delete_unknown_question_changes_nothing() -> None:
    letter = make(2)
    with pytest.raises(ModelError):
        ops.delete_questions(letter, ["q1", "q9"])
    assert letter == make(2)


# -- move --


def test_move_keeps_numbers_and_answers_follow() -> None:
    letter = make(4, a1=("q1", "q2"))
    after = consistent(ops.move_questions(letter, ["q1"], None))
    assert qids(after) == ["q2", "q3", "q4", "q1"]
    assert numbers(after) == [2, 3, 4, 1]
    assert after.answer("a1").questions == ("q2", "q1")
    assert [item.id for item in after.presentation()] == ["q2", "q3", "a3", "q4", "a4", "q1", "a1"]


def test_move_several_before_another() -> None:
    after = consistent(ops.move_questions(make(5), ["q5", "q2"], "q1"))
    assert qids(after) == ["q2", "q5", "q1", "q3", "q4"]
    with pytest.raises(ModelError):
        ops.move_questions(make(5), ["q2"], "q2")
    with pytest.raises(ModelError):
        ops.move_questions(make(5), ["q2"], "q9")
    with pytest.raises(ModelError):
        ops.move_questions(make(5), ["q9"], None)


@pytest.mark.parametrize(
    ("question", "steps", "order"),
    [
        ("q2", -1, [2, 1, 3, 4]),
        ("q2", 1, [1, 3, 2, 4]),
        ("q2", 2, [1, 3, 4, 2]),
        ("q2", 9, [1, 3, 4, 2]),
        ("q2", -9, [2, 1, 3, 4]),
        ("q1", -1, [1, 2, 3, 4]),
        ("q4", 1, [1, 2, 3, 4]),
        ("q3", 0, [1, 2, 3, 4]),
    ],
)
def test_move_question_by(question: str, steps: int, order: list[int]) -> None:
    after = consistent(ops.move_question_by(make(4), question, steps))
    assert numbers(after) == order


def test_move_question_by_unknown() -> None:
    with pytest.raises(ModelError):
        ops.move_question_by(make(2), "q9", 1)


# -- numbers --


def test_renumber_makes_one_to_n_and_labels_follow() -> None:
    letter = make(5, a3=("q3", "q4"))
    letter = ops.refer(letter, "q5", "q3")
    letter = ops.move_questions(letter, ["q1"], None)
    assert labels(letter) == [
        "Antwoord op vraag 2",
        "Antwoord op vraag 3 en 4",
        "Antwoord op vraag 5",
        "Antwoord op vraag 1",
    ]
    after = consistent(ops.renumber(letter))
    assert numbers(after) == [1, 2, 3, 4, 5]
    assert labels(after) == [
        "Antwoord op vraag 1",
        "Antwoord op vraag 2 en 3",
        "Antwoord op vraag 4",
        "Antwoord op vraag 5",
    ]
    assert reference_sentence(after, after.answer("a5")) == "Zie antwoord op vraag 2."


def test_renumber_keeps_unchanged_questions_identical() -> None:
    letter = make(3)
    after = ops.renumber(letter)
    assert all(a is b for a, b in zip(after.questions, letter.questions, strict=True))


def test_set_question_number() -> None:
    after = consistent(ops.set_question_number(make(2), "q2", 12))
    assert numbers(after) == [1, 12]
    with pytest.raises(ModelError):
        ops.set_question_number(make(2), "q2", 0)
    with pytest.raises(ModelError):
        ops.set_question_number(make(2), "q9", 3)


# -- combine, split --


def test_combine_two_questions() -> None:
    letter = make(3)
    after = consistent(ops.combine(letter, ["q2", "q3"]))
    assert [a.id for a in after.answers] == ["a1", "a2"]
    assert after.answer("a2").questions == ("q2", "q3")
    assert after.answer("a2").text.plain_text() == "Antwoord 2.\nAntwoord 3."
    assert labels(after) == ["Antwoord op vraag 1", "Antwoord op vraag 2 en 3"]


def test_combine_questions_without_answers() -> None:
    letter = Letter(questions=make(3).questions)
    after = consistent(ops.combine(letter, ["q3", "q1"]))
    (answer,) = after.answers
    assert answer.questions == ("q1", "q3")
    assert answer.text.is_empty()
    assert answer.id not in letter.all_ids()


def test_combine_questions_that_already_have_combined_answers() -> None:
    letter = make(6, a1=("q1", "q2"), a4=("q4", "q5"))
    after = consistent(ops.combine(letter, ["q2", "q5"]))
    assert [a.questions for a in after.answers] == [("q3",), ("q1", "q2", "q4", "q5"), ("q6",)]
    merged = after.answer("a1")
    assert merged.text.plain_text() == "Antwoord a1.\nAntwoord a4."
    assert labels(after)[1] == "Antwoord op vraag 1, 2, 4 en 5"


def test_combine_needs_two_questions() -> None:
    with pytest.raises(ModelError):
        ops.combine(make(2), ["q1"])
    with pytest.raises(ModelError):
        ops.combine(make(2), ["q1", "q1"])
    with pytest.raises(ModelError):
        ops.combine(make(2), ["q1", "q9"])


def test_combine_drops_a_reference_into_itself() -> None:
    letter = ops.refer(make(3), "q3", "q1")
    after = consistent(ops.combine(letter, ["q1", "q3"]))
    assert after.answer("a1").refers_to is None


def test_combine_keeps_an_outside_reference() -> None:
    letter = ops.refer(make(3), "q3", "q1")
    after = consistent(ops.combine(letter, ["q2", "q3"]))
    assert after.answer("a2").refers_to == "q1"


def test_combine_clears_a_reference_that_would_close_a_circle() -> None:
    # a3 refers to q1; a1 refers to q2. Combining q2 and q3 would make a circle.
    letter = ops.refer(ops.refer(make(3), "q3", "q1"), "q1", "q2")
    after = consistent(ops.combine(letter, ["q2", "q3"]))
    assert after.answer("a1").refers_to == "q2"
    assert after.answer("a2").refers_to is None


def test_split_gives_the_first_question_the_answer() -> None:
    letter = ops.combine(ops.refer(make(4), "q1", "q4"), ["q1", "q2", "q3"])
    assert letter.answer("a1").questions == ("q1", "q2", "q3")
    assert letter.answer("a1").refers_to == "q4"
    after = consistent(ops.split(letter, "a1"))
    first = after.answer_for("q1")
    assert first is not None
    assert first.id == "a1"
    assert first.text == letter.answer("a1").text
    assert first.refers_to == "q4"
    for qid in ("q2", "q3"):
        answer = after.answer_for(qid)
        assert answer is not None
        assert answer.questions == (qid,)
        assert answer.text.is_empty() and answer.refers_to is None
        assert answer.id not in letter.all_ids()
    assert labels(after) == [f"Antwoord op vraag {n}" for n in (1, 2, 3, 4)]


def test_split_refuses_a_single_answer() -> None:
    with pytest.raises(ModelError):
        ops.split(make(2), "a1")
    with pytest.raises(ModelError):
        ops.split(make(2), "a9")


# -- references --


def test_refer_creates_an_answer_when_needed_and_keeps_text() -> None:
    letter = Letter(questions=make(2).questions)
    after = consistent(ops.refer(letter, "q2", "q1"))
    answer = after.answer_for("q2")
    assert answer is not None and answer.refers_to == "q1"
    assert reference_sentence(after, answer) == "Zie antwoord op vraag 1."
    with_text = consistent(ops.refer(make(2), "q2", "q1"))
    assert with_text.answer("a2").text == make(2).answer("a2").text


def test_refer_from_inside_a_combined_answer_splits_it_off() -> None:
    letter = make(4, a2=("q2", "q3", "q4"))
    after = consistent(ops.refer(letter, "q3", "q1"))
    assert after.answer("a2").questions == ("q2", "q4")
    own = after.answer_for("q3")
    assert own is not None and own.id != "a2"
    assert own.questions == ("q3",) and own.refers_to == "q1"
    assert labels(after) == [
        "Antwoord op vraag 1",
        "Antwoord op vraag 3",
        "Antwoord op vraag 2 en 4",
    ]


def test_refer_to_a_partner_in_the_same_combined_answer() -> None:
    after = consistent(ops.refer(make(2, a1=("q1", "q2")), "q2", "q1"))
    assert after.answer("a1").questions == ("q1",)
    assert after.answer_for("q2").refers_to == "q1"  # type: ignore[union-attr]


def test_refer_refuses_self_reference_and_circles() -> None:
    letter = ops.refer(make(3), "q2", "q1")
    with pytest.raises(ModelError, match="own question"):
        ops.refer(letter, "q1", "q1")
    with pytest.raises(ModelError, match="circle"):
        ops.refer(letter, "q1", "q2")
    chain = ops.refer(letter, "q3", "q2")
    with pytest.raises(ModelError, match="circle"):
        ops.refer(chain, "q1", "q3")
    with pytest.raises(ModelError):
        ops.refer(letter, "q1", "q9")
    with pytest.raises(ModelError):
        ops.refer(letter, "q9", "q1")


def test_refer_from_a_combined_answer_splits_before_checking_for_circles() -> None:
    # a3 refers to q2, which shares a1 with q1. q1 referring to q3 is fine once q1 has its
    # own answer: q1 -> q3 -> q2, and q2's answer refers nowhere.
    letter = ops.refer(make(3, a1=("q1", "q2")), "q3", "q2")
    after = consistent(ops.refer(letter, "q1", "q3"))
    assert after.answer("a1").questions == ("q2",)
    assert after.answer_for("q1").refers_to == "q3"  # type: ignore[union-attr]


def test_refer_into_a_combined_answer_that_refers_back_is_refused() -> None:
    # a1 covers q1 and q2 and refers to q3: q3 referring to q2 would close a circle.
    letter = ops.combine(ops.refer(make(3), "q1", "q3"), ["q1", "q2"])
    assert letter.answer("a1").refers_to == "q3"
    with pytest.raises(ModelError, match="circle"):
        ops.refer(letter, "q3", "q2")


def test_clear_reference() -> None:
    letter = ops.refer(make(2), "q2", "q1")
    after = consistent(ops.clear_reference(letter, "a2"))
    assert after.answer("a2").refers_to is None
    assert after.answer("a2").text == letter.answer("a2").text
    with pytest.raises(ModelError):
        ops.clear_reference(letter, "a9")


# -- texts and answers --


def test_ensure_answer() -> None:
    letter = Letter(questions=make(2).questions)
    after, aid = ops.ensure_answer(letter, "q2")
    consistent(after)
    assert after.answer(aid).questions == ("q2",)
    same, again = ops.ensure_answer(after, "q2")
    assert same is after and again == aid
    with pytest.raises(ModelError):
        ops.ensure_answer(letter, "q9")


def test_set_answer_text_reissues_footnote_ids_used_elsewhere() -> None:
    letter = replace(
        make(2), questions=(Question("q1", 1, text("Vraag?", "fn1")), make(2).questions[1])
    )
    pasted = text("Geplakt.", "fn1", "fn7", "fn7")
    after = consistent(ops.set_answer_text(letter, "a2", pasted))
    ids = [n.id for n in after.answer("a2").text.footnotes()]
    assert ids[1] == "fn7"
    assert len(set(ids)) == 3 and "fn1" not in ids
    assert after.question("q1").text == letter.question("q1").text
    bodies = [n.body for n in after.answer("a2").text.footnotes()]
    assert bodies == [n.body for n in pasted.footnotes()]


def test_set_answer_text_reissues_invalid_footnote_ids() -> None:
    # Pasted rich text (the clipboard carries JSON) may hold any string as a footnote id.
    after = consistent(ops.set_answer_text(make(1), "a1", text("Geplakt.", "", "fn 1", "1x")))
    assert len(after.answer("a1").text.footnotes()) == 3


def test_set_answer_text_keeps_its_own_footnote_ids() -> None:
    letter = ops.set_answer_text(make(1), "a1", text("Antwoord.", "fn3"))
    after = consistent(ops.set_answer_text(letter, "a1", text("Nieuw antwoord.", "fn3")))
    assert [n.id for n in after.answer("a1").text.footnotes()] == ["fn3"]


def test_set_question_text_reissues_clashing_ids() -> None:
    letter = ops.set_answer_text(make(2), "a1", text("Antwoord.", "fn1"))
    after = consistent(ops.set_question_text(letter, "q2", text("Vraag?", "fn1", "a1")))
    ids = [n.id for n in after.question("q2").text.footnotes()]
    assert not set(ids) & {"fn1", "a1"}
    with pytest.raises(ModelError):
        ops.set_question_text(letter, "q9", text("x"))
    with pytest.raises(ModelError):
        ops.set_answer_text(letter, "a9", text("x"))


def test_set_body_keeps_footnote_ids_unique_in_the_letter() -> None:
    letter = ops.set_answer_text(make(1), "a1", text("Antwoord.", "fn1"))
    body = Body(offering=text("Aanbieding.", "fn1"), paragraphs=text("Alinea.", "fn1", "fn2"))
    after = consistent(ops.set_body(letter, body))
    assert after.answer("a1").text == letter.answer("a1").text
    assert after.body.offering is not None
    assert after.body.offering.plain_text() == "Aanbieding."
    assert after.body.paragraphs.plain_text() == "Alinea."
    assert len(after.footnotes()) == 4


def test_set_metadata_and_body() -> None:
    letter = make(1)
    after = ops.set_metadata(letter, replace(letter.metadata, subject="de opvang"))
    assert after.metadata.subject == "de opvang"
    body = Body(paragraphs=text("Inleiding."), closing="Hoogachtend,")
    assert ops.set_body(after, body).body == body


def test_new_ids() -> None:
    assert ops.new_ids(["q1", "q9", "a12", "fn3", "qx", "q"], "q", 2) == ["q10", "q11"]
    assert ops.new_ids([], "fn") == ["fn1"]


# -- the real letter: answer 3, 4, 5, 9 and 10 together --


def test_real_letter_order_with_one_answer_over_non_adjacent_questions() -> None:
    order = [1, 2, 3, 4, 5, 9, 10, 6, 7, 8, 11, 12]
    letter = make(12)
    letter = ops.move_questions(letter, ["q9", "q10"], "q6")
    assert numbers(letter) == order
    letter = consistent(ops.combine(letter, ["q3", "q4", "q5", "q9", "q10"]))
    combined = letter.answer_for("q3")
    assert combined is not None
    assert combined.questions == ("q3", "q4", "q5", "q9", "q10")
    assert answer_label(letter, combined) == "Antwoord op vraag 3, 4, 5, 9 en 10"
    printed = [
        item.id if isinstance(item, Answer) else item.number for item in letter.presentation()
    ]
    assert printed == [
        1,
        "a1",
        2,
        "a2",
        3,
        4,
        5,
        9,
        10,
        combined.id,
        6,
        "a6",
        7,
        "a7",
        8,
        "a8",
        11,
        "a11",
        12,
        "a12",
    ]
    # Renumbering follows presentation order, and the label follows the numbers.
    renumbered = consistent(ops.renumber(letter))
    assert answer_label(renumbered, renumbered.answer(combined.id)) == (
        "Antwoord op vraag 3, 4, 5, 6 en 7"
    )


# -- look-ups carried over by in-place edits (issue 16) --


def test_typing_carries_the_lookups_over_and_names_the_changed_answer():
    from answerletter.model.letter import changed_items
    from answerletter.testing.synthetic import generate_letter

    letter = generate_letter(30, seed=4)
    letter.presentation(), letter.answer_for(letter.questions[0].id)  # compute the look-ups
    letter.presentation_index  # noqa: B018  (computed, to be carried over)
    answer = letter.answers[7]
    typed = ops.set_answer_text(letter, answer.id, RichText.plain("Nieuw antwoord."))
    assert typed.question_index is letter.question_index
    assert typed.answer_index is letter.answer_index
    assert typed.answer_position is letter.answer_position
    assert typed.presentation_index is letter.presentation_index
    new_answer = typed.answers[7]
    assert typed.answer_for(answer.questions[0]) is new_answer
    assert new_answer in typed.presentation() and answer not in typed.presentation()
    assert changed_items(letter, typed) == {answer.id}
    assert changed_items(typed, letter) == {answer.id}  # undo
    question = letter.questions[3]
    renamed = ops.set_question_text(typed, question.id, RichText.plain("Vraag?"))
    assert renamed.question_index is letter.question_index
    assert changed_items(typed, renamed) == {question.id}
    assert changed_items(letter, renamed) == {answer.id, question.id}  # two steps apart
    assert changed_items(renamed, letter) == {answer.id, question.id}  # two undos
    dated = ops.set_metadata(renamed, renamed.metadata)
    assert changed_items(renamed, dated) == frozenset()
    assert dated.presentation_index is letter.presentation_index
    moved = ops.move_question_by(dated, question.id, 2)
    assert changed_items(dated, moved) is None


def test_what_changed_is_known_across_versions_no_one_keeps():
    """The preview lays out the latest letter every half second, skipping the versions
    typed in between (freed by then: the undo step keeps only the first and the last)."""
    import gc

    from answerletter.model.letter import LINEAGE, changed_items
    from answerletter.testing.synthetic import generate_letter

    letter = generate_letter(30, seed=4)
    answers = [letter.answers[2].id, letter.answers[9].id]
    typed = letter
    for step in range(10):
        typed = ops.set_answer_text(typed, answers[step % 2], RichText.plain("x" * step))
    gc.collect()
    assert changed_items(letter, typed) == set(answers)
    assert changed_items(typed, letter) == set(answers)
    # Undone to an earlier version and typed on: neither descends from the other.
    other = ops.set_answer_text(letter, letter.answers[4].id, RichText.plain("Anders."))
    assert changed_items(typed, other) is None
    # A structural edit in the lineage: unknown, however far back.
    moved = ops.move_question_by(typed, typed.questions[0].id, 2)
    again = ops.set_answer_text(moved, answers[0], RichText.plain("Nog eens."))
    assert changed_items(typed, again) is None
    assert changed_items(moved, again) == {answers[0]}
    # At least LINEAGE edits back, not all the way (the records would grow with every
    # keystroke of a session).
    far = letter
    for step in range(3 * LINEAGE):
        far = ops.set_answer_text(far, answers[step % 2], RichText.plain("y" * step))
        if step == 2 * LINEAGE - 1:
            back = far
    assert changed_items(back, far) == set(answers)
    assert changed_items(far, back) == set(answers)
    assert changed_items(letter, far) is None


def test_with_items_replaces_many_in_one_version_that_says_what_changed():
    """Replace All's thousands of texts: one new version, look-ups carried over, the
    replaced items named (the panes and the layout then look at those only)."""
    from dataclasses import fields

    from answerletter.model.letter import Letter as LetterType
    from answerletter.model.letter import changed_items, with_items
    from answerletter.model.replace import replace_all
    from answerletter.model.search import Query
    from answerletter.testing.synthetic import generate_letter

    letter = generate_letter(30, seed=4)
    letter.presentation(), letter.answer_for(letter.questions[0].id)  # compute the look-ups
    letter.presentation_index  # noqa: B018  (computed, to be carried over)
    items = [
        replace(letter.questions[2], text=RichText.plain("Vraag?")),
        replace(letter.answers[5], text=RichText.plain("Antwoord.")),
        replace(letter.answers[9], text=RichText.plain("Nog een.")),
    ]
    new = with_items(letter, items)
    assert changed_items(letter, new) == {item.id for item in items}
    assert new.question_index is letter.question_index
    assert new.answer_index is letter.answer_index
    assert new.presentation_index is letter.presentation_index
    fresh = LetterType(**{f.name: getattr(new, f.name) for f in fields(new)})
    assert new.presentation() == fresh.presentation()
    assert new.answer_for(letter.answers[5].questions[0]) is items[1]
    with pytest.raises(ModelError):
        with_items(letter, [*items, replace(letter.answers[0], questions=("q999",))])
    with pytest.raises(ModelError):
        with_items(letter, [*items, Question("nieuw", 99, RichText.plain("?"))])
    # Replace All makes its letter this way.
    outcome = replace_all(letter, Query("de", whole_word=True), "het")
    assert outcome.replaced > 10
    changed = changed_items(letter, outcome.letter)
    assert changed is not None and len(changed) > 5
    assert all(
        outcome.letter.question(i).text != letter.question(i).text
        if i in letter.question_index
        else outcome.letter.answer(i).text != letter.answer(i).text
        for i in changed
    )
