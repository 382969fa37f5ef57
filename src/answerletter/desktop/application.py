"""The editor's application object, and how a start waits for the files of its launch.

macOS hands files double-clicked in Finder (or dropped on the Dock icon) to the running
application as ``QFileOpenEvent``, sent to the application object itself
(doc.qt.io/qt-6/qfileopenevent.html). As in Qt's example there, the application class
overrides ``event()``: only events addressed to the application pass through it, instead of
every event of every object, as an event filter on the application would see them.

A start caused by a double-click has no file on the command line: Finder's file comes as an
event after the event loop has started, before the launch is finished (AppKit calls the
delegate's ``application:openFile(s):`` before ``applicationDidFinishLaunching:``, Apple's
NSApplicationDelegate documentation). So on macOS a plain start waits, and shows the empty
letter only when the application has become active without a file; a file that arrives
first gets the only window.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from answerletter.desktop.instance import OpenRequest
from answerletter.gui.no_animation_style import install_no_animation_style


class EditorApplication(QApplication):
    """The QApplication of the editor: turns the system's file-open events into requests."""

    #: An ``OpenRequest`` for one file the system asked us to open (absolute path).
    fileOpenRequested = Signal(object)  # noqa: N815 - Qt signal naming

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        install_no_animation_style(self)  # see gui/no_animation_style.py: no deadlock

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            name = event.file()
            if name:
                self.fileOpenRequested.emit(OpenRequest((str(Path(name).resolve()),)))
                return True
        return bool(super().event(event))


def files_may_follow(app: QApplication, request: OpenRequest) -> bool:
    """Whether this start's files may still come as events: a plain start on macOS that has
    not finished launching yet."""
    return (
        sys.platform == "darwin"
        and isinstance(app, EditorApplication)
        and not request.files
        and not request.example
        and app.applicationState() != Qt.ApplicationState.ApplicationActive
    )


class LaunchGate(QObject):
    """Calls *start* once: at the first file-open event, or when the application becomes
    active without one (the launch is over and brought no file)."""

    def __init__(self, app: EditorApplication, start: Callable[[], None]) -> None:
        super().__init__(app)
        self._start: Callable[[], None] | None = start
        # Connected after the opener's own connection, so the file is queued before start.
        app.fileOpenRequested.connect(self._open)
        app.applicationStateChanged.connect(self._state_changed)

    @property
    def waiting(self) -> bool:
        return self._start is not None

    def _open(self, _request: object) -> None:
        self._release()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self._release()

    def _release(self) -> None:
        start, self._start = self._start, None
        if start is not None:
            start()
            self.deleteLater()  # once is all: let go of the application's signals
