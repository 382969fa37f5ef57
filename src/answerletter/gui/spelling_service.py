"""The editor's spell checker, one per application: the dictionary in processes of its own
(``spelling.worker``), the user's word lists, suggestions with a time limit, and the
switch of View > Check Spelling.

The dictionary starts loading when the first window asks for the service; windows open at
once and show no squiggles until ``readyChanged`` says it has loaded. Two processes: one
answers "is this word right?" (microseconds a word), the other looks for suggestions
(seconds), so a slow suggestion never holds up the squiggles, and one past its time limit
can be stopped by ending its process.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from answerletter.spelling.letter import Piece
from answerletter.spelling.personal import PersonalWords
from answerletter.spelling.tokenizer import Token
from answerletter.spelling.worker import SpellerProcess

#: How long a suggestion may take (measured 0.5-2.4 s, up to 6 s on a loaded machine); past
#: it the menu says none were found and the search is stopped.
SUGGEST_TIME_LIMIT_S = 10.0

_log = logging.getLogger(__name__)


#: Makes a speller (a SpellerProcess; tests pass one that loads when they say so).
SpellerFactory = Callable[[], Any]


class SpellingService(QObject):
    """The one speller of the application and the user's word lists."""

    #: The dictionary has loaded (or failed: ``available`` says which).
    readyChanged = Signal()
    #: The user's word list (or an "ignore all") changed: every letter checks again.
    wordsChanged = Signal()
    #: View > Check Spelling switched in some window: every window follows.
    switched = Signal(bool)
    _loaded = Signal(bool)

    def __init__(
        self,
        factory: SpellerFactory = SpellerProcess,
        suggest_time_limit: float = SUGGEST_TIME_LIMIT_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.suggest_time_limit = suggest_time_limit
        self._factory = factory
        self._speller: Any = None
        self._suggester: Any = None
        self._ready = False
        self._failed = False
        self._personal: dict[Path, PersonalWords] = {}
        self._loaded.connect(self._on_loaded)

    # -- the dictionary --

    def start(self) -> None:
        """Start loading the dictionary (once; later calls do nothing)."""
        if self._speller is not None:
            return
        self._speller = self._factory()
        self._speller.ready.add_done_callback(self._ready_done)

    def _ready_done(self, future: Future[None]) -> None:
        # On the speller's reading thread: to the GUI thread by a queued signal.
        ok = future.exception() is None
        with contextlib.suppress(RuntimeError):  # the service is gone (the program quits)
            self._loaded.emit(ok)

    def _on_loaded(self, ok: bool) -> None:
        self._ready, self._failed = ok, not ok
        if ok and self._suggester is None:
            # Loaded after the checker, so the two loads do not share the processor.
            self._suggester = self._factory()
        self.readyChanged.emit()

    @property
    def ready(self) -> bool:
        """Whether the dictionary has loaded and words can be checked."""
        return self._ready

    @property
    def failed(self) -> bool:
        """Whether the dictionary could not be loaded (spell check is then unavailable)."""
        return self._failed

    def check(self, keys: list[Token], also: frozenset[str]) -> Future[list[bool]]:
        """Verdicts for *keys* (``worker.verdict_key``s), *also* accepted; off this thread."""
        self.start()
        future: Future[list[bool]] = self._speller.check(keys, also)
        return future

    def scan(
        self, texts: list[list[Piece]], also: frozenset[str]
    ) -> Future[list[list[tuple[int, Token]]]]:
        """The misspelled words of *texts* (``letter.text_pieces`` each), tokenized and
        checked in the speller's process."""
        self.start()
        future: Future[list[list[tuple[int, Token]]]] = self._speller.scan(texts, also)
        return future

    # -- suggestions --

    def suggest(self, word: str, done: Callable[[tuple[str, ...] | None], None]) -> None:
        """Look for corrections of *word* off the GUI thread; *done* gets them on the GUI
        thread, or None when the time limit passed first (the search is then stopped)."""
        self.start()
        if self._suggester is None:
            self._suggester = self._factory()
        call = _SuggestCall(self, word, done)
        call.begin(self._suggester.suggest(word), self._suggester.ready)

    def _stop_suggestions(self) -> None:
        # Hunspell cannot be interrupted: a search past its time limit ends with its process,
        # and a new one loads the dictionary for the next suggestion.
        if self._suggester is not None:
            self._suggester.restart()

    # -- word lists --

    def personal_words(self, data_directory: Path) -> PersonalWords:
        """The word list kept in *data_directory* (read once)."""
        words = self._personal.get(data_directory)
        if words is None:
            words = self._personal[data_directory] = PersonalWords(data_directory)
        return words

    def add_word(self, data_directory: Path, word: str) -> None:
        """Add *word* to the user's list (written now). Raises PersonalWordsError when the file
        cannot be written; the word is accepted for this session all the same."""
        try:
            self.personal_words(data_directory).add(word)
        finally:
            self.wordsChanged.emit()

    def switch(self, on: bool) -> None:
        """View > Check Spelling in every window."""
        self.switched.emit(on)

    def close(self) -> None:
        """End the speller process (the application quits)."""
        for speller in (self._speller, self._suggester):
            if speller is not None:
                speller.close()
        self._speller = self._suggester = None


class _SuggestCall(QObject):
    """One suggestion search: its answer or its time limit, whichever comes first."""

    _answered = Signal(object)
    _loaded = Signal()

    def __init__(
        self, service: SpellingService, word: str, done: Callable[[tuple[str, ...] | None], None]
    ) -> None:
        super().__init__(service)
        self.service = service
        self.word = word
        self._done = done
        self._finished = False
        self._answered.connect(self._on_answer)
        self._loaded.connect(self._start_clock)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)

    def begin(self, future: Future[tuple[str, ...]], loaded: Future[None]) -> None:
        """Wait for *future*; the time limit counts from when the dictionary has *loaded*
        (a search waiting for the load is not taking too long)."""
        future.add_done_callback(self._arrived)
        if loaded.done():
            self._start_clock()
        else:
            loaded.add_done_callback(self._loaded_done)

    def _loaded_done(self, _: Future[None]) -> None:
        with contextlib.suppress(RuntimeError):
            self._loaded.emit()

    def _start_clock(self) -> None:
        if not self._finished:
            self._timer.start(int(self.service.suggest_time_limit * 1000))

    def _arrived(self, future: Future[tuple[str, ...]]) -> None:
        # On the speller's reading thread.
        result = () if future.exception() is not None else future.result()
        with contextlib.suppress(RuntimeError):
            self._answered.emit(result)

    def _on_answer(self, result: tuple[str, ...]) -> None:
        # Every search ends here (a stopped one fails), so this is where the call goes.
        if not self._finished:
            self._finish(result)
        self.deleteLater()

    def _on_timeout(self) -> None:
        if not self._finished:
            _log.info("No suggestions for %r within the time limit", self.word)
            self._finish(None)
            self.service._stop_suggestions()

    def _finish(self, result: tuple[str, ...] | None) -> None:
        self._finished = True
        self._timer.stop()
        self._done(result)


_current: dict[str, SpellingService] = {}


def spelling_service() -> SpellingService:
    """The application's spelling service (made on first use)."""
    service = _current.get("service")
    if service is None:
        service = _current["service"] = SpellingService(parent=QCoreApplication.instance())
    return service


def set_spelling_service(service: SpellingService | None) -> SpellingService | None:
    """Use *service* from now on (tests); returns the one used so far."""
    previous = _current.pop("service", None)
    if service is not None:
        _current["service"] = service
    return previous
