"""Noticing outside changes to the open letter's file.

QFileSystemWatcher watches the file *and* its folder: a program that saves atomically (as we
do) replaces the file, after which a watch on the file alone goes quiet. Events come in
bursts, so they are gathered for a moment before ``poked`` asks the owner to compare the file
with what it last read or wrote.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

#: Gather the events of one outside save before looking at the file.
SETTLE_MS = 250


class FileWatcher(QObject):
    """Watches one file (or none); ``poked`` when it or its folder may have changed."""

    poked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._event)
        self._watcher.directoryChanged.connect(self._event)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._settled)

    def watch(self, path: Path | None) -> None:
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        self._settle.stop()
        self.path = path
        if path is not None:
            self._add(path)

    def _add(self, path: Path) -> None:
        if path.parent.is_dir():
            self._watcher.addPath(str(path.parent))
        if path.exists() and str(path) not in self._watcher.files():
            self._watcher.addPath(str(path))

    def _event(self, *_: object) -> None:
        self._settle.start()

    def _settled(self) -> None:
        if self.path is not None:
            self._add(self.path)  # a replaced file drops out of the watch list
        self.poked.emit()
