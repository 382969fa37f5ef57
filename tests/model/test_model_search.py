"""Find and replace in a whole letter (model.search, model.replace): what is found where,
what a replacement does to marks and footnotes, and what it refuses."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from answerletter.model import (
    Acceptance,
    Answer,
    Block,
    Body,
    DocumentKind,
    Footnote,
    Letter,
    Marks,
    Member,
    Metadata,
    Question,
    RichText,
    Run,
)
from answerletter.model import operations as ops
from answerletter.model.consistency import check_consistency
from answerletter.model.replace import (
    ReplaceRefusedError,
    place_text,
    replace_all,
    replace_hit,
)
from answerletter.model.search import (
    MARK,
    LetterSearch,
    Part,
    Place,
    Query,
    body_places,
    item_place,
    iter_hits,
    runs_text,
    search_text,
)

from seed_letter import build_seed_letter
from strategies import UNTIMED, letters

BOLD = Marks(bold=True)
ITALIC = Marks(italic=True)


def one_answer(*content: Run | Footnote, question: str = "Wat zegt de Kamer?") -> Letter:
    """A letter of one question (q1) and its answer (a1) holding *content* as one paragraph."""
    return Letter(
        questions=(Question("q1", 1, RichText.plain(question)),),
        answers=(Answer("a1", ("q1",), RichText((Block(tuple(content)),))),),
    )


def found(letter: Letter, query: Query) -> list[tuple[Place, str]]:
    """Each hit's place and the text at it, in order."""
    result = LetterSearch().search(letter, query)
    out = []
    for hit in result.hits:
        text = place_text(letter, hit.place)
        assert text is not None
        out.append((hit.place, text[hit.start : hit.end]))
    return out


A1 = Place(Part.ANSWER, "a1")
Q1 = Place(Part.QUESTION, "q1")


# -- finding --


def test_a_hit_runs_across_mark_boundaries():
    letter = one_answer(Run("De Tweede "), Run("Kamer", BOLD), Run(" vergadert."))
    assert found(letter, Query("tweede kamer")) == [(A1, "Tweede Kamer")]


def test_a_hit_never_runs_over_a_footnote_mark():
    note = Footnote("fn1", (Run("Kamerstuk 31 865."),))
    letter = one_answer(Run("De Tweede"), note, Run(" Kamer"))
    assert found(letter, Query("Tweede Kamer")) == []
    assert found(letter, Query("Tweede")) == [(A1, "Tweede")]


def test_a_query_holding_a_mark_or_newline_finds_nothing():
    letter = one_answer(Run("a"), Footnote("fn1", (Run("b"),)), Run("c"))
    assert Query(f"a{MARK}c").pattern() is None
    assert Query("a\nc").pattern() is None
    assert found(letter, Query(f"a{MARK}c")) == []


def test_footnote_hits_are_listed_where_the_mark_stands():
    note = Footnote("fn7", (Run("Zie de brief aan de "), Run("Kamer", ITALIC), Run(".")))
    letter = one_answer(Run("Eerst de Kamer"), note, Run(", dan weer de Kamer."))
    in_note = Place(Part.ANSWER, "a1", footnote="fn7")
    assert found(letter, Query("Kamer")) == [
        (Q1, "Kamer"),
        (A1, "Kamer"),
        (in_note, "Kamer"),
        (A1, "Kamer"),
    ]
    # Offsets of the answer's hits are those of its search text (the mark one character).
    hits = LetterSearch().search(letter, Query("Kamer")).hits
    assert [(h.start, h.end) for h in hits if h.place == A1] == [(9, 14), (29, 34)]


def test_offsets_count_paragraph_ends_as_one_character():
    text = RichText((Block((Run("Eerste alinea."),)), Block((Run("Kamer"),))))
    letter = replace(one_answer(Run("x")), answers=(Answer("a1", ("q1",), text),))
    hit = next(h for h in iter_hits(letter, Query("Kamer")) if h.place == A1)
    assert (hit.start, hit.end) == (15, 20)
    assert search_text(text) == "Eerste alinea.\nKamer"


