"""Government offices: the one stored form of a title, and the preposition of a portfolio.

A minister heads a ministry ("minister van Financiën") or holds a portfolio without a
ministry of their own ("minister voor Buitenlandse Handel en Ontwikkelingshulp"); the Kamer
writes both in one list: "de Ministers van Financiën en voor Buitenlandse Handel en
Ontwikkelingshulp". The preposition is part of the office (``Office.preposition``); the
lists below only give the default for a newly entered portfolio. Staatssecretarissen are
always "van" their ministry.
"""

from __future__ import annotations

PREPOSITIONS = ("van", "voor")

#: The ministries (2024–2026): their ministers are "minister van ...".
MINISTRIES: tuple[str, ...] = (
    "Algemene Zaken",
    "Asiel en Migratie",
    "Binnenlandse Zaken en Koninkrijksrelaties",
    "Buitenlandse Zaken",
    "Defensie",
    "Economische Zaken",
    "Financiën",
    "Infrastructuur en Waterstaat",
    "Justitie en Veiligheid",
    "Klimaat en Groene Groei",
    "Landbouw, Visserij, Voedselzekerheid en Natuur",
    "Onderwijs, Cultuur en Wetenschap",
    "Sociale Zaken en Werkgelegenheid",
    "Volkshuisvesting en Ruimtelijke Ordening",
    "Volksgezondheid, Welzijn en Sport",
)

#: Portfolios of ministers without a ministry of their own ("minister voor ..."): the
#: current one and those of the cabinet before it, which letters and imports still name.
#: (Volkshuisvesting en Ruimtelijke Ordening was one until it became a ministry in 2024.)
PORTFOLIOS_WITHOUT_MINISTRY: tuple[str, ...] = (
    "Buitenlandse Handel en Ontwikkelingshulp",
    "Langdurige Zorg en Sport",
    "Medische Zorg",
    "Primair en Voortgezet Onderwijs",
    "Rechtsbescherming",
    "Armoedebeleid, Participatie en Pensioenen",
    "Natuur en Stikstof",
    "Klimaat en Energie",
)

_WITHOUT_MINISTRY = frozenset(p.casefold() for p in PORTFOLIOS_WITHOUT_MINISTRY)


def normal_title(title: str) -> str:
    """The one stored form of a title: lower case, single spaces ("Minister-President" →
    "minister-president"). Running text uses it as it is; see ``capitalised_title``."""
    return " ".join(title.split()).lower()


def capitalised_title(title: str) -> str:
    """A title as it starts a signature: "Minister", "Staatssecretaris", "Minister-President"
    (every part of a hyphenated title gets its capital)."""
    return "-".join(part[:1].upper() + part[1:] for part in normal_title(title).split("-"))


def default_preposition(title: str, portfolio: str) -> str:
    """ "voor" for a minister whose portfolio is one without a ministry, otherwise "van"."""
    if normal_title(title) == "minister" and portfolio.strip().casefold() in _WITHOUT_MINISTRY:
        return "voor"
    return "van"


def split_preposition(portfolio: str) -> tuple[str, str]:
    """A portfolio typed with its preposition, "voor Medische Zorg" → ("voor", "Medische
    Zorg"); ("", portfolio) when it has none."""
    text = " ".join(portfolio.split())
    head, _, rest = text.partition(" ")
    if head.lower() in PREPOSITIONS and rest:
        return head.lower(), rest
    return "", text
