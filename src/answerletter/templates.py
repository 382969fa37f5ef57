"""Starting points for new letters: an empty letter with sensible defaults, and the example."""

from __future__ import annotations

from answerletter.fileformat import load_letter
from answerletter.model import Letter, Metadata, Office, Signatory
from answerletter.resources import resource_path

EXAMPLE_FILE = ("examples", "taliban.kvb")


def empty_letter() -> Letter:
    """A new letter: addressed to the Voorzitter, one minister signing, no questions yet.

    The sender's details are left empty for the user (or, later, their house-style profile).
    """
    metadata = Metadata(signatories=(Signatory(Office("minister")),))
    return Letter(metadata=metadata)


def example_letter() -> Letter:
    """The built-in example: the answer letter on EU talks with the Taliban (10 juli 2026)."""
    return load_letter(resource_path(*EXAMPLE_FILE))