def test_whole_word_and_case_options():
    letter = one_answer(Run("Het Kamerlid vroeg de kamer en de Kamer."))
    assert [t for _, t in found(letter, Query("kamer"))] == ["Kamer", "Kamer", "kamer", "Kamer"]
    assert [t for _, t in found(letter, Query("Kamer", match_case=True))] == [
        "Kamer",
        "Kamer",
        "Kamer",
    ]
    assert [t for _, t in found(letter, Query("kamer", whole_word=True))] == [
        "Kamer",
        "kamer",
        "Kamer",
    ]
    assert found(letter, Query("Kamer", match_case=True, whole_word=True)) == [
        (Q1, "Kamer"),
        (A1, "Kamer"),
    ]


def test_whole_word_bounds_only_the_word_ends_of_the_query():
    letter = one_answer(Run("Zie (nr. 12) en nr. 123."))
    assert [t for _, t in found(letter, Query("(nr. 12)", whole_word=True))] == ["(nr. 12)"]
    assert found(letter, Query("nr. 12", whole_word=True)) == [(A1, "nr. 12")]


def test_case_insensitive_search_knows_dutch_letters():
    letter = one_answer(Run("Een geüpdatet versie, GEÜPDATET."))
    assert [t for _, t in found(letter, Query("geüpdatet"))] == ["geüpdatet", "GEÜPDATET"]


def test_metadata_is_searched_only_when_asked():
    letter = replace(
        one_answer(Run("Geen treffer hier.")),
        metadata=Metadata(subject="gesprekken met de Taliban", our_reference="Taliban-2026"),
        body=Body(offering=RichText.plain("Hierbij de antwoorden.")),  # not made from them
    )
    assert found(letter, Query("Taliban")) == []
    assert found(letter, Query("Taliban", metadata=True)) == [
        (Place(Part.METADATA, field="our_reference"), "Taliban"),
        (Place(Part.METADATA, field="subject"), "Taliban"),
    ]


def test_body_parts_come_before_the_questions_in_printed_order():
    letter = replace(
        one_answer(Run("antwoord")),
        body=Body(
            offering=RichText.plain("Hierbij het antwoord."),
            paragraphs=RichText.plain("Een antwoord vooraf."),
            closing="Met een antwoord,",
        ),
    )
    assert [p.part for p, _ in found(letter, Query("antwoord"))] == [
        Part.OFFERING,
        Part.PARAGRAPHS,
        Part.CLOSING,
        Part.ANSWER,
    ]


def test_the_generated_offering_is_found():
    letter = build_seed_letter()
    assert letter.body.offering is None
    places = [p for p, _ in found(letter, Query("Hierbij bied ik u"))]
    assert places == [Place(Part.OFFERING)]


def test_the_seed_letter_finds_what_a_reader_sees():
    # Read from the seed: "Kamer" stands in question 4 ("de Kamer informeren"), answer 4
    # ("Uw Kamer heeft een afschrift") and answer 7 ("met uw Kamer gedeeld").
    letter = build_seed_letter()
    hits = found(letter, Query("Kamer", whole_word=True))
    assert [(p.part, p.item) for p, _ in hits] == [
        (Part.QUESTION, "q4"),
        (Part.ANSWER, "a4"),
        (Part.ANSWER, "a7"),
    ]


def test_more_than_the_limit_is_reported_as_truncated(monkeypatch):
    from answerletter.model import search

    monkeypatch.setattr(search, "MAX_HITS", 3)
    letter = one_answer(Run("de de de de de"))
    result = LetterSearch().search(letter, Query("de", whole_word=True))
    assert len(result.hits) == 3 and result.truncated
    assert not LetterSearch().search(letter, Query("vergadert")).truncated


@UNTIMED
@given(letters(max_questions=6), st.data())
def test_incremental_search_equals_a_fresh_one(letter, data):
    """A LetterSearch that saw the previous version finds what a new one finds."""
    searcher = LetterSearch()
    query = Query("a", match_case=data.draw(st.booleans()), whole_word=data.draw(st.booleans()))
    searcher.search(letter, query)
    if letter.answers:
        index = data.draw(st.integers(0, len(letter.answers) - 1))
        typed = RichText((*letter.answers[index].text.blocks, Block((Run("a A ab"),))))
        letter = ops.set_answer_text(letter, letter.answers[index].id, typed)
    assert searcher.search(letter, query).hits == LetterSearch().search(letter, query).hits


