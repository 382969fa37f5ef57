"""Reading the Dutch phrases of Kamervragen: dates, zaaknummers, members, offices, signers.

Pure functions on strings, shared by every import path. They return None (or empty) when a
phrase is not there; guessing is the caller's business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from answerletter.model import Member, Office
from answerletter.model.wording import MONTHS_NL

_MONTH = {name: i for i, name in enumerate(MONTHS_NL, 1)}
_MONTH_RE = "|".join(MONTHS_NL)
DATE_RE = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_RE})\s+(\d{{4}})\b", re.IGNORECASE)
_DAY_MONTH_RE = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_RE})\b", re.IGNORECASE)
#: The Kamer's zaaknummer, also written with a space ("2024Z 17972").
ZAAK_RE = re.compile(r"(?<![\dA-Za-z])(\d{4})\s?Z\s?(\d{5})(?!\d)")


def parse_date(text: str) -> date | None:
    """The first Dutch date ("10 juli 2026") in *text*."""
    match = DATE_RE.search(text)
    if not match:
        return None
    try:
        return date(int(match.group(3)), _MONTH[match.group(2).lower()], int(match.group(1)))
    except ValueError:
        return None


def parse_day_month(text: str, year: int) -> date | None:
    """A date written without its year ("6 november jl."), in *year*."""
    match = _DAY_MONTH_RE.search(text)
    if not match:
        return None
    try:
        return date(year, _MONTH[match.group(2).lower()], int(match.group(1)))
    except ValueError:
        return None


def find_zaaknummers(text: str) -> list[str]:
    return [f"{m.group(1)}Z{m.group(2)}" for m in ZAAK_RE.finditer(text)]


def squash(text: str) -> str:
    """White space (line breaks included) collapsed to single spaces, ends trimmed."""
    return re.sub(r"[\s\u2028\u00a0]+", " ", text).strip()


# -- members --

_RUN_TOGETHER = re.compile(r"(?<=[a-zà-ÿ])(?=[A-Z][a-zà-ÿ])")


def _clean_name(name: str) -> str:
    name = squash(name).strip(" ,")
    # PDF text runs first and last names together: "DaniëlleJansen".
    return _RUN_TOGETHER.sub(" ", name)


def parse_members(segment: str) -> list[Member]:
    """Members from "Westerveld en Piri (beiden GroenLinks-PvdA)", "A, B (allen D66) en C (X)",
    "Ellian (VVD)", "Olger van Dijk (Nieuw Sociaal Contract) en Pierik (BBB)"."""
    segment = squash(segment)
    members: list[Member] = []
    position = 0
    for match in re.finditer(r"\(([^()]*)\)", segment):
        names_part = segment[position : match.start()]
        party = re.sub(r"^(?:beiden|allen|beide)\s+", "", match.group(1).strip(), flags=re.I)
        names = [n for n in re.split(r"\s*,\s*|\s+en\s+", names_part.strip(" ,")) if n.strip()]
        names = [re.sub(r"^en\s+", "", n) for n in names]
        members.extend(Member(_clean_name(n), party) for n in names if _clean_name(n))
        position = match.end()
    rest = segment[position:].strip(" ,")
    rest = re.sub(r"^en\s+", "", rest)
    if rest:
        members.extend(
            Member(_clean_name(n)) for n in re.split(r"\s*,\s*|\s+en\s+", rest) if _clean_name(n)
        )
    return members


# -- offices --

#: Portfolios of recent cabinets, so that "van Onderwijs, Cultuur en Wetenschap en
#: Volksgezondheid, Welzijn en Sport" splits in the right "en". Unknown ones still parse.
PORTFOLIOS = (
    "Algemene Zaken", "Asiel en Migratie", "Binnenlandse Zaken en Koninkrijksrelaties",
    "Buitenlandse Zaken", "Buitenlandse Handel en Ontwikkelingshulp",
    "Buitenlandse Handel en Ontwikkelingssamenwerking", "Defensie",
    "Economische Zaken en Klimaat", "Economische Zaken", "Financiën",
    "Infrastructuur en Waterstaat", "Justitie en Veiligheid", "Klimaat en Groene Groei",
    "Klimaat en Energie", "Landbouw, Natuur en Voedselkwaliteit",
    "Landbouw, Visserij, Voedselzekerheid en Natuur", "Onderwijs, Cultuur en Wetenschap",
    "Sociale Zaken en Werkgelegenheid", "Volksgezondheid, Welzijn en Sport",
    "Volkshuisvesting en Ruimtelijke Ordening", "Langdurige Zorg en Sport",
    "Jeugd, Preventie en Sport", "Medische Zorg", "Rechtsbescherming",
    "Primair en Voortgezet Onderwijs", "Funderend Onderwijs en Emancipatie",
    "Herstel Groningen", "Fiscaliteit, Belastingdienst en Douane", "Toeslagen en Douane",
    "Koninkrijksrelaties en Digitalisering", "Participatie en Integratie",
    "Armoedebeleid, Participatie en Pensioenen", "Natuur en Stikstof",
    "Cultuur en Media", "Wonen en Ruimtelijke Ordening",
)  # fmt: skip
_PORTFOLIOS_BY_LENGTH = sorted(PORTFOLIOS, key=len, reverse=True)
_TITLE_RE = re.compile(
    r"(minister-president|ministers?|staatssecretariss?(?:en)?|staatssecretaris)\b", re.I
)


def _title(word: str) -> str:
    word = word.lower()
    if word.startswith("minister-president"):
        return "minister-president"
    return "minister" if word.startswith("minister") else "staatssecretaris"


def _prefix_end(text: str, name: str) -> int:
    """Where *name* ends in *text* when *text* starts with it, spaces aside; -1 otherwise."""
    i = 0
    for char in name:
        if char == " ":
            while i < len(text) and text[i] == " ":
                i += 1
            continue
        while i < len(text) and text[i] == " " and char != " ":
            i += 1
        if i >= len(text) or text[i].lower() != char.lower():
            return -1
        i += 1
    if i < len(text) and text[i].isalpha():
        return -1
    return i


def _take_portfolio(text: str) -> tuple[str, str]:
    """(portfolio, rest) for *text* starting at a portfolio name."""
    for name in _PORTFOLIOS_BY_LENGTH:
        end = _prefix_end(text, name)
        if end >= 0:
            # The known spelling, also where PDF text lost a space ("Klimaaten Groene Groei").
            return name, text[end:]
    match = re.search(r"\s+en\s+(?:van|voor|de)\s+|,\s+|\s+en\s+(?=[A-Z])|$", text)
    end = match.start() if match else len(text)
    return text[:end].strip(" ,."), text[end:]


def parse_offices(segment: str) -> list[Office]:
    """Offices from "de ministers van Asiel en Migratie en van Buitenlandse Zaken",
    "de Minister van EZ en de Staatssecretaris van IenW", "de Minister-President"."""
    text = squash(segment)
    offices: list[Office] = []
    while text:
        text = re.sub(
            r"^(?:,|en)?\s*(?:(?:de|het)\s*(?=minister|staatssecretaris)|(?:de|het)\s+)?",
            "",
            text,
            flags=re.I,
        )
        title_match = _TITLE_RE.match(text)
        if not title_match:
            break
        title = _title(title_match.group(1))
        text = text[title_match.end() :].lstrip()
        if title == "minister-president":
            offices.append(Office(title))
            continue
        while True:
            portfolio_intro = re.match(r"^(?:,\s*|en\s+)?(van|voor)\s+", text)
            # The preposition the text gives ("voor Buitenlandse Handel ..."); without one
            # ("en Volksgezondheid, ..."), the office's usual one.
            preposition = portfolio_intro.group(1).lower() if portfolio_intro else ""
            if portfolio_intro:
                text = text[portfolio_intro.end() :]
            elif offices and offices[-1].title == title and re.match(r"^en\s*[A-Z]", text):
                text = text[2:].lstrip()
            else:
                break
            portfolio, text = _take_portfolio(text)
            if not portfolio:
                break
            offices.append(Office(title, portfolio, preposition))
            text = text.lstrip()
            if not re.match(r"^(?:,\s*|en\s+)?(?:van|voor)\s+|^en\s*(?!de\s)[A-Z]", text):
                break
    return offices


def parse_office(text: str) -> Office | None:
    """One office from "De minister van Justitie en Veiligheid," (a signature line)."""
    offices = parse_offices(text.rstrip(" ,."))
    return offices[0] if len(offices) == 1 else None


# -- the phrase that names the question set --


@dataclass(frozen=True, slots=True)
class QuestionPhrase:
    members: tuple[Member, ...]
    offices: tuple[Office, ...]
    subject: str


_MEMBERS_START = re.compile(r"\b(?:het\s+lid|de\s+leden|(?<=\s)lid|(?<=\s)leden)\s+", re.I)
_MEMBERS_END = re.compile(
    r"\s+(?=aan\s+de\s|aan\s+het\s|over\s|schriftelijke\s|worden\s|zijn\s|hebben\s)"
)
_SUBJECT_END = re.compile(
    r"\s*(?:\(ingezonden\b|\((?:\d{4}Z)|,?\s+worden\s+beantwoord|,?\s+kunnen\s+(?:tot\s+mijn\s+"
    r"spijt\s+)?niet\b|\s+niet\s+binnen\b|$)",
    re.I,
)


def parse_question_phrase(text: str) -> QuestionPhrase | None:
    """Members, addressed offices and subject from "… vragen van het lid X (P) aan de minister
    van Y over Z (ingezonden …)" and its variants (offering sentences, headings, notices)."""
    text = squash(text)
    start = _MEMBERS_START.search(text)
    if not start:
        return None
    rest = text[start.end() :]
    end = _MEMBERS_END.search(rest)
    members_part = rest[: end.start()] if end else rest
    members = parse_members(members_part)
    rest = rest[end.end() :] if end else ""
    offices: list[Office] = []
    # "overde" where PDF text lost the space after "over".
    over = re.search(r"(?:^|\s)over(?:\s+|(?=(?:de|het|een)\s))", rest)
    before_over = rest[: over.start()] if over else rest
    addressed = re.search(
        r"(?:^|\s)aan\s+(?=(?:de|het)\s*(?:minister|staatssecretaris)|de\s)", before_over, re.I
    )
    if addressed:
        offices = parse_offices(before_over[addressed.end() :])
    subject = ""
    if over:
        after = rest[over.end() :]
        stop = _SUBJECT_END.search(after)
        subject = after[: stop.start() if stop else len(after)].strip().rstrip(".").strip()
    if not members:
        return None
    return QuestionPhrase(tuple(members), tuple(offices), subject)


