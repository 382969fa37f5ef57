"""Big pastes: refused above a stated size, converted off the GUI thread above a smaller one.

Why refuse at all: a QTextDocument can only be filled and laid out on the GUI thread, and Qt
re-lays a whole paragraph on every keystroke in it, so text of many megabytes can never be
made responsive in the editor; converting it elsewhere would only move the freeze (measured:
a 10 MB paste took 10 minutes into the window on a loaded machine). An answer is a few pages;
the limits below allow about 150 pages of plain text at once, refuse more with a message that
says what to do instead (paste in parts; Word's HTML too large: paste as plain text), and lose
nothing (the clipboard keeps its text). Whole documents go through File ▸ Import.

Below the limits, a paste larger than :data:`BACKGROUND_CHARS` is converted (HTML parsed,
lines split) on a worker thread while the editor shows a note and waits, read-only; only
inserting the result takes the GUI thread.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QObject, Signal

from answerletter.gui.richtext.paste import ClipboardForms, Pasted, paste_from_forms

#: Plain text (or the editor's own form) longer than this is refused: ~150 pages.
MAX_TEXT_CHARS = 500_000
#: HTML (Word's carries 10 to 20 times its text in markup) longer than this is refused; its
#: conversion costs about 1 s per MB on a quiet machine.
MAX_HTML_CHARS = 4_000_000
#: Pastes larger than this are converted on a worker thread.
BACKGROUND_CHARS = 64_000

_log = logging.getLogger(__name__)


class Form(Enum):
    """Which form of the clipboard a paste reads (the first one present, in this order)."""

    OWN = "own"
    HTML = "html"
    TEXT = "text"


def chosen_form(forms: ClipboardForms) -> tuple[Form, int]:
    """The form a paste of *forms* reads, and its size in characters (bytes for our own)."""
    if forms.own is not None:
        return Form.OWN, len(forms.own)
    if forms.html is not None:
        return Form.HTML, len(forms.html)
    return Form.TEXT, len(forms.text or "")


@dataclass(frozen=True)
class Refusal:
    """A paste too large to take: which form, how large, and the limit it exceeds."""

    form: Form
    size: int
    limit: int


def refusal(forms: ClipboardForms) -> Refusal | None:
    """Why *forms* must not be pasted, or None when they may."""
    form, size = chosen_form(forms)
    limit = MAX_HTML_CHARS if form is Form.HTML else MAX_TEXT_CHARS
    if form is Form.OWN:
        limit = 4 * MAX_TEXT_CHARS  # JSON: about four bytes per character of text, at most
    return Refusal(form, size, limit) if size > limit else None


def in_background(forms: ClipboardForms) -> bool:
    """Whether converting *forms* is slow enough to leave the GUI thread."""
    return chosen_form(forms)[1] > BACKGROUND_CHARS


class PasteConverter(QObject):
    """Converts clipboard forms on a worker thread, one at a time. ``converted(token,
    pasted)`` arrives on the GUI thread with the token :meth:`start` returned; a conversion
    whose token was :meth:`cancel`-led arrives nowhere."""

    converted = Signal(int, object)
    #: Any conversion ended, taken or dropped (for whoever waits for the worker to be idle).
    settled = Signal()
    _finished = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor: ThreadPoolExecutor | None = None
        self._token = 0
        self.pending = False
        self._finished.connect(self._on_finished)

    def start(self, forms: ClipboardForms) -> int:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="paste")
        self._token += 1
        token = self._token
        self.pending = True
        future = self._executor.submit(paste_from_forms, forms)
        future.add_done_callback(lambda done: self._deliver(token, done))
        return token

    def cancel(self) -> None:
        """Forget the conversion in progress (its result is dropped)."""
        self._token += 1
        self.pending = False

    def _deliver(self, token: int, done: Future[Pasted | None]) -> None:
        # On the worker thread: hand the result over as a queued signal.
        try:
            pasted = done.result()
        except Exception:  # a defect in a converter must not take the editor down
            _log.exception("Converting a paste failed")
            pasted = None
        self._finished.emit(token, pasted)

    def _on_finished(self, token: int, pasted: Pasted | None) -> None:
        if token == self._token:
            self.pending = False
            self.converted.emit(token, pasted)
        self.settled.emit()

    def dispose(self) -> None:
        self.cancel()
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
