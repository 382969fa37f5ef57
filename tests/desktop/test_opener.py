"""The one open path in-process: file-open events queued until the first window, a file
already open brought forward instead of opened twice, an untouched empty window reused, and
unreadable files reported without disturbing the open windows.

The windows here are stand-ins with the MainWindow surface the opener uses, so these tests
check the routing alone; the two-process tests run the real editor window.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QWidget

from answerletter.config import Config
from answerletter.desktop import startup
from answerletter.desktop.instance import OpenRequest
from answerletter.desktop.opener import Opener
from answerletter.editing.document import Document
from answerletter.fileformat import save_letter
from answerletter.gui import dialogs
from answerletter.templates import example_letter
from answerletter.testing.synthetic import generate_letter


@pytest.fixture
def errors(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(
        dialogs, "show_error", lambda parent, title, text, details="": shown.append(text)
    )
    return shown


class FakeWindow(QWidget):
    """What the opener needs of a MainWindow: a document, replace_document, show/close."""

    def __init__(self, document: Document, config: Config, owner: object = None) -> None:
        super().__init__()
        self.config = config
        self.owner = owner
        self.document = document

    def replace_document(self, document: Document) -> None:
        self.document = document


@pytest.fixture
def opener(qtbot, qapp, tmp_path, errors):
    opener = Opener(Config(tmp_path / "config"), window_factory=FakeWindow)
    startup.connect_file_open_events(qapp, opener)
    yield opener
    qapp.fileOpenRequested.disconnect(opener.open_request)
    for window in opener.windows():
        qtbot.addWidget(window)  # closed and deleted by pytest-qt


@pytest.fixture
def letters(tmp_path):
    paths = []
    for number in range(2):
        path = tmp_path / f"brief{number}.kvb"
        save_letter(generate_letter(3 + number, seed=number), path)
        paths.append(path)
    return paths


def test_file_open_events_before_the_first_window_are_queued(qapp, opener, letters):
    QApplication.sendEvent(qapp, QFileOpenEvent(str(letters[0])))
    assert opener.windows() == []
    opener.start(OpenRequest())
    windows = opener.windows()
    assert [w.document.path for w in windows] == [letters[0]]  # no extra empty window
    assert windows[0].isVisible()


def test_file_open_event_after_start_opens_a_window(qapp, opener, letters):
    opener.start(OpenRequest((str(letters[0]),)))
    QApplication.sendEvent(qapp, QFileOpenEvent(str(letters[1])))
    assert [w.document.path for w in opener.windows()] == letters


def test_an_open_file_comes_forward_instead_of_opening_twice(opener, letters, tmp_path):
    opener.start(OpenRequest(tuple(map(str, letters))))
    first = opener.windows()[0]
    first.showMinimized()
    # The same file by another spelling of its path.
    again = opener.open_path(tmp_path / "sub" / ".." / letters[0].name)
    assert again is first
    assert len(opener.windows()) == 2
    assert not first.isMinimized()


def test_an_untouched_empty_window_is_reused(opener, letters):
    opener.start(OpenRequest())
    empty = opener.windows()[0]
    assert empty.document.path is None
    opener.open_request(OpenRequest((str(letters[0]),)))
    assert opener.windows() == [empty]
    assert empty.document.path == letters[0]


def test_a_plain_second_launch_opens_nothing_new(opener, letters):
    opener.start(OpenRequest((str(letters[0]),)))
    opener.open_request(OpenRequest())
    assert len(opener.windows()) == 1


def test_unreadable_files_are_reported_and_leave_windows_alone(opener, letters, tmp_path, errors):
    bad = tmp_path / "kapot.kvb"
    bad.write_text("geen brief")
    opener.start(OpenRequest((str(bad), str(tmp_path / "weg.kvb"))))
    assert len(errors) == 2 and "kapot.kvb" in errors[0] and "weg.kvb" in errors[1]
    assert len(opener.windows()) == 1  # the empty letter, so the editor is not windowless
    opener.open_request(OpenRequest((str(bad),)))
    assert len(errors) == 3 and len(opener.windows()) == 1


def test_example_request_and_closed_windows(opener, letters):
    opener.start(OpenRequest((str(letters[0]),), example=True))
    windows = opener.windows()
    assert windows[0].document.letter == example_letter()
    assert windows[1].document.path == letters[0]
    windows[1].close()
    assert opener.windows() == [windows[0]]
    # A closed file opens again in a new window.
    reopened = opener.open_path(letters[0])
    assert reopened is not None and reopened is not windows[1]
    assert len(opener.windows()) == 2
