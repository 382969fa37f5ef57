"""Loads the Qt Designer forms (``ui/*.ui``, found by ``answerletter.resources``) at run time."""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from answerletter.resources import ui_dir


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the widget tree of ``<name>.ui``; raises RuntimeError with Qt's message."""
    file = QFile(str(ui_dir() / f"{name}.ui"))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise RuntimeError(f"Cannot read {file.fileName()}: {file.errorString()}")
    try:
        loader = QUiLoader()
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"Cannot load {name}.ui: {loader.errorString()}")
    return widget
