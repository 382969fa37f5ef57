"""The letter typesetter: house-style pages from the model, painted on any QPainter.

QtGui only (no widgets). ``LetterLayout`` lays a letter out in pages and updates them
incrementally; ``paint_page`` paints one page; ``write_pdf`` and ``print_letter`` use it.
A QGuiApplication must exist before a letter is laid out (fonts need it).

The names are imported on first use, so that the Qt-free submodule ``layout.profile`` (the
house-style profile, shared with the Word exporter) can be imported without loading Qt.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from answerletter.layout.letterlayout import LetterLayout
    from answerletter.layout.output import OutputError, print_letter, write_pdf
    from answerletter.layout.painter import paint_page, points_transform
    from answerletter.layout.profile import Profile, ProfileError, load_profile

_HOMES = {
    "LetterLayout": "letterlayout",
    "OutputError": "output",
    "print_letter": "output",
    "write_pdf": "output",
    "paint_page": "painter",
    "points_transform": "painter",
    "Profile": "profile",
    "ProfileError": "profile",
    "load_profile": "profile",
}

__all__ = [
    "LetterLayout",
    "OutputError",
    "Profile",
    "ProfileError",
    "load_profile",
    "paint_page",
    "points_transform",
    "print_letter",
    "write_pdf",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
