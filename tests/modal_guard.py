"""Qt's modal entry points replaced, so that a dialog a test did not expect fails the test
at once instead of blocking it (used by the autouse fixture in tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


class UnexpectedDialogError(AssertionError):
    """A modal dialog opened that the test did not replace: it would block the test."""


def refuse_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
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
