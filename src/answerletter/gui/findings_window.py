"""The checks in the editor window: the findings dock, the status-bar count, the marks in
the question list, jumping to a finding, fixing and accepting, and the summary before
export and print. One per window; ``bind`` follows the window to each new document."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QLabel

from answerletter.checks import Finding, Part, Severity, accept, check_letter, open_findings
from answerletter.checks.fixes import FixError, apply_fix
from answerletter.editing.document import Document
from answerletter.gui import check_dialogs
from answerletter.gui.findings_order import SortedFindings, merge, question_ids, sort_findings
from answerletter.gui.findings_pane import FindingsPane, totals_text
from answerletter.gui.findings_runner import FindingsRunner
from answerletter.gui.findings_select import select_excerpt, select_footnote_mark
from answerletter.model import Letter

if TYPE_CHECKING:
    from answerletter.gui.main_window import MainWindow


class WindowFindings(QObject):
    """Owns the findings dock of *window* and the checks of its document."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dock = QDockWidget(self.tr("Findings"), window)
        self.dock.setObjectName("findingsDock")
        self.pane = FindingsPane(self.dock)
        self.dock.setWidget(self.pane)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        # A few rows tall: the editor and the preview keep most of the height (a saved
        # window state restores the user's own size).
        window.resizeDocks([self.dock], [170], Qt.Orientation.Vertical)
        self.count_label = QLabel(window)
        self.count_label.setObjectName("findingsCount")
        self.count_label.setAccessibleName(self.tr("Findings of the checks"))
        window.statusBar().addPermanentWidget(self.count_label)
        self.runner: FindingsRunner | None = None
        #: Findings from other sources (the spell check), shown with the checks' own.
        self.extra: dict[str, list[Finding]] = {}
        # The same, sorted, all sources together (made when they change, not per showing).
        self._extra_sorted = SortedFindings()
        self.pane.findingActivated.connect(self.jump_to)
        self.pane.fixRequested.connect(self.fix)
        self.pane.acceptRequested.connect(self.accept)
        self.pane.unacceptRequested.connect(self.unaccept)

    def retranslate(self) -> None:
        self.dock.setWindowTitle(self.tr("Findings"))
        self.count_label.setAccessibleName(self.tr("Findings of the checks"))

    def bind(self, document: Document) -> None:
        """Check *document* from now on (the previous document's checks stop)."""
        if self.runner is not None and self.runner.document is document:
            self._show(document.letter, self.runner.sorted)
            return
        self.dispose()
        # The first check waits for start_checks (the window calls it once the preview shows
        # its first pages): at 10,000 questions it is seconds of Python, which would share the
        # interpreter lock with the layout thread just when the first page is wanted.
        self.runner = FindingsRunner(document, self.window.today, self, start=False)
        self.runner.findingsReady.connect(self._show)

    def start_checks(self, *_: object) -> None:
        """Let the checks' first run begin (again: nothing)."""
        if self.runner is not None:
            self.runner.start()

    def dispose(self) -> None:
        if self.runner is not None:
            self.runner.dispose()
            self.runner.deleteLater()
            self.runner = None

    # -- showing --

    def set_extra_findings(
        self, source: str, findings: list[Finding], *, show: bool = True
    ) -> None:
        """Show *findings* from *source* (the spell check) with the checks' findings; without
        *show*, only keep them for the next showing (nothing the user would see changed)."""
        self.extra[source] = list(findings)
        extras = [f for extra in self.extra.values() for f in extra]
        self._extra_sorted = sort_findings(self.window.document.letter, extras)
        if show:
            self._show_now()

    def _show(self, letter: Letter, checked: SortedFindings) -> None:
        """Show the checks' findings of *letter* (sorted on the worker) and the others'.
        Cheap at any size: the lists are handed over, not built again (issue 16)."""
        findings = merge(checked, self._extra_sorted)
        # Acceptances may have changed since the check; show them as the letter has them now.
        accepted = {a.key for a in self.window.document.letter.accepted}
        mask = findings.open_mask(accepted)
        self.pane.set_findings(findings, accepted, mask)
        self.count_label.setText(totals_text(findings.open_totals(mask)))
        self.window.model.set_finding_marks(findings.worst_marks(mask))

    # -- acting --

    def jump_to(self, finding: Finding) -> None:
        """Show the finding's question and select its excerpt (or open the letter details)."""
        window = self.window
        letter = window.document.letter
        where = finding.location
        ids = question_ids(letter, finding)
        if where.part in (Part.METADATA, Part.BODY) or not ids:
            window.details_dock.show()
            window.details_dock.raise_()
            return
        window.list_pane.select_ids([ids[0]])
        editor = window.editor_pane.editor_for(where.item or "")
        if editor is None:
            return
        if where.part is Part.FOOTNOTE:
            select_footnote_mark(editor, where.field or "")
        else:
            select_excerpt(editor, where.start, where.end, where.excerpt)
        editor.setFocus()

    def fix(self, finding: Finding) -> None:
        document = self.window.document
        try:
            fixed = apply_fix(document.letter, finding)
        except FixError as error:
            self.window.statusBar().showMessage(
                self.tr("Cannot fix this: {reason}").format(reason=str(error)), 5000
            )
            return
        ids = question_ids(fixed, finding)
        document.apply(
            fixed,
            self.tr("Fix “{excerpt}”").format(excerpt=finding.location.excerpt),
            focus=ids[:1],
        )

    def accept(self, finding: Finding) -> None:
        reason = check_dialogs.ask_acceptance_reason(self.window, finding)
        if reason is None:
            return
        document = self.window.document
        letter = document.letter
        if any(a.key == finding.acceptance_key for a in letter.accepted):
            return
        accepted = (*letter.accepted, accept(finding, reason))
        document.apply(replace(letter, accepted=accepted), self.tr("Accept finding"))
        self._show_now()

    def unaccept(self, finding: Finding) -> None:
        document = self.window.document
        letter = document.letter
        kept = tuple(a for a in letter.accepted if a.key != finding.acceptance_key)
        if kept != letter.accepted:
            document.apply(replace(letter, accepted=kept), self.tr("Withdraw acceptance"))
            self._show_now()

    def _show_now(self) -> None:
        if self.runner is not None and self.runner.letter is not None:
            self._show(self.runner.letter, self.runner.sorted)

    def confirm_output(self, action: str) -> bool:
        """Before export ("export") or print ("print"): when errors remain, say which and let
        the user go on or stop. Checks the letter as it is now (not the last live check)."""
        letter = self.window.document.letter
        errors = [
            f
            for f in open_findings(letter, check_letter(letter, self.window.today()))
            if f.severity is Severity.ERROR
        ]
        if not errors:
            return True
        return check_dialogs.confirm_output_with_errors(self.window, action, errors)
