"""The answer editor: the selected question's text and its answer, both editable.

For a combined answer every question it covers is shown above the one answer. Each edit
becomes a coalesced typing step on the document's undo stack (see ``document``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from answerletter.editing.document import Document, StepName
from answerletter.gui.plain_text import plain_label
from answerletter.gui.richtext import RichTextEditor, make_format_toolbar
from answerletter.gui.text_field import AutoHeightEditor, TextField, create_editor
from answerletter.model import EMPTY_TEXT, DocumentKind, Letter, ModelError
from answerletter.model import operations as ops
from answerletter.model.footnote_numbers import FootnoteNumbers
from answerletter.model.ids import IdCensus
from answerletter.model.wording import (
    ANSWER_LABEL,
    COMBINED_ANSWER_LABEL,
    answer_label,
    answer_label_for,
    reference_sentence,
)

#: The undo steps made here (named again in the interface language of the moment).
EDIT_QUESTION = StepName("QuestionRow", str(QT_TRANSLATE_NOOP("QuestionRow", "Edit question")))
CHANGE_NUMBER = StepName(
    "QuestionRow", str(QT_TRANSLATE_NOOP("QuestionRow", "Change question number"))
)
EDIT_ANSWER = StepName(
    "AnswerEditorPane", str(QT_TRANSLATE_NOOP("AnswerEditorPane", "Edit answer"))
)
REMOVE_REFERENCE = StepName(
    "AnswerEditorPane", str(QT_TRANSLATE_NOOP("AnswerEditorPane", "Remove reference"))
)


class QuestionRow(QWidget):
    """ "Question [7]" and the question's text."""

    def __init__(self, pane: AnswerEditorPane) -> None:
        super().__init__(pane)
        self.pane = pane
        self.question_id = ""
        self.label = QLabel(self.tr("Question"), self)
        self.number = QSpinBox(self)
        self.number.setRange(1, 99999)
        self.number.setAccessibleName(self.tr("Question number"))
        self.number.setToolTip(self.tr("The number the Kamer gave this question"))
        self.label.setBuddy(self.number)
        self.editor = create_editor(self)
        self.editor.setObjectName("questionText")
        self.editor.setAccessibleName(self.tr("Question text"))
        self.field = TextField(self.editor, pane.letter_ids)
        self._height = AutoHeightEditor(self.editor, min_lines=2, max_lines=8)
        header = QHBoxLayout()
        header.addWidget(self.label)
        header.addWidget(self.number)
        header.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.editor)
        self.field.edited.connect(self._on_text_edited)
        self.number.valueChanged.connect(self._on_number_changed)

    def show_question(self, letter: Letter, question_id: str) -> None:
        question = letter.question(question_id)
        if question_id != self.question_id:
            self.question_id = question_id
        self.number.blockSignals(True)
        self.number.setValue(question.number)
        self.number.blockSignals(False)
        self.field.load(question.text)

    def _on_text_edited(self) -> None:
        document = self.pane.document
        after = ops.set_question_text(document.letter, self.question_id, self.field.text)
        document.apply(
            after,
            EDIT_QUESTION,
            focus=(self.pane.current_id,),
            typing_key=("question", self.question_id),
        )

    def _on_number_changed(self, value: int) -> None:
        document = self.pane.document
        after = ops.set_question_number(document.letter, self.question_id, value)
        document.apply(
            after,
            CHANGE_NUMBER,
            focus=(self.pane.current_id,),
            typing_key=("number", self.question_id),
        )


