"""The find bar under the editor: what to find, the count ("3 van 17"), previous/next, the
options, and (Ctrl+H) the replace row. Only the widget: what the keys and buttons do is
``find_window.WindowFind``'s work.

Keys inside the bar: Enter finds the next hit, Shift+Enter the previous one; Enter in the
replace field replaces the current hit; Esc closes the bar. F3 and Shift+F3 are the window's
actions (Edit ▸ Find Next / Find Previous), so they work from the editor too.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from answerletter.model.search import Query

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class FindBar(QWidget):
    """``queryChanged`` when the text or an option changes; ``nextRequested`` and
    ``previousRequested``; ``replaceRequested`` and ``replaceAllRequested``; ``closeRequested``
    (Esc or the close button)."""

    queryChanged = Signal()
    nextRequested = Signal()
    previousRequested = Signal()
    replaceRequested = Signal()
    replaceAllRequested = Signal()
    closeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        # No shortcut letters here: the bar shares the window with the menus and the letter
        # details, whose letters it would take; Tab reaches every control.
        self.find_label = QLabel(self)
        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName("findText")
        self.find_edit.setClearButtonEnabled(True)
        self.find_label.setBuddy(self.find_edit)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("findCount")
        self.count_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("00000 van 00000"))
        self.previous_button = QToolButton(self)
        self.previous_button.setArrowType(Qt.ArrowType.UpArrow)
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.case_box = QCheckBox(self)
        self.case_box.setObjectName("findMatchCase")
        self.word_box = QCheckBox(self)
        self.word_box.setObjectName("findWholeWords")
        self.details_box = QCheckBox(self)
        self.details_box.setObjectName("findInDetails")
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("findClose")
        self.close_button.setAutoRaise(True)

        self.replace_row = QWidget(self)
        self.replace_label = QLabel(self.replace_row)
        self.replace_edit = QLineEdit(self.replace_row)
        self.replace_edit.setObjectName("replaceText")
        self.replace_label.setBuddy(self.replace_edit)
        self.replace_button = QPushButton(self.replace_row)
        self.replace_button.setObjectName("replaceOne")
        self.replace_all_button = QPushButton(self.replace_row)
        self.replace_all_button.setObjectName("replaceAll")
        for button in (self.replace_button, self.replace_all_button):
            button.setAutoDefault(False)
        self._lay_out()
        self.retranslate()
        self._connect()
        self.replace_row.hide()
        self.hide()

    def _lay_out(self) -> None:
        find_row = QHBoxLayout()
        find_row.setContentsMargins(0, 0, 0, 0)
        find_row.addWidget(self.find_label)
        find_row.addWidget(self.find_edit, 1)
        find_row.addWidget(self.count_label)
        find_row.addWidget(self.previous_button)
        find_row.addWidget(self.next_button)
        find_row.addWidget(self.case_box)
        find_row.addWidget(self.word_box)
        find_row.addWidget(self.details_box)
        find_row.addWidget(self.close_button)
        replace_layout = QHBoxLayout(self.replace_row)
        replace_layout.setContentsMargins(0, 0, 0, 0)
        replace_layout.addWidget(self.replace_label)
        replace_layout.addWidget(self.replace_edit, 1)
        replace_layout.addWidget(self.replace_button)
        replace_layout.addWidget(self.replace_all_button)
        replace_layout.addStretch(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(find_row)
        layout.addWidget(self.replace_row)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _connect(self) -> None:
        self.find_edit.textChanged.connect(self.queryChanged)
        for box in (self.case_box, self.word_box, self.details_box):
            box.toggled.connect(self.queryChanged)
        self.previous_button.clicked.connect(self.previousRequested)
        self.next_button.clicked.connect(self.nextRequested)
        self.close_button.clicked.connect(self.closeRequested)
        self.replace_button.clicked.connect(self.replaceRequested)
        self.replace_all_button.clicked.connect(self.replaceAllRequested)
        self.find_edit.installEventFilter(self)
        self.replace_edit.installEventFilter(self)

    def retranslate(self) -> None:
        self.find_label.setText(self.tr("Find:"))
        self.find_edit.setPlaceholderText(self.tr("Find in the letter"))
        self.find_edit.setAccessibleName(self.tr("Find"))
        self.previous_button.setToolTip(self.tr("Previous hit (Shift+F3)"))
        self.previous_button.setAccessibleName(self.tr("Previous hit"))
        self.next_button.setToolTip(self.tr("Next hit (F3)"))
        self.next_button.setAccessibleName(self.tr("Next hit"))
        self.case_box.setText(self.tr("Match case"))
        self.word_box.setText(self.tr("Whole words"))
        self.details_box.setText(self.tr("Letter details too"))
        self.details_box.setToolTip(
            self.tr("Also find in the letter details: references, subject, people, sender")
        )
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Close the find bar (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close the find bar"))
        self.replace_label.setText(self.tr("Replace:"))
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.replace_edit.setAccessibleName(self.tr("Replace with"))
        self.replace_button.setText(self.tr("Replace"))
        self.replace_button.setToolTip(self.tr("Replace this hit and go to the next"))
        self.replace_all_button.setText(self.tr("Replace All"))
        self.replace_all_button.setToolTip(
            self.tr("Replace every hit in the letter (one undo step)")
        )
        # The two fields start at the same place.
        width = max(self.find_label.sizeHint().width(), self.replace_label.sizeHint().width())
        self.find_label.setMinimumWidth(width)
        self.replace_label.setMinimumWidth(width)

    # -- state --

    def query(self) -> Query:
        return Query(
            self.find_edit.text(),
            match_case=self.case_box.isChecked(),
            whole_word=self.word_box.isChecked(),
            metadata=self.details_box.isChecked(),
        )

    def replacement(self) -> str:
        return self.replace_edit.text()

    def replacing(self) -> bool:
        return self.replace_row.isVisibleTo(self)

    def open(self, *, replace: bool, text: str = "") -> None:
        """Show the bar (with the replace row when *replace*), the find field focused and
        selected; *text* (the editor's selection) becomes the query."""
        if text:
            self.find_edit.setText(text)
        if replace:
            self.replace_row.show()
        elif not self.isVisible():
            self.replace_row.hide()
        self.show()
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def set_replacing(self, replacing: bool) -> None:
        """While Replace All replaces, the replace buttons wait (the rest of the bar works)."""
        for button in (self.replace_button, self.replace_all_button):
            button.setEnabled(not replacing)

    def set_count(self, text: str, *, problem: bool = False) -> None:
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text)
        font = self.count_label.font()
        font.setItalic(problem)
        self.count_label.setFont(font)

    # -- keys --

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if key in _ENTER and watched is self.find_edit:
                (self.previousRequested if shift else self.nextRequested).emit()
                return True
            if key in _ENTER and watched is self.replace_edit:
                self.replaceRequested.emit()
                return True
            if key == Qt.Key.Key_Escape:
                self.closeRequested.emit()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.closeRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
