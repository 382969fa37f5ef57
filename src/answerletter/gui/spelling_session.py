"""Spell check of one open letter: the verdicts its editors' squiggles ask for, the words
accepted for it, and the background check of the whole letter for the findings dock.

Accepted for a letter: the user's word list, the names in its metadata (members, parties,
signers, sender) and the words the user chose to ignore everywhere in it ("Overal
negeren", kept for this open letter only, not in the file). Verdicts come from the
speller process; a squiggle for a word never seen before appears when its verdict arrives
(a few milliseconds), so the keystroke itself never waits for the dictionary.
"""

from __future__ import annotations

import contextlib
import logging
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from answerletter.checks import Finding
from answerletter.editing.document import Document
from answerletter.gui.spelling_service import SpellingService
from answerletter.model import Letter
from answerletter.spelling import letter_names
from answerletter.spelling.incremental import IncrementalSpelling
from answerletter.spelling.tokenizer import Token
from answerletter.spelling.worker import verdict_key

#: Typing pause after which the whole letter is checked again (only changed texts are read).
SCAN_DELAY_MS = 250
#: A check of the whole letter that takes longer has gone wrong (10,000 questions: ~15 s).
SCAN_LIMIT_S = 300

_log = logging.getLogger(__name__)


class LetterSpelling(QObject):
    """The spell check of *document*, with the words of the list in *data_directory*."""

    #: Words whose verdict arrived as "misspelled": the editors showing them repaint.
    flagged = Signal(object)
    #: Every verdict may have changed (dictionary loaded, words accepted): repaint all.
    refreshed = Signal()
    #: The spelling findings of the whole letter (check id ``spelling``).
    findingsReady = Signal(object)
    _verdicts = Signal(int, object, object)
    _scanned = Signal(object, int, object)

    def __init__(
        self,
        document: Document,
        service: SpellingService,
        data_directory: Path,
        parent: QObject | None = None,
        *,
        enabled: bool = True,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.service = service
        self.data_directory = data_directory
        self.personal = service.personal_words(data_directory)
        self.ignored: frozenset[str] = frozenset()
        self.enabled = enabled
        self.findings: list[Finding] = []
        #: The letter the findings are of (None until the first check has finished).
        self.letter: Letter | None = None
        self._names = letter_names(document.letter)
        self._also = self._accepted()
        self._generation = 0
        self._cache: dict[Token, bool] = {}
        self._pending: set[Token] = set()
        self._asked: set[Token] = set()
        self._disposed = False
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.timeout.connect(self._ask)
        self._verdicts.connect(self._on_verdicts)
        # The whole letter, on a worker thread (one scan at a time; changes meanwhile make
        # one more afterwards).
        self._scanner = IncrementalSpelling()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="spelling")
        self._scanning = False
        self._again = False
        self._scan_timer = QTimer(self)
        self._scan_timer.setSingleShot(True)
        self._scan_timer.timeout.connect(self.scan_now)
        self._scanned.connect(self._on_scanned)
        document.letterChanged.connect(self._on_letter_changed)
        service.readyChanged.connect(self._on_ready)
        service.wordsChanged.connect(self._on_words)
        if enabled:
            service.start()  # the dictionary loads only when someone wants it
        self.schedule_scan(0)

    # -- what is accepted --

    def _accepted(self) -> frozenset[str]:
        return self.personal.words | self._names | self.ignored

    @property
    def ready(self) -> bool:
        return self.service.ready and self.enabled

    def ignore(self, word: str) -> None:
        """Accept *word* everywhere in this letter, as long as it is open."""
        self.ignored = self.ignored | {word}
        self._words_changed()

    def add_to_word_list(self, word: str) -> None:
        """Add *word* to the user's list (every letter accepts it from now on). Raises
        PersonalWordsError when the list cannot be written (accepted in this session)."""
        self.service.add_word(self.data_directory, word)

    def _on_words(self) -> None:
        self._words_changed()

    def _words_changed(self) -> None:
        also = self._accepted()
        if also == self._also:
            return
        grown = self._also <= also
        self._also = also
        self._generation += 1
        # More words accepted: only the misspelled verdicts can change; fewer: all can.
        self._cache = {k: v for k, v in self._cache.items() if v} if grown else {}
        self._asked = set()
        self.refreshed.emit()
        self.schedule_scan(0)

    # -- verdicts for the editors --

    def verdict(self, token: Token) -> bool | None:
        """Whether *token* is spelled right; None while its verdict is still coming."""
        key = verdict_key(token)
        known = self._cache.get(key)
        if known is None and key not in self._asked:
            self._pending.add(key)
            if not self._flush.isActive():
                self._flush.start(0)
        return known

    def _ask(self) -> None:
        if not self._pending or self._disposed or not self.service.ready:
            return
        keys = list(self._pending)
        self._pending.clear()
        self._asked.update(keys)
        generation = self._generation
        future = self.service.check(keys, self._also)
        future.add_done_callback(lambda done: self._verdicts_done(generation, keys, done))

    def _verdicts_done(self, generation: int, keys: list[Token], done: Future[list[bool]]) -> None:
        # On the speller's reading thread: to the GUI thread.
        results = None if done.exception() is not None else done.result()
        if not self._disposed:
            with contextlib.suppress(RuntimeError):
                self._verdicts.emit(generation, keys, results)

    def _on_verdicts(self, generation: int, keys: list[Token], results: list[bool] | None) -> None:
        if self._disposed:
            return
        self._asked.difference_update(keys)
        if results is None:
            return  # the speller stopped; asked again when it is back
        if generation != self._generation:
            self._pending.update(k for k in keys if k not in self._cache)
            self._flush.start(0)
            return
        wrong: set[str] = set()
        for key, ok in zip(keys, results, strict=True):
            self._cache[key] = ok
            if not ok:
                wrong.add(key.word)
        if wrong:
            self.flagged.emit(wrong)

    def _on_ready(self) -> None:
        if self.service.ready:
            self._asked = set()
            self.refreshed.emit()
            self.schedule_scan(0)

    # -- the whole letter --

    def set_enabled(self, on: bool) -> None:
        """Spell check on or off (off: no squiggles, no spelling findings)."""
        if on == self.enabled:
            return
        self.enabled = on
        self.refreshed.emit()
        if on:
            self.service.start()
            self.schedule_scan(0)
        else:
            self._scan_timer.stop()
            self.findings = []
            self.findingsReady.emit([])

    def _on_letter_changed(self, old: Letter, new: Letter, focus: object) -> None:
        if old.metadata is not new.metadata:
            names = letter_names(new)
            if names != self._names:
                self._names = names
                self._words_changed()
        self.schedule_scan(SCAN_DELAY_MS)

    def schedule_scan(self, delay_ms: int) -> None:
        if not self._disposed and self.enabled and self.service.ready:
            self._scan_timer.start(delay_ms)

    def scan_now(self) -> None:
        """Check the whole letter now (or right after the check in progress)."""
        if self._disposed or not self.enabled or not self.service.ready:
            return
        if self._scanning:
            self._again = True
            return
        letter, also, generation = self.document.letter, self._also, self._generation
        self._scanning = True
        future = self._executor.submit(self._scan, letter, also)
        future.add_done_callback(lambda done: self._scan_done(letter, generation, done))

    def _scan(self, letter: Letter, also: frozenset[str]) -> list[Finding]:
        # On the worker thread: waits for the speller's verdicts of words it never saw.
        service = self.service
        return self._scanner.findings(
            letter, also, lambda texts, a: service.scan(texts, a).result()
        )

    def _scan_done(self, letter: Letter, generation: int, done: Future[list[Finding]]) -> None:
        try:
            findings: list[Finding] | None = done.result()
        except Exception:  # the speller stopped, or a defect: no findings this time
            _log.warning("The spelling check of the letter failed", exc_info=True)
            findings = None
        if not self._disposed:
            with contextlib.suppress(RuntimeError):
                self._scanned.emit(letter, generation, findings)

    def _on_scanned(self, letter: Letter, generation: int, findings: list[Finding] | None) -> None:
        self._scanning = False
        if self._disposed:
            return
        current = letter is self.document.letter and generation == self._generation
        if findings is not None and self.enabled:
            self.letter, self.findings = letter, findings
            # A result for a letter typed past is not shown: the pause after the typing
            # brings the next check (its timer restarts with every change).
            if current:
                self.findingsReady.emit(findings)
        if self._again:
            self._again = False
            self.schedule_scan(0)

    def dispose(self) -> None:
        """Stop: no more checks. A check in progress finishes unseen (not waited for: it may
        be waiting for the dictionary, and closing a window must not)."""
        self._disposed = True
        self._flush.stop()
        self._scan_timer.stop()
        self._executor.shutdown(wait=False, cancel_futures=True)