# -- replacing --


def test_replacing_inside_a_run_keeps_its_marks():
    letter = one_answer(Run("De "), Run("Tweede Kamer", BOLD), Run(" vergadert."))
    hit = next(h for h in iter_hits(letter, Query("Kamer")) if h.place == A1)
    after = replace_hit(letter, hit, "Eerste Kamer", Query("Kamer"))
    assert after.answer("a1").text == RichText(
        (Block((Run("De "), Run("Tweede Eerste Kamer", BOLD), Run(" vergadert."))),)
    )


def test_a_replacement_across_marks_takes_the_first_characters_marks():
    letter = one_answer(Run("De Tweede "), Run("Kamer", BOLD), Run("."))
    hit = next(h for h in iter_hits(letter, Query("Tweede Kamer")) if h.place == A1)
    after = replace_hit(letter, hit, "Eerste Kamer", Query("Tweede Kamer"))
    assert after.answer("a1").text == RichText((Block((Run("De Eerste Kamer."),)),))


def test_replacing_next_to_a_footnote_keeps_the_footnote():
    note = Footnote("fn1", (Run("Kamerstuk 31 865, nr. 207."),))
    letter = one_answer(Run("De Kamer"), note, Run(" vergadert."))
    outcome = replace_all(letter, Query("Kamer"), "Senaat")
    assert outcome.replaced == 3  # the question's, the answer's and the footnote's ("Kamerstuk")
    expected_note = Footnote("fn1", (Run("Senaatstuk 31 865, nr. 207."),))
    assert outcome.letter.answer("a1").text == RichText(
        (Block((Run("De Senaat"), expected_note, Run(" vergadert."))),)
    )
    assert outcome.letter.question("q1").text == RichText.plain("Wat zegt de Senaat?")


def test_replacing_a_whole_run_between_footnotes_leaves_both():
    first, second = Footnote("fn1", (Run("een"),)), Footnote("fn2", (Run("twee"),))
    letter = one_answer(first, Run("tekst", ITALIC), second)
    outcome = replace_all(letter, Query("tekst"), "")
    assert outcome.replaced == 1
    assert outcome.letter.answer("a1").text == RichText((Block((first, second)),))


def test_replace_all_counts_and_leaves_generated_text():
    letter = one_answer(Run("ik bied u dit aan"))
    outcome = replace_all(letter, Query("bied", whole_word=True), "geef")
    # The generated offering ("Hierbij bied ik u …") is found but not replaced.
    assert (outcome.replaced, outcome.skipped) == (1, 1)
    assert outcome.letter.body == letter.body
    assert outcome.letter.answer("a1").text == RichText.plain("ik geef u dit aan")


def test_replacing_generated_text_is_refused():
    letter = build_seed_letter()
    hit = next(iter_hits(letter, Query("Hierbij")))
    assert hit.place == Place(Part.OFFERING)
    with pytest.raises(ReplaceRefusedError, match="letter details"):
        replace_hit(letter, hit, "Hiermee", Query("Hierbij"))


def test_a_postponement_notice_text_is_found_and_not_replaced():
    from answerletter.model.notice import make_notice

    notice, _ = make_notice(build_seed_letter(), build_seed_letter().metadata.submitted, "drukte")
    assert notice.kind is DocumentKind.POSTPONEMENT_NOTICE
    hits = list(iter_hits(notice, Query("uitstel")))
    assert hits and {h.place for h in hits} == {Place(Part.OFFERING)}
    with pytest.raises(ReplaceRefusedError):
        replace_hit(notice, hits[0], "x", Query("uitstel"))
    outcome = replace_all(notice, Query("uitstel"), "x")
    assert outcome.replaced == 0 and outcome.skipped == len(hits)
    assert outcome.letter is notice
    # The reason it is made from is a letter detail, and that can be replaced.
    outcome = replace_all(notice, Query("drukte", metadata=True), "ziekte")
    assert outcome.replaced == 1
    assert outcome.letter.metadata.postponement is not None
    assert outcome.letter.metadata.postponement.reason == "ziekte"


