"""Spell check in one editor window: View > Check Spelling, squiggles in the question,
answer and footnote editors with their context-menu items, and the spelling findings of the
whole letter in the findings dock. ``bind`` follows the window to each new document."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from answerletter.checks import Finding
from answerletter.editing.document import Document
from answerletter.gui import dialogs
from answerletter.gui.answer_editor import QuestionRow
from answerletter.gui.richtext import RichTextEditor
from answerletter.gui.spelling_highlighter import SpellingHighlighter
from answerletter.gui.spelling_menu import SpellingMenu, misspelled_at
from answerletter.gui.spelling_service import spelling_service
from answerletter.gui.spelling_session import LetterSpelling

if TYPE_CHECKING:
    from answerletter.gui.main_window import MainWindow

# The source name of the spelling findings in the findings dock.
FINDINGS_SOURCE = "spelling"


class WindowSpelling(QObject):
    """The spell check of *window*'s letter."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.service = spelling_service()
        self.session: LetterSpelling | None = None
        self.enabled = window.config.settings.spell_check
        self.action: QAction | None = None
        self._listed: list[tuple[str, str, str, str]] = []
        self._highlighters: dict[object, SpellingHighlighter] = {}
        self.service.switched.connect(self._follow)
        self.service.readyChanged.connect(self._say_if_unavailable)

    def create_action(self) -> QAction:
        """View > Check Spelling (made again with the window's other actions)."""
        action = QAction(self.tr("Check &Spelling"), self.window)
        action.setObjectName("spellCheckAction")
        action.setCheckable(True)
        action.setChecked(self.enabled)
        action.setStatusTip(self.tr("Underline unknown words and list them among the findings"))
        action.toggled.connect(self.set_enabled)
        self.action = action
        return action

    # -- the switch --

    def set_enabled(self, on: bool) -> None:
        """Spell check on or off in every window (remembered for the next start)."""
        if on != self.window.config.settings.spell_check:
            self.window.config.update(spell_check=on)
        self.service.switch(on)

    def _follow(self, on: bool) -> None:
        self.enabled = on
        if self.action is not None and self.action.isChecked() != on:
            self.action.setChecked(on)
        if self.session is not None:
            self.session.set_enabled(on)

    def _say_if_unavailable(self) -> None:
        if self.service.failed:
            self.window.statusBar().showMessage(
                self.tr("Spell check is not available: the Dutch dictionary could not be loaded."),
                15_000,
            )

    # -- the document and its editors --

    def bind(self, document: Document) -> None:
        """Check *document* from now on; attach to the window's (new) editors."""
        if self.session is None or self.session.document is not document:
            self.dispose()
            self.window.findings.set_extra_findings(FINDINGS_SOURCE, [])
            self.session = LetterSpelling(
                document,
                self.service,
                self.window.config.data_directory,
                self,
                enabled=self.enabled,
            )
            self.session.findingsReady.connect(self._show_findings)
        pane = self.window.editor_pane
        for editor in pane.findChildren(RichTextEditor):
            self.attach(editor)
        pane.editorAdded.connect(self.attach)

    def attach(self, editor: RichTextEditor, *, footnote: bool = False) -> None:
        """Squiggles and the context-menu items in *editor* (a footnote's: *footnote*)."""
        if self.session is None or editor.property("spellingAttached"):
            return
        editor.setProperty("spellingAttached", True)
        highlighter = SpellingHighlighter(editor, self.session, footnote=footnote)
        editor.context_menu_hooks.append(partial(self._add_menu_items, editor, highlighter))
        if not footnote:  # a footnote's text reaches the letter when its popup closes
            self._highlighters[editor] = highlighter
            highlighter.released.connect(self._refilter)
            editor.destroyed.connect(partial(self._highlighters.pop, editor, None))
        if not footnote:
            editor.inlineEditorCreated.connect(self._attach_footnote_editor)

    def _attach_footnote_editor(self, editor: RichTextEditor) -> None:
        self.attach(editor, footnote=True)

    def _add_menu_items(
        self, editor: RichTextEditor, highlighter: SpellingHighlighter, menu: QMenu, pos: QPoint
    ) -> None:
        position = editor.cursorForPosition(pos).position()
        span = misspelled_at(editor, highlighter, position)
        if span is None:
            return
        # A footnote's text is one step when its popup closes; the others seal their typing.
        before = (lambda: None) if highlighter.footnote else self.window.document.seal
        SpellingMenu(menu, editor, highlighter, span, before_edit=before, report=self._report)

    def _report(self, text: str) -> None:
        dialogs.show_error(self.window, self.tr("Word list not saved"), text)

    def _typed_now(self) -> tuple[str, str] | None:
        """(item id, word) of the word being typed in the focused editor, if any."""
        for highlighter in self._highlighters.values():
            word = highlighter.held_word() if highlighter.editor.hasFocus() else None
            if word is not None:
                item = self._item_of(highlighter.editor)
                return (item, word) if item else None
        return None

    def _item_of(self, editor: object) -> str:
        pane = self.window.editor_pane
        letter = self.window.document.letter
        if editor is pane.answer_editor:
            answer = letter.answer_for(pane.current_id)
            return answer.id if answer is not None else ""
        for row in pane.findChildren(QuestionRow):
            if row.editor is editor:
                return row.question_id
        return ""

    def _refilter(self) -> None:
        if self.session is not None and self.session.findings:
            self._show_findings(self.session.findings)

    def _show_findings(self, findings: list[Finding]) -> None:
        # A word with look-alike letters is squiggled, but the checks' own finding (an error
        # with its fix) already lists and explains it: one line for it in the dock, not two.
        # The word being typed is not listed until it is finished (as it is not squiggled).
        typed = self._typed_now()
        shown = [
            f
            for f in findings
            if f.fix is None
            and (
                typed is None
                or (f.location.item, f.location.excerpt.replace("\u2019", "'")) != typed
            )
        ]
        # Showing the findings again costs the dock a pass over all of them (a thousand at
        # 1,000 questions): only when the list differs in more than the offsets (typing
        # earlier in a text moves them; the checks' next showing takes the new ones along).
        listed = sorted(_listed(f) for f in shown)
        changed = listed != self._listed
        self._listed = listed
        self.window.findings.set_extra_findings(FINDINGS_SOURCE, shown, show=changed)

    def dispose(self) -> None:
        self._listed = []
        if self.session is not None:
            self.session.dispose()
            self.session.deleteLater()
            self.session = None


def _listed(finding: Finding) -> tuple[str, str, str, str]:
    """What the dock shows of a spelling finding: where (not the offsets) and the word."""
    where = finding.location
    return (where.part.value, where.item or "", where.field or "", where.excerpt)
