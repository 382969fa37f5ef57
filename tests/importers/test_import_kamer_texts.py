"""The twenty real Kamer texts, against structures written by reading each text.

Numbers of questions, the answer groups, footnotes per text (where each mark stands was read
off the text: "?1" at a line end, a line with "2, 3 en 4", "ontscheping.2"), members, dates
and zaaknummers. Written by hand; never produced by running the importer.
"""

from __future__ import annotations

from datetime import date

import pytest

from answerletter.importers import import_file
from answerletter.model import Member, Office
from answerletter.model.consistency import check_consistency

from import_samples import sample

D66 = "D66"
NSC = "Nieuw Sociaal Contract"
GLPVDA = "GroenLinks-PvdA"


def each(n: int) -> list[list[int]]:
    return [[k] for k in range(1, n + 1)]


# name: (questions, answers, notes {("q"|"a", first question number): count}, metadata)
TEXTS: dict[str, dict[str, object]] = {
    "questions-pdf-het-artikel-aidsfonds-maakt-zich-zorgen.txt": dict(
        questions=12, answers=[], notes={("q", 1): 1, ("q", 4): 1},
        zaak="2024Z18436", submitted=date(2024, 11, 14),
        members=(Member("Rooderkerk", D66), Member("Paulusma", D66)),
        offices=(Office("staatssecretaris", "Onderwijs, Cultuur en Wetenschap"),
                 Office("staatssecretaris", "Volksgezondheid, Welzijn en Sport")),
    ),
    "questions-pdf-de-uitzending-van-pointer-ik-mag-niet-k.txt": dict(
        questions=9, answers=[], notes={},
        zaak="2024Z18441", submitted=date(2024, 11, 14),
        members=(Member("Welzijn", NSC),),
        offices=(Office("minister", "Volkshuisvesting en Ruimtelijke Ordening"),),
    ),
    "questions-pdf-de-ontkoppeling-van-ontwikkelingshulp.txt": dict(
        questions=5, answers=[], notes={("q", 1): 1, ("q", 3): 1},
        zaak="2024Z18792", submitted=date(2024, 11, 19),
        members=(Member("Boswijk", "CDA"),),
        offices=(Office("minister", "Financiën"),
                 Office("minister", "Buitenlandse Handel en Ontwikkelingshulp")),
    ),
    "questions-pdf-het-bericht-dat-minister-faber-terug-is.txt": dict(
        questions=8, answers=[], notes={("q", 1): 1},
        zaak="2024Z18795", submitted=date(2024, 11, 19),
        members=(Member("Piri", GLPVDA),),
        offices=(Office("minister", "Binnenlandse Zaken en Koninkrijksrelaties"),
                 Office("minister", "Asiel en Migratie")),
    ),
    "questions-pdf-het-beboeten-van-huisartsen-die-hydroxyc.txt": dict(
        questions=8, answers=[], notes={("q", 1): 1},
        zaak="2024Z18564", submitted=date(2024, 11, 15),
        members=(Member("Van Meijeren", "FVD"),),
        offices=(Office("minister", "Volksgezondheid, Welzijn en Sport"),),
    ),
    "questions-pdf-het-bericht-rijksadviseur-wouter-veldhu.txt": dict(
        questions=9, answers=[], notes={("q", 1): 1},
        zaak="2024Z18435", submitted=date(2024, 11, 14),
        members=(Member("Olger van Dijk", NSC), Member("Pierik", "BBB")),
        offices=(Office("staatssecretaris", "Infrastructuur en Waterstaat"),),
    ),
    "questions-pdf-de-faillissementen-van-steeds-meer-koplo.txt": dict(
        questions=14, answers=[],
        notes={("q", 1): 1, ("q", 2): 1, ("q", 3): 1, ("q", 4): 1, ("q", 5): 1, ("q", 6): 1,
               ("q", 7): 1, ("q", 10): 1, ("q", 12): 1, ("q", 14): 1},
        zaak="2024Z18438", submitted=date(2024, 11, 14),
        members=(Member("Sneller", D66), Member("Bamenga", D66), Member("Rooderkerk", D66),
                 Member("Gabriëls", GLPVDA)),
        offices=(Office("minister", "Economische Zaken"),
                 Office("minister", "Klimaat en Groene Groei"),
                 Office("staatssecretaris", "Infrastructuur en Waterstaat")),
    ),
    "answer-pdf-antwoord-op-vragen-van-het-lid-dani-lle.txt": dict(
        questions=11, answers=each(11), notes={("q", 1): 1, ("a", 9): 1, ("a", 10): 1},
        zaak=None, submitted=date(2024, 10, 30),
        members=(Member("Daniëlle Jansen", NSC),),
        offices=(Office("minister", "Volksgezondheid, Welzijn en Sport"),),
        signer=(Office("minister", "Volksgezondheid, Welzijn en Sport"), "Agema"),
        references={8: 7},
    ),
    "answer-pdf-antwoord-op-vragen-van-het-lid-ellian-ov.txt": dict(
        questions=6, answers=each(6), notes={},
        zaak=None, submitted=date(2024, 11, 4),
        members=(Member("Ellian", "VVD"),),
        offices=(Office("staatssecretaris", "Justitie en Veiligheid"),),
        signer=(Office("staatssecretaris", "Justitie en Veiligheid"), "Coenradie"),
    ),
    "answer-pdf-antwoord-op-vragen-van-het-lid-postma-ov.txt": dict(
        questions=5, answers=each(5), notes={("q", 1): 1, ("a", 5): 1},
        zaak=None, submitted=date(2024, 10, 3),
        members=(Member("Postma", NSC),),
        offices=(Office("minister", "Klimaat en Groene Groei"),
                 Office("minister", "Sociale Zaken en Werkgelegenheid"),
                 Office("staatssecretaris", "Infrastructuur en Waterstaat")),
        signer=(Office("staatssecretaris", "Infrastructuur en Waterstaat"), "Jansen"),
        on_behalf=(Office("minister", "Klimaat en Groene Groei"),),
    ),
    "answer-pdf-antwoord-op-vragen-van-de-leden-piri-en.txt": dict(
        questions=9, answers=each(9), notes={("a", 2): 3, ("a", 8): 1},
        zaak=None, submitted=date(2024, 9, 27),
        members=(Member("Piri", GLPVDA), Member("Boswijk", "CDA")),
        offices=(Office("minister", "Buitenlandse Zaken"), Office("minister", "Asiel en Migratie")),
        signer=(Office("minister", "Buitenlandse Zaken"), "Veldkamp"),
        on_behalf=(Office("minister", "Asiel en Migratie"),),
    ),
    "answer-pdf-antwoord-op-vragen-van-het-lid-beckerman.txt": dict(
        questions=9, answers=each(9), notes={("q", 1): 1},
        zaak=None, submitted=date(2024, 10, 24),
        members=(Member("Beckerman", "SP"),),
        offices=(Office("minister", "Onderwijs, Cultuur en Wetenschap"),),
        signer=(Office("minister", "Onderwijs, Cultuur en Wetenschap"), "Bruins"),
    ),
    "answer-pdf-antwoord-op-vragen-van-het-lid-koekkoek.txt": dict(
        questions=17, answers=[*each(12), [13, 14], [15], [16], [17]],
        notes={("q", 1): 1, ("a", 5): 1, ("a", 9): 1},
        zaak=None, submitted=date(2024, 9, 12),
        members=(Member("Koekkoek", "Volt"),),
        offices=(Office("minister", "Buitenlandse Zaken"),
                 Office("minister", "Justitie en Veiligheid"),
                 Office("minister", "Asiel en Migratie")),
        signer=(Office("minister", "Asiel en Migratie"), "Faber-Van de Klashorst"),
        on_behalf=(Office("minister", "Buitenlandse Zaken"),),
    ),
    "answer-docx-antwoord-op-vragen-van-het-lid-crijns-ov.txt": dict(
        questions=5, answers=each(5), notes={("q", 1): 1},
        zaak="2024Z14815",
        signer=(Office("staatssecretaris", "Volksgezondheid, Welzijn en Sport"), "Karremans"),
    ),
    "answer-docx-antwoord-op-vragen-van-het-lid-soepboer.txt": dict(
        questions=10, answers=each(10), notes={},
        zaak="2024Z17900",
        signer=(Office("minister", "Infrastructuur en Waterstaat"), "Madlener"),
    ),
    "answer-docx-antwoord-op-vragen-van-het-lid-ceder-ove.txt": dict(
        questions=3, answers=each(3), notes={("q", 1): 1},
        zaak="2024Z17331",
        signer=(Office("minister", "Asiel en Migratie"), "Faber - Van de Klashorst"),
    ),
    "answer-docx-antwoord-op-vragen-van-de-leden-hirsch-e.txt": dict(
        questions=9, answers=each(9), notes={},
        zaak="2024Z15900",
        signer=(Office("minister", "Buitenlandse Handel en Ontwikkelingshulp"), "Klever"),
    ),
    "uitstel-pdf-uitstel-beantwoording-vragen-van-de-lede.txt": dict(
        questions=9, answers=[], notes={("q", 1): 1, ("q", 3): 2},
        zaak="2024Z16988", submitted=date(2024, 10, 25),
        members=(Member("Van den Hil", "VVD"), Member("Bikker", "ChristenUnie")),
        offices=(Office("staatssecretaris", "Volksgezondheid, Welzijn en Sport"),),
        postponed=(date(2024, 11, 15), "afstemming"),
    ),
    "uitstel-pdf-uitstel-beantwoording-vragen-van-het-lid.txt": dict(
        questions=6, answers=[], notes={("q", 1): 1, ("q", 2): 3, ("q", 6): 1},
        zaak=None, submitted=date(2024, 10, 24),
        members=(Member("Podt", D66),),
        offices=(Office("minister", "Asiel en Migratie"),),
        postponed=(date(2024, 11, 14), "benodigde informatie"),
    ),
    "uitstel-docx-uitstel-beantwoording-vragen-van-de-lede.txt": dict(
        questions=0, answers=[], notes={},
        zaak="2024Z17538",
        members=(Member("Gabriëls", GLPVDA), Member("Bromet", GLPVDA)),
        offices=(Office("minister", "Landbouw, Visserij, Voedselzekerheid en Natuur"),
                 Office("staatssecretaris", "Infrastructuur en Waterstaat")),
        postponed=(date(2024, 11, 20), "afstemming"),
    ),
}  # fmt: skip


