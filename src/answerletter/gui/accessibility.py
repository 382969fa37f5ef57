"""The editor window for keyboard and screen-reader users (issue 19, items 1–6), in one
place the window wires in: ``WindowAccess(window)`` once, ``bind()`` after each rebuild of
its panes.

* the contents of docks behind another dock leave the focus chain (``focus_order``);
* Tab follows the reading order (``focus_order``);
* whatever has the focus shows a 2 px ring (``focus_frame``);
* Ctrl+2 lands on the letter details' section tabs, which are named, not on an unnamed
  container;
* the preview reads the letter as it is printed, page by page (``preview_access``);
* footnote marks and links in the editors are said when the caret is on them
  (``editor_access``);
* the deadline in the status bar reads its text (Qt's QLabel raises NameChanged on each new
  text, as its accessible name is left to the text) and is announced when it turns red.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTabWidget

from answerletter.gui import preview_access
from answerletter.gui.accessibility_events import announce
from answerletter.gui.editor_access import give_speech
from answerletter.gui.focus_frame import FocusFrames
from answerletter.gui.focus_order import HiddenDockGuard, ReadingOrder
from answerletter.gui.richtext import RichTextEditor

if TYPE_CHECKING:
    from answerletter.gui.main_window import MainWindow


class WindowAccess(QObject):
    """Keyboard and screen-reader support of one editor window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        # Qt asks the factories when it first makes an interface: before any pane exists.
        preview_access.register()
        self.docks = HiddenDockGuard(window)
        self.order = ReadingOrder(window)
        self.frames = FocusFrames(window)
        # (document, passed) as last shown: only a change in one letter is news.
        self._deadline: tuple[object, bool] | None = None
        self._rows_box: QObject | None = None

    def bind(self) -> None:
        """Follow the window's panes as just (re)built."""
        self._name_details_target()
        preview_access.expose(self.window.preview)
        for editor in self.window.findChildren(RichTextEditor):
            give_speech(editor)
        box = self.window.editor_pane.questions_box
        if self._rows_box is not box:
            box.installEventFilter(self)  # question rows made later get speech too
            self._rows_box = box
        self.order.bind()
        self.docks.update_all()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._rows_box and event.type() == QEvent.Type.ChildAdded:
            for editor in watched.findChildren(RichTextEditor):
                give_speech(editor)
        return False

    def _name_details_target(self) -> None:
        """View ▸ Letter Details (Ctrl+2) focuses the form; the form hands the focus to its
        section tabs, named after the details, so the user lands on something that says
        where they are and shows the focus."""
        form = self.window.form
        tabs = form.findChild(QTabWidget, "tabs")
        if tabs is None:
            return
        bar = tabs.tabBar()
        if not bar.accessibleName():
            bar.setAccessibleName(tabs.accessibleName())
        form.setFocusProxy(bar)

    def deadline_shown(self, passed: bool) -> None:
        """The status bar's deadline was just set; say so when it turned red (passed).

        Screen readers speak a changed name only for the object they are on, and nobody is on
        the status bar: a deadline that passes (a submission date corrected, a letter date
        set) is announced politely instead. Opening a letter whose deadline passed long ago is
        not news; the label says it to whoever reads the status bar."""
        document = self.window.document
        before = self._deadline
        self._deadline = (document, passed)
        if passed and before is not None and before == (document, False):
            label = self.window.deadline_label
            announce(label, label.text())

    def dispose(self) -> None:
        """The window is closing: stop following the application's focus."""
        self.frames.dispose()
