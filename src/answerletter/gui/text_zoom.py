"""Text size of the question and answer editors (View ▸ Text Size), remembered across restarts.

Ctrl++ / Ctrl+- / Ctrl+0 size the editors' text; when the preview has the focus the same keys
zoom the preview instead (its own View ▸ Zoom In / Zoom Out), so one set of keys acts on what
the user is looking at and no two actions share a shortcut (Qt would then run neither).
Ctrl+wheel over an editor does the same as Ctrl++ / Ctrl+-.

Word's formatting keys stay as they are in the editors: Ctrl+Shift+= (on most layouts "+"
with Shift) is superscript and Ctrl+= subscript. Ctrl++ is therefore the "+" typed without
Shift: the keypad's, or the plus key of layouts that have one (German, Nordic, ...).

The size is a percentage of the application's font, kept in the settings as
``editor_text_size``. Editors made later (the rows of a combined answer) get it when they
are first shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QWheelEvent
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from answerletter.gui.richtext import RichTextEditor

if TYPE_CHECKING:
    from answerletter.gui.main_window import MainWindow

#: The sizes Ctrl++ and Ctrl+- step through, in percent of the normal size.
SIZES = (70, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)
NORMAL = 100


def step(size: int, steps: int) -> int:
    """The size *steps* away from *size* in SIZES (a size between two steps counts as one)."""
    if steps > 0:
        bigger = [s for s in SIZES if s > size]
        return bigger[min(steps, len(bigger)) - 1] if bigger else size
    smaller = [s for s in SIZES if s < size]
    return smaller[max(steps, -len(smaller))] if smaller and steps < 0 else size


def scaled_font(base: QFont, percent: int) -> QFont:
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * percent / 100)
    elif base.pixelSize() > 0:
        font.setPixelSize(max(1, round(base.pixelSize() * percent / 100)))
    return font


class TextZoom(QObject):
    """The editors' text size in *window*: its actions, and applying it to the editors."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.size = window.config.settings.editor_text_size
        if self.size not in SIZES:
            self.size = min(SIZES, key=lambda s: abs(s - self.size))
        self._pane: QWidget | None = None
        self._rows_box: QWidget | None = None

    # -- actions and menu (built again with the window's menus on a language switch) --

    def add_menu(self, view_menu: QMenu) -> QMenu:
        """Make the actions and add View ▸ Text Size with them."""
        window = self.window
        # Written out, not QKeySequence.ZoomIn/ZoomOut: those add the multimedia zoom keys,
        # which only crowd the shortcuts list (on macOS "Ctrl" is the Command key).
        self.larger_action = QAction(self.tr("&Larger Text"), window)
        self.larger_action.setShortcut(QKeySequence("Ctrl++"))
        self.smaller_action = QAction(self.tr("&Smaller Text"), window)
        self.smaller_action.setShortcut(QKeySequence("Ctrl+-"))
        self.normal_action = QAction(self.tr("&Normal Text Size"), window)
        self.normal_action.setShortcut(QKeySequence("Ctrl+0"))
        tip = self.tr("Size of the text in the question and answer editors (in the preview: zoom)")
        for action in (self.larger_action, self.smaller_action, self.normal_action):
            action.setStatusTip(tip)
        self.larger_action.triggered.connect(lambda: self.zoom(1))
        self.smaller_action.triggered.connect(lambda: self.zoom(-1))
        self.normal_action.triggered.connect(self.reset)
        menu = QMenu(self.tr("&Text Size"), window)
        menu.addActions([self.larger_action, self.smaller_action, self.normal_action])
        view_menu.addMenu(menu)
        return menu

    # -- the editors --

    def bind(self, pane: QWidget) -> None:
        """Size the editors of *pane* (the answer editor pane of the window's document)."""
        self._pane = pane
        # The question rows of a combined answer are made later, inside its questions box:
        # they are sized when they are first shown (polished).
        self._rows_box = getattr(pane, "questions_box", pane)
        self._rows_box.installEventFilter(self)
        self.apply()

    def editors(self) -> list[RichTextEditor]:
        if self._pane is None:
            return []
        return self._pane.findChildren(RichTextEditor)

    def apply(self) -> None:
        for editor in self.editors():
            self._size_editor(editor)

    def _size_editor(self, editor: RichTextEditor) -> None:
        font = scaled_font(QApplication.font(editor), self.size)
        if editor.font() != font:
            editor.setFont(font)
        if not editor.property("textZoomWatched"):
            editor.setProperty("textZoomWatched", True)
            editor.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ChildPolished and watched is self._rows_box:
            self.apply()  # a question row made for a combined answer
        elif (
            kind == QEvent.Type.Wheel
            and isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            delta = event.angleDelta().y()
            if delta:
                self.set_size(step(self.size, 1 if delta > 0 else -1))
            return True
        return False

    # -- commands --

    def _preview_has_focus(self) -> bool:
        focus = QApplication.focusWidget()
        preview = getattr(self.window, "preview", None)
        return focus is not None and preview is not None and preview.isAncestorOf(focus)

    def zoom(self, steps: int) -> None:
        if self._preview_has_focus():
            self.window.preview.zoom_by(steps)
            return
        self.set_size(step(self.size, steps))

    def reset(self) -> None:
        if self._preview_has_focus():
            self.window.preview.set_zoom("width")
            return
        self.set_size(NORMAL)

    def set_size(self, size: int) -> None:
        """Show the editors' text at *size* percent and remember it."""
        if size == self.size:
            return
        self.size = size
        self.apply()
        self.window.config.update(editor_text_size=size)
        self.window.statusBar().showMessage(self.tr("Text size {size} %").format(size=size), 2000)
