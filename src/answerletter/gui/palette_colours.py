"""The editor's on-screen colours, derived from the palette so every theme stays readable.

Each colour starts from the house colour the editor always had (or from the palette's own
role, where the palette has one: links) and is moved toward black or white only as far as
needed to reach its contrast against the palette's backgrounds — 4.5:1 for text, 3:1 for
marks and frames (WCAG 2.1 1.4.3, 1.4.11; EN 301 549 chapter 11). On the default light
palette the house colours stay as they were; on a dark or high-contrast theme they follow it.

Only the screen follows the palette: the printed letter, the PDF and the Word document keep
the house style's colours (``layout``, ``exporters``), whatever theme the editor runs under.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from answerletter.contrast import (
    BLACK,
    NON_TEXT_CONTRAST,
    TEXT_CONTRAST,
    WHITE,
    Rgb,
    blend,
    readable,
    to_hex,
)

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

#: The house colours the derived ones start from.
ERROR_RED: Rgb = (0xC6, 0x28, 0x28)
WARNING_BROWN: Rgb = (0xA1, 0x5C, 0x00)
#: The printed page in the preview is white paper, whatever the theme.
PAPER: Rgb = WHITE
_PREVIEW_BACKDROP: Rgb = (0x8A, 0x8A, 0x8A)
#: How far the footnote chip is tinted from the text background toward the link colour.
_CHIP_TINT = 0.16
#: How far a refused field's background is tinted toward the problem colour.
_FIELD_TINT = 0.12


def rgb(colour: QColor) -> Rgb:
    return colour.red(), colour.green(), colour.blue()


def qcolor(colour: Rgb) -> QColor:
    return QColor(*colour)


def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QGuiApplication.palette()


def _roles(palette: QPalette, *roles: Role) -> list[Rgb]:
    """The colours of *roles* in the active and the inactive group (a window in the
    background is painted with the latter)."""
    return [
        rgb(palette.color(group, role))
        for role in roles
        for group in (Group.Active, Group.Inactive)
    ]


def _text_backgrounds(palette: QPalette) -> list[Rgb]:
    """Where status text stands: on the window (labels, status bar) and in fields."""
    return _roles(palette, Role.Window, Role.Base)


# -- text --


def problem_colour(palette: QPalette | None = None) -> QColor:
    """Text that says something is wrong (a passed deadline, a refused value)."""
    return qcolor(readable(ERROR_RED, _text_backgrounds(_palette(palette)), TEXT_CONTRAST))


def warning_colour(palette: QPalette | None = None) -> QColor:
    """Text that asks for attention (a guessed value, a warning)."""
    return qcolor(readable(WARNING_BROWN, _text_backgrounds(_palette(palette)), TEXT_CONTRAST))


def problem_style(palette: QPalette | None = None) -> str:
    """A style sheet for a label in the problem colour."""
    return f"color: {to_hex(rgb(problem_colour(palette)))};"


def warning_style(palette: QPalette | None = None) -> str:
    return f"color: {to_hex(rgb(warning_colour(palette)))};"


def problem_field_style(palette: QPalette | None = None) -> str:
    """A style sheet for a line edit holding a refused value: a frame in the problem colour
    (3:1 against the window) and a faint tint that keeps the field's text readable."""
    pal = _palette(palette)
    frame = readable(ERROR_RED, _roles(pal, Role.Window, Role.Base), NON_TEXT_CONTRAST)
    base = rgb(pal.color(Role.Base))
    text = rgb(pal.color(Role.Text))
    tint = readable(blend(base, frame, _FIELD_TINT), [text], TEXT_CONTRAST, toward=(base,))
    return f"QLineEdit {{ border: 1px solid {to_hex(frame)}; background: {to_hex(tint)}; }}"


def hint_colour(palette: QPalette | None = None) -> QColor:
    """Quieter text (a key hint): the palette's mid tone, darkened toward the window text
    until it reads at 4.5:1 on the window."""
    pal = _palette(palette)
    toward = rgb(pal.color(Role.WindowText))
    start = rgb(pal.color(Role.Mid))
    return qcolor(readable(start, _roles(pal, Role.Window), TEXT_CONTRAST, toward=(toward,)))


def link_colour(palette: QPalette | None = None) -> QColor:
    """Links in the text editors: the palette's link colour, readable on the text background."""
    pal = _palette(palette)
    start = rgb(pal.color(Role.Link))
    return qcolor(readable(start, _roles(pal, Role.Base), TEXT_CONTRAST))


def footnote_chip(palette: QPalette | None = None) -> QColor:
    """The small raised chip behind a footnote number: the text background tinted toward
    the link colour."""
    pal = _palette(palette)
    return qcolor(blend(rgb(pal.color(Role.Base)), rgb(link_colour(pal)), _CHIP_TINT))


def footnote_number(palette: QPalette | None = None) -> QColor:
    """The footnote number on its chip (4.5:1 against the chip)."""
    pal = _palette(palette)
    return qcolor(readable(rgb(link_colour(pal)), [rgb(footnote_chip(pal))], TEXT_CONTRAST))


# -- areas and marks --


def preview_backdrop(palette: QPalette | None = None) -> QColor:
    """Behind the preview's white pages: the house grey on a light theme, the palette's dark
    tone on a dark one; always 3:1 against the paper, so a page's edge shows."""
    pal = _palette(palette)
    dark = rgb(pal.color(Role.Dark))
    start = dark if sum(dark) < sum(_PREVIEW_BACKDROP) else _PREVIEW_BACKDROP
    return qcolor(readable(start, [PAPER], NON_TEXT_CONTRAST, toward=(BLACK,)))


def mark_colour(house: Rgb, palette: QPalette | None = None, *, selected: bool = False) -> QColor:
    """A status mark drawn in the house colour *house*, 3:1 against the list's rows — or,
    *selected*, against the selected row's highlight."""
    pal = _palette(palette)
    if selected:
        backgrounds = _roles(pal, Role.Highlight)
    else:
        backgrounds = _roles(pal, Role.Base, Role.AlternateBase)
    return qcolor(readable(house, backgrounds, NON_TEXT_CONTRAST))


def row_text_colour(house: Rgb, palette: QPalette | None = None) -> QColor:
    """A list row's text in the house colour *house* (findings), 4.5:1 on the rows."""
    pal = _palette(palette)
    return qcolor(readable(house, _roles(pal, Role.Base, Role.AlternateBase), TEXT_CONTRAST))
