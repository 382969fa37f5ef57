"""The last resort: an exception nobody caught never ends the session silently.

``install`` replaces ``sys.excepthook`` (PySide6 hands exceptions raised in slots and event
handlers to it, and the event loop goes on) and ``threading.excepthook`` (a worker thread's
error is carried to the GUI thread by a queued signal). Handling one writes a recovery copy
of every open letter *first* (``write_copies``; the report could fail too), then hands the
error to ``report`` — the GUI's dialog, given by whoever installs the handler. The traceback
also goes to stderr. This module asks the user nothing itself.
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal

#: Writes a recovery copy of every open letter with unsaved changes; how many it wrote.
WriteCopies = Callable[[], int]
#: Tells the user: the error, its traceback, how many copies were written.
Report = Callable[[BaseException, str, int], None]


class _Relay(QObject):
    """Lives in the GUI thread; a signal emitted from another thread arrives queued."""

    raised = Signal(object, object, object)


@dataclass
class _Installed:
    relay: _Relay
    write_copies: WriteCopies
    report: Report
    previous: Callable[..., object]
    previous_thread: Callable[[threading.ExceptHookArgs], object]
    busy: bool = False


_installed: list[_Installed] = []


def handle(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    """sys.excepthook: copies first, then the report. Never raises."""
    details = "".join(traceback.format_exception(kind, error, trace))
    sys.stderr.write(details)
    if issubclass(kind, KeyboardInterrupt | SystemExit) or not _installed:
        return
    state = _installed[-1]
    if state.busy:  # an error while handling one: it is on stderr; do not loop
        return
    state.busy = True
    try:
        written = 0
        try:
            written = state.write_copies()
        except Exception:
            traceback.print_exc()
        state.report(error, details, written)
    except Exception:
        traceback.print_exc()
    finally:
        state.busy = False


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if not _installed or args.exc_value is None:
        return
    _installed[-1].relay.raised.emit(args.exc_type, args.exc_value, args.exc_traceback)


def install(app: QCoreApplication, write_copies: WriteCopies, report: Report) -> None:
    """Route uncaught exceptions (GUI and worker threads) to :func:`handle`."""
    uninstall()
    relay = _Relay(app)
    relay.raised.connect(handle)
    _installed.append(_Installed(relay, write_copies, report, sys.excepthook, threading.excepthook))
    sys.excepthook = handle
    threading.excepthook = _thread_hook


def uninstall() -> None:
    """Put the previous hooks back (tests)."""
    if not _installed:
        return
    state = _installed.pop()
    sys.excepthook = state.previous
    threading.excepthook = state.previous_thread
    state.relay.deleteLater()
