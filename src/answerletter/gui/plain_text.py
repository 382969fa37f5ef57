"""Text from a file, a lock or a file name is shown as plain text, never as markup.

Qt renders a label, a message box or a tooltip as rich text when the text merely *looks* like
HTML (``Qt::mightBeRichText``). A colleague's user name in a lock file, a file name or a
footnote in a letter could then draw a red 30 px "IT-beheer", add a forged instruction on a
line of its own, or make Qt load a local image (a named pipe there freezes the editor). Every
widget that shows such text goes through these helpers.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def plain_label(label: QLabel) -> QLabel:
    """*label* shows its text literally, whatever it contains."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_box(box: QMessageBox) -> QMessageBox:
    """Every text of *box* (text, informative text) shown literally; call after setting
    them (Qt creates the informative text's label on demand). The details area is plain
    text already."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    for label in box.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)
    return box


def plain_labels(widget: QWidget) -> QWidget:
    """Every label inside *widget* shows its text literally."""
    for label in widget.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def plain_tooltip(text: str) -> str:
    """*text* as a tooltip that shows it literally (tooltips have no text format of their
    own: the text is escaped inside an explicit rich-text wrapper)."""
    if not text:
        return ""
    return "<qt>" + escape(text, quote=False).replace("\n", "<br>") + "</qt>"
