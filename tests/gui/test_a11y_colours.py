"""Contrast (issue 19 §7) and colours from the palette (§8), measured on what is painted,
under the application's own palette, a dark one and a high-contrast one.

The thresholds are WCAG 2.1 AA's: 4.5:1 for text, 3:1 for marks and the edges that tell
parts apart. Backgrounds are read from the palette set for the test (or from the pixels).
"""

from __future__ import annotations

import pytest
from contrast_helpers import (
    PALETTES,
    application_palette,
    image_of,
    rgb,
    strongest,
    style_colour,
)
from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QPalette, QTextCursor
from PySide6.QtWidgets import QToolBar
from window_helpers import small_letter

from answerletter.checks import Severity
from answerletter.contrast import WHITE, contrast, parse_hex
from answerletter.gui import palette_colours
from answerletter.gui.question_model import ID_ROLE, STATUS_ROLE, Status
from answerletter.gui.richtext import RichTextEditor
from answerletter.gui.richtext.footnote_popup import FootnotePopup
from answerletter.model import Block, Footnote, Letter, Marks, RichText, Run
from answerletter.model import operations as ops

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


@pytest.fixture(params=list(PALETTES))
def palette_name(request):
    return request.param


@pytest.fixture
def palette(palette_name, qapp):
    """The palette under test, set on the application for the test's length."""
    with application_palette(PALETTES[palette_name]) as palette:
        yield palette


def both_groups(palette: QPalette, role: Role) -> list[tuple[int, int, int]]:
    return [rgb(palette.color(group, role)) for group in (Group.Active, Group.Inactive)]


def test_every_derived_colour_reaches_its_contrast(palette):
    window = both_groups(palette, Role.Window)
    base = both_groups(palette, Role.Base)
    text_needs = {
        "problem": (palette_colours.problem_colour(), window + base),
        "warning": (palette_colours.warning_colour(), window + base),
        "hint": (palette_colours.hint_colour(), window),
        "link": (palette_colours.link_colour(), base),
        "footnote number": (
            palette_colours.footnote_number(),
            [rgb(palette_colours.footnote_chip())],
        ),
    }
    for name, (colour, backgrounds) in text_needs.items():
        for background in backgrounds:
            assert contrast(rgb(colour), background) >= 4.5, (name, colour.name(), background)
    # The preview's backdrop against the white paper of the pages.
    assert contrast(rgb(palette_colours.preview_backdrop()), WHITE) >= 3.0
    # The refused-date field: frame 3:1 on the window, its text 4.5:1 on the tint.
    style = palette_colours.problem_field_style()
    frame = parse_hex(style.split("solid ")[1].split(";")[0])
    tint = parse_hex(style.split("background: ")[1].split(";")[0])
    for background in window:
        assert contrast(frame, background) >= 3.0
    assert contrast(rgb(palette.color(Role.Text)), tint) >= 4.5


def test_the_light_palette_keeps_the_house_colours(qapp):
    """Where the house colours already read well they stay (the printed letter's colours
    are the house style's in any case; only the screen follows the palette)."""
    with application_palette(None):
        assert palette_colours.problem_colour().name() == "#c62828"
        assert palette_colours.warning_colour().name() == "#a15c00"
    with application_palette(PALETTES["dark"]):
        # Red on a dark window is lightened until it reads (it was 3.74:1 on #2b2b2b).
        red = palette_colours.problem_colour()
        assert red.name() != "#c62828"
        assert red.red() > red.green() and red.red() > red.blue()  # still a red


def status_letter() -> Letter:
    """q1 answered, q2 without an answer, q3+q4 combined, q5 referring to q1."""
    letter = small_letter(5)
    letter = ops.combine(letter, ["q3", "q4"])
    letter = ops.refer(letter, "q5", "q1")
    answers = tuple(a for a in letter.answers if a.questions != ("q2",))
    return Letter(letter.metadata, letter.body, letter.questions, answers)


def marks_by_status(window, *, selected_row: int | None) -> dict[Status, float]:
    """The contrast of each row's status mark against its row, from the list's pixels."""
    view = window.list_pane.view
    model = view.model()
    if selected_row is not None:
        window.list_pane.select_ids([str(model.index(selected_row, 0).data(ID_ROLE))])
    image = image_of(view.viewport())
    found = {}
    for row in range(model.rowCount()):
        if selected_row is not None and row != selected_row:
            continue
        index = model.index(row, 0)
        rect = view.visualRect(index)
        # The mark with some row around it, short of the row's text.
        icon = QRect(rect.left(), rect.top(), 24, rect.height())
        background, _, ratio = strongest(image, icon)
        found[index.data(STATUS_ROLE)] = (background, ratio)
    return found


