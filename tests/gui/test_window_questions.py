"""The question list: add, insert, duplicate, delete, move, combine, split, refer, renumber,
filter, and undo/redo of each, driven through the window's actions and widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from window_helpers import small_letter

from answerletter.model import RichText
from answerletter.model import operations as ops
from answerletter.model.wording import reference_sentence


def numbers(window):
    return [q.number for q in window.document.letter.questions]


def ids(window):
    return [q.id for q in window.document.letter.questions]


def shown_rows(window):
    proxy = window.list_pane.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_list_shows_number_first_words_and_status(make_window):
    window = make_window(small_letter(3))
    assert shown_rows(window) == ["1. Vraag nummer 1?", "2. Vraag nummer 2?", "3. Vraag nummer 3?"]
    index = window.list_pane.proxy.index(0, 0)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Answered"


def test_add_question_then_undo_and_redo(make_window):
    window = make_window(small_letter(3))
    window.question_actions.add.trigger()
    assert numbers(window) == [1, 2, 3, 4]
    new_id = ids(window)[-1]
    assert window.list_pane.selected_ids() == [new_id]
    assert window.editor_pane.current_id == new_id
    assert window.isWindowModified()
    window.undo_action.trigger()
    assert numbers(window) == [1, 2, 3]
    assert not window.isWindowModified()
    window.redo_action.trigger()
    assert ids(window)[-1] == new_id


def test_insert_and_duplicate(make_window):
    window = make_window(small_letter(3))
    window.list_pane.select_ids(["q2"])
    window.question_actions.insert.trigger()
    assert ids(window)[0] == "q1" and ids(window)[2] == "q2"
    inserted = ids(window)[1]
    assert window.list_pane.selected_ids() == [inserted]
    window.list_pane.select_ids(["q3"])
    window.question_actions.duplicate.trigger()
    letter = window.document.letter
    copy = letter.questions[letter.question_index["q3"] + 1]
    assert copy.text == letter.question("q3").text and copy.number == 3


def test_delete_selects_the_next_question_and_undo_restores(make_window):
    window = make_window(small_letter(4))
    window.list_pane.select_ids(["q2", "q3"])
    window.question_actions.delete.trigger()
    assert ids(window) == ["q1", "q4"]
    assert window.list_pane.selected_ids() == ["q4"]
    window.undo_action.trigger()
    assert ids(window) == ["q1", "q2", "q3", "q4"]
    assert window.document.letter.answer_for("q3").text.plain_text() == "Antwoord 3."


def test_deleting_the_current_question_shows_only_the_next_one(make_window):
    """The rows go without a reset: the question after them becomes current at once (not
    Qt's row above, then the next one), so the editor loads one question; at the end of
    the list, the one before them."""
    window = make_window(small_letter(6))
    shown: list[str] = []
    window.list_pane.currentQuestionChanged.connect(shown.append)
    window.list_pane.select_ids(["q3"])
    window.question_actions.delete.trigger()
    assert ids(window) == ["q1", "q2", "q4", "q5", "q6"]
    assert shown == ["q3", "q4"]
    assert window.editor_pane.current_id == "q4"
    assert window.list_pane.selected_ids() == ["q4"]
    window.list_pane.select_ids(["q5", "q6"], current="q5")
    shown.clear()
    window.question_actions.delete.trigger()
    assert ids(window) == ["q1", "q2", "q4"]
    assert shown == ["q4"]
    assert window.editor_pane.current_id == "q4"


def test_deleting_the_last_question_the_filter_shows_keeps_the_filter(make_window):
    """The questions after it are hidden by the filter: the one shown before it becomes
    current, the editor loads only that one, and the filter stays."""
    letter = small_letter(6)
    for qid in ("q2", "q4"):
        letter = ops.set_question_text(letter, qid, RichText.plain("Hoeveel water?"))
    window = make_window(letter)
    window.list_pane.filter_box.setText("water")
    assert [window.list_pane.is_shown(f"q{n}") for n in range(1, 7)] == [
        False, True, False, True, False, False
    ]  # fmt: skip
    window.list_pane.select_ids(["q4"])
    shown: list[str] = []
    window.list_pane.currentQuestionChanged.connect(shown.append)
    window.question_actions.delete.trigger()
    assert ids(window) == ["q1", "q2", "q3", "q5", "q6"]
    assert shown == ["q2"]
    assert window.editor_pane.current_id == "q2"
    assert window.list_pane.selected_ids() == ["q2"]
    assert window.list_pane.filter_box.text() == "water"


def test_keyboard_moves_keep_the_kamer_numbers(make_window, qtbot):
    window = make_window(small_letter(4))
    window.list_pane.select_ids(["q1"])
    view = window.list_pane.view
    view.setFocus()
    window.activateWindow()
    qtbot.waitUntil(view.hasFocus)
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(view, Qt.Key.Key_Down, modifiers)
    qtbot.keyClick(view, Qt.Key.Key_Down, modifiers)
    assert ids(window) == ["q2", "q3", "q1", "q4"]
    assert numbers(window) == [2, 3, 1, 4]
    assert window.list_pane.selected_ids() == ["q1"]
    qtbot.keyClick(view, Qt.Key.Key_Up, modifiers)
    assert ids(window) == ["q2", "q1", "q3", "q4"]
    window.undo_action.trigger()
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert ids(window) == ["q1", "q2", "q3", "q4"]


def test_drag_and_drop_moves_through_the_undo_stack(make_window):
    window = make_window(small_letter(4))
    model = window.model
    data = model.mimeData([model.index(0), model.index(1)])
    accepted = model.dropMimeData(data, Qt.DropAction.MoveAction, 4, 0, model.index(-1))
    assert not accepted  # the view must not delete the dragged rows itself
    assert ids(window) == ["q3", "q4", "q1", "q2"]
    assert model.rowCount() == 4
    window.undo_action.trigger()
    assert ids(window) == ["q1", "q2", "q3", "q4"]


def test_combine_shows_all_questions_and_split_separates(make_window):
    window = make_window(small_letter(4))
    window.list_pane.select_ids(["q2", "q3"])
    window.question_actions.combine.trigger()
    answer = window.document.letter.answer_for("q2")
    assert answer.questions == ("q2", "q3")
    assert answer.text.plain_text() == "Antwoord 2.\nAntwoord 3."
    window.list_pane.select_ids(["q3"])
    visible = [row for row in window.editor_pane._rows if not row.isHidden()]
    assert [row.question_id for row in visible] == ["q2", "q3"]
    assert window.editor_pane.answer_label.text() == "Antwoord op vraag 2 en 3"
    assert window.question_actions.split.isEnabled()
    window.question_actions.split.trigger()
    letter = window.document.letter
    assert letter.answer_for("q2").questions == ("q2",)
    assert letter.answer_for("q3").questions == ("q3",)
    window.undo_action.trigger()
    assert window.document.letter.answer_for("q3").questions == ("q2", "q3")


def test_refer_and_renumber_with_the_reference_following(make_window, fake_dialogs):
    window = make_window(small_letter(4))
    window.list_pane.select_ids(["q4"])
    fake_dialogs.item_choice = 0  # the first other question: q1
    window.question_actions.refer.trigger()
    letter = window.document.letter
    assert letter.answer_for("q4").refers_to == "q1"
    assert window.editor_pane.reference_label.text() == "Zie antwoord op vraag 1."
    # Move question 1 to the end: it keeps its number until Renumber.
    window.list_pane.select_ids(["q1"])
    for _ in range(3):
        window.question_actions.move_down.trigger()
    assert numbers(window) == [2, 3, 4, 1]
    window.question_actions.renumber.trigger()
    letter = window.document.letter
    assert numbers(window) == [1, 2, 3, 4]
    assert reference_sentence(letter, letter.answer_for("q4")) == "Zie antwoord op vraag 4."
    window.list_pane.select_ids(["q4"])
    assert window.editor_pane.reference_label.text() == "Zie antwoord op vraag 4."
    assert shown_rows(window)[0] == "1. Vraag nummer 2?"
    window.undo_action.trigger()
    assert numbers(window) == [2, 3, 4, 1]


def test_refer_cancelled_changes_nothing(make_window, fake_dialogs):
    window = make_window(small_letter(3))
    window.list_pane.select_ids(["q2"])
    before = window.document.letter
    fake_dialogs.item_choice = None
    window.question_actions.refer.trigger()
    assert window.document.letter is before
    assert "choose" in fake_dialogs.calls


def test_filter_box_hides_non_matching_questions(make_window, qtbot):
    window = make_window(small_letter(12))
    qtbot.keyClicks(window.list_pane.filter_box, "nummer 1")
    assert shown_rows(window) == [
        "1. Vraag nummer 1?",
        "10. Vraag nummer 10?",
        "11. Vraag nummer 11?",
        "12. Vraag nummer 12?",
    ]
    window.list_pane.filter_box.clear()
    assert len(shown_rows(window)) == 12


def test_actions_follow_the_selection(make_window):
    window = make_window(small_letter(3))
    actions = window.question_actions
    window.list_pane.select_ids(["q1"])
    assert not actions.combine.isEnabled() and not actions.split.isEnabled()
    window.list_pane.select_ids(["q1", "q2"])
    assert actions.combine.isEnabled() and not actions.duplicate.isEnabled()


def test_undo_of_delete_selects_the_restored_questions(make_window):
    window = make_window(small_letter(4))
    window.list_pane.select_ids(["q2", "q3"])
    window.question_actions.delete.trigger()
    window.undo_action.trigger()
    assert window.list_pane.selected_ids() == ["q2", "q3"]


def test_a_new_question_hidden_by_the_filter_clears_it(make_window, qtbot):
    window = make_window(small_letter(3))
    qtbot.keyClicks(window.list_pane.filter_box, "nummer 2")
    window.question_actions.add.trigger()
    new_id = ids(window)[-1]
    assert window.list_pane.filter_box.text() == ""
    assert window.list_pane.selected_ids() == [new_id]
    assert window.editor_pane.current_id == new_id


def test_delete_key_deletes_in_the_list_but_not_in_the_editor(make_window, qtbot):
    window = make_window(small_letter(3))
    window.list_pane.select_ids(["q3"])
    editor = window.editor_pane.answer_editor
    window.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert ids(window) == ["q1", "q2", "q3"]
    assert window.document.letter.answer_for("q3").text.plain_text() == "ntwoord 3."
    view = window.list_pane.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert ids(window) == ["q1", "q2"]
