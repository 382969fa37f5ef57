"""House-style profiles: page geometry (mm), fonts and sizes (pt), label texts and sender defaults.

A profile is a JSON file. ``load_profile("rijksoverheid")`` looks in the user's profile folder
(``platformdirs.user_config_path("AnswerLetter")/profiles``) first and then in the shipped
resources, so an organisation can override the default or add its own; a path loads that file.
Every field has the Rijksoverheid value as its default, so a user profile only needs to state
what differs.
"""

from __future__ import annotations

import dataclasses
import json
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from answerletter import APP_NAME
from answerletter.resources import resource_path

DEFAULT_PROFILE = "rijksoverheid"


class ProfileError(ValueError):
    """A profile file is missing, not JSON, or holds unknown or ill-typed settings."""


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle's top-left corner and width in millimetres (height where it matters)."""

    x: float
    y: float
    width: float = 0.0
    height: float = 0.0


@dataclass(frozen=True, slots=True)
class PageSize:
    width: float = 210.0
    height: float = 297.0


@dataclass(frozen=True, slots=True)
class Fonts:
    """Font family and sizes/leadings in points."""

    family: str = "Verdana"
    body_size: float = 9.0
    body_leading: float = 12.0
    small_size: float = 6.5
    small_leading: float = 9.0
    footnote_size: float = 8.0
    footnote_leading: float = 9.0
    ministry_size: float = 10.0
    ministry_leading: float = 12.0


@dataclass(frozen=True, slots=True)
class Geometry:
    """Positions in millimetres from the page's top-left corner."""

    body_left: float = 27.0
    #: Measured on real J&V letters rendered from Word: a 132 mm column ending at 277 mm.
    body_width: float = 132.0
    first_body_top: float = 126.0
    next_body_top: float = 54.0
    body_bottom: float = 277.0
    logo: Box = Box(98.5, 0.0, 13.0, 37.125)
    #: The ministry's name beside the logo; its y is the first line's *baseline* (as Word
    #: places it), so the name stands at the same height whatever the font.
    ministry_name: Box = Box(116.0, 28.6, 80.0)
    return_address: Box = Box(27.0, 50.0, 100.0)
    addressee: Box = Box(27.0, 57.0, 100.0)
    reference_column: Box = Box(164.0, 54.0, 36.0)
    next_reference_column: Box = Box(164.0, 54.0, 36.0)
    date_subject_top: float = 105.0
    date_subject_label_width: float = 19.0
    blank_lines_after_subject: int = 3
    page_number: Box = Box(164.0, 280.0, 36.0)
    list_indent: float = 5.0
    #: A hanging indent for the footnote number (0: the number is a superscript before the
    #: text, as in real letters).
    footnote_indent: float = 0.0
    footnote_rule_width: float = 30.0
    #: Blank lines between the office and the name of a signatory (room for the signature).
    signature_space_lines: int = 4


@dataclass(frozen=True, slots=True)
class Labels:
    """Fixed texts; ``{placeholders}`` are filled in by the typesetter."""

    date: str = "Datum"
    subject: str = "Betreft"
    our_reference: str = "Onze referentie"
    your_reference: str = "Uw referentie"
    attachments: str = "Bijlage(n)"
    return_address: str = "> Retouradres {address}"
    correspondence_note: str = (
        "Correspondentie uitsluitend richten aan het retouradres met vermelding van de datum "
        "en het kenmerk van deze brief."
    )
    page_number: str = "Pagina {n} van {m}"
    question: str = "Vraag {n}"
    answer: str = "Antwoord op vraag {list}"
    #: An answer to several questions: "Antwoord op vraag 7 en 8" (the seed letter) or, in
    #: other ministries' house style, "Antwoord op vragen 7 en 8".
    answer_combined: str = "Antwoord op vraag {list}"


@dataclass(frozen=True, slots=True)
class SenderDefaults:
    """Sender details used where the letter's own metadata leaves a field empty."""

    ministry: str = ""
    unit: str = ""
    visiting_address: tuple[str, ...] = ()
    postal_address: tuple[str, ...] = ()
    return_address: str = ""
    website: str = ""


