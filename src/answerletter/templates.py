"""Starting points for new letters: an empty letter with sensible defaults, and the example."""

from __future__ import annotations

from answerletter.model import Letter, Metadata, Office, Sender, Signatory
from answerletter.resources import resource_path

EXAMPLE_FILE = ("examples", "taliban.kvb")


def empty_letter() -> Letter:
    """A new letter: addressed to the Voorzitter, one minister signing, no questions yet."""
    metadata = Metadata(
        sender=Sender(
            ministry="Ministerie van ...",
            return_address="Postbus ... Den Haag",
            website="www.rijksoverheid.nl",
        ),
        signatories=(Signatory(Office("minister", "..."), ""),),
    )
    return Letter(metadata=metadata)


def example_letter() -> Letter:
    """The built-in example: the answer letter on EU talks with the Taliban (10 juli 2026)."""
    from answerletter.fileformat import load_letter

    return load_letter(resource_path(*EXAMPLE_FILE))
