"""The letter's metadata form (``ui/metadata_form.ui``), bound to the document.

The form reads every field into a new Metadata value on each edit and pushes it as a
coalesced step; it reloads its widgets only when the metadata changed elsewhere (undo,
another file), so typing is never disturbed by its own echo.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from answerletter.editing.document import Document, StepName
from answerletter.gui.body_form import BodyForm
from answerletter.gui.date_field import DateField
from answerletter.gui.details_tabs import keep_tabs_in_view
from answerletter.gui.palette_colours import problem_style
from answerletter.gui.plain_text import plain_label
from answerletter.gui.ui_files import load_form
from answerletter.model import Letter, Member, Metadata, Office, Postponement, Sender, Signatory
from answerletter.model import is_zaaknummer as _is_zaaknummer
from answerletter.model.deadlines import answer_deadline
from answerletter.model.operations import set_metadata
from answerletter.model.wording import betreft as derived_betreft

CLASSIFICATIONS = ("", "Departementaal vertrouwelijk")


#: The undo steps made here (named again in the interface language of the moment).
EDIT_DETAILS = StepName(
    "MetadataForm", str(QT_TRANSLATE_NOOP("MetadataForm", "Edit letter details"))
)


def deadline_text(metadata: Metadata, today: date) -> tuple[str, bool]:
    """The answer deadline as shown to the user, and whether it has passed."""
    deadline = answer_deadline(metadata)
    if deadline is None:
        return QCoreApplication.translate("MetadataForm", "unknown (no submission date)"), False
    shown = QLocale().toString(_qdate(deadline), QLocale.FormatType.LongFormat)
    if metadata.letter_date is not None:
        # A dated letter is answered: what matters is whether that date kept the deadline,
        # not how long ago the deadline was.
        late = (metadata.letter_date - deadline).days
        if late > 0:
            return QCoreApplication.translate(
                "MetadataForm", "{date} (answered %n day(s) late)", "", late
            ).format(date=shown), True
        answered = QLocale().toString(_qdate(metadata.letter_date), QLocale.FormatType.LongFormat)
        return QCoreApplication.translate(
            "MetadataForm", "{date} (answered in time, on {answered})"
        ).format(date=shown, answered=answered), False
    days = (deadline - today).days
    # Plural forms (%n), not a number put into a fixed "days": "1 dag", "2 dagen".
    if days < 0:
        return QCoreApplication.translate(
            "MetadataForm", "{date} (passed %n day(s) ago)", "", -days
        ).format(date=shown), True
    if days == 0:
        return QCoreApplication.translate("MetadataForm", "{date} (today)").format(
            date=shown
        ), False
    return QCoreApplication.translate("MetadataForm", "{date} (%n day(s) left)", "", days).format(
        date=shown
    ), False


def replace_date_edit(edit: QDateEdit) -> DateField:
    """Put a DateField where the form's QDateEdit is (same place, name, accessible name,
    label and tab order); the QDateEdit goes."""
    field = DateField(edit.parentWidget())
    field.setObjectName(edit.objectName())
    field.setAccessibleName(edit.accessibleName())
    field.setToolTip(edit.toolTip())
    parent = edit.parentWidget()
    layout = parent.layout() if parent is not None else None
    if layout is not None:
        layout.replaceWidget(edit, field)
    if parent is not None:
        for label in parent.findChildren(QLabel):
            if label.buddy() is edit:
                label.setBuddy(field)
        QWidget.setTabOrder(edit, field)
    edit.hide()
    edit.setParent(None)
    edit.deleteLater()
    return field


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _portfolio_cell(office: Office) -> str:
    """The portfolio as its table cell shows it, with the office's own preposition: "van
    Financiën", "voor Medische Zorg". What is typed there is read back by ``Office``, which
    takes a leading "van"/"voor" as the preposition (and supplies the usual one without)."""
    return f"{office.preposition} {office.portfolio}" if office.portfolio else ""


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in edit.toPlainText().split("\n") if line.strip())


class MetadataForm(QWidget):
    """The Designer form plus its binding to the document.

    The house-style profile is a preference, not part of the letter: choosing one emits
    ``profileChosen(name)`` and the window applies it.
    """

    profileChosen = Signal(str)

    def __init__(
        self,
        document: Document,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.today = today
        self.form = load_form("metadata_form", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self._loading = False
        self._last: Metadata | None = None
        self._find_widgets()
        self.classification.addItems(list(CLASSIFICATIONS))
        self._connect()
        self.load(document.letter.metadata)
        document.letterChanged.connect(self._on_letter_changed)
        self.body_form = BodyForm(document, self)
        tabs = self.form.findChild(QTabWidget, "tabs")
        if tabs is not None:
            tabs.insertTab(1, self.body_form, self.tr("Letter &text"))
            keep_tabs_in_view(tabs)

    def _find_widgets(self) -> None:
        def get(kind: type, name: str) -> object:
            widget: object | None = self.form.findChild(kind, name)
            if widget is None:
                raise RuntimeError(f"metadata_form.ui has no {kind.__name__} {name!r}")
            return widget

        self.lines: dict[str, QLineEdit] = {
            name: get(QLineEdit, name)  # type: ignore[misc]
            for name in (
                "ourReferenceEdit", "yourReferenceEdit", "subjectEdit", "betreftEdit",
                "ministryEdit", "unitEdit", "returnAddressEdit", "websiteEdit", "logoEdit",
            )
        }  # fmt: skip
        self.texts: dict[str, QPlainTextEdit] = {
            name: get(QPlainTextEdit, name)  # type: ignore[misc]
            for name in (
                "visitingAddressEdit", "postalAddressEdit", "addresseeEdit",
                "postponementReasonEdit", "attachmentsEdit",
            )
        }  # fmt: skip
        self.dates: dict[str, DateField] = {
            name: replace_date_edit(get(QDateEdit, name))  # type: ignore[arg-type]
            for name in (
                "submittedDateEdit", "letterDateEdit", "postponementSentEdit",
                "postponementExpectedEdit",
            )
        }  # fmt: skip
        self.checks: dict[str, QCheckBox] = {
            name: get(QCheckBox, name)  # type: ignore[misc]
            for name in (
                "submittedCheck", "letterDatedCheck", "betreftOverrideCheck",
                "postponementExpectedCheck",
            )
        }  # fmt: skip
        self.tables: dict[str, QTableWidget] = {
            name: get(QTableWidget, f"{name}Table")  # type: ignore[misc]
            for name in ("members", "addressed", "signatories", "onBehalf")
        }
        self.buttons: dict[str, tuple[QPushButton, QPushButton]] = {
            name: (
                get(QPushButton, f"{name}Add"),  # type: ignore[misc]
                get(QPushButton, f"{name}Remove"),
            )
            for name in self.tables
        }
        self.postponement: QGroupBox = get(QGroupBox, "postponementGroup")  # type: ignore[assignment]
        self.classification: QComboBox = get(QComboBox, "classificationCombo")  # type: ignore[assignment]
        self.deadline_label: QLabel = get(QLabel, "deadlineLabel")  # type: ignore[assignment]
        self.reference_problem: QLabel = get(QLabel, "yourReferenceProblem")  # type: ignore[assignment]
        self.date_problem: QLabel = get(QLabel, "letterDateProblem")  # type: ignore[assignment]
        for label in (self.deadline_label, self.reference_problem, self.date_problem):
            plain_label(label)  # they quote what the letter file holds
        for label in (self.reference_problem, self.date_problem):
            label.setStyleSheet(problem_style())
        self.profile_combo: QComboBox = get(QComboBox, "profileCombo")  # type: ignore[assignment]

    def _connect(self) -> None:
        for edit in self.lines.values():
            edit.textEdited.connect(self._on_edited)
        for text in self.texts.values():
            text.textChanged.connect(self._on_edited)
        for day in self.dates.values():
            day.dateChanged.connect(self._on_edited)
        for check in self.checks.values():
            check.toggled.connect(self._on_edited)
        for table in self.tables.values():
            table.itemChanged.connect(self._on_edited)
        for name, (add, remove) in self.buttons.items():
            add.clicked.connect(lambda _=False, n=name: self._add_row(n))
            remove.clicked.connect(lambda _=False, n=name: self._remove_rows(n))
        self.postponement.toggled.connect(self._on_edited)
        self.classification.currentTextChanged.connect(self._on_edited)
        self.profile_combo.activated.connect(self._on_profile_activated)

    # -- house style --

    def set_profiles(self, names: Sequence[str], current: str) -> None:
        """Offer *names* in the house-style picker with *current* chosen."""
        self.profile_combo.clear()
        self.profile_combo.addItems(list(names))
        if current and self.profile_combo.findText(current) < 0:
            self.profile_combo.addItem(current)
        self.profile_combo.setCurrentText(current)

    def show_sender_defaults(self, defaults: object) -> None:
        """Show the profile's sender details as placeholders of the empty sender fields."""
        for name, attribute in (
            ("ministryEdit", "ministry"),
            ("unitEdit", "unit"),
            ("returnAddressEdit", "return_address"),
            ("websiteEdit", "website"),
        ):
            self.lines[name].setPlaceholderText(str(getattr(defaults, attribute, "")))
        for name, attribute in (
            ("visitingAddressEdit", "visiting_address"),
            ("postalAddressEdit", "postal_address"),
        ):
            self.texts[name].setPlaceholderText("\n".join(getattr(defaults, attribute, ())))

    def _on_profile_activated(self, index: int) -> None:
        self.profileChosen.emit(self.profile_combo.itemText(index))

    # -- model → widgets --

    def load(self, metadata: Metadata) -> None:
        self._loading = True
        try:
            self._load(metadata)
        finally:
            self._loading = False
        self._last = metadata
        self._update_state(metadata)

    def _load(self, m: Metadata) -> None:
        sender = m.sender
        values = {
            "ourReferenceEdit": m.our_reference,
            "yourReferenceEdit": m.your_reference,
            "subjectEdit": m.subject,
            "betreftEdit": derived_betreft(m),
            "ministryEdit": sender.ministry,
            "unitEdit": sender.unit,
            "returnAddressEdit": sender.return_address,
            "websiteEdit": sender.website,
            "logoEdit": sender.logo,
        }
        for name, value in values.items():
            if self.lines[name].text() != value:
                self.lines[name].setText(value)
        texts = {
            "visitingAddressEdit": "\n".join(sender.visiting_address),
            "postalAddressEdit": "\n".join(sender.postal_address),
            "addresseeEdit": "\n".join(m.addressee),
            "postponementReasonEdit": m.postponement.reason if m.postponement else "",
            "attachmentsEdit": "\n".join(m.attachments),
        }
        for name, value in texts.items():
            if self.texts[name].toPlainText() != value:
                self.texts[name].setPlainText(value)
        today = _qdate(self.today())
        self._load_date("submitted", m.submitted, today)
        self._load_date("letterDate", m.letter_date, today, check="letterDatedCheck")
        self.checks["betreftOverrideCheck"].setChecked(m.betreft is not None)
        self.postponement.setChecked(m.postponement is not None)
        post = m.postponement
        self.dates["postponementSentEdit"].setDate(_qdate(post.sent) if post else today)
        self._load_date(
            "postponementExpected",
            post.expected if post else None,
            today,
            check="postponementExpectedCheck",
        )
        self._load_table("members", [(p.name, p.party) for p in m.members])
        self._load_table("addressed", [(o.title, _portfolio_cell(o)) for o in m.addressed_to])
        self._load_table(
            "signatories",
            [(s.office.title, _portfolio_cell(s.office), s.name) for s in m.signatories],
        )
        self._load_table("onBehalf", [(o.title, _portfolio_cell(o)) for o in m.on_behalf_of])
        if self.classification.findText(m.classification) < 0:
            self.classification.addItem(m.classification)
        self.classification.setCurrentText(m.classification)

    def _load_date(
        self, name: str, value: date | None, today: QDate, check: str | None = None
    ) -> None:
        self.checks[check or f"{name}Check"].setChecked(value is not None)
        self.dates[f"{name}DateEdit" if check is None else f"{name}Edit"].setDate(
            _qdate(value) if value is not None else today
        )

    def _load_table(self, name: str, rows: Sequence[tuple[str, ...]]) -> None:
        table = self.tables[name]
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(value))

    # -- widgets → model --

    def read(self) -> Metadata:
        """The metadata the widgets show."""
        line = {name: edit.text().strip() for name, edit in self.lines.items()}
        checked = {name: check.isChecked() for name, check in self.checks.items()}
        day = {name: _pydate(edit.date()) for name, edit in self.dates.items()}
        postponement = None
        if self.postponement.isChecked():
            postponement = Postponement(
                sent=day["postponementSentEdit"],
                reason=self.texts["postponementReasonEdit"].toPlainText().strip(),
                expected=(
                    day["postponementExpectedEdit"]
                    if checked["postponementExpectedCheck"]
                    else None
                ),
            )
        return Metadata(
            sender=Sender(
                ministry=line["ministryEdit"],
                unit=line["unitEdit"],
                visiting_address=_lines(self.texts["visitingAddressEdit"]),
                postal_address=_lines(self.texts["postalAddressEdit"]),
                return_address=line["returnAddressEdit"],
                website=line["websiteEdit"],
                logo=line["logoEdit"],
            ),
            addressee=_lines(self.texts["addresseeEdit"]),
            our_reference=line["ourReferenceEdit"],
            your_reference=line["yourReferenceEdit"],
            letter_date=day["letterDateEdit"] if checked["letterDatedCheck"] else None,
            subject=line["subjectEdit"],
            betreft=line["betreftEdit"] if checked["betreftOverrideCheck"] else None,
            submitted=day["submittedDateEdit"] if checked["submittedCheck"] else None,
            members=tuple(Member(n, p) for n, p in self._rows("members", 2)),
            addressed_to=tuple(Office(t, p) for t, p in self._rows("addressed", 2)),
            signatories=tuple(
                Signatory(Office(t, p), n) for t, p, n in self._rows("signatories", 3)
            ),
            on_behalf_of=tuple(Office(t, p) for t, p in self._rows("onBehalf", 2)),
            postponement=postponement,
            attachments=_lines(self.texts["attachmentsEdit"]),
            classification=self.classification.currentText().strip(),
        )

    def _rows(self, name: str, columns: int) -> list[tuple[str, ...]]:
        """The table's rows with at least one filled cell (a new empty row is not data yet)."""
        table = self.tables[name]
        rows = []
        for r in range(table.rowCount()):
            cells = []
            for c in range(columns):
                item = table.item(r, c)
                cells.append(item.text().strip() if item is not None else "")
            if any(cells):
                rows.append(tuple(cells))
        return rows

    def _on_edited(self, *_: object) -> None:
        if self._loading:
            return
        sender = self.sender()
        key = sender.objectName() if isinstance(sender, QObject) else "form"
        metadata = self.read()
        self._last = metadata
        self._update_state(metadata)
        letter = self.document.letter
        if metadata != letter.metadata:
            self.document.apply(
                set_metadata(letter, metadata),
                EDIT_DETAILS,
                typing_key=("metadata", key),
            )

    def _add_row(self, name: str) -> None:
        table = self.tables[name]
        table.insertRow(table.rowCount())
        table.setCurrentCell(table.rowCount() - 1, 0)
        table.editItem(table.item(table.rowCount() - 1, 0) or self._new_item(table))

    def _new_item(self, table: QTableWidget) -> QTableWidgetItem:
        item = QTableWidgetItem("")
        self._loading = True
        table.setItem(table.rowCount() - 1, 0, item)
        self._loading = False
        return item

    def _remove_rows(self, name: str) -> None:
        table = self.tables[name]
        rows = sorted({index.row() for index in table.selectedIndexes()}, reverse=True)
        if not rows and table.currentRow() >= 0:
            rows = [table.currentRow()]
        for row in rows:
            table.removeRow(row)
        if rows:
            self._on_edited()

    # -- derived state and validation --

    def _update_state(self, metadata: Metadata) -> None:
        checked = {name: check.isChecked() for name, check in self.checks.items()}
        self.dates["submittedDateEdit"].setEnabled(checked["submittedCheck"])
        self.dates["letterDateEdit"].setEnabled(checked["letterDatedCheck"])
        self.dates["postponementExpectedEdit"].setEnabled(checked["postponementExpectedCheck"])
        betreft_edit = self.lines["betreftEdit"]
        betreft_edit.setReadOnly(not checked["betreftOverrideCheck"])
        if not checked["betreftOverrideCheck"]:
            betreft_edit.setText(derived_betreft(metadata))
        reference = metadata.your_reference
        problem = ""
        if reference and not _is_zaaknummer(reference):
            problem = self.tr("Not a Kamer zaaknummer (the form is 2026Z09763).")
        self.reference_problem.setText(problem)
        self.reference_problem.setVisible(bool(problem))
        problem = ""
        dated, submitted = metadata.letter_date, metadata.submitted
        if dated and submitted and dated < submitted:
            problem = self.tr("The letter is dated before the questions were submitted.")
        self.date_problem.setText(problem)
        self.date_problem.setVisible(bool(problem))
        text, passed = deadline_text(metadata, self.today())
        self.deadline_label.setText(text)
        self.deadline_label.setStyleSheet(problem_style() if passed else "")

    def _on_letter_changed(self, old: Letter, new: Letter, focus: object) -> None:
        if new.metadata is old.metadata or new.metadata == self._last:
            return
        self.load(new.metadata)
