"""The rich-text editing component: RichText ⇄ QTextDocument, the editor widget, paste filter."""

from answerletter.gui.richtext.actions import FormatActions, make_format_toolbar
from answerletter.gui.richtext.convert import document_from_richtext, richtext_from_document
from answerletter.gui.richtext.editor import RichTextEditor, default_footnote_id
from answerletter.gui.richtext.paste import MIME_TYPE

__all__ = [
    "MIME_TYPE",
    "FormatActions",
    "RichTextEditor",
    "default_footnote_id",
    "document_from_richtext",
    "make_format_toolbar",
    "richtext_from_document",
]
