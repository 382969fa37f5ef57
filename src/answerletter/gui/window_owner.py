"""What an editor window asks of its owner: the one open path. The owner is
``desktop.opener.Opener``; windows know it only by this interface, because the desktop
layer sits above the widgets.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QWidget

from answerletter.editing.document import Document

if TYPE_CHECKING:
    from answerletter.gui.main_window import MainWindow


class WindowOwner(Protocol):
    """Creates and tracks every editor window; every "open this" goes through it."""

    def open_path(self, path: Path, *, into: MainWindow | None = None) -> MainWindow | None:
        """Show the letter in *path*: its window when it is open anywhere, else *into*
        (after asking about that window's unsaved changes) or a new window. None when the
        file cannot be read or the user cancels (the user has been told why)."""
        ...

    def open_document(
        self, document: Document, *, into: MainWindow | None = None
    ) -> MainWindow | None:
        """Show *document*, a letter that is not open yet (new, imported, recovered): in
        *into* (after asking about its unsaved changes), else in an untouched empty window or
        a new one. None when the user cancels."""
        ...

    def open_help(self, chapter: str = "") -> QWidget:
        """Show the user guide (at *chapter*, else its contents) in the interface language:
        one guide window, brought forward when it is open."""
        ...
