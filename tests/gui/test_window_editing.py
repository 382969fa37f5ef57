"""Typing in the answer editor: it changes the model, coalesces into undo steps, and the
window's Undo (menu or Ctrl+Z in the editor) takes it back."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from window_helpers import small_letter

from answerletter.editing.document import Document
from answerletter.gui.question_model import FILTER_ROLE, STATUS_ROLE, QuestionListModel, Status
from answerletter.model import RichText
from answerletter.model import operations as ops


def focus_at_end(window, qtbot, editor):
    window.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    editor.moveCursor(QTextCursor.MoveOperation.End)


def answer_text(window, qid):
    return window.document.letter.answer_for(qid).text.plain_text()


def test_typing_in_the_answer_changes_the_model(make_window, qtbot):
    window = make_window(small_letter(3))
    window.list_pane.select_ids(["q2"])
    editor = window.editor_pane.answer_editor
    assert editor.toPlainText() == "Antwoord 2."
    focus_at_end(window, qtbot, editor)
    qtbot.keyClicks(editor, " Ja")
    assert answer_text(window, "q2") == "Antwoord 2. Ja"
    assert window.isWindowModified()
    assert window.model.index(1).data(Qt.ItemDataRole.ToolTipRole) == "Answered"


def test_typing_is_one_undo_step_until_sealed(make_window, qtbot):
    window = make_window(small_letter(3))
    window.list_pane.select_ids(["q1"])
    editor = window.editor_pane.answer_editor
    focus_at_end(window, qtbot, editor)
    qtbot.keyClicks(editor, " Eerst")
    window.document.seal()  # what a pause in typing does
    qtbot.keyClicks(editor, " dan")
    assert answer_text(window, "q1") == "Antwoord 1. Eerst dan"
    window.undo_action.trigger()
    assert answer_text(window, "q1") == "Antwoord 1. Eerst"
    assert editor.toPlainText() == "Antwoord 1. Eerst"
    window.undo_action.trigger()
    assert answer_text(window, "q1") == "Antwoord 1."
    assert editor.toPlainText() == "Antwoord 1."
    window.redo_action.trigger()
    assert editor.toPlainText() == "Antwoord 1. Eerst"


def test_ctrl_z_in_the_editor_uses_the_document_history(make_window, qtbot):
    window = make_window(small_letter(3))
    window.list_pane.select_ids(["q1"])
    window.question_actions.add.trigger()  # a structural step before the typing
    new_id = window.document.letter.questions[-1].id
    editor = window.editor_pane.answer_editor
    focus_at_end(window, qtbot, editor)
    qtbot.keyClicks(editor, "Nieuw")
    assert answer_text(window, new_id) == "Nieuw"
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.letter.answer_for(new_id) is None  # typing (and its answer) undone
    assert editor.toPlainText() == ""
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.document.letter.questions) == 3  # then the added question


def test_undo_of_typing_in_another_question_selects_it(make_window, qtbot):
    window = make_window(small_letter(3))
    window.list_pane.select_ids(["q1"])
    editor = window.editor_pane.answer_editor
    focus_at_end(window, qtbot, editor)
    qtbot.keyClicks(editor, "!")
    window.list_pane.select_ids(["q3"])
    window.undo_action.trigger()
    assert window.list_pane.selected_ids() == ["q1"]
    assert window.editor_pane.answer_editor.toPlainText() == "Antwoord 1."


def test_editing_the_question_text_and_number(make_window, qtbot):
    window = make_window(small_letter(3))
    window.list_pane.select_ids(["q2"])
    row = window.editor_pane._rows[0]
    focus_at_end(window, qtbot, row.editor)
    qtbot.keyClicks(row.editor, " Echt")
    assert window.document.letter.question("q2").text.plain_text() == "Vraag nummer 2? Echt"
    assert window.model.index(1).data() == "2. Vraag nummer 2? Echt"
    row.number.setValue(7)
    assert window.document.letter.question("q2").number == 7
    assert window.editor_pane.answer_label.text() == "Antwoord op vraag 7"


def test_typing_an_answer_for_an_unanswered_question_creates_it(make_window, qtbot):
    window = make_window(small_letter(2))
    window.question_actions.add.trigger()
    new_id = window.document.letter.questions[-1].id
    assert window.document.letter.answer_for(new_id) is None
    # The label the print will give the answer, already before it exists.
    assert window.editor_pane.answer_label.text() == "Antwoord op vraag 3"
    editor = window.editor_pane.answer_editor
    focus_at_end(window, qtbot, editor)
    qtbot.keyClicks(editor, "Nee.")
    assert answer_text(window, new_id) == "Nee."
    assert window.editor_pane.answer_label.text() == "Antwoord op vraag 3"


def test_combining_updates_only_the_rows_its_answers_cover(qapp):
    """Answers combined or split keep the rows: the list is told about the rows from the
    first to the last question those answers cover, not reset, not the whole letter."""
    document = Document(small_letter(8))
    model = QuestionListModel(document)
    changed: list[tuple[int, int]] = []
    resets: list[bool] = []
    model.dataChanged.connect(lambda top, bottom, *_: changed.append((top.row(), bottom.row())))
    model.modelReset.connect(lambda: resets.append(True))
    document.apply(ops.combine(document.letter, ["q3", "q6"]), "Combine")
    assert changed == [(2, 5)] and resets == []
    assert "Antwoord 3." in model.index(5).data(FILTER_ROLE)  # q6 shows the joined answer
    assert "Antwoord 6." not in model.index(4).data(FILTER_ROLE)  # q5 keeps its own
    document.apply(ops.split(document.letter, "a3"), "Split")
    assert changed[-1] == (2, 5) and resets == []
    assert model.index(5).data(STATUS_ROLE) is Status.NO_ANSWER  # an empty answer of its own


def test_typing_updates_only_the_typed_rows_of_the_list(qapp):
    """A keystroke tells the list about the rows it changed only (the status and filter text
    of the answered question), not the whole letter; undo the same rows again."""
    letter = small_letter(6)
    emptied = dataclasses.replace(letter.answers[3], text=RichText())
    letter = dataclasses.replace(
        letter, answers=(*letter.answers[:3], emptied, *letter.answers[4:])
    )
    document = Document(letter)
    model = QuestionListModel(document)
    assert model.index(3).data(STATUS_ROLE) is Status.NO_ANSWER
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, *_: changed.append((top.row(), bottom.row())))
    typed = ops.set_answer_text(document.letter, "a4", RichText.plain("Ja"))
    document.apply(typed, "Edit answer", typing_key=("answer", "a4"))
    assert changed == [(3, 3)]
    assert model.index(3).data(STATUS_ROLE) is Status.ANSWERED
    assert model.index(3).data(FILTER_ROLE).endswith("Ja")
    question = ops.set_question_text(typed, "q2", RichText.plain("Anders?"))
    document.apply(question, "Edit question", typing_key=("question", "q2"))
    assert changed[-1] == (1, 1)
    assert model.index(1).data() == "2. Anders?"
    document.undo()
    document.undo()
    assert changed[-2:] == [(1, 1), (3, 3)]
    assert model.index(3).data(STATUS_ROLE) is Status.NO_ANSWER
    # A question deleted removes its row, without a reset.
    resets: list[bool] = []
    removed: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.rowsRemoved.connect(lambda _parent, first, last: removed.append((first, last)))
    document.apply(ops.delete_questions(document.letter, ["q1"]), "Delete")
    assert removed == [(0, 0)] and resets == [] and model.rowCount() == 5
    assert model.index(0).data() == "2. Vraag nummer 2?"


def test_structural_edits_tell_the_list_which_rows_came_went_or_moved(qapp):
    """A question inserted, deleted or moved is one run of rows inserted, removed or moved
    (a reset would make the filter and the selection walk every row again); what is not
    one run resets."""
    document = Document(small_letter(6))
    model = QuestionListModel(document)
    events: list[tuple[object, ...]] = []
    model.modelReset.connect(lambda: events.append(("reset",)))
    model.rowsInserted.connect(lambda _p, first, last: events.append(("inserted", first, last)))
    model.rowsRemoved.connect(lambda _p, first, last: events.append(("removed", first, last)))
    model.rowsMoved.connect(
        lambda _p, first, last, _d, row: events.append(("moved", first, last, row))
    )

    def numbers() -> list[str]:
        return [model.index(row).data().split(".")[0] for row in range(model.rowCount())]

    inserted, _ = ops.insert_question(document.letter, 2, number=9)
    document.apply(inserted, "Insert")
    assert events == [("inserted", 2, 2)]
    assert numbers() == ["1", "2", "9", "3", "4", "5", "6"]
    document.undo()
    assert events[-1] == ("removed", 2, 2) and numbers() == ["1", "2", "3", "4", "5", "6"]
    document.apply(ops.move_question_by(document.letter, "q2", 2), "Move down")
    assert events[-1] == ("moved", 1, 1, 4)  # (before old row 4)
    assert numbers() == ["1", "3", "4", "2", "5", "6"]
    document.undo()
    assert events[-1] == ("moved", 1, 2, 4)  # q3 and q4 back down past q2
    assert numbers() == ["1", "2", "3", "4", "5", "6"]
    document.apply(ops.delete_questions(document.letter, ["q2", "q3"]), "Delete")
    assert events[-1] == ("removed", 1, 2) and numbers() == ["1", "4", "5", "6"]
    document.undo()
    assert events[-1] == ("inserted", 1, 2)
    assert "reset" not in [event[0] for event in events]
    document.apply(ops.delete_questions(document.letter, ["q2", "q5"]), "Delete")
    assert events[-1] == ("reset",) and numbers() == ["1", "3", "4", "6"]
