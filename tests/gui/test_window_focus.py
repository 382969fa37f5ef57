"""The formatting toolbar follows the focused text field (an event filter per editor)."""

from PySide6.QtCore import Qt


def test_toolbar_follows_the_focused_field(make_window, qtbot):
    window = make_window()
    pane = window.editor_pane
    window.list_pane.select_ids(["q1"])
    question_editor = pane._rows[0].editor
    question_editor.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(question_editor.hasFocus)
    assert pane.toolbars.currentWidget() is pane._toolbar_of[question_editor]
    pane.answer_editor.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(pane.answer_editor.hasFocus)
    assert pane.toolbars.currentWidget() is pane._toolbar_of[pane.answer_editor]