def test_a_stale_hit_is_refused():
    letter = one_answer(Run("De Kamer vergadert."))
    hit = next(h for h in iter_hits(letter, Query("Kamer")) if h.place == A1)
    changed = ops.set_answer_text(letter, "a1", RichText.plain("Kamer"))
    with pytest.raises(ReplaceRefusedError, match="changed"):
        replace_hit(changed, hit, "Senaat", Query("Kamer"))


def test_replacing_metadata_fields():
    metadata = Metadata(
        subject="gesprekken met de Taliban",
        addressee=("Aan de Taliban", "Postbus 1"),
        members=(Member("Taliban", "X"),),
    )
    letter = replace(one_answer(Run("niets")), metadata=metadata)
    outcome = replace_all(letter, Query("Taliban", metadata=True), "delegatie")
    assert outcome.replaced == 3
    meta = outcome.letter.metadata
    assert meta.subject == "gesprekken met de delegatie"
    assert meta.addressee == ("Aan de delegatie", "Postbus 1")
    assert meta.members[0].name == "delegatie" and meta.members[0].party == "X"


def test_replace_drops_acceptances_whose_excerpt_is_gone():
    letter = replace(
        one_answer(Run("De de Kamer.")),
        accepted=(
            Acceptance("doubled-word", "a1", "answer", "", "De de", "zo bedoeld"),
            Acceptance("other", "q1", "question", "", "zegt", "ok"),
        ),
    )
    outcome = replace_all(letter, Query("De de", match_case=True), "De")
    assert [a.check for a in outcome.letter.accepted] == ["other"]


@UNTIMED
@given(letters(max_questions=5), st.data())
def test_replace_all_is_a_plain_substitution_that_keeps_every_footnote(letter, data):
    """Oracle: every replaceable text reads as ``re.sub`` of the query over it; footnotes keep
    their ids and order; the letter stays consistent; generated text is untouched."""
    query = Query(
        data.draw(st.sampled_from(["a", "e", "ab", "A b", "x"])),
        match_case=data.draw(st.booleans()),
        whole_word=data.draw(st.booleans()),
    )
    replacement = data.draw(st.sampled_from(["", "Z", "zz yy", "a"]))
    outcome = replace_all(letter, query, replacement)
    after = outcome.letter
    pattern = query.pattern()
    assert pattern is not None
    assert check_consistency(after) == []
    assert [n.id for n in after.footnotes()] == [n.id for n in letter.footnotes()]
    total = 0
    for old, new in zip(_texts(letter), _texts(after), strict=True):
        expected, count = re.subn(pattern, replacement, search_text(old))
        assert search_text(new) == expected
        total += count
        for old_note, new_note in zip(old.footnotes(), new.footnotes(), strict=True):
            expected, count = re.subn(pattern, replacement, runs_text(old_note.body))
            assert runs_text(new_note.body) == expected
            total += count
    if letter.body.offering is None:
        assert after.body.offering is None
    assert outcome.replaced == total + _body_count(letter, pattern)


def _texts(letter: Letter) -> list[RichText]:
    return [item.text for item in letter.presentation()] + [letter.body.paragraphs]


def _body_count(letter: Letter, pattern: re.Pattern[str]) -> int:
    count = len(pattern.findall(letter.body.closing))
    for place, text in body_places(letter):
        if place.part is Part.OFFERING and letter.body.offering is None:
            continue
        if place.part is Part.PARAGRAPHS:
            continue  # counted with the items
        count += len(pattern.findall(search_text(text)))
        count += sum(len(pattern.findall(runs_text(n.body))) for n in text.footnotes())
    return count


def test_item_place_names_questions_and_answers():
    letter = one_answer(Run("x"))
    assert [item_place(i) for i in letter.presentation()] == [Q1, A1]


@UNTIMED
@given(letters(max_questions=5), st.sampled_from(["a", "e", "A b"]), st.booleans())
def test_replace_all_is_one_document_step_and_undo_gives_the_letter_back(
    qapp, letter, text, whole_word
):
    from answerletter.editing.document import Document

    document = Document(letter)
    outcome = replace_all(letter, Query(text, whole_word=whole_word), "Vervangen")
    document.apply(outcome.letter, "Replace All")
    assert document.undo_stack.count() == (1 if outcome.letter is not letter else 0)
    document.undo()
    assert document.letter is letter
    document.redo()
    assert document.letter == outcome.letter
