"""Format ▸ …: every formatting action of the text field in use, with its shortcut, so
nothing is reachable only through the format toolbar (which overflows into "»" at 150 %
and 200 %) or a context menu.

The entries are the text field's own actions — the ones its toolbar shows — so the menu,
the toolbar and the shortcuts are one thing: checked states and enabled states agree, and a
shortcut still works only in its own field. The menu follows the field the toolbar follows
(the question or answer text focused last).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from answerletter.gui.answer_editor import AnswerEditorPane
from answerletter.gui.richtext import RichTextEditor


class FormatMenu(QMenu):
    """The Format menu of one window; ``follow`` it to the window's editor pane."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(QCoreApplication.translate("FormatMenu", "Fo&rmat"), parent)
        self.setObjectName("formatMenu")
        self._pane: AnswerEditorPane | None = None
        # Filled again when opened too: the field may have been hidden or shown since.
        self.aboutToShow.connect(self.fill)

    def follow(self, pane: AnswerEditorPane) -> None:
        """Show the formatting of *pane*'s current text field from now on."""
        if pane is self._pane:
            return
        old = self._pane
        if old is not None and shiboken6.isValid(old):
            old.toolbars.currentChanged.disconnect(self.fill)
            old.destroyed.disconnect(self._forget)
            old.content.removeEventFilter(self)
        self._pane = pane
        pane.toolbars.currentChanged.connect(self.fill)
        pane.destroyed.connect(self._forget)
        # The fields are shown and hidden with the selected question.
        pane.content.installEventFilter(self)
        self.fill()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.fill()
        return super().eventFilter(watched, event)

    def _forget(self) -> None:
        """The pane is gone (its window closes, or the window rebinds without a new one)."""
        self._pane = None
        self.fill()

    def editor(self) -> RichTextEditor | None:
        """The text field the menu formats, when it is on screen (or would be)."""
        pane = self._pane
        if pane is None or not shiboken6.isValid(pane):
            return None
        # The field focused last; the answer when that one is hidden now (another question).
        for editor in (pane.current_editor(), pane.answer_editor):
            if editor is not None and editor.isVisibleTo(pane):
                return editor
        return None

    def fill(self) -> None:
        self.clear()
        editor = self.editor()
        if editor is None:
            none = QAction(
                QCoreApplication.translate("FormatMenu", "No text field to format"), self
            )
            none.setEnabled(False)
            self.addAction(none)
            return
        actions = editor.format_actions
        groups: list[list[QAction | None]] = [
            [actions.bold, actions.italic, actions.underline],
            [actions.superscript, actions.subscript],
            [actions.bullet_list, actions.numbered_list, actions.outdent, actions.indent],
            [actions.link, actions.remove_link],
            [actions.footnote, actions.edit_footnote],
            [actions.paste_plain],
        ]
        for group in groups:
            present = [action for action in group if action is not None]
            if not present:
                continue
            if self.actions():
                self.addSeparator()
            self.addActions(present)


def add_format_menu(window: QWidget, bar: QMenuBar) -> FormatMenu:
    """A new Format menu at the end of *bar* (a language switch builds the menus anew: the
    old Format menu goes)."""
    for old in window.findChildren(FormatMenu):
        old.deleteLater()
    menu = FormatMenu(window)
    bar.addMenu(menu)
    return menu
