"""The import report beside an imported letter: counts, every metadata field with its source
and certainty, one-click choice of another value where the document disagrees with itself,
notes, and the text that was skipped. A dock the user can close."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from answerletter.editing.document import Document
from answerletter.gui.palette_colours import problem_style, warning_style
from answerletter.importers import Candidate, FieldReport, ImportReport, Status, apply_candidate


def _source_name(widget: QWidget, source: str) -> str:
    names = {
        "body text": widget.tr("body text"),
        "page header": widget.tr("page header"),
        "document property": widget.tr("document property"),
        "file name": widget.tr("file name"),
    }
    return names.get(source, source)


def _status_name(widget: QWidget, status: Status) -> str:
    return {
        Status.RECOGNISED: widget.tr("recognised"),
        Status.GUESSED: widget.tr("guessed"),
        Status.CONFLICT: widget.tr("conflict"),
    }[status]


class ImportReportPanel(QDockWidget):
    """Shows *report* for the letter of *document*; conflict buttons change the letter as one
    undoable step each."""

    def __init__(
        self, document: Document, report: ImportReport, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importReportDock")
        self.setWindowTitle(self.tr("Import report"))
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.document = document
        self.report = report
        self.choice_buttons: dict[tuple[str, str, str], QPushButton] = {}
        self._render()

    def _render(self) -> None:
        old = self.widget()
        content = QWidget()
        layout = QVBoxLayout(content)
        report = self.report
        summary = QLabel(
            self.tr("{source}: {questions} questions, {answers} answers, {notes} footnotes").format(
                source=report.source_name,
                questions=report.questions,
                answers=report.answers,
                notes=report.footnotes,
            )
        )
        summary.setWordWrap(True)
        summary.setObjectName("importSummary")
        layout.addWidget(summary)
        self.choice_buttons = {}
        for field in report.fields:
            layout.addWidget(self._field_box(field))
        for text in report.notes:
            note = QLabel(text)
            note.setWordWrap(True)
            layout.addWidget(note)
        if report.skipped:
            skipped = QGroupBox(self.tr("Skipped text (%n paragraph(s))", "", len(report.skipped)))
            skipped.setObjectName("skippedText")
            inner = QVBoxLayout(skipped)
            for item in report.skipped:
                label = QLabel(f"[{item.where}] {item.text}")
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                inner.addWidget(label)
            layout.addWidget(skipped)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Long values wrap inside the panel's width instead of widening it.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        self.setWidget(scroll)
        if old is not None:
            old.deleteLater()

    def _field_box(self, field: FieldReport) -> QGroupBox:
        box = QGroupBox(field.label)
        box.setObjectName(f"field_{field.name}")
        inner = QVBoxLayout(box)
        value = QLabel(field.value)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inner.addWidget(value)
        where = QLabel(
            self.tr("{status}, from the {source}").format(
                status=_status_name(self, field.status),
                source=_source_name(self, field.source.value),
            )
        )
        if field.status is not Status.RECOGNISED:
            where.setStyleSheet(
                warning_style() if field.status is Status.GUESSED else problem_style()
            )
        inner.addWidget(where)
        if field.note:
            note = QLabel(field.note)
            note.setWordWrap(True)
            inner.addWidget(note)
        if field.status is Status.CONFLICT:
            for candidate in field.candidates:
                if candidate.value == field.value and candidate.source is field.source:
                    continue
                button = QPushButton(
                    self.tr("Use “{value}” ({source})").format(
                        value=candidate.value, source=_source_name(self, candidate.source.value)
                    )
                )
                button.clicked.connect(
                    lambda _=False, name=field.name, c=candidate: self.choose(name, c)
                )
                inner.addWidget(button)
                self.choice_buttons[(field.name, candidate.value, candidate.source.value)] = button
        return box

    def choose(self, name: str, candidate: Candidate) -> None:
        """Take *candidate* for field *name*: one undoable step; the panel shows the choice."""
        letter, report = apply_candidate(self.document.letter, self.report, name, candidate)
        field = report.field(name)
        label = field.label if field else name
        self.document.apply(
            letter, self.tr("Use {value} for {field}").format(value=candidate.value, field=label)
        )
        self.report = report
        self.document.import_report = report  # type: ignore[attr-defined]
        self._render()
