"""The last resort: an exception nobody caught never ends the session silently.

``install`` replaces ``sys.excepthook`` (PySide6 hands exceptions raised in slots and event
handlers to it, and the event loop goes on) and ``threading.excepthook`` (a worker thread's
error is carried to the GUI thread by a queued signal). Handling one writes a recovery copy
of every open letter *first* — the dialog could fail too — then shows what happened, with the
details copyable and "Save As…" as the way out. The traceback also goes to stderr.
"""

from __future__ import annotations

import sys
import threading
import traceback
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from answerletter.gui.main_window import MainWindow

_state: dict[str, Any] = {"busy": False, "relay": None, "previous": None, "thread": None}


class _Relay(QObject):
    """Lives in the GUI thread; a signal emitted from another thread arrives queued."""

    raised = Signal(object, object, object)


def editor_windows() -> list[MainWindow]:
    from answerletter.gui.main_window import MainWindow

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def save_recovery_copies() -> int:
    """A recovery copy of every open letter with unsaved changes; how many were written."""
    written = 0
    for window in editor_windows():
        try:
            if window.guard.write_recovery_now():
                written += 1
        except Exception:  # one broken window must not cost the others their copy
            traceback.print_exc()
    return written


def handle(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    """sys.excepthook: copies first, then the dialog. Never raises."""
    details = "".join(traceback.format_exception(kind, error, trace))
    sys.stderr.write(details)
    if issubclass(kind, KeyboardInterrupt | SystemExit):
        return
    if _state["busy"]:  # an error while handling one: it is on stderr; do not loop
        return
    _state["busy"] = True
    try:
        _report(error, details)
    except Exception:
        traceback.print_exc()
    finally:
        _state["busy"] = False


def _report(error: BaseException, details: str) -> None:
    from answerletter.gui import safety_dialogs

    written = save_recovery_copies()
    windows = editor_windows()
    active = QApplication.activeWindow()
    window = active if active in windows else (windows[0] if windows else None)
    modified = [w for w in windows if w.document.is_modified()]
    if window is not None and not window.document.is_modified() and modified:
        window = modified[0]
    summary = QCoreApplication.translate(
        "Crash", "Something went wrong in AnswerLetter ({error}). You can go on working."
    ).format(error=type(error).__name__)
    saved = (
        QCoreApplication.translate(
            "Crash",
            "A recovery copy of your unsaved changes was written (%n letter(s)).",
            "",
            written,
        )
        if written
        else QCoreApplication.translate("Crash", "No unsaved changes were at risk.")
    )
    wants_save = safety_dialogs.show_unexpected_error(window, summary, details, saved)
    if wants_save and window is not None:
        window.save_as()


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    relay = _state["relay"]
    if relay is None:
        return
    if args.exc_value is None:
        return
    relay.raised.emit(args.exc_type, args.exc_value, args.exc_traceback)


def install(app: QCoreApplication) -> None:
    """Route uncaught exceptions (GUI and worker threads) to :func:`handle`."""
    if _state["relay"] is None:
        relay = _Relay(app)
        relay.raised.connect(handle)
        _state["relay"] = relay
        _state["previous"] = sys.excepthook
        _state["thread"] = threading.excepthook
    sys.excepthook = handle
    threading.excepthook = _thread_hook


def uninstall() -> None:
    """Put the previous hooks back (tests)."""
    if _state["relay"] is None:
        return
    sys.excepthook = _state["previous"]
    threading.excepthook = _state["thread"]
    _state["relay"].deleteLater()
    _state["relay"] = None