# -- published answers and notices: "Antwoord van minister X (Portefeuille) (ontvangen …)" --

_ANSWERED_BY = re.compile(
    r"^(?:Antwoord|Mededeling)\s+van\s+(minister-president|minister|staatssecretaris)\s+(.+?)"
    r"\s*\(([^()]*?)(?:\)|(?=\s*\(ontvangen))",
    re.I,
)


@dataclass(frozen=True, slots=True)
class AnsweredBy:
    office: Office
    name: str
    on_behalf_of: tuple[Office, ...]
    received: date | None


def parse_answered_by(text: str) -> AnsweredBy | None:
    text = squash(text)
    match = _ANSWERED_BY.match(text)
    if not match:
        return None
    title = _title(match.group(1))
    office = Office(title, "" if title == "minister-president" else match.group(3).strip())
    on_behalf: list[Office] = []
    behalf = re.search(r"mede\s+namens\s+(.+?)(?:\(ontvangen|$)", text, re.I)
    if behalf:
        on_behalf = parse_offices(behalf.group(1))
    received = re.search(r"\(ontvangen\s+([^)]*)\)", text)
    return AnsweredBy(
        office,
        squash(match.group(2)),
        tuple(on_behalf),
        parse_date(received.group(1)) if received else None,
    )


# -- postponement --

_POSTPONED = re.compile(r"niet\s+binnen\s+de\s+(?:gebruikelijke\s+)?termijn", re.I)


def is_postponement(text: str) -> bool:
    return bool(_POSTPONED.search(text))


def postponement_reason(text: str) -> str:
    """The reason of an uitstelbericht: the clause after "omdat", "aangezien", "De reden van
    het uitstel is dat", or the "Vanwege …" phrase."""
    text = squash(text)
    for pattern in (
        r"[Dd]e\s+reden\s+van\s+het\s+uitstel\s+is\s+dat\s+([^.]+)",
        r"\b(?:omdat|aangezien|doordat)\s+([^.]+)",
        r"\b[Vv]anwege\s+([^.]+?)\s+(?:kunnen|kan|zullen|is|zijn)\b",
        r"\b(?:vanwege|in verband met|i\.v\.m\.)\s+([^.]+)",
    ):
        match = re.search(pattern, text)
        if match:
            return match.group(1).strip(" ,")
    return ""
