"""The small window, right under a footnote mark, in which the footnote's text is edited.

It opens on a double click on the mark (or Ctrl+Alt+F for a new footnote) and behaves like an
in-place field: Enter keeps the text, Shift+Enter breaks the line, Escape cancels, and a click
outside keeps the text too (as leaving a field does).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication, QHideEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from answerletter.gui.palette_colours import hint_colour


class FootnotePopup(QFrame):
    """Edits one footnote's text in *body_editor* (an inline RichTextEditor).

    ``finished(keep)`` fires once: True to keep the edited text, False to cancel;
    ``removeRequested`` when the user deletes the footnote.
    """

    finished = Signal(bool)
    removeRequested = Signal()

    def __init__(
        self,
        parent: QWidget,
        body_editor: QTextEdit,
        toolbar: QToolBar,
        number: int,
        *,
        is_new: bool,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Footnote editor"))
        self._done = False
        self.body_editor = body_editor
        body_editor.setParent(self)
        title = self.tr("New footnote {number}") if is_new else self.tr("Footnote {number}")
        self.title = QLabel(title.format(number=number), self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        body_editor.setAccessibleName(self.tr("Text of footnote {number}").format(number=number))
        line = body_editor.fontMetrics().lineSpacing()
        body_editor.setMinimumSize(380, 3 * line + 12)
        body_editor.setMaximumHeight(6 * line + 12)
        hint = QLabel(self.tr("Enter: done · Shift+Enter: new line · Esc: cancel"), self)
        # The only place these keys are shown: readable (4.5:1), not the faint mid tone.
        hint.setObjectName("footnoteKeyHint")
        hint_palette = hint.palette()
        hint_palette.setColor(QPalette.ColorRole.WindowText, hint_colour(hint_palette))
        hint.setPalette(hint_palette)
        self.hint = hint
        self.remove_button = QPushButton(self.tr("&Delete Footnote"), self)
        self.remove_button.setAccessibleName(self.tr("Delete footnote"))
        self.remove_button.setVisible(not is_new)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.done_button = QPushButton(self.tr("Done"), self)
        self.done_button.setDefault(True)
        self.remove_button.clicked.connect(self._remove)
        self.cancel_button.clicked.connect(self.cancel)
        self.done_button.clicked.connect(self.keep)
        body_editor.commitRequested.connect(self.keep)  # type: ignore[attr-defined]
        body_editor.cancelRequested.connect(self.cancel)  # type: ignore[attr-defined]

        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.done_button)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(toolbar)
        toolbar.setParent(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addLayout(head)
        layout.addWidget(body_editor)
        layout.addWidget(hint)
        layout.addLayout(buttons)

    def show_at(self, point: QPoint) -> None:
        """Show with the top-left corner at *point* (global), kept on the screen."""
        self.adjustSize()
        screen = QGuiApplication.screenAt(point) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        x = max(area.left(), min(point.x(), area.right() - self.width()))
        y = point.y()
        if y + self.height() > area.bottom():
            y = max(area.top(), point.y() - self.height() - 24)
        self.move(x, y)
        self.show()
        self.body_editor.setFocus(Qt.FocusReason.PopupFocusReason)

    def keep(self) -> None:
        self._finish(True)

    def cancel(self) -> None:
        self._finish(False)

    def _remove(self) -> None:
        if not self._done:
            self._done = True
            self.removeRequested.emit()
            self.close()

    def _finish(self, keep: bool) -> None:
        if self._done:
            return
        self._done = True
        self.finished.emit(keep)
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        # A popup closes when the user clicks elsewhere: that keeps the text, like leaving a field.
        self._finish(True)
        super().hideEvent(event)
