"""The letter's metadata: sender, addressee, references, dates, members and ministers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from answerletter.model.portfolios import (
    PREPOSITIONS,
    default_preposition,
    normal_title,
    split_preposition,
)

#: The Kamer's zaaknummer, e.g. 2026Z09763 (year, "Z", five digits).
ZAAKNUMMER_RE = re.compile(r"^\d{4}Z\d{5}$")

DEFAULT_ADDRESSEE: tuple[str, ...] = (
    "Aan de Voorzitter van de Tweede Kamer",
    "der Staten-Generaal",
    "Postbus 20018",
    "2500 EA DEN HAAG",
)


def is_zaaknummer(text: str) -> bool:
    """True when *text* has the form of a Kamer zaaknummer (``YYYYZnnnnn``)."""
    return bool(ZAAKNUMMER_RE.fullmatch(text))


@dataclass(frozen=True, slots=True)
class Sender:
    """The sending organisation as printed in the letterhead and the reference column."""

    ministry: str = ""
    unit: str = ""
    visiting_address: tuple[str, ...] = ()
    postal_address: tuple[str, ...] = ()
    #: The small line above the addressee, e.g. "Postbus 20301 2500 EH Den Haag".
    return_address: str = ""
    website: str = ""
    #: Path of a logo image, absolute or relative to the letter file; "" for none.
    logo: str = ""


@dataclass(frozen=True, slots=True)
class Member:
    """A member of the Kamer who asked the questions."""

    name: str
    party: str = ""


@dataclass(frozen=True, slots=True)
class Office:
    """A government office: *title* "minister" or "staatssecretaris" (or "minister-president"),
    *portfolio* e.g. "Asiel en Migratie" (empty for the minister-president), and the
    *preposition* that joins them: "van" for a ministry, "voor" for a portfolio without one
    ("minister voor Buitenlandse Handel en Ontwikkelingshulp").

    Stored in one form whatever was typed: the title in lower case, the portfolio without a
    leading preposition (one typed there becomes the preposition), and an empty preposition
    replaced by the usual one for the portfolio (see ``portfolios``).
    """

    title: str
    portfolio: str = ""
    preposition: str = ""

    def __post_init__(self) -> None:
        typed, portfolio = split_preposition(self.portfolio)
        preposition = self.preposition.strip().lower() or typed
        if preposition and preposition not in PREPOSITIONS:
            raise ValueError(f"An office's preposition is 'van' or 'voor', not {preposition!r}")
        title = normal_title(self.title)
        # Frozen: the normal form is set once, here.
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "portfolio", portfolio)
        object.__setattr__(
            self, "preposition", preposition or default_preposition(title, portfolio)
        )


@dataclass(frozen=True, slots=True)
class Signatory:
    """Someone who signs the letter: the office and the person's name."""

    office: Office
    name: str = ""


@dataclass(frozen=True, slots=True)
class Postponement:
    """An uitstelbericht: when it was sent, why, and when the answer is now expected."""

    sent: date
    reason: str = ""
    expected: date | None = None


@dataclass(frozen=True, slots=True)
class Metadata:
    """Everything about the letter that is not its text."""

    sender: Sender = field(default_factory=Sender)
    addressee: tuple[str, ...] = DEFAULT_ADDRESSEE
    #: "Onze referentie": the ministry's own kenmerk; its form varies per ministry.
    our_reference: str = ""
    #: "Uw referentie": normally the Kamer's zaaknummer of the question set.
    your_reference: str = ""
    #: The date the letter is signed; None while it is a draft.
    letter_date: date | None = None
    #: What the questions are about, as it follows "over": "gesprekken die ... de Taliban".
    subject: str = ""
    #: The Betreft line; None means derived from the subject.
    betreft: str | None = None
    #: The date the questions were submitted ("ingezonden").
    submitted: date | None = None
    members: tuple[Member, ...] = ()
    addressed_to: tuple[Office, ...] = ()
    #: The first signs as the answering minister; more sign jointly.
    signatories: tuple[Signatory, ...] = ()
    #: Offices on whose behalf the first signatory also answers ("mede namens").
    on_behalf_of: tuple[Office, ...] = ()
    postponement: Postponement | None = None
    attachments: tuple[str, ...] = ()
    #: A security classification such as "Departementaal vertrouwelijk"; "" for none.
    classification: str = ""
