"""Focus you can see (issue 19 item 3): every focusable part of the window, once focused,
shows a frame at least 2 px thick all round whose pixels differ at least 3:1 from the same
pixels unfocused (WCAG 2.4.13's measure), measured on what the window paints."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from window_helpers import small_letter

from answerletter.gui.focus_frame import contrast_ratio, ring_colour

MINIMUM = 3.0
THICKNESS = 2


def picture(window, widget: QWidget) -> QImage:
    """The window's pixels where *widget* is (the ring is drawn over it by the window)."""
    QApplication.processEvents()
    corner = widget.mapTo(window, QPoint(0, 0))
    return window.grab(QRect(corner, widget.size())).toImage()


def colour(image: QImage, x: int, y: int) -> QColor:
    return QColor(image.pixel(x, y))


def band(width: int, height: int, depth: int) -> list[tuple[int, int]]:
    """The pixels up to *depth* in from the edge of a width × height rectangle."""
    return [
        (x, y)
        for y in range(height)
        for x in range(width)
        if min(x, y, width - 1 - x, height - 1 - y) < depth
    ]


def focus(qtbot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def assert_visible_focus(window, qtbot, widget: QWidget, elsewhere: QWidget) -> None:
    focus(qtbot, elsewhere)
    before = picture(window, widget)
    focus(qtbot, widget)
    after = picture(window, widget)
    width, height = before.width(), before.height()
    changed = {
        (x, y)
        for x, y in band(width, height, THICKNESS + 2)
        if contrast_ratio(colour(before, x, y), colour(after, x, y)) >= MINIMUM
    }
    # As much changed area as a 2 px perimeter of the widget …
    perimeter = len(band(width, height, THICKNESS))
    assert len(changed) >= perimeter, f"{widget.objectName()}: {len(changed)} < {perimeter}"
    # … in one colour (a frame, not some other change such as a selection) …
    ring = Counter(after.pixel(x, y) for x, y in changed).most_common(1)[0][0]
    # … and at least 2 px thick on every side (measured across the middle of each side).
    middle_x, middle_y = width // 2, height // 2
    sides = {
        "top": [(middle_x, y) for y in range(THICKNESS + 2)],
        "bottom": [(middle_x, height - 1 - y) for y in range(THICKNESS + 2)],
        "left": [(x, middle_y) for x in range(THICKNESS + 2)],
        "right": [(width - 1 - x, middle_y) for x in range(THICKNESS + 2)],
    }
    for side, pixels in sides.items():
        thick = sum(1 for p in pixels if p in changed and after.pixel(*p) == ring)
        assert thick >= THICKNESS, f"{widget.objectName()}: {side} side is {thick} px"


@pytest.fixture
def window(make_window, qtbot):
    window = make_window(small_letter(3))
    window.activateWindow()
    window.list_pane.select_ids(["q1"])
    qtbot.waitUntil(lambda: window.editor_pane.current_id == "q1")
    window.preview.refresh_now()
    return window


def parts(window) -> dict[str, QWidget]:
    pane = window.editor_pane
    return {
        "question list": window.list_pane.view,
        "filter": window.list_pane.filter_box,
        "question number": pane._rows[0].number,
        "question text": pane._rows[0].editor,
        "answer": pane.answer_editor,
        "preview": window.preview.scroll_area,
        "zoom": window.preview.zoom_box,
        "findings": window.findings.pane.view,
    }


@pytest.mark.parametrize(
    "name",
    [
        "question list",
        "filter",
        "question number",
        "question text",
        "answer",
        "preview",
        "zoom",
        "findings",
    ],
)
def test_every_part_shows_a_clear_focus_frame(window, qtbot, name):
    widgets = parts(window)
    widget = widgets[name]
    elsewhere = widgets["zoom" if name != "zoom" else "filter"]
    assert_visible_focus(window, qtbot, widget, elsewhere)


def test_the_letter_details_show_the_focus_where_ctrl_2_puts_it(window, qtbot):
    window.show_details_action.trigger()
    qtbot.waitUntil(window.form.isVisible)
    target = QApplication.focusWidget()
    assert target is not None and window.details_dock.isAncestorOf(target)
    assert target.accessibleName() == "Letter details"
    assert_visible_focus(window, qtbot, target, window.preview.zoom_box)
    field = window.form.lines["ourReferenceEdit"]
    assert_visible_focus(window, qtbot, field, window.preview.zoom_box)


def dark_palette() -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    for which, value in {
        role.Window: "#353535",
        role.WindowText: "#f0f0f0",
        role.Base: "#1e1e1e",
        role.AlternateBase: "#353535",
        role.Text: "#f0f0f0",
        role.Button: "#353535",
        role.ButtonText: "#f0f0f0",
        role.Highlight: "#1f6fbf",  # 2.4:1 on the window: too faint as a ring there
        role.HighlightedText: "#000000",
    }.items():
        palette.setColor(which, QColor(value))
    return palette


def test_a_dark_theme_gets_a_frame_that_stands_out_too(window, qtbot):
    window.setPalette(dark_palette())
    widgets = parts(window)
    for name in ("answer", "question list", "preview"):
        assert_visible_focus(window, qtbot, widgets[name], widgets["zoom"])


def test_the_ring_colour_keeps_3_to_1_against_the_window_and_the_fields():
    light = QPalette()
    light.setColor(QPalette.ColorRole.Window, QColor("#efefef"))
    light.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    light.setColor(QPalette.ColorRole.Highlight, QColor("#308cc6"))
    # A highlight that is strong enough is used as it is.
    assert ring_colour(light).name() == "#308cc6"
    # Against the preview's grey it is not: a darker blue is.
    grey = [QColor("#efefef"), QColor("#ffffff"), QColor("#8a8a8a")]
    shade = ring_colour(light, grey)
    assert min(contrast_ratio(shade, ground) for ground in grey) >= MINIMUM
    assert shade.hue() == QColor("#308cc6").hue()
    dark = dark_palette()
    grounds = [dark.color(QPalette.ColorRole.Window), dark.color(QPalette.ColorRole.Base)]
    assert contrast_ratio(dark.color(QPalette.ColorRole.Highlight), grounds[0]) < MINIMUM
    assert min(contrast_ratio(ring_colour(dark), ground) for ground in grounds) >= MINIMUM
