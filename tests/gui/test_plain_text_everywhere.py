"""Text from a file, a lock or a file name is never rendered as markup (issue 10, item 10).

Each message box, label and tooltip that shows such text is fed the hostile review's markup:
a red 30 px "IT-beheer", a forged instruction on a line of its own, and an image whose source
is a named pipe (Qt loading it would freeze the GUI). Each must show the text literally and
never touch the pipe.
"""

from __future__ import annotations

import os
import threading

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QToolTip

from answerletter.desktop import startup
from answerletter.desktop.instance import Claim, OpenRequest, Role
from answerletter.gui import dialogs
from answerletter.gui.plain_text import plain_tooltip
from answerletter.gui.richtext import RichTextEditor
from answerletter.model.richtext import Block, Footnote, RichText, Run

RESCUE_SECONDS = 120  # a guard against hanging for ever, not a synchronisation


@pytest.fixture
def markup(tmp_path):
    """Hostile markup whose image is a named pipe, and whether anything opened the pipe."""
    pipe = tmp_path / "logo.png"
    if os.name == "posix":
        os.mkfifo(pipe)
    text = (
        '<b style="color:red;font-size:30px">IT-beheer</b>'
        "<p>Bel direct 0800-1234 en geef uw wachtwoord.</p>"
        f'<img src="{pipe}">'
    )
    return text, pipe


def shown_without_blocking(widget, pipe) -> bool:
    """Show *widget* and let it lay out and paint; True if it had to be rescued from a
    blocked read of *pipe* (Qt loading the image of rendered markup)."""
    done = threading.Event()
    rescued = []

    def rescue():
        if not done.wait(RESCUE_SECONDS) and os.name == "posix":
            rescued.append(True)
            os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))

    thread = threading.Thread(target=rescue, daemon=True)
    thread.start()
    try:
        widget.show()
        widget.adjustSize()
        widget.repaint()
        QApplication.processEvents()
    finally:
        done.set()
        thread.join()
        widget.close()
    return bool(rescued)


def labels_of(box: QMessageBox) -> list[QLabel]:
    return [label for label in box.findChildren(QLabel) if label.text()]


def assert_literal(box: QMessageBox, text: str, pipe) -> None:
    labels = labels_of(box)
    assert labels
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    assert any(text in label.text() for label in labels)
    assert not shown_without_blocking(box, pipe)


BOXES = {
    "error": lambda text: dialogs.error_box(None, "Fout", f"“{text}” is kapot.", text),
    "information": lambda text: dialogs.information_box(None, "Info", text),
    "unsaved changes": lambda text: dialogs.save_changes_box(None, text),
    "not responding": lambda text: dialogs.unresponsive_box(None, [text]),
}


@pytest.mark.parametrize("name", BOXES)
def test_message_boxes_show_markup_literally(qapp, markup, name):
    text, pipe = markup
    assert_literal(BOXES[name](text), text, pipe)


def test_a_label_quoting_the_letter_shows_markup_literally(make_window, markup):
    text, pipe = markup
    window = make_window()
    labels = [
        window.editor_pane.answer_label,
        window.editor_pane.reference_label,
    ]
    for label in labels:
        label.setText(text)
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert not shown_without_blocking(window, pipe)


def test_the_metadata_forms_problem_labels_are_plain(make_window):
    window = make_window()
    form = window.form
    for label in (form.deadline_label, form.reference_problem, form.date_problem):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_plain_tooltips_show_their_text_literally(markup):
    text, _ = markup
    document = QTextDocument()
    document.setHtml(plain_tooltip(text + "\nregel twee & meer"))
    assert document.toPlainText() == text + "\nregel twee & meer"
    assert plain_tooltip("") == ""


