"""Tab reaches only what is on screen, in reading order (issue 19 items 1 and 2).

Walked as a keyboard user walks it: Tab pressed on the focused widget, the next focus read
from QApplication.focusWidget()."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from window_helpers import small_letter


def press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> QWidget:
    """Press *key* on the focused widget; the widget that has the focus after it."""
    before = QApplication.focusWidget()
    assert before is not None
    qtbot.keyClick(before, key, modifiers)
    after = QApplication.focusWidget()
    assert after is not None
    return after


def walk(qtbot, start: QWidget, steps: int, back: bool = False) -> list[QWidget]:
    start.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(start.hasFocus)
    modifiers = Qt.KeyboardModifier.ShiftModifier if back else Qt.KeyboardModifier.NoModifier
    key = Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab
    return [press(qtbot, key, modifiers) for _ in range(steps)]


def ring(qtbot, start: QWidget) -> list[QWidget]:
    """Every widget Tab reaches from *start*, once round (up to and without *start*)."""
    start.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(start.hasFocus)
    seen: list[QWidget] = []
    for _ in range(200):
        widget = press(qtbot, Qt.Key.Key_Tab)
        if widget is start:
            return seen
        seen.append(widget)
    raise AssertionError("Tab never came back to where it started")


def on_screen(window, widget: QWidget) -> bool:
    """Whether *widget* is shown inside the window (Qt moves a dock behind another to
    negative coordinates, where it still counts as visible)."""
    corner = widget.mapTo(window, QPoint(0, 0))
    return (
        widget.isVisible()
        and corner.x() >= 0
        and corner.y() >= 0
        and (window.rect().contains(corner))
    )


@pytest.fixture
def window(make_window, qtbot):
    window = make_window(small_letter(3))
    window.activateWindow()
    window.list_pane.select_ids(["q1"])
    qtbot.waitUntil(lambda: window.editor_pane.current_id == "q1")
    return window


def test_tab_from_the_list_never_reaches_the_hidden_letter_details(window, qtbot):
    assert window.details_dock.isVisible()  # tabified behind the questions, moved away
    reached = ring(qtbot, window.list_pane.view)
    assert reached, "Tab went nowhere"
    hidden = [w for w in reached if window.details_dock.isAncestorOf(w)]
    assert hidden == []
    assert [w for w in reached if not on_screen(window, w)] == []


def test_the_letter_details_in_front_are_reached_and_the_questions_are_not(window, qtbot):
    window.show_details_action.trigger()
    qtbot.waitUntil(lambda: window.form.isVisible() and window.list_pane.isHidden())
    reached = ring(qtbot, window.editor_pane.answer_editor)
    names = {w.objectName() for w in reached}
    assert {"ourReferenceEdit", "subjectEdit"} <= names
    assert not any(window.questions_dock.isAncestorOf(w) for w in reached)
    assert [w for w in reached if not on_screen(window, w)] == []
    # And back: the questions come to the front, the details leave the chain again.
    window.show_questions_action.trigger()
    qtbot.waitUntil(lambda: window.list_pane.isVisible() and window.form.isHidden())
    reached = ring(qtbot, window.list_pane.view)
    assert not any(window.details_dock.isAncestorOf(w) for w in reached)


def test_a_closed_dock_is_not_reached(window, qtbot):
    window.findings.dock.close()
    qtbot.waitUntil(window.findings.dock.isHidden)
    reached = ring(qtbot, window.list_pane.view)
    assert not any(window.findings.dock.isAncestorOf(w) for w in reached)


def test_tab_follows_the_reading_order(window, qtbot):
    pane = window.editor_pane
    row = pane._rows[0]
    expected = [row.number, row.editor, pane.answer_editor, window.preview.scroll_area]
    assert walk(qtbot, window.list_pane.view, 4) == expected
    # Shift+Tab goes the same way back.
    back = walk(qtbot, window.preview.scroll_area, 4, back=True)
    assert back == [pane.answer_editor, row.editor, row.number, window.list_pane.view]


def test_the_order_wraps_round_through_the_window(window, qtbot):
    reached = ring(qtbot, window.list_pane.view)
    order = [id(w) for w in reached]
    pane = window.editor_pane
    parts = [
        pane._rows[0].number,
        pane._rows[0].editor,
        pane.answer_editor,
        window.preview.scroll_area,
        window.preview.zoom_box,
        window.findings.pane.view,
    ]
    positions = [order.index(id(part)) for part in parts]
    assert positions == sorted(positions)
    # The filter above the list comes last before the list again: the ring is closed.
    assert reached[-1] is window.list_pane.filter_box


def test_a_combined_answer_is_read_question_by_question_then_the_answer(window, qtbot):
    # Rows for a second question are made only when a combined answer needs them.
    window.list_pane.select_ids(["q1", "q2"])
    window.question_actions.combine.trigger()
    window.list_pane.select_ids(["q1"])
    pane = window.editor_pane
    qtbot.waitUntil(lambda: len(pane._rows) == 2 and pane._rows[1].isVisible())
    first, second = pane._rows
    expected = [first.number, first.editor, second.number, second.editor, pane.answer_editor]
    assert walk(qtbot, window.list_pane.view, 5) == expected


def test_the_order_survives_a_change_of_language(window, qtbot, fake_dialogs):
    fake_dialogs.language = "nl"
    window.edit_preferences()
    window.list_pane.select_ids(["q1"])
    qtbot.waitUntil(lambda: window.editor_pane.current_id == "q1")
    pane = window.editor_pane
    expected = [pane._rows[0].number, pane._rows[0].editor, pane.answer_editor]
    assert walk(qtbot, window.list_pane.view, 3) == expected
    assert not any(window.details_dock.isAncestorOf(w) for w in ring(qtbot, pane.answer_editor))


def test_the_editor_and_the_preview_have_shortcuts_next_to_the_panels(window, qtbot):
    keys = {
        action.shortcut().toString(): action
        for action in (
            window.show_questions_action,
            window.show_details_action,
            window.show_findings_action,
            window.show_editor_action,
            window.show_preview_action,
        )
    }
    assert list(keys) == ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5"]
    view_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "View"
    )
    assert window.show_editor_action in view_menu.actions()
    assert window.show_editor_action.text().replace("&", "") == "Editor"
    assert window.show_preview_action in view_menu.actions()

    window.list_pane.view.setFocus()
    qtbot.waitUntil(window.list_pane.view.hasFocus)
    assert press(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier) is (
        window.editor_pane.answer_editor
    )
    assert press(qtbot, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier) is (
        window.preview.scroll_area
    )
    assert press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier) is (
        window.list_pane.view
    )


def test_the_editor_shortcut_without_a_question_says_so(window, qtbot):
    window.list_pane.select_ids([])
    window.editor_pane.show_question("")
    window.list_pane.view.setFocus()
    qtbot.waitUntil(window.list_pane.view.hasFocus)
    assert press(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier) is (
        window.list_pane.view
    )
    assert window.statusBar().currentMessage() == "No question is selected."


def test_ctrl_2_lands_on_the_named_details_tabs(window, qtbot):
    window.list_pane.view.setFocus()
    qtbot.waitUntil(window.list_pane.view.hasFocus)
    target = press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.details_dock.isAncestorOf(target)
    assert target.accessibleName() == "Letter details"
    assert target.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert on_screen(window, target)
