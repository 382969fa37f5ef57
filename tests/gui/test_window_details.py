"""The letter details form: every edit reaches the model, undo reaches the form, inline
validation, and the answer deadline in the form and the status bar."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from window_helpers import small_letter

from answerletter.model import Member, Office, Postponement, Signatory
from answerletter.model.operations import set_metadata


def metadata(window):
    return window.document.letter.metadata


def test_typing_a_field_changes_the_metadata_and_undo_restores_the_form(make_window, qtbot):
    window = make_window(small_letter(2))
    edit = window.form.lines["subjectEdit"]
    edit.selectAll()
    qtbot.keyClicks(edit, "de begroting")
    assert metadata(window).subject == "de begroting"
    assert window.form.lines["betreftEdit"].text() == "Antwoorden Kamervragen over de begroting"
    window.undo_action.trigger()  # one step for the whole word
    assert metadata(window).subject == "de proef"
    assert edit.text() == "de proef"


def test_zaaknummer_is_checked_inline(make_window, qtbot):
    window = make_window(small_letter(2))
    edit = window.form.lines["yourReferenceEdit"]
    problem = window.form.reference_problem
    qtbot.keyClicks(edit, "2026Z0976")
    assert not problem.isHidden() and "zaaknummer" in problem.text()
    qtbot.keyClicks(edit, "3")
    assert problem.isHidden()
    assert metadata(window).your_reference == "2026Z09763"


def test_letter_dated_before_submission_is_flagged(make_window):
    window = make_window(small_letter(2))  # submitted 1 May 2026
    form = window.form
    form.checks["letterDatedCheck"].setChecked(True)
    form.dates["letterDateEdit"].setDate(QDate(2026, 4, 20))
    assert metadata(window).letter_date == date(2026, 4, 20)
    assert not form.date_problem.isHidden()
    form.dates["letterDateEdit"].setDate(QDate(2026, 5, 12))
    assert form.date_problem.isHidden()
    form.checks["letterDatedCheck"].setChecked(False)
    assert metadata(window).letter_date is None  # a draft


def test_deadline_in_form_and_status_bar_turns_red_when_passed(make_window):
    window = make_window(small_letter(2))  # submitted 1 May, today 20 May: 2 days left
    assert "2 days left" in window.form.deadline_label.text()
    assert "2 days left" in window.deadline_label.text()
    assert "c62828" not in window.deadline_label.styleSheet()
    window.form.dates["submittedDateEdit"].setDate(QDate(2026, 4, 1))
    assert "passed" in window.deadline_label.text()
    assert "c62828" in window.deadline_label.styleSheet()
    assert "c62828" in window.form.deadline_label.styleSheet()
    # An uitstel moves the deadline to the expected date.
    window.form.postponement.setChecked(True)
    window.form.checks["postponementExpectedCheck"].setChecked(True)
    window.form.dates["postponementExpectedEdit"].setDate(QDate(2026, 6, 19))
    assert metadata(window).postponement.expected == date(2026, 6, 19)
    assert "30 days left" in window.deadline_label.text()


def test_tables_edit_members_ministers_and_signatories(make_window):
    window = make_window(small_letter(2))
    form = window.form
    add_member, remove_member = form.buttons["members"]
    add_member.click()
    table = form.tables["members"]
    table.item(0, 0).setText("Westerveld")
    table.setItem(0, 1, type(table.item(0, 0))("GroenLinks-PvdA"))
    assert metadata(window).members == (Member("Westerveld", "GroenLinks-PvdA"),)
    form.buttons["signatories"][0].click()
    signatories = form.tables["signatories"]
    signatories.item(0, 0).setText("minister")
    signatories.setItem(0, 1, type(signatories.item(0, 0))("Buitenlandse Zaken"))
    signatories.setItem(0, 2, type(signatories.item(0, 0))("A. Minister"))
    assert metadata(window).signatories == (
        Signatory(Office("minister", "Buitenlandse Zaken"), "A. Minister"),
    )
    table.selectRow(0)
    remove_member.click()
    assert metadata(window).members == ()


def test_an_office_takes_its_preposition_from_the_portfolio_cell(make_window):
    window = make_window(small_letter(2))
    form = window.form
    form.buttons["addressed"][0].click()
    addressed = form.tables["addressed"]
    item = type(addressed.item(0, 0))
    addressed.item(0, 0).setText("Minister")
    # Typed without a preposition: the usual one of this portfolio ("voor").
    addressed.setItem(0, 1, item("Buitenlandse Handel en Ontwikkelingshulp"))
    office = metadata(window).addressed_to[0]
    assert (office.title, office.preposition) == ("minister", "voor")
    # Typed with one: that one, never "van voor".
    addressed.item(0, 1).setText("van Buitenlandse Handel en Ontwikkelingshulp")
    office = metadata(window).addressed_to[0]
    assert (office.preposition, office.portfolio) == (
        "van",
        "Buitenlandse Handel en Ontwikkelingshulp",
    )
    # A change made elsewhere shows each office with its own preposition.
    letter = window.document.letter
    offices = (Office("minister", "Financiën"), Office("minister", "Medische Zorg"))
    changed = set_metadata(letter, replace(letter.metadata, addressed_to=offices))
    window.document.apply(changed, "test")
    assert [addressed.item(r, 1).text() for r in range(2)] == [
        "van Financiën",
        "voor Medische Zorg",
    ]
    assert form.read().addressed_to == offices


def test_form_follows_metadata_changed_elsewhere(make_window):
    window = make_window(small_letter(2))
    letter = window.document.letter
    changed = set_metadata(
        letter,
        type(letter.metadata)(
            subject="iets anders",
            on_behalf_of=(Office("minister", "Defensie"),),
            postponement=Postponement(date(2026, 5, 15), "overleg"),
            attachments=("Bijlage 1",),
        ),
    )
    window.document.apply(changed, "test")
    form = window.form
    assert form.lines["subjectEdit"].text() == "iets anders"
    assert form.tables["onBehalf"].item(0, 1).text() == "van Defensie"
    assert form.postponement.isChecked()
    assert form.texts["postponementReasonEdit"].toPlainText() == "overleg"
    assert form.texts["attachmentsEdit"].toPlainText() == "Bijlage 1"
    assert form.read() == changed.metadata


def test_a_dated_letter_shows_whether_it_kept_the_deadline(make_window):
    window = make_window(small_letter(2))  # submitted 1 May 2026: deadline 22 May
    form = window.form
    form.checks["letterDatedCheck"].setChecked(True)
    form.dates["letterDateEdit"].setDate(QDate(2026, 5, 20))
    assert metadata(window).letter_date == date(2026, 5, 20)
    assert "answered in time" in window.deadline_label.text()
    assert "c62828" not in window.deadline_label.styleSheet()
    form.dates["letterDateEdit"].setDate(QDate(2026, 5, 25))
    assert "answered 3 days late" in window.deadline_label.text()
    assert "c62828" in window.deadline_label.styleSheet()


def test_deadline_label_is_announced_with_its_text(make_window):
    """The screen reader reads the deadline itself, not only a fixed name (EN 301 549)."""
    from PySide6.QtGui import QAccessible

    window = make_window(small_letter(2))  # today 20 May: 2 days left
    interface = QAccessible.queryAccessibleInterface(window.deadline_label)
    assert "2 days left" in interface.text(QAccessible.Text.Name)
    assert interface.text(QAccessible.Text.Description) == "Answer deadline"
