"""Footnote marks and links in the text editors, for screen readers.

A footnote mark is one U+FFFC character painted as a numbered chip; Qt's own accessible text
of a QTextEdit hands that character over as it is, and a link as plain text. What PySide6
allows, and why this does not replace the editor's text interface:

* A Python text interface can be given to a widget (``accessible_text`` does so for the
  preview), but Qt's editor keeps announcing caret moves and edits with offsets into its own
  text, and PySide6 exposes no update handler to translate them: a text in which a mark reads
  "voetnoot 3 …" would disagree with every caret offset after the mark.
* PySide6 does not expose ``selection()``/``attributes()`` of QAccessibleTextInterface nor a
  hyperlink interface, so an own interface would also lose the selection and links that the
  editor's C++ interface reports.

So the editor keeps Qt's interface (caret, selection, editing stay right), and whenever the
caret is on a footnote mark or in a link, the editor's accessible description says what it
is — "voetnoot 3: Euractiv, 20 april 2026, …", "link: uitvoering, https://…" — and that is
announced politely as the caret arrives. Leaving it clears the description.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor

from answerletter.gui.accessibility_events import announce
from answerletter.gui.richtext import RichTextEditor
from answerletter.gui.richtext.footnotes import footnote_at
from answerletter.gui.richtext.formats import link_of


class EditorSpeech(QObject):
    """Says what footnote mark or link the caret of *editor* is on (one per editor)."""

    def __init__(self, editor: RichTextEditor) -> None:
        super().__init__(editor)
        self.setObjectName("editorSpeech")
        self.editor = editor
        self._said = ""
        editor.cursorPositionChanged.connect(self.update)
        editor.document().contentsChanged.connect(self.update)

    def describe(self) -> str:
        """What the caret is on: a footnote mark right before or after it, or a link."""
        editor = self.editor
        document = editor.document()
        cursor = editor.textCursor()
        position = cursor.position()
        for at in (position, position - 1):
            if at < 0:
                continue
            note = footnote_at(document, at)
            if note is not None:
                number = editor.marks.number_at(at)
                return self.tr("footnote {number}: {text}").format(
                    number=number, text=note.plain_text().strip()
                )
        link = self._link_at(cursor)
        if link:
            url, text = link
            return self.tr("link: {text}, {url}").format(text=text, url=url)
        return ""

    def _link_at(self, cursor: QTextCursor) -> tuple[str, str] | None:
        """The link around the caret: (address, its whole text, over all its fragments)."""
        position = cursor.position()
        runs: list[tuple[int, int, str, str]] = []  # start, end, address, text
        it = cursor.block().begin()
        while not it.atEnd():
            fragment = it.fragment()
            it += 1
            url = link_of(fragment.charFormat()) or ""
            start, end = fragment.position(), fragment.position() + fragment.length()
            if runs and runs[-1][2] == url and runs[-1][1] == start:
                first, _, _, text = runs[-1]
                runs[-1] = (first, end, url, text + fragment.text())
            else:
                runs.append((start, end, url, fragment.text()))
        for start, end, url, text in runs:
            # In the link, or right at its end (having just typed or passed its last letter).
            if url and (start <= position < end or start < position == end):
                return url, text
        return None

    def update(self) -> None:
        said = self.describe()
        if said == self._said:
            return
        self._said = said
        self.editor.setAccessibleDescription(said)
        if said:
            announce(self.editor, said)


def give_speech(editor: RichTextEditor) -> EditorSpeech:
    """Make *editor* say its footnote marks and links (once per editor)."""
    found = editor.findChild(EditorSpeech, "editorSpeech")
    return found if isinstance(found, EditorSpeech) else EditorSpeech(editor)
