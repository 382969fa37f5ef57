"""Dutch wording derived from the model: dates, member lists, labels, offering and heading.

The phrases follow real answer letters and the Kamer's own texts (see the reference notes):
"de leden Sneller, Bamenga, Rooderkerk (allen D66) en Gabriëls (GroenLinks-PvdA)", "aan de
ministers van Financiën en voor Buitenlandse Handel en Ontwikkelingshulp", "Antwoord op vraag
7 en 8", "10 juli 2026" (a no-break space between day and month, so a line never ends on
the day alone).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import groupby

from answerletter.model.acceptance import DocumentKind
from answerletter.model.letter import Answer, Letter
from answerletter.model.metadata import Member, Metadata, Office, Signatory
from answerletter.model.portfolios import capitalised_title
from answerletter.model.richtext import RichText

#: Keeps the day with its month ("10 juli"): the Dutch typographic rule for dates.
NO_BREAK_SPACE = "\u00a0"

#: The answer labels of the house style when a profile sets none; {list} is "7 en 8".
ANSWER_LABEL = "Antwoord op vraag {list}"
COMBINED_ANSWER_LABEL = "Antwoord op vraag {list}"

MONTHS_NL = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip


def format_date(day: date) -> str:
    """A date as letters write it, "10 juli 2026": no leading zero, month in lower case, a
    no-break space between day and month."""
    return f"{day.day}{NO_BREAK_SPACE}{MONTHS_NL[day.month - 1]} {day.year}"


def join_dutch(items: Sequence[str], conjunction: str = "en") -> str:
    """A Dutch enumeration: "a", "a en b", "a, b en c"."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def members_phrase(members: Sequence[Member]) -> str:
    """Who asked: "het lid X (VVD)", "de leden A en B (beiden PvdA)",
    "de leden A, B (beiden VVD), C en D (beiden CDA)".

    The names form one list, joined once; consecutive members of one party share one party
    note after the last of them: "beiden" for two, "allen" for more (as the Kamer writes
    "de leden Sneller, Bamenga, Rooderkerk (allen D66) en Gabriëls (GroenLinks-PvdA)").
    """
    if not members:
        return ""
    names: list[str] = []
    for party, group_iter in groupby(members, key=lambda m: m.party):
        group = [m.name for m in group_iter]
        if party:
            together = "beiden" if len(group) == 2 else "allen"
            note = party if len(group) == 1 else f"{together} {party}"
            group[-1] = f"{group[-1]} ({note})"
        names.extend(group)
    article = "het lid" if len(members) == 1 else "de leden"
    return f"{article} {join_dutch(names)}"


def office_phrase(office: Office, *, capital: bool = False) -> str:
    """An office in running text, "minister van Asiel en Migratie", "minister voor Medische
    Zorg", "minister-president" (*capital*, as a signature starts: "Minister-President")."""
    title = capitalised_title(office.title) if capital else office.title
    return f"{title} {_portfolio(office)}" if office.portfolio else title


def _portfolio(office: Office) -> str:
    return f"{office.preposition} {office.portfolio}"


def _plural(title: str) -> str:
    return {"minister": "ministers", "staatssecretaris": "staatssecretarissen"}.get(title, title)


def addressed_phrase(offices: Sequence[Office]) -> str:
    """To whom: "aan de minister van X", "aan de ministers van X en voor Y",
    "aan de minister van X en de staatssecretaris van Y"."""
    if not offices:
        return ""
    parts: list[str] = []
    for title, group_iter in groupby(offices, key=lambda o: o.title):
        group = list(group_iter)
        portfolios = [_portfolio(o) for o in group if o.portfolio]
        if len(group) == 1 or not portfolios:
            parts.append(f"de {office_phrase(group[0])}")
        else:
            parts.append(f"de {_plural(title)} {join_dutch(portfolios)}")
    return f"aan {join_dutch(parts)}"


def question_numbers_phrase(numbers: Sequence[int]) -> str:
    """Question numbers as a label lists them: "7 en 8", "3, 4, 5, 9 en 10" (sorted, unique)."""
    return join_dutch([str(n) for n in sorted(set(numbers))])


