"""Synthetic answer letters of any size, for tests, benchmarks and demonstrations.

``generate_letter(n)`` builds a deterministic, consistent letter with Dutch-looking text and
the features real letters have: lists, bold and italic runs, links, footnotes, answers
combined over consecutive questions and answers that refer to an earlier one. About 1 KB of
text per question and answer, so 1,000 questions make a letter of roughly 1 MB.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from answerletter.model.letter import Answer, Body, Letter, Question
from answerletter.model.metadata import (
    Member,
    Metadata,
    Office,
    Sender,
    Signatory,
)
from answerletter.model.richtext import (
    PLAIN,
    Block,
    Footnote,
    Inline,
    ListKind,
    Marks,
    RichText,
    Run,
)

# A small vocabulary is enough to look like Dutch prose in layout and hyphenation tests.
_VOCABULARY = (
    "de het een en van in op te dat die voor met aan er niet zijn is wordt worden "
    "ook bij om als door naar over dan nog wel kan zal moet hebben heeft werd werden "
    "kabinet minister regering Kamer gemeente provincie beleid wet regeling maatregel "
    "onderzoek rapport brief afspraak overleg gesprek besluit uitvoering toezicht "
    "inspectie burgers inwoners ondernemers organisaties instanties partijen sector "
    "onderwijs zorg veiligheid woningbouw asielzoekers opvang terugkeer migratie "
    "Europese Commissie lidstaten samenwerking financiering middelen budget kosten "
    "gevolgen risico's mogelijkheden knelpunten signalen ontwikkelingen situatie "
    "afgelopen komende jaren maanden periode termijn moment inmiddels momenteel "
    "daarnaast bovendien echter tevens vervolgens waarbij waarin waardoor zodat "
    "belangrijk zorgvuldig duidelijk noodzakelijk beschikbaar verantwoordelijk "
    "landelijk regionaal structureel tijdelijk aanvullend concreet passend "
    "informeren bespreken onderzoeken beoordelen verbeteren versterken ondersteunen "
    "uitvoeren nemen treffen volgen bezien betrekken verstrekken bevorderen"
)
_WORDS = tuple(_VOCABULARY.split())

_PARTIES = (
    "VVD", "PVV", "CDA", "D66", "GroenLinks-PvdA", "SP", "ChristenUnie", "SGP",
    "JA21", "BBB", "Volt", "DENK", "PvdD", "FvD", "50PLUS",
)  # fmt: skip

_SURNAMES = (
    "Westerveld", "Piri", "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Mulder",
    "de Boer", "van Dijk", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
    "Brouwer", "de Wit", "Dijkstra", "Kramer", "van der Meer", "Koster", "Prins", "Huisman",
)  # fmt: skip

_FIRST_NAMES = (
    "Anne", "Bart", "Claire", "Daan", "Eva", "Femke", "Gijs", "Hanna", "Ingrid", "Joost",
    "Karin", "Lars", "Marieke", "Niels", "Olga", "Pieter", "Rutger", "Sanne", "Thijs",
)  # fmt: skip

_PORTFOLIOS = (
    "Asiel en Migratie", "Buitenlandse Zaken", "Justitie en Veiligheid", "Financiën",
    "Volksgezondheid, Welzijn en Sport", "Onderwijs, Cultuur en Wetenschap",
    "Infrastructuur en Waterstaat", "Binnenlandse Zaken en Koninkrijksrelaties",
    "Sociale Zaken en Werkgelegenheid", "Economische Zaken", "Defensie",
)  # fmt: skip

_LINK_TARGETS = (
    "https://www.rijksoverheid.nl/documenten",
    "https://www.tweedekamer.nl/kamerstukken",
    "https://zoek.officielebekendmakingen.nl",
    "http://www.cbs.nl/statline",
    "https://wetten.overheid.nl",
)

_KAMERSTUK_TITLES = (
    "Vreemdelingenbeleid",
    "Vaststelling van de begrotingsstaten",
    "Justitiële Jeugd",
    "Staat van de rechtsstaat",
    "Raad Algemene Zaken en Raad Buitenlandse Zaken",
)


class _Writer:
    """Builds text pieces from one random generator so a seed fixes the whole letter."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.footnotes = 0

    def words(self, low: int, high: int) -> list[str]:
        return [self.rng.choice(_WORDS) for _ in range(self.rng.randint(low, high))]

    def sentence(self, end: str = ".") -> str:
        words = self.words(9, 22)
        first = words[0]
        words[0] = first[:1].upper() + first[1:]
        if len(words) > 10 and self.rng.random() < 0.3:
            words[len(words) // 2] += ","
        return " ".join(words) + end

    def footnote(self) -> Footnote:
        self.footnotes += 1
        rng = self.rng
        if rng.random() < 0.5:
            number = rng.randint(19637, 36800)
            body: tuple[Run, ...] = (
                Run("Kamerstukken II "),
                Run(f"{rng.randint(2015, 2026)}/{rng.randint(16, 27):02d}", PLAIN),
                Run(f", {number}, nr. {rng.randint(1, 400)}. "),
                Run(rng.choice(_KAMERSTUK_TITLES), Marks(italic=True)),
            )
        else:
            url = f"{rng.choice(_LINK_TARGETS)}/{rng.randint(1000, 99999)}"
            body = (Run(self.sentence(" ")), Run(url, Marks(link=url)))
        return Footnote(f"fn{self.footnotes}", body)

    def inlines(self, sentences: int, *, end: str = ".", marks: bool = True) -> list[Inline]:
        """Sentences as inline runs, some words bold or italic and some linked."""
        rng = self.rng
        out: list[Inline] = []
        for i in range(sentences):
            text = self.sentence(end)
            if i:
                text = " " + text
            if marks and rng.random() < 0.15:
                words = text.split(" ")
                at = rng.randrange(1, len(words))
                kind = rng.random()
                if kind < 0.4:
                    mark = Marks(bold=True)
                elif kind < 0.8:
                    mark = Marks(italic=True)
                else:
                    mark = Marks(link=f"{rng.choice(_LINK_TARGETS)}/{rng.randint(1, 999)}")
                out.append(Run(" ".join(words[:at]) + " "))
                out.append(Run(words[at], mark))
                out.append(Run(" " + " ".join(words[at + 1 :])))
            else:
                out.append(Run(text))
        return out

    def question_text(self, with_footnote: bool) -> RichText:
        content = self.inlines(self.rng.randint(1, 3), end="?", marks=False)
        if with_footnote:
            content.insert(self.rng.randint(1, len(content)), self.footnote())
        return RichText((Block(tuple(content)),))

    def answer_text(self, with_footnote: bool) -> RichText:
        rng = self.rng
        blocks: list[Block] = []
        for _ in range(rng.randint(1, 5)):
            if blocks and rng.random() < 0.15:
                kind = ListKind.BULLET if rng.random() < 0.6 else ListKind.NUMBER
                for item in range(rng.randint(2, 4)):
                    level = 1 if item and rng.random() < 0.2 else 0
                    item_text = " ".join(self.words(4, 12)) + ";"
                    blocks.append(Block((Run(item_text),), kind, level))
            else:
                blocks.append(Block(tuple(self.inlines(rng.randint(1, 4)))))
        if with_footnote:
            index = rng.randrange(len(blocks))
            block = blocks[index]
            content = list(block.content)
            content.insert(rng.randint(1, len(content)), self.footnote())
            blocks[index] = Block(tuple(content), block.list_kind, block.level)
        return RichText(tuple(blocks))


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST_NAMES)} {rng.choice(_SURNAMES)}"


