"""A Speller in a process of its own, for the editor.

Hunspell (chunspell) keeps Python's GIL while it loads the dictionary (about 2 s) and while
it suggests (0.5-6 s): on a thread of the editor's process that freezes the window all that
time. In a child process it costs the window nothing. Requests go through a pipe from a
sending thread (so a big request never blocks the caller), answers come back on a reading
thread as resolved ``Future``s. ``kill`` ends a request that takes too long (a suggestion past
its time limit): the pending futures fail with ``SpellerStoppedError`` and ``restart`` starts anew.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import multiprocessing
import queue
import threading
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from concurrent.futures import Future
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

from answerletter.spelling.tokenizer import Token

if TYPE_CHECKING:
    from answerletter.spelling.letter import Piece

_log = logging.getLogger(__name__)
_READY = -1
#: Texts per scan request (a few hundred kilobytes pickled, about a millisecond).
SCAN_BATCH = 200


class SpellerStoppedError(RuntimeError):
    """The speller process ended (killed, closed, or it could not load the dictionary)."""


def verdict_key(token: Token) -> Token:
    """*token* without its place: what a verdict depends on (word, truncation, partner,
    script), so one verdict serves every occurrence."""
    if token.start == 0 and token.end == 0:
        return token
    return Token(token.word, 0, 0, token.truncated, token.partner, token.mixed_script)


def _serve(connection: Connection, extra_words: tuple[str, ...]) -> None:
    """The child process: load the dictionary, then answer requests until told to stop."""
    from answerletter.spelling.letter import misspelled_in
    from answerletter.spelling.speller import Speller

    try:
        speller = Speller(extra_words)
    except Exception as error:  # no dictionary, broken chunspell: say so and stop
        connection.send((_READY, False, repr(error)))
        return
    connection.send((_READY, True, None))
    while True:
        try:
            message = connection.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        ident, operation, args = message
        try:
            if operation == "check":
                keys, also = args
                result: Any = [speller.correct(key, also) for key in keys]
            elif operation == "scan":
                texts, also = args
                result = [misspelled_in(speller, pieces, also) for pieces in texts]
            elif operation == "suggest":
                result = speller.suggest(args)
            else:
                raise ValueError(operation)
        except Exception as error:  # a defect in one request must not end the process
            connection.send((ident, False, repr(error)))
            continue
        connection.send((ident, True, result))


class SpellerProcess:
    """One loaded dictionary in a child process; ``ready`` resolves when it has loaded.

    Every request gets a ``Future``; when the process ends (killed, closed, crashed, or the
    dictionary failed to load) every unanswered one fails with SpellerStoppedError and new
    ones fail at once, so nobody waits for an answer that cannot come.
    """

    def __init__(self, extra_words: Iterable[str] = ()) -> None:
        self._extra = tuple(extra_words)
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._generation = 0
        self._start()

    def _start(self) -> None:
        context = multiprocessing.get_context("spawn")  # no fork of a process running Qt
        mine, theirs = context.Pipe()
        self.ready: Future[None] = Future()
        self._pending: dict[int, Future[Any]] = {}
        self._stopped: str | None = None  # why requests fail now
        self._outbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._generation += 1
        self._process = context.Process(
            target=_serve, args=(theirs, self._extra), name="answerletter-speller", daemon=True
        )
        generation = self._generation
        # Starting the child and every send happen on the sending thread, never the caller's.
        threading.Thread(
            target=self._send_loop,
            args=(self._process, theirs, mine, self._outbox, generation),
            name="speller-send",
            daemon=True,
        ).start()
        threading.Thread(
            target=self._read_loop, args=(mine, generation), name="speller-read", daemon=True
        ).start()

    # -- requests --

    def check(self, keys: list[Token], also: AbstractSet[str]) -> Future[list[bool]]:
        """Whether each of *keys* (``verdict_key``s) is spelled right, *also* accepted."""
        return self._request("check", (keys, frozenset(also)))

    def scan(
        self, texts: list[list[Piece]], also: AbstractSet[str]
    ) -> Future[list[list[tuple[int, Token]]]]:
        """For each text (its ``letter.text_pieces``), its misspelled words as (index of the
        piece, token): the tokenizing is done in the child too, beside the editor's GIL.
        Sent in requests of :data:`SCAN_BATCH` texts: pickling a 10,000-question letter's
        texts in one message held the interpreter lock for 50 ms (11 MB), a stall of the
        GUI thread."""
        also = frozenset(also)
        if len(texts) <= SCAN_BATCH:
            return self._request("scan", (texts, also))
        parts = [
            self._request("scan", (texts[start : start + SCAN_BATCH], also))
            for start in range(0, len(texts), SCAN_BATCH)
        ]
        return _concatenated(parts)

    def suggest(self, word: str) -> Future[tuple[str, ...]]:
        """Up to five corrections of *word*, best first."""
        return self._request("suggest", word)

    def _request(self, operation: str, args: object) -> Future[Any]:
        future: Future[Any] = Future()
        with self._lock:
            stopped = self._stopped
            if stopped is None:
                ident = next(self._ids)
                self._pending[ident] = future
                self._outbox.put((ident, operation, args))
        if stopped is not None:
            future.set_exception(SpellerStoppedError(stopped))
        return future

    # -- life --

    def kill(self) -> None:
        """End the process now (pending requests fail with SpellerStoppedError)."""
        self._stop(self._generation, "the speller was stopped")
        if self._process.is_alive():
            self._process.kill()

    def restart(self) -> None:
        """Kill the process and start a new one (the dictionary loads again)."""
        self.kill()
        with self._lock:
            self._start()

    def close(self) -> None:
        """Stop the process (pending requests fail)."""
        self.kill()

    def _stop(self, generation: int, reason: str) -> None:
        """Requests of *generation* fail from now on; the unanswered ones fail now (outside
        the lock: a future's callbacks may ask again)."""
        with self._lock:
            if generation != self._generation or self._stopped is not None:
                return
            self._stopped = reason
            self._outbox.put(None)
            pending, self._pending = list(self._pending.values()), {}
            ready = self.ready
        for future in pending:
            if not future.done():
                future.set_exception(SpellerStoppedError(reason))
        if not ready.done():
            ready.set_exception(SpellerStoppedError(reason))

    # -- the two threads --

    def _send_loop(
        self,
        process: multiprocessing.process.BaseProcess,
        theirs: Connection,
        mine: Connection,
        outbox: queue.SimpleQueue[Any],
        generation: int,
    ) -> None:
        try:
            process.start()
        except OSError as error:
            _log.warning("The speller process could not start: %s", error)
            self._stop(generation, "the speller process could not start")
            return
        finally:
            theirs.close()
        while True:
            message = outbox.get()
            if message is None:
                break
            try:
                mine.send(message)
            except (OSError, ValueError):
                self._stop(generation, "the speller process ended")
                return
        with contextlib.suppress(OSError, ValueError):
            mine.send(None)  # the child's signal to stop

    def _read_loop(self, mine: Connection, generation: int) -> None:
        reason = "the speller process ended"
        while True:
            try:
                ident, ok, result = mine.recv()
            except (EOFError, OSError, ValueError):
                break
            if ident == _READY:
                if not ok:
                    _log.warning("The spelling dictionary could not be loaded: %s", result)
                    reason = "the dictionary could not be loaded"
                    break
                with self._lock:
                    ready = self.ready if generation == self._generation else None
                if ready is not None and not ready.done():
                    ready.set_result(None)
                continue
            with self._lock:
                future = self._pending.pop(ident, None) if generation == self._generation else None
            if future is None or future.done():
                continue
            if ok:
                future.set_result(result)
            else:
                future.set_exception(RuntimeError(result))
        self._stop(generation, reason)
        mine.close()


def _concatenated(parts: list[Future[list[Any]]]) -> Future[list[Any]]:
    """One future for the results of *parts* one after the other (the first failure fails it)."""
    whole: Future[list[Any]] = Future()
    lock = threading.Lock()
    left = [len(parts)]

    def part_done(done: Future[list[Any]]) -> None:
        error = done.exception()
        with lock:
            if whole.done():
                return
            if error is not None:
                whole.set_exception(error)
                return
            left[0] -= 1
            if left[0]:
                return
        whole.set_result([result for part in parts for result in part.result()])

    for part in parts:
        part.add_done_callback(part_done)
    return whole
