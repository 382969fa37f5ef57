"""The seed letter (shared/samples/seed-letter-taliban.md) as a model value.

This is the product's built-in example: resources/examples/taliban.kvb holds the same letter
and a test asserts the two are equal, so everything here is copied from the seed exactly,
including its real defects (they are test material for the checker):

* "Talibandele...ie" with three Cyrillic letters (U+0433 U+0430 U+0442) (questions 1 and 4);
* the typo "Afghananen" (question 1);
* "Taliban regime" next to "Taliban-regime" and "Talibanregime";
* "Een geüpdatet versie".

"de de facto autoriteiten" (answers 3 and 9) is correct Dutch ("de facto"), not a defect.
Questions are printed bold in the seed; that is house style applied by the typesetter, so the
question texts here carry no bold marks.
"""

from __future__ import annotations

from datetime import date

from answerletter.model import (
    DEFAULT_ADDRESSEE,
    Answer,
    Block,
    Body,
    Footnote,
    Inline,
    Letter,
    Marks,
    Member,
    Metadata,
    Office,
    Question,
    RichText,
    Run,
    Sender,
    Signatory,
)

#: "Talibandele" + Cyrillic ge, a, te (U+0433 U+0430 U+0442) + "ie", as in the seed.
TALIBANDELEGATIE = "Talibandele\u0433\u0430\u0442ie"

EURACTIV_URL = "https://www.euractiv.com/news/exclusive-brussels-to-host-taliban-in-talks-on-afghandeportations/"
# The seed's link for this footnote has no target (href "#"); this URL is our reconstruction
# of where the Rijksoverheid publishes the joint letter, not taken from the seed.
JOINT_LETTER_URL = (
    "https://www.rijksoverheid.nl/documenten/kamerstukken/2025/10/16/"
    "joint-letter-on-voluntary-and-forced-return-to-afghanistan"
)
JOINT_LETTER_TITLE = (
    "Joint letter from the undersigned ministers on voluntary and forced return to "
    "Afghanistan | Rijksoverheid.nl"
)

ASIEL = Office("minister", "Asiel en Migratie")
BUZA = Office("minister", "Buitenlandse Zaken")


def _text(*paragraphs: str | tuple[Inline, ...]) -> RichText:
    """Rich text of paragraphs given as plain strings or as inline content."""
    return RichText(tuple(Block((Run(p),)) if isinstance(p, str) else Block(p) for p in paragraphs))


def _metadata() -> Metadata:
    return Metadata(
        sender=Sender(
            ministry="Ministerie van Asiel en Migratie",
            unit="",
            visiting_address=("Turfmarkt 147", "2511 DP Den Haag"),
            postal_address=("Postbus 20301", "2500 EH Den Haag"),
            return_address="Postbus 20301 2500 EH Den Haag",
            website="www.rijksoverheid.nl/jenv",
        ),
        addressee=DEFAULT_ADDRESSEE,
        our_reference="7604726",
        your_reference="2026Z09763",
        letter_date=date(2026, 7, 10),
        subject="gesprekken die op EU-niveau worden gevoerd met de Taliban",
        # None: derived as "Antwoorden Kamervragen over <subject>", the seed's Betreft.
        betreft=None,
        submitted=date(2026, 5, 13),
        members=(Member("Westerveld", "GroenLinks-PvdA"), Member("Piri", "GroenLinks-PvdA")),
        addressed_to=(ASIEL, BUZA),
        signatories=(Signatory(ASIEL, "Bart van den Brink"),),
        on_behalf_of=(BUZA,),
    )