def _metadata(rng: random.Random, writer: _Writer) -> Metadata:
    portfolios = rng.sample(_PORTFOLIOS, 3)
    first = Office("minister", portfolios[0])
    second = Office(rng.choice(("minister", "staatssecretaris")), portfolios[1])
    party = rng.choice(_PARTIES)
    members = [Member(name, party) for name in rng.sample(_SURNAMES, rng.randint(1, 2))]
    if rng.random() < 0.4:
        members.append(Member(rng.choice(_SURNAMES), rng.choice(_PARTIES)))
    submitted = date(2026, 1, 5) + timedelta(days=rng.randint(0, 300))
    ministry = f"Ministerie van {portfolios[0]}"
    subject = " ".join(writer.words(6, 12))
    return Metadata(
        sender=Sender(
            ministry=ministry,
            unit=f"Directie {rng.choice(_PORTFOLIOS).split(',')[0]}",
            visiting_address=("Turfmarkt 147", "2511 DP Den Haag"),
            postal_address=("Postbus 20301", "2500 EH Den Haag"),
            return_address="Postbus 20301 2500 EH Den Haag",
            website="www.rijksoverheid.nl",
        ),
        our_reference=str(rng.randint(1000000, 9999999)),
        your_reference=f"{submitted.year}Z{rng.randint(0, 99999):05d}",
        letter_date=submitted + timedelta(days=rng.randint(14, 60)),
        subject=subject,
        submitted=submitted,
        members=tuple(members),
        addressed_to=(first, second),
        signatories=(Signatory(first, _person(rng)),),
        on_behalf_of=(second,),
        attachments=("Beslisnota",) if rng.random() < 0.3 else (),
    )


def generate_letter(n_questions: int, seed: int = 0) -> Letter:
    """A consistent letter of *n_questions* numbered questions, each with an answer.

    The same *seed* always gives the same letter. About 1 in 15 answers covers two or three
    consecutive questions, about 1 in 20 refers to an earlier question, and roughly 1 in 8
    texts carries a footnote.
    """
    rng = random.Random(seed)
    writer = _Writer(rng)
    metadata = _metadata(rng, writer)
    questions = [
        Question(f"q{n}", n, writer.question_text(rng.random() < 0.125))
        for n in range(1, n_questions + 1)
    ]
    answers: list[Answer] = []
    position = 0
    while position < n_questions:
        size = 1
        if rng.random() < 1 / 15:
            size = min(rng.randint(2, 3), n_questions - position)
        covered = tuple(q.id for q in questions[position : position + size])
        refers_to: str | None = None
        text = writer.answer_text(rng.random() < 0.125)
        # A reference only points to an earlier question, so references cannot form a
        # circle: every step of a chain lands on an answer that starts earlier.
        if position > 0 and size == 1 and rng.random() < 0.05:
            refers_to = questions[rng.randrange(position)].id
            text = writer.answer_text(False) if rng.random() < 0.3 else RichText()
        answers.append(Answer(f"a{len(answers) + 1}", covered, text, refers_to))
        position += size
    body = Body(paragraphs=RichText.plain(writer.sentence()), closing="Hoogachtend,")
    return Letter(metadata, body, tuple(questions), tuple(answers))
