"""Clipboard and drag-and-drop data for the rich-text editor.

Copying puts three forms on the clipboard: the editor's own JSON (keeps footnotes), simple
HTML and plain text for other programs. Pasting reads the editor's own form first, then HTML
(Word, web pages, e-mail; see ``html_import``), then plain text; images alone are refused.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass

from PySide6.QtCore import QMimeData

from answerletter.gui.richtext.html_export import html_from_richtext, plain_from_richtext
from answerletter.gui.richtext.html_import import (
    ImportReport,
    import_html_reported,
    richtext_from_plain,
)
from answerletter.gui.richtext.serial import richtext_from_json, richtext_to_json
from answerletter.model.richtext import LINE_BREAK, Block, Footnote, Inline, RichText, Run

#: The editor's private clipboard type: answerletter.gui.richtext.serial's JSON.
MIME_TYPE = "application/x-answerletter-richtext+json"


#: Characters that reorder text invisibly ("Trojan source"): embeddings, overrides and
#: isolates. A Dutch letter never needs them; pasted ones are removed and counted.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True)
class Pasted:
    """What a paste inserts, and what was left out of it (for the editor to say)."""

    text: RichText
    #: Elements nested too deeply whose formatting was dropped (their text is kept).
    unwrapped: int = 0
    #: Bidirectional control characters removed.
    bidi_removed: int = 0
    #: Images (and other media) left out.
    media: int = 0
    #: Tables, each row now a paragraph with tab-separated cells.
    tables: int = 0


def without_bidi_controls(text: RichText) -> tuple[RichText, int]:
    """*text* without bidirectional control characters, and how many there were."""
    notes = "".join(note.plain_text() for note in text.footnotes())
    if not _BIDI_CONTROLS.search(text.plain_text()) and not _BIDI_CONTROLS.search(notes):
        return text, 0
    removed = 0

    def clean(run: Run) -> Run:
        nonlocal removed
        cleaned, count = _BIDI_CONTROLS.subn("", run.text)
        removed += count
        return Run(cleaned, run.marks) if count else run

    blocks = []
    for block in text.blocks:
        content: list[Inline] = []
        for item in block.content:
            if isinstance(item, Footnote):
                content.append(Footnote(item.id, tuple(clean(run) for run in item.body)))
            else:
                content.append(clean(item))
        blocks.append(Block(tuple(content), block.list_kind, block.level))
    return RichText(tuple(blocks)), removed


def _only_files(mime: QMimeData) -> bool:
    """Dropped files (a .kvb to open, say) are the window's business, not text to insert."""
    return (
        mime.hasUrls()
        and all(url.isLocalFile() for url in mime.urls())
        and not mime.hasFormat(MIME_TYPE)
        and not mime.hasHtml()
    )


def can_paste(mime: QMimeData) -> bool:
    if _only_files(mime):
        return False
    return mime.hasFormat(MIME_TYPE) or mime.hasHtml() or mime.hasText()


def richtext_from_mime(mime: QMimeData) -> RichText | None:
    """What pasting *mime* inserts, or None when it holds nothing the editor takes."""
    pasted = paste_from_mime(mime)
    return pasted.text if pasted is not None else None


@dataclass(frozen=True)
class ClipboardForms:
    """The forms of a clipboard or a drop the editor reads, copied out of the QMimeData as
    plain Python values: safe to convert on another thread while the clipboard changes."""

    own: bytes | None = None
    html: str | None = None
    text: str | None = None


def forms_of(mime: QMimeData) -> ClipboardForms | None:
    """The forms of *mime* the editor takes; None when it holds none (or only files)."""
    if _only_files(mime):
        return None
    own = bytes(mime.data(MIME_TYPE).data()) if mime.hasFormat(MIME_TYPE) else None
    html = mime.html() if mime.hasHtml() else None
    text = mime.text() if mime.hasText() else None
    if own is None and html is None and text is None:
        return None
    return ClipboardForms(own, html, text)


def paste_from_mime(mime: QMimeData) -> Pasted | None:
    """What pasting *mime* inserts and what was left out of it; None when it holds nothing
    the editor takes. Bidirectional controls are removed from every form."""
    forms = forms_of(mime)
    return paste_from_forms(forms) if forms is not None else None


def paste_from_forms(forms: ClipboardForms) -> Pasted | None:
    """What pasting *forms* inserts: the editor's own form first, then HTML, then plain text.
    Plain Python (no Qt): may run on any thread."""
    unwrapped = 0
    report = ImportReport()
    text: RichText | None = None
    if forms.own is not None:
        # Damaged or foreign data under our name: fall back to the other forms.
        with contextlib.suppress(ValueError):
            text = richtext_from_json(forms.own)
    if text is None and forms.html is not None:
        text, unwrapped, report = import_html_reported(forms.html)
    if text is None and forms.text is not None:
        text = richtext_from_plain(forms.text)
    if text is None:
        return None
    text, removed = without_bidi_controls(text)
    return Pasted(text, unwrapped, removed, report.media, report.tables)


def paste_from_plain(plain: str) -> Pasted:
    """Pasting *plain* as text alone (Paste as Plain Text)."""
    text, removed = without_bidi_controls(richtext_from_plain(plain))
    return Pasted(text, 0, removed)


def mime_from_richtext(text: RichText) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_TYPE, richtext_to_json(text).encode("utf-8"))
    mime.setHtml(html_from_richtext(text))
    mime.setText(plain_from_richtext(text))
    return mime


def as_inline(text: RichText) -> RichText:
    """*text* flattened to one paragraph without footnotes (for a footnote's own text):
    paragraphs are joined by soft line breaks."""
    runs: list[Run] = []
    for index, block in enumerate(text.blocks):
        if index and runs:
            runs.append(Run(LINE_BREAK))
        runs.extend(item for item in block.content if not isinstance(item, Footnote))
    return RichText((Block(tuple(runs)),)) if runs else RichText()
