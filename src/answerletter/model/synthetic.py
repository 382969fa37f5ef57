"""Moved to :mod:`answerletter.testing.synthetic` (test support, not model code); this name
stays for one round so branches written against it keep working."""

from answerletter.testing.synthetic import generate_letter

__all__ = ["generate_letter"]
