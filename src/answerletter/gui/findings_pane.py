"""The findings pane: what the checks found, live, with fixes and acceptance.

A table of findings (severity, place, message; the model wraps the list and the view lays
out only the rows in view, so 10,000 findings are handed over in a millisecond) above a row
of actions: Fix (for mechanical fixes such as look-alike letters), Accept… (with a reason,
stored in the letter) and a switch to show accepted findings. Activating a finding (click,
Enter) emits ``findingActivated``; the window jumps to the question and selects the excerpt.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from answerletter.checks import Finding, Part, Severity
from answerletter.gui import i18n
from answerletter.gui.findings_order import AcceptanceKey, SortedFindings

FINDING_ROLE = Qt.ItemDataRole.UserRole + 20

_Index = QModelIndex | QPersistentModelIndex


def part_name(part: Part) -> str:
    names = {
        Part.QUESTION: QCoreApplication.translate("FindingsModel", "question"),
        Part.ANSWER: QCoreApplication.translate("FindingsModel", "answer"),
        Part.FOOTNOTE: QCoreApplication.translate("FindingsModel", "footnote"),
        Part.BODY: QCoreApplication.translate("FindingsModel", "letter text"),
        Part.METADATA: QCoreApplication.translate("FindingsModel", "letter details"),
    }
    return names[part]


def place_text(finding: Finding) -> str:
    """ "Vraag 4 · antwoord" / "Question 4 · answer", or the part alone."""
    where = finding.location
    if where.question is None:
        return part_name(where.part)
    label = QCoreApplication.translate("FindingsModel", "Question {number}")
    return f"{label.format(number=where.question)} · {part_name(where.part)}"


def count_text(findings: list[Finding]) -> str:
    """The status bar's summary, e.g. "Checks: 2 errors, 3 warnings"."""
    totals = dict.fromkeys(Severity, 0)
    for finding in findings:
        totals[finding.severity] += 1
    return totals_text(totals)


def totals_text(totals: dict[Severity, int]) -> str:
    """The summary of findings counted per severity."""
    errors, warnings = totals.get(Severity.ERROR, 0), totals.get(Severity.WARNING, 0)
    if not errors and not warnings:
        return QCoreApplication.translate("FindingsModel", "Checks: no errors or warnings")
    return QCoreApplication.translate(
        "FindingsModel", "Checks: {errors} errors, {warnings} warnings"
    ).format(errors=errors, warnings=warnings)


class FindingsModel(QAbstractTableModel):
    """Rows over the findings (accepted ones only when shown), in reading order."""

    COLUMNS = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sorted = SortedFindings()
        self._all: list[Finding] = []
        self._rows: list[Finding] = []
        self._accepted: set[AcceptanceKey] = set()
        self._mask: list[bool] | None = None
        self.show_accepted = False
        style = QApplication.style()
        pixmaps = {
            Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
            Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
            Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
        }
        self._icons: dict[Severity, QIcon] = {
            severity: style.standardIcon(pixmap) for severity, pixmap in pixmaps.items()
        }

    def set_findings(
        self,
        findings: SortedFindings,
        accepted: set[AcceptanceKey],
        mask: list[bool] | None = None,
    ) -> None:
        """Show *findings* (already in reading order); *accepted*: the letter's acceptance
        keys, *mask*: which findings are open (``findings.open_mask(accepted)``). One reset;
        rows are read from the list as the view asks for them, nothing is made per row."""
        self.beginResetModel()
        self._sorted = findings
        self._all = findings.findings
        self._accepted = accepted
        self._mask = mask
        self._filter()
        self.endResetModel()

    def set_show_accepted(self, show: bool) -> None:
        self.beginResetModel()
        self.show_accepted = show
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        if self.show_accepted:
            self._rows = self._all
        else:
            self._rows = self._sorted.open_findings(self._mask)

    def is_accepted(self, finding: Finding) -> bool:
        return finding.acceptance_key in self._accepted

    def finding(self, row: int) -> Finding | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, finding: Finding, near: int = -1) -> int | None:
        """The row showing *finding* (looked for at *near* first), or None."""
        if 0 <= near < len(self._rows) and self._rows[near] == finding:
            return near
        try:
            return self._rows.index(finding)
        except ValueError:
            return None

    def open_findings(self) -> list[Finding]:
        return self._sorted.open_findings(self._mask)

    def open_totals(self) -> dict[Severity, int]:
        return self._sorted.open_totals(self._mask)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return QCoreApplication.translate("FindingsModel", "Where")
        return QCoreApplication.translate("FindingsModel", "Finding")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        finding = self.finding(index.row()) if index.isValid() else None
        if finding is None:
            return None
        if role == FINDING_ROLE:
            return finding
        accepted = self.is_accepted(finding)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return place_text(finding)
            message = finding.message(i18n.current() or "en")
            if accepted:
                return QCoreApplication.translate("FindingsModel", "{message} (accepted)").format(
                    message=message
                )
            return message
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return self._icons[finding.severity]
        if role == Qt.ItemDataRole.ToolTipRole:
            return finding.message(i18n.current() or "en")
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return {
                Severity.ERROR: QCoreApplication.translate("FindingsModel", "error"),
                Severity.WARNING: QCoreApplication.translate("FindingsModel", "warning"),
                Severity.INFO: QCoreApplication.translate("FindingsModel", "note"),
            }[finding.severity]
        return None


