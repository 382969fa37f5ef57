"""The one place that knows where the resource files live.

In a wheel they sit inside the package (``answerletter/_resources``, ``answerletter/_ui``); in
a source checkout or an editable install they are the repository's top-level ``resources/``
and ``ui/`` folders; in a PyInstaller bundle they are unpacked under ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _data_dir(bundled: str, checkout: str) -> Path:
    """A data folder shipped as ``answerletter/<bundled>`` (wheel, frozen build) that is the
    repository's top-level ``<checkout>`` folder in a source checkout."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "answerletter" / bundled)
    candidates.append(_PACKAGE_DIR / bundled)
    candidates.append(_PACKAGE_DIR.parent.parent / checkout)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"AnswerLetter's {checkout} folder is missing; looked in "
        + ", ".join(str(c) for c in candidates)
    )


@cache
def resources_dir() -> Path:
    """The folder holding ``examples/``, ``profiles/``, ``fonts/`` and ``translations/``."""
    return _data_dir("_resources", "resources")


@cache
def ui_dir() -> Path:
    """The folder of the Qt Designer forms (``ui/`` in a checkout)."""
    return _data_dir("_ui", "ui")


def resource_path(*parts: str) -> Path:
    """Path of a resource file, e.g. ``resource_path("examples", "taliban.kvb")``."""
    return resources_dir().joinpath(*parts)
