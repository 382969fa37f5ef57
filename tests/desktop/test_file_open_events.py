"""macOS's file-open events reach the editor through the application object's event() (not
an event filter that sees every event of every object), and a start caused by a double-click
shows the file's window only, never an empty letter first.

The events are posted to the application as macOS would; the "launch finished" moment is
the application becoming active, emitted here as the platform would.
"""

from __future__ import annotations

from typing import ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QWidget

from answerletter.config import Config
from answerletter.desktop import startup
from answerletter.desktop.application import EditorApplication, files_may_follow
from answerletter.desktop.instance import OpenRequest
from answerletter.desktop.opener import Opener
from answerletter.fileformat import save_letter
from answerletter.model.synthetic import generate_letter


class CountingWindow(QWidget):
    """A stand-in window that records every letter a window was ever made for."""

    made: ClassVar[list[object]] = []

    def __init__(self, document, config, **_options) -> None:
        super().__init__()
        self.document = document
        self.config = config
        CountingWindow.made.append(document.path)

    def replace_document(self, document) -> None:
        self.document = document


@pytest.fixture
def opener(qtbot, qapp, tmp_path):
    assert isinstance(qapp, EditorApplication)
    CountingWindow.made = []
    opener = Opener(Config(tmp_path / "config"), window_factory=CountingWindow)
    startup.connect_file_open_events(qapp, opener)
    yield opener
    qapp.fileOpenRequested.disconnect(opener.open_request)
    for window in opener.windows():
        qtbot.addWidget(window)


@pytest.fixture
def letters(tmp_path):
    paths = []
    for number in range(2):
        path = tmp_path / f"brief {number}.kvb"
        save_letter(generate_letter(2, seed=number), path)
        paths.append(path)
    return paths


def post_file_open(app, path) -> None:
    """As macOS does: the event is posted to the application object."""
    QCoreApplication.postEvent(app, QFileOpenEvent(str(path)))


def test_file_open_events_come_through_the_application_event(qtbot, qapp, opener, letters):
    assert "eventFilter" not in vars(Opener)  # no filter on the whole application any more
    opener.start(OpenRequest())
    post_file_open(qapp, letters[0])
    qtbot.waitUntil(lambda: letters[0] in [w.document.path for w in opener.windows()])
    # The same event sent to a widget is not a request: only the application's count.
    other = QWidget()
    qtbot.addWidget(other)
    QCoreApplication.sendEvent(other, QFileOpenEvent(str(letters[1])))
    assert letters[1] not in [w.document.path for w in opener.windows()]


def test_double_click_start_shows_only_the_files_window(qtbot, qapp, opener, letters):
    startup.start_when_launched(qapp, opener, OpenRequest(), wait=True)
    assert opener.windows() == []  # no empty letter while the launch may bring a file
    post_file_open(qapp, letters[0])
    qtbot.waitUntil(lambda: len(opener.windows()) == 1)
    assert [w.document.path for w in opener.windows()] == [letters[0]]
    assert CountingWindow.made == [letters[0]]  # no empty window was ever made
    # Becoming active afterwards (the launch finishing) adds nothing.
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert CountingWindow.made == [letters[0]]


def test_several_files_double_clicked_at_once_start_with_their_windows_only(
    qtbot, qapp, opener, letters
):
    startup.start_when_launched(qapp, opener, OpenRequest(), wait=True)
    for letter in letters:
        post_file_open(qapp, letter)
    qtbot.waitUntil(lambda: len(opener.windows()) == 2)
    assert [w.document.path for w in opener.windows()] == letters
    assert CountingWindow.made == letters


def test_a_plain_start_shows_the_empty_letter_once_launched(qtbot, qapp, opener):
    startup.start_when_launched(qapp, opener, OpenRequest(), wait=True)
    assert opener.windows() == []
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    (window,) = opener.windows()
    assert window.document.path is None and window.isVisible()
    assert CountingWindow.made == [None]


def test_only_a_plain_start_on_macos_waits(qapp, opener, letters, monkeypatch):
    monkeypatch.setattr("sys.platform", "darwin")
    monkeypatch.setattr(qapp, "applicationState", lambda: Qt.ApplicationState.ApplicationInactive)
    assert files_may_follow(qapp, OpenRequest())
    assert not files_may_follow(qapp, OpenRequest((str(letters[0]),)))
    assert not files_may_follow(qapp, OpenRequest(example=True))
    monkeypatch.setattr(qapp, "applicationState", lambda: Qt.ApplicationState.ApplicationActive)
    assert not files_may_follow(qapp, OpenRequest())
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setattr(qapp, "applicationState", lambda: Qt.ApplicationState.ApplicationInactive)
    assert not files_may_follow(qapp, OpenRequest())


def test_elsewhere_a_plain_start_shows_the_empty_letter_at_once(qapp, opener, monkeypatch):
    monkeypatch.setattr("sys.platform", "win32")
    startup.start_when_launched(qapp, opener, OpenRequest())
    assert CountingWindow.made == [None]