def test_all_twenty_texts_are_covered() -> None:
    assert len(TEXTS) == 20


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_kamer_text_structure(name: str) -> None:
    expected = TEXTS[name]
    result = import_file(sample(f"kamer-texts/{name}"))
    letter = result.letter
    assert check_consistency(letter) == []
    assert [q.number for q in letter.questions] == list(range(1, int(expected["questions"]) + 1))  # type: ignore[call-overload]
    number = {q.id: q.number for q in letter.questions}
    assert [[number[q] for q in a.questions] for a in letter.answers] == expected["answers"]
    notes = {
        ("q", q.number): len(q.text.footnotes()) for q in letter.questions if q.text.footnotes()
    }
    notes.update(
        {
            ("a", number[a.questions[0]]): len(a.text.footnotes())
            for a in letter.answers
            if a.text.footnotes()
        }
    )
    assert notes == expected["notes"]
    meta = letter.metadata
    assert meta.your_reference == (expected["zaak"] or "")
    if "submitted" in expected:
        assert meta.submitted == expected["submitted"]
    if "members" in expected:
        assert meta.members == expected["members"]
    if "offices" in expected:
        assert meta.addressed_to == expected["offices"]
    if "signer" in expected:
        office, person = expected["signer"]  # type: ignore[misc]
        assert (meta.signatories[0].office, meta.signatories[0].name) == (office, person)
    if "on_behalf" in expected:
        assert meta.on_behalf_of == expected["on_behalf"]
    if "postponed" in expected:
        sent, reason_word = expected["postponed"]  # type: ignore[misc]
        assert meta.postponement is not None
        assert meta.postponement.sent == sent
        assert reason_word in meta.postponement.reason
    else:
        assert meta.postponement is None
    for ref_from, ref_to in dict(expected.get("references", {})).items():  # type: ignore[call-overload]
        question = next(q for q in letter.questions if q.number == ref_from)
        answer = letter.answer_for(question.id)
        assert answer is not None and answer.refers_to is not None
        assert letter.question(answer.refers_to).number == ref_to


