"""Qt calls made without Python's interpreter lock: two that take Qt's connection lock, and the
long ones of typesetting.

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

The same holds for the calls in which Qt lays text out (closing an edit block, asking a
document's size), draws it and empties a document: through PySide they keep the interpreter
lock for as long as Qt works, up to a second at 10,000 questions, and every other Python thread
(the GUI's included) waits that long (py-spy ``--gil`` in bench/bench_gui_thread.py). Qt calls
back into Python during layout (the marker and note-number handlers); PySide takes the lock for
those calls itself.
"""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path
from typing import Any

import PySide6
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QTextCursor, QTextDocument

_DOCUMENT_LAYOUT = "_ZNK13QTextDocument14documentLayoutEv"
_REGISTER_HANDLER = "_ZN27QAbstractTextDocumentLayout15registerHandlerEiP7QObject"
_END_EDIT_BLOCK = "_ZN11QTextCursor12endEditBlockEv"
_SIZE = "_ZNK13QTextDocument4sizeEv"
_CLEAR = "_ZN13QTextDocument5clearEv"
# QTextDocumentLayout is the layout every QTextDocument makes for itself (Qt's private but
# exported class); calling its draw directly is what the virtual call would reach.
_DRAW = "_ZN19QTextDocumentLayout4drawEP8QPainterRKN27QAbstractTextDocumentLayout12PaintContextE"


class _SizeF(ctypes.Structure):
    _fields_ = [("width", ctypes.c_double), ("height", ctypes.c_double)]


class _Functions:
    """Qt's functions, typed for ctypes."""

    def __init__(self, library: ctypes.CDLL) -> None:
        def function(name: str, argtypes: list[Any], restype: Any) -> Any:
            found = getattr(library, name)
            found.argtypes = argtypes
            found.restype = restype
            return found

        pointer = ctypes.c_void_p
        self.document_layout = function(_DOCUMENT_LAYOUT, [pointer], pointer)
        self.register_handler = function(_REGISTER_HANDLER, [pointer, ctypes.c_int, pointer], None)
        self.end_edit_block = function(_END_EDIT_BLOCK, [pointer], None)
        self.size = function(_SIZE, [pointer], _SizeF)
        self.clear = function(_CLEAR, [pointer], None)
        self.draw = function(_DRAW, [pointer, pointer, pointer], None)


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


def _functions() -> _Functions | None:
    library = _qt_gui()
    if library is None:
        return None
    try:
        return _Functions(library)
    except AttributeError:
        return None


_FUNCTIONS = _functions()
#: Whether the calls below release the interpreter lock (else they go through PySide).
UNLOCKED = _FUNCTIONS is not None


def _address(wrapped: shiboken6.Shiboken.Object) -> int:
    """The C++ object behind a PySide wrapper."""
    return int(shiboken6.getCppPointer(wrapped)[0])


def make_layout(document: QTextDocument) -> None:
    """Make *document*'s layout now (Qt makes it on first use and connects its signals)."""
    if _FUNCTIONS is None:
        document.documentLayout()
        return
    _FUNCTIONS.document_layout(_address(document))


def register_handler(document: QTextDocument, object_type: int, handler: QObject) -> None:
    """``document.documentLayout().registerHandler(object_type, handler)``."""
    if _FUNCTIONS is None:
        document.documentLayout().registerHandler(object_type, handler)
        return
    layout = _FUNCTIONS.document_layout(_address(document))
    _FUNCTIONS.register_handler(layout, object_type, _address(handler))


def end_edit_block(cursor: QTextCursor) -> None:
    """``cursor.endEditBlock()``: where Qt lays out what the block changed."""
    if _FUNCTIONS is None:
        cursor.endEditBlock()
        return
    _FUNCTIONS.end_edit_block(_address(cursor))


def document_height(document: QTextDocument) -> float:
    """``document.size().height()``: asking it makes Qt finish the layout (it is lazy)."""
    if _FUNCTIONS is None:
        return document.size().height()
    return float(_FUNCTIONS.size(_address(document)).height)


def clear(document: QTextDocument) -> None:
    """``document.clear()``: Qt frees the blocks and their layouts."""
    if _FUNCTIONS is None:
        document.clear()
        return
    _FUNCTIONS.clear(_address(document))


def draw(
    document: QTextDocument, painter: QPainter, context: QAbstractTextDocumentLayout.PaintContext
) -> None:
    """``document.documentLayout().draw(painter, context)``."""
    layout = document.documentLayout()
    if _FUNCTIONS is None or layout.metaObject().className() != "QTextDocumentLayout":
        layout.draw(painter, context)
        return
    _FUNCTIONS.draw(_address(layout), _address(painter), _address(context))
