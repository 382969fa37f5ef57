"""The language of command-line messages: Dutch when the environment asks for it."""

from __future__ import annotations

import os


def cli_language() -> str:
    """Dutch ("nl") when the first locale variable that is set asks for it, else "en"."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"):
        value = os.environ.get(name)
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    return "en"
