"""Vragen plakken: paste the Kamer's text, see it split into numbered questions (and its
metadata) as you type, correct the split, and add the questions to the letter in one undoable
step, or open them as a new letter.

The split is the importer's (``importers.split_questions``), run on every change after a short
pause so typing stays fluid. Corrections work on the split result: join a question with the
next, split one at its paragraphs, renumber 1..N.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from answerletter.importers import ImportResult, split_questions
from answerletter.model import Letter, Question, RichText
from answerletter.model import operations as ops
from answerletter.model.wording import members_phrase

#: Re-split this long after the last keystroke.
SPLIT_DELAY_MS = 250


@dataclass(frozen=True)
class PastedQuestion:
    number: int
    text: RichText


def add_questions(letter: Letter, questions: list[PastedQuestion]) -> tuple[Letter, list[str]]:
    """*letter* with *questions* appended (each with an empty answer); their new ids."""
    ids: list[str] = []
    for question in questions:
        letter, qid = ops.insert_question(
            letter, len(letter.questions), number=question.number, text=question.text
        )
        ids.append(qid)
    return letter, ids


class PasteQuestionsDialog(QDialog):
    """The dialog; ``questions()`` and ``result()`` give what the user accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste questions"))
        self.setObjectName("pasteQuestionsDialog")
        self.resize(900, 560)
        self.source = QPlainTextEdit(self)
        self.source.setObjectName("pastedText")
        self.source.setPlaceholderText(
            self.tr(
                "Paste the questions here, as copied from tweedekamer.nl or the Kamer's document"
            )
        )
        self.list = QListWidget(self)
        self.list.setObjectName("splitQuestions")
        self.list.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("splitSummary")
        self.summary.setWordWrap(True)
        self.join_button = QPushButton(self.tr("&Join with next"), self)
        self.split_button = QPushButton(self.tr("&Split at paragraphs"), self)
        self.renumber_button = QPushButton(self.tr("&Renumber 1…N"), self)
        self.join_button.clicked.connect(self.join_with_next)
        self.split_button.clicked.connect(self.split_current)
        self.renumber_button.clicked.connect(self.renumber)
        self.buttons = QDialogButtonBox(self)
        self.add_button = self.buttons.addButton(
            self.tr("&Add to this letter"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.new_letter_button = self.buttons.addButton(
            self.tr("As a &new letter"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.add_button.clicked.connect(lambda: self._finish(as_new_letter=False))
        self.new_letter_button.clicked.connect(lambda: self._finish(as_new_letter=True))
        self.buttons.rejected.connect(self.reject)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.list, 1)
        tools = QHBoxLayout()
        for button in (self.join_button, self.split_button, self.renumber_button):
            tools.addWidget(button)
        right_layout.addLayout(tools)
        splitter = QSplitter(self)
        splitter.addWidget(self.source)
        splitter.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self.import_result: ImportResult | None = None
        self._questions: list[PastedQuestion] = []
        self.as_new_letter = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SPLIT_DELAY_MS)
        self._timer.timeout.connect(self.resplit)
        self.source.textChanged.connect(self._timer.start)
        self._show()

    # -- the split --

    def resplit(self) -> None:
        """Split the pasted text now (normally SPLIT_DELAY_MS after the last change)."""
        self._timer.stop()
        self.import_result = split_questions(self.source.toPlainText())
        letter = self.import_result.letter if self.import_result else None
        self._questions = (
            [PastedQuestion(q.number, q.text) for q in letter.questions] if letter else []
        )
        self._show()

    def questions(self) -> list[PastedQuestion]:
        return list(self._questions)

    def _show(self) -> None:
        current = self.list.currentRow()
        self.list.clear()
        for question in self._questions:
            item = QListWidgetItem(
                self.tr("Vraag {number}: {text}").format(
                    number=question.number, text=question.text.plain_text()
                )
            )
            self.list.addItem(item)
        if self._questions:
            self.list.setCurrentRow(min(max(current, 0), len(self._questions) - 1))
        letter = self.import_result.letter if self.import_result else None
        parts = [self.tr("%n question(s)", "", len(self._questions))]
        if letter is not None:
            meta = letter.metadata
            if meta.members:
                parts.append(members_phrase(meta.members))
            if meta.your_reference:
                parts.append(meta.your_reference)
        self.summary.setText(" · ".join(parts))
        has = bool(self._questions)
        self.add_button.setEnabled(has)
        self.new_letter_button.setEnabled(has)
        row = self.list.currentRow()
        self.join_button.setEnabled(0 <= row < len(self._questions) - 1)
        self.split_button.setEnabled(
            0 <= row < len(self._questions) and len(self._questions[row].text.blocks) > 1
        )
        self.renumber_button.setEnabled(has)

    # -- corrections --

    def join_with_next(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._questions) - 1:
            return
        first, second = self._questions[row], self._questions[row + 1]
        joined = PastedQuestion(first.number, RichText((*first.text.blocks, *second.text.blocks)))
        self._questions[row : row + 2] = [joined]
        self._show()

    def split_current(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._questions):
            return
        question = self._questions[row]
        if len(question.text.blocks) < 2:
            return
        parts = [
            PastedQuestion(question.number + k, RichText((block,)))
            for k, block in enumerate(question.text.blocks)
        ]
        self._questions[row : row + 1] = parts
        self._show()

    def renumber(self) -> None:
        self._questions = [replace(q, number=n) for n, q in enumerate(self._questions, 1)]
        self._show()

    def _finish(self, *, as_new_letter: bool) -> None:
        if self._timer.isActive():
            self.resplit()
        if not self._questions:
            return
        self.as_new_letter = as_new_letter
        self.accept()

    def new_letter(self) -> Letter | None:
        """The pasted text as a letter of its own (with its metadata), after corrections."""
        if self.import_result is None:
            return None
        base = self.import_result.letter
        letter = replace(base, questions=(), answers=())
        letter, _ = add_questions(letter, self._questions)
        return letter


__all__ = ["PasteQuestionsDialog", "PastedQuestion", "Question", "add_questions"]