_QUESTIONS: tuple[RichText, ...] = (
    _text(
        (
            Run(
                "Bent u bekend met het Euractiv-artikel waarin vermeld staat dat er voor de "
                "zomer gesprekken gevoerd zullen worden tussen EU-ambtenaren en een "
                f"{TALIBANDELEGATIE} met als doel om Afghananen mogelijk terug te sturen?"
            ),
            Footnote(
                "fn1",
                (
                    Run(
                        "Euractiv, 20 april 2026, 'EXCLUSIVE: Brussels to host Taliban in talks "
                        "on Afghan deportations', "
                    ),
                    Run(EURACTIV_URL, Marks(link=EURACTIV_URL)),
                ),
            ),
        )
    ),
    _text(
        "Bent u door de Europese Commissie of andere betrokken landen op de hoogte gesteld van "
        "deze gesprekken?"
    ),
    _text(
        "Zullen er ook Nederlandse ambtenaren deelnemen aan deze gesprekken? Op welke manier is "
        "Nederland betrokken bij deze gesprekken?"
    ),
    _text(
        f"Kunt u de Kamer informeren over wat er besproken zal worden met de {TALIBANDELEGATIE}?"
    ),
    _text(
        "Klopt het dat de gesprekken als doel hebben om mensen met de Afghaanse nationaliteit "
        "waaronder asielzoekers in Europa terug te sturen naar Afghanistan? Zo ja, over welke "
        "doelgroep gaat het?"
    ),
    _text(
        "Ziet u Afghanistan als een veilig en vrij land, specifiek voor bijvoorbeeld vrouwen en "
        "meisjes en mensen die in het verleden kritiek hebben geuit op de Taliban?"
    ),
    _text(
        "Als er Afghaanse asielzoekers terug zouden worden gestuurd naar Afghanistan, kunt u dan "
        "zeker weten dat zij daar geen gevaar zullen lopen zoals verplicht onder het "
        "non-refoulement principe? Zo ja, hoe?"
    ),
    _text(
        "Is het terugsturen van Afghaanse vrouwen en meisjes naar een land waar zij zeer "
        "onderdrukt leven niet überhaupt onethisch?"
    ),
    _text("Ziet u de Taliban als een normale gesprekspartner?"),
    _text(
        "Bent u van mening dat een dergelijke bijeenkomst een stap zet in de richting van het "
        "erkennen van het Talibanregime? Acht u dat wenselijk? Zo nee, waarom niet?"
    ),
    _text(
        "Kunt u deze vragen voor het eerstvolgende commissiedebat op 27 mei a.s. over de "
        "JBZRaad beantwoorden?"
    ),
)

_ANSWER_3 = _text(
    "EU-lidstaten, inclusief Nederland, hebben de week voorafgaand aan het gesprek de "
    "uitnodiging ontvangen voor dit gesprek in Brussel. Nederland onderhoudt minimale "
    "operationele contacten met de de facto autoriteiten in Afghanistan. Dit gesprek was hier "
    "onderdeel van. Naar aanleiding van deze uitnodiging is besloten dat een Nederlandse "
    "ambtenaar op operationeel niveau het gesprek zou bijwonen."
)

_ANSWER_4 = _text(
    (
        Run(
            "Op 16 oktober jl., hebben verschillende lidstaten, waaronder Nederland, een brief "
            "gestuurd aan Eurocommissaris Brunner met de oproep om op Europees niveau vrijwillige "
            "terugkeer van personen zonder verblijfsrecht in de EU te stimuleren en de "
            "mogelijkheden voor gedwongen terugkeer naar Afghanistan te onderzoeken, voor "
            "lidstaten die dat willen. Uw Kamer heeft een afschrift van deze brief ontvangen"
        ),
        Footnote("fn2", (Run(JOINT_LETTER_TITLE, Marks(link=JOINT_LETTER_URL)),)),
        Run(
            ". De Commissie heeft gevolg gegeven aan deze oproep door over deze onderwerpen op "
            "operationeel niveau met de facto autoriteiten te spreken. De gesprekken in Brussel "
            "waren een voortzetting hierop."
        ),
    )
)

_ANSWER_6 = _text(
    "De situatie in Afghanistan is onverminderd ernstig, in het bijzonder voor vrouwen en "
    "meisjes, die te maken hebben met vergaande beperkingen van hun rechten en vrijheden. In "
    "het landgebonden asielbeleid voor Afghanistan is rekening gehouden met de zeer kwetsbare "
    "positie van vrouwen en meisjes."
)