@dataclass(frozen=True, slots=True)
class Style:
    #: Links print in this colour (the house style prints them black, like the text); they
    #: stay clickable in the PDF.
    link_color: str = "#000000"
    underline_links: bool = False
    #: The questions and answers start on a page of their own, as an annex to the letter.
    questions_on_new_page: bool = True


@dataclass(frozen=True, slots=True)
class Profile:
    """A complete house style."""

    name: str = "Rijksoverheid"
    description: str = ""
    page: PageSize = field(default_factory=PageSize)
    fonts: Fonts = field(default_factory=Fonts)
    geometry: Geometry = field(default_factory=Geometry)
    labels: Labels = field(default_factory=Labels)
    sender: SenderDefaults = field(default_factory=SenderDefaults)
    style: Style = field(default_factory=Style)
    #: Path of the organisation's logo, SVG or PNG ("" for none); relative to the profile file.
    #: The Rijkslint is protected and never shipped: an organisation supplies its own file.
    logo: str = ""
    #: The logo's text for screen readers ("" gives "Logo" and the ministry's name).
    logo_description: str = ""


def user_profiles_dir() -> Path:
    """The folder where users put their own profiles."""
    return platformdirs.user_config_path(APP_NAME) / "profiles"


def available_profiles() -> list[str]:
    """Names of the user's own profiles and the shipped ones (the user's first), without
    duplicates: what ``--profile NAME`` and the editor's house-style list accept."""
    names: list[str] = []
    for folder in (user_profiles_dir(), resource_path("profiles")):
        if folder.is_dir():
            names += [p.stem for p in sorted(folder.glob("*.json")) if p.stem not in names]
    return names


def find_profile(name_or_path: str | Path) -> Path:
    """The file of a profile given by name (user folder first, then resources) or by path."""
    path = Path(name_or_path)
    if path.suffix == ".json" or path.parent != Path():
        if path.is_file():
            return path
        raise ProfileError(f"Profile file not found: {path}")
    file_name = f"{name_or_path}.json"
    for candidate in (user_profiles_dir() / file_name, resource_path("profiles", file_name)):
        if candidate.is_file():
            return candidate
    raise ProfileError(f"No profile named {str(name_or_path)!r}")


def load_profile(name_or_path: str | Path = DEFAULT_PROFILE) -> Profile:
    """Load a profile by name or path; settings it leaves out keep their default values."""
    path = find_profile(name_or_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ProfileError(f"{path}: {error}") from error
    profile: Profile = _from_dict(Profile, data, "profile")
    if profile.logo and not Path(profile.logo).is_absolute():
        profile = dataclasses.replace(profile, logo=str(path.parent / profile.logo))
    return profile


def _from_dict(cls: type[Any], data: Any, where: str) -> Any:
    """Build dataclass *cls* from a JSON object, checking names and types on the way."""
    if not isinstance(data, dict):
        raise ProfileError(f"{where}: expected an object")
    hints = typing.get_type_hints(cls)
    known = {f.name for f in dataclasses.fields(cls)}
    unknown = set(data) - known
    if unknown:
        raise ProfileError(f"{where}: unknown setting(s) {', '.join(sorted(unknown))}")
    values = {name: _convert(hints[name], value, f"{where}.{name}") for name, value in data.items()}
    return cls(**values)


def _convert(hint: Any, value: Any, where: str) -> Any:
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return _from_dict(hint, value, where)
    origin = typing.get_origin(hint)
    if origin is tuple:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ProfileError(f"{where}: expected a list of texts")
        return tuple(value)
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ProfileError(f"{where}: expected a number")
        return float(value)
    if hint is int and (isinstance(value, bool) or not isinstance(value, int)):
        raise ProfileError(f"{where}: expected a whole number")
    if hint is bool and not isinstance(value, bool):
        raise ProfileError(f"{where}: expected true or false")
    if hint is str and not isinstance(value, str):
        raise ProfileError(f"{where}: expected a text")
    return value
