"""What the editor does once per run around its windows: install the exception handler
(recovery copies of every window's letter, then the GUI's report), and once the event loop
runs, offer the letters a crashed or killed editor left in the recovery folder — opened
through the opener, so a recovered file that is already open is recovered *into* its window
instead of a second one.

``app.run_gui`` calls :func:`install` before the event loop starts.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QTimer

from answerletter.desktop.opener import Opener
from answerletter.fileformat import KvbError
from answerletter.gui import dialogs, safety_dialogs
from answerletter.gui.crash_report import report_unexpected_error
from answerletter.gui.fault_text import problem_lines
from answerletter.gui.main_window import MainWindow
from answerletter.gui.safety_dialogs import RecoveryChoice, lock_prompt
from answerletter.safety import crash, restore
from answerletter.safety.guard import recovery_store
from answerletter.safety.recovery import RecoveryEntry, RecoveryStore
from answerletter.testing import hook as test_hook


def install(app: QCoreApplication, opener: Opener) -> None:
    """The exception handler now; the recovery offer (and any test hook) once the loop runs."""
    install_crash_handler(app, opener)
    hook = test_hook.load()
    if hook is not None:
        hook.prepare()
    QTimer.singleShot(0, partial(offer_recoveries, opener))
    if hook is not None:
        QTimer.singleShot(0, partial(hook.run, opener))


def install_crash_handler(app: QCoreApplication, opener: Opener) -> None:
    """Uncaught exceptions: copies of every window's letter first, then the report."""
    report = partial(report_unexpected_error, opener.windows)
    crash.install(app, opener.write_recovery_copies, report)


def offer_recoveries(opener: Opener) -> list[MainWindow]:
    """Ask about each recovery copy no running editor owns; the windows it went to."""
    store = recovery_store(opener.config.data_directory)
    opened: list[MainWindow] = []
    for entry in store.orphans():
        moment = entry.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        parent = opener.active_window()
        choice = safety_dialogs.ask_recovery(parent, entry.title, moment, entry.original_path)
        if choice is RecoveryChoice.DISCARD:
            store.remove(entry.key)
        elif choice is RecoveryChoice.OPEN:
            window = open_recovered(opener, store, entry)
            if window is not None:
                opened.append(window)
    return opened


def open_recovered(opener: Opener, store: RecoveryStore, entry: RecoveryEntry) -> MainWindow | None:
    """Open the recovery copy *entry* as a modified letter tied to its original file (if
    any): Save writes there after a confirmation, and Undo goes back to the file's version.
    A window already showing that file gets the recovered text (one undoable step). None
    when the copy cannot be read or the user cancels (the copy then stays)."""
    parent = opener.active_window()
    try:
        letter = store.read(entry)
    except (KvbError, OSError) as error:
        dialogs.show_error(
            parent,
            QCoreApplication.translate("Recovery", "Cannot recover the letter"),
            QCoreApplication.translate(
                "Recovery", "The recovery copy of “{title}” cannot be read; it is kept in {folder}."
            ).format(title=entry.title, folder=store.directory),
            problem_lines(error),
        )
        return None
    original = entry.original
    window = opener.window_for(original) if original is not None else None
    if window is not None:
        restore.recover_into(window.document, store, entry, letter)
        opener.bring_forward(window)
    else:
        document = restore.recovered_document(entry, letter, lock_prompt(parent))
        if document is None:
            return None
        window = opener.open_document(document)
        if window is None:
            return None
    window.guard.write_recovery_now()  # the copy belongs to this editor from now on
    return window
