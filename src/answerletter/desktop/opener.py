"""The one path every "open this file" takes: the command line, a second launch forwarded by
``instance``, and macOS's ``QFileOpenEvent`` (double-click in Finder, also for the first file
of a cold start; ``desktop.application`` turns them into requests) all end in
:meth:`Opener.open_request`.

A file that is already open brings its window to the front; any other file gets a window of
its own, except that an untouched empty letter (e.g. the window of a plain start) is reused.
Requests arriving before :meth:`Opener.start` (the first windows) are queued.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QObject, Qt

from answerletter.config import Config
from answerletter.desktop.instance import OpenRequest
from answerletter.gui.document import Document
from answerletter.gui.main_window import MainWindow

#: TEST HOOK: when set, the file named here is rewritten (JSON: pid and the open files) after
#: every request the opener handles; the two-process tests read it. Not for users.
TEST_LOG_VARIABLE = "ANSWERLETTER_TEST_OPEN_LOG"


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or a.samefile(b)
    except OSError:
        return False


class Opener(QObject):
    """Owns the editor windows and decides where a requested file opens."""

    def __init__(
        self,
        config: Config,
        parent: QObject | None = None,
        window_factory: Callable[..., MainWindow] = MainWindow,
        **window_options: Any,
    ) -> None:
        super().__init__(parent)
        self.config = config
        self._window_factory = window_factory
        self._window_options = window_options
        self._windows: list[MainWindow] = []
        self._pending: list[OpenRequest] = []
        self._started = False

    # -- the public path --

    def start(self, request: OpenRequest) -> None:
        """Open the command line's request and everything queued so far; from now on
        requests are handled as they come. Leaves at least one window open."""
        self._started = True
        pending, self._pending = [request, *self._pending], []
        for item in pending:
            self._handle(item)
        if not self.windows():
            self._show(self._new_window(self._empty_document()))
        self._write_test_log()

    def open_request(self, request: OpenRequest) -> None:
        if not self._started:
            self._pending.append(request)
            return
        self._handle(request)
        if not request.files and not request.example:
            # A plain second launch: show the user the editor that is already running.
            windows = self.windows()
            if windows:
                self._bring_forward(windows[-1])
            else:
                self._show(self._new_window(self._empty_document()))
        self._write_test_log()

    def open_path(self, path: Path) -> MainWindow | None:
        """Show *path*: its window if it is open, else a (new or reused) window; None when
        the file cannot be read (the user has been told why)."""
        for window in self.windows():
            current = window.document.path
            if current is not None and _same_file(current, path):
                self._bring_forward(window)
                return window
        reusable = self._untouched_window()
        from answerletter.gui import file_commands

        # read_letter only parents its error dialogs on the window; None is a valid parent.
        parent = cast("MainWindow", self._dialog_parent())
        document = file_commands.read_letter(parent, path)
        if document is None:
            return None
        self.config.add_recent_file(path)
        if reusable is not None:
            reusable.replace_document(document)
            self._bring_forward(reusable)
            return reusable
        window = self._new_window(document)
        self._show(window)
        return window

    def windows(self) -> list[MainWindow]:
        """The open editor windows, oldest first (closed ones are let go here)."""
        for window in [w for w in self._windows if not w.isVisible()]:
            self._windows.remove(window)
            window.deleteLater()
        return list(self._windows)

    # -- helpers --

    def _handle(self, request: OpenRequest) -> None:
        if request.example:
            from answerletter.templates import example_letter

            self._show(self._new_window(Document(example_letter())))
        for name in request.files:
            self.open_path(Path(name))

    def _empty_document(self) -> Document:
        from answerletter.templates import empty_letter

        return Document(empty_letter())

    def _new_window(self, document: Document) -> MainWindow:
        window = self._window_factory(document, self.config, **self._window_options)
        self._windows.append(window)
        return window

    def _show(self, window: MainWindow) -> None:
        window.show()
        self._bring_forward(window)

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

    def _dialog_parent(self) -> MainWindow | None:
        windows = self.windows()
        return windows[-1] if windows else None

    @staticmethod
    def _bring_forward(window: MainWindow) -> None:
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()

    def _write_test_log(self) -> None:
        """TEST HOOK (see TEST_LOG_VARIABLE); does nothing for users."""
        target = os.environ.get(TEST_LOG_VARIABLE)
        if not target:
            return
        files = [str(w.document.path) for w in self.windows() if w.document.path is not None]
        data = {"pid": os.getpid(), "windows": len(self.windows()), "files": files}
        folder = Path(target).parent
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".open-log-")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(data, stream)
        Path(temporary).replace(target)
