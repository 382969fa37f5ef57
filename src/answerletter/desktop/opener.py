"""The one owner of the editor windows and the one path every "open this" takes.

The command line, a second launch forwarded by ``instance``, macOS's ``QFileOpenEvent``
(``desktop.application`` turns them into requests), File ▸ Open, Open Recent, drag and drop,
New (from Example), crash recovery — and any new source of documents (an importer,
"Uitstelbericht maken") — end in :meth:`Opener.open_path`
(a file) or :meth:`Opener.open_document` (a letter already built, e.g. imported).

A file that is already open anywhere in the process brings its window to the front; it is
never opened twice. Any other file gets a window of its own, or the window it was asked
*into* (File ▸ Open replaces that window's letter), and an untouched empty letter (the window
of a plain start) is reused. Requests arriving before :meth:`Opener.start` (the first
windows) are queued.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from answerletter import collector
from answerletter.config import Config
from answerletter.desktop.instance import OpenRequest
from answerletter.editing.document import Document
from answerletter.gui import file_commands, i18n
from answerletter.gui.help_window import HelpWindow
from answerletter.gui.main_window import MainWindow
from answerletter.safety import opening
from answerletter.templates import empty_letter, example_letter
from answerletter.testing import open_log

#: Builds a window: ``factory(document, config, owner=opener, **options)``.
WindowFactory = Callable[..., MainWindow]


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or a.samefile(b)
    except OSError:
        return False


class Opener(QObject):
    """Owns the editor windows and decides where a requested letter opens."""

    def __init__(
        self,
        config: Config,
        parent: QObject | None = None,
        window_factory: WindowFactory = MainWindow,
        **window_options: Any,
    ) -> None:
        super().__init__(parent)
        self.config = config
        self._window_factory = window_factory
        self._window_options = window_options
        self._windows: list[MainWindow] = []
        self._pending: list[OpenRequest] = []
        self._started = False
        #: The user guide's window, once opened (see open_help).
        self.help_window: HelpWindow | None = None

    # -- requests from outside the windows (argv, second launch, FileOpen) --

    def start(self, request: OpenRequest) -> None:
        """Open the command line's request and everything queued so far; from now on
        requests are handled as they come. Leaves at least one window open."""
        self._started = True
        pending, self._pending = [request, *self._pending], []
        for item in pending:
            self._handle(item)
        if not self.windows():
            self.new_window(Document(empty_letter()))
        open_log.write([w.document.path for w in self.windows()])

    def open_request(self, request: OpenRequest) -> None:
        if not self._started:
            self._pending.append(request)
            return
        self._handle(request)
        if not request.files and not request.example:
            # A plain second launch: show the user the editor that is already running.
            windows = self.windows()
            if windows:
                self.bring_forward(windows[-1])
            else:
                self.new_window(Document(empty_letter()))
        open_log.write([w.document.path for w in self.windows()])

    # -- the open path (also the windows' WindowOwner interface) --

    def open_path(self, path: Path, *, into: MainWindow | None = None) -> MainWindow | None:
        """Show *path*: its window if it is open anywhere, else *into* (after asking about
        its unsaved changes) or a new or reused window; None when the file cannot be read
        or the user cancels (the user has been told why)."""
        existing = self.window_for(path)
        if existing is not None:
            self.bring_forward(existing)
            return existing
        if into is not None and not file_commands.maybe_save(into):
            return None
        document = file_commands.read_letter(into or self.active_window(), path)
        if document is None:
            return None
        self.config.add_recent_file(path)
        return self._place(document, into)

    def open_document(
        self, document: Document, *, into: MainWindow | None = None
    ) -> MainWindow | None:
        """Show *document*, a letter built elsewhere (new, from the example, imported,
        recovered): in *into* (after asking about its unsaved changes), else in an untouched
        empty window or a new one. A document whose file is open already is not shown twice:
        that window comes forward. None when the user cancels."""
        if document.path is not None:
            existing = self.window_for(document.path)
            if existing is not None:
                opening.release(document.file_state)
                self.bring_forward(existing)
                return existing
        if into is not None and not file_commands.maybe_save(into):
            opening.release(document.file_state)
            return None
        return self._place(document, into)

    def open_help(self, chapter: str = "") -> HelpWindow:
        """Show the user guide at *chapter* in the interface language: one guide window for
        every editor window, brought forward when it is open."""
        window = self.help_window
        if window is None or not shiboken6.isValid(window):
            window = self.help_window = HelpWindow()
        window.show_guide(i18n.current() or i18n.resolve(self.config.settings.language), chapter)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def new_window(self, document: Document) -> MainWindow:
        """A new window on *document*, shown and in front (also for tests and benchmarks)."""
        collector.settle()  # the letter lives long: not walked by the next full collection
        window = self._window_factory(document, self.config, owner=self, **self._window_options)
        self._windows.append(window)
        self.bring_forward(window)
        return window

    # -- the registry --

    def windows(self) -> list[MainWindow]:
        """The open editor windows, oldest first (closed ones are let go here)."""
        for window in [w for w in self._windows if not w.isVisible()]:
            self._windows.remove(window)
            window.deleteLater()
        return list(self._windows)

    def window_for(self, path: Path) -> MainWindow | None:
        """The window showing the file *path* (by any spelling of it), if any."""
        for window in self.windows():
            current = window.document.path
            if current is not None and same_file(current, path):
                return window
        return None

    def active_window(self) -> MainWindow | None:
        """The window to parent messages on: the active one, else the newest."""
        windows = self.windows()
        active = QApplication.activeWindow()
        for window in windows:
            if window is active:
                return window
        return windows[-1] if windows else None

    def write_recovery_copies(self) -> int:
        """A recovery copy of every open letter with unsaved changes, now (the exception
        handler); how many were written. One broken window does not cost the others."""
        written = 0
        for window in self.windows():
            try:
                if window.guard.write_recovery_now():
                    written += 1
            except Exception:
                import traceback

                traceback.print_exc()
        return written

    @staticmethod
    def bring_forward(window: MainWindow) -> None:
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()

    # -- helpers --

    def _handle(self, request: OpenRequest) -> None:
        if request.example:
            self.new_window(Document(example_letter()))
        for name in request.files:
            self.open_path(Path(name))

    def _place(self, document: Document, into: MainWindow | None) -> MainWindow:
        target = into if into is not None else self._untouched_window()
        if target is None:
            return self.new_window(document)
        collector.settle()
        target.replace_document(document)
        self.bring_forward(target)
        return target

    def _untouched_window(self) -> MainWindow | None:
        """A window on a never-saved, unchanged letter without questions."""
        for window in self.windows():
            document = window.document
            if (
                document.path is None
                and not document.is_modified()
                and not document.letter.questions
            ):
                return window
        return None
