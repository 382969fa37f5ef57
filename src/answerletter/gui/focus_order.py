"""Where Tab goes in the editor window: only to what the user can see, in reading order.

Two things Qt does not do by itself:

* A dock tabified behind another (the letter details behind the questions) is not hidden:
  Qt moves it off-screen, so its fields stay in the focus chain and in the accessibility
  tree, and Tab walked into fields nobody can see. ``HiddenDockGuard`` hides the contents of
  every dock the user cannot see and shows them again when the dock comes to the front.
* The focus chain follows the order in which widgets were made, not the screen.
  ``ReadingOrder`` chains the window's parts as they are read: the question filter and
  list (or, in their place, the letter details), each question's number and text, the
  answer, the preview and its zoom, the find bar when it is open, then the findings.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from answerletter.gui.answer_editor import QuestionRow

if TYPE_CHECKING:
    from answerletter.gui.main_window import MainWindow

_DOCK_EVENTS = (
    QEvent.Type.Move,
    QEvent.Type.Show,
    QEvent.Type.Hide,
    QEvent.Type.ChildAdded,
)


def dock_is_seen(dock: QDockWidget) -> bool:
    """Whether the user can see *dock*: open, and floating or in front of its tab group.

    Qt moves a dock tabified behind another to negative coordinates (and tests for it the
    same way when it tells ``visibilityChanged``)."""
    if dock.isHidden():
        return False
    if dock.isFloating():
        return True
    geometry = dock.geometry()
    return geometry.right() >= 0 and geometry.bottom() >= 0


class HiddenDockGuard(QObject):
    """Hides the contents of the docks of *window* that are behind another dock."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._pending = False
        window.installEventFilter(self)
        for dock in window.findChildren(QDockWidget):
            self._watch(dock)

    def _watch(self, dock: QDockWidget) -> None:
        if dock.property("hiddenDockGuard"):
            return
        dock.setProperty("hiddenDockGuard", True)
        dock.installEventFilter(self)
        dock.visibilityChanged.connect(self._schedule)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._window:
            if kind == QEvent.Type.ChildAdded:
                child = event.child()  # type: ignore[attr-defined]
                if isinstance(child, QDockWidget):
                    self._watch(child)
                    self._schedule()
            elif kind == QEvent.Type.Show:
                self._schedule()
        elif isinstance(watched, QDockWidget) and kind in _DOCK_EVENTS:
            if kind == QEvent.Type.ChildAdded:
                self._schedule()  # new contents (the window rebinds to a new letter)
            else:
                self.update_dock(watched)
        return False

    def _schedule(self, *_: object) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.update_all)

    def update_all(self) -> None:
        """Show or hide the contents of every dock as the docks stand now."""
        self._pending = False
        for dock in self._window.findChildren(QDockWidget):
            self.update_dock(dock)

    def update_dock(self, dock: QDockWidget) -> None:
        contents = dock.widget()
        if contents is None or not shiboken6.isValid(contents):
            return
        if not self._window.isVisible():
            return  # nothing is laid out yet; the window's Show decides
        seen = dock_is_seen(dock)
        if contents.isHidden() == seen:
            # Hidden, it keeps its size: the dock area stays as wide as the widest panel.
            policy = contents.sizePolicy()
            if not policy.retainSizeWhenHidden():
                policy.setRetainSizeWhenHidden(True)
                contents.setSizePolicy(policy)
            contents.setVisible(seen)


class ReadingOrder(QObject):
    """Keeps the focus chain of *window* in reading order (see the module's text)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._watched: QWidget | None = None

    def bind(self) -> None:
        """Follow the window's current panes (call after each rebuild)."""
        box = self._window.editor_pane.questions_box
        if self._watched is not box:
            # Question rows are made when a combined answer first needs them.
            box.installEventFilter(self)
            self._watched = box
        self.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.ChildAdded:
            self.apply()
        return False

    def chain(self) -> list[QWidget]:
        """The window's parts in reading order (hidden ones are skipped by Qt at Tab time)."""
        window = self._window
        pane = window.editor_pane
        parts: list[QWidget] = [window.list_pane.filter_box, window.list_pane.view]
        # The letter details share the questions' place: one of the two is hidden.
        parts += focus_descendants(window.form)
        # The rows as children of their box: a new row is one before the pane lists it.
        for row in pane.questions_box.findChildren(
            QuestionRow, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            parts += [row.number, row.editor]
        parts += [pane.reference_clear, pane.answer_editor]
        parts += [window.preview.scroll_area, window.preview.zoom_box]
        # The find bar under the editor and the preview (skipped while it is closed).
        parts += focus_descendants(window.find_replace.bar)
        parts += focus_descendants(window.findings.pane)
        return [part for part in parts if shiboken6.isValid(part)]

    def apply(self) -> None:
        for first, second in pairwise(self.chain()):
            QWidget.setTabOrder(first, second)


def focus_descendants(container: QWidget) -> list[QWidget]:
    """The widgets inside *container* that Tab can reach, in their present focus order."""
    found: list[QWidget] = []
    start = container.window()
    widget = start.nextInFocusChain()
    # The chain is a ring through the whole window: one turn, guarded against a broken ring.
    for _ in range(len(start.findChildren(QWidget)) + 1):
        if widget is None or widget is start:
            break
        if container.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def focus_editor(window: MainWindow) -> bool:
    """Put the keyboard in the answer editor (View ▸ Editor); False when no question is shown."""
    pane = window.editor_pane
    if not pane.current_id:
        return False
    pane.answer_editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
    return True


def focus_preview(window: MainWindow) -> None:
    """Put the keyboard in the preview (View ▸ Preview)."""
    window.preview.scroll_area.setFocus(Qt.FocusReason.ShortcutFocusReason)
