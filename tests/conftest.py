"""Test-wide settings: Qt runs offscreen, before any QApplication exists."""

import os
import sys

import pytest

from modal_guard import refuse_modal_dialogs

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def qapp_cls():
    """The tests run under the editor's own application class (pytest-qt's qapp_cls), so
    file-open events posted to the application take the real route."""
    from answerletter.desktop.application import EditorApplication

    return EditorApplication


@pytest.fixture(autouse=True)
def _empty_clipboard_afterwards():
    """Clear the clipboard after every test that ran Qt.

    On the offscreen platform, QMimeData left on the clipboard is destroyed during
    interpreter shutdown after the QApplication, and the process segfaults on exit (exit
    code 139: the run fails although every test passed). The xcb platform does not do this.
    """
    yield
    if "PySide6.QtGui" not in sys.modules:
        return
    from PySide6.QtGui import QGuiApplication

    if isinstance(QGuiApplication.instance(), QGuiApplication):
        QGuiApplication.clipboard().clear()


@pytest.fixture(autouse=True)
def _no_unexpected_modal_dialogs(monkeypatch):
    """Fail at once, instead of hanging, when a test opens a real modal dialog (see
    modal_guard); yields the record of refused dialogs."""
    yield from refuse_modal_dialogs(monkeypatch)
