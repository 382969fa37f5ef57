"""Word and character counts in the status bar: the current answer, the whole letter, and
how many questions are answered.

The counting is ``model.counts.LetterCounter``: per keystroke it costs the changed answer,
not the letter. The first count of a document counts every text (about a second at 10,000
questions): it is made in steps of :data:`TEXTS_PER_STEP` texts (about 10 ms) when the event
loop has nothing else to do, so opening a letter does not wait for it and typing waits at most
one step; until it is done the label says the letter is being counted (the current answer,
one text, is counted at once), and what was typed meanwhile is added incrementally. A letter
of up to about 100 questions is counted in one step, at once. Not on a thread: a thread
counting in Python takes the interpreter lock from the GUI thread at every switch (a 10,000-
question window took 0.5 s longer to build beside it). The label keeps its text as what a
screen reader reads (a description says what it is, no name replaces the numbers).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from answerletter.editing.document import Document
from answerletter.gui.elided_label import ElidedLabel
from answerletter.model import Letter
from answerletter.model.counts import LetterCounter, LetterCounts, TextCount, count_text

if TYPE_CHECKING:
    from answerletter.gui.main_window import MainWindow

#: Texts counted per step of a document's first count (about 10 ms of counting).
TEXTS_PER_STEP = 200


def words_and_characters(count: TextCount) -> str:
    """E.g. "45 words, 280 characters", numbers in the interface language's form."""
    # Plain names as the counts: pyside6-lupdate misses a message whose count is "a.b".
    n_words, n_characters = count.words, count.characters
    words = QCoreApplication.translate("StatusCounts", "%Ln word(s)", "", n_words)
    characters = QCoreApplication.translate("StatusCounts", "%Ln character(s)", "", n_characters)
    return QCoreApplication.translate("StatusCounts", "{words}, {characters}").format(
        words=words, characters=characters
    )


def counts_text(answer: TextCount | None, totals: LetterCounts | None) -> str:
    """The status bar's text; without a current question the answer's part is left out;
    without *totals* (the letter's first count is being made) the letter's part says so."""
    parts = []
    if answer is not None:
        answer_text = QCoreApplication.translate("StatusCounts", "Answer: {counts}")
        parts.append(answer_text.format(counts=words_and_characters(answer)))
    if totals is None:
        parts.append(QCoreApplication.translate("StatusCounts", "Letter: counting…"))
        return " · ".join(parts)
    letter_text = QCoreApplication.translate("StatusCounts", "Letter: {counts}")
    parts.append(letter_text.format(counts=words_and_characters(totals.letter)))
    parts.append(
        QCoreApplication.translate("StatusCounts", "{answered} of {questions} answered").format(
            answered=totals.answered, questions=totals.questions
        )
    )
    return " · ".join(parts)


def counts_tip(totals: LetterCounts | None) -> str:
    lines = [
        QCoreApplication.translate(
            "StatusCounts",
            "Words and characters (with spaces) of the text you wrote: questions, answers, "
            "footnotes and the letter text.",
        )
    ]
    if totals is not None:
        lines.append(
            QCoreApplication.translate(
                "StatusCounts", "Questions answered: {answered}; not answered yet: {unanswered}."
            ).format(answered=totals.answered, unanswered=totals.unanswered)
        )
    return "\n".join(lines)


class CountsLabel(ElidedLabel):
    """A label the status bar may narrow: in a small window it is cut short with "…" (it
    was clipped mid-word), and never grows the window. Its tooltip is the counts' own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def _update_tooltip(self) -> None:
        return None  # set with the counts (counts_tip), not to the text


class StatusCounts(QObject):
    """Owns the counts label in *window*'s status bar; ``bind`` follows each new document.

    ``countsReady`` is emitted when the bound document's first count is done (the label then
    shows the whole letter's counts); at once, inside ``bind``, for a small letter.
    """

    countsReady = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.label = CountsLabel(window)
        self.label.setObjectName("textCounts")
        # Some room before it: the status bar draws no line between its permanent widgets,
        # and "… 0 warnings Answer: 45 words" would read as one sentence.
        self.label.setContentsMargins(12, 0, 0, 0)
        window.statusBar().addPermanentWidget(self.label)
        # The bound document's counter; None while its first count is being made.
        self.counter: LetterCounter | None = None
        self._document: Document | None = None
        self._list: QWidget | None = None
        # The first count being made: its counter, the letter it counts and its steps.
        self._job: tuple[LetterCounter, Letter, Iterator[int]] | None = None
        # The next step when the event loop is idle (a child: it dies with the window).
        self._steps = QTimer(self)
        self._steps.setInterval(0)
        self._steps.timeout.connect(self._step)

    def pending(self) -> bool:
        """True while the bound document's first count is being made."""
        return self._job is not None

    def bind(self, document: Document) -> None:
        """Count *document* from now on (also after a language switch: texts anew)."""
        self.label.setAccessibleDescription(self.tr("Word and character counts"))
        if self._document is not document:
            if self._document is not None:
                with contextlib.suppress(RuntimeError, TypeError):  # gone with its document
                    self._document.letterChanged.disconnect(self._on_letter_changed)
            self._document = document
            document.letterChanged.connect(self._on_letter_changed)
            self._start_count(document.letter)
        pane = self.window.list_pane
        if self._list is not pane:
            self._list = pane
            pane.currentQuestionChanged.connect(self._on_current_question)
        self.show(document.letter)

    def dispose(self) -> None:
        """No more counting (the window closes)."""
        self._steps.stop()
        self._job = None

    # -- the first count, in steps --

    def _start_count(self, letter: Letter) -> None:
        # A count of the previous document still being made is dropped with its job.
        self._count_in_steps(LetterCounter(), letter)

    def _count_in_steps(self, counter: LetterCounter, letter: Letter) -> None:
        """Count *letter* with *counter* (its remembered texts are not counted again), in
        steps; the totals are shown when it is done."""
        self.counter = None
        self._job = (counter, letter, counter.count_steps(letter, TEXTS_PER_STEP))
        self._step()

    def _step(self) -> None:
        job = self._job
        if job is None:
            self._steps.stop()
            return
        counter, letter, steps = job
        if next(steps, None) is not None:
            self._steps.start()
            return
        self._steps.stop()
        self._job = None
        counter.update(letter)  # every text remembered: adding up only
        self.counter = counter
        if self._document is not None:
            # From the letter counted to the letter now: what was typed meanwhile.
            self.show(self._document.letter)
        self.countsReady.emit()

    # -- showing --

    def _on_letter_changed(self, old: Letter, new: Letter, focus: object) -> None:
        self.show(new)

    def _on_current_question(self, question_id: str) -> None:
        if self._document is not None:
            self.show(self._document.letter)

    def show(self, letter: Letter) -> None:
        counter = self.counter
        if counter is not None and counter.texts_to_count(letter, TEXTS_PER_STEP) > TEXTS_PER_STEP:
            # Many texts new (Replace All at 10,000 questions: 7,000 of them, half a second):
            # counted in steps as a first count is, the label saying so meanwhile.
            self._count_in_steps(counter, letter)
            counter = self.counter
        totals = counter.update(letter) if counter is not None else None
        current = self.window.list_pane.current_id()
        answer: TextCount | None = None
        if current in letter.question_index:
            covering = letter.answer_for(current)
            if covering is None:
                answer = TextCount()
            elif counter is not None:
                answer = counter.count(covering.text)
            else:
                answer = count_text(covering.text)
        self.label.setText(counts_text(answer, totals))
        self.label.setToolTip(counts_tip(totals))
