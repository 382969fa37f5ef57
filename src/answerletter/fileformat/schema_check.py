"""Validates a tree against the shipped XSD and reports every error with its line."""

from __future__ import annotations

from functools import cache

from lxml import etree

from answerletter.fileformat.errors import Problem
from answerletter.fileformat.names import NS, SCHEMA_PATH
from answerletter.fileformat.safe_parse import safe_parser


@cache
def schema() -> etree.XMLSchema:
    """The XSD of the current major version, parsed once (with the same safe parser)."""
    return etree.XMLSchema(etree.parse(str(SCHEMA_PATH), safe_parser()))


def schema_problems(root: etree._Element) -> list[Problem]:
    """Every schema violation in *root*, in document order; empty when valid."""
    checker = schema()
    if checker.validate(root):
        return []
    return [Problem(_readable(entry.message), entry.line or None) for entry in checker.error_log]


def _readable(message: str) -> str:
    """libxml2's message without our namespace in every element name."""
    return message.replace(NS, "").strip().rstrip(".")
