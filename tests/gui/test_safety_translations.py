"""The safety texts are translated into Dutch (through the compiled .qm or the .ts reader)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from window_helpers import small_letter

from answerletter.editing.file_state import FileState
from answerletter.gui import i18n


def test_dutch_safety_texts(make_window):
    window = make_window(small_letter(1))
    i18n.install("nl")
    tr = QCoreApplication.translate
    assert tr("SafetyDialogs", "Letter in use") == "Brief in gebruik"
    assert tr("Locks", "{user} on {host}") == "{user} op {host}"
    assert tr(
        "FileCommands", "“{name}” is open by {holder}; saving would overwrite it."
    ).startswith("“{name}” is geopend door")
    copies = tr(
        "Crash", "A recovery copy of your unsaved changes was written (%n letter(s)).", "", 2
    )
    assert copies.endswith("(2 brieven).")
    window.document.file_state = FileState(read_only=True)
    assert window.guard.title_suffix() == " [alleen-lezen]"


def test_file_system_reasons_are_dutch_in_the_dutch_interface(make_window, fake_dialogs, tmp_path):
    """The operating system's and the file format's reasons are English; a Dutch message
    says them in Dutch (the English original stays in the details)."""
    window = make_window(small_letter(1))
    i18n.install("nl")
    fake_dialogs.save_path = tmp_path / "verdwenen-map" / "brief.kvb"
    window.save_as_action.trigger()
    _title, text, details = fake_dialogs.errors[-1]
    assert text == (
        "De brief kon niet worden opgeslagen als “brief.kvb”: het bestand of de map bestaat "
        "niet (is die verwijderd of losgekoppeld?)"
    )
    assert "does not exist" in details


def test_a_missing_lock_and_a_failed_recovery_copy_are_explained_in_dutch(make_window):
    window = make_window(small_letter(1))
    i18n.install("nl")
    window.document.file_state = FileState(lock_problem="Permission denied", lock_errno=13)
    window.guard.refresh()
    assert window.guard.note.text() == (
        "Geen vergrendelbestand (u hebt daarvoor geen toestemming): anderen zien niet dat u "
        "de brief open hebt."
    )
    window.guard.autosaver.failed.emit(OSError(28, "No space left on device"))
    assert window.statusBar().currentMessage() == (
        "De herstelkopie kon niet worden geschreven: de schijf is vol"
    )


def test_a_damaged_file_is_explained_in_dutch(make_window, fake_dialogs, tmp_path):
    """The file format's own problems (not the operating system's) are the only account of
    what is wrong with a file: the Dutch interface shows them in Dutch, line numbers too."""
    window = make_window(small_letter(1))
    i18n.install("nl")
    bad = tmp_path / "kapot.kvb"
    bad.write_bytes(b'<?xml version="1.0"?>\n<!DOCTYPE letter []>\n<letter/>')
    fake_dialogs.open_path = bad
    window.open_action.trigger()
    _title, text, details = fake_dialogs.errors[-1]
    assert text == "“kapot.kvb” is geen geldig briefbestand."
    assert details == (
        "regel 1: Het bestand heeft een DOCTYPE-declaratie; briefbestanden mogen die niet hebben"
    )
