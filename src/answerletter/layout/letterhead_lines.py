"""The texts of the letterhead, the reference column and the running header, without Qt.

The typesetter (``letterhead``) and the Word exporter (``exporters.docx``) both print these
lines, so they come from one place: what a page shows is decided here, how it looks there.
"""

from __future__ import annotations

from answerletter.layout.profile import Profile
from answerletter.model import wording
from answerletter.model.metadata import Metadata, Sender
from answerletter.model.richtext import Marks

#: A line of a small block: its text and whether it is bold or italic ("" is an empty line).
Line = tuple[str, Marks]

BOLD = Marks(bold=True)
ITALIC = Marks(italic=True)
PLAIN = Marks()


def effective_sender(metadata: Metadata, profile: Profile) -> Sender:
    """The letter's sender with empty fields filled from the profile's defaults."""
    sender, fallback = metadata.sender, profile.sender
    return Sender(
        ministry=sender.ministry or fallback.ministry,
        unit=sender.unit or fallback.unit,
        visiting_address=sender.visiting_address or fallback.visiting_address,
        postal_address=sender.postal_address or fallback.postal_address,
        return_address=sender.return_address or fallback.return_address,
        website=sender.website or fallback.website,
        logo=sender.logo or profile.logo,
    )


def date_text(metadata: Metadata) -> str:
    """The letter date as printed ("10 juli 2026"), "" for a draft."""
    return wording.format_date(metadata.letter_date) if metadata.letter_date else ""


def reference_lines(metadata: Metadata, profile: Profile) -> list[Line]:
    """The right-hand column of page 1: sender, addresses, references, note."""
    labels = profile.labels
    sender = effective_sender(metadata, profile)
    lines: list[Line] = []
    if metadata.classification:
        lines += [(metadata.classification, BOLD), ("", PLAIN)]
    # Real letters head the column with the unit (directorate); the ministry's name stands
    # in the letterhead already.
    heading = sender.unit
    if heading:
        lines.append((heading, BOLD))
    address = [*sender.visiting_address, *sender.postal_address]
    if sender.website:
        address.append(sender.website)
    if address:
        lines += [("", PLAIN)] if heading else []
        lines += [(text, PLAIN) for text in address]
    for label, value in (
        (labels.our_reference, metadata.our_reference),
        (labels.your_reference, metadata.your_reference),
    ):
        if value:
            lines += [("", PLAIN), (label, BOLD), (value, PLAIN)]
    if metadata.attachments:
        lines += [("", PLAIN), (labels.attachments, BOLD)]
        lines += [(text, PLAIN) for text in metadata.attachments]
    if labels.correspondence_note:
        lines += [("", PLAIN), (labels.correspondence_note, ITALIC)]
    return lines


def running_header_lines(metadata: Metadata, profile: Profile) -> list[Line]:
    """The right-hand column of pages 2 and later: the unit (as real letters repeat it, when
    the sender has one), Datum and Onze referentie."""
    labels = profile.labels
    lines: list[Line] = []
    unit = effective_sender(metadata, profile).unit
    if unit:
        lines += [(unit, BOLD), ("", PLAIN)]
    lines += [(labels.date, BOLD), (date_text(metadata), PLAIN)]
    if metadata.our_reference:
        lines += [("", PLAIN), (labels.our_reference, BOLD), (metadata.our_reference, PLAIN)]
    return lines


def document_author(metadata: Metadata, profile: Profile) -> str:
    """The sender: the ministry (or, lacking one, the first signatory's office)."""
    sender = effective_sender(metadata, profile)
    if sender.ministry:
        return sender.ministry
    if metadata.signatories:
        return wording.signature_lines(metadata.signatories[0])[0].rstrip(",")
    return ""
