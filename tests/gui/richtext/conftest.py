"""Fixtures for the rich-text editor tests: a shown, focused editor in an active window."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from answerletter.gui.richtext import RichTextEditor, make_format_toolbar

# Lets the tests import local_strategies (a fallback for the shared tests/strategies.py).
sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture
def window(qtbot):
    """A window holding a format toolbar and an editor; the editor has the focus."""
    window = QWidget()
    editor = RichTextEditor(window)
    layout = QVBoxLayout(window)
    layout.addWidget(make_format_toolbar(editor))
    layout.addWidget(editor)
    window.editor = editor
    window.resize(640, 420)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    return window


@pytest.fixture
def editor(window) -> RichTextEditor:
    return window.editor
