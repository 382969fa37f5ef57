"""WCAG 2.1 colour contrast, as plain arithmetic on 8-bit sRGB triples (no Qt).

The editor derives its on-screen colours from the system palette (``gui.palette_colours``)
and uses these functions to keep each one readable: text 4.5:1 against its background
(WCAG 1.4.3), marks, rings and frames 3:1 (WCAG 1.4.11). The tests measure the colours the
widgets really paint with the same functions.
"""

from __future__ import annotations

from collections.abc import Sequence

#: An 8-bit sRGB colour.
Rgb = tuple[int, int, int]

BLACK: Rgb = (0, 0, 0)
WHITE: Rgb = (255, 255, 255)

#: What WCAG 2.1 AA asks: text (1.4.3) and the parts of marks and controls (1.4.11).
TEXT_CONTRAST = 4.5
NON_TEXT_CONTRAST = 3.0


def _linear(channel: int) -> float:
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: Rgb) -> float:
    """Relative luminance (WCAG 2.1 definition), 0 for black to 1 for white."""
    red, green, blue = (_linear(c) for c in colour)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: Rgb, second: Rgb) -> float:
    """The contrast ratio of two colours, 1 (none) to 21 (black on white)."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def blend(colour: Rgb, other: Rgb, amount: float) -> Rgb:
    """*colour* moved *amount* (0–1) of the way to *other*, channel by channel."""
    return (
        round(colour[0] + (other[0] - colour[0]) * amount),
        round(colour[1] + (other[1] - colour[1]) * amount),
        round(colour[2] + (other[2] - colour[2]) * amount),
    )


def worst_contrast(colour: Rgb, backgrounds: Sequence[Rgb]) -> float:
    return min(contrast(colour, background) for background in backgrounds)


def _least_blend(colour: Rgb, toward: Rgb, backgrounds: Sequence[Rgb], ratio: float) -> int | None:
    """The fewest of 256 steps toward *toward* after which *colour* reaches *ratio* against
    every background, or None when even *toward* itself does not."""
    steps = 256
    if worst_contrast(blend(colour, toward, 1.0), backgrounds) < ratio:
        return None
    low, high = 0, steps  # high always reaches the ratio
    while low < high:
        middle = (low + high) // 2
        if worst_contrast(blend(colour, toward, middle / steps), backgrounds) >= ratio:
            high = middle
        else:
            low = middle + 1
    return low


def readable(
    colour: Rgb,
    backgrounds: Sequence[Rgb],
    ratio: float,
    toward: Sequence[Rgb] = (BLACK, WHITE),
) -> Rgb:
    """*colour* itself when it has *ratio* against every background; otherwise *colour*
    moved as little as needed toward one of *toward* (black or white: the hue stays) until
    it does. When no amount does (backgrounds both light and dark), the candidate with the
    best worst contrast."""
    if worst_contrast(colour, backgrounds) >= ratio:
        return colour
    found: list[tuple[int, Rgb]] = []
    for target in toward:
        steps = _least_blend(colour, target, backgrounds, ratio)
        if steps is not None:
            found.append((steps, blend(colour, target, steps / 256)))
    if found:
        return min(found)[1]
    candidates = [colour, *toward, BLACK, WHITE]
    return max(candidates, key=lambda c: worst_contrast(c, backgrounds))


def most_contrasting(candidates: Sequence[Rgb], backgrounds: Sequence[Rgb]) -> Rgb:
    """The candidate with the best worst contrast against *backgrounds* (the first on ties)."""
    return max(candidates, key=lambda c: worst_contrast(c, backgrounds))


def parse_hex(text: str) -> Rgb:
    """``"#c62828"`` → (198, 40, 40)."""
    value = text.lstrip("#")
    if len(value) != 6:
        raise ValueError(f"not a #rrggbb colour: {text!r}")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def to_hex(colour: Rgb) -> str:
    return "#{:02x}{:02x}{:02x}".format(*colour)