def answer_label_for(
    numbers: Sequence[int], single: str = ANSWER_LABEL, combined: str = COMBINED_ANSWER_LABEL
) -> str:
    """The label of an answer to the questions *numbers*: *single* or, for more than one
    question, *combined* with {list} filled in ("Antwoord op vraag 7 en 8" by default;
    house styles also write "Antwoord op vragen 7 en 8")."""
    form = combined if len(set(numbers)) > 1 else single
    return form.format(list=question_numbers_phrase(numbers))


def answer_label(
    letter: Letter,
    answer: Answer,
    single: str = ANSWER_LABEL,
    combined: str = COMBINED_ANSWER_LABEL,
) -> str:
    """The answer's label: "Antwoord op vraag 1", "Antwoord op vraag 7 en 8"."""
    numbers = [letter.question(qid).number for qid in answer.questions]
    return answer_label_for(numbers, single, combined)


def reference_sentence(letter: Letter, answer: Answer) -> str:
    """The sentence of a referring answer, "Zie antwoord op vraag 4."; "" for others."""
    if answer.refers_to is None:
        return ""
    return f"Zie antwoord op vraag {letter.question(answer.refers_to).number}."


def betreft(metadata: Metadata) -> str:
    """The Betreft line: the stored one, or "Antwoorden Kamervragen over <subject>"."""
    if metadata.betreft is not None:
        return metadata.betreft
    return f"Antwoorden Kamervragen over {metadata.subject}" if metadata.subject else ""


def questions_heading(metadata: Metadata) -> str:
    """The heading above the questions.

    "Vragen van de leden ... aan de ministers ... over ... (ingezonden 13 mei 2026, 2026Z09763)";
    without a submission date "(2026Z09763)". Without members the names are left out
    ("Vragen aan de minister ..."): the gap is for the checks to report, not to print.
    """
    parts = ["Vragen"]
    if metadata.members:
        parts.append(f"van {members_phrase(metadata.members)}")
    if metadata.addressed_to:
        parts.append(addressed_phrase(metadata.addressed_to))
    if metadata.subject:
        parts.append(f"over {metadata.subject}")
    heading = " ".join(parts)
    source = [f"ingezonden {format_date(metadata.submitted)}"] if metadata.submitted else []
    if metadata.your_reference:
        source.append(metadata.your_reference)
    if source:
        heading += f" ({', '.join(source)})"
    return heading


def offering_paragraphs(metadata: Metadata) -> tuple[str, ...]:
    """The generated offering sentence and the "ingezonden" sentence."""
    we = len(metadata.signatories) > 1
    on_behalf = ""
    if metadata.on_behalf_of:
        offices = [f"de {office_phrase(o)}" for o in metadata.on_behalf_of]
        on_behalf = f", mede namens {join_dutch(offices)},"
    sentence = (
        f"Hierbij {'bieden wij' if we else 'bied ik'} u{on_behalf} de antwoorden aan op de "
        f"schriftelijke vragen"
    )
    if metadata.members:
        sentence += f" van {members_phrase(metadata.members)}"
    if metadata.subject:
        sentence += f" over {metadata.subject}"
    paragraphs = [sentence + "."]
    if metadata.submitted:
        submitted = f"Deze vragen werden ingezonden op {format_date(metadata.submitted)}"
        if metadata.your_reference:
            submitted += f" met kenmerk {metadata.your_reference}"
        paragraphs.append(submitted + ".")
    return tuple(paragraphs)


def offering(letter: Letter) -> RichText:
    """The offering text as printed: the override, or the generated sentences (for an
    uitstelbericht, its notice text)."""
    if letter.body.offering is not None:
        return letter.body.offering
    if letter.kind is not DocumentKind.ANSWER_LETTER:
        from answerletter.model.notice import notice_paragraphs

        return RichText.plain(*notice_paragraphs(letter.metadata))
    return RichText.plain(*offering_paragraphs(letter.metadata))


def signature_lines(signatory: Signatory) -> tuple[str, str]:
    """("De Minister van Asiel en Migratie,", "Bart van den Brink")."""
    return (f"De {office_phrase(signatory.office, capital=True)},", signatory.name)
