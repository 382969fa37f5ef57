"""A date field that takes typing as people type dates: the whole date at once ("31-3-2026",
"31/3/2026", "2026-03-31", "31 maart 2026"), replacing what was selected, with a calendar to
pick from. An impossible date ("31-2-2026") is refused visibly — marked and explained, the
letter keeps its date — instead of being turned silently into another one, as QDateEdit's
section editing did.

The field has QDateEdit's surface as far as the form uses it: ``date()``, ``setDate()``,
``dateChanged(QDate)``.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFocusEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMainWindow, QWidget

from answerletter.gui.palette_colours import problem_field_style
from answerletter.model.wording import MONTHS_NL as MONTHS

#: Shown and accepted: day-month-year, as Dutch letters write dates in forms.
DISPLAY_FORMAT = "d-M-yyyy"
#: How long the status bar repeats why a typed date was refused.
PROBLEM_MESSAGE_MS = 10_000

_NUMERIC = re.compile(r"^\s*(\d{1,2})\s*[-/.\s]\s*(\d{1,2})\s*[-/.\s]\s*(\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_WORDS = re.compile(r"^\s*(\d{1,2})\s+([a-zA-Z]+)\s+(\d{4})\s*$")


def parse_date(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) as typed — not checked for existing —, or None when *text* does
    not have the shape of a date (yet)."""
    if match := _NUMERIC.match(text):
        day, month, year = (int(g) for g in match.groups())
        return year, month, day
    if match := _ISO.match(text):
        year, month, day = (int(g) for g in match.groups())
        return year, month, day
    if match := _WORDS.match(text):
        name = match.group(2).lower()
        months = [m.lower() for m in MONTHS]
        english = ["january", "february", "march", "april", "may", "june", "july",
                   "august", "september", "october", "november", "december"]  # fmt: skip
        for names in (months, english):
            found = [i for i, m in enumerate(names, 1) if m.startswith(name) and len(name) >= 3]
            if len(found) == 1:
                return int(match.group(3)), found[0], int(match.group(1))
    return None


class DateField(QLineEdit):
    """One date, typed whole or picked from a calendar."""

    dateChanged = Signal(QDate)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date = QDate.currentDate()
        self._problem = ""
        self.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.setText(self._date.toString(DISPLAY_FORMAT))
        self.calendar_action = QAction(self.tr("Choose from a calendar"), self)
        self.calendar_action.setIcon(
            self.style().standardIcon(self.style().StandardPixmap.SP_ArrowDown)
        )
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self._calendar: QCalendarWidget | None = None
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._finished)

    # -- QDateEdit's surface --

    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, date: QDate) -> None:
        self._set_problem("")
        self.setText(date.toString(DISPLAY_FORMAT))
        self._accept(date)

    def problem(self) -> str:
        """Why the typed text is refused ("" when it is not)."""
        return self._problem

    # -- typing --

    def _typed(self, text: str) -> None:
        parts = parse_date(text)
        if parts is None:
            self._set_problem("")  # not a whole date yet: wait for more (or for leaving)
            return
        date = QDate(*parts)
        if not date.isValid():
            self._set_problem(
                self.tr("{text} is not a date that exists; the letter keeps {date}.").format(
                    text=text.strip(), date=self._date.toString(DISPLAY_FORMAT)
                )
            )
            return
        self._set_problem("")
        self._accept(date)

    def _finished(self) -> None:
        text = self.text()
        parts = parse_date(text)
        if parts is None and text.strip():
            self._set_problem(
                self.tr(
                    "“{text}” is not a date (type it as 31-3-2026); the letter keeps {date}."
                ).format(text=text.strip(), date=self._date.toString(DISPLAY_FORMAT))
            )
        elif parts is not None and QDate(*parts).isValid():
            self.setText(self._date.toString(DISPLAY_FORMAT))  # shown the usual way

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if not self.text().strip():
            self.setText(self._date.toString(DISPLAY_FORMAT))

    def _accept(self, date: QDate) -> None:
        if date != self._date:
            self._date = QDate(date)
            self.dateChanged.emit(QDate(date))

    def _set_problem(self, text: str) -> None:
        changed = text != self._problem
        self._problem = text
        self.setStyleSheet(problem_field_style(self.palette()) if text else "")
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        window = self.window()
        if text and changed and isinstance(window, QMainWindow):
            # Said where it is read, not only in a tooltip: the field is also marked red.
            window.statusBar().showMessage(text, PROBLEM_MESSAGE_MS)

    # -- the calendar --

    def show_calendar(self) -> None:
        if self._calendar is None:
            self._calendar = QCalendarWidget(self)
            self._calendar.setWindowFlags(Qt.WindowType.Popup)
            self._calendar.clicked.connect(self._picked)
            self._calendar.activated.connect(self._picked)
        self._calendar.setSelectedDate(self._date)
        self._calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self._calendar.show()
        self._calendar.setFocus()

    def _picked(self, date: QDate) -> None:
        if self._calendar is not None:
            self._calendar.hide()
        self.setDate(date)
        self.setFocus()
