"""The question list as a Qt model: one row per question, in presentation order.

Rows show the Kamer's number, the first words and a status mark. The model never edits the
letter itself: a drop asks the Document for a move (one undoable command) and the rows
follow from the resulting ``letterChanged``.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon

from answerletter.checks import Severity
from answerletter.editing.document import Document, StepName
from answerletter.gui.palette_colours import ERROR_RED, WARNING_BROWN, row_text_colour
from answerletter.gui.status_marks import status_icon
from answerletter.model import Letter, Question
from answerletter.model.letter import changed_items
from answerletter.model.operations import move_questions
from answerletter.model.spans import differing_span

MIME_TYPE = "application/x-answerletter-question-ids"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
FILTER_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
#: The worst severity of the question's open findings (None without findings).
FINDINGS_ROLE = Qt.ItemDataRole.UserRole + 4

#: Text colour of a question with open errors or warnings (notes leave it alone), before
#: it is made readable on the palette (``palette_colours.row_text_colour``).
_MARK_COLOURS = {Severity.ERROR: ERROR_RED, Severity.WARNING: WARNING_BROWN}


def _mark_text(severity: Severity) -> str:
    if severity is Severity.ERROR:
        return QCoreApplication.translate("QuestionListModel", "the checks found an error")
    if severity is Severity.WARNING:
        return QCoreApplication.translate("QuestionListModel", "the checks found a warning")
    return QCoreApplication.translate("QuestionListModel", "the checks have a note")


FIRST_WORDS = 60

_Index = QModelIndex | QPersistentModelIndex


#: The undo steps made here (named again in the interface language of the moment).
MOVE = StepName("QuestionListModel", str(QT_TRANSLATE_NOOP("QuestionListModel", "Move questions")))


class Status(Enum):
    NO_ANSWER = "no-answer"
    ANSWERED = "answered"
    COMBINED = "combined"
    REFERS = "refers"


def question_status(letter: Letter, question: Question) -> Status:
    answer = letter.answer_for(question.id)
    if answer is None:
        return Status.NO_ANSWER
    if answer.refers_to is not None:
        return Status.REFERS
    if len(answer.questions) > 1:
        return Status.COMBINED
    return Status.NO_ANSWER if answer.text.is_empty() else Status.ANSWERED


def status_text(status: Status) -> str:
    texts = {
        Status.NO_ANSWER: QT_TRANSLATE_NOOP("QuestionListModel", "No answer yet"),
        Status.ANSWERED: QT_TRANSLATE_NOOP("QuestionListModel", "Answered"),
        Status.COMBINED: QT_TRANSLATE_NOOP("QuestionListModel", "Covered by a combined answer"),
        Status.REFERS: QT_TRANSLATE_NOOP("QuestionListModel", "Refers to another answer"),
    }
    return QCoreApplication.translate("QuestionListModel", str(texts[status]))


def first_words(question: Question, limit: int = FIRST_WORDS) -> str:
    text = " ".join(question.text.plain_text().split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _status_icon(status: Status) -> QIcon:
    """Small shapes that differ in form as well as colour (for colour-blind users)."""
    return status_icon(status.value)


class QuestionListModel(QAbstractListModel):
    """Rows over ``document.letter.questions``; drag and drop moves questions."""

    def __init__(self, document: Document) -> None:
        super().__init__(document)
        self.document = document
        self._letter = document.letter
        self._icons = {status: _status_icon(status) for status in Status}
        self._mark_colours = {mark: row_text_colour(house) for mark, house in _MARK_COLOURS.items()}
        #: Question id → the worst severity of its open findings (see set_finding_marks).
        self._marks: dict[str, Severity] = {}
        #: True while questions deleted from the letter leave the rows (not the filter).
        self.removing_questions = False
        document.letterChanged.connect(self._on_letter_changed)

    # -- reading --

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._letter.questions)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._letter.questions):
            return None
        question = self._letter.questions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{question.number}. {first_words(question)}"
        if role == ID_ROLE:
            return question.id
        status = question_status(self._letter, question)
        if role == STATUS_ROLE:
            return status
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons[status]
        mark = self._marks.get(question.id)
        if role == Qt.ItemDataRole.ForegroundRole and mark is not None:
            return self._mark_colours.get(mark)
        if role == FINDINGS_ROLE:
            return mark
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            if mark is not None:
                return f"{status_text(status)}; {_mark_text(mark)}"
            return status_text(status)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            label = QCoreApplication.translate("QuestionListModel", "Question {number}")
            return f"{label.format(number=question.number)}: {first_words(question)}"
        if role == FILTER_ROLE:
            answer = self._letter.answer_for(question.id)
            answer_text = answer.text.plain_text() if answer else ""
            return f"{question.number} {question.text.plain_text()} {answer_text}"
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def set_finding_marks(self, marks: dict[str, Severity]) -> None:
        """Mark questions with open findings (text colour and tooltip by worst severity)."""
        if marks == self._marks:
            return
        self._marks = dict(marks)
        if self._letter.questions:
            self.dataChanged.emit(self.index(0), self.index(len(self._letter.questions) - 1))

    @property
    def letter(self) -> Letter:
        """The letter the rows show (during a reset still the old one)."""
        return self._letter

    def row_of(self, question_id: str) -> int | None:
        return self._letter.question_index.get(question_id)

    # -- drag and drop --

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        ids = [self._letter.questions[row].id for row in rows]
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray("\n".join(ids).encode("utf-8")))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        return action == Qt.DropAction.MoveAction and data.hasFormat(MIME_TYPE)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        """Move the dragged questions to *row* through the undo stack.

        Returns False on purpose: the move already happened in the model, and a True would make
        the view delete the dragged rows a second time.
        """
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = [i for i in bytes(data.data(MIME_TYPE).data()).decode("utf-8").split("\n") if i]
        letter = self._letter
        if not ids or any(i not in letter.question_index for i in ids):
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(letter.questions)
        # The first question at or after the drop row that is not itself being moved.
        moving = set(ids)
        before = next((q.id for q in letter.questions[row:] if q.id not in moving), None)
        after = move_questions(letter, ids, before)
        if after.questions != letter.questions:
            self.document.apply(after, MOVE, focus=ids)
        return False

    # -- following the document --

    def _on_letter_changed(self, old: Letter, new: Letter, focus: object) -> None:
        changed_ids = changed_items(old, new)
        if changed_ids is not None:
            # Typing (and other in-place edits): only the rows of the changed items.
            self._letter = new
            rows = sorted(self._rows_showing(new, changed_ids))
            if rows:
                self.dataChanged.emit(self.index(rows[0]), self.index(rows[-1]))
            return
        # Only the questions between the unchanged first and last ones, and those the
        # answers between the unchanged first and last ones cover, can show otherwise.
        first, old_end, new_end = differing_span(old.questions, new.questions)
        old_ids = [q.id for q in old.questions[first:old_end]]
        new_ids = [q.id for q in new.questions[first:new_end]]
        if old_ids != new_ids and not self._change_rows(first, old_ids, new_ids, new):
            # Not one run of rows inserted, removed or moved: the views start again.
            self.beginResetModel()
            self._letter = new
            self.endResetModel()
            return
        self._letter = new
        shown = set(range(first, new_end))
        start, old_answers_end, new_answers_end = differing_span(old.answers, new.answers)
        index = new.question_index
        for answer in (*old.answers[start:old_answers_end], *new.answers[start:new_answers_end]):
            shown.update(row for row in map(index.get, answer.questions) if row is not None)
        if shown:
            self.dataChanged.emit(self.index(min(shown)), self.index(max(shown)))

    def _change_rows(self, first: int, old_ids: list[str], new_ids: list[str], new: Letter) -> bool:
        """Go on with *new* when rows from *first* on went from *old_ids* to *new_ids* by
        one run of rows inserted, removed or moved, telling the views so (a reset would
        make the filter, the selection and the view walk all 10,000 rows again); False,
        with nothing done, for any other change."""
        root = QModelIndex()
        if not old_ids:
            self.beginInsertRows(root, first, first + len(new_ids) - 1)
            self._letter = new
            self.endInsertRows()
            return True
        if not new_ids:
            self.removing_questions = True
            try:
                self.beginRemoveRows(root, first, first + len(old_ids) - 1)
            finally:
                self.removing_questions = False
            self._letter = new
            self.endRemoveRows()
            return True
        # A run moved down past the rest of the stretch (or the rest up before it).
        if len(old_ids) != len(new_ids) or new_ids[0] not in old_ids:
            return False
        run = old_ids.index(new_ids[0])
        if new_ids != old_ids[run:] + old_ids[:run] or not self.beginMoveRows(
            root, first, first + run - 1, root, first + len(old_ids)
        ):
            return False
        self._letter = new
        self.endMoveRows()
        return True

    @staticmethod
    def _rows_showing(letter: Letter, item_ids: frozenset[str]) -> set[int]:
        """The rows of the questions among *item_ids* and of those the answers among them
        cover (the rows' status and filter text show the answer)."""
        rows: set[int] = set()
        for item_id in item_ids:
            row = letter.question_index.get(item_id)
            if row is not None:
                rows.add(row)
            elif item_id in letter.answer_index:
                rows.update(letter.question_index[q] for q in letter.answer(item_id).questions)
        return rows