def test_status_marks_reach_3_to_1_on_rows_and_on_the_selected_row(palette, make_window):
    window = make_window(status_letter())
    view = window.list_pane.view
    statuses = {view.model().index(r, 0).data(STATUS_ROLE) for r in range(5)}
    assert statuses == set(Status)
    base = rgb(palette.color(Role.Base))
    highlight = rgb(palette.color(Group.Active, Role.Highlight))
    window.list_pane.view.selectionModel().clearSelection()
    for status, (background, ratio) in marks_by_status(window, selected_row=None).items():
        assert background == base, status
        assert ratio >= 3.0, (status, ratio)
    for row in range(5):
        view.setFocus()
        for status, (background, ratio) in marks_by_status(window, selected_row=row).items():
            assert background in (
                highlight,
                rgb(palette.color(Group.Inactive, Role.Highlight)),
            ), status
            assert ratio >= 3.0, (status, "selected", ratio)


def test_rows_with_findings_read_at_4_5_to_1(palette, make_window):
    window = make_window(small_letter(3))
    window.list_pane.model.set_finding_marks({"q1": Severity.ERROR, "q2": Severity.WARNING})
    model = window.list_pane.model
    base = both_groups(palette, Role.Base) + both_groups(palette, Role.AlternateBase)
    for row in (0, 1):
        colour = model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole)
        for background in base:
            assert contrast(rgb(colour), background) >= 4.5


def test_the_footnote_key_hint_reads_at_4_5_to_1(palette, qtbot):
    parent = RichTextEditor()
    qtbot.addWidget(parent)
    popup = FootnotePopup(parent, RichTextEditor(inline=True), QToolBar(), 1, is_new=True)
    qtbot.addWidget(popup)
    hint = popup.hint
    assert hint.text().startswith("Enter:")
    window = rgb(palette.color(Role.Window))
    assert contrast(rgb(hint.palette().color(Role.WindowText)), window) >= 4.5
    background, text, ratio = strongest(image_of(hint), hint.rect())
    assert background == window
    assert ratio >= 4.5, (text, ratio)


def test_the_passed_deadline_reads_in_red(palette, make_window):
    window = make_window(small_letter(2))
    window.form.dates["submittedDateEdit"].setDate(QDate(2026, 4, 1))
    assert "passed" in window.deadline_label.text()
    red = style_colour(window.deadline_label.styleSheet())
    assert red == style_colour(window.form.deadline_label.styleSheet())
    for background in both_groups(palette, Role.Window):
        assert contrast(red, background) >= 4.5
    # And the label really paints in it.
    _, text, ratio = strongest(image_of(window.deadline_label), window.deadline_label.rect())
    assert ratio >= 4.5, (text, ratio)


def test_the_preview_backdrop_shows_the_page_edge(palette_name, palette, make_window):
    window = make_window(small_letter(2))
    pages = window.preview.pages
    backdrop = rgb(pages.palette().color(pages.backgroundRole()))
    assert contrast(backdrop, WHITE) >= 3.0
    if palette_name == "default":
        assert backdrop == (0x8A, 0x8A, 0x8A)  # the house grey where it works
    else:
        assert backdrop == rgb(palette.color(Role.Dark))  # the theme's own dark tone


def test_links_and_footnote_numbers_in_the_editor(palette, qtbot):
    editor = RichTextEditor()
    qtbot.addWidget(editor)
    editor.resize(500, 200)
    link = Run("Rijksoverheid", Marks(link="https://www.rijksoverheid.nl"))
    note = Footnote("fn1", (Run("Een voetnoot."),))
    editor.set_rich_text(RichText((Block((Run("Zie "), link, Run(" en"), note)),)))
    editor.show()
    qtbot.waitExposed(editor)
    cursor = QTextCursor(editor.document())
    cursor.setPosition(6)
    colour = cursor.charFormat().foreground().color()
    base = rgb(palette.color(Role.Base))
    assert contrast(rgb(colour), base) >= 4.5
    # The footnote chip: its number 4.5:1 on the chip, measured in the pixels.
    position = editor.toPlainText().index("\ufffc")
    cursor.setPosition(position)
    left = editor.cursorRect(cursor)
    cursor.setPosition(position + 1)
    right = editor.cursorRect(cursor)
    chip = QRect(left.left() + 1, left.top(), right.left() - left.left() - 1, left.height())
    image = image_of(editor.viewport())
    background, number, ratio = strongest(image, chip)
    assert background == rgb(palette_colours.footnote_chip())
    assert ratio >= 4.5, (number, ratio)
