"""The structural operations on questions as QActions: add, insert, duplicate, delete, move,
renumber, combine, split and refer. Each calls a model operation and pushes the result as
one undoable step; the model operations hold all the logic."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from answerletter.editing.document import Document, StepName
from answerletter.gui import dialogs
from answerletter.gui.question_list import QuestionListPane
from answerletter.model import Letter, ModelError
from answerletter.model import operations as ops

#: The undo steps made here (named again in the interface language of the moment).
ADD = StepName("QuestionActions", str(QT_TRANSLATE_NOOP("QuestionActions", "Add question")))
INSERT = StepName("QuestionActions", str(QT_TRANSLATE_NOOP("QuestionActions", "Insert question")))
DUPLICATE = StepName(
    "QuestionActions", str(QT_TRANSLATE_NOOP("QuestionActions", "Duplicate question"))
)
DELETE = StepName("QuestionActions", str(QT_TRANSLATE_NOOP("QuestionActions", "Delete questions")))
MOVE = StepName("QuestionActions", str(QT_TRANSLATE_NOOP("QuestionActions", "Move questions")))
RENUMBER = StepName(
    "QuestionActions", str(QT_TRANSLATE_NOOP("QuestionActions", "Renumber questions"))
)
COMBINE = StepName("QuestionActions", str(QT_TRANSLATE_NOOP("QuestionActions", "Combine answers")))
SPLIT = StepName("QuestionActions", str(QT_TRANSLATE_NOOP("QuestionActions", "Split answer")))
REFER = StepName(
    "QuestionActions", str(QT_TRANSLATE_NOOP("QuestionActions", "Refer to another answer"))
)
CLEAR_REFERENCE = StepName(
    "QuestionActions", str(QT_TRANSLATE_NOOP("QuestionActions", "Remove reference"))
)


class QuestionActions(QObject):
    """Owns the actions and keeps their enabled state in step with the selection."""

    def __init__(self, document: Document, pane: QuestionListPane, window: QWidget) -> None:
        super().__init__(window)
        self.document = document
        self.pane = pane
        self.window = window

        def make(text: str, slot: object, shortcut: QKeySequence | str | None = None) -> QAction:
            action = QAction(text, window)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            return action

        self.add = make(self.tr("&Add Question"), self.add_question, "Ctrl+Return")
        self.insert = make(
            self.tr("&Insert Question Before"), self.insert_question, "Ctrl+Shift+Return"
        )
        self.duplicate = make(self.tr("Du&plicate Question"), self.duplicate_question, "Ctrl+D")
        self.delete = make(self.tr("&Delete Questions"), self.delete_questions)
        # Delete only from the list: in a text field the Delete key deletes text.
        self.delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.move_up = make(self.tr("Move &Up"), self.move_selection_up, "Ctrl+Shift+Up")
        self.move_down = make(self.tr("Move Do&wn"), self.move_selection_down, "Ctrl+Shift+Down")
        self.renumber = make(self.tr("Re&number 1…N"), self.renumber_questions)
        self.combine = make(self.tr("&Combine Answers"), self.combine_selection, "Ctrl+Shift+J")
        self.split = make(self.tr("&Split Combined Answer"), self.split_answer)
        self.refer = make(self.tr("Re&fer to Another Answer…"), self.refer_answer)
        self.clear_reference = make(self.tr("Remove R&eference"), self.clear_answer_reference)
        self.all = [
            self.add,
            self.insert,
            self.duplicate,
            self.delete,
            self.move_up,
            self.move_down,
            self.renumber,
            self.combine,
            self.split,
            self.refer,
            self.clear_reference,
        ]
        for action in self.all:
            action.setStatusTip(action.text().replace("&", ""))
        pane.view.addActions(self.all)
        pane.selectionChangedIds.connect(self.update_enabled)
        document.letterChanged.connect(self.update_enabled)
        self.update_enabled()

    # -- state --

    def update_enabled(self, *_: object) -> None:
        letter = self.document.letter
        ids = self.pane.selected_ids()
        one = len(ids) == 1
        answer = letter.answer_for(ids[0]) if one else None
        self.insert.setEnabled(one)
        self.duplicate.setEnabled(one)
        self.delete.setEnabled(bool(ids))
        self.move_up.setEnabled(bool(ids))
        self.move_down.setEnabled(bool(ids))
        self.renumber.setEnabled(bool(letter.questions))
        self.combine.setEnabled(len(ids) >= 2)
        self.split.setEnabled(answer is not None and len(answer.questions) > 1)
        self.refer.setEnabled(one and len(letter.questions) > 1)
        self.clear_reference.setEnabled(answer is not None and answer.refers_to is not None)

    def _apply(self, after: Letter, text: StepName, focus: list[str]) -> None:
        # Undo returns to the selection the user had before the operation.
        before = self.pane.selected_ids()
        self.document.apply(after, text, focus=focus, undo_focus=before)
        self.pane.select_ids(focus)

    def _run(self, text: StepName, change: object) -> None:
        """Run *change* (returning the new letter and the ids to select); errors from the
        model become a message, and the letter stays as it was."""
        try:
            after, focus = change()  # type: ignore[operator]
        except ModelError as error:
            dialogs.show_error(self.window, self.tr("Cannot do that"), str(error))
            return
        self._apply(after, text, focus)

    # -- operations --

    def add_question(self) -> None:
        def change() -> tuple[Letter, list[str]]:
            letter = self.document.letter
            after, qid = ops.insert_question(letter, len(letter.questions))
            return after, [qid]

        self._run(ADD, change)

    def insert_question(self) -> None:
        ids = self.pane.selected_ids()
        if not ids:
            return self.add_question()

        def change() -> tuple[Letter, list[str]]:
            letter = self.document.letter
            after, qid = ops.insert_question(letter, letter.question_index[ids[0]])
            return after, [qid]

        self._run(INSERT, change)
        return None

    def duplicate_question(self) -> None:
        ids = self.pane.selected_ids()
        if len(ids) != 1:
            return

        def change() -> tuple[Letter, list[str]]:
            after, qid = ops.duplicate_question(self.document.letter, ids[0])
            return after, [qid]

        self._run(DUPLICATE, change)

    def delete_questions(self) -> None:
        ids = self.pane.selected_ids()
        if not ids:
            return
        letter = self.document.letter
        # Select the question after the deleted ones (or before, at the end of the list),
        # of those the filter shows if it shows any: the list's current row moves there as
        # the rows go, so the editor loads that one question and the filter stays.
        last = max(letter.question_index[i] for i in ids)
        first = min(letter.question_index[i] for i in ids)
        after = [q.id for q in letter.questions[last + 1 :] if q.id not in ids]
        before = [q.id for q in reversed(letter.questions[:first])]
        shown = self.pane.is_shown
        survivor = (
            next(filter(shown, after), None)
            or next(filter(shown, before), None)
            or next(iter(after), None)
            or next(iter(before), None)
        )
        focus = [survivor] if survivor else []
        self._run(DELETE, lambda: (ops.delete_questions(letter, ids), focus))

    def _move(self, steps: int) -> None:
        ids = self.pane.selected_ids()
        if not ids:
            return
        letter = self.document.letter
        rows = [letter.question_index[i] for i in ids]
        moving = set(ids)
        if steps < 0:
            target = min(rows) - 1
            if target < 0:
                return
            before: str | None = letter.questions[target].id
        else:
            target = max(rows) + 1
            if target >= len(letter.questions):
                return
            rest = [q.id for q in letter.questions[target + 1 :] if q.id not in moving]
            before = rest[0] if rest else None
        self._run(MOVE, lambda: (ops.move_questions(letter, ids, before), ids))

    def move_selection_up(self) -> None:
        self._move(-1)

    def move_selection_down(self) -> None:
        self._move(1)

    def renumber_questions(self) -> None:
        ids = self.pane.selected_ids()
        letter = self.document.letter
        after = ops.renumber(letter)
        if after.questions != letter.questions:
            self._apply(after, RENUMBER, ids)

    def combine_selection(self) -> None:
        ids = self.pane.selected_ids()
        letter = self.document.letter
        self._run(COMBINE, lambda: (ops.combine(letter, ids), ids))

    def split_answer(self) -> None:
        ids = self.pane.selected_ids()
        letter = self.document.letter
        answer = letter.answer_for(ids[0]) if len(ids) == 1 else None
        if answer is None:
            return
        focus = list(answer.questions)
        self._run(SPLIT, lambda: (ops.split(letter, answer.id), focus))

    def refer_answer(self) -> None:
        ids = self.pane.selected_ids()
        if len(ids) != 1:
            return
        letter = self.document.letter
        targets = [q for q in letter.questions if q.id != ids[0]]
        label = self.tr("Question {number}")
        items = [
            f"{label.format(number=q.number)}: {' '.join(q.text.plain_text().split())[:60]}"
            for q in targets
        ]
        choice = dialogs.choose_item(
            self.window,
            self.tr("Refer to another answer"),
            self.tr("The answer reads “Zie antwoord op vraag N”. Choose question N:"),
            items,
        )
        if choice is None:
            return
        target = targets[choice].id
        self._run(REFER, lambda: (ops.refer(letter, ids[0], target), ids))

    def clear_answer_reference(self) -> None:
        ids = self.pane.selected_ids()
        letter = self.document.letter
        answer = letter.answer_for(ids[0]) if len(ids) == 1 else None
        if answer is None or answer.refers_to is None:
            return
        self._run(CLEAR_REFERENCE, lambda: (ops.clear_reference(letter, answer.id), ids))
