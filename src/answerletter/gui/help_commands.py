"""The Help menu's own entries: User Guide (F1) and Keyboard Shortcuts.

The guide is a window of its own, so the window owner opens it (``WindowOwner.open_help``);
the shortcuts list is a dialog of this window, read from its actions each time it opens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from answerletter.gui.shortcuts import ShortcutsDialog

if TYPE_CHECKING:
    from answerletter.gui.main_window import MainWindow


class HelpCommands(QObject):
    """Help ▸ User Guide and Help ▸ Keyboard Shortcuts of *window*."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ShortcutsDialog | None = None

    def add_to(self, menu: QMenu) -> None:
        """Make the actions (again, after a language switch) and add them to *menu*."""
        window = self.window
        self.guide_action = QAction(self.tr("&User Guide"), window)
        # F1 everywhere, and the platform's own key where it has another (Cmd+? on macOS);
        # not the Help key of old keyboards, which would only crowd the shortcuts list.
        keys = [QKeySequence("F1")]
        for key in QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents):
            if key not in keys and key != QKeySequence(Qt.Key.Key_Help):
                keys.append(key)
        self.guide_action.setShortcuts(keys)
        self.guide_action.setStatusTip(self.tr("The user guide that comes with the program"))
        self.guide_action.triggered.connect(self.show_guide)
        self.shortcuts_action = QAction(self.tr("&Keyboard Shortcuts"), window)
        self.shortcuts_action.setStatusTip(self.tr("Every shortcut of the program in one list"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        menu.addActions([self.guide_action, self.shortcuts_action])

    def show_guide(self, chapter: str = "") -> None:
        self.window.owner.open_help(chapter if isinstance(chapter, str) else "")

    def show_shortcuts(self) -> ShortcutsDialog:
        """Show the list (made anew when it is not open, so it speaks the current language)."""
        dialog = self.dialog
        if dialog is not None and dialog.isVisible():
            dialog.refresh()
        else:
            if dialog is not None:
                dialog.deleteLater()
            dialog = self.dialog = ShortcutsDialog(self.window)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog
