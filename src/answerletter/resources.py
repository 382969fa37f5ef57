"""The one place that knows where the resource files live.

In a wheel they sit inside the package (``answerletter/_resources``); in a source checkout or
an editable install they are the repository's top-level ``resources/`` folder; in a
PyInstaller bundle they are unpacked under ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    """The folder holding ``examples/``, ``profiles/``, ``fonts/`` and ``translations/``."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "answerletter" / "_resources")
    candidates.append(_PACKAGE_DIR / "_resources")
    candidates.append(_PACKAGE_DIR.parent.parent / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        "AnswerLetter's resource folder is missing; looked in "
        + ", ".join(str(c) for c in candidates)
    )


def resource_path(*parts: str) -> Path:
    """Path of a resource file, e.g. ``resource_path("examples", "taliban.kvb")``."""
    return resources_dir().joinpath(*parts)
