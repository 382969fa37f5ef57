"""Make the user guide's pictures from the real program (run after changing the window).

    python docs/help_screenshots.py

Opens the editor on the built-in example letter, off screen, once in Dutch and once in
English, and writes with ``QWidget.grab()``:

* ``resources/help/<language>/images/editor.png``: the whole window,
* ``resources/help/<language>/images/footnote.png``: the answer editor with a footnote's
  window open over it,
* ``resources/help/<language>/images/questions.png``: the question list with its marks,
* ``resources/help/images/status-*.png``: the four status marks as the list draws them.

The pictures are reduced to 256 colours to keep the installers small.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from PySide6.QtCore import QElapsedTimer, QPoint, Qt  # noqa: E402
from PySide6.QtGui import QImage, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from answerletter.app import create_application  # noqa: E402
from answerletter.config import Config  # noqa: E402
from answerletter.desktop.opener import Opener  # noqa: E402
from answerletter.editing.document import Document  # noqa: E402
from answerletter.gui import i18n  # noqa: E402
from answerletter.gui.main_window import MainWindow  # noqa: E402
from answerletter.gui.question_model import STATUS_ROLE, QuestionListModel, Status  # noqa: E402
from answerletter.model import Answer, Letter, Question, RichText  # noqa: E402
from answerletter.templates import example_letter  # noqa: E402

HELP = ROOT / "resources" / "help"
#: The day the pictures pretend it is: the example letter's own date.
TODAY = date(2026, 7, 10)
STATUS_FILES = {
    Status.NO_ANSWER: "status-no-answer.png",
    Status.ANSWERED: "status-answered.png",
    Status.COMBINED: "status-combined.png",
    Status.REFERS: "status-refers.png",
}


def settle(milliseconds: int = 600) -> None:
    """Let Qt lay out, typeset and paint (the preview typesets after a short pause)."""
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < milliseconds:
        QApplication.processEvents()


def save(pixmap: QPixmap, path: Path, width: int | None = None) -> None:
    image = pixmap.toImage()
    if width is not None and image.width() > width:
        image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    # 256 colours without dithering: flat interface colours stay flat, text stays sharp.
    flags = Qt.ImageConversionFlag
    image = image.convertToFormat(
        QImage.Format.Format_Indexed8,
        flags.ColorOnly | flags.ThresholdDither | flags.AvoidDither,
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), "PNG", 0):
        raise SystemExit(f"could not write {path}")
    print(
        f"{path.relative_to(ROOT)}: {image.width()}×{image.height()}, {path.stat().st_size} bytes"
    )


def with_popup(pane: QWidget, popup: QWidget, anchor: QPoint) -> QPixmap:
    """*pane* with *popup* (a window of its own) painted under *anchor* (a point in *pane*),
    as it shows on a screen large enough (the off-screen one is small and moves it aside);
    cut off a little below the popup."""
    picture = pane.grab()
    shot = popup.grab()
    x = max(0, min(anchor.x(), picture.width() - shot.width()))
    painter = QPainter(picture)
    painter.drawPixmap(QPoint(x, anchor.y()), shot)
    painter.end()
    return picture.copy(
        0, 0, picture.width(), min(picture.height(), anchor.y() + shot.height() + 12)
    )


def question_rows(window: MainWindow) -> QPixmap:
    """The question list down to its last row."""
    view = window.list_pane.view
    last = view.model().index(view.model().rowCount() - 1, 0)
    bottom = view.mapTo(window.list_pane, view.visualRect(last).bottomLeft()).y() + 6
    picture = window.list_pane.grab()
    return picture.copy(0, 0, picture.width(), min(picture.height(), bottom))


def footnote_picture(window: MainWindow) -> QPixmap:
    """Open the first footnote of the example in its window and picture it over the answer."""
    letter = window.document.letter
    pane = window.editor_pane
    for question in letter.questions:
        window.list_pane.select_ids([question.id])
        settle(100)
        positions = pane.answer_editor.marks.positions()
        if positions:
            break
    else:
        raise SystemExit("the example letter has no footnote in an answer")
    editor = pane.answer_editor
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(positions[0])
    editor.setTextCursor(cursor)
    editor.edit_footnote(positions[0])
    settle(300)
    popup = editor._popup
    if popup is None:
        raise SystemExit("the footnote window did not open")
    mark = editor.cursorRect(editor.textCursor()).bottomLeft() + QPoint(0, 4)
    picture = with_popup(pane, popup, editor.viewport().mapTo(pane, mark))
    popup.cancel()
    settle(100)
    return picture


def status_marks() -> None:
    questions = tuple(Question(f"q{n}", n, RichText.plain("Vraag?")) for n in range(1, 6))
    answers = (
        Answer("a2", ("q2",), RichText.plain("Ja.")),
        Answer("a3", ("q3", "q4"), RichText.plain("Ja.")),
        Answer("a5", ("q5",), refers_to="q2"),
    )
    model = QuestionListModel(Document(Letter(questions=questions, answers=answers)))
    for row in range(model.rowCount()):
        index = model.index(row)
        status = model.data(index, STATUS_ROLE)
        icon = model.data(index, Qt.ItemDataRole.DecorationRole)
        save(icon.pixmap(16, 16), HELP / "images" / STATUS_FILES[status])


def pictures(opener: Opener, language: str) -> None:
    i18n.install(language)
    window = opener.new_window(Document(example_letter()))
    window.resize(1280, 800)
    window.show()
    settle(5000)  # the dictionary loads in the background: its squiggles show too
    folder = HELP / language / "images"
    save(window.grab(), folder / "editor.png", width=680)
    save(question_rows(window), folder / "questions.png")
    save(footnote_picture(window), folder / "footnote.png", width=640)
    window.document.undo_stack.setClean()
    window.close()
    settle(100)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        config = Config(Path(folder))
        app = create_application([], config)
        app.setStyle("Fusion")  # the same look on every machine that makes the pictures
        opener = Opener(config, today=lambda: TODAY)
        for language in ("nl", "en"):
            pictures(opener, language)
        status_marks()


if __name__ == "__main__":
    main()