def test_a_footnotes_tooltip_shows_its_text_literally(qtbot, monkeypatch, markup):
    text, _ = markup
    editor = RichTextEditor()
    qtbot.addWidget(editor)
    editor.resize(500, 200)
    editor.set_rich_text(RichText((Block((Run("Zie noot"), Footnote("fn1", (Run(text),)))),)))
    editor.show()
    qtbot.waitExposed(editor)
    shown = []
    monkeypatch.setattr(QToolTip, "showText", lambda pos, tip, *rest: shown.append(tip))
    cursor = QTextCursor(editor.document())
    cursor.setPosition(len("Zie noot"))
    left = editor.cursorRect(cursor)
    point = QPoint(left.left() + 1, left.center().y())
    global_point = editor.viewport().mapToGlobal(point)
    editor.event(QHelpEvent(QEvent.Type.ToolTip, point, global_point))
    assert len(shown) == 1
    document = QTextDocument()
    document.setHtml(shown[0])
    assert document.toPlainText() == f"Footnote 1: {text}"


def test_a_frozen_primary_is_reported_and_the_user_may_decline(qapp, monkeypatch, config):
    asked = []

    def ask(parent, names):
        asked.append(names)
        return False

    monkeypatch.setattr(dialogs, "ask_start_beside_unresponsive", ask)
    request = OpenRequest(("/brieven/brief.kvb",))
    code = startup.run(qapp, Claim(Role.NOT_RESPONDING), config, request)
    assert code == 1
    assert asked == [["brief.kvb"]]


# -- the safety dialogs: each is built, inspected and shown at its exec() --


def _safety_calls(text):
    from answerletter.gui import safety_dialogs

    return {
        "letter in use": lambda: safety_dialogs.ask_locked(None, f"{text}.kvb", text, text),
        "save failed": lambda: safety_dialogs.offer_save_as(None, "Fout", text, text),
        "save recovered": lambda: safety_dialogs.confirm_save_recovered(None, text),
        "outside change": lambda: safety_dialogs.ask_outside_change(None, text),
        "recovery": lambda: safety_dialogs.ask_recovery(None, text, "2026-07-10 09:00", text),
    }


@pytest.mark.parametrize(
    "name", ["letter in use", "save failed", "save recovered", "outside change", "recovery"]
)
def test_safety_dialogs_show_markup_literally(qapp, monkeypatch, markup, name):
    text, pipe = markup
    seen = []

    def exec_(box):
        seen.append(box)
        assert_literal(box, text, pipe)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    _safety_calls(text)[name]()
    assert len(seen) == 1


# -- the window's own labels and menus --


def test_the_safety_note_shows_a_lock_holders_markup_literally(
    make_window, fake_dialogs, markup, tmp_path
):
    from window_helpers import small_letter

    from answerletter.fileformat import save_letter
    from answerletter.safety.locks import LockInfo, lock_path
    from answerletter.safety.opening import LockChoice

    text, pipe = markup
    path = tmp_path / "brief.kvb"
    save_letter(small_letter(2), path)
    forged = LockInfo(text, "pc-17", 4242, "2026-05-20T09:00:00+00:00")
    lock_path(path).write_bytes(forged.encode())
    window = make_window(small_letter(1))
    fake_dialogs.lock_choice = LockChoice.READ_ONLY
    fake_dialogs.open_path = path
    window.open_action.trigger()
    note = window.guard.note
    assert note.textFormat() == Qt.TextFormat.PlainText
    assert text in note.text()
    assert not shown_without_blocking(window, pipe)


def test_recent_letters_with_markup_in_their_names_show_it_literally(make_window, tmp_path):
    from answerletter.gui import file_commands

    name = '<b style="color:red">IT-beheer<br><img src="x.png">.kvb'  # no "/" in a name
    path = tmp_path / name
    path.write_bytes(b"")
    window = make_window()
    window.config.add_recent_file(path)
    file_commands.fill_recent_menu(window, window.recent_menu)
    action = window.recent_menu.actions()[0]
    document = QTextDocument()
    document.setHtml(action.toolTip())
    assert document.toPlainText() == str(path.resolve())
