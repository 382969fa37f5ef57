"""Word and character counts in the status bar: the current answer, the whole letter, and
how many questions are answered.

The counting is ``model.counts.LetterCounter``: per keystroke it costs the changed answer,
not the letter. The label keeps its text as what a screen reader reads (a description says
what it is, no name replaces the numbers).
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSize
from PySide6.QtWidgets import QLabel, QWidget

from answerletter.editing.document import Document
from answerletter.model import Letter
from answerletter.model.counts import LetterCounter, LetterCounts, TextCount

if TYPE_CHECKING:
    from answerletter.gui.main_window import MainWindow


def words_and_characters(count: TextCount) -> str:
    """E.g. "45 words, 280 characters", numbers in the interface language's form."""
    # Plain names as the counts: pyside6-lupdate misses a message whose count is "a.b".
    n_words, n_characters = count.words, count.characters
    words = QCoreApplication.translate("StatusCounts", "%Ln word(s)", "", n_words)
    characters = QCoreApplication.translate("StatusCounts", "%Ln character(s)", "", n_characters)
    return QCoreApplication.translate("StatusCounts", "{words}, {characters}").format(
        words=words, characters=characters
    )


def counts_text(answer: TextCount | None, totals: LetterCounts) -> str:
    """The status bar's text; without a current question the answer's part is left out."""
    parts = []
    if answer is not None:
        answer_text = QCoreApplication.translate("StatusCounts", "Answer: {counts}")
        parts.append(answer_text.format(counts=words_and_characters(answer)))
    letter_text = QCoreApplication.translate("StatusCounts", "Letter: {counts}")
    parts.append(letter_text.format(counts=words_and_characters(totals.letter)))
    parts.append(
        QCoreApplication.translate("StatusCounts", "{answered} of {questions} answered").format(
            answered=totals.answered, questions=totals.questions
        )
    )
    return " · ".join(parts)


def counts_tip(totals: LetterCounts) -> str:
    return "\n".join(
        [
            QCoreApplication.translate(
                "StatusCounts",
                "Words and characters (with spaces) of the text you wrote: questions, answers, "
                "footnotes and the letter text.",
            ),
            QCoreApplication.translate(
                "StatusCounts", "Questions answered: {answered}; not answered yet: {unanswered}."
            ).format(answered=totals.answered, unanswered=totals.unanswered),
        ]
    )


class CountsLabel(QLabel):
    """A label the status bar may narrow (a small window clips it, never grows for it)."""

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())


class StatusCounts(QObject):
    """Owns the counts label in *window*'s status bar; ``bind`` follows each new document."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.label = CountsLabel(window)
        self.label.setObjectName("textCounts")
        # Some room before it: the status bar draws no line between its permanent widgets,
        # and "… 0 warnings Answer: 45 words" would read as one sentence.
        self.label.setContentsMargins(12, 0, 0, 0)
        window.statusBar().addPermanentWidget(self.label)
        self.counter = LetterCounter()
        self._document: Document | None = None
        self._list: QWidget | None = None

    def bind(self, document: Document) -> None:
        """Count *document* from now on (also after a language switch: texts anew)."""
        self.label.setAccessibleDescription(self.tr("Word and character counts"))
        if self._document is not document:
            if self._document is not None:
                with contextlib.suppress(RuntimeError, TypeError):  # gone with its document
                    self._document.letterChanged.disconnect(self._on_letter_changed)
            self._document = document
            self.counter = LetterCounter()
            document.letterChanged.connect(self._on_letter_changed)
        pane = self.window.list_pane
        if self._list is not pane:
            self._list = pane
            pane.currentQuestionChanged.connect(self._on_current_question)
        self.show(document.letter)

    def _on_letter_changed(self, old: Letter, new: Letter, focus: object) -> None:
        self.show(new)

    def _on_current_question(self, question_id: str) -> None:
        if self._document is not None:
            self.show(self._document.letter)

    def show(self, letter: Letter) -> None:
        totals = self.counter.update(letter)
        current = self.window.list_pane.current_id()
        answer: TextCount | None = None
        if current in letter.question_index:
            covering = letter.answer_for(current)
            answer = self.counter.count(covering.text) if covering is not None else TextCount()
        self.label.setText(counts_text(answer, totals))
        self.label.setToolTip(counts_tip(totals))
