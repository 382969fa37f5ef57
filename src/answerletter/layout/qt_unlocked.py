"""Two Qt calls that take Qt's connection lock, made without Python's interpreter lock.

PySide keeps the interpreter lock through ``QTextDocument.documentLayout()`` (which makes the
layout on first use and connects its signals) and through
``QAbstractTextDocumentLayout.registerHandler()`` (which connects the handler's ``destroyed``).
On a layout or export thread that is one half of a deadlock: the GUI thread, destroying a
QObject made from Python, holds a connection lock (Qt shares a small pool of them between all
objects) and waits for the interpreter lock to ask the object's wrapper for a Python override
(stacks taken with py-spy and gdb in hung test runs: ``QObject::~QObject`` →
``Sbk_GetPyOverride`` → ``GilState::acquire`` on the GUI thread; ``QTextDocument::documentLayout``
→ ``registerHandler`` → ``connectImpl`` → ``QBasicMutex::lockInternal`` on the worker).

A ``ctypes`` call releases the interpreter lock while it runs, so where Qt's exported functions
can be found (Linux: the Itanium C++ ABI names in PySide's own ``libQt6Gui``), these two calls go
straight to Qt through ctypes; elsewhere through PySide, as before.
"""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path
from typing import Any

import PySide6
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument

_DOCUMENT_LAYOUT = "_ZNK13QTextDocument14documentLayoutEv"
_REGISTER_HANDLER = "_ZN27QAbstractTextDocumentLayout15registerHandlerEiP7QObject"


def _qt_gui() -> ctypes.CDLL | None:
    """PySide's QtGui library (already loaded: opening it again only finds it), or None."""
    if not sys.platform.startswith("linux"):
        return None
    candidates = [Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6Gui.so.6"]
    for candidate in (*candidates, Path("libQt6Gui.so.6")):
        try:
            return ctypes.CDLL(str(candidate) if candidate.is_absolute() else candidate.name)
        except OSError:
            continue
    return None


def _functions() -> tuple[Any, Any] | None:
    library = _qt_gui()
    if library is None:
        return None
    try:
        document_layout = getattr(library, _DOCUMENT_LAYOUT)
        register_handler = getattr(library, _REGISTER_HANDLER)
    except AttributeError:
        return None
    document_layout.argtypes = [ctypes.c_void_p]
    document_layout.restype = ctypes.c_void_p
    register_handler.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p]
    register_handler.restype = None
    return document_layout, register_handler


_FUNCTIONS = _functions()
#: Whether the calls below release the interpreter lock (else they go through PySide).
UNLOCKED = _FUNCTIONS is not None


def _address(qobject: QObject) -> int:
    return int(shiboken6.getCppPointer(qobject)[0])


def make_layout(document: QTextDocument) -> None:
    """Make *document*'s layout now (Qt makes it on first use and connects its signals)."""
    if _FUNCTIONS is None:
        document.documentLayout()
        return
    _FUNCTIONS[0](_address(document))


def register_handler(document: QTextDocument, object_type: int, handler: QObject) -> None:
    """``document.documentLayout().registerHandler(object_type, handler)``."""
    if _FUNCTIONS is None:
        document.documentLayout().registerHandler(object_type, handler)
        return
    document_layout, register = _FUNCTIONS
    register(document_layout(_address(document)), object_type, _address(handler))
