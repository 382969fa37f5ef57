"""Clipboard and drag-and-drop data for the rich-text editor.

Copying puts three forms on the clipboard: the editor's own JSON (keeps footnotes), simple
HTML and plain text for other programs. Pasting reads the editor's own form first, then HTML
(Word, web pages, e-mail; see ``html_import``), then plain text; images alone are refused.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData

from answerletter.gui.richtext.html_export import html_from_richtext, plain_from_richtext
from answerletter.gui.richtext.html_import import ImportReport, import_html, richtext_from_plain
from answerletter.gui.richtext.serial import richtext_from_json, richtext_to_json
from answerletter.model.richtext import LINE_BREAK, Block, Footnote, RichText, Run

#: The editor's private clipboard type: answerletter.gui.richtext.serial's JSON.
MIME_TYPE = "application/x-answerletter-richtext+json"


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


def paste_from_mime(mime: QMimeData) -> tuple[RichText | None, ImportReport]:
    """What pasting *mime* inserts (None when it holds nothing the editor takes), and what
    it left out or reshaped."""
    if _only_files(mime):
        return None, ImportReport()
    if mime.hasFormat(MIME_TYPE):
        try:
            return richtext_from_json(bytes(mime.data(MIME_TYPE).data())), ImportReport()
        except ValueError:
            pass  # damaged or foreign data under our name: fall back to the other forms
    if mime.hasHtml():
        return import_html(mime.html())
    if mime.hasText():
        return richtext_from_plain(mime.text()), ImportReport()
    return None, ImportReport()


def richtext_from_mime(mime: QMimeData) -> RichText | None:
    """What pasting *mime* inserts, or None when it holds nothing the editor takes."""
    return paste_from_mime(mime)[0]


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
