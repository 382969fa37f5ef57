"""The letter text before the questions: the offering sentence (generated from the details
unless overridden), further paragraphs and the closing. A tab of the letter details."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from answerletter.editing.document import Document, StepName
from answerletter.gui.text_field import AutoHeightEditor, TextField, create_editor
from answerletter.model import Body, Letter, ModelError, RichText
from answerletter.model.footnote_numbers import FootnoteNumbers
from answerletter.model.ids import IdCensus
from answerletter.model.operations import set_body
from answerletter.model.wording import offering_paragraphs

#: The undo steps made here (named again in the interface language of the moment).
EDIT_TEXT = StepName("BodyForm", str(QT_TRANSLATE_NOOP("BodyForm", "Edit letter text")))


class BodyForm(QWidget):
    """Edits ``letter.body``; reloads only when the body changed elsewhere (undo)."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._loading = False
        #: The letter text's notes follow the offering's, in the editor as in print.
        self.footnote_numbers = FootnoteNumbers()
        self.own_offering = QCheckBox(self.tr("&Own offering text (instead of the generated one)"))
        self.offering = create_editor(self)
        self.offering.setAccessibleName(self.tr("Offering text"))
        self.offering_field = TextField(self.offering, self._ids)
        self._offering_height = AutoHeightEditor(self.offering, min_lines=3, max_lines=8)
        paragraphs_label = QLabel(self.tr("P&aragraphs after the offering:"))
        self.paragraphs = create_editor(self)
        self.paragraphs.setAccessibleName(self.tr("Paragraphs after the offering"))
        paragraphs_label.setBuddy(self.paragraphs)
        self.paragraphs_field = TextField(self.paragraphs, self._ids)
        closing_label = QLabel(self.tr("&Closing (e.g. “Hoogachtend,”):"))
        self.closing = QLineEdit(self)
        self.closing.setAccessibleName(self.tr("Closing"))
        closing_label.setBuddy(self.closing)

        layout = QVBoxLayout(self)
        layout.addWidget(self.own_offering)
        layout.addWidget(self.offering)
        layout.addWidget(paragraphs_label)
        layout.addWidget(self.paragraphs, 1)
        layout.addWidget(closing_label)
        layout.addWidget(self.closing)

        self.offering_field.setObjectName("offering")
        self.paragraphs_field.setObjectName("paragraphs")
        self.closing.setObjectName("closing")
        self.own_offering.toggled.connect(self._on_own_toggled)
        self.offering_field.edited.connect(self._on_edited)
        self.paragraphs_field.edited.connect(self._on_edited)
        self.closing.textEdited.connect(self._on_edited)
        document.letterChanged.connect(self._on_letter_changed)
        self.load(document.letter)

    def _ids(self) -> IdCensus:
        return self.document.letter.id_census

    def load(self, letter: Letter) -> None:
        body = letter.body
        self._loading = True
        try:
            self.own_offering.setChecked(body.offering is not None)
            self.offering.setReadOnly(body.offering is None)
            offering = body.offering
            if offering is None:
                offering = RichText.plain(*offering_paragraphs(letter.metadata))
            self.offering_field.load(offering)
            self.paragraphs.marks.set_first_number(self.footnote_numbers.paragraphs_first(letter))
            self.paragraphs_field.load(body.paragraphs)
            if self.closing.text() != body.closing:
                self.closing.setText(body.closing)
        finally:
            self._loading = False

    def read(self) -> Body:
        own = self.own_offering.isChecked()
        return Body(
            offering=self.offering_field.text if own else None,
            paragraphs=self.paragraphs_field.text,
            closing=self.closing.text().strip(),
        )

    def _on_own_toggled(self, checked: bool) -> None:
        self.offering.setReadOnly(not checked)
        if not self._loading:
            self._apply("offering-choice")

    def _on_edited(self, *_: object) -> None:
        if not self._loading:
            sender = self.sender()
            self._apply(sender.objectName() if sender is not None else "body")

    def _apply(self, key: str) -> None:
        letter = self.document.letter
        body = self.read()
        if body == letter.body:
            return
        try:
            after = set_body(letter, body)
        except ModelError:
            return
        self.document.apply(after, EDIT_TEXT, typing_key=("body", key))

    def _on_letter_changed(self, old: Letter, new: Letter, focus: object) -> None:
        if new.body == self.read() and (
            new.body.offering is not None or new.metadata is old.metadata
        ):
            return
        self.load(new)
