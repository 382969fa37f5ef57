"""Test-wide settings: Qt runs offscreen, before any QApplication exists."""

import os
import sys

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


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


class UnexpectedDialogError(AssertionError):
    """A modal dialog opened that the test did not replace: it would block the test."""


@pytest.fixture(autouse=True)
def _no_unexpected_modal_dialogs(monkeypatch):
    """Fail at once, instead of hanging, when a test opens a real modal dialog.

    Tests replace the dialog functions (``gui.dialogs``, ``gui.safety_dialogs``,
    ``gui.richtext.linkdialog``); whatever still reaches Qt's modal entry points raises here.
    The error is also remembered, because code under test may catch it (the exception
    handler, a slot): the test then fails at teardown.
    """
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

    opened: list[str] = []

    def refuse(name):
        def modal(*args, **kwargs):
            opened.append(name)
            raise UnexpectedDialogError(f"unexpected modal dialog: {name}{args[1:3]!r}")

        return modal

    for owner, names in (
        (QDialog, ("exec", "exec_")),
        (QMessageBox, ("exec", "information", "warning", "critical", "question", "about")),
        (QFileDialog, ("exec", "getOpenFileName", "getOpenFileNames", "getSaveFileName",
                       "getExistingDirectory")),
        (QInputDialog, ("exec", "getItem", "getText", "getInt", "getDouble")),
        (QPrintDialog, ("exec",)),
    ):  # fmt: skip
        for name in names:
            if hasattr(owner, name):
                monkeypatch.setattr(owner, name, refuse(f"{owner.__name__}.{name}"))
    yield opened
    assert opened == [], f"unexpected modal dialogs: {opened}"
