"""When the editor lets Python's collector look at everything: when the user leaves it.

See ``answerletter.collector``: while the editor is in use, only what lived long since the
last full collection is walked; the full walk, a pause of about half a second at 10,000
questions, waits until the application is no longer the active one, at most once a minute.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication

from answerletter import collector

#: The least time between two full walks (a user switching back and forth pays for one).
SWEEP_INTERVAL_S = 60.0


class CollectorPacing(QObject):
    """Installs the collector's pacing for the application's life, and sweeps when it is left."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        collector.install()
        self._last_sweep = time.monotonic()
        #: How many objects the last sweep found unreachable (for tests and diagnostics).
        self.last_found = 0
        app.applicationStateChanged.connect(self._state_changed)

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            return
        now = time.monotonic()
        if now - self._last_sweep < SWEEP_INTERVAL_S:
            return
        self._last_sweep = now
        self.last_found = collector.sweep()
