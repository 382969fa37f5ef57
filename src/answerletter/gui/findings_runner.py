"""Runs the checks of one open letter off the keystroke path.

After each change a short timer starts; when typing pauses, the letter value (immutable, so
safe to hand to another thread) is checked on a worker thread by the document's
``Checker``, which rescans only the texts that changed. One check runs at a time; changes
during a check make one more check afterwards. ``findingsReady(letter, sorted_findings)``
arrives on the GUI thread with the findings already in the pane's order
(:func:`~answerletter.gui.findings_order.sort_findings`, on the worker thread too).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from answerletter.checks import Checker, Finding
from answerletter.editing.document import Document
from answerletter.gui.findings_order import SortedFindings, sort_findings
from answerletter.model import Letter
from answerletter.model.operations import ANSWER_PREFIX, FOOTNOTE_PREFIX, QUESTION_PREFIX

#: Typing pause after which the checks run (the re-check itself takes well under 1 ms).
CHECK_DELAY_MS = 250

_log = logging.getLogger(__name__)


class FindingsRunner(QObject):
    """The live findings of one document."""

    findingsReady = Signal(object, object)
    _finished = Signal(object, object)

    def __init__(
        self,
        document: Document,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
        *,
        start: bool = True,
    ) -> None:
        """*start*: check at once; otherwise the first check waits for :meth:`start` (or
        the first change)."""
        super().__init__(parent)
        self.document = document
        self.today = today
        self.letter: Letter | None = None
        self.findings: list[Finding] = []
        #: The same findings in the pane's order, with what showing them needs.
        self.sorted = SortedFindings()
        self._checker = Checker()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="checks")
        self._running = False
        self._again = False
        self._disposed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.run_now)
        self._finished.connect(self._on_finished)
        document.letterChanged.connect(self._on_letter_changed)
        self._started = False
        if start:
            self.start()

    def start(self) -> None:
        """The first check, as soon as the event loop runs (once; later calls do nothing)."""
        if not self._started:
            self._started = True
            self._timer.start(0)  # a child timer: it dies with the runner

    def _on_letter_changed(self, *_: object) -> None:
        if not self._disposed:
            self._started = True  # this check is the first
            self._timer.start(CHECK_DELAY_MS)

    def run_now(self) -> None:
        """Check the current letter now (or right after the check in progress)."""
        if self._disposed:
            return
        if self._running:
            self._again = True
            return
        letter = self.document.letter
        self._running = True
        future = self._executor.submit(_counted_and_checked, self._checker, letter, self.today())
        future.add_done_callback(lambda done: self._deliver(letter, done))

    def _deliver(self, letter: Letter, done: Future[list[Finding]]) -> None:
        # On the worker thread: order the result for the pane and hand it to the GUI thread
        # (a queued signal).
        try:
            result = sort_findings(letter, done.result())
        except Exception:  # a defect in a check must not stop the editor
            _log.exception("The checks failed")
            result = SortedFindings()
        if not self._disposed:
            self._finished.emit(letter, result)

    def _on_finished(self, letter: Letter, result: SortedFindings) -> None:
        self._running = False
        if self._disposed:
            return
        self.letter, self.findings, self.sorted = letter, result.findings, result
        self.findingsReady.emit(letter, result)
        if self._again or letter is not self.document.letter:
            self._again = False
            self.run_now()

    def dispose(self) -> None:
        """Stop: no more checks, and wait for the one in progress (at most one check)."""
        self._disposed = True
        self._timer.stop()
        self._executor.shutdown(wait=True)


def _counted_and_checked(checker: Checker, letter: Letter, today: date) -> list[Finding]:
    """On the worker: the letter's id census and its highest numbers first (walks over
    every id, 70 ms at 10,000 questions; later versions carry them over), so the first
    question inserted or footnote added on the GUI thread finds them made; then the
    checks."""
    census = letter.id_census
    for prefix in (QUESTION_PREFIX, ANSWER_PREFIX, FOOTNOTE_PREFIX):
        census.highest(prefix)  # found once, then carried over too
    return checker.check(letter, today)
