"""The three real Word letters, against structures written by reading each document.

Nobody ran the importer to get these numbers: they come from reading the letters (in Word
and as XML) — question numbers, which questions each answer covers, footnotes per text.
"""

from __future__ import annotations

from datetime import date

import pytest

from answerletter.importers import Source, Status, import_file
from answerletter.model import Member, Office, Run
from answerletter.model.consistency import check_consistency

from import_samples import sample

# (file, questions in order, answer groups, footnotes per question number,
#  footnotes per answer (first question number))
LETTERS = {
    "jenv-mutluer-ellemeet-argos.docx": dict(
        questions=[1, 2, 3, 4, 5, 6],
        answers=[[1], [2], [3, 4], [5], [6]],
        question_notes={1: 1, 3: 1, 6: 1},  # "1)", "2)", "3)" typed, Word-numbered list
        answer_notes={6: 1},  # a real Word footnote
        our_reference="4975504",
        your_reference="2023Z16994",
        letter_date=date(2023, 11, 7),
        members=(Member("Mutluer", "PvdA"), Member("Ellemeet", "GroenLinks")),
        signer=(Office("minister", "Justitie en Veiligheid"), "D. Yeşilgöz-Zegerius"),
        subject="een uitzending van Argos over de dood van Sammy Baker",
    ),
    "jenv-eerdmans-me-arnhem.docx": dict(
        questions=[1, 2, 3],
        answers=[[1], [2], [3]],
        question_notes={1: 2},  # "… bedoeld? 1) 2)" with closing "1) …" and "2) …"
        answer_notes={2: 1},  # a Word footnote after "(ME)"
        our_reference="5303168",
        your_reference="5284183",  # "nr. 5284183": an internal number, not a zaaknummer
        letter_date=date(2024, 3, 24),
        members=(Member("Eerdmans", "JA21"),),
        signer=(Office("minister", "Justitie en Veiligheid"), "D. Yeşilgöz-Zegerius"),
        subject="het bericht dat een ME'er in Arnhem zijn taak niet wilde uitvoeren vanwege "
        "zijn religie",
    ),
    "jenv-wassenberg-bijtincidenten.docx": dict(
        questions=list(range(1, 15)),
        answers=[[n] for n in range(1, 15)],
        question_notes={1: 3, 4: 1, 5: 1, 11: 1},  # "[1]" … "[6]"
        answer_notes={},
        our_reference="4980892",
        your_reference="2023Z14759",
        letter_date=date(2023, 10, 18),
        members=(Member("Wassenberg", "PvdD"),),
        signer=(Office("minister", "Landbouw, Natuur en Voedselkwaliteit"), "P. Adema"),
        subject=(
            "het gebrek aan landelijke registratie van bijtincidenten door honden en het gebrek "
            "aan landelijk beleid om die bijtincidenten terug te brengen"
        ),
    ),
}


@pytest.mark.parametrize("name", sorted(LETTERS))
def test_real_letter_structure(name: str) -> None:
    expected = LETTERS[name]
    result = import_file(sample(name))
    letter = result.letter
    assert check_consistency(letter) == []
    assert [q.number for q in letter.questions] == expected["questions"]
    number = {q.id: q.number for q in letter.questions}
    assert [[number[q] for q in a.questions] for a in letter.answers] == expected["answers"]
    assert {q.number: len(q.text.footnotes()) for q in letter.questions if q.text.footnotes()} == (
        expected["question_notes"]
    )
    assert {
        number[a.questions[0]]: len(a.text.footnotes())
        for a in letter.answers
        if a.text.footnotes()
    } == expected["answer_notes"]
    meta = letter.metadata
    assert meta.our_reference == expected["our_reference"]
    assert meta.your_reference == expected["your_reference"]
    assert meta.letter_date == expected["letter_date"]
    assert meta.members == expected["members"]
    office, person = expected["signer"]
    assert meta.signatories[0].office == office
    assert meta.signatories[0].name == person
    assert meta.subject == expected["subject"]
    assert result.report.questions == len(expected["questions"])
    assert result.report.footnotes == sum(expected["question_notes"].values()) + sum(
        expected["answer_notes"].values()
    )


