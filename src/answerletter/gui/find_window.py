"""Find and replace in the editor window: the find bar under the editor and preview, the Edit
menu's Find…, Find Next, Find Previous and Replace…, showing a hit (its question selected,
the text selected in its editor, the preview at its page), and replacing as undoable steps.
One per window; ``bind`` follows the window to each new document.

The hits come from ``model.search.LetterSearch``, which remembers what it found per text
value. They are counted after a short pause (in typing the query, or in editing the letter
while the bar is open), never on the keystroke itself, and not at all while the bar is
closed; the count runs on a worker thread (the letter is an immutable value), so a first
count at 10,000 questions (about half a second) does not hold up the window. Moving to a
hit or replacing one needs the count of the letter as it is: if the worker has not delivered
it yet, it is made on the spot (a lock keeps the two threads out of the searcher together).
Replace All runs on the worker too (at 10,000 questions with 10,000 hits it took two seconds
of the GUI thread with the count after it): the new letter is applied if the letter is still
the one replaced in, else it is made again from the letter as it is now.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QTextEdit, QVBoxLayout, QWidget

from answerletter.editing.document import Document, StepName
from answerletter.gui.find_bar import FindBar
from answerletter.gui.find_show import show_hit
from answerletter.model import Letter
from answerletter.model.replace import (
    ReplaceOutcome,
    ReplaceRefusedError,
    replace_all,
    replace_hit,
)
from answerletter.model.search import (
    Hit,
    LetterSearch,
    Part,
    Place,
    Query,
    SearchResult,
    is_generated,
    is_notice,
)

if TYPE_CHECKING:
    from answerletter.gui.main_window import MainWindow

#: The undo steps made here (named again in the interface language of the moment).
REPLACE = StepName("WindowFind", str(QT_TRANSLATE_NOOP("WindowFind", "Replace")))
REPLACE_ALL = StepName("WindowFind", str(QT_TRANSLATE_NOOP("WindowFind", "Replace All")))

#: Count after this pause in typing the query (or in editing the letter with the bar open).
QUERY_PAUSE_MS = 150
LETTER_PAUSE_MS = 300

#: How often Replace All starts again when the letter was typed in while it replaced.
REPLACE_ATTEMPTS = 3

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _ReplaceJob:
    """A Replace All asked for: in *document*, every hit of *query* by *replacement*."""

    document: Document
    query: Query
    replacement: str
    attempt: int


@cache
def _find_worker() -> ThreadPoolExecutor:
    """The one thread counting hits for every window (a count is short; one at a time)."""
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="find")


class WindowFind(QObject):
    """Owns the find bar of *window* and its actions."""

    #: A count made on the worker thread (a SearchResult, or None when it failed).
    _counted = Signal(object)
    #: A Replace All made on the worker thread: the job, the letter it replaced in and the
    #: outcome (None when it failed).
    _replaced = Signal(object, object, object)
    #: Replace All has ended (replaced, nothing to replace, or failed), its message shown.
    replaceFinished = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.bar = FindBar()
        self._wrap_central_widget()
        self.document: Document | None = None
        self.search = LetterSearch()
        self.result: SearchResult | None = None
        #: Index into ``result.hits`` of the hit shown; -1 before the first.
        self.current = -1
        #: The hit shown, as it was found (to find its place again after an edit).
        self.shown: Hit | None = None
        self._return_focus: QWidget | None = None
        #: The text field where the hit shown is selected.
        self._shown_widget: QWidget | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._count_in_background)
        self._select_after_count = False
        self._lock = threading.Lock()  # one thread in ``self.search`` at a time
        self._counting = False  # a count is on the worker
        self._count_again = False  # ... and the letter or query changed meanwhile
        self._counted.connect(self._on_counted)
        self._replacing = False  # a Replace All is on the worker
        self._replaced.connect(self._on_replaced)

        self.find_action = QAction(self)
        self.find_next_action = QAction(self)
        self.find_previous_action = QAction(self)
        self.replace_action = QAction(self)
        keys = QKeySequence.StandardKey
        # The system's keys (Ctrl+F, F3 and Ctrl+G, Cmd+F on macOS), without a keyboard's
        # own "Find" key, which would show in the menu and the shortcut list as "Find".
        self.find_action.setShortcuts(
            [k for k in QKeySequence.keyBindings(keys.Find) if k != QKeySequence(Qt.Key.Key_Find)]
        )
        self.find_next_action.setShortcuts(QKeySequence.keyBindings(keys.FindNext))
        self.find_previous_action.setShortcuts(QKeySequence.keyBindings(keys.FindPrevious))
        # Ctrl+H everywhere (the standard Replace key is Ctrl+H only on some systems).
        self.replace_action.setShortcut(QKeySequence("Ctrl+H"))
        for action in self.actions():
            # Only while this window is active; widgets that take a key themselves (a
            # ShortcutOverride) keep it.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(action)
        self.find_action.triggered.connect(lambda: self.open(replace=False))
        self.replace_action.triggered.connect(lambda: self.open(replace=True))
        self.find_next_action.triggered.connect(self.find_next)
        self.find_previous_action.triggered.connect(self.find_previous)

        bar = self.bar
        bar.queryChanged.connect(self._on_query_changed)
        bar.nextRequested.connect(self.find_next)
        bar.previousRequested.connect(self.find_previous)
        bar.replaceRequested.connect(self.replace_current)
        bar.replaceAllRequested.connect(self.replace_every)
        bar.closeRequested.connect(self.close)
        self.retranslate()

    def _wrap_central_widget(self) -> None:
        """Put the bar under the window's central widget (the editor and the preview)."""
        window = self.window
        central = window.takeCentralWidget()
        holder = QWidget(window)
        holder.setObjectName("editorArea")
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if central is not None:
            layout.addWidget(central, 1)
        layout.addWidget(self.bar)
        window.setCentralWidget(holder)

    def actions(self) -> list[QAction]:
        """The Edit menu's entries, in menu order."""
        return [
            self.find_action,
            self.find_next_action,
            self.find_previous_action,
            self.replace_action,
        ]

    def retranslate(self) -> None:
        self.find_action.setText(self.tr("F&ind…"))
        self.find_action.setStatusTip(self.tr("Find text in the whole letter"))
        self.find_next_action.setText(self.tr("Find &Next"))
        self.find_previous_action.setText(self.tr("Find Pre&vious"))
        self.replace_action.setText(self.tr("R&eplace…"))
        self.replace_action.setStatusTip(self.tr("Find text in the letter and replace it"))
        self.bar.retranslate()
        self._show_count()

    def bind(self, document: Document) -> None:
        """Find in *document* from now on."""
        if self.document is document:
            return
        if self.document is not None:
            self.document.letterChanged.disconnect(self._on_letter_changed)
        self.document = document
        self.search = LetterSearch()
        self.result = None
        self.current = -1
        self.shown = None
        document.letterChanged.connect(self._on_letter_changed)
        if self.bar.isVisible():
            self._schedule(QUERY_PAUSE_MS)

    # -- opening and closing --

    def open(self, *, replace: bool) -> None:
        focus = QApplication.focusWidget()
        if focus is not None and not self.bar.isAncestorOf(focus):
            self._return_focus = focus
        self.bar.open(replace=replace, text=_selected_words(focus))
        if not self._is_current(self.result):
            self._select_after_count = self.result is None or self.result.query != self.bar.query()
            self._schedule(0)
        else:
            self._show_count()

    def close(self) -> None:
        self.timer.stop()
        self.bar.hide()
        target = self._return_focus
        shown = self._shown_widget
        if self.shown is not None and shown is not None and shown.isVisible():
            target = shown  # where the hit is selected
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self._return_focus = None

    # -- counting --

    def _on_query_changed(self) -> None:
        self._select_after_count = True
        self._schedule(QUERY_PAUSE_MS)

    def _on_letter_changed(self, old: Letter, new: Letter, focus: object) -> None:
        if self.bar.isVisible():
            self._schedule(LETTER_PAUSE_MS)
        else:
            self.result = None  # counted again when the bar opens

    def _schedule(self, pause: int) -> None:
        self.timer.start(pause)

    def _is_current(self, result: SearchResult | None) -> bool:
        """True when *result* is the count of the letter and query of now."""
        return (
            result is not None
            and self.document is not None
            and result.letter is self.document.letter
            and result.query == self.bar.query()
        )

    def _search(self, letter: Letter, query: Query) -> SearchResult:
        with self._lock:
            return self.search.search(letter, query)

    def _count_in_background(self) -> None:
        if self.document is None:
            return
        if self._counting:
            self._count_again = True
            return
        self._counting = True
        future = _find_worker().submit(self._search, self.document.letter, self.bar.query())
        future.add_done_callback(self._deliver)

    def _deliver(self, done: Future[SearchResult]) -> None:
        # On the worker thread: hand the count to the GUI thread (a queued signal).
        try:
            result: SearchResult | None = done.result()
        except Exception:  # a defect in the search must not stop the editor
            _log.exception("Counting the find hits failed")
            result = None
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            self._counted.emit(result)

    def _on_counted(self, result: SearchResult | None) -> None:
        self._counting = False
        again, self._count_again = self._count_again, False
        if self._is_current(result):
            assert result is not None
            self._accept(result)
        elif result is not None and self.bar.isVisible():
            again = True  # the letter or the query moved on while it was counted
        if again and self.bar.isVisible() and not self.timer.isActive():
            self._count_in_background()

    def _count_now(self) -> None:
        """Count on this thread (moving to a hit needs the count of now)."""
        self.timer.stop()
        if self.document is None:
            return
        self._accept(self._search(self.document.letter, self.bar.query()))

    def _accept(self, result: SearchResult) -> None:
        """Show *result*: keep the current hit where it was, or (after a new query) go to the
        first hit from the current question on."""
        old = self.result
        self.result = result
        if self._select_after_count:
            self._select_after_count = False
            self.current = self._first_from_here(result) if result.hits else -1
            self._show_count()
            if self.current >= 0:
                self._show(self.current)
            return
        if old is not None and old.query == result.query and self.shown is not None:
            self.current = _nearest(result.hits, self.shown)
        elif not result.hits:
            self.current = -1
        self._show_count()

    def _ensure_counted(self) -> SearchResult | None:
        if self.document is None:
            return None
        if self.timer.isActive() or not self._is_current(self.result):
            self._count_now()
        return self.result

    def _show_count(self) -> None:
        result = self.result
        if result is None or not self.bar.query().text:
            self.bar.set_count("")
            return
        if not result.hits:
            self.bar.set_count(self.tr("No hits"), problem=True)
            return
        shown = self.current + 1 if self.current >= 0 else 0
        if result.truncated:
            text = self.tr("{current} of more than {total}")
        else:
            text = self.tr("{current} of {total}")
        self.bar.set_count(text.format(current=shown, total=len(result.hits)))

    def _first_from_here(self, result: SearchResult) -> int:
        """The first hit in or after the question shown (the first hit when none is)."""
        letter = result.letter
        current = self.window.editor_pane.current_id
        if not current:
            return 0
        order = {item.id: i for i, item in enumerate(letter.presentation())}
        here = min((order.get(q, 0) for q in self.window.editor_pane.question_ids()), default=0)
        items = (Part.QUESTION, Part.ANSWER)
        for index, hit in enumerate(result.hits):
            if hit.place.part in items and order.get(hit.place.item, -1) >= here:
                return index
        return 0

    # -- moving --

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if not self.bar.isVisible() or not self.bar.query().text:
            self.open(replace=self.bar.replacing())
            return
        result = self._ensure_counted()
        if result is None or not result.hits:
            self._show_count()
            return
        count = len(result.hits)
        if self.current < 0:
            target = self._first_from_here(result) if direction > 0 else count - 1
        else:
            target = self.current + direction
        if target >= count or target < 0:
            target %= count
            self.window.statusBar().showMessage(
                self.tr("Searched to the end; continued from the beginning")
                if direction > 0
                else self.tr("Searched to the beginning; continued from the end"),
                4000,
            )
        self.current = target
        self._show_count()
        self._show(target)

    def _show(self, index: int) -> None:
        assert self.result is not None
        hit = self.result.hits[index]
        self.shown = hit
        self._shown_widget = show_hit(self.window, self.result.letter, hit)

    # -- replacing --

    def replace_current(self) -> None:
        """Replace the hit shown and go to the next one (the first press only shows one)."""
        if self._replacing:
            return  # Replace All is replacing this hit too
        result = self._ensure_counted()
        document = self.document
        if result is None or document is None or not result.hits:
            self._show_count()
            return
        if self.current < 0 or self.shown is None:
            self._step(1)
            return
        hit = result.hits[self.current]
        letter = document.letter
        if is_generated(letter, hit.place):
            self._refuse_generated()
            return
        replacement = self.bar.replacement()
        try:
            after = replace_hit(letter, hit, replacement, result.query)
        except ReplaceRefusedError:
            self._count_now()
            self.window.statusBar().showMessage(
                self.tr("The text changed since it was found; find it again."), 6000
            )
            return
        document.apply(after, REPLACE, focus=self._focus_of(letter, hit.place))
        # The next hit: the first after the replaced text in the same place, or the one that
        # followed it.
        self.result = self._search(document.letter, result.query)
        index = self.current
        self.current = _after_replaced(self.result.hits, index, hit, len(replacement))
        self._show_count()
        if self.current >= 0:
            self._show(self.current)
        else:
            self.shown = None

    def replace_every(self) -> None:
        """Replace every hit, on the worker thread (at 10,000 questions with 10,000 hits that
        is half a second, and the count after it another second): the window stays usable,
        the replace buttons wait, and the letter as it was gets the replacements as one
        undo step. Typed in meanwhile, the letter is replaced in again as it is now."""
        document = self.document
        query = self.bar.query()
        if document is None or query.pattern() is None or self._replacing:
            return
        self._replace_in_background(_ReplaceJob(document, query, self.bar.replacement(), 1))

    def _replace_in_background(self, job: _ReplaceJob) -> None:
        self._replacing = True
        self.bar.set_replacing(True)
        self.bar.set_count(self.tr("Replacing…"))
        letter = job.document.letter
        future = _find_worker().submit(self._replace_all, letter, job.query, job.replacement)
        future.add_done_callback(lambda done: self._deliver_replaced(job, letter, done))

    def _replace_all(self, letter: Letter, query: Query, replacement: str) -> ReplaceOutcome:
        with self._lock:
            return replace_all(letter, query, replacement, self.search)

    def _deliver_replaced(
        self, job: _ReplaceJob, letter: Letter, done: Future[ReplaceOutcome]
    ) -> None:
        # On the worker thread: hand the outcome to the GUI thread (a queued signal).
        try:
            outcome: ReplaceOutcome | None = done.result()
        except Exception:  # a defect in replacing must not stop the editor
            _log.exception("Replace All failed")
            outcome = None
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            self._replaced.emit(job, letter, outcome)

    def _on_replaced(
        self, job: _ReplaceJob, letter: Letter, outcome: ReplaceOutcome | None
    ) -> None:
        self._replacing = False
        self.bar.set_replacing(False)
        bar = self.window.statusBar()
        document = job.document
        if document is not self.document:
            message = ""  # another document is shown now: nothing of this one is touched
        elif outcome is None:
            message = self.tr("Replace All failed; the letter is unchanged.")
        elif document.letter is not letter:
            # Typed in while replacing: the replacements would undo that typing.
            if job.attempt < REPLACE_ATTEMPTS:
                self._replace_in_background(replace(job, attempt=job.attempt + 1))
                return
            message = self.tr(
                "Nothing replaced: the letter kept changing while it was being replaced."
            )
        else:
            if outcome.replaced:
                document.apply(outcome.letter, REPLACE_ALL)
                message = self.tr("Replaced %n time(s)", "", outcome.replaced)
            else:
                message = self.tr("Nothing replaced")
            if outcome.skipped:
                message += " " + self.tr(
                    "(%n hit(s) left in text made from the letter details)", "", outcome.skipped
                )
        if message:
            bar.showMessage(message, 10000)
        self.shown = None
        self.current = -1
        self.result = None
        self._show_count()
        self._count_in_background()
        self.replaceFinished.emit()

    def _refuse_generated(self) -> None:
        letter = self.document.letter if self.document is not None else None
        if letter is not None and is_notice(letter):
            text = self.tr(
                "The text of a postponement notice is made from the postponement in the letter "
                "details (reason, expected date): replace it there, or give the notice its "
                "own text first."
            )
        else:
            text = self.tr(
                "The offering sentence is made from the letter details: change those, or "
                "switch on an own offering text (Letter text tab) to replace words in it."
            )
        self.bar.set_count(self.tr("Not replaced"), problem=True)
        self.window.statusBar().showMessage(text, 10000)

    def _focus_of(self, letter: Letter, place: Place) -> tuple[str, ...]:
        if place.part is Part.QUESTION:
            return (place.item,)
        if place.part is Part.ANSWER and place.item in letter.answer_index:
            questions = letter.answer(place.item).questions
            current = self.window.editor_pane.current_id
            return (current,) if current in questions else questions[:1]
        return ()


def _selected_words(widget: QWidget | None) -> str:
    """The selection in a text field, when it is a few words on one line (Word's habit of
    starting a find with the selected text)."""
    text = ""
    if isinstance(widget, QTextEdit):
        cursor: QTextCursor = widget.textCursor()
        text = cursor.selectedText()
    elif isinstance(widget, QLineEdit):
        text = widget.selectedText()
    if not text or len(text) > 100 or any(c in text for c in "\u2029\u2028\n\ufffc"):
        return ""
    return text


def _nearest(hits: tuple[Hit, ...], shown: Hit) -> int:
    """The index of *shown* among *hits*, or of the first hit after it in its place."""
    for index, hit in enumerate(hits):
        if hit.place == shown.place and hit.start >= shown.start:
            return index
    return -1


def _after_replaced(hits: tuple[Hit, ...], index: int, replaced: Hit, length: int) -> int:
    """The hit to show after replacing *replaced*, which stood at *index*: the hits before it
    are unchanged, so the next one now stands at *index* (past any the replacement text
    itself matches); after the last, the first again."""
    end = replaced.start + length
    while index < len(hits) and hits[index].place == replaced.place and hits[index].start < end:
        index += 1
    if index < len(hits):
        return index
    return 0 if hits else -1
