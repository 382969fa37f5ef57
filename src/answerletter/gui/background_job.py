"""Long work (export, print) on a thread of its own, with progress and a cancel switch.

The work function runs on a Python thread and gets a :class:`JobProgress` to call as it
goes: ``progress(phase, done, total)``. That call is where a cancel takes effect (it raises
:class:`JobCancelledError`), and it forwards the figures to the GUI thread, at most every
:data:`PROGRESS_INTERVAL_S` seconds (and always the last step of a phase), so a 3,800-page
export does not flood the event loop with 7,600 queued signals.

The work must use only what may be used off the GUI thread: the immutable letter,
``QTextDocument``/``QFont``/``QPainter`` on a ``QPdfWriter``, ``QPrinter`` or ``QImage`` —
never widgets or pixmaps. Signals arrive on the GUI thread (queued), ``ended`` last.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

PROGRESS_INTERVAL_S = 0.05

_log = logging.getLogger(__name__)


class JobCancelledError(Exception):
    """The user cancelled the job (raised inside the work, at its next progress call)."""


class JobProgress:
    """What the work calls to report progress; raises :class:`JobCancelledError` once cancelled."""

    def __init__(self, job: BackgroundJob) -> None:
        self._job = job
        self._last = 0.0

    @property
    def cancelled(self) -> bool:
        return self._job.cancel_requested

    def __call__(self, phase: str, done: int, total: int) -> None:
        if self._job.cancel_requested:
            raise JobCancelledError
        now = time.monotonic()
        if done == 0 or done >= total or now - self._last >= PROGRESS_INTERVAL_S:
            self._last = now
            self._job.emit_progress(phase, done, total)


class BackgroundJob(QObject):
    """One run of *work(progress)* on its own thread.

    ``progressed(phase, done, total)`` (total 0: no measure yet), then exactly one of
    ``succeeded(result)``, ``failed(exception)``, ``cancelled()``, then ``ended()``.
    """

    progressed = Signal(str, int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    ended = Signal()

    def __init__(self, work: Callable[[JobProgress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self.outcome = ""  # "succeeded", "failed" or "cancelled" once ended
        self.last_progress: tuple[str, int, int] | None = None  # as the GUI last saw it
        self.progressed.connect(self._remember)

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="output-job", daemon=False)
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress call (it ends with ``cancelled``)."""
        self._cancel.set()

    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the thread ends (for shutdown and tests); True when it did."""
        if self._thread is not None:
            self._thread.join(timeout)
        return not self.running()

    def emit_progress(self, phase: str, done: int, total: int) -> None:
        self.progressed.emit(phase, done, total)

    def _remember(self, phase: str, done: int, total: int) -> None:
        self.last_progress = (phase, done, total)

    def _run(self) -> None:
        # On the job's thread; every signal below is queued to the GUI thread.
        # A cancel that comes after the work's last progress call (during the final atomic
        # write, say) is too late: the work is complete and reported as succeeded.
        try:
            result = self._work(JobProgress(self))
        except JobCancelledError:
            self.outcome = "cancelled"
            self.cancelled.emit()
        except Exception as error:  # reported to the user by the owner of the job
            _log.debug("background job failed", exc_info=True)
            self.outcome = "failed"
            self.failed.emit(error)
        else:
            self.outcome = "succeeded"
            self.succeeded.emit(result)
        self.ended.emit()
