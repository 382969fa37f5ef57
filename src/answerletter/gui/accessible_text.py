"""Text for screen readers where Qt has none: our own accessible interfaces, installed with
``QAccessible.installFactory``.

PySide6 lets Python subclass ``QAccessibleWidget`` and ``QAccessibleTextInterface`` together;
``interface_cast`` hands Qt the address of the object's text-interface part, so the platform
bridge (AT-SPI, UI Automation, NSAccessibility) reads the text from Python. What PySide6 does
not expose (``attributes``, ``selection``, the text-at-offset helpers) keeps Qt's defaults,
which work from ``text()`` and ``characterCount()``.

``TextSource`` is what a widget's interface reads: the whole text, and where the caret is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface, QAccessibleTextInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget


class TextSource(Protocol):
    """What a screen reader reads in one widget."""

    def text(self) -> str: ...

    def cursor(self) -> int:
        """The caret's offset in ``text()``."""
        ...

    def set_cursor(self, offset: int) -> None: ...

    def rect_of(self, offset: int) -> QRect:
        """Where character *offset* is on the screen (global coordinates)."""
        ...

    def offset_at(self, point: QPoint) -> int:
        """The offset at *point* (global coordinates), or -1."""
        ...


#: Finds the text source of a widget, or None when it has none (yet).
SourceFinder = Callable[[QWidget], "TextSource | None"]
#: Whether a widget gets our interface (decided once, when Qt first makes one for it).
Chooser = Callable[[QWidget], bool]

_kinds: list[tuple[str, Chooser, QAccessible.Role, SourceFinder]] = []
_factory_installed: list[bool] = []  # one entry once the factory is installed


def register(name: str, chooser: Chooser, role: QAccessible.Role, finder: SourceFinder) -> None:
    """Give the widgets *chooser* picks an interface of *role* reading from *finder*'s source
    (once per *name*).

    The source is looked up whenever the text is read, so a widget whose interface Qt made
    before its source existed still reads it."""
    if not any(known == name for known, _, _, _ in _kinds):
        _kinds.append((name, chooser, role, finder))
    if not _factory_installed:
        QAccessible.installFactory(_factory)
        _factory_installed.append(True)


def _factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    # Called by Qt for every object it first makes an interface for: quick, never raising.
    if not isinstance(obj, QWidget):
        return None
    try:
        for _, chooser, role, finder in _kinds:
            if chooser(obj):
                return TextAccessible(obj, role, finder)
    except Exception:  # a screen reader must never take the program down
        return None
    return None


class TextAccessible(QAccessibleWidget, QAccessibleTextInterface):
    """A widget's interface whose text comes from its ``TextSource``."""

    def __init__(self, widget: QWidget, role: QAccessible.Role, finder: SourceFinder) -> None:
        QAccessibleWidget.__init__(self, widget, role, "")
        QAccessibleTextInterface.__init__(self)
        self._finder = finder

    def _source(self) -> TextSource | None:
        widget = self.object()
        if not isinstance(widget, QWidget) or not shiboken6.isValid(widget):
            return None
        return self._finder(widget)

    def _text(self) -> str:
        source = self._source()
        return source.text() if source is not None else ""

    # -- QAccessibleInterface --

    def interface_cast(self, kind: QAccessible.InterfaceType) -> int:  # a void* in fact
        if kind == QAccessible.InterfaceType.TextInterface:
            # The C++ object of the QAccessibleTextInterface base (the second one).
            return shiboken6.VoidPtr(shiboken6.getCppPointer(self)[1])  # type: ignore[return-value]
        found = super().interface_cast(kind)
        # Qt's "none" comes back to Python as None, which PySide cannot hand back to Qt as a
        # pointer (a crash as soon as a screen reader asks, e.g., for a value interface).
        return found if found is not None else shiboken6.VoidPtr(0)

    def text(self, *args: object) -> str:
        # One name, two interfaces: text(kind) of QAccessibleInterface, text(start, end) of
        # QAccessibleTextInterface.
        if len(args) == 2:
            start, end = int(str(args[0])), int(str(args[1]))
            whole = self._text()
            if end < 0:
                end = len(whole)
            return whole[max(0, start) : max(0, end)]
        kind = args[0]
        widget = self.object()
        if isinstance(widget, QWidget) and shiboken6.isValid(widget):
            if kind == QAccessible.Text.Name:
                return widget.accessibleName()
            if kind == QAccessible.Text.Description:
                return widget.accessibleDescription()
        return str(super().text(kind))  # type: ignore[arg-type]

    # -- QAccessibleTextInterface --

    def characterCount(self) -> int:
        return len(self._text())

    def cursorPosition(self) -> int:
        source = self._source()
        return source.cursor() if source is not None else 0

    def setCursorPosition(self, position: int) -> None:
        source = self._source()
        if source is not None:
            source.set_cursor(position)

    def selectionCount(self) -> int:
        return 0

    def addSelection(self, startOffset: int, endOffset: int) -> None:  # noqa: N803
        return None

    def removeSelection(self, selectionIndex: int) -> None:  # noqa: N803
        return None

    def setSelection(self, selectionIndex: int, startOffset: int, endOffset: int) -> None:  # noqa: N803
        return None

    def characterRect(self, offset: int) -> QRect:
        source = self._source()
        return source.rect_of(offset) if source is not None else QRect()

    def offsetAtPoint(self, point: QPoint) -> int:
        source = self._source()
        return source.offset_at(point) if source is not None else -1

    def scrollToSubstring(self, startIndex: int, endIndex: int) -> None:  # noqa: N803
        self.setCursorPosition(startIndex)
