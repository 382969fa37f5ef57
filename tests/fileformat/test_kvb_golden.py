"""The writer's exact output for a letter that uses every part of the format.

Regenerate after an intended format change with ANSWERLETTER_REGENERATE_GOLDEN=1, and read
the diff: it is the format change.
"""

import os
from datetime import date
from pathlib import Path

from answerletter.fileformat import read_letter_bytes, write_letter_bytes
from answerletter.model import (
    Acceptance,
    Answer,
    Block,
    Body,
    DocumentKind,
    Footnote,
    Letter,
    ListKind,
    Marks,
    Member,
    Metadata,
    Office,
    Postponement,
    Question,
    RichText,
    Run,
    Script,
    Sender,
    Signatory,
)
from answerletter.model.richtext import LINE_BREAK

GOLDEN = Path(__file__).parent / "golden" / "all-features.kvb"


def all_features_letter() -> Letter:
    metadata = Metadata(
        sender=Sender(
            ministry="Ministerie van Justitie en Veiligheid",
            unit="Directie Wetgeving",
            visiting_address=("Turfmarkt 147", "2511 DP Den Haag"),
            postal_address=("Postbus 20301", "2500 EH Den Haag"),
            return_address="Postbus 20301 2500 EH Den Haag",
            website="www.rijksoverheid.nl/jenv",
            logo="logo.svg",
        ),
        our_reference="5284183",
        your_reference="2024Z11859",
        letter_date=date(2024, 7, 26),
        subject="het bericht 'Ouderen & <jongeren>'",
        betreft="Antwoorden op Kamervragen",
        submitted=date(2024, 7, 5),
        members=(Member("Eerdmans", "JA21"), Member("Van Dijk", "")),
        addressed_to=(Office("minister", "Justitie en Veiligheid"), Office("minister-president")),
        signatories=(
            Signatory(Office("minister", "Justitie en Veiligheid"), "D. Yeşilgöz-Zegerius"),
            Signatory(Office("staatssecretaris", "Justitie en Veiligheid"), "E. van der Burg"),
        ),
        on_behalf_of=(
            Office("minister", "Volksgezondheid, Welzijn en Sport"),
            Office("minister", "Buitenlandse Handel en Ontwikkelingshulp"),
        ),
        postponement=Postponement(date(2024, 7, 25), "interdepartementale afstemming", None),
        attachments=("Rapport WODC", "Tabel"),
        classification="Departementaal vertrouwelijk",
    )
    body = Body(
        offering=RichText.plain("In antwoord op uw brief van 5 juli 2024 deel ik u mede …"),
        paragraphs=RichText((Block((Run("Met "), Run("nadruk", Marks(italic=True)), Run("."))),)),
        closing="Hoogachtend,",
    )
    link = Marks(link="https://zoek.officielebekendmakingen.nl/kst-31865-207.html")
    q1 = RichText(
        (
            Block(
                (
                    Run("Kent u het bericht "),
                    Run("‘Tekort’", Marks(bold=True, italic=True)),
                    Run("?"),
                    Footnote("fn1", (Run("NOS, 1 juli 2024, "), Run("nos.nl", link))),
                )
            ),
        )
    )
    a1 = RichText(
        (
            Block((Run("Ja. Zie ook:"),)),
            Block(
                (
                    Run("de brief van"),
                    Run(LINE_BREAK + "12 maart"),
                ),
                ListKind.BULLET,
            ),
            Block(
                (
                    Run("CO", Marks()),
                    Run("2", Marks(script=Script.SUB)),
                ),
                ListKind.NUMBER,
                1,
            ),
            Block(
                (
                    Run("m", Marks(underline=True)),
                    Run("2", Marks(underline=True, script=Script.SUPER)),
                    Run("\tmailto", Marks(link="mailto:info@example.org")),
                    Footnote("fn2", (Run("Kamerstuk 31 865, nr. 207", link),)),
                )
            ),
        )
    )
    questions = (
        Question("q1", 1, q1),
        Question("q2", 3, RichText.plain("Tweede vraag?")),
        Question("q3", 2, RichText.plain("Derde vraag?")),
        Question("q4", 4),
    )
    answers = (
        Answer("a1", ("q1",), a1),
        Answer("a2", ("q2", "q3"), RichText.plain("Samen beantwoord.")),
        Answer("a3", ("q4",), RichText(), refers_to="q1"),
    )
    accepted = (
        Acceptance("doubled-word", "a1", "answer", "text", "dat dat", 'Zo bedoeld: <dat> & "dat".'),
        Acceptance("number-gap", "", "question", "number", "3"),
    )
    return Letter(metadata, body, questions, answers, DocumentKind.ANSWER_LETTER, accepted)


def test_writer_output_matches_golden_file():
    data = write_letter_bytes(all_features_letter())
    if os.environ.get("ANSWERLETTER_REGENERATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_bytes(data)
    assert data.decode() == GOLDEN.read_text(encoding="utf-8")


def test_golden_file_reads_back_to_the_letter():
    assert read_letter_bytes(GOLDEN.read_bytes()) == all_features_letter()
