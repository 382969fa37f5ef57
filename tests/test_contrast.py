"""WCAG contrast arithmetic (answerletter.contrast), against values worked out by hand from
the WCAG 2.1 definitions of relative luminance and contrast ratio."""

from __future__ import annotations

import pytest

from answerletter.contrast import (
    BLACK,
    WHITE,
    blend,
    contrast,
    luminance,
    most_contrasting,
    parse_hex,
    readable,
    to_hex,
    worst_contrast,
)


def test_luminance_and_contrast_of_known_pairs():
    assert luminance(BLACK) == 0
    assert luminance(WHITE) == pytest.approx(1)
    assert contrast(BLACK, WHITE) == pytest.approx(21)
    assert contrast(WHITE, BLACK) == contrast(BLACK, WHITE)
    # #777777: channel 119/255 = 0.4667 → ((0.4667 + 0.055) / 1.055) ** 2.4 = 0.1845;
    # (1.05) / (0.2345) = 4.48 — the classic grey that just fails 4.5:1 on white.
    assert contrast(parse_hex("#777777"), WHITE) == pytest.approx(4.48, abs=0.01)
    # #767676 is the lightest grey that passes.
    assert contrast(parse_hex("#767676"), WHITE) == pytest.approx(4.54, abs=0.01)
    # The measurements: the old "no answer" ring and the old link colour on black.
    assert contrast(parse_hex("#9a9a9a"), WHITE) == pytest.approx(2.81, abs=0.01)
    assert contrast(parse_hex("#154FA8"), BLACK) == pytest.approx(2.72, abs=0.01)


def test_readable_keeps_a_colour_that_already_reaches_the_ratio():
    red = parse_hex("#c62828")
    assert readable(red, [WHITE], 4.5) == red


def test_readable_moves_a_colour_only_as_far_as_needed():
    grey = parse_hex("#9a9a9a")
    darker = readable(grey, [WHITE], 3.0)
    assert contrast(darker, WHITE) >= 3.0
    # One step less dark would not do: the result is the least change.
    lighter_by_one = tuple(min(255, c + 1) for c in darker)
    assert contrast(lighter_by_one, WHITE) < 3.0 + 0.05
    # On black the same grey is already readable at 3:1 (7.5:1), and stays.
    assert readable(grey, [BLACK], 3.0) == grey


def test_readable_lightens_on_a_dark_background_and_keeps_the_hue():
    link = parse_hex("#154FA8")
    on_black = readable(link, [BLACK], 4.5)
    assert contrast(on_black, BLACK) >= 4.5
    assert on_black[2] > on_black[1] > on_black[0]  # still blue


def test_readable_against_several_backgrounds_and_impossible_cases():
    blue = parse_hex("#308cc6")  # Qt's Fusion highlight
    mark = readable(parse_hex("#2e7d32"), [WHITE, blue], 3.0)
    assert worst_contrast(mark, [WHITE, blue]) >= 3.0
    # Against black and white at once no colour reaches 7:1 (a mid grey gets about 4.6:1
    # against each): the candidate with the best worst contrast comes back.
    best = readable(parse_hex("#808080"), [WHITE, BLACK], 7.0)
    assert worst_contrast(best, [WHITE, BLACK]) == max(
        worst_contrast(c, [WHITE, BLACK]) for c in (parse_hex("#808080"), WHITE, BLACK)
    )


def test_helpers():
    assert blend(BLACK, WHITE, 0.5) == (128, 128, 128)
    assert to_hex(parse_hex("#C62828")) == "#c62828"
    assert most_contrasting([WHITE, BLACK], [WHITE]) == BLACK
    with pytest.raises(ValueError, match="not a #rrggbb"):
        parse_hex("#fff")