class AnswerEditorPane(QWidget):
    """Shows the group of the current question: its questions, then its answer."""

    # A text editor was added to the pane (rows are made as groups need them).
    editorAdded = Signal(object)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.current_id = ""
        self._rows: list[QuestionRow] = []
        #: Footnotes are numbered through the letter, in the editor as in print.
        self.footnote_numbers = FootnoteNumbers()
        # The house style's answer labels (single, combined), so the screen says what the
        # print will say.
        self.answer_labels = (ANSWER_LABEL, COMBINED_ANSWER_LABEL)

        self.placeholder = QLabel(
            self.tr("Select a question in the list, or add one with Ctrl+Return."), self
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        self.questions_box = QWidget(self)
        self.questions_layout = QVBoxLayout(self.questions_box)
        self.questions_layout.setContentsMargins(0, 0, 0, 0)

        self.answer_label = plain_label(QLabel(self))  # labels from the profile file
        font = self.answer_label.font()
        font.setBold(True)
        self.answer_label.setFont(font)
        self.reference_label = plain_label(QLabel(self))
        self.reference_clear = QPushButton(self.tr("Remove reference"), self)
        self.reference_clear.clicked.connect(self._clear_reference)
        reference_row = QHBoxLayout()
        reference_row.addWidget(self.reference_label, 1)
        reference_row.addWidget(self.reference_clear)
        self.answer_editor = create_editor(self)
        self.answer_editor.setObjectName("answerText")
        self.answer_editor.setAccessibleName(self.tr("Answer text"))
        self.answer_label.setBuddy(self.answer_editor)
        self.answer_field = TextField(self.answer_editor, self.letter_ids)
        self.answer_field.edited.connect(self._on_answer_edited)

        # One formatting toolbar in view: the one of the text field that has the focus.
        self.toolbars = QStackedWidget(self)
        self.toolbars.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._toolbar_of: dict[QWidget, QWidget] = {}
        self.add_toolbar(self.answer_editor)

        self.content = QWidget(self)
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.toolbars)
        # The questions take the height of their text (see AutoHeightEditor); the answer
        # gets the rest.
        content_layout.addWidget(self.questions_box)
        content_layout.addWidget(self.answer_label)
        content_layout.addLayout(reference_row)
        content_layout.addWidget(self.answer_editor, 3)

        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.content)
        document.letterChanged.connect(self._on_letter_changed)
        self.show_question("")

    def letter_ids(self) -> IdCensus:
        return self.document.letter.id_census

    def add_toolbar(self, editor: RichTextEditor) -> None:
        toolbar = make_format_toolbar(editor)
        self.toolbars.addWidget(toolbar)
        self._toolbar_of[editor] = toolbar
        # An event filter on the editor itself, not QApplication.focusChanged: a global
        # connection reached this pane while its window was being deleted ("Slot
        # 'AnswerEditorPane::' not found"); a filter dies with the editor.
        editor.installEventFilter(self)
        self.editorAdded.emit(editor)

    def current_editor(self) -> RichTextEditor | None:
        """The text field whose formatting toolbar is in view (the one focused last)."""
        toolbar = self.toolbars.currentWidget()
        for editor, shown in self._toolbar_of.items():
            if shown is toolbar and isinstance(editor, RichTextEditor):
                return editor
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            toolbar = self._toolbar_of.get(watched)  # type: ignore[call-overload]
            if toolbar is not None:
                self.toolbars.setCurrentWidget(toolbar)
        return super().eventFilter(watched, event)

    # -- which question --

    def show_question(self, question_id: str) -> None:
        """Show *question_id*'s group ("" shows the placeholder)."""
        letter = self.document.letter
        if question_id not in letter.question_index:
            question_id = ""
        self.current_id = question_id
        if letter.kind is DocumentKind.POSTPONEMENT_NOTICE:
            self.placeholder.setText(
                self.tr(
                    "This is a postponement notice (uitstelbericht). Its text is made from the "
                    "postponement in the letter details: the reason and the expected date."
                )
            )
        else:
            self.placeholder.setText(
                self.tr("Select a question in the list, or add one with Ctrl+Return.")
            )
        self.placeholder.setVisible(not question_id)
        self.content.setVisible(bool(question_id))
        if question_id:
            self._refresh(letter)

    def editor_for(self, item_id: str) -> RichTextEditor | None:
        """The editor showing question or answer *item_id*, when it is shown."""
        if item_id in self.document.letter.answer_index:
            answer = self.document.letter.answer(item_id)
            return self.answer_editor if self.current_id in answer.questions else None
        for row in self._rows:
            if row.question_id and row.question_id == item_id:
                return row.editor
        return None

    def question_ids(self) -> tuple[str, ...]:
        """The questions shown: the current one and those sharing its answer."""
        letter = self.document.letter
        answer = letter.answer_for(self.current_id)
        return answer.questions if answer is not None else (self.current_id,)

    def _refresh(self, letter: Letter) -> None:
        ids = self.question_ids()
        while len(self._rows) < len(ids):
            row = QuestionRow(self)
            self.add_toolbar(row.editor)
            self.questions_layout.addWidget(row)
            self._rows.append(row)
        answer = letter.answer_for(self.current_id)
        wanted = [*ids, answer.id] if answer is not None else list(ids)
        firsts = self.footnote_numbers.item_firsts(letter, wanted)
        for row, qid in zip(self._rows, ids, strict=False):
            row.show_question(letter, qid)
            row.editor.marks.set_first_number(firsts[qid])
            row.setVisible(True)
        for row in self._rows[len(ids) :]:
            row.setVisible(False)
            row.question_id = ""
        if answer is None:
            # A new answer goes right after its question: it would start numbering there.
            self.answer_editor.marks.set_first_number(self.footnote_numbers.after[self.current_id])
            number = letter.question(self.current_id).number
            self.answer_label.setText(answer_label_for([number], *self.answer_labels))
            self.answer_field.load(EMPTY_TEXT)
            self.reference_label.setVisible(False)
            self.reference_clear.setVisible(False)
            return
        self.answer_label.setText(answer_label(letter, answer, *self.answer_labels))
        reference = reference_sentence(letter, answer)
        self.reference_label.setText(reference)
        self.reference_label.setVisible(bool(reference))
        self.reference_clear.setVisible(bool(reference))
        self.answer_editor.marks.set_first_number(firsts[answer.id])
        self.answer_field.load(answer.text)

    def set_answer_labels(self, single: str, combined: str) -> None:
        """Label answers as the house style prints them ("Antwoord op vragen {list}")."""
        self.answer_labels = (single, combined)
        if self.current_id and self.current_id in self.document.letter.question_index:
            self._refresh(self.document.letter)

    def _on_letter_changed(self, old: Letter, new: Letter, focus: object) -> None:
        if self.current_id and self.current_id not in new.question_index:
            self.show_question("")
        elif self.current_id:
            self._refresh(new)

    # -- edits --

    def _on_answer_edited(self) -> None:
        letter = self.document.letter
        try:
            letter, answer_id = ops.ensure_answer(letter, self.current_id)
            after = ops.set_answer_text(letter, answer_id, self.answer_field.text)
        except ModelError:
            return
        self.document.apply(
            after,
            EDIT_ANSWER,
            focus=(self.current_id,),
            typing_key=("answer", answer_id),
        )

    def _clear_reference(self) -> None:
        letter = self.document.letter
        answer = letter.answer_for(self.current_id)
        if answer is None or answer.refers_to is None:
            return
        self.document.apply(
            ops.clear_reference(letter, answer.id),
            REMOVE_REFERENCE,
            focus=(self.current_id,),
        )
