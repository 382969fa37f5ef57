"""Text size of the question and answer editors: Ctrl++ / Ctrl+- / Ctrl+0 (View ▸ Text Size),
remembered across restarts; in the preview the same keys zoom the preview."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from window_helpers import small_letter

from answerletter.config import Config
from answerletter.desktop.opener import Opener
from answerletter.editing.document import Document
from answerletter.model import operations as ops

CTRL = Qt.KeyboardModifier.ControlModifier


def normal_size(editor) -> float:
    return QApplication.font(editor).pointSizeF()


def test_ctrl_plus_minus_and_zero_size_the_editors(make_window, qtbot, config):
    window = make_window(small_letter(2))
    window.list_pane.select_ids(["q1"])
    answer = window.editor_pane.answer_editor
    question = window.editor_pane.editor_for("q1")
    normal = normal_size(answer)
    answer.setFocus()
    qtbot.waitUntil(answer.hasFocus)
    qtbot.keyClick(answer, Qt.Key.Key_Plus, CTRL)
    assert answer.font().pointSizeF() == normal * 1.1
    assert question.font().pointSizeF() == normal * 1.1
    assert config.settings.editor_text_size == 110
    qtbot.keyClick(answer, Qt.Key.Key_Plus, CTRL | Qt.KeyboardModifier.KeypadModifier)
    assert config.settings.editor_text_size == 125
    qtbot.keyClick(answer, Qt.Key.Key_Minus, CTRL)
    qtbot.keyClick(answer, Qt.Key.Key_Minus, CTRL)
    qtbot.keyClick(answer, Qt.Key.Key_Minus, CTRL)
    assert config.settings.editor_text_size == 90
    assert answer.font().pointSizeF() == normal * 0.9
    qtbot.keyClick(answer, Qt.Key.Key_0, CTRL)
    assert config.settings.editor_text_size == 100
    assert answer.font().pointSizeF() == normal
    # The letter was not touched by any of it.
    assert not window.document.is_modified()


def test_words_formatting_keys_stay_in_the_editor(make_window, qtbot, config):
    """Ctrl+Shift+= ("+" with Shift) is superscript and Ctrl+= subscript, as in Word."""
    window = make_window(small_letter(1))
    window.list_pane.select_ids(["q1"])
    answer = window.editor_pane.answer_editor
    answer.setFocus()
    qtbot.waitUntil(answer.hasFocus)
    actions = answer.format_actions
    qtbot.keyClick(answer, Qt.Key.Key_Plus, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert actions.superscript.isChecked()
    qtbot.keyClick(answer, Qt.Key.Key_Equal, CTRL)
    assert actions.subscript.isChecked()
    assert config.settings.editor_text_size == 100


def test_the_size_is_remembered_across_restarts(make_window, qtbot, config, fake_dialogs):
    window = make_window(small_letter(2))
    window.list_pane.select_ids(["q1"])
    window.text_zoom.larger_action.trigger()
    window.text_zoom.larger_action.trigger()
    assert config.settings.editor_text_size == 125
    window.close()

    restarted = Config(config.directory)  # read from the settings file, as at a new start
    assert restarted.settings.editor_text_size == 125
    opener = Opener(restarted)
    again = opener.new_window(Document(small_letter(2)))
    qtbot.addWidget(again)
    again.list_pane.select_ids(["q1"])
    answer = again.editor_pane.answer_editor
    assert answer.font().pointSizeF() == normal_size(answer) * 1.25
    again.close()


def test_editors_shown_later_get_the_size_too(make_window, qtbot):
    window = make_window(ops.combine(small_letter(4), ["q2", "q3", "q4"]))
    window.list_pane.select_ids(["q1"])
    window.text_zoom.larger_action.trigger()
    window.list_pane.select_ids(["q2"])  # three question rows now, two of them new
    pane = window.editor_pane
    editors = [pane.editor_for(qid) for qid in ("q2", "q3", "q4")]
    qtbot.waitUntil(lambda: all(e.isVisible() for e in editors))
    normal = normal_size(pane.answer_editor)
    assert [e.font().pointSizeF() for e in editors] == [normal * 1.1] * 3


def test_in_the_preview_the_keys_zoom_the_preview(make_window, qtbot, config):
    window = make_window(small_letter(2))
    window.list_pane.select_ids(["q1"])
    preview = window.preview
    preview.set_zoom("100")
    preview.scroll_area.setFocus()
    qtbot.waitUntil(preview.scroll_area.hasFocus)
    qtbot.keyClick(preview.scroll_area, Qt.Key.Key_Plus, CTRL)
    assert preview.zoom_mode == "125"
    qtbot.keyClick(preview.scroll_area, Qt.Key.Key_Minus, CTRL)
    qtbot.keyClick(preview.scroll_area, Qt.Key.Key_Minus, CTRL)
    assert preview.zoom_mode == "75"
    qtbot.keyClick(preview.scroll_area, Qt.Key.Key_0, CTRL)
    assert preview.zoom_mode == "width"
    # The editors kept their size.
    assert config.settings.editor_text_size == 100


def test_ctrl_wheel_over_an_editor_sizes_the_text(make_window, qtbot, config):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    window = make_window(small_letter(1))
    window.list_pane.select_ids(["q1"])
    viewport = window.editor_pane.answer_editor.viewport()

    def wheel(steps: int, modifiers) -> None:
        centre = QPointF(viewport.rect().center())
        event = QWheelEvent(
            centre, QPointF(viewport.mapToGlobal(centre.toPoint())), QPoint(),
            QPoint(0, 120 * steps), Qt.MouseButton.NoButton, modifiers,
            Qt.ScrollPhase.NoScrollPhase, False,
        )  # fmt: skip
        QApplication.sendEvent(viewport, event)

    wheel(1, CTRL)
    assert config.settings.editor_text_size == 110
    wheel(-1, CTRL)
    wheel(-1, CTRL)
    assert config.settings.editor_text_size == 90
    wheel(1, Qt.KeyboardModifier.NoModifier)  # a plain wheel scrolls, as ever
    assert config.settings.editor_text_size == 90
