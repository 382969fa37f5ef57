"""The deadline in the status bar is read and its turning red announced (issue 19 item 5)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from window_helpers import small_letter


@pytest.fixture
def events(monkeypatch) -> list[QAccessibleEvent]:
    """The accessibility events the program raises from Python (Qt's own, from C++, are
    not seen here)."""
    seen: list[QAccessibleEvent] = []
    original = QAccessible.updateAccessibility

    def record(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            seen.append(QAccessibleAnnouncementEvent(event.object(), event.message()))
            seen[-1].setPoliteness(event.politeness())
        original(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    return seen


def test_the_deadline_reads_its_text_not_only_its_purpose(make_window):
    window = make_window(small_letter(2))  # submitted 1 May, today 20 May: 2 days left
    label = window.deadline_label
    interface = QAccessible.queryAccessibleInterface(label)
    name = interface.text(QAccessible.Text.Name)
    assert name == label.text()
    # The date itself is written in the system's locale.
    assert name.startswith("Deadline: ") and name.endswith("2026 (2 days left)")
    assert interface.text(QAccessible.Text.Description) == "Answer deadline"
    # Qt raises NameChanged for a new text only while no accessible name is set over it.
    assert label.accessibleName() == ""


def test_turning_red_is_announced_once(make_window, events):
    window = make_window(small_letter(2))
    assert events == []  # opening a letter is not news
    window.form.dates["submittedDateEdit"].setDate(QDate(2026, 4, 1))
    label = window.deadline_label
    assert "passed" in label.text()
    assert QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Name) == label.text()
    assert [(e.object(), e.message()) for e in events] == [(label, label.text())]
    assert events[0].politeness() == QAccessible.AnnouncementPoliteness.Polite
    assert events[0].message().endswith("2026 (passed 28 days ago)")  # 22 April
    # Still red after another change: nothing new to announce.
    window.form.dates["submittedDateEdit"].setDate(QDate(2026, 3, 1))
    assert len(events) == 1
    # In time again, then late again: announced again.
    window.form.dates["submittedDateEdit"].setDate(QDate(2026, 5, 10))
    window.form.dates["submittedDateEdit"].setDate(QDate(2026, 4, 2))
    assert len(events) == 2


def test_a_letter_opened_late_is_not_announced(make_window, events):
    letter = small_letter(2)
    from dataclasses import replace
    from datetime import date

    late = replace(letter, metadata=replace(letter.metadata, submitted=date(2026, 3, 1)))
    window = make_window(late)
    assert "passed" in window.deadline_label.text()
    assert events == []