def _all_text(name: str) -> str:
    letter = import_file(sample(f"kamer-texts/{name}")).letter
    return "\n".join(item.text.plain_text() for item in letter.presentation())


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_page_furniture_never_in_questions_or_answers(name: str) -> None:
    text = _all_text(name)
    for furniture in ("Tweede Kamer der Staten-Generaal", "Vergaderjaar 2024", "kv-tk-", "ah-tk-",
                      "ISSN", "’s-Gravenhage 2024", "Tweede Kamer, vergaderjaar"):  # fmt: skip
        assert furniture not in text


def test_question_split_over_a_page_break_is_one_question() -> None:
    letter = import_file(
        sample("kamer-texts/questions-pdf-het-beboeten-van-huisartsen-die-hydroxyc.txt")
    ).letter
    six = letter.questions[5].text.plain_text()
    assert six.startswith("Waarom heeft u hoger beroep ingesteld")
    assert six.endswith("terwijl u zelf hoger beroep heeft ingesteld?")
    seven = letter.questions[6].text.plain_text()
    assert seven.startswith("Bent u bereid om het door u ingestelde hoger beroep")


def test_hyphenated_line_ends_are_joined() -> None:
    letter = import_file(
        sample("kamer-texts/questions-pdf-de-ontkoppeling-van-ontwikkelingshulp.txt")
    ).letter
    # "ontwikkelings-" / "hulp" across a line end.
    assert (
        "Kunt u uw uitspraak bevestigen dat er over het besluit om de ontwikkelingshulp niet"
        in (letter.questions[0].text.plain_text())
    )
    note = letter.questions[0].text.footnotes()[0].plain_text()
    # A URL broken after "/" is joined without a space.
    assert "https://www.noordhollandsdagblad.nl/binnenland/heinen-ook-nsc" in note


def test_shared_label_splits_two_questions() -> None:
    letter = import_file(
        sample("kamer-texts/answer-pdf-antwoord-op-vragen-van-het-lid-koekkoek.txt")
    ).letter
    thirteen, fourteen = letter.questions[12], letter.questions[13]
    assert thirteen.text.plain_text().startswith("Klopt het dat er als gevolg van deze stappen")
    assert fourteen.text.plain_text().startswith(
        "Kunt u een overzicht geven van de SAR-activiteiten"
    )


def test_bare_antwoord_label_answers_the_question_before_it() -> None:
    letter = import_file(
        sample("kamer-texts/answer-docx-antwoord-op-vragen-van-de-leden-hirsch-e.txt")
    ).letter
    first = letter.answer_for(letter.questions[0].id)
    assert first is not None and first.text.plain_text() == "Ja, daar ben ik mee bekend."
