"""Finds and loads the Qt Designer forms (``ui/*.ui``) at run time with QUiLoader."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


@cache
def ui_dir() -> Path:
    """The folder of the .ui files: in a wheel ``answerletter/_ui``, in a checkout ``ui/``."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "answerletter" / "_ui")
    candidates += [_PACKAGE_DIR / "_ui", _PACKAGE_DIR.parent.parent / "ui"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    looked = ", ".join(map(str, candidates))
    raise FileNotFoundError(f"The ui folder is missing; looked in {looked}")


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
