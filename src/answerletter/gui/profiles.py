"""House-style profiles for the editor: which exist, and loading one without failing."""

from __future__ import annotations

from functools import cache

from answerletter.layout import ProfileError, load_profile
from answerletter.layout.profile import DEFAULT_PROFILE
from answerletter.layout.profile import available_profiles as _listed


def available_profiles() -> list[str]:
    """Names of the shipped profiles and the user's own (theirs first), without duplicates."""
    return _listed()


@cache
def _load(name: str) -> object:
    return load_profile(name)


def load(name: str) -> tuple[object, str]:
    """The profile *name* ("" = the default) and an error text ("" when it loaded).

    A broken or missing profile falls back to the default house style, so the preview and
    the PDF keep working while the message tells the user what is wrong.
    """
    try:
        return _load(name or DEFAULT_PROFILE), ""
    except ProfileError as error:
        return _load(DEFAULT_PROFILE), str(error)
