"""Pick one item from a list: a label tied to its combo box (Qt's ``QInputDialog.getItem``
leaves the combo box unlabelled for a screen reader: no buddy, no name).

Used by ``dialogs.choose_item`` (Refer to another answer) and ``dialogs.choose_language``.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)


def _without_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class ChoiceDialog(QDialog):
    """*label* above a combo box of *items*; OK and Cancel."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        label: str,
        items: list[str],
        current: int = 0,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.label = QLabel(label, self)
        self.label.setWordWrap(True)
        self.combo = QComboBox(self)
        self.combo.addItems(items)
        self.combo.setCurrentIndex(max(0, min(current, len(items) - 1)))
        # The tie: the label names the combo box (an accessible "labelled by" relation,
        # and Alt+letter when the label has one); the name says it once more explicitly.
        self.label.setBuddy(self.combo)
        self.combo.setAccessibleName(_without_mnemonic(label).rstrip(":").strip())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        layout.addWidget(buttons)
        self.combo.setFocus()

    def chosen(self) -> int:
        return self.combo.currentIndex()
