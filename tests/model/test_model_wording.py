"""The Dutch wording derived from the model matches real answer letters."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from answerletter.model import (
    Answer,
    Body,
    Letter,
    Member,
    Metadata,
    Office,
    Question,
    RichText,
    Signatory,
)
from answerletter.model.wording import (
    addressed_phrase,
    answer_label,
    betreft,
    format_date,
    join_dutch,
    members_phrase,
    offering,
    offering_paragraphs,
    office_phrase,
    question_numbers_phrase,
    questions_heading,
    reference_sentence,
    signature_lines,
)

from seed_letter import build_seed_letter

NBSP = "\u00a0"
ASIEL = Office("minister", "Asiel en Migratie")
BUZA = Office("minister", "Buitenlandse Zaken")
JENV_STAS = Office("staatssecretaris", "Justitie en Veiligheid")
BHO = Office("minister", "Buitenlandse Handel en Ontwikkelingshulp")


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (date(2026, 7, 10), "10 juli 2026"),
        (date(2027, 1, 1), "1 januari 2027"),
        (date(2026, 5, 13), "13 mei 2026"),
        (date(2026, 3, 9), "9 maart 2026"),
        (date(2025, 12, 31), "31 december 2025"),
    ],
)
def test_format_date(day: date, text: str) -> None:
    # Day and month stay together on one line: a no-break space between them.
    assert format_date(day) == text.replace(" ", NBSP, 1)


def test_join_dutch() -> None:
    assert join_dutch([]) == ""
    assert join_dutch(["a"]) == "a"
    assert join_dutch(["a", "b"]) == "a en b"
    assert join_dutch(["a", "b", "c"]) == "a, b en c"
    assert join_dutch(["a", "b"], "of") == "a of b"


@pytest.mark.parametrize(
    ("members", "phrase"),
    [
        ([], ""),
        ([Member("Westerveld", "GroenLinks-PvdA")], "het lid Westerveld (GroenLinks-PvdA)"),
        (
            [Member("Westerveld", "GroenLinks-PvdA"), Member("Piri", "GroenLinks-PvdA")],
            "de leden Westerveld en Piri (beiden GroenLinks-PvdA)",
        ),
        (
            [Member("Jansen", "SP"), Member("Dijk", "SP"), Member("Kops", "SP")],
            "de leden Jansen, Dijk en Kops (allen SP)",
        ),
        (
            [Member("Bakker", "VVD"), Member("Smit", "CDA")],
            "de leden Bakker (VVD) en Smit (CDA)",
        ),
        (
            [Member("A", "VVD"), Member("B", "VVD"), Member("C", "CDA")],
            "de leden A, B (beiden VVD) en C (CDA)",
        ),
        (
            [Member("A", "VVD"), Member("B", "VVD"), Member("C", "CDA"), Member("D", "CDA")],
            "de leden A, B (beiden VVD), C en D (beiden CDA)",
        ),
        # The Kamer's own form (questions 2024Z18438, "de faillissementen van steeds meer
        # koplopers"): one list joined once, the party note after each group.
        (
            [
                Member("Sneller", "D66"),
                Member("Bamenga", "D66"),
                Member("Rooderkerk", "D66"),
                Member("Gabriëls", "GroenLinks-PvdA"),
            ],
            "de leden Sneller, Bamenga, Rooderkerk (allen D66) en Gabriëls (GroenLinks-PvdA)",
        ),
        (
            [Member("Van den Hil", "VVD"), Member("Bikker", "ChristenUnie")],
            "de leden Van den Hil (VVD) en Bikker (ChristenUnie)",
        ),
        ([Member("Omtzigt")], "het lid Omtzigt"),
        ([Member("Omtzigt"), Member("Bakker", "VVD")], "de leden Omtzigt en Bakker (VVD)"),
    ],
)
def test_members_phrase(members: list[Member], phrase: str) -> None:
    assert members_phrase(members) == phrase


@pytest.mark.parametrize(
    ("offices", "phrase"),
    [
        ([], ""),
        ([ASIEL], "aan de minister van Asiel en Migratie"),
        ([ASIEL, BUZA], "aan de ministers van Asiel en Migratie en van Buitenlandse Zaken"),
        (
            [ASIEL, JENV_STAS],
            "aan de minister van Asiel en Migratie en de staatssecretaris van Justitie en "
            "Veiligheid",
        ),
        ([Office("minister-president")], "aan de minister-president"),
        (
            [Office("minister-president"), BUZA],
            "aan de minister-president en de minister van Buitenlandse Zaken",
        ),
    ],
)
def test_addressed_phrase(offices: list[Office], phrase: str) -> None:
    assert addressed_phrase(offices) == phrase


# The Kamer's headings, written lower-case as in running text of a letter:
# 2024Z18792 "aan de Ministers van Financiën en voor Buitenlandse Handel en
# Ontwikkelingshulp"; Koekkoek: "aan de Ministers van Buitenlandse Zaken, van Justitie en
# Veiligheid en van Asiel en Migratie"; Postma: "aan de Ministers van Klimaat en Groene Groei
# en van Sociale Zaken en Werkgelegenheid en de Staatssecretaris van Infrastructuur en
# Waterstaat".
@pytest.mark.parametrize(
    ("offices", "phrase"),
    [
        (
            [Office("minister", "Financiën"), BHO],
            "aan de ministers van Financiën en voor Buitenlandse Handel en Ontwikkelingshulp",
        ),
        (
            [BUZA, Office("minister", "Justitie en Veiligheid"), ASIEL],
            "aan de ministers van Buitenlandse Zaken, van Justitie en Veiligheid en van Asiel "
            "en Migratie",
        ),
        (
            [
                Office("minister", "Klimaat en Groene Groei"),
                Office("minister", "Sociale Zaken en Werkgelegenheid"),
                Office("staatssecretaris", "Infrastructuur en Waterstaat"),
            ],
            "aan de ministers van Klimaat en Groene Groei en van Sociale Zaken en "
            "Werkgelegenheid en de staatssecretaris van Infrastructuur en Waterstaat",
        ),
        # A title typed with a capital is the same title: the grouping holds.
        (
            [Office("Minister", "Asiel en Migratie"), Office("MINISTER ", "Buitenlandse Zaken")],
            "aan de ministers van Asiel en Migratie en van Buitenlandse Zaken",
        ),
        ([Office("Minister-President")], "aan de minister-president"),
    ],
)
def test_addressed_phrase_as_the_kamer_writes(offices: list[Office], phrase: str) -> None:
    assert addressed_phrase(offices) == phrase


def test_office_phrase() -> None:
    assert office_phrase(ASIEL) == "minister van Asiel en Migratie"
    assert office_phrase(ASIEL, capital=True) == "Minister van Asiel en Migratie"
    assert office_phrase(Office("minister-president"), capital=True) == "Minister-President"
    assert office_phrase(Office("Minister-President")) == "minister-president"
    # "de Minister voor Langdurige Zorg en Sport": a portfolio without a ministry of its own.
    assert office_phrase(Office("minister", "Langdurige Zorg en Sport")) == (
        "minister voor Langdurige Zorg en Sport"
    )
    assert office_phrase(BHO, capital=True) == (
        "Minister voor Buitenlandse Handel en Ontwikkelingshulp"
    )


def test_office_preposition_is_stored_once() -> None:
    # Typed with the portfolio, the preposition becomes the office's own: never "van voor".
    typed = Office("minister", "voor Buitenlandse Handel en Ontwikkelingshulp")
    assert typed == BHO
    assert (typed.preposition, typed.portfolio) == ("voor", BHO.portfolio)
    assert office_phrase(typed) == "minister voor Buitenlandse Handel en Ontwikkelingshulp"
    # An explicit choice wins over the default of the portfolio list.
    own = Office("minister", "Buitenlandse Handel en Ontwikkelingshulp", "van")
    assert office_phrase(own) == "minister van Buitenlandse Handel en Ontwikkelingshulp"
    assert Office("minister", "van Medische Zorg").preposition == "van"
    # Staatssecretarissen are "van" their ministry; unknown portfolios default to "van".
    assert Office("staatssecretaris", "Medische Zorg").preposition == "van"
    assert Office("minister", "Ruimtevaart").preposition == "van"
    assert Office("minister", "vanille-ijs").portfolio == "vanille-ijs"
    with pytest.raises(ValueError, match="van' or 'voor"):
        Office("minister", "Financiën", "namens")


def test_question_numbers_phrase_sorts_and_deduplicates() -> None:
    assert question_numbers_phrase([1]) == "1"
    assert question_numbers_phrase([8, 7]) == "7 en 8"
    assert question_numbers_phrase([10, 3, 4, 9, 5, 4]) == "3, 4, 5, 9 en 10"


def _letter(numbers: list[int], answers: list[Answer]) -> Letter:
    questions = tuple(Question(f"q{i}", n) for i, n in enumerate(numbers, 1))
    return Letter(questions=questions, answers=tuple(answers))


def test_answer_label() -> None:
    letter = _letter(
        [1, 2, 3, 4, 5, 9, 10],
        [
            Answer("a1", ("q1",)),
            Answer("a2", ("q2",), refers_to="q1"),
            Answer("a3", ("q3", "q4", "q5", "q6", "q7")),
        ],
    )
    assert answer_label(letter, letter.answer("a1")) == "Antwoord op vraag 1"
    assert answer_label(letter, letter.answer("a3")) == "Antwoord op vraag 3, 4, 5, 9 en 10"
    # The house style of other ministries (J&V: "Antwoord op vragen 3 en 4").
    plural = ("Antwoord op vraag {list}", "Antwoord op vragen {list}")
    assert answer_label(letter, letter.answer("a3"), *plural) == (
        "Antwoord op vragen 3, 4, 5, 9 en 10"
    )
    assert answer_label(letter, letter.answer("a1"), *plural) == "Antwoord op vraag 1"
    assert reference_sentence(letter, letter.answer("a2")) == "Zie antwoord op vraag 1."
    assert reference_sentence(letter, letter.answer("a1")) == ""


def test_seed_offering_is_generated_exactly() -> None:
    assert offering_paragraphs(build_seed_letter().metadata) == (
        "Hierbij bied ik u, mede namens de minister van Buitenlandse Zaken, de antwoorden aan "
        "op de schriftelijke vragen van de leden Westerveld en Piri (beiden GroenLinks-PvdA) "
        "over gesprekken die op EU-niveau worden gevoerd met de Taliban.",
        f"Deze vragen werden ingezonden op 13{NBSP}mei 2026 met kenmerk 2026Z09763.",
    )


def test_seed_heading_betreft_and_signature() -> None:
    metadata = build_seed_letter().metadata
    assert questions_heading(metadata) == (
        "Vragen van de leden Westerveld en Piri (beiden GroenLinks-PvdA) aan de ministers van "
        "Asiel en Migratie en van Buitenlandse Zaken over gesprekken die op EU-niveau worden "
        f"gevoerd met de Taliban (ingezonden 13{NBSP}mei 2026, 2026Z09763)"
    )
    assert betreft(metadata) == (
        "Antwoorden Kamervragen over gesprekken die op EU-niveau worden gevoerd met de Taliban"
    )
    assert signature_lines(metadata.signatories[0]) == (
        "De Minister van Asiel en Migratie,",
        "Bart van den Brink",
    )


def test_offering_variants() -> None:
    one = Metadata(members=(Member("Bakker", "VVD"),), subject="de opvang")
    assert offering_paragraphs(one) == (
        "Hierbij bied ik u de antwoorden aan op de schriftelijke vragen van het lid Bakker "
        "(VVD) over de opvang.",
    )
    two_signing = replace(
        one,
        signatories=(Signatory(ASIEL, "A"), Signatory(JENV_STAS, "B")),
        on_behalf_of=(BUZA, Office("minister-president")),
        submitted=date(2026, 1, 2),
    )
    assert offering_paragraphs(two_signing) == (
        "Hierbij bieden wij u, mede namens de minister van Buitenlandse Zaken en de "
        "minister-president, de antwoorden aan op de schriftelijke vragen van het lid Bakker "
        "(VVD) over de opvang.",
        f"Deze vragen werden ingezonden op 2{NBSP}januari 2026.",
    )


def test_offering_without_members_leaves_the_names_out() -> None:
    # Not "de schriftelijke vragen van de leden over ...": the gap is the checks' to report.
    assert offering_paragraphs(Metadata()) == (
        "Hierbij bied ik u de antwoorden aan op de schriftelijke vragen.",
    )
    assert offering_paragraphs(Metadata(subject="de opvang")) == (
        "Hierbij bied ik u de antwoorden aan op de schriftelijke vragen over de opvang.",
    )


def test_offering_override_wins() -> None:
    letter = build_seed_letter()
    generated = offering(letter)
    assert generated.plain_text() == "\n".join(offering_paragraphs(letter.metadata))
    own = RichText.plain("Eigen tekst.")
    assert offering(replace(letter, body=Body(offering=own))) == own


def test_questions_heading_without_optional_parts() -> None:
    assert questions_heading(Metadata()) == "Vragen"
    # Without a submission date the zaaknummer stands alone: "(2026Z09763)".
    metadata = Metadata(members=(Member("Bakker", "VVD"),), your_reference="2026Z00001")
    assert questions_heading(metadata) == "Vragen van het lid Bakker (VVD) (2026Z00001)"
    dated = replace(metadata, submitted=date(2026, 5, 13))
    assert questions_heading(dated) == (
        f"Vragen van het lid Bakker (VVD) (ingezonden 13{NBSP}mei 2026, 2026Z00001)"
    )
    # Without members the names are left out, not replaced by "van de leden".
    unnamed = Metadata(addressed_to=(ASIEL,), subject="de opvang")
    assert questions_heading(unnamed) == (
        "Vragen aan de minister van Asiel en Migratie over de opvang"
    )


def test_betreft_derivation() -> None:
    assert betreft(Metadata()) == ""
    assert betreft(Metadata(subject="de opvang")) == "Antwoorden Kamervragen over de opvang"
    assert betreft(Metadata(subject="de opvang", betreft="Iets anders")) == "Iets anders"
    # An explicitly empty Betreft is kept, not derived.
    assert betreft(Metadata(subject="de opvang", betreft="")) == ""


def test_signature_lines() -> None:
    assert signature_lines(Signatory(JENV_STAS, "Anne de Vries")) == (
        "De Staatssecretaris van Justitie en Veiligheid,",
        "Anne de Vries",
    )
    assert signature_lines(Signatory(Office("minister-president"), "X")) == (
        "De Minister-President,",
        "X",
    )
    # However the title was typed, the signature starts with the capital form.
    assert signature_lines(Signatory(Office("STAATSSECRETARIS", "Financiën"), "Y")) == (
        "De Staatssecretaris van Financiën,",
        "Y",
    )
    assert signature_lines(Signatory(BHO, "R.J. Klever"))[0] == (
        "De Minister voor Buitenlandse Handel en Ontwikkelingshulp,"
    )
