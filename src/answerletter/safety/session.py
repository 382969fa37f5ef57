"""What the safety machinery does once per run: install the exception handler, and at start
offer the letters a crashed or killed editor left in the recovery folder.

``app.run_gui`` calls :func:`install` before the event loop starts; the offer comes as soon
as the loop runs (after the first windows exist, so an untouched empty window is reused).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from answerletter.config import Config
from answerletter.safety import crash
from answerletter.safety.recovery import RecoveryEntry, RecoveryStore
from answerletter.safety.window_guard import recovery_store

if TYPE_CHECKING:
    from answerletter.gui.main_window import MainWindow

#: Recovered windows are kept here so Python does not collect them while they are open.
_windows: list[MainWindow] = []


def install(app: QCoreApplication, config: Config) -> None:
    """The exception handler now; the recovery offer (and any test hook) once the loop runs."""
    from answerletter.safety import testhook

    crash.install(app)
    hook = testhook.load()
    if hook is not None:
        hook.prepare()
    QTimer.singleShot(0, lambda: offer_recoveries(config))
    if hook is not None:
        QTimer.singleShot(0, hook.run)


def offer_recoveries(config: Config) -> list[MainWindow]:
    """Ask about each recovery copy no running editor owns; the windows opened."""
    from answerletter.gui import safety_dialogs
    from answerletter.gui.safety_dialogs import RecoveryChoice

    store = recovery_store(config.data_directory)
    opened: list[MainWindow] = []
    for entry in store.orphans():
        moment = entry.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        parent = crash.editor_windows()[-1] if crash.editor_windows() else None
        choice = safety_dialogs.ask_recovery(parent, entry.title, moment, entry.original_path)
        if choice is RecoveryChoice.DISCARD:
            store.remove(entry.key)
        elif choice is RecoveryChoice.OPEN:
            window = open_recovered(store, entry, config)
            if window is not None:
                opened.append(window)
    return opened


def open_recovered(store: RecoveryStore, entry: RecoveryEntry, config: Config) -> MainWindow | None:
    """Open the recovery copy *entry* as a modified letter tied to its original file (if
    any): Save writes there after a confirmation, and Undo goes back to the file's version.
    None when it cannot be read or the user cancels (the copy then stays)."""
    from answerletter.fileformat import KvbError, load_letter
    from answerletter.gui import dialogs
    from answerletter.gui.document import Document
    from answerletter.safety.opening import claim_for_open
    from answerletter.safety.state import FileState

    parent = crash.editor_windows()[-1] if crash.editor_windows() else None
    try:
        letter = store.read(entry)
    except (KvbError, OSError) as error:
        dialogs.show_error(
            parent,
            QCoreApplication.translate("Recovery", "Cannot recover the letter"),
            QCoreApplication.translate(
                "Recovery", "The recovery copy of “{title}” cannot be read; it is kept in {folder}."
            ).format(title=entry.title, folder=store.directory),
            str(error),
        )
        return None
    original = entry.original
    state = FileState()
    base = None
    if original is not None and original.exists():
        claimed = claim_for_open(parent, original)
        if claimed is None:
            return None
        state = claimed
        try:
            base = load_letter(original)
        except KvbError:
            base = None
    state.recovery_key = entry.key
    state.recovered = original is not None
    document = Document(base if base is not None else letter, original)
    document.file_state = state
    if base is not None:
        document.apply(letter, QCoreApplication.translate("Recovery", "Recovered Changes"))
    if not document.is_modified():
        document.undo_stack.resetClean()
    window = _window_for(document, config)
    window.guard.write_recovery_now()  # the copy belongs to this editor from now on
    return window


def _window_for(document: object, config: Config) -> MainWindow:
    """An untouched empty window gets the letter; otherwise a new window."""
    from answerletter.gui.document import Document
    from answerletter.gui.main_window import MainWindow

    assert isinstance(document, Document)
    for window in crash.editor_windows():
        current = window.document
        if (
            window.isVisible()
            and current.path is None
            and not current.is_modified()
            and not current.letter.questions
        ):
            window.replace_document(document)
            return window
    window = MainWindow(document, config)
    window.show()
    _windows.append(window)
    return window