def test_argos_unlabelled_answers_and_combined_label() -> None:
    letter = import_file(sample("jenv-mutluer-ellemeet-argos.docx")).letter
    by_number = {q.number: q for q in letter.questions}
    five = letter.answer_for(by_number[5].id)
    assert five is not None
    assert five.text.plain_text().startswith("Er wordt middels het Handelingskader primair")
    six = letter.answer_for(by_number[6].id)
    assert six is not None
    assert six.text.plain_text().startswith("Ik ben bekend met dit rapport.")
    # The question text itself, without its footnote mark or the house style's bold.
    question = by_number[1].text
    assert (
        question.plain_text() == "Ken u de uitzending van Argos 'Het laatste kwartier van Sammy'?"
    )
    runs = [item for block in question.blocks for item in block.content if isinstance(item, Run)]
    assert not any(run.marks.bold for run in runs)
    note = question.footnotes()[0]
    assert note.plain_text().startswith("Argos, 27 september, 2023, www.vpro.nl/argos")
    word_note = six.text.footnotes()[0]
    assert word_note.plain_text().startswith("Kamerstuk 25424, nr. 670")


def test_argos_field_result_not_code_and_property_truncation_is_no_conflict() -> None:
    result = import_file(sample("jenv-mutluer-ellemeet-argos.docx"))
    betreft = result.report.field("betreft")
    assert betreft is not None
    # The Onderwerp line is a DOCPROPERTY field whose displayed result ends outside the field.
    assert betreft.value.endswith("over een uitzending van Argos over de dood van Sammy Baker")
    assert "DOCPROPERTY" not in betreft.value
    assert betreft.status is Status.RECOGNISED
    assert {c.source for c in betreft.candidates} == {Source.BODY, Source.PROPERTY}
    assert result.letter.metadata.betreft == betreft.value


def test_eerdmans_conflicting_date_and_guessed_reference() -> None:
    report = import_file(sample("jenv-eerdmans-me-arnhem.docx")).report
    when = report.field("letter_date")
    assert when is not None and when.status is Status.CONFLICT
    assert (when.value, when.source) == ("24 maart 2024", Source.BODY)
    # docProps/custom.xml still holds an older draft's date.
    assert ("14 maart 2024", Source.PROPERTY) in {(c.value, c.source) for c in when.candidates}
    header = [c for c in when.candidates if c.source is Source.HEADER]
    assert [c.value for c in header] == ["24 maart 2024"]
    reference = report.field("your_reference")
    assert reference is not None and reference.status is Status.GUESSED
    assert "zaaknummer" in reference.note


def test_eerdmans_addressee_and_offering_kept_as_written() -> None:
    letter = import_file(sample("jenv-eerdmans-me-arnhem.docx")).letter
    assert letter.metadata.addressee == (
        "Aan de Voorzitter van de Tweede Kamer",
        "der Staten-Generaal",
        "Postbus 20018",
        "2500 EA DEN HAAG",
    )
    assert letter.body.offering is not None
    assert letter.body.offering.plain_text().startswith(
        "In het antwoord op uw brief van 5 maart 2024"
    )
    assert letter.metadata.sender.postal_address == ("Postbus 20301", "2500 EH Den Haag")


def test_wassenberg_text_boxes_read_once_and_on_behalf() -> None:
    result = import_file(sample("jenv-wassenberg-bijtincidenten.docx"))
    meta = result.letter.metadata
    assert meta.on_behalf_of == (Office("minister", "Justitie en Veiligheid"),)
    assert meta.addressed_to == (
        Office("minister", "Landbouw, Natuur en Voedselkwaliteit"),
        Office("minister", "Justitie en Veiligheid"),
    )
    skipped = [s.text for s in result.report.skipped]
    # The offering sentence stands in a text box stored twice; it is read once, not skipped.
    assert not any(t.startswith("In antwoord op uw brief") for t in skipped)
    # Two "[n]" notes in one closing paragraph are two footnotes.
    q1 = result.letter.questions[0]
    assert [n.plain_text()[:40] for n in q1.text.footnotes()] == [
        "https://www.nhnieuws.nl/nieuws/313687/tw",
        "https://www.ad.nl/binnenland/overleden-m",
        "https://www.ad.nl/binnenland/overleden-b",
    ]