class FindingsPane(QWidget):
    """The findings list with Fix and Accept."""

    findingActivated = Signal(object)
    fixRequested = Signal(object)
    acceptRequested = Signal(object)
    unacceptRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FindingsModel(self)
        # A table, not a tree view: a tree view lays every row out after each reset (two calls
        # into Python per row: 120-150 ms for 11,000 findings at 10,000 questions, issue 16);
        # a table with fixed row heights lays out only the rows in view.
        self.view = QTableView(self)
        self.view.setObjectName("findingsList")
        self.view.setAccessibleName(self.tr("Findings"))
        self.view.setModel(self.model)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list, as from any list
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(max(self.view.fontMetrics().height(), 16) + 6)
        columns = self.view.horizontalHeader()
        columns.setStretchLastSection(True)
        columns.setHighlightSections(False)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setColumnWidth(0, 170)
        self.view.clicked.connect(self._activate)
        self.view.activated.connect(self._activate)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)

        self.fix_button = QPushButton(self.tr("Fix"), self)
        self.fix_button.setObjectName("fixFinding")
        self.fix_button.setToolTip(self.tr("Replace the text by the suggested correction"))
        self.fix_button.clicked.connect(self._fix)
        self.accept_button = QPushButton(self.tr("Accept…"), self)
        self.accept_button.setObjectName("acceptFinding")
        self.accept_button.setToolTip(self.tr("Mark this finding as correct, with a reason"))
        self.accept_button.clicked.connect(self._accept)
        self.show_accepted = QCheckBox(self.tr("Show accepted"), self)
        self.show_accepted.toggled.connect(self._toggle_accepted)
        self.summary = QLabel(self)

        buttons = QHBoxLayout()
        buttons.addWidget(self.fix_button)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.show_accepted)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def set_findings(
        self,
        findings: SortedFindings,
        accepted: set[AcceptanceKey],
        mask: list[bool] | None = None,
    ) -> None:
        """Show *findings* (see :meth:`FindingsModel.set_findings`); the current finding
        stays current when it is still listed."""
        index = self.view.currentIndex()
        current = self.current_finding()
        self.model.set_findings(findings, accepted, mask)
        self.summary.setText(totals_text(self.model.open_totals()))
        if current is not None:
            row = self.model.row_of(current, index.row())
            if row is not None:
                self.view.setCurrentIndex(self.model.index(row, 0))
        self._update_buttons()

    def current_finding(self) -> Finding | None:
        index = self.view.currentIndex()
        return self.model.finding(index.row()) if index.isValid() else None

    def select_finding(self, finding: Finding) -> bool:
        row = self.model.row_of(finding)
        if row is None:
            return False
        self.view.setCurrentIndex(self.model.index(row, 0))
        return True

    def _activate(self, index: QModelIndex) -> None:
        finding = self.model.finding(index.row())
        if finding is not None:
            self.findingActivated.emit(finding)

    def _update_buttons(self, *_: object) -> None:
        finding = self.current_finding()
        self.fix_button.setEnabled(finding is not None and finding.fix is not None)
        self.accept_button.setEnabled(finding is not None)
        if finding is not None and self.model.is_accepted(finding):
            self.accept_button.setText(self.tr("Unaccept"))
        else:
            self.accept_button.setText(self.tr("Accept…"))

    def _fix(self) -> None:
        finding = self.current_finding()
        if finding is not None and finding.fix is not None:
            self.fixRequested.emit(finding)

    def _accept(self) -> None:
        finding = self.current_finding()
        if finding is None:
            return
        if self.model.is_accepted(finding):
            self.unacceptRequested.emit(finding)
        else:
            self.acceptRequested.emit(finding)

    def _toggle_accepted(self, show: bool) -> None:
        self.model.set_show_accepted(show)
        self._update_buttons()