_ANSWER_7_8 = _text(
    "Zoals ook benadrukt in antwoord op vraag 6, is de situatie in Afghanistan onverminderd "
    "ernstig, in het bijzonder voor vrouwen en meisjes, die te maken hebben met vergaande "
    "beperkingen van hun rechten en vrijheden. Het niet naleven van deze leefregels kan voor "
    "vrouwen en meisjes verstrekkende gevolgen hebben voor hun veiligheid, bewegingsvrijheid, "
    "toegang tot onderwijs, werk en maatschappelijke participatie.",
    "In de systematiek van het tot stand komen van landgebonden asielbeleid wordt er op basis "
    "van de informatie uit het door Buitenlandse Zaken gepubliceerde ambtsbericht gekeken welke "
    "(groepen) personen risico lopen op vervolging of ernstige schade. Een geüpdatet versie van "
    "het landgebonden asielbeleid is 28 mei jl. met uw Kamer gedeeld. Wanneer daarvan sprake "
    "is, verzet het beginsel van non-refoulement zich tegen afwijzing van de asielaanvraag. "
    "Afhankelijk van de mate van vervolging kan er worden geoordeeld dat er sprake is van "
    "groepsvervolging of kan een risicoprofiel worden aangewezen. Uiteindelijk gaat het om een "
    "individuele beoordeling waarbij geldt dat ook personen die niet onder groepsvervolging "
    "vallen of niet zijn aangemerkt als risicoprofiel nog steeds in aanmerking kunnen komen voor "
    "bescherming. In het landgebonden asielbeleid voor Afghanistan is rekening gehouden met de "
    "zeer kwetsbare positie van vrouwen en meisjes.",
    # The seed's page break falls inside "VN-verband"; it is one paragraph.
    "Momenteel leidt die individuele beoordeling bij Afghaanse vrouwen en meisjes in vrijwel "
    "alle gevallen tot vergunningverlening. Nederland blijft zich in EU- en VN-verband inzetten "
    "voor het beschermen van mensenrechten, en roept in deze gremia de Taliban op om "
    "mensenrechten te beschermen, in het bijzonder de rechten van vrouwen en meisjes, te "
    "respecteren in overeenstemming met internationale verdragsverplichtingen.",
)

_ANSWER_9 = _text(
    "Nederland erkent het Taliban-regime niet als de legitieme vertegenwoordiging van de "
    "Afghaanse bevolking. Het normaliseren van de relatie met de Taliban is niet aan de orde. "
    "Wel onderhoudt Nederland minimale operationele contacten met de de facto autoriteiten in "
    "Afghanistan. De gesprekken in Brussel passen in dit kader."
)

_ANSWER_10 = _text(
    "Nee, het onderhouden van minimale operationele contacten is geen stap richting erkenning "
    "van het Taliban regime. Het kabinet steunt het initiatief van de Europese commissie en "
    "gelooft dat er middels het operationele EU spoor mogelijk een handelingsperspectief is om "
    "terugkeer naar Afghanistan vanuit EU lidstaten te bevorderen. Erkenning van het Taliban "
    "regime is niet aan de orde."
)


def build_seed_letter() -> Letter:
    """The complete seed letter: metadata, generated offering, 11 questions and 10 answers."""
    questions = tuple(
        Question(f"q{number}", number, text) for number, text in enumerate(_QUESTIONS, start=1)
    )
    answers = (
        Answer("a1", ("q1",), _text("Ja")),
        Answer("a2", ("q2",), _text("Ja")),
        Answer("a3", ("q3",), _ANSWER_3),
        Answer("a4", ("q4",), _ANSWER_4),
        # "Zie antwoord op vraag 4." is generated from refers_to.
        Answer("a5", ("q5",), refers_to="q4"),
        Answer("a6", ("q6",), _ANSWER_6),
        Answer("a7", ("q7", "q8"), _ANSWER_7_8),
        Answer("a8", ("q9",), _ANSWER_9),
        Answer("a9", ("q10",), _ANSWER_10),
        Answer("a10", ("q11",), _text("Nee.")),
    )
    return Letter(
        metadata=_metadata(),
        # The offering is generated from the metadata; the seed has no closing line.
        body=Body(offering=None, closing=""),
        questions=questions,
        answers=answers,
    )
