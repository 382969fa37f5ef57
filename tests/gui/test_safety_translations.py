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
