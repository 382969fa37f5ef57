""" "Uitstelbericht maken": the postponement notice as a new document from the answer letter.

The notice is made from the letter's metadata (``model.notice.make_notice``); the
postponement is recorded in the answer letter as one undoable step (its deadline moves);
the notice opens as a new, unsaved document through the window owner's open path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from answerletter.editing.document import Document
from answerletter.gui import check_dialogs, dialogs
from answerletter.model import DocumentKind
from answerletter.model.deadlines import POSTPONEMENT_TERM, answer_deadline
from answerletter.model.notice import make_notice

if TYPE_CHECKING:
    from answerletter.gui.main_window import MainWindow


def make_postponement_notice(window: MainWindow) -> Document | None:
    """Ask for the reason and date, record the postponement, open the notice; returns the
    notice's document (None when cancelled or not possible)."""
    document = window.document
    letter = document.letter
    if letter.kind is not DocumentKind.ANSWER_LETTER:
        dialogs.show_information(
            window,
            QCoreApplication.translate("NoticeCommands", "Make Postponement Notice"),
            QCoreApplication.translate(
                "NoticeCommands", "This document is a postponement notice itself."
            ),
        )
        return None
    today = window.today()
    deadline = answer_deadline(letter.metadata)
    suggested = (deadline or today) + POSTPONEMENT_TERM
    details = check_dialogs.ask_notice_details(window, suggested)
    if details is None:
        return None
    reason, expected = details
    notice, recorded = make_notice(letter, today, reason, expected)
    document.apply(recorded, QCoreApplication.translate("NoticeCommands", "Record postponement"))
    notice_document = Document(notice)
    window.open_new_document(notice_document)
    return notice_document
