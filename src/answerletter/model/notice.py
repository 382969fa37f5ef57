"""The uitstelbericht: the notice that the answers will be late, made from the answer letter.

A notice is a Letter of kind ``POSTPONEMENT_NOTICE`` with the answer letter's metadata, no
questions, and the postponement (reason, expected date) as fields; its text is generated
from them, as the offering sentence of an answer letter is, unless the user overrides it.
The wording follows real notices ("De vragen van het lid … (ingezonden …, …) kunnen tot mijn
spijt niet binnen de gebruikelijke termijn van drie weken worden beantwoord. De reden van het
uitstel is … Ik streef ernaar de vragen zo spoedig mogelijk te beantwoorden.").
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from answerletter.model.acceptance import DocumentKind
from answerletter.model.letter import Body, Letter
from answerletter.model.metadata import Metadata, Postponement
from answerletter.model.richtext import RichText
from answerletter.model.wording import format_date, members_phrase


def notice_betreft(metadata: Metadata) -> str:
    """The notice's Betreft line: "Uitstel beantwoording Kamervragen over <subject>"."""
    if metadata.subject:
        return f"Uitstel beantwoording Kamervragen over {metadata.subject}"
    return "Uitstel beantwoording Kamervragen"


def _reason_sentence(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        return ""
    if reason[-1] not in ".!?":
        reason += "."
    return f"De reden van het uitstel is {reason}"


def notice_paragraphs(metadata: Metadata) -> tuple[str, ...]:
    """The notice's text from the metadata: which questions, why, and when to expect them."""
    we = len(metadata.signatories) > 1
    who = members_phrase(metadata.members) or "de leden"
    sentence = f"De vragen van {who}"
    if metadata.subject:
        sentence += f" over {metadata.subject}"
    source = [format_date(metadata.submitted)] if metadata.submitted else []
    if metadata.your_reference:
        source.append(metadata.your_reference)
    if source:
        sentence += f" (ingezonden {', '.join(source)})"
    sentence += (
        f" kunnen tot {'onze' if we else 'mijn'} spijt niet binnen de gebruikelijke termijn "
        "van drie weken worden beantwoord."
    )
    postponement = metadata.postponement
    reason = _reason_sentence(postponement.reason) if postponement else ""
    expected = postponement.expected if postponement else None
    when = f"vóór {format_date(expected)}" if expected else "zo spoedig mogelijk"
    promise = f"{'Wij streven' if we else 'Ik streef'} ernaar de vragen {when} te beantwoorden."
    return tuple(part for part in (" ".join(p for p in (sentence, reason) if p), promise) if part)


def notice_text(letter: Letter) -> RichText:
    """The notice's text as printed: the override, or the generated paragraphs."""
    if letter.body.offering is not None:
        return letter.body.offering
    return RichText.plain(*notice_paragraphs(letter.metadata))


def make_notice(
    letter: Letter, sent: date, reason: str = "", expected: date | None = None
) -> tuple[Letter, Letter]:
    """The uitstelbericht for *letter*, dated *sent*, and the answer letter with the
    postponement recorded (so its deadline moves: three weeks, or to *expected*)."""
    postponement = Postponement(sent, reason.strip(), expected)
    meta = letter.metadata
    notice_meta = replace(
        meta,
        letter_date=sent,
        postponement=postponement,
        betreft=notice_betreft(meta),
        attachments=(),
    )
    notice = Letter(
        metadata=notice_meta,
        body=Body(closing=letter.body.closing),
        kind=DocumentKind.POSTPONEMENT_NOTICE,
    )
    recorded = replace(letter, metadata=replace(meta, postponement=postponement))
    return notice, recorded
