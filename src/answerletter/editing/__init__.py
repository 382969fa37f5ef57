"""The open document, below the widgets and below safety: the letter value, its undo history
(one linear history of immutable Letter values) and its file state. QtCore/QtGui only
(QObject signals, QUndoStack); no widgets, no dialogs, nothing above it.

New document sources (the importers, "Uitstelbericht maken", New from Example) build a
:class:`Document` and hand it to the desktop opener; see ARCHITECTURE.md.
"""

from answerletter.editing.document import Document, LetterCommand, StepName
from answerletter.editing.file_state import FileState

__all__ = ["Document", "FileState", "LetterCommand", "StepName"]
