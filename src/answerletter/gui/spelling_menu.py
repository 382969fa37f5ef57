"""The spelling items of a text editor's context menu, on a misspelled word.

At the top of the menu: up to five suggestions (looked for off the GUI thread; the menu says
"Looking for suggestions…" until they come and, past the time limit, that none were found),
then "Add to Word List" and "Ignore All". Choosing a suggestion replaces the word, keeping
its formatting, as one undo step of its own.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QMenu, QTextEdit

from answerletter.gui.spelling_highlighter import SpellingHighlighter
from answerletter.spelling.personal import PersonalWordsError
from answerletter.spelling.tokenizer import Token


def misspelled_at(
    editor: QTextEdit, highlighter: SpellingHighlighter, position: int
) -> tuple[int, int, Token] | None:
    """(start, end, token) of the misspelled word at document *position*, if any."""
    block = editor.document().findBlock(position)
    if not block.isValid():
        return None
    offset = position - block.position()
    for token in highlighter.misspelled(block):
        if token.start <= offset <= token.end:
            return block.position() + token.start, block.position() + token.end, token
    return None


class SpellingMenu(QObject):
    """The spelling part of one context menu (lives as long as the menu)."""

    def __init__(
        self,
        menu: QMenu,
        editor: QTextEdit,
        highlighter: SpellingHighlighter,
        span: tuple[int, int, Token],
        *,
        before_edit: Callable[[], None],
        report: Callable[[str], None],
    ) -> None:
        super().__init__(menu)
        self.menu = menu
        self.editor = editor
        self.session = highlighter.session
        self.start, self.end, self.token = span
        self.word = editor.document().toPlainText()[self.start : self.end]
        self._before_edit = before_edit
        self._report = report
        first = menu.actions()[0] if menu.actions() else None
        self.searching = QAction(self.tr("Looking for suggestions…"), menu)
        self.searching.setEnabled(False)
        self.suggestions: list[QAction] = []
        self.add_action = QAction(self.tr("&Add to Word List"), menu)
        self.add_action.setObjectName("spelling-add")
        self.add_action.setStatusTip(
            self.tr("Accept “{word}” in every letter from now on").format(word=self.word)
        )
        self.add_action.triggered.connect(self.add_to_word_list)
        self.ignore_action = QAction(self.tr("&Ignore All"), menu)
        self.ignore_action.setObjectName("spelling-ignore")
        self.ignore_action.setStatusTip(
            self.tr("Accept “{word}” everywhere in this letter while it is open").format(
                word=self.word
            )
        )
        self.ignore_action.triggered.connect(self.ignore_all)
        # At the top, as every word processor has them: suggestions, then the two choices.
        ours = [self.searching, None, self.add_action, self.ignore_action, None]
        for action in ours:
            if first is None:
                menu.addSeparator() if action is None else menu.addAction(action)
            elif action is None:
                menu.insertSeparator(first)
            else:
                menu.insertAction(first, action)
        self.session.service.suggest(self.word, self._show_suggestions)

    def _show_suggestions(self, found: tuple[str, ...] | None) -> None:
        if not shiboken6.isValid(self.menu) or not shiboken6.isValid(self.searching):
            return
        if not found:
            self.searching.setText(
                self.tr("No suggestions found")
                if found is not None
                else self.tr("No suggestions (the search took too long)")
            )
            return
        for word in found:
            action = QAction(word.replace("&", "&&"), self.menu)
            action.setObjectName("spelling-suggestion")
            action.setData(word)
            font = action.font()
            font.setBold(True)  # as word processors show them: apart from the commands
            action.setFont(font)
            action.triggered.connect(lambda _=False, w=word: self.replace(w))
            self.menu.insertAction(self.searching, action)
            self.suggestions.append(action)
        self.menu.removeAction(self.searching)
        self.searching.deleteLater()
        if self.menu.isVisible():
            self.menu.adjustSize()

    # -- the choices --

    def replace(self, word: str) -> None:
        """Put *word* in place of the misspelled one, in its formatting (one undo step)."""
        document = self.editor.document()
        if document.toPlainText()[self.start : self.end] != self.word:
            return  # the text changed while the menu was open
        self._before_edit()
        cursor = QTextCursor(document)
        cursor.setPosition(self.start)
        cursor.setPosition(self.end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(word, cursor.charFormat())
        self.editor.setTextCursor(cursor)
        self._before_edit()  # what is typed next is a step of its own

    def add_to_word_list(self) -> None:
        try:
            self.session.add_to_word_list(self.token.word)
        except PersonalWordsError as error:
            self._report(
                self.tr(
                    "“{word}” is accepted until the program closes, but the word list could "
                    "not be saved: {reason}"
                ).format(word=self.word, reason=str(error))
            )

    def ignore_all(self) -> None:
        self.session.ignore(self.token.word)
