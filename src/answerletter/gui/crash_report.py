"""The report of an unexpected error (after ``safety.crash`` wrote the recovery copies):
which window it is shown on, what it says, and "Save As…" as the way out."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from answerletter.gui import safety_dialogs
from answerletter.gui.main_window import MainWindow


def report_unexpected_error(
    windows: Callable[[], Sequence[MainWindow]], error: BaseException, details: str, written: int
) -> None:
    """Show *error* (traceback *details*, *written* copies made) over the active window,
    or the first one with unsaved changes; save that letter if the user asks."""
    open_windows = list(windows())
    active = QApplication.activeWindow()
    window = next((w for w in open_windows if w is active), None)
    if window is None and open_windows:
        window = open_windows[0]
    modified = [w for w in open_windows if w.document.is_modified()]
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
