"""A document made in a window (the uitstelbericht) is opened by the opener in a window of
its own; the making window keeps its letter."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from answerletter.config import Config
from answerletter.desktop.instance import OpenRequest
from answerletter.desktop.opener import Opener
from answerletter.gui.document import Document
from answerletter.model.synthetic import generate_letter


class MakingWindow(QWidget):
    """The opener's view of a MainWindow, with the signal of a made document."""

    newDocumentMade = Signal(object)  # noqa: N815 - the Qt signal name MainWindow has

    def __init__(self, document: Document, config: Config) -> None:
        super().__init__()
        self.config = config
        self.document = document

    def replace_document(self, document: Document) -> None:
        self.document = document


def test_a_made_document_opens_in_a_new_window(qtbot, tmp_path) -> None:
    opener = Opener(Config(tmp_path / "config"), window_factory=MakingWindow)
    opener.start(OpenRequest())
    [first] = opener.windows()
    original = first.document
    made = Document(generate_letter(2, seed=3))
    first.newDocumentMade.emit(made)
    windows = opener.windows()
    for window in windows:
        qtbot.addWidget(window)  # closed and deleted by pytest-qt
    assert [w.document for w in windows] == [original, made]
    assert windows[1].isVisible()
