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

from PySide6.QtCore import QMimeData, QObject, Qt, Signal

from answerletter.gui.richtext.paste import MIME_TYPE, ClipboardForms, Pasted, paste_from_forms

#: A paste whose text holds more characters than this is refused (about 30 pages; an answer
#: is a few). Measured on a loaded 2-core machine, a paste of 500,000 characters stalled the
#: window 5.6 s (inserting, reading back, re-laying the preview); 100,000 cost about a fifth.
MAX_TEXT_CHARS = 100_000
#: A paste of more paragraphs than this is refused: inserting, reading back and laying out
#: cost per paragraph (a 600 KB Word paste of 7,900 short paragraphs stalled the window 4 s).
MAX_PARAGRAPHS = 2_000
#: HTML (Word's carries 10 to 20 times its text in markup) larger than this is refused
#: before it is parsed; parsing costs about 1 s per MB, on the worker thread.
MAX_HTML_BYTES = 2_000_000
#: Our own form is JSON: a few bytes per character of text.
MAX_OWN_BYTES = 4 * MAX_TEXT_CHARS
#: Pastes larger than this (in bytes) are converted on a worker thread.
BACKGROUND_BYTES = 64_000

_log = logging.getLogger(__name__)


class Form(Enum):
    """Which form of the clipboard a paste reads (the first one present, in this order)."""

    OWN = "own"
    HTML = "html"
    TEXT = "text"


_MIME_TYPES = {Form.OWN: MIME_TYPE, Form.HTML: "text/html", Form.TEXT: "text/plain"}


def chosen_form(mime: QMimeData, *, plain: bool = False) -> tuple[Form, int] | None:
    """The form a paste of *mime* reads (*plain*: its text only) and its size in bytes as
    stored (UTF-8), found without converting it to a Python string: ``QMimeData.text()``
    of 10 MB alone takes 0.1-0.2 s."""
    forms = (Form.TEXT,) if plain else tuple(Form)
    for form in forms:
        if mime.hasFormat(_MIME_TYPES[form]):
            return form, mime.data(_MIME_TYPES[form]).size()
    return None


@dataclass(frozen=True)
class Refusal:
    """A paste too large to take: which form, how many bytes or characters, the limit."""

    form: Form
    size: int
    limit: int
    #: Whether *size* counts characters, or paragraphs (else bytes).
    characters: bool = False
    paragraphs: bool = False


def refusal(mime: QMimeData, *, plain: bool = False) -> Refusal | None:
    """Why pasting *mime* must not go ahead, or None when it may, decided before anything is
    converted: a form of more bytes than its limit is refused; text between MAX_TEXT_CHARS
    and four times as many bytes is counted in characters."""
    chosen = chosen_form(mime, plain=plain)
    if chosen is None:
        return None
    form, size = chosen
    if form is Form.HTML:
        return Refusal(form, size, MAX_HTML_BYTES) if size > MAX_HTML_BYTES else None
    if form is Form.OWN:
        return Refusal(form, size, MAX_OWN_BYTES) if size > MAX_OWN_BYTES else None
    if size > 4 * MAX_TEXT_CHARS:  # UTF-8: at most four bytes per character
        return Refusal(form, size, MAX_TEXT_CHARS)
    if size > MAX_PARAGRAPHS:  # else it cannot hold too many lines
        text = mime.text()
        if len(text) > MAX_TEXT_CHARS:
            return Refusal(form, len(text), MAX_TEXT_CHARS, characters=True)
        lines = text.count("\n") + 1
        if lines > MAX_PARAGRAPHS:
            return Refusal(form, lines, MAX_PARAGRAPHS, paragraphs=True)
    return None


def result_refusal(pasted: Pasted) -> Refusal | None:
    """Why a converted paste (from HTML, say) must not go in: more text than MAX_TEXT_CHARS
    or more paragraphs than MAX_PARAGRAPHS."""
    text = pasted.text
    characters = len(text.plain_text()) + sum(len(note.plain_text()) for note in text.footnotes())
    if characters > MAX_TEXT_CHARS:
        return Refusal(Form.TEXT, characters, MAX_TEXT_CHARS, characters=True)
    if len(text.blocks) > MAX_PARAGRAPHS:
        return Refusal(Form.TEXT, len(text.blocks), MAX_PARAGRAPHS, paragraphs=True)
    return None


def in_background(mime: QMimeData, *, plain: bool = False) -> bool:
    """Whether converting *mime* is slow enough to leave the GUI thread."""
    chosen = chosen_form(mime, plain=plain)
    return chosen is not None and chosen[1] > BACKGROUND_BYTES


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
        # Queued even when emitted on this thread: a conversion finished before its callback
        # was attached calls back at once, here; the paste must still land later, from the
        # event loop, as it does otherwise.
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)

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
