"""The guard of tests/conftest.py: a real modal dialog fails the test at once instead of
blocking it (and is remembered, in case the code under test caught the error)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from modal_guard import UnexpectedDialogError


@pytest.fixture
def opened(request):
    """The guard's record; emptied afterwards, since these tests open dialogs on purpose."""
    record = request.getfixturevalue("_no_unexpected_modal_dialogs")
    yield record
    record.clear()


def test_a_modal_message_box_raises_instead_of_blocking(qtbot, opened):
    parent = QWidget()
    qtbot.addWidget(parent)
    with pytest.raises(UnexpectedDialogError, match=r"QMessageBox\.exec"):
        QMessageBox(parent).exec()
    assert opened == ["QMessageBox.exec"]


def test_static_dialogs_raise_too(qapp, opened):
    with pytest.raises(UnexpectedDialogError):
        QMessageBox.question(None, "Vraag", "Echt?")
    with pytest.raises(UnexpectedDialogError):
        QFileDialog.getOpenFileName(None, "Openen")
    assert opened == ["QMessageBox.question", "QFileDialog.getOpenFileName"]
